"""The roadmap: a journey's opportunities as cards, with a priority each.

The priority
------------
An opportunity is worth doing when it helps much, costs little and fixes
what hurts customers most. Its priority, 0..100, is::

    priority = 100 × (impact × (6 − effort) / 25) × (0.5 + 0.5 × pain share)

``impact`` and ``effort`` are the opportunity's 1..5 values (a missing one
counts as the neutral 3). ``impact × (6 − effort)`` is its value for the
effort, 1..25. The *pain share* is the summed pain-point score
(:mod:`journeymap.analysis.pain_points`) of the steps it is linked to over the
pain of the journey's most painful step, capped at 1: an idea that fixes the
worst step gets the full value for its effort, one linked to no pain half of
it. So impact 5, effort 1 on the worst step is 100; impact 3, effort 3 with no
pain is 18.

A priority set by hand (``Opportunity.priority``) replaces the computed one;
the card still carries the computed value beside it.

>>> priority(5, 1, 1.0), priority(3, 3, 0.0), priority(None, None, 0.5)
(100.0, 18.0, 27.0)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from journeymap.analysis.results import PainPoint
from journeymap.model.entities import MaturityArea, OpportunityStatus
from journeymap.model.journey import Journey

__all__ = [
    "BOARD_STATUSES",
    "NEUTRAL",
    "Roadmap",
    "RoadmapCard",
    "build_roadmap",
    "priority",
]

NEUTRAL = 3
"""What a missing impact or effort counts as: the middle of 1..5."""

BOARD_STATUSES: tuple[OpportunityStatus, ...] = (
    OpportunityStatus.IDEA,
    OpportunityStatus.PLANNED,
    OpportunityStatus.IN_PROGRESS,
    OpportunityStatus.DONE,
    OpportunityStatus.DROPPED,
)
"""The board's columns, left to right (dropped ideas last, kept to be revived)."""

_SEVERITY_ORDER = {"critical": 0, "major": 1, "minor": 2}


def priority(impact: int | None, effort: int | None, pain_share: float) -> float:
    """The computed priority, 0..100, rounded to one decimal (see the module)."""
    i = NEUTRAL if impact is None else impact
    e = NEUTRAL if effort is None else effort
    share = min(1.0, max(0.0, pain_share))
    return round(100.0 * (i * (6 - e) / 25.0) * (0.5 + 0.5 * share), 1)


@dataclass(frozen=True)
class RoadmapCard:
    """One opportunity on the roadmap, with what it is linked to."""

    opportunity_id: str
    title: str
    owner: str
    status: OpportunityStatus
    impact: int | None
    effort: int | None
    step_ids: tuple[str, ...]
    """Its steps that exist, in the opportunity's order."""
    pain: float
    """Summed pain-point score of those steps."""
    pain_points: tuple[PainPoint, ...]
    """The pain points at those steps, worst first."""
    computed_priority: float
    priority: float
    """The priority shown: set by hand, else computed."""
    overridden: bool
    persona_ids: tuple[str, ...]
    """Personas who rated one of its steps or have a pain point there."""
    areas: tuple[MaturityArea, ...] = ()
    """The CX maturity areas it improves, in the areas' order."""

    @property
    def worst_severity(self) -> str | None:
        return self.pain_points[0].severity if self.pain_points else None


@dataclass(frozen=True)
class Roadmap:
    """Every card, highest priority first (ties in the journey's order)."""

    cards: tuple[RoadmapCard, ...]

    def column(self, status: OpportunityStatus) -> list[RoadmapCard]:
        """The board column of ``status``, highest priority first."""
        return [c for c in self.cards if c.status == status]

    def cell(self, impact: int | None, effort: int | None) -> list[RoadmapCard]:
        """The matrix cell of ``impact`` × ``effort`` (``None``: not yet rated)."""
        return [c for c in self.cards if c.impact == impact and c.effort == effort]

    def owners(self) -> list[str]:
        """Every owner named on a card, sorted, without the empty one."""
        return sorted({c.owner for c in self.cards if c.owner}, key=str.casefold)

    def areas(self) -> list[MaturityArea]:
        """Every CX maturity area named on a card, in the areas' order."""
        named = {a for c in self.cards for a in c.areas}
        return [a for a in MaturityArea if a in named]

    def filtered(
        self,
        owner: str | None = None,
        persona_id: str | None = None,
        area: MaturityArea | None = None,
    ) -> Roadmap:
        """The cards of ``owner`` (``""``: no owner) concerning ``persona_id``
        that improve ``area``."""
        cards = self.cards
        if owner is not None:
            cards = tuple(c for c in cards if c.owner == owner)
        if persona_id is not None:
            cards = tuple(c for c in cards if persona_id in c.persona_ids)
        if area is not None:
            cards = tuple(c for c in cards if area in c.areas)
        return Roadmap(cards)


def build_roadmap(journey: Journey, pain_points: Iterable[PainPoint]) -> Roadmap:
    """The roadmap of ``journey``'s opportunities, given its pain points (those
    of ``analyse(journey, persona_id)``: one persona's or everyone's).

    >>> from journeymap.model import Journey, Opportunity, Stage, Step
    >>> j = Journey(title="t", stages=[Stage(id="s", name="S")],
    ...             steps=[Step(id="a", title="A", stage_id="s")],
    ...             opportunities=[Opportunity(id="o", title="O", step_ids=("a",),
    ...                                        impact=4, effort=2)])
    >>> card = build_roadmap(j, []).cards[0]
    >>> card.priority, card.overridden
    (32.0, False)
    """
    points_by_step: dict[str, list[PainPoint]] = {}
    for point in pain_points:
        points_by_step.setdefault(point.step_id, []).append(point)
    step_pain = {step: sum(p.score for p in pts) for step, pts in points_by_step.items()}
    worst = max(step_pain.values(), default=0.0)
    raters: dict[str, set[str]] = {}
    for rating in journey.ratings:
        if not rating.is_empty:
            raters.setdefault(rating.step_id, set()).add(rating.persona_id)
    persona_order = {p.id: i for i, p in enumerate(journey.personas)}
    cards = []
    for opportunity in journey.opportunities:
        steps = tuple(s for s in opportunity.step_ids if journey.has("steps", s))
        pain = sum(step_pain.get(s, 0.0) for s in steps)
        points = sorted(
            (p for s in steps for p in points_by_step.get(s, ())),
            key=lambda p: (_SEVERITY_ORDER.get(p.severity, 3), -p.score),
        )
        computed = priority(opportunity.impact, opportunity.effort, pain / worst if worst else 0.0)
        personas = set().union(*(raters.get(s, set()) for s in steps)) if steps else set()
        personas |= {p.persona_id for p in points}
        cards.append(
            RoadmapCard(
                opportunity_id=opportunity.id,
                title=opportunity.title,
                owner=opportunity.owner,
                status=opportunity.status,
                impact=opportunity.impact,
                effort=opportunity.effort,
                step_ids=steps,
                pain=pain,
                pain_points=tuple(points),
                computed_priority=computed,
                priority=computed if opportunity.priority is None else opportunity.priority,
                overridden=opportunity.priority is not None,
                persona_ids=tuple(sorted(personas, key=lambda p: persona_order.get(p, 1 << 30))),
                areas=tuple(a for a in MaturityArea if a in opportunity.areas),
            )
        )
    order = {c.opportunity_id: i for i, c in enumerate(cards)}
    cards.sort(key=lambda c: (-c.priority, order[c.opportunity_id]))
    return Roadmap(tuple(cards))
