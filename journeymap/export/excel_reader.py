"""Read a journeymap workbook back into a journey, possibly edited by a person.

The workbook is checked against the caps in :mod:`journeymap.export.limits`
before openpyxl opens it (read-only, cached values of formulas, defusedxml).
Every problem is collected with its place (``Ratings!G7: emotion must be between
-2 and 2, found 9``) and reported together in one :class:`ImportFailed`; nothing
is returned unless the whole journey is valid.
"""

from __future__ import annotations

import json
import os
import zipfile
from typing import Any

from pydantic import ValidationError

from journeymap.export.errors import ImportFailed
from journeymap.export.excel_cells import CellError, SpreadsheetError, read_cell
from journeymap.export.excel_layout import (
    DATA_SHEETS,
    META_SHEET,
    OVERVIEW_FIELDS,
    OVERVIEW_SHEET,
    WORKBOOK_MARKER,
    Column,
    SheetSpec,
)
from journeymap.export.excel_words import names_of
from journeymap.export.limits import check_workbook
from journeymap.export.safety import ERROR_VALUES, from_cell_text
from journeymap.model.gcpause import gc_paused
from journeymap.model.ids import IdMaker
from journeymap.model.journey import COLLECTIONS, FORMAT_VERSION, Journey, LaneSetting
from journeymap.model.references import dangling_in_data
from journeymap.model.validation import (
    Problem,
    problems_from_validation_error,
    reference_problems,
)

__all__ = ["read_workbook"]


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


class _Collected:
    """Problems found so far, each ``Sheet!A1: message``, and warnings: what was
    read but may not be what the person meant."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.warnings: list[str] = []
        self.formulas: dict[str, dict[tuple[int, int], str]] = {}
        """Sheet name -> (row, 0-based column) -> formula, for every formula cell."""

    def add(self, sheet: str, place: str, message: str) -> None:
        self.problems.append(f"{sheet}!{place}: {message}")


class _SheetRows:
    """The rows read from one data sheet: the items' fields and where they came from."""

    def __init__(self, spec: SheetSpec) -> None:
        self.spec = spec
        self.rows: list[int] = []
        self.data: list[dict[str, Any]] = []
        self.columns: dict[str, int] = {}  # field -> 0-based column in the sheet
        self.broken: set[int] = set()  # rows with a cell that could not be read

    def place(self, index: int, field: str | None) -> str:
        column = self.columns.get(field or "", self.columns.get("id", 0))
        return f"{_letter(column)}{self.rows[index]}"


def _values(ws: Any, **bounds: int):
    """Rows of cell values, with error values (``#VALUE!``...) marked as
    :class:`SpreadsheetError`. The export writes such texts with a leading
    apostrophe, so a bare one can only be what a spreadsheet computed."""
    for row in ws.iter_rows(values_only=True, **bounds):
        if any(v.__class__ is str and v in ERROR_VALUES for v in row):
            row = tuple(SpreadsheetError(v) if v in ERROR_VALUES else v for v in row)
        yield row


def _find_sheet(workbook: Any, name: str) -> Any | None:
    """The sheet called ``name`` in any export language (``Steps``, ``Vaiheet``)."""
    names = names_of(name) if name != META_SHEET else {name.casefold()}
    for title in workbook.sheetnames:
        if title.strip().casefold() in names:
            return workbook[title]
    return None


def _header_map(
    ws: Any, spec: SheetSpec, problems: _Collected
) -> dict[int, tuple[int, Column]] | None:
    first = next(_values(ws, min_row=1, max_row=1), ())
    found: dict[str, int] = {}  # header text -> its column
    for at, value in enumerate(first):
        if isinstance(value, str) and value.strip():
            found.setdefault(" ".join(value.split()).casefold(), at)
    layout: dict[int, tuple[int, Column]] = {}
    ok = True
    for position, column in enumerate(spec.columns):
        if column.computed:
            continue
        index = next((found[n] for n in names_of(column.header) if n in found), None)
        if index is None and column.optional:
            continue
        if index is None:
            there = first[position] if position < len(first) else None
            seen = f", found {str(there)!r}" if there not in (None, "") else ""
            problems.add(
                spec.name, f"{_letter(position)}1", f'expected the column "{column.header}"{seen}'
            )
            ok = False
        else:
            layout[position] = (index, column)
    return layout if ok else None


def _read_rows(ws: Any, spec: SheetSpec, problems: _Collected) -> _SheetRows | None:
    layout = _header_map(ws, spec, problems)
    if layout is None:
        return None
    result = _SheetRows(spec)
    for index, column in layout.values():
        if column.field is not None and column.kind != "y":
            result.columns.setdefault(column.field, index)
    formulas = problems.formulas.get(spec.name, {})
    for row_number, row in enumerate(_values(ws, min_row=2), start=2):
        raw = {pos: (row[i] if i < len(row) else None) for pos, (i, _c) in layout.items()}
        if formulas:
            _warn_uncomputed(spec.name, row_number, row, formulas, problems)
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in raw.values()):
            continue
        fields: dict[str, Any] = {}
        position: dict[str, float | None] = {}
        broken = False
        for pos, (i, column) in layout.items():
            try:
                value = read_cell(column, raw[pos])
            except CellError as exc:
                problems.add(spec.name, f"{_letter(i)}{row_number}", str(exc))
                broken = True
                continue
            if column.kind in ("x", "y"):
                position[column.kind] = value
            elif value is None:
                if column.kind == "text":
                    fields[column.field] = ""  # type: ignore[index]
            else:
                fields[column.field] = value  # type: ignore[index]
        if position.get("x") is not None or position.get("y") is not None:
            if position.get("x") is None or position.get("y") is None:
                missing = "x" if position.get("x") is None else "y"
                index = next(i for i, c in layout.values() if c.kind == missing)
                problems.add(
                    spec.name,
                    f"{_letter(index)}{row_number}",
                    "a position needs both X and Y (or neither)",
                )
            else:
                fields["position"] = position
        if broken:  # reported above; validating the rest would only repeat it
            result.broken.add(len(result.data))
        result.rows.append(row_number)
        result.data.append(fields)
    return result


def _warn_uncomputed(
    sheet: str,
    row_number: int,
    row: tuple,
    formulas: dict[tuple[int, int], str],
    problems: _Collected,
) -> None:
    """Warn about each formula in the row that was saved without its value (a
    file written by a program that does not compute formulas): it reads as an
    empty cell, which is not what the formula says."""
    for (at_row, column), formula in formulas.items():
        if at_row == row_number and (column >= len(row) or row[column] is None):
            shown = formula if len(formula) <= 40 else formula[:37] + "..."
            problems.warnings.append(
                f"{sheet}!{_letter(column)}{row_number}: the formula {shown} has no computed "
                "value in the file and was read as empty; open and save the workbook in a "
                "spreadsheet program, or type the value"
            )


def _formula_cells(path: str, names: list[str]) -> dict[str, dict[tuple[int, int], str]]:
    """Every formula cell of the named sheets, read once more without cached values."""
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=False)
    try:
        found: dict[str, dict[tuple[int, int], str]] = {}
        for name in names:
            ws = _find_sheet(workbook, name)
            if ws is None:
                continue
            cells: dict[tuple[int, int], str] = {}
            for row in ws.iter_rows(min_row=1):
                for cell in row:
                    if getattr(cell, "data_type", None) == "f":
                        cells[(cell.row, cell.column - 1)] = str(cell.value)
            found[name] = cells
        return found
    finally:
        workbook.close()


def _name_new_items(sheet: _SheetRows) -> None:
    """Give an id to each row a person added without one."""
    if not sheet.spec.id_prefix:
        return
    make = IdMaker(d["id"] for d in sheet.data if d.get("id"))
    for fields in sheet.data:
        if not fields.get("id"):
            name = fields.get("name") or fields.get("title") or ""
            fields["id"] = make(sheet.spec.id_prefix, name)


def _build_items(sheet: _SheetRows, problems: _Collected) -> list[Any]:
    cls = COLLECTIONS[sheet.spec.collection]
    items = []
    for index, fields in enumerate(sheet.data):
        if index in sheet.broken:
            continue
        try:
            items.append(cls.model_validate(fields))
        except ValidationError as exc:
            for problem in problems_from_validation_error(exc):
                field = problem.path.split(".")[0].split("[")[0]
                column = next((c for c in sheet.spec.columns if c.field == field), None)
                message = problem.message
                if message == "required field is missing" and column is not None:
                    message = f"{column.header} is required"
                problems.add(sheet.spec.name, sheet.place(index, field), message)
    return items


def _read_overview(workbook: Any, problems: _Collected) -> dict[str, str]:
    ws = _find_sheet(workbook, OVERVIEW_SHEET)
    if ws is None:
        problems.problems.append(f'missing sheet "{OVERVIEW_SHEET}"')
        return {}
    values: dict[str, str] = {}
    wanted = {name: field for label, field in OVERVIEW_FIELDS.items() for name in names_of(label)}
    for row in _values(ws, min_row=1, max_row=40, max_col=2):
        if len(row) < 2 or not isinstance(row[0], str):
            continue
        field = wanted.get(row[0].strip().casefold())
        if field and field not in values:
            values[field] = "" if row[1] is None else read_cell(Column(field, field), row[1])
    return values


def _read_meta(workbook: Any, problems: _Collected) -> dict[str, Any]:
    ws = _find_sheet(workbook, META_SHEET)
    if ws is None:
        return {}
    meta: dict[str, Any] = {"metadata": {}}
    for row_number, row in enumerate(_values(ws, min_row=2, max_col=2), 2):
        if not row or row[0] is None:
            continue
        key = from_cell_text(str(row[0]))
        value = row[1]
        text = "" if value is None else read_cell(Column(key, key), value)
        if key.startswith("metadata."):
            meta["metadata"][key.removeprefix("metadata.")] = text
        elif key == "format_version":
            try:
                version = int(float(text))
            except ValueError:
                version = -1
            if not 1 <= version <= FORMAT_VERSION:
                problems.add(
                    META_SHEET,
                    f"B{row_number}",
                    f"format version {text!r} is not one this program reads "
                    f"(1 to {FORMAT_VERSION}); is journeymap up to date?",
                )
            meta["format_version"] = version
        elif key == "lanes":
            try:
                meta["lanes"] = tuple(LaneSetting.model_validate(v) for v in json.loads(text))
            except RecursionError:
                problems.add(
                    META_SHEET,
                    f"B{row_number}",
                    "lanes must be a JSON list of lanes; this one is nested too deeply to read",
                )
            except (ValueError, TypeError, ValidationError):
                problems.add(META_SHEET, f"B{row_number}", "lanes must be a JSON list of lanes")
        elif key in ("id", "language"):
            meta[key] = text
        elif key.startswith(("comments.", "assessments.")):
            _read_keyed(meta, key, text, problems, f"B{row_number}")
        elif key == "rating_sources":
            meta[key] = tuple(part.strip() for part in text.split(",") if part.strip())
        elif key != WORKBOOK_MARKER:
            problems.add(META_SHEET, f"A{row_number}", f"unknown key {key!r}")
    return meta


def _read_keyed(meta: dict[str, Any], key: str, text: str, problems: _Collected, at: str) -> None:
    """A comment or an assessment, one JSON object a row (``comments.ID``)."""
    from journeymap.model.comments import Comment
    from journeymap.model.maturity import Assessment

    field, _, item_id = key.partition(".")
    cls: Any = Comment if field == "comments" else Assessment
    try:
        meta.setdefault(field, {})[item_id] = cls.model_validate_json(text)
    except (ValueError, ValidationError) as exc:
        first = exc.errors()[0]["msg"] if isinstance(exc, ValidationError) else str(exc)
        problems.add(META_SHEET, at, f"{key} is not a readable {field[:-1]}: {first}")


def _reference_problems(journey: Journey, sheets: dict[str, _SheetRows]) -> list[str]:
    return _placed(reference_problems(journey), sheets)


def _placed(found: list[Problem], sheets: dict[str, _SheetRows]) -> list[str]:
    """Problems with a journey path (``steps[3].stage_id``) at their sheet and cell."""
    out = []
    for problem in found:
        head, _, rest = problem.path.partition(".")
        collection, _, index_text = head.partition("[")
        if collection not in sheets or not index_text:
            out.append(str(problem))
            continue
        sheet = sheets[collection]
        index = int(index_text.rstrip("]"))
        field = rest.split("[")[0] or None
        out.append(f"{sheet.spec.name}!{sheet.place(index, field)}: {problem.message}")
    return out


def _open(path: str) -> Any:
    from openpyxl import load_workbook

    try:
        return load_workbook(path, read_only=True, data_only=True)
    except ImportFailed:
        raise
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        kind = type(exc).__name__
        if "Entities" in kind or "DTD" in kind:
            raise ImportFailed("the workbook declares XML entities; refused", path) from None
        if isinstance(exc, zipfile.BadZipFile | KeyError):
            raise ImportFailed(f"not a readable Excel workbook ({exc})", path) from None
        raise ImportFailed(f"not a readable Excel workbook ({kind}: {exc})", path) from None


def read_workbook(path: str | os.PathLike[str], warnings: list[str] | None = None) -> Journey:
    """The journey in the workbook at ``path``.

    ``warnings``, when given, receives what was read but may not be what the
    person meant (a formula saved without its computed value reads as empty),
    each ``Sheet!A1: message``.

    Raises
    ------
    ImportFailed
        With every problem found, each naming its sheet, row and column.
    """
    path = str(path)
    has_formulas = check_workbook(path)
    problems = _Collected()
    if has_formulas:
        problems.formulas = _formula_cells(path, [spec.name for spec in DATA_SHEETS])
    workbook = _open(path)
    try:
        with gc_paused():
            journey = _read(workbook, path, problems)
    finally:
        workbook.close()
    if warnings is not None:
        warnings.extend(problems.warnings)
    return journey


def _read(workbook: Any, path: str, problems: _Collected) -> Journey:
    present = [spec.name for spec in DATA_SHEETS if _find_sheet(workbook, spec.name)]
    if not present and _find_sheet(workbook, META_SHEET) is None:
        names = ", ".join(spec.name for spec in DATA_SHEETS)
        raise ImportFailed(
            f"not a journeymap workbook: it has none of the sheets {names} "
            "(export one with 'journeymap export FILE -o OUT.xlsx')",
            path,
        )
    scalars = _read_overview(workbook, problems)
    meta = _read_meta(workbook, problems)
    sheets: dict[str, _SheetRows] = {}
    # With a Measurements sheet, the Ratings sheet only shows what they combine to.
    derived = {"ratings"} if _find_sheet(workbook, "Measurements") is not None else set()
    for spec in DATA_SHEETS:
        if spec.collection in derived:
            continue
        ws = _find_sheet(workbook, spec.name)
        if ws is None:
            if not spec.optional:
                problems.problems.append(f'missing sheet "{spec.name}"')
            continue
        rows = _read_rows(ws, spec, problems)
        if rows is not None:
            _name_new_items(rows)
            sheets[spec.collection] = rows
    items = {name: _build_items(rows, problems) for name, rows in sheets.items()}
    if problems.problems:
        # Every problem in one run: the unknown ids too, not only once the
        # cells are fixed.
        data = {name: rows.data for name, rows in sheets.items()}
        found = [Problem(where, message) for where, message in dangling_in_data(data, partial=True)]
        problems.problems += _placed(found, sheets)
        raise ImportFailed(problems.problems, path)
    try:
        journey = _journey(scalars, meta, items)
    except ValidationError as exc:
        raise ImportFailed(
            [_journey_problem(str(p.path), p.message) for p in problems_from_validation_error(exc)],
            path,
        ) from None
    reference = _reference_problems(journey, sheets)
    if reference:
        raise ImportFailed(reference, path)
    return journey


def _journey_problem(field: str, message: str) -> str:
    labels = list(OVERVIEW_FIELDS.values())
    if field in labels:
        return f"{OVERVIEW_SHEET}!B{labels.index(field) + 1}: {field} {message}"
    return f"{META_SHEET}: {field}: {message}"


def _journey(scalars: dict[str, str], meta: dict[str, Any], items: dict[str, list]) -> Journey:
    return Journey(
        format_version=meta.get("format_version", FORMAT_VERSION),
        id=meta.get("id", ""),
        title=scalars.get("title", "Untitled journey"),
        description=scalars.get("description", ""),
        language=meta.get("language", ""),
        **items,
        **({"lanes": meta["lanes"]} if "lanes" in meta else {}),
        **({"rating_sources": meta["rating_sources"]} if "rating_sources" in meta else {}),
        metadata=meta.get("metadata", {}),
        comments=meta.get("comments", {}),
        assessments=meta.get("assessments", {}),
    )
