"""One sheet holding one Excel table: header, rows, widths, formats, rules.

Used for the data sheets and the report sheets alike. The workbook is written
in openpyxl's write-only mode (rows streamed once), so everything a sheet needs
is given here at once.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from journeymap import palette
from journeymap.export.excel_layout import Column

__all__ = [
    "LAST_ROW",
    "TABLE_STYLE",
    "colour_scale",
    "exact_number",
    "print_landscape",
    "styled_cell",
    "write_table",
]

TABLE_STYLE = "TableStyleMedium2"
LAST_ROW = 1_048_576
"""Validations and colour scales reach the sheet's end, so rows a person adds get them."""


def _argb(colour: str) -> str:
    return "FF" + colour.lstrip("#").upper()


def colour_scale(column: Column) -> ColorScaleRule:
    """The palette's diverging scale for a rating column: bad, neutral (the
    scale's middle), good."""
    scale = column.scale
    assert scale is not None
    return ColorScaleRule(
        start_type="num",
        start_value=scale.low,
        start_color=_argb(palette.BAD),
        mid_type="num",
        mid_value=scale.neutral,
        mid_color=_argb(palette.NEUTRAL),
        end_type="num",
        end_value=scale.high,
        end_color=_argb(palette.GOOD),
    )


def _validation(column: Column) -> DataValidation | None:
    if column.computed:
        return None
    if column.choices:
        return DataValidation(
            type="list",
            formula1='"' + ",".join(column.choices) + '"',
            allow_blank=True,
            showErrorMessage=True,
            errorTitle=column.header,
            error=f"{column.header} must be one of: {', '.join(column.choices)}",
        )
    bounds = (column.scale.low, column.scale.high) if column.scale else column.bounds
    if bounds is None:
        return None
    kind = "whole" if column.kind == "int" else "decimal"
    what = column.scale.name if column.scale else column.header
    whole = "a whole number " if kind == "whole" else ""
    return DataValidation(
        type=kind,
        operator="between",
        formula1=f"{bounds[0]:g}",
        formula2=f"{bounds[1]:g}",
        allow_blank=True,
        showErrorMessage=True,
        showInputMessage=column.scale is not None,
        errorTitle=column.header,
        error=f"{what} must be {whole}between {bounds[0]:g} and {bounds[1]:g}",
        promptTitle=column.header if column.scale else None,
        prompt=(
            f"{column.scale.low:g} = {column.scale.low_label}, "
            f"{column.scale.neutral:g} = neutral, {column.scale.high:g} = {column.scale.high_label}"
            if column.scale
            else None
        ),
    )


FIT_WIDTH = 190.0
"""Column widths (in characters) that still fit one landscape A4 page at a
readable scale (about 65 %); wider sheets print at full size over several
pages instead of shrinking to a size nobody can read."""


def print_landscape(ws: Any, width: float = 0.0) -> None:
    """Print the sheet landscape on A4: one page wide when its columns add up to
    at most :data:`FIT_WIDTH` characters, else at full size across pages with
    the first column repeated; as many pages tall as it needs."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.print_title_rows = "1:1"
    if width <= FIT_WIDTH:
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    else:
        ws.sheet_properties.pageSetUpPr.fitToPage = False
        ws.page_setup.fitToWidth = 0
        ws.page_setup.scale = 85
        ws.print_title_cols = "A:B"


def _style_of(ws: Any, **styles: Any) -> Any:
    """The style of a cell given ``styles`` (``number_format``, ``font``...),
    worked out once: setting a style on a cell hashes it into the workbook's
    style lists, which costs more than writing the cell."""
    cell = WriteOnlyCell(ws)
    for name, value in styles.items():
        setattr(cell, name, value)
    return cell._style


def styled_cell(ws: Any, value: Any, style: Any) -> Any:
    """A write-only cell holding ``value`` in a style from :func:`_style_of`."""
    return Cell(ws, row=1, column=1, value=value, style_array=style)


def exact_number(ws: Any, value: float, number_format: str | None = None) -> Any:
    """A cell holding ``value`` to the last bit.

    openpyxl writes numbers with 16 significant digits, which does not bring
    every float back; this cell carries Python's shortest exact text instead.
    """
    cell = WriteOnlyCell(ws, value=value)
    if number_format:
        cell.number_format = number_format
    cell._value = repr(value)  # written verbatim into <v>; data_type stays "n"
    return cell


def _cells_of_rows(ws: Any) -> None:
    """Give the write-only sheet ``ws`` a quicker way from an appended row to
    its cells, writing the same cells.

    openpyxl's own (``WriteOnlyWorksheet._values_to_row``) finds a styled cell
    among the values by trying to store it as a value and catching the
    ``ValueError`` (which formats the cell's ``repr`` first), then makes a
    fresh cell for the next value: a styled cell cost twice a plain one, and
    a workbook has tens of thousands of them (every number with a format,
    every float written exactly). Here a styled cell is recognised by its
    type and passed on; plain values go through openpyxl's cell as before
    (its type checks and string checks included). Set on this sheet only; an
    openpyxl without that method simply keeps its own way.
    """

    def values_to_row(values: Sequence[Any], row_idx: int) -> Iterator[Any]:
        cell = WriteOnlyCell(ws)
        for col_idx, value in enumerate(values, 1):
            if value is None:
                continue
            if isinstance(value, Cell):
                value.column = col_idx
                value.row = row_idx
                if value.hyperlink is not None:
                    value.hyperlink.ref = value.coordinate
                yield value
                continue
            cell.value = value
            cell.column = col_idx
            cell.row = row_idx
            yield cell

    if hasattr(ws, "_values_to_row"):
        ws._values_to_row = values_to_row


def write_table(
    workbook: Any,
    title: str,
    table_name: str,
    columns: Sequence[Column],
    rows: Iterable[Sequence[Any]],
    *,
    validate: bool = True,
) -> tuple[Any, int]:
    """Add a sheet ``title`` with an Excel table of ``rows`` under ``columns``.

    Returns the sheet and the number of data rows written. An empty table gets
    one blank row, since a table needs a body.
    """
    ws = workbook.create_sheet(title)
    _cells_of_rows(ws)
    print_landscape(ws, sum(c.width for c in columns))
    ws.freeze_panes = "B2" if len(columns) > 6 else "A2"
    for i, column in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = column.width
    wrap = Alignment(wrap_text=True, vertical="top")
    plain_header = _style_of(ws, font=Font(bold=True), alignment=wrap)
    computed_header = _style_of(
        ws, font=Font(bold=True, italic=True, color="FF666666"), alignment=wrap
    )
    header = [
        styled_cell(ws, c.header, computed_header if validate and c.computed else plain_header)
        for c in columns
    ]
    if any(len(c.header) > c.width for c in columns):
        ws.row_dimensions[1].height = 30
    ws.append(header)
    styles: dict[str | None, Any] = {None: _style_of(ws)}
    for c in columns:
        if c.number_format and c.number_format not in styles:
            styles[c.number_format] = _style_of(ws, number_format=c.number_format)
    formats = [(i, styles[c.number_format]) for i, c in enumerate(columns) if c.number_format]
    floats = [
        (i, styles[c.number_format])
        for i, c in enumerate(columns)
        if c.kind in ("float", "percent", "x", "y") and not c.computed
    ]
    # One styled cell per column, given each row's value in turn: the
    # write-only sheet writes a row out whole within ``append``, so a cell is
    # free again by the next row, and making a cell object per value cost
    # more than writing it.
    exact = [(i, styled_cell(ws, None, style)) for i, style in floats]
    formatted = [(i, styled_cell(ws, None, style)) for i, style in formats]
    count = 0
    for row in rows:
        values = list(row)
        for i, cell in exact:
            value = values[i]
            if isinstance(value, float) and float(f"{value:.16g}") != value:
                cell.value = value
                cell._value = repr(value)  # written verbatim into <v>; data_type stays "n"
                values[i] = cell
        for i, cell in formatted:
            value = values[i]
            if value is not None and not isinstance(value, Cell):
                cell.value = value
                values[i] = cell
        ws.append(values)
        count += 1
    if count == 0:
        ws.append([None] * len(columns))
    last = get_column_letter(len(columns))
    ref = f"A1:{last}{max(count, 1) + 1}"
    table = Table(displayName=table_name, ref=ref)
    table.tableColumns = [TableColumn(id=i, name=c.header) for i, c in enumerate(columns, 1)]
    table.autoFilter = AutoFilter(ref=ref)
    table.tableStyleInfo = TableStyleInfo(name=TABLE_STYLE, showRowStripes=True)
    with warnings.catch_warnings():  # the columns are given above, as write-only mode needs
        warnings.simplefilter("ignore", UserWarning)
        ws.add_table(table)
    for i, column in enumerate(columns, start=1):
        letter = get_column_letter(i)
        area = f"{letter}2:{letter}{LAST_ROW}"
        if column.scale is not None:
            ws.conditional_formatting.add(area, colour_scale(column))
        rule = _validation(column) if validate else None
        if rule is not None:
            rule.add(area)
            ws.data_validations.dataValidation.append(rule)
    return ws, count
