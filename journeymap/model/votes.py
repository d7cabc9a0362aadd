"""Workshop votes turned into rating changes.

A vote is one person's answer on one scale (goal, ease or emotion) for one step
and one persona, given in a workshop. A :class:`VoteTally` holds the votes of
one session and turns each new vote into the changes of a
:class:`~journeymap.model.edits.SetRating`. How votes combine:

- Votes are averaged **per scale**; the rating stores each scale's mean, its
  ``n`` is the number of votes of its most-voted scale (the number of people
  who answered) and its ``source`` is ``workshop``.
- A rating that already came from a workshop (``source = workshop``, ``n = k``)
  is continued: each of its values counts as ``k`` earlier votes.
- A rating from another source (survey, interview, analytics…) is not mixed
  with the room's opinion: the first vote starts a fresh workshop rating for
  that step and persona. The earlier rating stays one undo away.

Each vote is kept with the position of the undo history right after its edit
(a count that grows by one per applied edit and goes back on undo), so a vote
whose edit was undone stops counting and a redone one counts again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from journeymap.model.entities import Rating, RatingSource
from journeymap.model.journey import Journey
from journeymap.model.scales import SCALES

__all__ = ["KEY_VALUES", "SCALE_ORDER", "Vote", "VoteResult", "VoteTally", "key_to_value"]

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


@dataclass(frozen=True)
class Vote:
    """One person's answer on one scale for one step and one persona."""

    step_id: str
    persona_id: str
    scale: str
    value: float
    stack_index: int
    """The undo history's position right after this vote's edit was applied."""
    base: Rating | None
    """The rating as it was before the first vote of this session on it."""


@dataclass(frozen=True)
class VoteResult:
    """What one vote makes of a rating."""

    changes: dict
    """The changes of the :class:`~journeymap.model.edits.SetRating` that records the vote."""
    n: int
    mean: float
    replaced: Rating | None
    """A rating of another source this vote starts afresh from, else ``None``."""
    base: Rating | None
    """The rating before this session's first vote on it (kept with the vote)."""


@dataclass
class VoteTally:
    """Every vote of one workshop session, in order."""

    votes: list[Vote] = field(default_factory=list)

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
        """The rating changes one more vote makes."""
        if scale not in SCALES or not SCALES[scale].contains(value):
            raise ValueError(f"{value} is not a {scale} value")
        earlier = [
            v
            for v in self.effective(stack_index)
            if (v.step_id, v.persona_id) == (step_id, persona_id)
        ]
        base = earlier[0].base if earlier else journey.rating(step_id, persona_id)
        sums = dict.fromkeys(SCALE_ORDER, 0.0)
        counts = dict.fromkeys(SCALE_ORDER, 0)
        replaced = None
        if base is not None and base.source == RatingSource.WORKSHOP:
            weight = base.n or 1
            for name in SCALE_ORDER:
                old = getattr(base, name)
                if old is not None:
                    sums[name] += old * weight
                    counts[name] += weight
        elif base is not None and not base.is_empty and not earlier:
            replaced = base
        for v in (*earlier, None):
            name, amount = (scale, value) if v is None else (v.scale, v.value)
            sums[name] += amount
            counts[name] += 1
        changes: dict = {
            name: (_clamped(name, sums[name] / counts[name]) if counts[name] else None)
            for name in SCALE_ORDER
        }
        n = max(counts.values())
        changes["n"] = n
        changes["source"] = RatingSource.WORKSHOP
        return VoteResult(changes, n, changes[scale], replaced, base)

    def add(self, vote: Vote) -> None:
        self.votes.append(vote)


def _clamped(scale: str, mean: float) -> float:
    s = SCALES[scale]
    return min(s.high, max(s.low, round(mean, 2)))
