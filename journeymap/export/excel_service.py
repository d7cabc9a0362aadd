"""Report sheets for time and cost and for service levels (ignored on import).

*Time and cost*: one row per step in map order (customers, the step's own
minutes and euros, what all its customers spend there, what a customer has
spent by the time they reach it, and what was spent on those who leave there),
then the journey's totals and each persona's part under the table.

*Service levels*: one row per stage with the number of touchpoints at each
level, then the reactive hand-offs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from journeymap.export.excel_layout import Column
from journeymap.export.excel_tables import write_table
from journeymap.export.safety import to_cell_text
from journeymap.model.journey import Journey
from journeymap.model.service_levels import LEVEL_ORDER

if TYPE_CHECKING:
    from journeymap.analysis.results import JourneyAnalysis

__all__ = ["write_service_levels", "write_time_and_cost"]

_HEADING = Font(bold=True, size=12)
_COUNT, _MIN, _EUR = "#,##0", "#,##0.0", "#,##0.00"


def _text(value: str | None) -> str | None:
    return to_cell_text(value) if value else None


def _cell(ws: Any, value: Any, fmt: str | None = None, font: Font | None = None) -> Any:
    cell = WriteOnlyCell(ws, value=value)
    if fmt is not None and value is not None:
        cell.number_format = fmt
    if font is not None:
        cell.font = font
    return cell


def write_time_and_cost(workbook: Any, journey: Journey, analysis: JourneyAnalysis) -> None:
    """The sheet "Time and cost"."""
    cost = analysis.cost
    if cost is None:
        return
    stages = {s.id: s.name for s in journey.stages}
    columns = (
        Column("Step ID", None, width=16),
        Column("Step", None, width=30),
        Column("Stage", None, width=18),
        Column("Customers", None, "float", 11, number_format=_COUNT),
        Column("Minutes", None, "float", 9, number_format=_MIN),
        Column("Cost (€)", None, "float", 9, number_format=_EUR),
        Column("All customers' minutes", None, "float", 13, number_format=_COUNT),
        Column("All customers' cost (€)", None, "float", 13, number_format=_EUR),
        Column("Minutes so far", None, "float", 11, number_format=_MIN),
        Column("Cost so far (€)", None, "float", 11, number_format=_EUR),
        Column("Dropped", None, "float", 10, number_format=_COUNT),
        Column("Drop-off minutes", None, "float", 12, number_format=_COUNT),
        Column("Drop-off cost (€)", None, "float", 12, number_format=_EUR),
    )
    rows = []
    for step in journey.ordered_steps():
        c = cost.steps.get(step.id)
        if c is None:
            continue
        rows.append(
            [
                _text(step.id),
                _text(step.title),
                _text(stages.get(step.stage_id)),
                c.customers,
                c.minutes,
                c.euros,
                c.total_minutes,
                c.total_euros,
                c.spent_minutes,
                c.spent_euros,
                c.dropped,
                c.drop_off_minutes,
                c.drop_off_euros,
            ]
        )
    ws, _ = write_table(workbook, "Time and cost", "TimeAndCost", columns, rows, validate=False)
    t = cost.totals
    ws.append([])
    ws.append([_cell(ws, "Totals", font=_HEADING)])
    for label, value, fmt in (
        ("Customers entering", t.entered, _COUNT),
        ("Customers completing", t.completed, _COUNT),
        ("Minutes, all customers", t.minutes, _COUNT),
        ("Cost (€), all customers", t.euros, _EUR),
        ("Minutes per customer who enters", t.minutes_per_entrant, _MIN),
        ("Cost (€) per customer who enters", t.euros_per_entrant, _EUR),
        ("Minutes per customer who completes", t.completer_minutes, _MIN),
        ("Cost (€) per customer who completes", t.completer_euros, _EUR),
        ("Cost (€) per completion, leavers included", t.euros_per_completion, _EUR),
        ("Minutes spent on customers who left", t.lost_minutes, _COUNT),
        ("Cost (€) spent on customers who left", t.lost_euros, _EUR),
    ):
        ws.append([None, label, None, _cell(ws, value, fmt)])
    personas = [p for p in journey.personas if p.id in cost.personas]
    if personas:
        ws.append([])
        ws.append([_cell(ws, "Per persona (by share of customers)", font=_HEADING)])
        ws.append([None, "Persona", "Share", "Customers", "Minutes", "Cost (€)", "Lost (€)"])
        for persona in personas:
            p = cost.personas[persona.id]
            ws.append(
                [
                    None,
                    _text(persona.name),
                    _cell(ws, p.share, "0%"),
                    _cell(ws, p.entered, _COUNT),
                    _cell(ws, p.minutes, _COUNT),
                    _cell(ws, p.euros, _EUR),
                    _cell(ws, p.lost_euros, _EUR),
                ]
            )


def write_service_levels(workbook: Any, journey: Journey, analysis: JourneyAnalysis) -> None:
    """The sheet "Service levels"."""
    report = analysis.service_levels
    if report is None:
        return
    stages = {s.id: s.name for s in journey.stages}
    steps = {s.id: s.title for s in journey.steps}
    columns = (
        Column("Stage ID", None, width=16),
        Column("Stage", None, width=22),
        Column("Touchpoints", None, "int", 11),
        *(
            Column(str(level).replace("_", "-").capitalize(), None, "int", 11)
            for level in LEVEL_ORDER
        ),
        Column("No level", None, "int", 10),
        Column("Summary", None, width=46),
    )
    rows = []
    for mix in report.stages:
        counts = dict(mix.counts)
        rows.append(
            [
                _text(mix.stage_id),
                _text(stages.get(mix.stage_id)),
                mix.touchpoints,
                *(counts.get(level, 0) for level in LEVEL_ORDER),
                mix.unset,
                _text(mix.phrase.text() if mix.phrase else None),
            ]
        )
    ws, _ = write_table(workbook, "Service levels", "ServiceLevels", columns, rows, validate=False)
    ws.append([])
    ws.append([_cell(ws, "Reactive hand-offs", font=_HEADING)])
    ws.append([None, "From", "To", "Customers", None, None, None, None, None, "Why"])
    for h in report.reactive_hand_offs:
        ws.append(
            [
                _text(h.transition_id),
                _text(steps.get(h.source_id, h.source_id)),
                _text(steps.get(h.target_id, h.target_id)),
                _cell(ws, h.volume, _COUNT),
                None,
                None,
                None,
                None,
                None,
                _text(h.phrase.text()),
            ]
        )
