"""Time and cost per step, weighted by the flow: "counts, minutes and euros".

A step may give the minutes a customer spends there (``Step.duration_min``)
and the euros one visit costs (``Step.cost_eur``). With the flow of
:mod:`journeymap.analysis.flow` this gives:

* per step, what all its customers spend there (customers × figure);
* what a customer reaching a step has spent so far, this step included, on
  average over the paths the flow takes to it. With ``W[j]`` the total spent
  by the customers arriving at ``j`` (counted at ``j``), ``v[j]`` its
  customers and ``c[j]`` its figure, ``W = v·c + PᵀW`` where ``P[i→j]`` is the
  part of ``i``'s customers who move to ``j``: the same system as the flow,
  solved by the same :class:`~journeymap.analysis.propagation.Propagator`
  (loops included; a customer who goes round a loop pays each visit). The
  average is ``W[j] / v[j]``;
* the cost of a drop-off: the customers who leave at a step times what each
  had spent by then;
* for the journey: the totals, their part spent on customers who left, and per
  customer who entered, per customer who completed (what a completer spent on
  the way) and per completion (all spending divided by completions).

A missing figure counts as nothing spent at that step; the steps without one
are listed (``steps_without_minutes``, ``steps_without_euros``). Where the flow
to a step is unknown, its values are ``None``, and so are the totals when such
a step has a figure.

Examples
--------
>>> from journeymap.model import Journey, Stage, Step, Transition
>>> j = Journey(stages=[Stage(id="st", name="All")],
...     steps=[Step(id="a", title="Ask", stage_id="st", kind="start", volume=100,
...                 duration_min=5, cost_eur=2),
...            Step(id="b", title="Done", stage_id="st", kind="success", cost_eur=10)],
...     transitions=[Transition(id="t", source="a", target="b", share=0.5)])
>>> report = compute_cost(j)
>>> report.steps["a"].drop_off_euros, report.totals.euros, report.totals.euros_per_completion
(100.0, 700.0, 14.0)
"""

from __future__ import annotations

import numpy as np

from journeymap.analysis.cost_results import CostReport, CostTotals, PersonaCost, StepCost
from journeymap.analysis.flow import compute_flow
from journeymap.analysis.graph import JourneyGraph, index_journey
from journeymap.analysis.pace import paced
from journeymap.analysis.propagation import Propagator
from journeymap.analysis.results import FlowReport
from journeymap.model.entities import StepKind
from journeymap.model.journey import Journey

__all__ = ["CostReport", "CostTotals", "PersonaCost", "StepCost", "compute_cost"]


def compute_cost(
    journey: Journey, flow: FlowReport | None = None, *, graph: JourneyGraph | None = None
) -> CostReport:
    """Time and cost of a journey, per step, in total and per persona.

    Parameters
    ----------
    journey : Journey
    flow : FlowReport, optional
        The journey's flow, when already computed.
    graph : JourneyGraph, optional
        The journey's indexed graph, when already built.
    """
    graph = graph if graph is not None else index_journey(journey)
    flow = flow if flow is not None else compute_flow(journey, graph=graph)
    steps = {s.id: s for s in journey.steps}
    n = graph.n_steps
    figures = np.zeros((n, 2))
    given = np.zeros((n, 2), dtype=bool)
    inflow: list[float | None] = []
    for i, sid in enumerate(paced(graph.step_ids)):
        step = steps[sid]
        f = flow.steps.get(sid)
        inflow.append(f.inflow if f is not None else None)
        for k, value in enumerate((step.duration_min, step.cost_eur)):
            if value is not None:
                figures[i, k] = value
                given[i, k] = True
    spent = _spent(graph, flow, inflow, figures)
    fig, has = figures.tolist(), given.tolist()  # plain floats: cheaper per step than numpy
    step_costs: dict[str, StepCost] = {}
    for i, sid in enumerate(paced(graph.step_ids)):
        step_costs[sid] = _step_cost(sid, flow, inflow[i], fig[i], has[i], spent[i])
    totals = _totals(graph, flow, step_costs, has)
    personas = {p.id: _persona_cost(p.id, p.share, totals) for p in journey.personas}
    return CostReport(steps=step_costs, totals=totals, personas=personas)


def _spent(
    graph: JourneyGraph, flow: FlowReport, inflow: list[float | None], figures: np.ndarray
) -> list[tuple[float, float] | None]:
    """Per step, the average minutes and euros spent by a customer on arrival."""
    coefficient: list[float | None] = []
    for e, tid in enumerate(paced(graph.edge_ids)):
        moved = flow.transitions.get(tid)
        source = inflow[graph.edge_source[e]]
        coefficient.append(None if moved is None or not source else moved / source)
    unknown = [v is None for v in inflow]
    uncertain = [c is None for c in coefficient]
    propagator = Propagator(graph, graph.components())
    # One float solve per figure: scalar steps are cheaper than rows of two.
    solved = []
    for k in range(2):
        column = figures[:, k]
        if not column.any():
            solved.append([None if u else 0.0 for u in unknown])
            continue
        base = [float(column[i]) * (v or 0.0) for i, v in enumerate(inflow)]
        totals, _failed = propagator.solve(
            base, coefficient, unknown_in=unknown, uncertain=uncertain
        )
        solved.append(totals)
    spent: list[tuple[float, float] | None] = []
    for i, (w_min, w_eur) in enumerate(paced(zip(*solved, strict=True))):
        v = inflow[i]
        if w_min is None or w_eur is None or v is None:
            spent.append(None)
        elif v <= 0:
            spent.append((float(figures[i, 0]), float(figures[i, 1])))
        else:
            spent.append((w_min / v, w_eur / v))
    return spent


def _step_cost(
    sid: str,
    flow: FlowReport,
    customers: float | None,
    figure: list[float],
    given: list[bool],
    spent: tuple[float, float] | None,
) -> StepCost:
    f = flow.steps.get(sid)
    dropped = f.dropped if f is not None else None
    lost = max(dropped or 0.0, 0.0)
    known = customers is not None and spent is not None
    return StepCost(
        step_id=sid,
        customers=customers,
        minutes=figure[0] if given[0] else None,
        euros=figure[1] if given[1] else None,
        total_minutes=customers * figure[0] if customers is not None else None,
        total_euros=customers * figure[1] if customers is not None else None,
        spent_minutes=spent[0] if known and spent is not None else None,
        spent_euros=spent[1] if known and spent is not None else None,
        dropped=dropped,
        drop_off_minutes=lost * spent[0] if known and spent is not None else None,
        drop_off_euros=lost * spent[1] if known and spent is not None else None,
    )


def _sum(values: list[float | None]) -> float | None:
    return None if None in values else float(sum(values))  # type: ignore[arg-type]


def _totals(
    graph: JourneyGraph, flow: FlowReport, steps: dict[str, StepCost], given: list[list[bool]]
) -> CostTotals:
    """``given``: per step (in the graph's order), whether its minutes and its
    euros are given."""
    ids = graph.step_ids
    step_minutes: list[float | None] = []
    step_euros: list[float | None] = []
    lost_minutes_each: list[float | None] = []
    lost_euros_each: list[float | None] = []
    without_minutes: list[str] = []
    without_euros: list[str] = []
    ends: list[tuple[float | None, StepCost]] = []
    for i, (sid, (has_minutes, has_euros)) in enumerate(paced(zip(ids, given, strict=True))):
        cost = steps[sid]
        if has_minutes:
            step_minutes.append(cost.total_minutes)
        else:
            without_minutes.append(sid)
        if has_euros:
            step_euros.append(cost.total_euros)
        else:
            without_euros.append(sid)
        lost_minutes_each.append(cost.drop_off_minutes)
        lost_euros_each.append(cost.drop_off_euros)
        if graph.kinds[i] == StepKind.SUCCESS and sid in flow.steps:
            ends.append((flow.steps[sid].completed, cost))
    minutes = _sum(step_minutes) if step_minutes else None
    euros = _sum(step_euros) if step_euros else None
    lost_minutes = _sum(lost_minutes_each) if minutes is not None else None
    lost_euros = _sum(lost_euros_each) if euros is not None else None
    completed = _sum([c for c, _ in ends]) if ends else None
    completer_minutes = completer_euros = None
    if completed and all(c is not None and s.spent_euros is not None for c, s in ends):
        completer_minutes = sum((c or 0.0) * (s.spent_minutes or 0.0) for c, s in ends) / completed
        completer_euros = sum((c or 0.0) * (s.spent_euros or 0.0) for c, s in ends) / completed
    return CostTotals(
        entered=flow.total_entries,
        completed=completed,
        minutes=minutes,
        euros=euros,
        lost_minutes=lost_minutes,
        lost_euros=lost_euros,
        completer_minutes=completer_minutes if minutes is not None else None,
        completer_euros=completer_euros if euros is not None else None,
        steps_without_minutes=tuple(without_minutes),
        steps_without_euros=tuple(without_euros),
    )


def _persona_cost(persona_id: str, share: float | None, totals: CostTotals) -> PersonaCost:
    def part(value: float | None) -> float | None:
        return None if value is None or share is None else value * share

    return PersonaCost(
        persona_id=persona_id,
        share=share,
        entered=part(totals.entered),
        minutes=part(totals.minutes),
        euros=part(totals.euros),
        lost_euros=part(totals.lost_euros),
    )
