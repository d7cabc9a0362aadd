"""Hostile and odd input to the imports: every case refused with a message (or
read with a warning), never a hang, a traceback or silent damage."""

from __future__ import annotations

import os
import zipfile

import openpyxl
import pytest

from journeymap.export import limits
from journeymap.export.api import export_journey, import_journey
from journeymap.export.errors import ImportFailed
from journeymap.export.mermaid_reader import MAX_MERMAID_BYTES
from journeymap.model.ids import IdMaker


@pytest.fixture
def workbook_path(broadband, tmp_path):
    path = tmp_path / "good.xlsx"
    export_journey(broadband, path, "xlsx")
    return path


def _problems(path, fmt=None) -> list[str]:
    with pytest.raises(ImportFailed) as caught:
        import_journey(path, fmt)
    return caught.value.problems


def _edit(path, change):
    workbook = openpyxl.load_workbook(path)
    change(workbook)
    workbook.save(path)
    return path


def _rewrite(path, out, rename=None, replace=None):
    """A copy of the zip at ``path`` with parts renamed and texts replaced."""
    rename, replace = rename or {}, replace or {}
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            for old, new in replace.get(info.filename, []):
                data = data.replace(old, new)
            dst.writestr(rename.get(info.filename, info.filename), data)
    return out


# -- every problem at once ------------------------------------------------------


def test_bad_cells_and_an_unknown_stage_are_reported_in_one_run(workbook_path):
    rows: list[int] = []

    def change(wb):
        wb["Steps"]["H3"] = "lots"  # Volume
        wb["Steps"]["C5"] = "stage-nowhere"  # Stage ID
        sheet = wb["Measurements"]  # what the ratings are read back from
        row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 5).value == "ease")
        sheet.cell(row, 9).value = 9  # Mean
        rows.append(row)

    _edit(workbook_path, change)
    problems = _problems(workbook_path)
    assert "Steps!H3: Volume must be a number, found 'lots'" in problems
    assert any(p.startswith(f"Measurements!I{rows[0]}: ") and "found 9" in p for p in problems)
    assert 'Steps!C5: unknown stage "stage-nowhere"' in problems


def test_a_broken_row_still_counts_as_known_to_the_reference_check(workbook_path):
    """A step whose volume is unreadable still exists: its transitions are not 'unknown'."""
    _edit(workbook_path, lambda wb: wb["Steps"].__setitem__("H3", "lots"))
    assert _problems(workbook_path) == ["Steps!H3: Volume must be a number, found 'lots'"]


# -- caps wherever the part lives --------------------------------------------------


def test_row_cap_holds_for_a_sheet_placed_elsewhere_in_the_zip(
    workbook_path, tmp_path, monkeypatch
):
    def pad(wb):
        for row in range(2, 400):
            wb["Steps"].cell(row, 40, "x")

    _edit(workbook_path, pad)
    with zipfile.ZipFile(workbook_path) as archive:
        assert "Steps" in archive.read("xl/workbook.xml").decode().split('r:id="rId4"')[0][-80:]
    moved = _rewrite(
        workbook_path,
        tmp_path / "moved.xlsx",
        rename={"xl/worksheets/sheet4.xml": "xl/data/sheet4.xml"},
        replace={
            "xl/_rels/workbook.xml.rels": [(b"/xl/worksheets/sheet4.xml", b"/xl/data/sheet4.xml")],
            "[Content_Types].xml": [(b"/xl/worksheets/sheet4.xml", b"/xl/data/sheet4.xml")],
        },
    )
    monkeypatch.setattr(limits, "MAX_ROWS_PER_SHEET", 300)
    (problem,) = _problems(moved)
    assert "xl/data/sheet4.xml has more than 300 rows" in problem


def test_the_moved_sheet_is_still_a_workbook_openpyxl_reads(workbook_path, tmp_path, broadband):
    """The case above is real: openpyxl follows the relationships to the moved part."""
    moved = _rewrite(
        workbook_path,
        tmp_path / "moved.xlsx",
        rename={"xl/worksheets/sheet4.xml": "xl/data/sheet4.xml"},
        replace={
            "xl/_rels/workbook.xml.rels": [(b"/xl/worksheets/sheet4.xml", b"/xl/data/sheet4.xml")],
            "[Content_Types].xml": [(b"/xl/worksheets/sheet4.xml", b"/xl/data/sheet4.xml")],
        },
    )
    assert import_journey(moved) == broadband


def test_cell_cap(workbook_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_CELLS_PER_SHEET", 50)
    (problem,) = _problems(workbook_path)
    assert "more than 50 cells" in problem


def test_a_doctype_in_utf16_is_found(workbook_path, tmp_path):
    bomb = (
        '<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE x [<!ENTITY a "aaaaaaaa">]>'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&a;</t></si>'
        "</sst>"
    )
    for encoded in (bomb.encode("utf-16"), bomb.encode("utf-16-le"), bomb.encode("utf-16-be")):
        assert b"DOCTYPE" not in encoded  # a byte scan would not see it
        out = _rewrite(
            workbook_path,
            tmp_path / "utf16.xlsx",
            replace={"xl/worksheets/sheet1.xml": [(b"", b"")]},
        )
        with zipfile.ZipFile(out, "a") as archive:
            archive.writestr("xl/sharedStrings2.xml", encoded)
        (problem,) = _problems(out)
        assert "declares a document type or XML entities" in problem


def test_a_part_in_another_encoding_is_refused(workbook_path, tmp_path):
    out = tmp_path / "ebcdic.xlsx"
    _rewrite(workbook_path, out)
    with zipfile.ZipFile(out, "a") as archive:
        archive.writestr("xl/odd.xml", b'<?xml version="1.0" encoding="cp500"?><x/>')
        archive.writestr("xl/odd32.xml", "<?xml version='1.0'?><x/>".encode("utf-32"))
    problems = _problems(out)
    assert problems and "is not in UTF-8 or UTF-16" in problems[0]


# -- the hidden sheet ---------------------------------------------------------------


def test_deeply_nested_lanes_give_a_clear_message(workbook_path):
    def change(wb):
        meta = wb["_journeymap"]
        for row in meta.iter_rows(min_row=2):
            if row[0].value == "lanes":
                row[1].value = "[" * 32_000

    _edit(workbook_path, change)
    problems = _problems(workbook_path)
    assert any(
        "lanes must be a JSON list of lanes; this one is nested too deeply" in p for p in problems
    )
    assert not any("RecursionError" in p for p in problems)


def test_a_deeply_nested_list_cell_is_read_as_text_and_refused_by_its_limit(workbook_path):
    _edit(workbook_path, lambda wb: wb["Steps"].__setitem__("A30", None))
    headers = [c.value for c in openpyxl.load_workbook(workbook_path)["Steps"][1]]
    column = openpyxl.utils.get_column_letter(headers.index("Tags") + 1)
    _edit(workbook_path, lambda wb: wb["Steps"].__setitem__(f"{column}3", "[" * 32_000))
    problems = _problems(workbook_path)
    assert problems and all(p.startswith(f"Steps!{column}3") for p in problems)


# -- formulas without their values -------------------------------------------------------


def test_a_formula_without_a_cached_value_is_warned_about(workbook_path):
    headers = [c.value for c in openpyxl.load_workbook(workbook_path)["Steps"][1]]
    column = openpyxl.utils.get_column_letter(headers.index("Description") + 1)
    # openpyxl writes formulas without their value, as any program that does not compute
    _edit(workbook_path, lambda wb: wb["Steps"].__setitem__(f"{column}4", '=UPPER("x")'))
    warnings: list[str] = []
    journey = import_journey(workbook_path, warnings=warnings)
    assert journey.steps[2].description == ""
    assert warnings == [
        f'Steps!{column}4: the formula =UPPER("x") has no computed value in the file and was '
        "read as empty; open and save the workbook in a spreadsheet program, or type the value"
    ]


def test_no_warning_without_formulas(workbook_path):
    warnings: list[str] = []
    import_journey(workbook_path, warnings=warnings)
    assert warnings == []


# -- not a regular file, too big --------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.parametrize("suffix", ["xlsx", "mmd"])
def test_a_fifo_is_refused_without_blocking(tmp_path, suffix):
    fifo = tmp_path / f"pipe.{suffix}"
    os.mkfifo(fifo)
    (problem,) = _problems(fifo)
    assert "is a pipe" in problem


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
@pytest.mark.parametrize("fmt", ["xlsx", "mmd"])
def test_a_device_is_refused_before_reading(fmt):
    (problem,) = _problems("/dev/zero", fmt)
    assert "is a device or socket" in problem


def test_mermaid_over_its_size_cap_is_refused_without_reading(tmp_path):
    path = tmp_path / "big.mmd"
    with path.open("wb") as handle:
        handle.truncate(MAX_MERMAID_BYTES + 1)
    (problem,) = _problems(path)
    assert "journeymap reads a Mermaid file of up to 4 MB" in problem


# -- ids in linear time ----------------------------------------------------------------


class _CountingSet(set):
    lookups = 0

    def __contains__(self, item):
        type(self).lookups += 1
        return super().__contains__(item)


def test_ids_for_many_items_of_one_name_take_linear_work():
    _CountingSet.lookups = 0
    make = IdMaker(_CountingSet())
    ids = [make("step", "x") for _ in range(2_000)]
    assert len(set(ids)) == 2_000 and ids[-1] == "step-x-2000"
    assert _CountingSet.lookups < 3 * 2_000  # new_id alone would look 2 million times


def test_mermaid_with_many_identical_tasks_gets_distinct_ids():
    from journeymap.export.mermaid_reader import parse_mermaid

    journey = parse_mermaid("journey\n  section s\n" + "    x: 3\n" * 5_000)
    assert len({s.id for s in journey.steps}) == 5_000
    assert journey.steps[-1].id == "step-x-5000"


def test_workbook_rows_without_ids_get_distinct_ids(workbook_path):
    def change(wb):
        ws = wb["Steps"]
        headers = [c.value for c in ws[1]]
        stage = ws.cell(2, headers.index("Stage ID") + 1).value
        for _ in range(500):
            row = ws.max_row + 1
            ws.cell(row, headers.index("Title") + 1, "Same title")
            ws.cell(row, headers.index("Stage ID") + 1, stage)

    _edit(workbook_path, change)
    journey = import_journey(workbook_path)
    made = [s.id for s in journey.steps if s.title == "Same title"]
    assert (
        len(set(made)) == 500 and made[0] == "step-same-title" and made[-1] == "step-same-title-500"
    )
