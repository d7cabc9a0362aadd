"""The flow that measured volumes alone give, without solving anything.

:func:`measured_flow` is what the editor shows before its first analysis has
run (or when the analysis fails): it needs no NumPy, SciPy or networkx and
takes one pass over the steps and transitions. It reads the journey as
:func:`journeymap.analysis.flow.compute_flow` does, but only where the data
says it directly:

* a step's inflow is its measured volume (``Step.volume``), else unknown;
* a transition carries its measured volume, else its share of its source's
  measured volume, else an unknown number;
* a step's outflow is the sum over its transitions out, unknown when one of
  them is; ``dropped = inflow − outflow``, and the drop-off rate is ``dropped /
  inflow``. At a success end nobody is lost (the rest ``completed``); at an
  exit the rest count as dropped.

Nothing is propagated: a step without a volume of its own stays unknown, even
when the transitions into it are measured.
"""

from __future__ import annotations

from journeymap.analysis.results import FlowReport, StepFlow
from journeymap.model.entities import StepKind
from journeymap.model.journey import Journey

__all__ = ["measured_flow"]


def measured_flow(journey: Journey) -> FlowReport:
    """In, out and drop-off at every step from measured volumes only.

    Returns a :class:`~journeymap.analysis.results.FlowReport` of the same shape
    as the full analysis's (steps in list order, every transition), without
    entries, conversions or issues.

    Examples
    --------
    >>> from journeymap.model import Journey, Stage, Step, Transition
    >>> j = Journey(
    ...     stages=[Stage(id="st", name="All")],
    ...     steps=[Step(id="S", title="S", stage_id="st", volume=1000),
    ...            Step(id="A", title="A", stage_id="st", volume=700),
    ...            Step(id="E", title="E", stage_id="st", kind="success")],
    ...     transitions=[Transition(id="t1", source="S", target="A", volume=700),
    ...                  Transition(id="t2", source="A", target="E", share=0.9)])
    >>> flow = measured_flow(j)
    >>> flow.steps["S"].dropped, flow.steps["A"].dropped, flow.steps["A"].drop_off_rate
    (300.0, 70.0, 0.1)
    >>> flow.transitions["t2"], flow.steps["E"].inflow, flow.steps["E"].basis
    (630.0, None, 'unknown')
    """
    measured = {s.id: s.volume for s in journey.steps if s.volume is not None}
    transitions: dict[str, float | None] = {}
    outflow: dict[str, float | None] = {}
    for t in journey.transitions:
        volume: float | None = None
        if t.volume is not None:
            volume = float(t.volume)
        elif t.share is not None and t.source in measured:
            volume = t.share * measured[t.source]
        transitions[t.id] = volume
        before = outflow.get(t.source, 0.0)
        outflow[t.source] = None if before is None or volume is None else before + volume
    steps: dict[str, StepFlow] = {}
    for step in journey.steps:
        out = outflow.get(step.id, 0.0)
        volume = measured.get(step.id)
        if volume is None:
            steps[step.id] = StepFlow(step.id, None, out, None, None, "unknown")
            continue
        inflow = float(volume)
        left = None if out is None else inflow - out
        dropped, completed = left, None
        if step.kind == StepKind.SUCCESS and left is not None:
            dropped, completed = 0.0, left
        rate = dropped / inflow if dropped is not None and inflow else None
        steps[step.id] = StepFlow(step.id, inflow, out, dropped, rate, "measured", completed)
    return FlowReport(steps=steps, transitions=transitions, conversions={})
