"""The insights' time-and-cost and service-level groups: rows built from the
analysis's :class:`~journeymap.analysis.cost_results.CostReport` and
:class:`~journeymap.analysis.service_levels.ServiceLevelReport`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from journeymap.canvas.analysis_text import formatter, render

if TYPE_CHECKING:
    from journeymap.analysis.results import JourneyAnalysis
    from journeymap.model.journey import Journey

__all__ = ["cost_rows", "service_level_rows"]

MAX_ROWS = 10
Row = tuple[str, list[tuple[str, str]], tuple[str, str] | None, str]


def _tr(text: str) -> str:
    return QCoreApplication.translate("InsightsTree", text)


def _title(journey: Journey, step_id: str) -> str:
    step = journey.find("steps", step_id)
    return step.title if step is not None and step.title else step_id


def cost_rows(journey: Journey, analysis: JourneyAnalysis) -> tuple[list[Row], int]:
    """The journey's time and cost per customer, then the costliest drop-offs."""
    cost = analysis.cost
    if cost is None or not cost.has_figures:
        return [], 0
    fmt, t = formatter(), cost.totals
    rows: list[Row] = []

    def both(minutes: float | None, euros: float | None) -> str:
        parts = []
        if t.euros is not None:
            parts.append(fmt.euros(euros))
        if t.minutes is not None:
            parts.append(fmt.minutes(minutes))
        return " · ".join(parts)

    rows.append(
        (
            _tr("Per customer who enters: {amount}").format(
                amount=both(t.minutes_per_entrant, t.euros_per_entrant)
            ),
            [],
            None,
            _tr("Expected time and cost of one customer, weighted by the flow"),
        )
    )
    rows.append(
        (
            _tr("Per customer who completes: {amount}").format(
                amount=both(t.completer_minutes, t.completer_euros)
            ),
            [],
            None,
            _tr("What a customer who reaches a success end has spent on the way"),
        )
    )
    if t.euros is not None:
        rows.append(
            (
                _tr("Per completion, leavers included: {amount}").format(
                    amount=fmt.euros(t.euros_per_completion)
                ),
                [],
                None,
                _tr("Everything spent divided by the customers who complete"),
            )
        )
    lost = cost.costliest_drop_offs(MAX_ROWS)
    for c in lost:
        amount = fmt.euros(c.drop_off_euros) if t.euros else fmt.minutes(c.drop_off_minutes)
        text = _tr("{step}: {amount} spent on {count} leavers").format(
            step=_title(journey, c.step_id), amount=amount, count=fmt.count(c.dropped)
        )
        rows.append((text, [("steps", c.step_id)], None, ""))
    return rows, len(rows)


def service_level_rows(journey: Journey, analysis: JourneyAnalysis) -> tuple[list[Row], int]:
    """The mix per stage, then the reactive hand-offs, busiest first."""
    report = analysis.service_levels
    if report is None or not report.has_levels:
        return [], 0
    rows: list[Row] = []
    for mix in report.stages:
        if mix.phrase is None:
            continue
        keys = [("steps", s.id) for s in journey.steps_in_stage(mix.stage_id)]
        rows.append((render(mix.phrase), keys, None, ""))
    for h in report.reactive_hand_offs[:MAX_ROWS]:
        keys = [("steps", h.source_id), ("steps", h.target_id)]
        text = f"{formatter().count(h.volume)} · {render(h.phrase)}"
        rows.append((text, keys, ("#e69f00", "⇄"), _tr("Reactive hand-off")))
    return rows, len(rows) + max(0, len(report.reactive_hand_offs) - MAX_ROWS)
