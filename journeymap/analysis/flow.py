"""Customer flow through a journey: how many reach each step, go on, and drop off.

The rules
---------
Numbers come from three places, and a journey may mix them freely:

* a **step volume** (``Step.volume``) is a measured count of the customers who
  reached the step. It is taken as that step's inflow, whatever the incoming
  transitions say; when they say something else, the difference is reported;
* a **transition volume** (``Transition.volume``) is a measured count of the
  customers who made that move;
* a **transition share** (``Transition.share``) is the part of the source
  step's customers (its inflow) who made that move. A transition with both a
  volume and a share uses the volume; a disagreement is reported.

A transition with neither is worked out when its target has a step volume and
every other transition into the target carries a volume (the rest is its
share of the target's count); otherwise its flow is unknown, and so is
everything downstream that depends on it.

Customers enter at **start** steps (kind ``"start"``; when no step is marked
as a start, at the steps no transition leads to). A start step with a volume
lets in that many. A start without a volume whose transitions out all carry
volumes lets in their sum. Any other start lets in :data:`DEFAULT_COHORT`
(1,000) customers: the counts are then notional, the rates are real, and the
report lists the start in :attr:`FlowReport.assumed_entries`.

Shares are propagated through the graph, loops included, by solving the
linear system ``v = s + Pᵀv`` (``s``: customers entering or fixed by measured
counts and volumes; ``P``: shares between steps) one strongly connected
component at a time, in topological order of the condensation: a step outside
any loop is one addition, a loop is one small linear solve (dense with numpy,
or sparse with scipy for a large loop). Nothing is unrolled.

Drop-off
--------
``dropped = in − out`` where ``out`` is the customers on all transitions out.
At a **success end** nobody is lost: the customers who stop there finished
(``completed``) and ``dropped`` is 0. At an **exit** step customers leave the
journey, so they count as dropped. A negative ``dropped`` (more going out than
coming in) is kept as it is and reported in :attr:`FlowReport.issues`.

**Conversion** from a start to a success end is the part of the customers
entering at that start who reach the end, following the splits the flow found
at every step. Each start costs one pass over the steps it reaches, so a
journey with more than :data:`MAX_CONVERSION_STARTS` starts gets conversions
for its busiest starts only.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from journeymap.analysis.graph import JourneyGraph, index_journey
from journeymap.analysis.pace import EVERY, checkpoint, paced
from journeymap.analysis.phrases import (
    Count,
    Names,
    Phrase,
    Quoted,
    Rate,
    format_count,
    format_rate,
    template,
)
from journeymap.analysis.propagation import Propagator
from journeymap.analysis.results import FlowIssue, FlowReport, StepFlow
from journeymap.model.entities import StepKind
from journeymap.model.journey import Journey

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "DEFAULT_COHORT",
    "FlowIssue",
    "FlowReport",
    "StepFlow",
    "compute_flow",
    "flow_arrays",
    "format_count",
    "format_rate",
]

DEFAULT_COHORT = 1000
"""Customers assumed to enter at a start step that has no measured volume."""

MAX_CONVERSION_STARTS = 20
"""Conversions are worked out for at most this many starts, the busiest ones."""

UNSOLVABLE = template(
    "customers in the loop {steps} never leave it: the shares around the loop add up to "
    "100 % or more, so its counts cannot be worked out"
)
SHARES_OVER_100 = template(
    "the shares of the transitions out of {step} add up to {rate}, more than all its customers"
)
MORE_OUT_THAN_IN = template("{out} customers leave {step} but only {inflow} reach it")
SHARE_VOLUME_MISMATCH = template(
    "transition {transition} says {volume} customers but {share} of {inflow} is {expected}"
)
STEP_VOLUME_MISMATCH = template(
    "{step} has {measured} customers recorded, but its transitions in bring {total}"
)


def _issue(code: str, phrase: Phrase, **where: tuple[str, ...]) -> FlowIssue:
    return FlowIssue(code, phrase.text(), phrase=phrase, **where)


def flow_arrays(flow: FlowReport, step_ids: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Inflow, drop-off rate and dropped for ``step_ids``, as arrays (NaN if unknown).

    >>> report = FlowReport(steps={"a": StepFlow("a", 10.0, 8.0, 2.0, 0.2)},
    ...                     transitions={}, conversions={})
    >>> [a.tolist() for a in flow_arrays(report, ["a", "b"])]
    [[10.0, nan], [0.2, nan], [2.0, nan]]
    """
    import numpy as np

    nan = math.nan
    steps = list(flow.steps.values())
    if len(steps) != len(step_ids) or any(
        f.step_id != sid for f, sid in zip(steps, step_ids, strict=True)
    ):
        blank = StepFlow("", None, None, None, None)
        steps = [flow.steps.get(sid, blank) for sid in step_ids]
    inflow: list[float] = []
    rate: list[float] = []
    dropped: list[float] = []
    for f in paced(steps):
        inflow.append(nan if f.inflow is None else f.inflow)
        rate.append(nan if f.drop_off_rate is None else f.drop_off_rate)
        dropped.append(nan if f.dropped is None else f.dropped)
    return np.array(inflow, float), np.array(rate, float), np.array(dropped, float)


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 0.5 + 0.005 * max(abs(a), abs(b))


def compute_flow(
    journey: Journey, *, graph: JourneyGraph | None = None, conversions: bool = True
) -> FlowReport:
    """Work out in, out and drop-off at every step, and conversion to success ends.

    Parameters
    ----------
    journey : Journey
        The journey; see the module docstring for how volumes and shares are read.
    graph : JourneyGraph, optional
        ``index_journey(journey)``, if already built.
    conversions : bool, default True
        Work out the conversions from starts to success ends (the only part
        that needs NumPy); without them ``FlowReport.conversions`` is empty.

    Returns
    -------
    FlowReport

    Examples
    --------
    A start with 1,000 customers, 70 % go on to A, 90 % of A to the success end E:

    >>> from journeymap.model import Journey, Stage, Step, Transition
    >>> j = Journey(
    ...     stages=[Stage(id="st", name="All")],
    ...     steps=[Step(id="S", title="S", stage_id="st", kind="start", volume=1000),
    ...            Step(id="A", title="A", stage_id="st"),
    ...            Step(id="E", title="E", stage_id="st", kind="success")],
    ...     transitions=[Transition(id="t1", source="S", target="A", share=0.7),
    ...                  Transition(id="t2", source="A", target="E", share=0.9)])
    >>> flow = compute_flow(j)
    >>> flow.steps["A"].inflow, flow.steps["A"].dropped, flow.steps["E"].dropped
    (700.0, 70.0, 0.0)
    >>> round(flow.conversions[("S", "E")], 2)
    0.63
    """
    graph = graph or index_journey(journey)
    solver = _FlowSolver(graph)
    return solver.run(conversions=conversions)


class _FlowSolver:
    def __init__(self, graph: JourneyGraph):
        self.g = graph
        self.issues: list[FlowIssue] = []
        self.propagator = Propagator(graph)

    # -- the steps ------------------------------------------------------------

    def run(self, *, conversions: bool = True) -> FlowReport:
        g = self.g
        n, m = g.n_steps, g.n_edges
        fixed: list[float | None] = [None if v is None else float(v) for v in g.step_volumes]
        base = [0.0] * n
        starts = g.start_indices()
        assumed: list[int] = []
        for s in starts:
            if fixed[s] is not None:
                continue
            outs = g.out_edges[s]
            if outs and all(g.edge_volume[e] is not None for e in outs):
                fixed[s] = float(sum(g.edge_volume[e] for e in outs))  # type: ignore[misc]
            else:
                base[s] += DEFAULT_COHORT
                assumed.append(s)

        constant = self._constant_edges(fixed)
        coefficient: list[float | None] = [None] * m
        unknown = [False] * n
        for e in paced(range(m)):
            target = g.edge_target[e]
            if constant[e] is not None:
                base[target] += constant[e]  # type: ignore[operator]
            elif g.edge_share[e] is not None:
                coefficient[e] = g.edge_share[e]
            elif fixed[target] is None:
                unknown[target] = True

        inflow, failed = self.propagator.solve(base, coefficient, fixed=fixed, unknown_in=unknown)
        for comp in failed:
            self._unsolvable(comp)
        flows: list[float | None] = []
        for e in paced(range(m)):
            if constant[e] is not None:
                flows.append(constant[e])
            else:
                v = inflow[g.edge_source[e]]
                share = g.edge_share[e]
                flows.append(None if v is None or share is None else share * v)

        steps = self._step_flows(inflow, flows, fixed, assumed)
        self._check_consistency(inflow, flows, fixed, starts)
        entries = self._entries(starts, inflow, flows)
        return FlowReport(
            steps=steps,
            transitions=dict(zip(g.edge_ids, flows, strict=True)),
            conversions=self._conversions(starts, inflow, flows, entries) if conversions else {},
            entries={g.step_ids[s]: entries[s] for s in starts},
            assumed_entries=tuple(g.step_ids[s] for s in assumed),
            issues=tuple(self.issues),
        )

    def _constant_edges(self, fixed: list[float | None]) -> list[float | None]:
        """Transition counts known before solving: volumes, and transitions with no
        data into a measured step whose other transitions in carry volumes."""
        g = self.g
        constant: list[float | None] = [None if v is None else float(v) for v in g.edge_volume]
        for target in paced(range(g.n_steps)):
            if fixed[target] is None:
                continue
            ins = g.in_edges[target]
            blank = [e for e in ins if g.edge_volume[e] is None and g.edge_share[e] is None]
            if len(blank) != 1 or any(g.edge_volume[e] is None for e in ins if e != blank[0]):
                continue
            rest = fixed[target] - sum(g.edge_volume[e] for e in ins if e != blank[0])  # type: ignore[operator,misc]
            if rest >= 0:
                constant[blank[0]] = rest
        return constant

    def _unsolvable(self, comp: list[int]) -> None:
        ids = tuple(self.g.step_ids[node] for node in comp)
        self.issues.append(
            _issue(
                "flow_unsolvable",
                Phrase(UNSOLVABLE, (("steps", Names.of(ids, limit=8, counted=False)),)),
                step_ids=ids,
            )
        )

    def _step_flows(self, inflow, flows, fixed, assumed) -> dict[str, StepFlow]:
        g = self.g
        assumed_set = set(assumed)
        result: dict[str, StepFlow] = {}
        for node, sid in enumerate(g.step_ids):
            if not node % EVERY:
                checkpoint()
            v = inflow[node]
            out: float | None = 0.0
            for e in g.out_edges[node]:
                f = flows[e]
                if f is None:
                    out = None
                    break
                out += f  # type: ignore[operator]
            if g.step_volumes[node] is not None:
                basis = "measured"
            elif node in assumed_set:
                basis = "assumed"
            elif v is None:
                basis = "unknown"
            else:
                basis = "computed"
            left = None if v is None or out is None else v - out
            completed = None
            dropped = left
            if g.kinds[node] == StepKind.SUCCESS and left is not None:
                completed, dropped = left, 0.0
            # A rate needs customers to divide by: a step that reaches less than a
            # billionth of one (a share of 5e-324, say) has none, and the quotient
            # of two such numbers is noise or infinite.
            rate = dropped / v if dropped is not None and v is not None and v > 1e-9 else None
            result[sid] = StepFlow(sid, v, out, dropped, rate, basis, completed)
        return result

    def _check_consistency(self, inflow, flows, fixed, starts) -> None:
        g = self.g
        start_set = set(starts)
        for node, sid in enumerate(g.step_ids):
            if not node % EVERY:
                checkpoint()
            outs = g.out_edges[node]
            shares = [g.edge_share[e] for e in outs if g.edge_share[e] is not None]
            over = sum(shares) > 1 + 1e-9  # type: ignore[arg-type]
            if over:
                self.issues.append(
                    _issue(
                        "shares_over_100",
                        Phrase(
                            SHARES_OVER_100,
                            (("step", Quoted(sid)), ("rate", Rate(sum(shares)))),  # type: ignore[arg-type]
                        ),
                        step_ids=(sid,),
                        transition_ids=tuple(g.edge_ids[e] for e in outs),
                    )
                )
            v = inflow[node]
            known = [flows[e] for e in outs if flows[e] is not None]
            out = sum(known)
            if not over and v is not None and out > v and not _close(out, v):
                self.issues.append(
                    _issue(
                        "more_out_than_in",
                        Phrase(
                            MORE_OUT_THAN_IN,
                            (("out", Count(out)), ("step", Quoted(sid)), ("inflow", Count(v))),
                        ),
                        step_ids=(sid,),
                        transition_ids=tuple(g.edge_ids[e] for e in outs),
                    )
                )
            for e in outs:
                share, volume = g.edge_share[e], g.edge_volume[e]
                if (
                    share is not None
                    and volume is not None
                    and v is not None
                    and not _close(share * v, volume)
                ):
                    self.issues.append(
                        _issue(
                            "share_volume_mismatch",
                            Phrase(
                                SHARE_VOLUME_MISMATCH,
                                (
                                    ("transition", Quoted(g.edge_ids[e])),
                                    ("volume", Count(volume)),
                                    ("share", Rate(share)),
                                    ("inflow", Count(v)),
                                    ("expected", Count(share * v)),
                                ),
                            ),
                            step_ids=(sid,),
                            transition_ids=(g.edge_ids[e],),
                        )
                    )
            self._check_measured(node, sid, flows, fixed, node in start_set)

    def _check_measured(self, node, sid, flows, fixed, is_start) -> None:
        g = self.g
        if g.step_volumes[node] is None or not g.in_edges[node]:
            return
        incoming = [flows[e] for e in g.in_edges[node]]
        if any(f is None for f in incoming):
            return
        total = sum(incoming)  # type: ignore[arg-type]
        measured = fixed[node]
        # At a start, the measured count includes the customers its loops bring
        # back; those who entered are the rest. When the loops bring back more
        # than the count, nobody entered there and customers go missing from the
        # balance, however few: always a contradiction, never within tolerance.
        start_short = is_start and total - measured > 1e-9 * max(1.0, measured)
        if start_short or (not is_start and not _close(total, measured)):
            self.issues.append(
                _issue(
                    "step_volume_mismatch",
                    Phrase(
                        STEP_VOLUME_MISMATCH,
                        (
                            ("step", Quoted(sid)),
                            ("measured", Count(measured)),
                            ("total", Count(total)),
                        ),
                    ),
                    step_ids=(sid,),
                    transition_ids=tuple(g.edge_ids[e] for e in g.in_edges[node]),
                )
            )

    def _entries(self, starts, inflow, flows) -> dict[int, float | None]:
        g = self.g
        entries: dict[int, float | None] = {}
        for s in starts:
            v = inflow[s]
            back = [flows[e] for e in g.in_edges[s]]
            if v is None or any(f is None for f in back):
                entries[s] = None
            else:
                entries[s] = max(0.0, v - sum(back))  # type: ignore[arg-type]
        return entries

    def _conversions(self, starts, inflow, flows, entries) -> dict[tuple[str, str], float | None]:
        g = self.g
        ends = [i for i, kind in enumerate(g.kinds) if kind == StepKind.SUCCESS]
        if not ends or not starts:
            return {}
        # The split at every step, as found by the flow: the part of the step's
        # customers that takes each transition.
        fraction: list[float | None] = []
        for e in paced(range(g.n_edges)):
            v, f = inflow[g.edge_source[e]], flows[e]
            fraction.append(None if v is None or f is None or v <= 0 else f / v)
        # Each start's customers are propagated as one column of a single pass;
        # a journey with very many starts gets its busiest ones only.
        ranked = sorted(
            (s for s in starts if entries.get(s)),
            key=lambda s: (-entries[s], s),  # type: ignore[operator]
        )[:MAX_CONVERSION_STARTS]
        uncertain = [fr is None for fr in fraction]
        result: dict[tuple[str, str], float | None] = {}
        if ranked:
            import numpy as np

            zero = np.zeros(len(ranked))
            base: list[np.ndarray] = [zero] * g.n_steps
            for col, s in enumerate(ranked):
                base[s] = base[s].copy()
                base[s][col] = 1.0
            reach, _ = self.propagator.solve(base, fraction, uncertain=uncertain)
            for end in paced(ends):
                row = reach[end]
                for col, s in enumerate(ranked):
                    rate = None if row is None else float(row[col])
                    if rate != 0.0:
                        result[(g.step_ids[s], g.step_ids[end])] = rate
        return result
