"""Designed vs observed: how much of the observed traffic the design explains.

An event-log import (:func:`journeymap.evidence.apply.apply_flows`) writes the
number of direct moves into each designed transition's ``volume`` (0 when
nobody took it) and, when asked to, adds the moves the design lacks as
transitions labelled :data:`OBSERVED_LABEL`. So, read from the journey alone:

* a transition labelled ``observed`` is observed only (not designed);
* a designed transition with volume 0 is one nobody took;
* the designed share is the volume along designed transitions over the volume
  along all transitions, known once the journey has an observed transition
  (before that nothing says which traffic the design misses).

Nothing here imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from journeymap.model.entities import Transition
from journeymap.model.journey import Journey

__all__ = ["OBSERVED_LABEL", "DesignedShare", "designed_share", "is_observed", "is_untaken"]

OBSERVED_LABEL = "observed"
"""The label of a transition added for moves an event log saw and the design lacks."""


def is_observed(transition: Transition) -> bool:
    """Whether ``transition`` was added for observed moves (not designed)."""
    return transition.label == OBSERVED_LABEL


def is_untaken(transition: Transition) -> bool:
    """Whether ``transition`` is designed and measured as taken by nobody."""
    return transition.volume == 0 and not is_observed(transition)


@dataclass(frozen=True, slots=True)
class DesignedShare:
    designed: int
    """Customers moving along designed transitions (with a volume)."""
    observed_only: int
    """Customers moving along transitions only the log has."""
    observed_transitions: tuple[str, ...]
    """The observed-only transitions, most traffic first."""
    untaken: tuple[str, ...]
    """Designed transitions nobody took (volume 0), in list order."""

    @property
    def total(self) -> int:
        return self.designed + self.observed_only

    @property
    def share(self) -> float | None:
        """The designed share of all traffic, 0..1 (``None`` with no traffic)."""
        return self.designed / self.total if self.total else None


def designed_share(journey: Journey) -> DesignedShare | None:
    """The designed vs observed traffic of ``journey``, or ``None`` when it has
    no observed transition (no event log with its undesigned moves applied).

    >>> j = Journey(transitions=[
    ...     Transition(id="t1", source="a", target="b", volume=90),
    ...     Transition(id="t2", source="b", target="c", volume=0),
    ...     Transition(id="t3", source="a", target="c", volume=10, label="observed")])
    >>> d = designed_share(j); (d.designed, d.observed_only, d.share, d.untaken)
    (90, 10, 0.9, ('t2',))
    """
    observed = [t for t in journey.transitions if is_observed(t)]
    if not observed:
        return None
    designed = sum(t.volume or 0 for t in journey.transitions if not is_observed(t))
    observed.sort(key=lambda t: -(t.volume or 0))
    return DesignedShare(
        designed=designed,
        observed_only=sum(t.volume or 0 for t in observed),
        observed_transitions=tuple(t.id for t in observed),
        untaken=tuple(t.id for t in journey.transitions if is_untaken(t)),
    )
