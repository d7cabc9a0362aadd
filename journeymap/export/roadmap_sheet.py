"""The Roadmap sheet of the workbook: every opportunity with its priority.

A report sheet (like Pain points): written from the analysis, ignored on
import, since the Opportunities sheet carries the data. Rows are in priority
order, highest first, with the CX maturity areas each improves; the priority
formula is that of :mod:`journeymap.analysis.roadmap`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from journeymap.export.excel_layout import Column
from journeymap.export.safety import to_cell_text
from journeymap.model.journey import Journey
from journeymap.model.maturity import AREA_NAMES
from journeymap.palette import SEVERITY_MARK

if TYPE_CHECKING:
    from journeymap.analysis.results import JourneyAnalysis

__all__ = ["ROADMAP_SHEET", "write_roadmap_sheet"]

ROADMAP_SHEET = "Roadmap"

COLUMNS = (
    Column("Rank", None, "int", 7),
    Column("Priority", None, "float", 9, number_format="0"),
    Column("Set by hand", None, width=11),
    Column("Computed priority", None, "float", 11, number_format="0.0"),
    Column("Opportunity ID", None, width=16),
    Column("Title", None, width=36),
    Column("Status", None, width=12),
    Column("Owner", None, width=18),
    Column("Impact", None, "int", 8),
    Column("Effort", None, "int", 8),
    Column("Steps", None, width=36),
    Column("CX maturity areas", None, width=30),
    Column("Pain points", None, "int", 9),
    Column("Worst", None, width=11),
    Column("Pain score", None, "float", 10, number_format="0.00"),
)


def _text(value: str) -> str | None:
    return to_cell_text(value) or None


def roadmap_rows(journey: Journey, analysis: JourneyAnalysis) -> list[list[Any]]:
    """The sheet's rows, in priority order."""
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
                "yes" if card.overridden else None,
                card.computed_priority,
                _text(card.opportunity_id),
                _text(card.title),
                card.status.value.replace("_", " "),
                _text(card.owner),
                card.impact,
                card.effort,
                _text("; ".join(steps.get(s, s) for s in card.step_ids)),
                _text("; ".join(AREA_NAMES[a] for a in card.areas)),
                len(card.pain_points),
                f"{SEVERITY_MARK[worst]} {worst}" if worst else None,
                round(card.pain, 4),
            ]
        )
    return rows


def write_roadmap_sheet(workbook: Any, journey: Journey, analysis: JourneyAnalysis) -> None:
    from journeymap.export.excel_tables import write_table

    rows = roadmap_rows(journey, analysis)
    write_table(workbook, ROADMAP_SHEET, "Roadmap", COLUMNS, rows, validate=False)
