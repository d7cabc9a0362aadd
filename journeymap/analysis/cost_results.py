"""What the time-and-cost analysis returns (:mod:`journeymap.analysis.cost`).

Frozen dataclasses only, importing neither NumPy nor networkx, so the editor,
the exporters and the JSON report can read them without loading the analysis.

>>> t = CostTotals(entered=100.0, completed=50.0, minutes=700.0, euros=250.0,
...                lost_minutes=200.0, lost_euros=50.0)
>>> t.minutes_per_entrant, t.euros_per_entrant, t.euros_per_completion
(7.0, 2.5, 5.0)
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["CostReport", "CostTotals", "PersonaCost", "StepCost"]


def _per(total: float | None, customers: float | None) -> float | None:
    if total is None or customers is None or customers <= 0:
        return None
    return total / customers


@dataclass(frozen=True, slots=True)
class StepCost:
    """Time and money at one step.

    ``minutes`` and ``euros`` are the step's own figures per visit (``None``
    when not given). ``total_minutes``/``total_euros`` are what all the
    customers who reach the step spend there (``customers`` × the figure).
    ``spent_minutes``/``spent_euros`` are what a customer who reaches the step
    has spent on average so far, this step included, along the paths the flow
    takes to it. ``drop_off_minutes``/``drop_off_euros`` are what was spent on
    the customers who leave the journey here: ``dropped`` × the spent figure.
    Every value is ``None`` when the flow to the step is unknown.
    """

    step_id: str
    customers: float | None
    minutes: float | None
    euros: float | None
    total_minutes: float | None
    total_euros: float | None
    spent_minutes: float | None
    spent_euros: float | None
    dropped: float | None
    drop_off_minutes: float | None
    drop_off_euros: float | None


@dataclass(frozen=True, slots=True)
class CostTotals:
    """The whole journey's time and money.

    ``minutes``/``euros`` are everything spent at every step by every customer
    (``None`` when no step gives a figure, or a step that does has an unknown
    flow). ``lost_*`` is the part spent on customers who left before an end.
    ``completer_*`` is what one customer who reaches a success end has spent
    on the way, on average. The per-customer figures below divide the totals
    by the customers who entered or completed.
    """

    entered: float | None
    completed: float | None
    minutes: float | None
    euros: float | None
    lost_minutes: float | None = None
    lost_euros: float | None = None
    completer_minutes: float | None = None
    completer_euros: float | None = None
    steps_without_minutes: tuple[str, ...] = ()
    steps_without_euros: tuple[str, ...] = ()

    @property
    def minutes_per_entrant(self) -> float | None:
        """Expected minutes of one customer who enters the journey."""
        return _per(self.minutes, self.entered)

    @property
    def euros_per_entrant(self) -> float | None:
        """Expected euros spent on one customer who enters the journey."""
        return _per(self.euros, self.entered)

    @property
    def minutes_per_completion(self) -> float | None:
        """All minutes spent, per customer who completes (those who left included)."""
        return _per(self.minutes, self.completed)

    @property
    def euros_per_completion(self) -> float | None:
        """All euros spent, per customer who completes (those who left included)."""
        return _per(self.euros, self.completed)


@dataclass(frozen=True, slots=True)
class PersonaCost:
    """One persona's part of the journey's time and money.

    The journey has one flow for all customers, so a customer of any persona
    spends the same per visit; a persona's totals are its ``share`` of the
    customers (``None`` when the persona gives no share).
    """

    persona_id: str
    share: float | None
    entered: float | None
    minutes: float | None
    euros: float | None
    lost_euros: float | None


@dataclass(frozen=True)
class CostReport:
    """Time and cost per step (in map order), for the journey and per persona."""

    steps: dict[str, StepCost]
    totals: CostTotals
    personas: dict[str, PersonaCost] = field(default_factory=dict)

    @property
    def has_figures(self) -> bool:
        """True when at least one step gives minutes or euros."""
        return any(s.minutes is not None or s.euros is not None for s in self.steps.values())

    def costliest_drop_offs(self, limit: int = 10) -> list[StepCost]:
        """Steps whose leavers cost the most euros (minutes when no euros), worst first."""

        def weight(s: StepCost) -> float:
            if self.totals.euros:
                return s.drop_off_euros or 0.0
            return s.drop_off_minutes or 0.0

        lost = [s for s in self.steps.values() if (s.dropped or 0.0) > 0.5 and weight(s) > 0]
        return sorted(lost, key=lambda s: -weight(s))[:limit]
