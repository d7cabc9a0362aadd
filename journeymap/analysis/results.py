"""What the analysis returns: frozen dataclasses, and nothing that computes them.

This module imports neither NumPy, SciPy nor networkx, so a reader of the
results (the editor's map, insights and presentation mode, the exporters) can
name and build them without loading the analysis. The modules that compute
them re-export them where they always were (``flow.StepFlow``,
``pain_points.PainPoint``, ``report.JourneyAnalysis``…).

>>> from journeymap.analysis.results import FlowReport, StepFlow
>>> flow = FlowReport(steps={"a": StepFlow("a", 100.0, 80.0, 20.0, 0.2)},
...                   transitions={}, conversions={})
>>> flow.steps["a"].loses_customers, flow.total_entries
(True, None)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from journeymap.analysis.phrases import Phrase

if TYPE_CHECKING:
    from journeymap.analysis.cost_results import CostReport
    from journeymap.analysis.service_levels import ServiceLevelReport

__all__ = [
    "ChannelSwitch",
    "Check",
    "FlowIssue",
    "FlowReport",
    "JourneyAnalysis",
    "PainPoint",
    "PersonaScore",
    "StepFlow",
    "Summary",
]


@dataclass(frozen=True, slots=True)
class StepFlow:
    """Customers at one step. Counts are ``None`` when they cannot be worked out.

    ``basis`` says where ``inflow`` came from: ``"measured"`` (the step's own
    volume), ``"computed"``, ``"assumed"`` (a start given the default cohort) or
    ``"unknown"``. ``completed`` is the customers who finished at a success end.
    """

    step_id: str
    inflow: float | None
    outflow: float | None
    dropped: float | None
    drop_off_rate: float | None
    basis: str = "computed"
    completed: float | None = None

    @property
    def loses_customers(self) -> bool:
        """True when at least one customer is lost here as the numbers are
        written (rounded to whole customers): ``dropped > 0.5``. Every list and
        mark of drop-offs shows exactly these steps.

        >>> StepFlow("a", 10.0, 9.6, 0.4, 0.04).loses_customers
        False
        """
        return self.dropped is not None and self.dropped > 0.5


@dataclass(frozen=True, slots=True)
class FlowIssue:
    """A place where the flow data contradicts itself. ``message`` is ``phrase``
    in English."""

    code: str
    message: str
    step_ids: tuple[str, ...] = ()
    transition_ids: tuple[str, ...] = ()
    phrase: Phrase | None = None


@dataclass(frozen=True)
class FlowReport:
    """The flow through a whole journey (see :mod:`journeymap.analysis.flow` for
    the rules, and :func:`journeymap.analysis.measured.measured_flow` for the
    flow that measured volumes alone give)."""

    steps: dict[str, StepFlow]
    transitions: dict[str, float | None]
    conversions: dict[tuple[str, str], float | None]
    entries: dict[str, float | None] = field(default_factory=dict)
    assumed_entries: tuple[str, ...] = ()
    issues: tuple[FlowIssue, ...] = ()

    @property
    def total_entries(self) -> float | None:
        """All customers entering the journey, or ``None`` if a start is unknown."""
        values = [v for v in self.entries.values() if v is not None]
        if not values or len(values) < len(self.entries):
            return None
        return float(sum(values))


@dataclass(frozen=True, slots=True)
class PainPoint:
    """One persona's pain at one step (see :mod:`journeymap.analysis.pain_points`
    for the score)."""

    step_id: str
    persona_id: str
    score: float
    severity: str
    reasons: tuple[str, ...]
    affected: float | None
    intensity: float = 0.0
    drop_off_rate: float | None = None
    reason_phrases: tuple[Phrase, ...] = ()
    """``reasons`` as phrases (``reasons`` is their English text)."""


@dataclass(frozen=True, slots=True)
class ChannelSwitch:
    """A transition that changes channel, owner, or both."""

    transition_id: str
    source_id: str
    target_id: str
    from_channel: str | None
    to_channel: str | None
    from_owner: str
    to_owner: str
    changes_channel: bool
    changes_owner: bool
    volume: float | None
    reason: str
    reason_phrase: Phrase | None = None
    """``reason`` as a phrase (``reason`` is its English text)."""


@dataclass(frozen=True, slots=True)
class Check:
    """One finding about a journey's structure or data. ``message`` is ``phrase``
    in English (see :mod:`journeymap.analysis.phrases`)."""

    code: str
    severity: str
    message: str
    step_ids: tuple[str, ...] = ()
    transition_ids: tuple[str, ...] = ()
    phrase: Phrase | None = None


@dataclass(frozen=True)
class PersonaScore:
    """One persona's view of the whole journey."""

    persona_id: str
    score: float | None
    rated_steps: int
    missing_steps: int
    mean_goal: float | None
    mean_ease: float | None
    mean_emotion: float | None


@dataclass(frozen=True)
class Summary:
    """The main path, the emotion curves along it, the worst path and each
    persona's score (see :mod:`journeymap.analysis.summary`)."""

    main_path: list[str]
    worst_path: list[str]
    emotion_curves: dict[str, list[tuple[str, float | None]]]
    scores: dict[str, PersonaScore]
    worst_path_pain: float = 0.0


@dataclass(frozen=True)
class JourneyAnalysis:
    """Everything the analysis finds in a journey
    (:func:`journeymap.analysis.report.analyse`)."""

    flow: FlowReport
    pain_points: list[PainPoint]
    channel_switches: list[ChannelSwitch]
    checks: list[Check]
    summary: Summary
    persona_id: str | None = None
    cost: CostReport | None = None
    """Time and cost per step (:mod:`journeymap.analysis.cost`)."""
    service_levels: ServiceLevelReport | None = None
    """Service level mix and reactive hand-offs (:mod:`journeymap.analysis.service_levels`)."""
