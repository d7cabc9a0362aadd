"""Measurements in the workbook (a sheet that imports back as it was) and in
the CSV (each rating's interval and sources)."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest

from journeymap.export.api import export_journey, import_journey
from journeymap.model import (
    Journey,
    JourneyDocument,
    Measurement,
    Persona,
    Stage,
    Step,
    UpdateJourney,
)


def _journey() -> Journey:
    def m(**fields) -> Measurement:
        return Measurement(step_id=fields.pop("step_id", "s"), persona_id="p", **fields)

    j = Journey(
        title="Evidence",
        personas=[Persona(id="p", name="Pat")],
        stages=[Stage(id="st", name="Stage")],
        steps=[Step(id="s", title="Ask", stage_id="st"), Step(id="t", title="Pay", stage_id="st")],
        measurements=[
            m(
                measure="goal",
                source="survey",
                label="Customer survey November 2026",
                period="2026-11-01/2026-11-30",
                mean=3.6,
                n=20,
                counts=(1, 2, 5, 7, 5),
                note="=HYPERLINK(1)",
            ),
            m(measure="goal", source="workshop", label="2026-12-03", mean=2.0, n=4, sd=0.8),
            m(measure="ease", source="estimate", mean=4.0, excluded=True),
            m(step_id="t", measure="emotion", source="interview", mean=-1.5, n=6),
        ],
    )
    JourneyDocument(j).apply(UpdateJourney({"rating_sources": ("survey", "workshop", "estimate")}))
    return j


def test_the_workbook_has_a_measurements_sheet_that_imports_back_the_same(tmp_path):
    journey = _journey()
    path = tmp_path / "evidence.xlsx"
    export_journey(journey, path, "xlsx")
    sheet = openpyxl.load_workbook(path)["Measurements"]
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["Step ID", "Step", "Persona ID", "Persona"]
    assert sheet.max_row == 1 + len(journey.measurements)
    back = import_journey(path)
    assert back.measurements == journey.measurements
    assert back.rating_sources == journey.rating_sources
    assert back == journey
    assert back.rating("t", "p") is None  # an interview does not count in this journey


def test_the_csv_carries_each_ratings_interval_and_sources(tmp_path):
    journey = _journey()
    path = tmp_path / "evidence.csv"
    export_journey(journey, path, "csv")
    rows = list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
    row = next(r for r in rows if r["step_id"] == "s")
    assert float(row["goal"]) == pytest.approx((3.6 * 20 + 2 * 4) / 24)
    assert row["n"] == "24"
    low, high = float(row["goal_ci_low"]), float(row["goal_ci_high"])
    assert low < float(row["goal"]) < high
    assert row["ease"] == "" and row["ease_ci_low"] == ""  # the estimate is excluded
    assert (
        row["sources"] == "survey 'Customer survey November 2026' n=20; workshop '2026-12-03' n=4"
    )
