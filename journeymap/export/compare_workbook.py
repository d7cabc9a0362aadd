"""A comparison of two journeys as a workbook sheet.

``write_comparison_sheet(workbook, comparison)`` adds a ``Comparison`` sheet
to an openpyxl workbook: the two titles, the whole journey's measures before,
after and their change, the pain points resolved and new, then an Excel table
of every step of both versions with its status, what changed and its
measures before and after (numbers as numbers, so an analyst can slice them).
``write_comparison_workbook`` writes a workbook of that one sheet, atomically.
Text is neutralised as in every export (:mod:`journeymap.export.safety`).
"""

from __future__ import annotations

import io
import os
from typing import Any

from journeymap.analysis.compare import JourneyComparison, Measures
from journeymap.export.errors import ExportError
from journeymap.export.safety import to_cell_text

__all__ = ["SHEET_TITLE", "STEP_COLUMNS", "write_comparison_sheet", "write_comparison_workbook"]

SHEET_TITLE = "Comparison"
_MEASURES = ("customers", "drop_off_rate", "pain", "goal", "ease", "emotion")
_MEASURE_NAMES = ("Customers", "Drop-off", "Pain", "Goal", "Ease", "Emotion")
STEP_COLUMNS = (
    "Step id",
    "Step",
    "Status",
    "What changed",
    *(f"{name} {when}" for name in _MEASURE_NAMES for when in ("before", "after")),
)
_FORMATS = {"Customers": "#,##0", "Drop-off": "0.0%", "Pain": "0.00"}


def _value(m: Measures | None, name: str) -> Any:
    return None if m is None else getattr(m, name)


def write_comparison_sheet(workbook: Any, c: JourneyComparison) -> Any:
    """Add the ``Comparison`` sheet to ``workbook`` (an openpyxl ``Workbook``
    in normal mode) and return it."""
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.table import Table, TableStyleInfo

    from journeymap.export.compare_page import STATUS_COLOURS, STATUS_MARKS

    ws = workbook.create_sheet(SHEET_TITLE)
    bold = Font(bold=True)
    ws.append(["Before", to_cell_text(c.before_title)])
    ws.append(["After", to_cell_text(c.after_title)])
    if c.persona_id:
        ws.append(["Persona", to_cell_text(c.persona_names.get(c.persona_id, c.persona_id))])
    if not c.related:
        ws.append(
            [
                "Note",
                f"The journeys share {c.shared_steps} of {c.largest} step ids: they look "
                "unrelated, so their steps are not compared one by one.",
            ]
        )
    ws.append([])
    ws.append(["The whole journey", "Before", "After", "Change"])
    for cell in ws[ws.max_row]:
        cell.font = bold
    b, a = c.total_before, c.total_after
    rows = [
        ("Customers", b.customers, a.customers, "#,##0"),
        ("Conversion", c.conversion_before, c.conversion_after, "0.0%"),
        ("Drop-off", b.drop_off_rate, a.drop_off_rate, "0.0%"),
        ("Pain score", b.pain, a.pain, "0.00"),
        ("Goal (mean)", b.goal, a.goal, "0.00"),
        ("Ease (mean)", b.ease, a.ease, "0.00"),
        ("Emotion (mean)", b.emotion, a.emotion, "0.00"),
    ]
    for label, before, after, number_format in rows:
        change = None if before is None or after is None else after - before
        ws.append([label, before, after, change])
        for cell in ws[ws.max_row][1:]:
            signed_format = f'"+"{number_format};"−"{number_format};0'
            cell.number_format = number_format if cell.column < 4 else signed_format
    ws.append(["Pain points resolved", None, None, len(c.pain_resolved)])
    ws.append(["Pain points new", None, None, len(c.pain_new)])
    for label, pains in (("Resolved", c.pain_resolved), ("New", c.pain_new)):
        for sid, pid in pains:
            ws.append(
                [
                    f"  {label}",
                    to_cell_text(c.step_titles.get(sid, sid)),
                    to_cell_text(c.persona_names.get(pid, pid)),
                ]
            )
    ws.append([])
    ws.append(list(STEP_COLUMNS))
    header_row = ws.max_row
    for cell in ws[header_row]:
        cell.font = bold
    for s in c.steps:
        values: list[Any] = [
            to_cell_text(s.step_id),
            to_cell_text(s.title),
            f"{STATUS_MARKS[s.status]} {s.status}".strip(),
            ", ".join(s.what),
        ]
        for name in _MEASURES:
            values += [_value(s.before, name), _value(s.after, name)]
        ws.append(values)
        if s.status != "same":
            colour = STATUS_COLOURS[s.status].lstrip("#").upper()
            ws.cell(ws.max_row, 3).fill = PatternFill("solid", start_color="FF" + colour)
            ws.cell(ws.max_row, 3).font = Font(bold=True, color="FFFFFFFF")
    last_row = ws.max_row
    for i, header in enumerate(STEP_COLUMNS, start=1):
        column_format = _FORMATS.get(header.rsplit(" ", 1)[0])
        if column_format:
            for row in range(header_row + 1, last_row + 1):
                ws.cell(row, i).number_format = column_format
        ws.column_dimensions[get_column_letter(i)].width = 30 if i in (1, 2) else 14
    ws.column_dimensions["A"].width = 24
    if c.steps:
        ref = f"A{header_row}:{get_column_letter(len(STEP_COLUMNS))}{last_row}"
        table = Table(displayName="ComparedSteps", ref=ref)
        table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
        ws.add_table(table)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    return ws


def write_comparison_workbook(c: JourneyComparison, path: str | os.PathLike[str]) -> None:
    """A workbook of the ``Comparison`` sheet, written atomically to ``path``."""
    from openpyxl import Workbook

    from journeymap.model.fileformat import write_atomically

    workbook = Workbook()
    default = workbook.active
    write_comparison_sheet(workbook, c)
    if default is not None:
        workbook.remove(default)
    buffer = io.BytesIO()
    workbook.save(buffer)
    try:
        write_atomically(path, buffer.getvalue())
    except OSError as exc:
        raise ExportError(f"{path}: could not write the workbook: {exc.strerror or exc}") from None
