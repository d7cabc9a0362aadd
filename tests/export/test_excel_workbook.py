"""The Excel workbook: what it holds, and that it imports back into an equal journey."""

from __future__ import annotations

import openpyxl
import pytest

from benchmarks.synthetic import synthetic_journey
from journeymap.export.api import export_journey, import_journey
from journeymap.export.excel_layout import DATA_SHEETS, META_SHEET


def _export(journey, tmp_path, name="out.xlsx", **options):
    path = tmp_path / name
    export_journey(journey, path, "xlsx", **options)
    return path


def test_every_example_round_trips_equal(example, tmp_path):
    path = _export(example, tmp_path)
    assert import_journey(path) == example


@pytest.mark.parametrize(("n_steps", "n_personas", "seed"), [(40, 2, 1), (150, 5, 7)])
def test_synthetic_journeys_round_trip_equal(tmp_path, n_steps, n_personas, seed):
    journey = synthetic_journey(n_steps, n_personas, seed=seed)
    path = _export(journey, tmp_path)
    assert import_journey(path) == journey


def test_workbook_has_the_sheets_tables_and_features(example, tmp_path):
    path = _export(example, tmp_path, lang="en")
    workbook = openpyxl.load_workbook(path)
    expected = [
        "Overview",
        "Charts",
        "Stages",
        "Steps",
        "Transitions",
        "Ratings",
        "Measurements",
        "Pain points",
        "Channel switches",
        "Time and cost",
        "Service levels",
        "CX maturity",
        "Comments",
        "Opportunities",
        "Roadmap",
        "Personas",
        "Channels",
        META_SHEET,
    ]
    assert workbook.sheetnames == expected
    assert workbook[META_SHEET].sheet_state == "hidden"
    for spec in DATA_SHEETS:
        ws = workbook[spec.name]
        assert list(ws.tables) == [spec.table]
        table = ws.tables[spec.table]
        assert [c.name for c in table.tableColumns] == spec.headers
        assert table.autoFilter is not None
        assert ws.freeze_panes in ("A2", "B2")
        assert [c.value for c in ws[1]] == spec.headers
        items = example.collection(spec.collection)
        assert ws.max_row == max(len(items), 1) + 1
        assert ws.column_dimensions["A"].width >= 8
    for name in (
        "Pain points",
        "Channel switches",
        "Charts",
        "Time and cost",
        "Service levels",
        "CX maturity",
        "Comments",
    ):
        assert len(workbook[name].tables) == 1
    charts = workbook["Charts"]._charts
    kinds = sorted(type(chart).__name__ for chart in charts)
    assert kinds == ["BarChart", "LineChart"]


def test_rating_columns_have_validation_and_palette_colour_scales(broadband, tmp_path):
    path = _export(broadband, tmp_path)
    ws = openpyxl.load_workbook(path)["Ratings"]
    rules = {str(dv.sqref): dv for dv in ws.data_validations.dataValidation}
    goal, ease, emotion = rules["E2:E1048576"], rules["F2:F1048576"], rules["G2:G1048576"]
    assert (goal.type, goal.formula1, goal.formula2) == ("decimal", "1", "5")
    assert (ease.formula1, ease.formula2) == ("1", "5")
    assert (emotion.formula1, emotion.formula2) == ("-2", "2")
    assert emotion.showErrorMessage
    assert rules["I2:I1048576"].type == "list"
    scales = {
        str(cf.sqref): rule
        for cf in ws.conditional_formatting
        for rule in cf.rules
        if rule.type == "colorScale"
    }
    emotion_scale = scales["G2:G1048576"].colorScale
    assert [float(v.val) for v in emotion_scale.cfvo] == [-2, 0, 2]
    assert [c.rgb for c in emotion_scale.color] == ["FFD55E00", "FFF2F2F2", "FF0072B2"]
    assert [float(v.val) for v in scales["E2:E1048576"].colorScale.cfvo] == [1, 3, 5]


def test_computed_columns_and_percent_formats(broadband, tmp_path):
    path = _export(broadband, tmp_path)
    ws = openpyxl.load_workbook(path)["Steps"]
    header = [c.value for c in ws[1]]
    drop_col = header.index("Drop-off") + 1
    in_col = header.index("In") + 1
    rates = [ws.cell(row, drop_col) for row in range(2, ws.max_row + 1)]
    filled = [c for c in rates if c.value is not None]
    assert filled, "the broadband example has volumes, so drop-off is known"
    assert all(c.number_format == "0.0%" for c in filled)
    assert all(0 <= c.value <= 1 for c in filled)
    assert any(ws.cell(row, in_col).value for row in range(2, ws.max_row + 1))


def test_overview_shows_title_and_key_figures(broadband, tmp_path):
    ws = openpyxl.load_workbook(_export(broadband, tmp_path))["Overview"]
    assert ws["A1"].value == "Title"
    assert ws["B1"].value == broadband.title
    labels = {ws.cell(row, 1).value: ws.cell(row, 2).value for row in range(1, ws.max_row + 1)}
    assert labels["Steps"] == len(broadband.steps)
    assert labels["Personas"] == len(broadband.personas)


def test_persona_option_focuses_the_report(broadband, tmp_path):
    persona = broadband.personas[1]
    path = _export(broadband, tmp_path, persona_id=persona.id)
    workbook = openpyxl.load_workbook(path)
    persona_column = [c.value for c in workbook["Pain points"]["E"]][1:]
    assert persona_column and set(persona_column) <= {persona.id}
    assert import_journey(path) == broadband


def test_large_journey_writes_every_rating(tmp_path):
    journey = synthetic_journey(300, 5, seed=3)
    path = _export(journey, tmp_path)
    ws = openpyxl.load_workbook(path, read_only=True)["Ratings"]
    assert sum(1 for _ in ws.iter_rows(min_row=2)) == len(journey.ratings)


def test_workbook_gets_ordinary_file_permissions(broadband, tmp_path):
    import os
    import stat

    from journeymap.export.api import export_journey

    old = os.umask(0o022)
    try:
        out = tmp_path / "fresh.xlsx"
        export_journey(broadband, out, "xlsx")
        assert stat.S_IMODE(out.stat().st_mode) == 0o644  # not the temporary file's 0600
        out.chmod(0o640)
        export_journey(broadband, out, "xlsx")
        assert stat.S_IMODE(out.stat().st_mode) == 0o640  # a replaced file keeps its own
    finally:
        os.umask(old)


def test_quick_row_cells_write_what_openpyxls_own_way_writes(tmp_path):
    """A table with plain values, styled (number-formatted, exact float) cells
    and gaps is written byte for byte as openpyxl's own row conversion writes it."""
    import zipfile

    from openpyxl import Workbook

    from journeymap.export import excel_tables
    from journeymap.export.excel_layout import Column

    columns = [
        Column("Name", "name", width=10),
        Column("Share", "share", kind="percent", width=10, number_format="0.0%"),
        Column("Value", "value", kind="float", width=10),
        Column("Count", "count", kind="int", width=10),
    ]
    rows = [
        ["a", 0.25, 0.1 + 0.2, 3],
        [None, None, 1.5, None],
        ["=x", 1 / 3, 2 / 3, 0],
    ]

    def written(quick: bool):
        book = Workbook(write_only=True)
        original = excel_tables._cells_of_rows
        if not quick:
            excel_tables._cells_of_rows = lambda ws: None
        try:
            ws, count = excel_tables.write_table(book, "T", "T", columns, rows)
        finally:
            excel_tables._cells_of_rows = original
        assert count == 3
        assert ("values_to_row" in repr(ws.__dict__.get("_values_to_row"))) is quick
        path = tmp_path / f"{quick}.xlsx"
        book.save(path)
        with zipfile.ZipFile(path) as archive:
            return archive.read("xl/worksheets/sheet1.xml")

    assert written(True) == written(False)
