"""Report sheets for CX maturity and comments (ignored on import; the hidden
sheet carries both whole, see :mod:`journeymap.export.excel_writer`).

*CX maturity*: one row per area (mean current and target, their ranges, the
gap, respondents, the opportunities linked to the area), then every answer.

*Comments*: one row per comment and per answer, oldest thread first.
"""

from __future__ import annotations

from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from journeymap.analysis.maturity import maturity_summary
from journeymap.export.excel_layout import Column
from journeymap.export.excel_tables import write_table
from journeymap.export.safety import to_cell_text
from journeymap.model.journey import Journey
from journeymap.model.maturity import AREA_NAMES

__all__ = ["write_comments", "write_maturity"]

_HEADING = Font(bold=True, size=12)
_LEVEL = "0.0"


def _text(value: str | None) -> str | None:
    return to_cell_text(value) if value else None


def _range(pair: tuple[int, int] | None) -> str | None:
    return None if pair is None else f"{pair[0]}–{pair[1]}"


def write_maturity(workbook: Any, journey: Journey) -> None:
    """The sheet "CX maturity"."""
    summary = maturity_summary(journey)
    titles = {o.id: o.title for o in journey.opportunities}
    columns = (
        Column("Area", None, width=24),
        Column("Current", None, "float", 10, number_format=_LEVEL),
        Column("Target", None, "float", 10, number_format=_LEVEL),
        Column("Gap", None, "float", 8, number_format=_LEVEL),
        Column("Current range", None, width=10),
        Column("Target range", None, width=10),
        Column("Respondents", None, "int", 12),
        Column("Opportunities", None, width=50),
    )
    rows = [
        [
            AREA_NAMES[a.area],
            a.current,
            a.target,
            a.gap,
            _range(a.current_range),
            _range(a.target_range),
            a.respondents,
            _text("; ".join(titles.get(o, o) for o in a.opportunity_ids)),
        ]
        for a in summary.areas
    ]
    ws, _ = write_table(workbook, "CX maturity", "Maturity", columns, rows, validate=False)
    ws.append([])
    heading = WriteOnlyCell(ws, value="Answers")
    heading.font = _HEADING
    ws.append([heading])
    ws.append(["Respondent", "Date", "Area", "Current", "Target", "Note"])
    for assessment in sorted(journey.assessments.values(), key=lambda a: (a.date, a.respondent)):
        for answer in assessment.answers:
            ws.append(
                [
                    _text(assessment.respondent),
                    assessment.date,
                    AREA_NAMES[answer.area],
                    answer.current,
                    answer.target,
                    _text(assessment.note),
                ]
            )


def write_comments(workbook: Any, journey: Journey) -> None:
    """The sheet "Comments"."""
    columns = (
        Column("Comment ID", None, width=20),
        Column("About", None, width=28),
        Column("Author", None, width=18),
        Column("Time (UTC)", None, width=18),
        Column("Text", None, width=60),
        Column("Resolved", None, width=10),
        Column("Answer to", None, width=20),
    )
    rows = []
    threads = sorted(journey.comments.items(), key=lambda pair: pair[1].created)
    for cid, comment in threads:
        about = " · ".join(comment.target)
        when = comment.created.strftime("%Y-%m-%d %H:%M")
        resolved = "yes" if comment.resolved else "no"
        rows.append([cid, about, _text(comment.author), when, _text(comment.text), resolved, None])
        for reply in comment.replies:
            at = reply.created.strftime("%Y-%m-%d %H:%M")
            rows.append([None, about, _text(reply.author), at, _text(reply.text), None, cid])
    write_table(workbook, "Comments", "Comments", columns, rows, validate=False)
