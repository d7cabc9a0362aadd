"""The Roadmap sheet of the workbook: every opportunity with its priority.

A report sheet (like Pain points): written from the analysis, ignored on
import, since the Opportunities sheet carries the data. Rows are in priority
order, highest first, with the CX maturity areas each improves; the priority
formula is that of :mod:`journeymap.analysis.roadmap`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from journeymap.export.excel_layout import Column
from journeymap.export.radar import AREA_WORDS
from journeymap.export.safety import to_cell_text
from journeymap.export.words import Words, word, words_for
from journeymap.model.entities import OpportunityStatus
from journeymap.model.journey import Journey
from journeymap.palette import SEVERITY_MARK

if TYPE_CHECKING:
    from journeymap.analysis.results import JourneyAnalysis

__all__ = ["ROADMAP_SHEET", "write_roadmap_sheet"]

ROADMAP_SHEET = word("Roadmap")
SET_BY_HAND = word("yes")
STATUS_WORDS = {s: word(s.value.replace("_", " ")) for s in OpportunityStatus}
SEVERITY_WORDS = {name: word(name) for name in ("critical", "major", "minor")}

COLUMNS = (
    Column(word("Rank"), None, "int", 7),
    Column(word("Priority"), None, "float", 9, number_format="0"),
    Column(word("Set by hand"), None, width=11),
    Column(word("Computed priority"), None, "float", 11, number_format="0.0"),
    Column(word("Opportunity ID"), None, width=16),
    Column(word("Title"), None, width=36),
    Column(word("Status"), None, width=12),
    Column(word("Owner"), None, width=18),
    Column(word("Impact"), None, "int", 8),
    Column(word("Effort"), None, "int", 8),
    Column(word("Steps"), None, width=36),
    Column(word("CX maturity areas"), None, width=30),
    Column(word("Pain points"), None, "int", 9),
    Column(word("Worst"), None, width=11),
    Column(word("Pain score"), None, "float", 10, number_format="0.00"),
)


def _text(value: str) -> str | None:
    return to_cell_text(value) or None


def roadmap_rows(
    journey: Journey, analysis: JourneyAnalysis, words: Words | None = None
) -> list[list[Any]]:
    """The sheet's rows, in priority order, in ``words``' language."""
    words = words or words_for(journey.language)
    from journeymap.analysis.roadmap import build_roadmap

    steps = {s.id: s.title for s in journey.steps}
    rows = []
    roadmap = build_roadmap(journey, analysis.pain_points)
    for rank, card in enumerate(roadmap.cards, start=1):
        worst = card.worst_severity
        rows.append(
            [
                rank,
                card.priority,
                words(SET_BY_HAND) if card.overridden else None,
                card.computed_priority,
                _text(card.opportunity_id),
                _text(card.title),
                words(STATUS_WORDS[card.status]),
                _text(card.owner),
                card.impact,
                card.effort,
                _text("; ".join(steps.get(s, s) for s in card.step_ids)),
                _text("; ".join(words(AREA_WORDS[a]) for a in card.areas)),
                len(card.pain_points),
                f"{SEVERITY_MARK[worst]} {words(SEVERITY_WORDS.get(worst, worst))}"
                if worst
                else None,
                round(card.pain, 4),
            ]
        )
    return rows


def write_roadmap_sheet(
    workbook: Any, journey: Journey, analysis: JourneyAnalysis, words: Words | None = None
) -> None:
    """The sheet "Roadmap", in ``words``' language (the journey's when ``None``)."""
    from journeymap.export.excel_tables import write_table
    from journeymap.export.excel_words import localised_columns

    words = words or words_for(journey.language)
    rows = roadmap_rows(journey, analysis, words)
    columns = localised_columns(COLUMNS, words)
    write_table(workbook, words(ROADMAP_SHEET), "Roadmap", columns, rows, validate=False)
