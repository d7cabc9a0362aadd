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
from journeymap.export.excel_words import localised_columns
from journeymap.export.radar import AREA_WORDS
from journeymap.export.safety import to_cell_text
from journeymap.export.words import Words, word, words_for
from journeymap.model.journey import Journey

__all__ = ["write_comments", "write_maturity"]

_HEADING = Font(bold=True, size=12)
_LEVEL = "0.0"
MATURITY_SHEET = word("CX maturity")
COMMENTS_SHEET = word("Comments")
ANSWERS = word("Answers")
ANSWER_HEADERS = tuple(word(h) for h in ("Respondent", "Date", "Area", "Current", "Target", "Note"))
YES, NO = word("yes"), word("no")
MATURITY_COLUMNS = (
    Column(word("Area"), None, width=24),
    Column(word("Current"), None, "float", 10, number_format=_LEVEL),
    Column(word("Target"), None, "float", 10, number_format=_LEVEL),
    Column(word("Gap"), None, "float", 8, number_format=_LEVEL),
    Column(word("Current range"), None, width=10),
    Column(word("Target range"), None, width=10),
    Column(word("Respondents"), None, "int", 12),
    Column(word("Opportunities"), None, width=50),
)
COMMENT_COLUMNS = (
    Column(word("Comment ID"), None, width=20),
    Column(word("About"), None, width=28),
    Column(word("Author"), None, width=18),
    Column(word("Time (UTC)"), None, width=18),
    Column(word("Text"), None, width=60),
    Column(word("Resolved"), None, width=10),
    Column(word("Answer to"), None, width=20),
)


def _text(value: str | None) -> str | None:
    return to_cell_text(value) if value else None


def _range(pair: tuple[int, int] | None) -> str | None:
    return None if pair is None else f"{pair[0]}–{pair[1]}"


def write_maturity(workbook: Any, journey: Journey, words: Words | None = None) -> None:
    """The sheet "CX maturity", in ``words``' language (the journey's when ``None``)."""
    words = words or words_for(journey.language)
    summary = maturity_summary(journey)
    titles = {o.id: o.title for o in journey.opportunities}
    rows = [
        [
            words(AREA_WORDS[a.area]),
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
    ws, _ = write_table(
        workbook,
        words(MATURITY_SHEET),
        "Maturity",
        localised_columns(MATURITY_COLUMNS, words),
        rows,
        validate=False,
    )
    ws.append([])
    heading = WriteOnlyCell(ws, value=words(ANSWERS))
    heading.font = _HEADING
    ws.append([heading])
    ws.append([words(h) for h in ANSWER_HEADERS])
    for assessment in sorted(journey.assessments.values(), key=lambda a: (a.date, a.respondent)):
        for answer in assessment.answers:
            ws.append(
                [
                    _text(assessment.respondent),
                    assessment.date,
                    words(AREA_WORDS[answer.area]),
                    answer.current,
                    answer.target,
                    _text(assessment.note),
                ]
            )


def write_comments(workbook: Any, journey: Journey, words: Words | None = None) -> None:
    """The sheet "Comments", in ``words``' language (the journey's when ``None``)."""
    words = words or words_for(journey.language)
    rows = []
    threads = sorted(journey.comments.items(), key=lambda pair: pair[1].created)
    for cid, comment in threads:
        about = " · ".join(comment.target)
        when = comment.created.strftime("%Y-%m-%d %H:%M")
        resolved = words(YES) if comment.resolved else words(NO)
        rows.append([cid, about, _text(comment.author), when, _text(comment.text), resolved, None])
        for reply in comment.replies:
            at = reply.created.strftime("%Y-%m-%d %H:%M")
            rows.append([None, about, _text(reply.author), at, _text(reply.text), None, cid])
    write_table(
        workbook,
        words(COMMENTS_SHEET),
        "Comments",
        localised_columns(COMMENT_COLUMNS, words),
        rows,
        validate=False,
    )
