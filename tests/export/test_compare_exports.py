"""The comparison's page (PDF, PNG, SVG) and workbook sheet."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from journeymap.analysis.compare import compare_journeys
from journeymap.export.compare_page import save_comparison_page, step_rows
from journeymap.export.compare_workbook import STEP_COLUMNS, write_comparison_workbook
from journeymap.export.errors import ExportError
from journeymap.model import Journey, Stage, Step, UpdateJourney
from tests.analysis.compare_cases import as_is, to_be


@pytest.fixture(scope="module")
def comparison():
    return compare_journeys(as_is(), to_be())


def test_the_pdf_page_is_one_a4_landscape_page(comparison, tmp_path):
    out = tmp_path / "comparison.pdf"
    save_comparison_page(comparison, out)
    data = out.read_bytes()
    assert (
        data.startswith(b"%PDF") and data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") <= 1
    )
    assert b"/MediaBox [ 0 0 841" in data  # 11.69 in × 72


def test_png_and_svg(comparison, tmp_path):
    save_comparison_page(comparison, tmp_path / "c.png")
    save_comparison_page(comparison, tmp_path / "c.svg")
    assert (tmp_path / "c.png").read_bytes()[:4] == b"\x89PNG"
    assert "Answer within hours" in (tmp_path / "c.svg").read_text(encoding="utf-8")
    with pytest.raises(ExportError):
        save_comparison_page(comparison, tmp_path / "c.docx")


def test_step_rows_show_own_values_of_added_and_removed_steps(comparison):
    rows = {s.step_id: cells for s, cells in step_rows(comparison)}
    assert set(rows) == set(comparison.removed + comparison.added + comparison.changed)
    assert rows["no-answer"][0] == "540"  # its own customers, not a change
    assert rows["call"][0] == "−120"


def test_the_workbook_sheet_has_every_step_with_numbers(comparison, tmp_path):
    out = tmp_path / "comparison.xlsx"
    write_comparison_workbook(comparison, out)
    sheet = load_workbook(out)["Comparison"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    header = rows.index(list(STEP_COLUMNS))
    steps = rows[header + 1 :]
    assert len(steps) == len(comparison.steps)
    removed = next(r for r in steps if r[0] == "no-answer")
    assert removed[2] == "− removed" and removed[4] == 540 and removed[5] is None
    conversion = next(r for r in rows if r[0] == "Conversion")
    assert conversion[1] == pytest.approx(0.325) and conversion[3] == pytest.approx(0.108, abs=1e-3)
    assert sheet.tables["ComparedSteps"].ref.startswith(f"A{header + 1}:")


def test_text_a_spreadsheet_would_run_is_neutralised(tmp_path):
    before = as_is()
    UpdateJourney({"title": "=HYPERLINK(1)"}).apply(before)
    write_comparison_workbook(compare_journeys(before, to_be()), tmp_path / "c.xlsx")
    sheet = load_workbook(tmp_path / "c.xlsx")["Comparison"]
    assert sheet["B1"].value == "'=HYPERLINK(1)"


def test_unrelated_journeys_make_a_page_and_a_sheet_without_steps(tmp_path):
    one = Journey(stages=[Stage(id="s", name="S")], steps=[Step(id="a", title="A", stage_id="s")])
    other = Journey(stages=[Stage(id="s", name="S")], steps=[Step(id="b", title="B", stage_id="s")])
    c = compare_journeys(one, other)
    save_comparison_page(c, tmp_path / "c.svg")
    assert "unrelated" in (tmp_path / "c.svg").read_text(encoding="utf-8")
    write_comparison_workbook(c, tmp_path / "c.xlsx")
    values = [
        v
        for row in load_workbook(tmp_path / "c.xlsx")["Comparison"].iter_rows(values_only=True)
        for v in row
    ]
    assert any(isinstance(v, str) and "unrelated" in v for v in values)
