"""Structure and data checks: what in a journey looks unfinished or contradictory.

Each :class:`Check` has a stable ``code`` that tools may rely on:

======================  ========  ===============================================
code                    severity  meaning
======================  ========  ===============================================
broken_reference        error     an id points at nothing (a journey edited in memory)
no_steps                info      the journey has no steps yet
no_start                warning   no step is marked as a start
no_success_end          info      no step is marked as a success end
unreachable             warning   a step no start leads to
dead_end                warning   a step with no way out that is not a success end or exit
missing_ratings         warning   steps a persona has no rating for (one check per persona)
cycle                   info      a loop: customers can come back (allowed, reported)
start_volume_assumed    info      a start without a volume; 1,000 customers assumed
flow_unknown            info      steps whose customers cannot be worked out
more_out_than_in        warning   more customers leave a step than reach it
shares_over_100         warning   the shares out of a step add up to more than 100 %
share_volume_mismatch   warning   a transition's share and volume disagree
step_volume_mismatch    warning   a step's measured volume and its transitions in disagree
flow_unsolvable         warning   a loop nobody leaves (shares around it reach 100 %)
======================  ========  ===============================================

Contradictory data is reported, never corrected: the flow keeps the numbers it
was given.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from journeymap.analysis.flow import DEFAULT_COHORT, FlowReport, compute_flow, format_count
from journeymap.analysis.graph import (
    END_KINDS,
    JourneyGraph,
    index_journey,
    reachable,
)
from journeymap.analysis.ratings import RatingTable, rating_table
from journeymap.model.entities import StepKind
from journeymap.model.journey import Journey

__all__ = ["SEVERITIES", "Check", "run_checks"]

SEVERITIES = ("error", "warning", "info")

_LISTED = 5
"""How many step names a message lists before "and N more"."""


@dataclass(frozen=True, slots=True)
class Check:
    """One finding about a journey's structure or data."""

    code: str
    severity: str
    message: str
    step_ids: tuple[str, ...] = ()
    transition_ids: tuple[str, ...] = ()


def run_checks(
    journey: Journey,
    flow: FlowReport | None = None,
    *,
    graph: JourneyGraph | None = None,
    table: RatingTable | None = None,
) -> list[Check]:
    """Check a journey's structure and flow data.

    Parameters
    ----------
    journey : Journey
    flow : FlowReport, optional
        ``compute_flow(journey)``, if already computed.
    graph, table : optional
        ``index_journey(journey)`` and ``rating_table(journey, graph)``, if built.

    Returns
    -------
    list of Check
        Errors first, then warnings, then information.

    Examples
    --------
    >>> from journeymap.model import Journey, Stage, Step, Transition
    >>> j = Journey(
    ...     stages=[Stage(id="st", name="All")],
    ...     steps=[Step(id="s", title="Start", stage_id="st", kind="start", volume=10),
    ...            Step(id="a", title="Call", stage_id="st"),
    ...            Step(id="z", title="Lost", stage_id="st")],
    ...     transitions=[Transition(id="t", source="s", target="a", share=0.5)])
    >>> [(c.code, c.step_ids) for c in run_checks(j)]  # doctest: +NORMALIZE_WHITESPACE
    [('unreachable', ('z',)), ('dead_end', ('a',)), ('dead_end', ('z',)),
     ('no_success_end', ())]
    """
    graph = graph or index_journey(journey)
    flow = flow or compute_flow(journey, graph=graph)
    titles = {s.id: s.title for s in journey.steps}
    table = table or rating_table(journey, graph)
    checks = _references(graph, table)
    checks += _structure(graph, titles)
    checks += _ratings(journey, graph, table)
    checks += _flow(flow, titles)
    checks += _cycles(graph, titles)
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    return sorted(checks, key=lambda c: rank[c.severity])


def _name(step_id: str, titles: dict[str, str]) -> str:
    title = titles.get(step_id)
    return f'"{title}"' if title and title != step_id else f'"{step_id}"'


def _names(step_ids: list[str] | tuple[str, ...], titles: dict[str, str]) -> str:
    shown = ", ".join(_name(s, titles) for s in step_ids[:_LISTED])
    more = len(step_ids) - _LISTED
    return shown + (f" and {more:,} more" if more > 0 else "")


def _references(graph: JourneyGraph, table: RatingTable) -> list[Check]:
    """Transitions and ratings that point at nothing (possible in a journey being
    edited; a loaded file has none, :func:`journeymap.model.reference_problems`
    checks those)."""
    checks = [
        Check(
            "broken_reference",
            "error",
            f'transition "{tid}" connects a step that does not exist',
            transition_ids=(tid,),
        )
        for tid in graph.dangling
    ]
    for r in table.broken:
        checks.append(
            Check(
                "broken_reference",
                "error",
                f'a rating of step "{r.step_id}" by persona "{r.persona_id}" refers to '
                "an item that does not exist",
            )
        )
    return checks


def _structure(graph: JourneyGraph, titles: dict[str, str]) -> list[Check]:
    if graph.n_steps == 0:
        return [Check("no_steps", "info", "the journey has no steps yet")]
    checks: list[Check] = []
    if not graph.has_declared_start():
        checks.append(
            Check(
                "no_start",
                "warning",
                "no step is marked as a start; the steps nothing leads to are used instead",
            )
        )
    starts = graph.start_indices()
    seen = reachable(graph, starts)
    for node, sid in enumerate(graph.step_ids):
        if not seen[node]:
            checks.append(
                Check(
                    "unreachable",
                    "warning",
                    f"{_name(sid, titles)} cannot be reached from any start",
                    (sid,),
                )
            )
    for node, sid in enumerate(graph.step_ids):
        if not graph.out_edges[node] and graph.kinds[node] not in END_KINDS:
            checks.append(
                Check(
                    "dead_end",
                    "warning",
                    f"{_name(sid, titles)} leads nowhere but is not marked as a success "
                    "end or an exit",
                    (sid,),
                )
            )
    if StepKind.SUCCESS not in graph.kinds:
        checks.append(
            Check(
                "no_success_end",
                "info",
                "no step is marked as a success end, so there is no conversion to report",
            )
        )
    return checks


def _ratings(journey: Journey, graph: JourneyGraph, table: RatingTable) -> list[Check]:
    titles = {s.id: s.title for s in journey.steps} if journey.personas else {}
    present = table.present
    checks = []
    for column, persona in enumerate(journey.personas):
        rated = np.zeros(graph.n_steps, dtype=bool)
        rated[table.node[present & (table.persona == column)]] = True
        missing = [graph.step_ids[i] for i in np.flatnonzero(~rated).tolist()]
        if not missing:
            continue
        checks.append(
            Check(
                "missing_ratings",
                "warning",
                f"{persona.name or persona.id} has no ratings at {len(missing):,} "
                f"step{'s' if len(missing) != 1 else ''}: {_names(missing, titles)}",
                tuple(missing),
            )
        )
    return checks


def _flow(flow: FlowReport, titles: dict[str, str]) -> list[Check]:
    checks = [
        Check(issue.code, "warning", issue.message, issue.step_ids, issue.transition_ids)
        for issue in flow.issues
    ]
    for sid in flow.assumed_entries:
        checks.append(
            Check(
                "start_volume_assumed",
                "info",
                f"the start {_name(sid, titles)} has no volume; {DEFAULT_COHORT:,} customers "
                "are assumed, so counts are notional and rates are real",
                (sid,),
            )
        )
    unknown = [sid for sid, s in flow.steps.items() if s.inflow is None]
    if unknown:
        checks.append(
            Check(
                "flow_unknown",
                "info",
                f"customers at {len(unknown):,} step{'s' if len(unknown) != 1 else ''} "
                f"cannot be worked out (a transition with no volume or share leads there): "
                f"{_names(unknown, titles)}",
                tuple(unknown),
            )
        )
    return checks


def _cycles(graph: JourneyGraph, titles: dict[str, str]) -> list[Check]:
    checks = []
    for comp in graph.components():
        node = comp[0]
        if len(comp) == 1 and not any(graph.edge_target[e] == node for e in graph.out_edges[node]):
            continue
        ids = tuple(graph.step_ids[i] for i in comp)
        members = set(comp)
        inside = tuple(
            graph.edge_ids[e]
            for i in comp
            for e in graph.out_edges[i]
            if graph.edge_target[e] in members
        )
        what = "returns to itself" if len(comp) == 1 else "form a loop"
        checks.append(
            Check(
                "cycle",
                "info",
                f"{_names(ids, titles)} {what}: customers can come back "
                f"({format_count(len(inside))} transition{'s' if len(inside) != 1 else ''})",
                ids,
                inside,
            )
        )
    return checks
