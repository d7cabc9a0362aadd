"""The whole analysis of a journey in one call, as data, as JSON and as text."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from journeymap.analysis.channels import find_channel_switches
from journeymap.analysis.checks import run_checks
from journeymap.analysis.cost import compute_cost
from journeymap.analysis.cost_results import CostReport
from journeymap.analysis.evidence import rating_estimates, ratings_to_dicts
from journeymap.analysis.flow import compute_flow
from journeymap.analysis.graph import index_journey
from journeymap.analysis.pace import checkpoint
from journeymap.analysis.pain_points import find_pain_points
from journeymap.analysis.phrases import (
    ENGLISH,
    counted,
    format_count,
    format_drop,
    format_rate,
)
from journeymap.analysis.ratings import rating_table
from journeymap.analysis.results import JourneyAnalysis
from journeymap.analysis.service_levels import ServiceLevelReport, find_service_levels
from journeymap.analysis.summary import summarise
from journeymap.model.gcpause import gc_paused
from journeymap.model.journey import Journey

__all__ = [
    "JourneyAnalysis",
    "UnknownPersonaError",
    "analyse",
    "analysis_to_dict",
    "format_report",
]

TOP_DROP_OFFS = 10
TOP_PAIN_POINTS = 15
TOP_SWITCHES = 10
TOP_CHECKS = 25
TOP_STARTS = 3
TOP_CONVERSIONS = 6

_MARK = {"critical": "‼", "major": "!", "minor": "·"}


class UnknownPersonaError(ValueError):
    """``analyse`` was asked about a persona the journey does not have."""


def analyse(journey: Journey, persona_id: str | None = None) -> JourneyAnalysis:
    """Flow, pain points, channel switches, checks and summary of a journey.

    Parameters
    ----------
    journey : Journey
    persona_id : str, optional
        Limit pain points, emotion curves and scores to this persona.

    Raises
    ------
    UnknownPersonaError
        When ``persona_id`` is not a persona of the journey.

    Examples
    --------
    >>> from journeymap.model import Journey, Persona, Rating, Stage, Step, Transition
    >>> j = Journey(personas=[Persona(id="p", name="Pat")],
    ...     stages=[Stage(id="st", name="All")],
    ...     steps=[Step(id="s", title="Ask", stage_id="st", kind="start", volume=200),
    ...            Step(id="e", title="Done", stage_id="st", kind="success")],
    ...     transitions=[Transition(id="t", source="s", target="e", volume=150)],
    ...     ratings=[Rating(step_id="s", persona_id="p", ease=2)])
    >>> a = analyse(j)
    >>> a.flow.steps["s"].dropped, [p.reasons for p in a.pain_points]
    (50.0, [('ease 2/5', '50 customers lost here (25 %)')])
    >>> [c.code for c in a.checks]
    ['missing_ratings']
    """
    if persona_id is not None and not any(p.id == persona_id for p in journey.personas):
        known = ", ".join(p.id for p in journey.personas) or "none"
        raise UnknownPersonaError(f'unknown persona "{persona_id}" (personas: {known})')
    with gc_paused():
        return _analyse(journey, persona_id)


def _analyse(journey: Journey, persona_id: str | None) -> JourneyAnalysis:
    # A checkpoint between the parts lets a waiting window go first (pace.py).
    graph = index_journey(journey)
    checkpoint()
    flow = compute_flow(journey, graph=graph)
    checkpoint()
    table = rating_table(journey, graph)
    checkpoint()
    switches = find_channel_switches(journey, flow, graph=graph)
    checkpoint()
    pain_points = find_pain_points(journey, flow, persona_id, graph=graph, table=table)
    checkpoint()
    checks = run_checks(journey, flow, graph=graph, table=table)
    checkpoint()
    summary = summarise(journey, flow, persona_id=persona_id, graph=graph, table=table)
    checkpoint()
    cost = compute_cost(journey, flow, graph=graph)
    checkpoint()
    service_levels = find_service_levels(journey, switches)
    checkpoint()
    return JourneyAnalysis(
        flow=flow,
        pain_points=pain_points,
        channel_switches=switches,
        checks=checks,
        summary=summary,
        persona_id=persona_id,
        cost=cost,
        service_levels=service_levels,
    )


def _num(value: float | None) -> float | int | None:
    if value is None:
        return None
    value = round(float(value), 6)
    return int(value) if value.is_integer() and abs(value) < 2**53 else value


def analysis_to_dict(analysis: JourneyAnalysis, journey: Journey | None = None) -> dict[str, Any]:
    """The analysis as JSON-ready data (what ``journeymap analyze --json`` prints).

    Steps are listed in map order when ``journey`` is given, else in flow order.
    ``ratings`` (given with ``journey``) has one entry per step, persona and
    measure: its n-weighted ``mean`` over the counted sources, ``n``, the 95 %
    interval ``ci_low``/``ci_high`` (``null`` when the spread is unknown) and
    the ``sources`` it is made of (see :mod:`journeymap.analysis.evidence`).

    Examples
    --------
    >>> from journeymap.model import Journey, Stage, Step
    >>> j = Journey(stages=[Stage(id="st", name="All")],
    ...             steps=[Step(id="s", title="Ask", stage_id="st", kind="start", volume=5)])
    >>> analysis_to_dict(analyse(j), j)["steps"]
    [{'id': 's', 'title': 'Ask', 'in': 5, 'out': 0, 'dropped': 5, 'drop_off_rate': 1, \
'basis': 'measured', 'completed': None}]
    """
    flow = analysis.flow
    titles = {s.id: s.title for s in journey.steps} if journey else {}
    order = [s.id for s in journey.ordered_steps()] if journey else list(flow.steps)
    steps = []
    for sid in order:
        f = flow.steps.get(sid)
        if f is None:
            continue
        steps.append(
            {
                "id": sid,
                "title": titles.get(sid, sid),
                "in": _num(f.inflow),
                "out": _num(f.outflow),
                "dropped": _num(f.dropped),
                "drop_off_rate": _num(f.drop_off_rate),
                "basis": f.basis,
                "completed": _num(f.completed),
            }
        )
    s = analysis.summary
    return {
        "journey": {
            "id": journey.id if journey else "",
            "title": journey.title if journey else "",
        },
        "persona": analysis.persona_id,
        "entries": {k: _num(v) for k, v in flow.entries.items()},
        "assumed_entries": list(flow.assumed_entries),
        "steps": steps,
        "ratings": ratings_to_dicts(rating_estimates(journey)) if journey else [],
        "transitions": [{"id": k, "customers": _num(v)} for k, v in flow.transitions.items()],
        "conversions": [
            {"start": a, "end": b, "rate": _num(rate)} for (a, b), rate in flow.conversions.items()
        ],
        "pain_points": [
            {
                "rank": i,
                "step_id": p.step_id,
                "persona_id": p.persona_id,
                "score": _num(p.score),
                "severity": p.severity,
                "reasons": list(p.reasons),
                "affected": _num(p.affected),
                "intensity": _num(p.intensity),
                "drop_off_rate": _num(p.drop_off_rate),
            }
            for i, p in enumerate(analysis.pain_points, start=1)
        ],
        "channel_switches": [
            {
                "transition_id": c.transition_id,
                "source_id": c.source_id,
                "target_id": c.target_id,
                "from_channel": c.from_channel,
                "to_channel": c.to_channel,
                "from_owner": c.from_owner,
                "to_owner": c.to_owner,
                "changes_channel": c.changes_channel,
                "changes_owner": c.changes_owner,
                "volume": _num(c.volume),
                "reason": c.reason,
            }
            for c in analysis.channel_switches
        ],
        "checks": [
            {
                "code": c.code,
                "severity": c.severity,
                "message": c.message,
                "step_ids": list(c.step_ids),
                "transition_ids": list(c.transition_ids),
            }
            for c in analysis.checks
        ],
        "cost": cost_to_dict(analysis.cost, order) if analysis.cost else None,
        "service_levels": (
            service_levels_to_dict(analysis.service_levels, order)
            if analysis.service_levels
            else None
        ),
        "summary": {
            "main_path": s.main_path,
            "worst_path": s.worst_path,
            "worst_path_pain": _num(s.worst_path_pain),
            "emotion_curves": {
                p: [[sid, _num(v)] for sid, v in curve] for p, curve in s.emotion_curves.items()
            },
            "scores": {
                p: {
                    "score": _num(sc.score),
                    "rated_steps": sc.rated_steps,
                    "missing_steps": sc.missing_steps,
                    "mean_goal": _num(sc.mean_goal),
                    "mean_ease": _num(sc.mean_ease),
                    "mean_emotion": _num(sc.mean_emotion),
                }
                for p, sc in s.scores.items()
            },
        },
    }


def cost_to_dict(cost: CostReport, order: list[str]) -> dict[str, Any]:
    """Time and cost as JSON-ready data: ``steps`` in map order and ``totals``."""
    t = cost.totals
    steps = []
    for sid in order:
        c = cost.steps.get(sid)
        if c is None:
            continue
        steps.append(
            {
                "id": sid,
                "customers": _num(c.customers),
                "minutes": _num(c.minutes),
                "euros": _num(c.euros),
                "total_minutes": _num(c.total_minutes),
                "total_euros": _num(c.total_euros),
                "spent_minutes": _num(c.spent_minutes),
                "spent_euros": _num(c.spent_euros),
                "dropped": _num(c.dropped),
                "drop_off_minutes": _num(c.drop_off_minutes),
                "drop_off_euros": _num(c.drop_off_euros),
            }
        )
    return {
        "steps": steps,
        "totals": {
            "entered": _num(t.entered),
            "completed": _num(t.completed),
            "minutes": _num(t.minutes),
            "euros": _num(t.euros),
            "minutes_per_entrant": _num(t.minutes_per_entrant),
            "euros_per_entrant": _num(t.euros_per_entrant),
            "minutes_per_completer": _num(t.completer_minutes),
            "euros_per_completer": _num(t.completer_euros),
            "minutes_per_completion": _num(t.minutes_per_completion),
            "euros_per_completion": _num(t.euros_per_completion),
            "lost_minutes": _num(t.lost_minutes),
            "lost_euros": _num(t.lost_euros),
            "steps_without_minutes": list(t.steps_without_minutes),
            "steps_without_euros": list(t.steps_without_euros),
        },
        "personas": {
            pid: {
                "share": _num(p.share),
                "entered": _num(p.entered),
                "minutes": _num(p.minutes),
                "euros": _num(p.euros),
                "lost_euros": _num(p.lost_euros),
            }
            for pid, p in cost.personas.items()
        },
    }


def service_levels_to_dict(report: ServiceLevelReport, order: list[str]) -> dict[str, Any]:
    """Service levels as JSON-ready data: each step's level, the mix per stage,
    the reactive hand-offs."""
    return {
        "steps": {
            sid: (str(report.levels[sid]) if report.levels.get(sid) else None)
            for sid in order
            if sid in report.levels
        },
        "stages": [
            {
                "stage_id": m.stage_id,
                "touchpoints": m.touchpoints,
                "levels": {str(level): count for level, count in m.counts},
                "unset": m.unset,
                "summary": m.phrase.text() if m.phrase else None,
            }
            for m in report.stages
        ],
        "reactive_hand_offs": [
            {
                "transition_id": h.transition_id,
                "source_id": h.source_id,
                "target_id": h.target_id,
                "level": str(h.level),
                "volume": _num(h.volume),
                "reason": h.phrase.text(),
            }
            for h in report.reactive_hand_offs
        ],
    }


def _more(lines: list[str], total: int, shown: int) -> None:
    if total > shown:
        lines.append(f"  … and {total - shown:,} more")


def format_report(analysis: JourneyAnalysis, journey: Journey) -> str:
    """A readable text report: key figures, top drop-offs, ranked pain points with
    their reasons, channel switches and hand-offs, and the checks."""
    titles = {s.id: s.title for s in journey.steps}
    personas = {p.id: p.name or p.id for p in journey.personas}

    def name(sid: str) -> str:
        return f'"{titles.get(sid, sid)}"'

    flow = analysis.flow
    lines = [f"{journey.title} — journey analysis"]
    if analysis.persona_id:
        lines.append(f"Persona: {personas.get(analysis.persona_id, analysis.persona_id)}")
    lines.append(
        " · ".join(
            (
                counted(len(journey.steps), "step", "steps"),
                counted(len(journey.stages), "stage", "stages"),
                counted(len(journey.personas), "persona", "personas"),
                counted(len(journey.transitions), "transition", "transitions"),
            )
        )
    )
    lines += _key_figures(analysis, name, personas)
    lines += ["", "Top drop-offs"]
    drops = sorted(
        (f for f in flow.steps.values() if f.loses_customers),
        key=lambda f: -(f.dropped or 0.0),
    )
    for f in drops[:TOP_DROP_OFFS]:
        drop = format_drop(f.dropped or 0.0, f.drop_off_rate)
        lines.append(f"  {drop:>16} lost at {name(f.step_id)} of {format_count(f.inflow)}")
    if not drops:
        lines.append("  none found")
    _more(lines, len(drops), TOP_DROP_OFFS)

    lines += ["", "Pain points, worst first"]
    for i, p in enumerate(analysis.pain_points[:TOP_PAIN_POINTS], start=1):
        lines.append(
            f"  {i:>2}. {_MARK[p.severity]} {p.severity:<8} {name(p.step_id)} — "
            f"{personas.get(p.persona_id, p.persona_id)}: {', '.join(p.reasons)}"
        )
    if not analysis.pain_points:
        lines.append("  none found")
    _more(lines, len(analysis.pain_points), TOP_PAIN_POINTS)

    lines += ["", "Channel switches and hand-offs"]
    for switch in analysis.channel_switches[:TOP_SWITCHES]:
        lines.append(
            f"  {name(switch.source_id)} → {name(switch.target_id)} "
            f"[{format_count(switch.volume)} customers]: {switch.reason}"
        )
    if not analysis.channel_switches:
        lines.append("  none found")
    _more(lines, len(analysis.channel_switches), TOP_SWITCHES)

    lines += _cost_lines(analysis.cost, name)
    lines += _service_level_lines(analysis.service_levels)

    lines += ["", "Checks"]
    for c in analysis.checks[:TOP_CHECKS]:
        lines.append(f"  {c.severity:<7} {c.code}: {c.message}")
    if not analysis.checks:
        lines.append("  no problems found")
    _more(lines, len(analysis.checks), TOP_CHECKS)
    return "\n".join(lines) + "\n"


def _cost_lines(cost: CostReport | None, name: Callable[[str], str]) -> list[str]:
    if cost is None or not cost.has_figures:
        return []
    t, fmt = cost.totals, ENGLISH
    lines = ["", "Time and cost"]
    if t.minutes is not None:
        lines.append(
            f"  Minutes: {fmt.minutes(t.minutes_per_entrant)} per customer who enters, "
            f"{fmt.minutes(t.completer_minutes)} per customer who completes"
        )
    if t.euros is not None:
        lines.append(
            f"  Euros: {fmt.euros(t.euros_per_entrant)} per customer who enters, "
            f"{fmt.euros(t.completer_euros)} per customer who completes, "
            f"{fmt.euros(t.euros_per_completion)} per completion"
        )
        lines.append(
            f"  Spent in all: {fmt.euros(t.euros)}, of which on customers who left: "
            f"{fmt.euros(t.lost_euros)}"
        )
    for c in cost.costliest_drop_offs(TOP_DROP_OFFS):
        lines.append(
            f"  {fmt.euros(c.drop_off_euros):>12} · {fmt.minutes(c.drop_off_minutes)} "
            f"spent on the {fmt.count(c.dropped)} customers lost at {name(c.step_id)}"
        )
    return lines


def _service_level_lines(report: ServiceLevelReport | None) -> list[str]:
    if report is None or not report.has_levels:
        return []
    lines = ["", "Service levels"]
    lines += [f"  {m.phrase.text()}" for m in report.stages if m.phrase is not None]
    for h in report.reactive_hand_offs[:TOP_SWITCHES]:
        lines.append(f"  [{format_count(h.volume)} customers] {h.phrase.text()}")
    _more(lines, len(report.reactive_hand_offs), TOP_SWITCHES)
    return lines


def _key_figures(
    analysis: JourneyAnalysis, name: Callable[[str], str], personas: dict[str, str]
) -> list[str]:
    flow, summary = analysis.flow, analysis.summary
    lines: list[str] = []
    if flow.entries:
        busiest = sorted(flow.entries.items(), key=lambda kv: -(kv[1] or 0.0))
        shown = ", ".join(f"{format_count(v)} at {name(k)}" for k, v in busiest[:TOP_STARTS])
        if len(busiest) > TOP_STARTS:
            shown = (
                f"{format_count(flow.total_entries)} at {len(busiest):,} starts, most at {shown} …"
            )
        note = " (assumed: no volume given)" if flow.assumed_entries else ""
        lines.append(f"Customers entering: {shown}{note}")
    conversions = sorted(flow.conversions.items(), key=lambda kv: -(kv[1] or 0.0))
    for (start, end), rate in conversions[:TOP_CONVERSIONS]:
        lines.append(f"Conversion {name(start)} → {name(end)}: {format_rate(rate)}")
    if len(conversions) > TOP_CONVERSIONS:
        lines.append(f"  … and {len(conversions) - TOP_CONVERSIONS:,} more conversions")
    for pid, sc in summary.scores.items():
        score = "?" if sc.score is None else f"{sc.score:+.0f}".replace("-", "−")
        lines.append(
            f"Journey score, {personas.get(pid, pid)}: {score} on −100..+100 "
            f"({counted(sc.rated_steps, 'step', 'steps')} rated, {sc.missing_steps:,} missing)"
        )
    if summary.main_path:
        lines.append("Main path: " + " → ".join(name(s) for s in summary.main_path[:12]))
        if len(summary.main_path) > 12:
            lines[-1] += f" … ({len(summary.main_path):,} steps)"
    if summary.worst_path:
        lines.append("Worst path: " + " → ".join(name(s) for s in summary.worst_path[:12]))
        if len(summary.worst_path) > 12:
            lines[-1] += f" … ({len(summary.worst_path):,} steps)"
    return lines
