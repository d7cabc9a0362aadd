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
from journeymap.export.excel_words import localised_columns
from journeymap.export.safety import to_cell_text
from journeymap.export.words import Words, word, words_for
from journeymap.model.journey import Journey
from journeymap.model.service_levels import LEVEL_ORDER

if TYPE_CHECKING:
    from journeymap.analysis.results import JourneyAnalysis

__all__ = ["write_service_levels", "write_time_and_cost"]

_HEADING = Font(bold=True, size=12)
_COUNT, _MIN, _EUR = "#,##0", "#,##0.0", "#,##0.00"
TIME_AND_COST = word("Time and cost")
SERVICE_LEVELS = word("Service levels")
PERSONA_HEADERS = tuple(
    word(h) for h in ("Persona", "Share", "Customers", "Minutes", "Cost (€)", "Lost (€)")
)
TOTALS = word("Totals")
PER_PERSONA = word("Per persona (by share of customers)")
HAND_OFFS = word("Reactive hand-offs")
FROM, TO, CUSTOMERS, WHY = word("From"), word("To"), word("Customers"), word("Why")
LEVEL_NAMES = {level: word(str(level).replace("_", "-").capitalize()) for level in LEVEL_ORDER}

TIME_COLUMNS = (
    Column(word("Step ID"), None, width=16),
    Column(word("Step"), None, width=30),
    Column(word("Stage"), None, width=18),
    Column(word("Customers"), None, "float", 11, number_format=_COUNT),
    Column(word("Minutes"), None, "float", 9, number_format=_MIN),
    Column(word("Cost (€)"), None, "float", 9, number_format=_EUR),
    Column(word("All customers' minutes"), None, "float", 13, number_format=_COUNT),
    Column(word("All customers' cost (€)"), None, "float", 13, number_format=_EUR),
    Column(word("Minutes so far"), None, "float", 11, number_format=_MIN),
    Column(word("Cost so far (€)"), None, "float", 11, number_format=_EUR),
    Column(word("Dropped"), None, "float", 10, number_format=_COUNT),
    Column(word("Drop-off minutes"), None, "float", 12, number_format=_COUNT),
    Column(word("Drop-off cost (€)"), None, "float", 12, number_format=_EUR),
)

TOTAL_LABELS = (
    (word("Customers entering"), "entered", _COUNT),
    (word("Customers completing"), "completed", _COUNT),
    (word("Minutes, all customers"), "minutes", _COUNT),
    (word("Cost (€), all customers"), "euros", _EUR),
    (word("Minutes per customer who enters"), "minutes_per_entrant", _MIN),
    (word("Cost (€) per customer who enters"), "euros_per_entrant", _EUR),
    (word("Minutes per customer who completes"), "completer_minutes", _MIN),
    (word("Cost (€) per customer who completes"), "completer_euros", _EUR),
    (word("Cost (€) per completion, leavers included"), "euros_per_completion", _EUR),
    (word("Minutes spent on customers who left"), "lost_minutes", _COUNT),
    (word("Cost (€) spent on customers who left"), "lost_euros", _EUR),
)

LEVEL_COLUMNS = (
    Column(word("Stage ID"), None, width=16),
    Column(word("Stage"), None, width=22),
    Column(word("Touchpoints"), None, "int", 11),
    *(Column(LEVEL_NAMES[level], None, "int", 11) for level in LEVEL_ORDER),
    Column(word("No level"), None, "int", 10),
    Column(word("Summary"), None, width=46),
)


def _text(value: str | None) -> str | None:
    return to_cell_text(value) if value else None


def _cell(ws: Any, value: Any, fmt: str | None = None, font: Font | None = None) -> Any:
    cell = WriteOnlyCell(ws, value=value)
    if fmt is not None and value is not None:
        cell.number_format = fmt
    if font is not None:
        cell.font = font
    return cell


def write_time_and_cost(
    workbook: Any, journey: Journey, analysis: JourneyAnalysis, words: Words | None = None
) -> None:
    """The sheet "Time and cost", in ``words``' language (the journey's when ``None``)."""
    words = words or words_for(journey.language)
    cost = analysis.cost
    if cost is None:
        return
    stages = {s.id: s.name for s in journey.stages}
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
    ws, _ = write_table(
        workbook,
        words(TIME_AND_COST),
        "TimeAndCost",
        localised_columns(TIME_COLUMNS, words),
        rows,
        validate=False,
    )
    t = cost.totals
    ws.append([])
    ws.append([_cell(ws, words(TOTALS), font=_HEADING)])
    for label, attribute, fmt in TOTAL_LABELS:
        value = getattr(t, attribute)
        ws.append([None, words(label), None, _cell(ws, value, fmt)])
    personas = [p for p in journey.personas if p.id in cost.personas]
    if personas:
        ws.append([])
        ws.append([_cell(ws, words(PER_PERSONA), font=_HEADING)])
        ws.append([None, *(words(h) for h in PERSONA_HEADERS)])
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


def write_service_levels(
    workbook: Any, journey: Journey, analysis: JourneyAnalysis, words: Words | None = None
) -> None:
    """The sheet "Service levels", in ``words``' language (the journey's when ``None``)."""
    words = words or words_for(journey.language)
    report = analysis.service_levels
    if report is None:
        return
    stages = {s.id: s.name for s in journey.stages}
    steps = {s.id: s.title for s in journey.steps}
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
                _text(words.phrase(mix.phrase) if mix.phrase else None),
            ]
        )
    ws, _ = write_table(
        workbook,
        words(SERVICE_LEVELS),
        "ServiceLevels",
        localised_columns(LEVEL_COLUMNS, words),
        rows,
        validate=False,
    )
    ws.append([])
    ws.append([_cell(ws, words(HAND_OFFS), font=_HEADING)])
    ws.append([None, words(FROM), words(TO), words(CUSTOMERS), *[None] * 5, words(WHY)])
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
                _text(words.phrase(h.phrase)),
            ]
        )
