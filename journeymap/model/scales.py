"""The three rating scales asked at every touchpoint, from the customer's side.

Every scale has a neutral middle, so "missing" (``None``) is never confused with
"neither good nor bad":

========  =========  =======  ============================================
scale     range      neutral  meaning of the ends
========  =========  =======  ============================================
goal      1 .. 5     3        1 = goal not reached at all, 5 = fully reached
ease      1 .. 5     3        1 = very hard (high effort), 5 = effortless
emotion   -2 .. +2   0        -2 = very negative, +2 = very positive
========  =========  =======  ============================================

Values may be fractional: a rating with ``n`` > 1 is an average of answers.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["EASE", "EMOTION", "GOAL", "SCALES", "Scale"]


@dataclass(frozen=True)
class Scale:
    """A closed numeric range with a neutral middle."""

    name: str
    low: float
    high: float
    neutral: float
    low_label: str
    high_label: str

    def contains(self, value: float) -> bool:
        return self.low <= value <= self.high

    def badness(self, value: float) -> float:
        """How far below neutral ``value`` is, as 0..1 (0 at or above neutral)."""
        return max(0.0, (self.neutral - value) / (self.neutral - self.low))

    def goodness(self, value: float) -> float:
        """How far above neutral ``value`` is, as 0..1 (0 at or below neutral)."""
        return max(0.0, (value - self.neutral) / (self.high - self.neutral))

    def normalised(self, value: float) -> float:
        """``value`` mapped to -1..+1 with neutral at 0."""
        if value >= self.neutral:
            return self.goodness(value)
        return -self.badness(value)

    def format(self, value: float | None) -> str:
        """Short text for a value: ``"4/5"``, ``"-2"``, ``"+1.5"``, or ``"–"`` when missing."""
        if value is None:
            return "–"
        text = f"{value:g}" if value == int(value) else f"{value:.1f}"
        if self.low < 0:
            return ("+" + text) if value > 0 else text
        return f"{text}/{self.high:g}"


GOAL = Scale("goal", 1, 5, 3, "not reached", "fully reached")
EASE = Scale("ease", 1, 5, 3, "very hard", "effortless")
EMOTION = Scale("emotion", -2, 2, 0, "very negative", "very positive")
SCALES: dict[str, Scale] = {s.name: s for s in (GOAL, EASE, EMOTION)}
