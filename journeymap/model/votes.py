"""Workshop votes turned into the workshop's own measurements.

A vote is one person's answer on one scale (goal, ease or emotion) for one step
and one persona, given in a workshop. A :class:`VoteTally` holds the votes of
one session and turns each new vote into a
:class:`~journeymap.model.evidence.Measurement` of source ``workshop`` and the
session's label (its date), recorded by a
:class:`~journeymap.model.edits.PutMeasurement`. How votes combine:

- Votes are averaged **per scale**: each scale's measurement has its own mean,
  ``n`` (the votes on it) and ``counts`` (votes per scale point), so its spread
  and confidence interval are known.
- A workshop measurement with the same label that is already there (an earlier
  part of the same workshop, ``n = k``) is continued: it counts as its ``k``
  answers, and its ``counts`` are added to when it has them.
- A measurement of any other source or label (a survey, an interview, an
  earlier workshop) is never touched: the room's votes stand beside it, and
  the rating shown is their n-weighted mean.

Each vote is kept with the position of the undo history right after its edit
(a count that grows by one per applied edit and goes back on undo), so a vote
whose edit was undone stops counting and a redone one counts again.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from journeymap.model.entities import RatingSource
from journeymap.model.evidence import Measure, Measurement, scale_points
from journeymap.model.journey import Journey
from journeymap.model.scales import SCALES

__all__ = [
    "KEY_VALUES",
    "SCALE_ORDER",
    "Vote",
    "VoteResult",
    "VoteTally",
    "key_to_value",
    "workshop_label",
]

SCALE_ORDER = ("goal", "ease", "emotion")

KEY_VALUES = {
    "goal": {1: 1.0, 2: 2.0, 3: 3.0, 4: 4.0, 5: 5.0},
    "ease": {1: 1.0, 2: 2.0, 3: 3.0, 4: 4.0, 5: 5.0},
    "emotion": {1: -2.0, 2: -1.0, 3: 0.0, 4: 1.0, 5: 2.0},
}
"""Digit keys 1–5 to scale values; emotion's 1–5 maps to −2..+2."""


def key_to_value(scale: str, digit: int) -> float | None:
    """The scale value of digit key ``digit`` (1–5), or ``None`` for other digits.

    >>> key_to_value("emotion", 1), key_to_value("ease", 4), key_to_value("goal", 9)
    (-2.0, 4.0, None)
    """
    return KEY_VALUES[scale].get(digit)


def workshop_label(day: datetime.date | None = None) -> str:
    """The label of a workshop's measurements: its date, ``2026-12-03``."""
    return (day or datetime.date.today()).isoformat()


@dataclass(frozen=True)
class Vote:
    """One person's answer on one scale for one step and one persona."""

    step_id: str
    persona_id: str
    scale: str
    value: float
    stack_index: int
    """The undo history's position right after this vote's edit was applied."""
    base: Measurement | None
    """The workshop's measurement as it was before this session's first vote on
    the same step, persona and scale."""


@dataclass(frozen=True)
class VoteResult:
    """What one vote makes of the workshop's measurement."""

    measurement: Measurement
    """The workshop measurement with this vote counted in (add or replace it)."""
    n: int
    mean: float
    base: Measurement | None
    """The measurement before this session's first vote on it (kept with the vote)."""


@dataclass
class VoteTally:
    """Every vote of one workshop session, in order."""

    votes: list[Vote] = field(default_factory=list)
    label: str = field(default_factory=workshop_label)
    """The label of the session's measurements (the workshop's date)."""

    def clear(self) -> None:
        self.votes.clear()

    def effective(self, stack_index: int) -> list[Vote]:
        """The votes not undone when the undo history stands at ``stack_index``."""
        return [v for v in self.votes if v.stack_index <= stack_index]

    def forget_undone(self, stack_index: int) -> None:
        """Drop undone votes: a new edit discards the redo branch they were on."""
        self.votes = self.effective(stack_index)

    def room_votes(self, step_id: str, persona_id: str | None, stack_index: int) -> int:
        """How many votes the room has cast on a step (for one persona or all)."""
        return sum(
            1
            for v in self.effective(stack_index)
            if v.step_id == step_id and (persona_id is None or v.persona_id == persona_id)
        )

    def result(
        self,
        journey: Journey,
        step_id: str,
        persona_id: str,
        scale: str,
        value: float,
        stack_index: int,
    ) -> VoteResult:
        """The workshop measurement one more vote makes."""
        if scale not in SCALES or not SCALES[scale].contains(value):
            raise ValueError(f"{value} is not a {scale} value")
        measure = Measure(scale)
        earlier = [
            v
            for v in self.effective(stack_index)
            if (v.step_id, v.persona_id, v.scale) == (step_id, persona_id, scale)
        ]
        key = (step_id, persona_id, scale, RatingSource.WORKSHOP.value, self.label)
        base = earlier[0].base if earlier else journey.find("measurements", key)
        values = [v.value for v in earlier] + [value]
        total = sum(values)
        n = len(values)
        points = scale_points(measure)
        counts: list[int] | None = [0] * len(points)
        if base is not None:
            total += base.mean * base.weight
            n += base.weight
            counts = list(base.counts) if base.counts is not None else None
        if counts is not None:
            for v in values:
                if v in points:
                    counts[points.index(v)] += 1
                else:  # not a whole point: the counts cannot say it
                    counts = None
                    break
        mean = _clamped(scale, total / n)
        measurement = Measurement(
            step_id=step_id,
            persona_id=persona_id,
            measure=measure,
            source=RatingSource.WORKSHOP,
            label=self.label,
            period=base.period if base is not None and base.period else self.label,
            mean=mean,
            n=n,
            counts=tuple(counts) if counts is not None else None,
            note=base.note if base is not None else "",
        )
        return VoteResult(measurement, n, mean, base)

    def add(self, vote: Vote) -> None:
        self.votes.append(vote)


def _clamped(scale: str, mean: float) -> float:
    s = SCALES[scale]
    return min(s.high, max(s.low, round(mean, 4)))
