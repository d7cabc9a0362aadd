"""A person edits the workbook (titles, ratings, volumes, new rows); the import takes it."""

from __future__ import annotations

import openpyxl
import pytest

from journeymap.export.api import export_journey, import_journey
from journeymap.export.errors import ImportFailed
from journeymap.model import Journey, Persona, Rating, Stage, Step, Transition

HOSTILE = [
    '=HYPERLINK("http://evil.example","click")',
    "+1",
    "-2 days",
    "@SUM(A1:A9)",
    "\tx",
    "\rx",
    "\nx",
    "'already quoted",
    "''two",
    "_x0041_ literal",
    "del\x7f and csi\x9b",  # controls a journey accepts (C0 ones it refuses)
    "#N/A",
]


def _small() -> Journey:
    return Journey(
        title="Small",
        personas=[Persona(id="p1", name="Pia")],
        stages=[Stage(id="s1", name="Find"), Stage(id="s2", name="Buy")],
        steps=[
            Step(id="a", title="Search", stage_id="s1", kind="start", volume=100),
            Step(id="b", title="Pay", stage_id="s2", kind="success"),
        ],
        transitions=[Transition(id="t1", source="a", target="b", share=0.5)],
        ratings=[Rating(step_id="a", persona_id="p1", goal=4, ease=2, emotion=-1)],
    )


def _cells(ws, header: str):
    names = [c.value for c in ws[1]]
    return names.index(header) + 1


def test_edits_made_with_openpyxl_are_imported(tmp_path):
    path = tmp_path / "small.xlsx"
    export_journey(_small(), path, "xlsx")
    workbook = openpyxl.load_workbook(path)
    workbook["Overview"]["B1"] = "Renamed journey"
    steps = workbook["Steps"]
    steps.cell(2, _cells(steps, "Title")).value = "Search the web"
    steps.cell(2, _cells(steps, "Volume")).value = 250
    steps.cell(2, _cells(steps, "In")).value = 999_999  # computed: ignored
    steps.append(
        {
            _cells(steps, "ID"): "c",
            _cells(steps, "Title"): "Compare prices",
            _cells(steps, "Stage ID"): "s1",
        }
    )
    steps.append({_cells(steps, "Title"): "Read reviews", _cells(steps, "Stage ID"): "s1"})
    measurements = workbook["Measurements"]
    ease_row = next(
        row
        for row in range(2, measurements.max_row + 1)
        if measurements.cell(row, _cells(measurements, "Measure")).value == "ease"
        and measurements.cell(row, _cells(measurements, "Step ID")).value == "a"
    )
    measurements.cell(ease_row, _cells(measurements, "Mean")).value = 5
    measurements.append(
        {
            _cells(measurements, "Step ID"): "b",
            _cells(measurements, "Persona ID"): "p1",
            _cells(measurements, "Measure"): "emotion",
            _cells(measurements, "Source"): "survey",
            _cells(measurements, "Mean"): 1.5,
            _cells(measurements, "n"): 12,
        }
    )
    transitions = workbook["Transitions"]
    transitions.cell(2, _cells(transitions, "Share")).value = None
    transitions.cell(2, _cells(transitions, "Volume")).value = 80
    workbook.save(path)

    journey = import_journey(path)
    assert journey.title == "Renamed journey"
    assert journey.steps[0].title == "Search the web"
    assert journey.steps[0].volume == 250
    assert [s.id for s in journey.steps] == ["a", "b", "c", "step-read-reviews"]
    assert journey.rating("a", "p1").ease == 5
    assert journey.rating("b", "p1").emotion == 1.5
    assert (journey.transitions[0].volume, journey.transitions[0].share) == (80, None)


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_stays_text_in_the_workbook_and_comes_back(tmp_path, text):
    journey = _small()
    journey.steps[0] = journey.steps[0].model_copy(update={"title": text, "owner": text})
    journey.stages[0] = journey.stages[0].model_copy(update={"name": text})
    journey.title = text
    path = tmp_path / "hostile.xlsx"
    export_journey(journey, path, "xlsx")
    workbook = openpyxl.load_workbook(path)
    for ws in workbook.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{ws.title}!{cell.coordinate} is a formula"
                if isinstance(cell.value, str):
                    assert not cell.value.startswith(("=", "+", "-", "@", "\t", "\r", "\n"))
    assert import_journey(path) == journey


def test_a_formula_typed_by_a_person_is_not_run_or_kept(tmp_path):
    path = tmp_path / "small.xlsx"
    export_journey(_small(), path, "xlsx")
    workbook = openpyxl.load_workbook(path)
    workbook["Steps"]["B2"] = "=1+1"  # a formula without a cached value
    workbook.save(path)
    warnings: list[str] = []
    assert import_journey(path, warnings=warnings).steps[0].title == ""
    assert len(warnings) == 1 and warnings[0].startswith("Steps!B2: the formula =1+1 has no")


def test_a_cell_showing_an_error_is_reported(tmp_path):
    path = tmp_path / "small.xlsx"
    export_journey(_small(), path, "xlsx")
    workbook = openpyxl.load_workbook(path)
    workbook["Steps"]["B2"] = "#VALUE!"  # what a broken formula leaves behind
    workbook.save(path)
    with pytest.raises(ImportFailed) as caught:
        import_journey(path)
    assert caught.value.problems == [
        "Steps!B2: the cell shows the spreadsheet error #VALUE!; enter a value instead"
    ]
