"""CX maturity: each area's current and target level over the respondents,
their spread, the gap, and the opportunities that say they close it.

Pure Python on the journey's assessments (no NumPy), so the editor can call it
directly.

>>> from journeymap.model import Journey, Opportunity
>>> from journeymap.model.maturity import Assessment, AreaAnswer
>>> j = Journey(opportunities=[Opportunity(id="o", title="Journey owners", areas=["culture"])],
...     assessments={
...         "a": Assessment(respondent="A", date="2026-03-01",
...                         answers=[AreaAnswer(area="culture", current=2, target=4)]),
...         "b": Assessment(respondent="B", date="2026-03-02",
...                         answers=[AreaAnswer(area="culture", current=3, target=5)])})
>>> culture = maturity_summary(j).area("culture")
>>> culture.current, culture.target, culture.current_range, culture.gap, culture.opportunity_ids
(2.5, 4.5, (2, 3), 2.0, ('o',))
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import mean

from journeymap.model.entities import MaturityArea
from journeymap.model.journey import Journey

__all__ = ["AreaSummary", "MaturitySummary", "maturity_summary"]


@dataclass(frozen=True, slots=True)
class AreaSummary:
    """One area over every respondent who answered it."""

    area: MaturityArea
    current: float | None
    target: float | None
    current_range: tuple[int, int] | None
    target_range: tuple[int, int] | None
    respondents: int
    opportunity_ids: tuple[str, ...] = ()

    @property
    def gap(self) -> float | None:
        """Target minus current (``None`` when either is unknown)."""
        if self.current is None or self.target is None:
            return None
        return self.target - self.current


@dataclass(frozen=True)
class MaturitySummary:
    """The six areas in order, and how many assessments there are."""

    areas: tuple[AreaSummary, ...]
    assessments: int

    def area(self, area: MaturityArea | str) -> AreaSummary:
        return next(a for a in self.areas if a.area == area)

    @property
    def biggest_gaps(self) -> list[AreaSummary]:
        """Areas with a known gap, largest first."""
        known = [a for a in self.areas if a.gap is not None]
        return sorted(known, key=lambda a: -(a.gap or 0.0))


def _range(values: list[int]) -> tuple[int, int] | None:
    return (min(values), max(values)) if values else None


def maturity_summary(journey: Journey) -> MaturitySummary:
    """Means, ranges and linked opportunities of every area."""
    summaries = []
    for area in MaturityArea:
        answers = [a.answer(area) for a in journey.assessments.values()]
        current = [x.current for x in answers if x.current is not None]
        target = [x.target for x in answers if x.target is not None]
        linked = tuple(o.id for o in journey.opportunities if area in o.areas)
        summaries.append(
            AreaSummary(
                area=area,
                current=mean(current) if current else None,
                target=mean(target) if target else None,
                current_range=_range(current),
                target_range=_range(target),
                respondents=sum(
                    1 for x in answers if x.current is not None or x.target is not None
                ),
                opportunity_ids=linked,
            )
        )
    return MaturitySummary(areas=tuple(summaries), assessments=len(journey.assessments))
