"""Evidence: the measurements a rating is made of, each source kept apart.

A step's rating for a persona is not typed in once and overwritten: it is built
from any number of :class:`Measurement` s, one per measure (goal, ease,
emotion), source (survey, workshop, interview, analytics, observation,
estimate) and label (e.g. "Customer survey November 2026"). A workshop vote adds
to or updates the workshop's own measurement; a survey import replaces the
measurement with its own label; nothing ever changes another source's number.

The value the map shows and the analysis uses (the journey's ``ratings``) is
derived from the measurements: per measure, the n-weighted mean over the
measurements that count (not ``excluded``, and of a source the journey counts,
see :attr:`journeymap.model.journey.Journey.rating_sources`). A measurement
without ``n`` is an estimate and weighs as one answer.

A measurement is identified by its :attr:`Measurement.key`,
``(step_id, persona_id, measure, source, label)``.

Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import Field, ValidationError, model_validator

from journeymap.model.entities import (
    MAX_COUNT,
    Id,
    Item,
    Name,
    Number,
    Rating,
    RatingSource,
    Text,
)
from journeymap.model.scales import SCALES, Scale

if TYPE_CHECKING:
    from journeymap.model.journey import Journey

__all__ = [
    "MEASURES",
    "Measure",
    "Measurement",
    "MeasurementKey",
    "Pooled",
    "measurements_from_rating",
    "merge_measurements",
    "pool",
    "scale_points",
]


class Measure(StrEnum):
    """The three questions asked at a touchpoint (see :mod:`journeymap.model.scales`)."""

    GOAL = "goal"
    EASE = "ease"
    EMOTION = "emotion"

    @property
    def scale(self) -> Scale:
        return SCALES[self.value]


MEASURES: tuple[Measure, ...] = (Measure.GOAL, Measure.EASE, Measure.EMOTION)

MeasurementKey = tuple[str, str, str, str, str]
"""``(step_id, persona_id, measure, source, label)``."""


def scale_points(measure: Measure | str) -> tuple[float, ...]:
    """The whole points of a measure's scale, low to high (the ``counts`` slots).

    >>> scale_points("emotion")
    (-2.0, -1.0, 0.0, 1.0, 2.0)
    """
    scale = SCALES[str(measure)]
    return tuple(float(v) for v in range(int(scale.low), int(scale.high) + 1))


class Measurement(Item):
    """One source's answer to one question for one step and one persona.

    ``mean`` is on the measure's scale (goal and ease 1..5, emotion -2..+2).
    ``n`` is how many answers it summarises; ``None`` marks an estimate, which
    counts as one answer. ``sd`` (sample standard deviation) or ``counts``
    (answers per scale point, low to high) give the spread when known.
    """

    step_id: Id
    persona_id: Id
    measure: Measure
    source: RatingSource
    label: Name = ""
    """Which survey, workshop or interview round: "Customer survey November 2026"."""
    period: Name = ""
    """An ISO date ``2026-11-30`` or period ``2026-11-01/2026-11-30``."""
    mean: Number
    n: int | None = Field(default=None, ge=1, le=MAX_COUNT)
    sd: Number | None = Field(default=None, ge=0, le=100)
    counts: tuple[Annotated[int, Field(ge=0, le=MAX_COUNT)], ...] | None = None
    excluded: bool = False
    """Kept in the file and shown, but not counted."""
    note: Text = ""

    @model_validator(mode="after")
    def _on_scale(self) -> Measurement:
        scale = SCALES[self.measure]  # a StrEnum is its own key (faster than .scale)
        if not scale.low <= self.mean <= scale.high:
            raise ValueError(
                f"mean {self.mean:g} is not on the {self.measure} scale "
                f"({scale.low:g} to {scale.high:g})"
            )
        if self.counts is not None:
            points = scale_points(self.measure)
            if len(self.counts) != len(points):
                raise ValueError(
                    f"counts must have {len(points)} numbers, one per point of the "
                    f"{self.measure} scale"
                )
            total = sum(self.counts)
            if total == 0:
                raise ValueError("counts must not all be zero")
            if self.n is not None and total != self.n:
                raise ValueError(f"counts add up to {total}, but n is {self.n}")
        return self

    @property
    def key(self) -> MeasurementKey:
        # The enum members themselves: a StrEnum equals and hashes as its text,
        # so ("s", "p", "goal", "survey", "") finds it (and str() costs a call).
        return (self.step_id, self.persona_id, self.measure, self.source, self.label)

    @property
    def rating_key(self) -> tuple[str, str]:
        return (self.step_id, self.persona_id)

    @property
    def weight(self) -> int:
        """How many answers it counts as: ``n``, or 1 for an estimate."""
        return self.n if self.n is not None else 1

    @property
    def is_estimate(self) -> bool:
        return self.n is None

    def spread(self) -> float | None:
        """The sample standard deviation: ``sd``, else computed from ``counts``,
        else ``None`` (a single answer has none either)."""
        if self.sd is not None:
            return float(self.sd)
        if self.counts is not None:
            total = sum(self.counts)
            if total < 2:
                return None
            points = scale_points(self.measure)
            mean = sum(p * c for p, c in zip(points, self.counts, strict=True)) / total
            ss = sum(c * (p - mean) ** 2 for p, c in zip(points, self.counts, strict=True))
            return float((ss / (total - 1)) ** 0.5)
        return None


@dataclass(frozen=True, slots=True)
class Pooled:
    """Measurements of one measure combined: the n-weighted mean, the total
    weight, and the pooled sample standard deviation when every part's spread
    is known (``None`` otherwise)."""

    mean: float
    n: int
    sd: float | None
    estimated: bool
    """Some part had no ``n`` and was counted as one answer."""


def pool(parts: Sequence[Measurement]) -> Pooled | None:
    """Combine measurements of one measure (``None`` when there are none).

    The mean is ``sum(n_i * mean_i) / sum(n_i)``, an estimate weighing 1. The
    spread is that of all answers taken together: within-part sums of squares
    plus the between-part term ``n_i * (mean_i - mean)**2``, over ``N - 1``. A
    part of one answer needs no spread; any larger part without one leaves the
    pooled spread unknown.

    >>> a = Measurement(step_id="s", persona_id="p", measure="goal", source="survey",
    ...                 mean=4, n=3, sd=1)
    >>> b = a.model_copy(update={"source": "workshop", "mean": 2.0, "n": 1, "sd": None})
    >>> p = pool([a, b]); (p.mean, p.n, round(p.sd, 4))
    (3.5, 4, 1.291)
    """
    if not parts:
        return None
    total = sum(m.weight for m in parts)
    mean = sum(m.weight * m.mean for m in parts) / total
    ss = 0.0
    known = True
    for m in parts:
        spread = m.spread()
        if spread is None:
            if m.weight > 1:
                known = False
                break
            spread = 0.0
        ss += (m.weight - 1) * spread**2 + m.weight * (m.mean - mean) ** 2
    sd = (ss / (total - 1)) ** 0.5 if known and total > 1 else None
    return Pooled(mean, total, sd, any(m.is_estimate for m in parts))


def measurements_from_rating(rating: Rating) -> list[Measurement]:
    """A rating of the old kind as measurements: one per measure it has, of its
    source (``estimate`` when it has none), with its ``n`` and its note.

    >>> r = Rating(step_id="s", persona_id="p", goal=4, emotion=-1, n=12, source="survey")
    >>> [(m.measure.value, m.source.value, m.mean, m.n) for m in measurements_from_rating(r)]
    [('goal', 'survey', 4.0, 12), ('emotion', 'survey', -1.0, 12)]
    """
    source = rating.source if rating.source is not None else RatingSource.ESTIMATE
    n = rating.n if rating.n else None
    return [
        Measurement(
            step_id=rating.step_id,
            persona_id=rating.persona_id,
            measure=measure,
            source=source,
            mean=value,
            n=n,
            note=rating.note,
        )
        for measure in MEASURES
        if (value := getattr(rating, measure.value)) is not None
    ]


def merge_measurements(journey: Journey, new: Iterable[Measurement]) -> Journey:
    """A journey whose measurements with the same key are replaced by ``new``,
    others added; validated.

    The journey given is left as it was. A replaced measurement keeps its place
    in the list; an added one goes to the end. Raises ``ValueError`` naming the
    first problem (an unknown step or persona, two new measurements with the
    same key).
    """
    from journeymap.model.validation import reference_problems

    incoming: dict[MeasurementKey, Measurement] = {}
    for m in new:
        if not isinstance(m, Measurement):
            raise TypeError(f"expected a Measurement, got {type(m).__name__}")
        if m.key in incoming:
            raise ValueError(
                f"two measurements for step {m.step_id!r}, persona {m.persona_id!r}, "
                f"{m.measure} from {m.source} {m.label!r}"
            )
        incoming[m.key] = m
    merged: list[Measurement] = []
    for old in journey.measurements:
        merged.append(incoming.pop(old.key, old))
    merged.extend(incoming.values())
    data: dict[str, Any] = {
        name: getattr(journey, name) for name in type(journey).model_fields if name != "ratings"
    }
    data["measurements"] = merged
    try:
        result = type(journey).model_validate(data)
    except ValidationError as exc:
        raise ValueError(str(exc)) from None
    problems = reference_problems(result)
    if problems:
        raise ValueError(str(problems[0]))
    return result
