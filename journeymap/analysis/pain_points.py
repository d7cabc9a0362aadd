"""Pain points: the moments, per step and persona, where the experience breaks.

The rule
--------
Each of the three ratings is read against its neutral middle (see
:mod:`journeymap.model.scales`): *badness* is how far below neutral it is and
*goodness* how far above, both 0..1 (goal 1/5 and ease 1/5 and emotion −2 are
badness 1). A missing rating is missing: it is left out, never read as neutral,
and a step with no ratings for a persona is no pain point (the checks list it).

**A bad moment weighs more than a good one of the same size.** A common saying
holds that it takes about twelve good experiences to make up for one bad one,
so goodness offsets badness only at a twelfth of its weight
(:data:`BAD_WEIGHT` = 12)::

    intensity = max(0, mean(badness) − mean(goodness) / 12)

over the ratings present. Goal 5/5 with emotion −2 is still intensity 0.46,
not zero. A step is a pain point when its intensity is above zero.

The score weighs the intensity by the customers it touches and by whether they
leave there::

    score = intensity × reach × persona share × (1 + drop-off rate)

``reach`` is the step's customers over all customers entering the journey (1
when the flow is unknown), ``persona share`` is ``Persona.share`` when given
(else 1), and the drop-off rate is the part of the step's customers lost there
(0 at a success end). Severity follows the score: **critical** from 0.4, **major**
from 0.15, **minor** below.

Every pain point gives its reasons as short texts: the ratings below neutral
("goal 2/5", "ease 1/5", "emotion −2") and, when customers are lost there,
"150 customers lost here (20 %)".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

from journeymap.analysis.flow import FlowReport, compute_flow, format_count, format_rate
from journeymap.model.entities import Rating, StepKind
from journeymap.model.journey import Journey
from journeymap.model.scales import EASE, EMOTION, GOAL, Scale

__all__ = [
    "BAD_WEIGHT",
    "CRITICAL",
    "MAJOR",
    "PainPoint",
    "find_pain_points",
    "format_rating",
    "rating_intensity",
    "rating_measures",
    "severity_for",
]

BAD_WEIGHT = 12.0
"""How many good moments of the same size make up for one bad one."""

CRITICAL = 0.4
"""Lowest score of a critical pain point."""

MAJOR = 0.15
"""Lowest score of a major pain point."""

_SCALES: tuple[tuple[str, Scale], ...] = (("goal", GOAL), ("ease", EASE), ("emotion", EMOTION))
_SPANS = tuple((sc.neutral, sc.neutral - sc.low, sc.high - sc.neutral) for _, sc in _SCALES)


@dataclass(frozen=True, slots=True)
class PainPoint:
    """One persona's pain at one step (see the module docstring for the score)."""

    step_id: str
    persona_id: str
    score: float
    severity: str
    reasons: tuple[str, ...]
    affected: float | None
    intensity: float = 0.0
    drop_off_rate: float | None = None


@lru_cache(maxsize=4096)
def format_rating(scale: Scale, value: float) -> str:
    """``"ease 1/5"``, ``"emotion −2"`` (with a real minus sign).

    >>> format_rating(EMOTION, -2), format_rating(EASE, 1.5)
    ('emotion −2', 'ease 1.5/5')
    """
    return f"{scale.name} {scale.format(value).replace('-', '−')}"


def rating_intensity(rating: Rating) -> float | None:
    """How painful a rating is, 0..1; ``None`` when all three values are missing.

    Examples
    --------
    >>> from journeymap.model import Rating
    >>> rating_intensity(Rating(step_id="s", persona_id="p", emotion=-2))
    1.0
    >>> round(rating_intensity(Rating(step_id="s", persona_id="p", goal=5, emotion=-2)), 3)
    0.458
    >>> rating_intensity(Rating(step_id="s", persona_id="p", goal=4, ease=4))
    0.0
    >>> rating_intensity(Rating(step_id="s", persona_id="p")) is None
    True
    """
    bad = good = 0.0
    count = 0
    # Inlined Scale.badness/goodness: this runs once per rating of large journeys.
    for value, (neutral, down, up) in zip(
        (rating.goal, rating.ease, rating.emotion), _SPANS, strict=True
    ):
        if value is None:
            continue
        count += 1
        if value < neutral:
            bad += (neutral - value) / down
        else:
            good += (value - neutral) / up
    if count == 0:
        return None
    return max(0.0, (bad - good / BAD_WEIGHT) / count)


def rating_measures(rating: Rating) -> tuple[float | None, float | None]:
    """``(intensity, moment)`` of a rating in one pass: the pain intensity 0..1 (see
    :func:`rating_intensity`) and the mean of the values mapped to −1..+1 (neutral
    0). Both ``None`` when all three values are missing.

    >>> from journeymap.model import Rating
    >>> rating_measures(Rating(step_id="s", persona_id="p", goal=5, emotion=-1))
    (0.20833333333333334, 0.25)
    """
    bad = good = 0.0
    count = 0
    for value, (neutral, down, up) in zip(
        (rating.goal, rating.ease, rating.emotion), _SPANS, strict=True
    ):
        if value is None:
            continue
        count += 1
        if value < neutral:
            bad += (neutral - value) / down
        else:
            good += (value - neutral) / up
    if count == 0:
        return None, None
    return max(0.0, (bad - good / BAD_WEIGHT) / count), (good - bad) / count


def severity_for(score: float) -> str:
    """``"critical"``, ``"major"`` or ``"minor"`` for a pain point's score.

    >>> severity_for(0.5), severity_for(0.2), severity_for(0.01)
    ('critical', 'major', 'minor')
    """
    if score >= CRITICAL:
        return "critical"
    if score >= MAJOR:
        return "major"
    return "minor"


def find_pain_points(
    journey: Journey, flow: FlowReport | None = None, persona_id: str | None = None
) -> list[PainPoint]:
    """Every pain point of a journey, worst first.

    Parameters
    ----------
    journey : Journey
    flow : FlowReport, optional
        ``compute_flow(journey)``, if already computed.
    persona_id : str, optional
        Only this persona's pain points.

    Returns
    -------
    list of PainPoint
        Ranked by score, highest first; ties in map order, then persona order.

    Examples
    --------
    >>> from journeymap.model import Journey, Persona, Rating, Stage, Step, Transition
    >>> j = Journey(
    ...     personas=[Persona(id="p", name="Pat")],
    ...     stages=[Stage(id="st", name="All")],
    ...     steps=[Step(id="S", title="S", stage_id="st", kind="start", volume=1000),
    ...            Step(id="A", title="A", stage_id="st")],
    ...     transitions=[Transition(id="t", source="S", target="A", share=0.75)],
    ...     ratings=[Rating(step_id="A", persona_id="p", ease=1, emotion=-2),
    ...              Rating(step_id="S", persona_id="p", emotion=1)])
    >>> [(p.step_id, p.severity, p.reasons) for p in find_pain_points(j)]
    [('A', 'critical', ('ease 1/5', 'emotion −2', '750 customers lost here (100 %)'))]
    """
    flow = flow or compute_flow(journey)
    step_rank = {s.id: i for i, s in enumerate(journey.ordered_steps())}
    kinds = {s.id: s.kind for s in journey.steps}
    persona_rank = {p.id: i for i, p in enumerate(journey.personas)}
    shares = {p.id: p.share for p in journey.personas}
    total = flow.total_entries
    at_step: dict[str, _StepFacts] = {}
    found: list[tuple[float, int, int, PainPoint]] = []
    for rating in journey.ratings:
        if persona_id is not None and rating.persona_id != persona_id:
            continue
        if rating.step_id not in step_rank or rating.persona_id not in persona_rank:
            continue
        intensity = rating_intensity(rating)
        if not intensity:
            continue
        facts = at_step.get(rating.step_id)
        if facts is None:
            facts = _step_facts(flow, rating.step_id, kinds[rating.step_id], total)
            at_step[rating.step_id] = facts
        share = shares[rating.persona_id]
        weight = 1.0 if share is None else share
        score = intensity * facts.reach * weight * facts.loss_factor
        point = PainPoint(
            step_id=rating.step_id,
            persona_id=rating.persona_id,
            score=score,
            severity=severity_for(score),
            reasons=_rating_reasons(rating.goal, rating.ease, rating.emotion) + facts.reasons,
            affected=None if facts.inflow is None else facts.inflow * weight,
            intensity=intensity,
            drop_off_rate=facts.rate,
        )
        found.append((-score, step_rank[rating.step_id], persona_rank[rating.persona_id], point))
    found.sort(key=itemgetter(0, 1, 2))
    return [item[3] for item in found]


@dataclass(frozen=True, slots=True)
class _StepFacts:
    inflow: float | None
    reach: float
    rate: float | None
    loss_factor: float
    reasons: tuple[str, ...]


def _step_facts(flow: FlowReport, step_id: str, kind: StepKind, total: float | None) -> _StepFacts:
    step_flow = flow.steps.get(step_id)
    inflow = step_flow.inflow if step_flow else None
    reach = inflow / total if inflow is not None and total else 1.0
    lost = step_flow.dropped if step_flow else None
    rate = step_flow.drop_off_rate if step_flow else None
    loss = max(0.0, min(1.0, rate)) if rate is not None else 0.0
    reasons: tuple[str, ...] = ()
    if lost is not None and lost >= 0.5 and rate is not None:
        where = "leave here" if kind == StepKind.EXIT else "lost here"
        reasons = (f"{format_count(lost)} customers {where} ({format_rate(rate)})",)
    return _StepFacts(inflow, reach, rate, 1.0 + loss, reasons)


@lru_cache(maxsize=8192)
def _rating_reasons(
    goal: float | None, ease: float | None, emotion: float | None
) -> tuple[str, ...]:
    return tuple(
        format_rating(scale, value)
        for scale, value in ((GOAL, goal), (EASE, ease), (EMOTION, emotion))
        if value is not None and value < scale.neutral
    )
