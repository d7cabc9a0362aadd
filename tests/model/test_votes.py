"""How the room's votes combine into a rating (no window needed)."""

from __future__ import annotations

import pytest

from journeymap.model import Journey, Persona, Rating, SetRating, Stage, Step
from journeymap.model.entities import RatingSource
from journeymap.model.votes import Vote, VoteTally, key_to_value


def journey_with(rating: Rating | None = None) -> Journey:
    return Journey(
        personas=[Persona(id="p", name="Pat")],
        stages=[Stage(id="st", name="Stage")],
        steps=[Step(id="s", title="Step", stage_id="st")],
        ratings=[rating] if rating else [],
    )


def cast(tally: VoteTally, journey: Journey, scale: str, value: float, index: int):
    """One vote: compute, apply like the window does, and record it."""
    result = tally.result(journey, "s", "p", scale, value, index)
    SetRating("s", "p", result.changes).apply(journey)
    tally.add(Vote("s", "p", scale, value, index + 1, result.base))
    return result


def test_emotion_keys_map_to_minus_two_to_plus_two():
    assert [key_to_value("emotion", d) for d in range(1, 6)] == [-2, -1, 0, 1, 2]
    assert key_to_value("goal", 6) is None


def test_scales_average_separately_and_n_counts_the_most_voted_scale():
    journey, tally = journey_with(), VoteTally()
    cast(tally, journey, "ease", 2, 0)
    cast(tally, journey, "ease", 5, 1)
    result = cast(tally, journey, "goal", 4, 2)
    rating = journey.rating("s", "p")
    assert (rating.ease, rating.goal, rating.emotion) == (3.5, 4.0, None)
    assert rating.n == result.n == 2
    assert rating.source == RatingSource.WORKSHOP


def test_another_source_is_replaced_and_reported_once():
    survey = Rating(step_id="s", persona_id="p", goal=2, ease=2, n=120, source="survey", note="Q1")
    journey, tally = journey_with(survey), VoteTally()
    first = cast(tally, journey, "ease", 4, 0)
    assert first.replaced == survey
    second = cast(tally, journey, "ease", 5, 1)
    assert second.replaced is None
    rating = journey.rating("s", "p")
    assert (rating.goal, rating.ease, rating.n, rating.note) == (None, 4.5, 2, "Q1")


def test_an_earlier_workshop_rating_counts_as_n_votes():
    earlier = Rating(step_id="s", persona_id="p", emotion=1, n=4, source="workshop")
    journey, tally = journey_with(earlier), VoteTally()
    result = cast(tally, journey, "emotion", -2, 0)
    assert result.replaced is None
    assert result.mean == pytest.approx(0.4)
    assert result.n == 5


def test_undone_votes_stop_counting_and_are_forgotten_on_a_new_vote():
    journey, tally = journey_with(), VoteTally()
    cast(tally, journey, "goal", 1, 0)
    cast(tally, journey, "goal", 5, 1)
    assert tally.room_votes("s", "p", 2) == 2
    assert tally.room_votes("s", "p", 1) == 1  # the second one undone
    tally.forget_undone(1)
    assert len(tally.votes) == 1
    assert tally.result(journey, "s", "p", "goal", 3, 1).mean == 2.0


def test_a_value_off_the_scale_is_refused():
    with pytest.raises(ValueError):
        VoteTally().result(journey_with(), "s", "p", "ease", 7, 0)
