"""Designed vs observed, read from the journey an event-log import wrote."""

from __future__ import annotations

from pathlib import Path

from journeymap.analysis.observed import (
    OBSERVED_LABEL,
    designed_share,
    is_observed,
    is_untaken,
)
from journeymap.model.entities import Transition
from journeymap.model.fileformat import load_journey
from journeymap.model.journey import Journey

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "evidence"


def _journey(*transitions: Transition) -> Journey:
    return Journey(transitions=list(transitions))


def test_a_journey_without_observed_transitions_has_no_designed_share():
    journey = _journey(
        Transition(id="t1", source="a", target="b", volume=40),
        Transition(id="t2", source="b", target="c", volume=0),
    )
    assert designed_share(journey) is None


def test_the_share_is_designed_traffic_over_all_traffic():
    journey = _journey(
        Transition(id="t1", source="a", target="b", volume=60),
        Transition(id="t2", source="b", target="c", volume=15, label="session expired"),
        Transition(id="t3", source="a", target="c", volume=5, label=OBSERVED_LABEL),
        Transition(id="t4", source="c", target="a", volume=20, label=OBSERVED_LABEL),
        Transition(id="t5", source="c", target="b", volume=0),
        Transition(id="t6", source="b", target="a"),
    )
    result = designed_share(journey)
    assert result is not None
    assert (result.designed, result.observed_only, result.total) == (75, 25, 100)
    assert result.share == 0.75
    assert result.observed_transitions == ("t4", "t3")  # most traffic first
    assert result.untaken == ("t5",)  # no volume is not "nobody took it"


def test_an_observed_transition_is_never_untaken_and_no_traffic_has_no_share():
    observed = Transition(id="t1", source="a", target="b", volume=0, label=OBSERVED_LABEL)
    assert is_observed(observed) and not is_untaken(observed)
    result = designed_share(_journey(observed))
    assert result is not None and result.share is None


def test_the_example_after_the_event_log_import():
    journey = load_journey(EXAMPLE / "electricity-contract.journey.json")
    result = designed_share(journey)
    assert result is not None
    observed = [t for t in journey.transitions if t.label == OBSERVED_LABEL]
    assert set(result.observed_transitions) == {t.id for t in observed}
    designed = sum(t.volume or 0 for t in journey.transitions if t.label != OBSERVED_LABEL)
    assert result.designed == designed
    assert result.share is not None and 0.9 < result.share < 1.0
