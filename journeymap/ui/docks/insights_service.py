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


def observed_rows(journey: Journey) -> tuple[list[Row], int] | None:
    """Designed vs observed (:func:`journeymap.analysis.observed.designed_share`):
    how much of the observed traffic the design explains, then the moves only
    the event log has, most first; ``None`` when the journey has none."""
    from journeymap.analysis.observed import designed_share
    from journeymap.canvas.analysis_text import count_text, rate_text

    result = designed_share(journey)
    if result is None:
        return None
    rows: list[Row] = []
    keys = [("transitions", tid) for tid in result.observed_transitions]
    if result.share is not None:
        text = _tr("The design explains {share} of the observed moves ({designed} of {total})")
        text = text.format(
            share=rate_text(result.share),
            designed=count_text(result.designed),
            total=count_text(result.total),
        )
        rows.append((text, keys, None, ""))
    for tid in result.observed_transitions[:MAX_ROWS]:
        t = journey.find("transitions", tid)
        if t is None:
            continue
        text = _tr("{source} → {target}: {count}, not designed").format(
            source=_title(journey, t.source),
            target=_title(journey, t.target),
            count=count_text(t.volume or 0),
        )
        rows.append((text, [("transitions", tid)], None, ""))
    if result.untaken:
        text = _tr("{count} designed transitions nobody took").format(
            count=count_text(len(result.untaken))
        )
        rows.append((text, [("transitions", tid) for tid in result.untaken], None, ""))
    hidden = max(0, len(result.observed_transitions) - MAX_ROWS)
    return rows, len(rows) + hidden
