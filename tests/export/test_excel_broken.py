"""The broken-workbook corpus: each gives ImportFailed naming where the problem is."""

from __future__ import annotations

import zipfile

import openpyxl
import pytest

from journeymap.export import limits
from journeymap.export.api import export_journey, import_journey
from journeymap.export.errors import ImportFailed

ENTITY_BOMB = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    "<si><t>&lol3;</t></si></sst>"
)


@pytest.fixture
def workbook_path(broadband, tmp_path):
    path = tmp_path / "good.xlsx"
    export_journey(broadband, path, "xlsx")
    return path


def _problems(path) -> list[str]:
    with pytest.raises(ImportFailed) as caught:
        import_journey(path)
    return caught.value.problems


def _edit(path, change):
    workbook = openpyxl.load_workbook(path)
    change(workbook)
    workbook.save(path)
    return path


def _rewrite_member(path, name, content, tmp_path):
    out = tmp_path / "rewritten.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = content if info.filename == name else src.read(info)
            dst.writestr(info.filename, data)
    return out


def test_not_a_zip(tmp_path):
    path = tmp_path / "notes.xlsx"
    path.write_text("just some text", encoding="utf-8")
    assert "not a zip archive" in _problems(path)[0]


def test_missing_file(tmp_path):
    assert "no such file" in _problems(tmp_path / "gone.xlsx")[0]


def test_someone_elses_workbook(tmp_path):
    path = tmp_path / "other.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "budget"
    workbook.save(path)
    assert "not a journeymap workbook" in _problems(path)[0]


def test_zip_bomb_by_ratio(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b" " * (4 * 1024 * 1024))
    (problem,) = _problems(path)
    assert "zip bomb" in problem and "sheet1.xml" in problem


def test_zip_bomb_by_total_size(workbook_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_UNCOMPRESSED_BYTES", 10_000)
    (problem,) = _problems(workbook_path)
    assert "unpacks to" in problem


def test_too_many_rows(workbook_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_ROWS_PER_SHEET", 20)
    (problem,) = _problems(workbook_path)
    assert "more than 20 rows" in problem


def test_too_big_a_file(workbook_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1000)
    assert "MB" in _problems(workbook_path)[0]


def test_entity_bomb(workbook_path, tmp_path):
    edited = _rewrite_member(workbook_path, "xl/worksheets/sheet1.xml", ENTITY_BOMB, tmp_path)
    (problem,) = _problems(edited)
    assert "entit" in problem


def test_openpyxl_parses_with_defusedxml():
    assert openpyxl.DEFUSEDXML is True


def test_missing_sheet(workbook_path):
    _edit(workbook_path, lambda wb: wb.remove(wb["Steps"]))
    assert _problems(workbook_path) == ['missing sheet "Steps"']


def test_without_a_measurements_sheet_the_ratings_sheet_is_read(workbook_path):
    """A workbook from before the Measurements sheet: its ratings become measurements."""
    from journeymap.export.excel_reader import read_workbook

    def change(wb):
        wb.remove(wb["Measurements"])
        wb["Ratings"]["E2"] = 2  # goal of the first rating

    _edit(workbook_path, change)
    journey = read_workbook(workbook_path)
    first = journey.ratings[0]
    assert first.goal == 2
    assert journey.measurements and all(m.label == "" for m in journey.measurements)


def test_wrong_header(workbook_path):
    _edit(workbook_path, lambda wb: wb["Steps"].cell(1, 3, "Stage"))
    (problem,) = _problems(workbook_path)
    assert problem == "Steps!C1: expected the column \"Stage ID\", found 'Stage'"


def test_bad_number_and_out_of_range_ratings_are_all_reported(workbook_path):
    def change(wb):
        wb["Steps"]["H3"] = "lots"
        wb["Measurements"]["I7"] = 9
        wb["Measurements"]["J8"] = "many"

    _edit(workbook_path, change)
    problems = _problems(workbook_path)
    assert problems == [
        "Steps!H3: Volume must be a number, found 'lots'",
        "Measurements!I7: Mean must be between -2 and 5, found 9",
        "Measurements!J8: n must be a number, found 'many'",
    ]


def test_a_mean_off_its_measure_scale_names_its_cell(workbook_path):
    def change(wb):
        sheet = wb["Measurements"]
        row = next(r for r in range(2, sheet.max_row + 1) if sheet[f"E{r}"].value == "emotion")
        sheet[f"I{row}"] = 4
        wb["Ratings"]["G8"] = -3  # shows what the measurements make; not read

    _edit(workbook_path, change)
    problems = _problems(workbook_path)
    assert len(problems) == 1
    assert "mean 4 is not on the emotion scale (-2 to 2)" in problems[0]
    assert problems[0].startswith("Measurements!")


def test_dangling_ids_name_their_cells(workbook_path):
    def change(wb):
        wb["Measurements"]["C4"] = "p-nobody"
        wb["Transitions"]["C2"] = "step-missing"

    _edit(workbook_path, change)
    problems = _problems(workbook_path)
    assert 'Transitions!C2: unknown step "step-missing"' in problems
    assert 'Measurements!C4: unknown persona "p-nobody"' in problems


def test_duplicate_ids(workbook_path):
    def change(wb):
        wb["Steps"]["A5"] = wb["Steps"]["A4"].value

    _edit(workbook_path, change)
    problems = _problems(workbook_path)
    assert any(p.startswith("Steps!A5: duplicate") for p in problems)


def test_half_a_position_and_a_bad_choice(workbook_path):
    def change(wb):
        ws = wb["Steps"]
        header = [c.value for c in ws[1]]
        ws.cell(2, header.index("X") + 1, 10)
        ws.cell(2, header.index("Y") + 1, None)
        ws.cell(3, header.index("Kind") + 1, "teleport")

    _edit(workbook_path, change)
    problems = _problems(workbook_path)
    assert any(p.startswith("Steps!X2: a position needs both X and Y") for p in problems)
    assert any(p.startswith("Steps!F3: Kind must be one of start,") for p in problems)


def test_nothing_is_written_on_failure(workbook_path, tmp_path):
    from journeymap.cli import main

    _edit(workbook_path, lambda wb: wb["Measurements"].cell(7, 9, 9))
    out = tmp_path / "out.journey.json"
    assert main(["import", str(workbook_path), "-o", str(out)]) == 1
    assert not out.exists()
