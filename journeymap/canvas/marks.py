"""What the map highlights on each step, read from an analysis (no Qt).

The marks are made one way: :func:`marks_from_flow` turns a
:class:`~journeymap.analysis.results.FlowReport` into per-step drop-off marks
and inflow and per-transition volumes, and :func:`marks_from_analysis` adds the
worst pain point of each step from a
:class:`~journeymap.analysis.results.JourneyAnalysis`. Before the first
analysis, :func:`marks_from_measurements` gives the marks of
:func:`~journeymap.analysis.measured.measured_flow` (the flow that measured
volumes alone give), and no pain points. How a mark reads is written in
:mod:`journeymap.canvas.analysis_text`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from journeymap.analysis.measured import measured_flow
from journeymap.analysis.pace import EVERY, checkpoint, paced
from journeymap.model.journey import Journey

if TYPE_CHECKING:
    from journeymap.analysis.phrases import Phrase
    from journeymap.analysis.results import FlowReport, JourneyAnalysis, PainPoint, StepFlow

__all__ = [
    "SEVERITY_RANK",
    "CostMark",
    "DropMark",
    "MapMarks",
    "PainMark",
    "marks_from_analysis",
    "marks_from_flow",
    "marks_from_measurements",
    "pain_marks",
]

SEVERITY_RANK = {"critical": 3, "major": 2, "minor": 1}


@dataclass(frozen=True)
class DropMark:
    """Customers lost at a step, and their share of those who arrived."""

    dropped: float
    rate: float | None

    @classmethod
    def of(cls, flow: StepFlow) -> DropMark | None:
        """The mark of a step's flow; ``None`` when it loses no customer
        (:attr:`~journeymap.analysis.results.StepFlow.loses_customers`)."""
        if flow.dropped is None or not flow.loses_customers:
            return None
        rate = flow.drop_off_rate
        return cls(float(flow.dropped), None if rate is None else float(rate))

    @property
    def level(self) -> int:
        """0 (small) .. 3 (severe): how loudly the map shows this drop-off."""
        rate = self.rate or 0.0
        if rate >= 0.3:
            return 3
        if rate >= 0.15:
            return 2
        if rate >= 0.05 or self.dropped > 0:
            return 1
        return 0


@dataclass(frozen=True)
class PainMark:
    """The worst pain point of a step (over the shown personas)."""

    severity: str
    score: float
    reasons: tuple[str, ...]
    rank: int
    """1 for the worst pain point of the journey."""
    personas: tuple[str, ...] = ()
    reason_phrases: tuple[Phrase, ...] = ()
    """``reasons`` as the analysis's phrases, for writing them in the editor's
    language (see :mod:`journeymap.canvas.analysis_text`), as on a
    :class:`~journeymap.analysis.results.PainPoint`."""


@dataclass(frozen=True)
class CostMark:
    """What a customer reaching a step has spent so far, and what was spent on
    those who leave there (see :mod:`journeymap.analysis.cost`)."""

    spent_minutes: float | None
    spent_euros: float | None
    drop_off_euros: float | None
    minutes: float | None = None
    euros: float | None = None


@dataclass
class MapMarks:
    """Everything the map highlights, by step and transition id."""

    drops: dict[str, DropMark] = field(default_factory=dict)
    pains: dict[str, PainMark] = field(default_factory=dict)
    transition_volumes: dict[str, float] = field(default_factory=dict)
    inflow: dict[str, float] = field(default_factory=dict)
    costs: dict[str, CostMark] = field(default_factory=dict)

    @property
    def max_spent(self) -> tuple[float, float]:
        """The largest minutes and euros spent so far at any step (bars' full length)."""
        minutes = [c.spent_minutes or 0.0 for c in self.costs.values()]
        euros = [c.spent_euros or 0.0 for c in self.costs.values()]
        return max(minutes, default=0.0), max(euros, default=0.0)

    @property
    def max_volume(self) -> float:
        return max(self.transition_volumes.values(), default=0.0)


def marks_from_flow(flow: FlowReport) -> MapMarks:
    """Drop-off marks, inflow and transition volumes of a flow; no pain marks.

    >>> from journeymap.analysis.results import FlowReport, StepFlow
    >>> flow = FlowReport(steps={"a": StepFlow("a", 100.0, 80.0, 20.0, 0.2),
    ...                          "b": StepFlow("b", 80.0, 80.0, 0.0, 0.0)},
    ...                   transitions={"t": 80.0, "u": None}, conversions={})
    >>> marks = marks_from_flow(flow)
    >>> marks.drops, marks.inflow, marks.transition_volumes
    ({'a': DropMark(dropped=20.0, rate=0.2)}, {'a': 100.0, 'b': 80.0}, {'t': 80.0})
    """
    marks = MapMarks()
    for k, (step_id, step_flow) in enumerate(flow.steps.items()):
        if not k % EVERY:
            checkpoint()  # made on the live analysis's worker (see analysis/pace.py)
        if step_flow.inflow is not None:
            marks.inflow[step_id] = float(step_flow.inflow)
        drop = DropMark.of(step_flow)
        if drop is not None:
            marks.drops[step_id] = drop
    for transition_id, volume in paced(flow.transitions.items()):
        if volume is not None:
            marks.transition_volumes[transition_id] = float(volume)
    return marks


def pain_marks(pain_points: list[PainPoint], persona_id: str | None = None) -> dict[str, PainMark]:
    """The worst pain point of each step, ``pain_points`` being ranked worst
    first; pain points of other personas are left out when ``persona_id`` is
    given. A step's mark names every persona in pain there."""
    # Ranked worst first: a step's first point makes its mark, the later ones
    # only add their personas (the mark is built once, when all are known).
    first: dict[str, tuple[PainPoint, int]] = {}
    personas: dict[str, list[str]] = {}
    rank = 0
    for k, point in enumerate(pain_points):
        if not k % EVERY:
            checkpoint()
        pid = point.persona_id
        if persona_id is not None and pid not in (None, persona_id):
            continue
        rank += 1
        step_id = point.step_id
        named = personas.get(step_id)
        if named is None:
            first[step_id] = (point, rank)
            personas[step_id] = [pid] if pid else []
        elif pid and pid not in named:
            named.append(pid)
    return {
        step_id: PainMark(
            point.severity,
            float(point.score),
            point.reasons,
            rank,
            tuple(personas[step_id]),
            point.reason_phrases,
        )
        for step_id, (point, rank) in paced(first.items())
    }


def marks_from_analysis(analysis: JourneyAnalysis, persona_id: str | None = None) -> MapMarks:
    """Marks from an analysis result; pain points of other personas are left out
    when ``persona_id`` is given."""
    marks = marks_from_flow(analysis.flow)
    marks.pains = pain_marks(analysis.pain_points, persona_id)
    checkpoint()
    if analysis.cost is not None and analysis.cost.has_figures:
        marks.costs = {
            sid: CostMark(c.spent_minutes, c.spent_euros, c.drop_off_euros, c.minutes, c.euros)
            for sid, c in paced(analysis.cost.steps.items())
        }
    return marks


def marks_from_measurements(journey: Journey) -> MapMarks:
    """Marks from measured volumes only (used until an analysis is available)."""
    return marks_from_flow(measured_flow(journey))
