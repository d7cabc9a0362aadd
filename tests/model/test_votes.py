"""How the room's votes combine into the workshop's measurements (no window needed)."""

from __future__ import annotations

import pytest

from journeymap.model import (
    Journey,
    Measurement,
    Persona,
    PutMeasurement,
    Rating,
    Stage,
    Step,
)
from journeymap.model.entities import RatingSource
from journeymap.model.votes import Vote, VoteTally, key_to_value

DAY = "2026-12-03"


def journey_with(*measurements: Measurement, rating: Rating | None = None) -> Journey:
    return Journey(
        personas=[Persona(id="p", name="Pat")],
        stages=[Stage(id="st", name="Stage")],
        steps=[Step(id="s", title="Step", stage_id="st")],
        ratings=[rating] if rating else [],
        measurements=list(measurements),
    )


def cast(tally: VoteTally, journey: Journey, scale: str, value: float, index: int):
    """One vote: compute, apply like the window does, and record it."""
    result = tally.result(journey, "s", "p", scale, value, index)
    PutMeasurement(result.measurement).apply(journey)
    tally.add(Vote("s", "p", scale, value, index + 1, result.base))
    return result


def test_emotion_keys_map_to_minus_two_to_plus_two():
    assert [key_to_value("emotion", d) for d in range(1, 6)] == [-2, -1, 0, 1, 2]
    assert key_to_value("goal", 6) is None


def test_scales_average_separately_each_with_its_own_n_and_counts():
    journey, tally = journey_with(), VoteTally(label=DAY)
    cast(tally, journey, "ease", 2, 0)
    cast(tally, journey, "ease", 5, 1)
    result = cast(tally, journey, "goal", 4, 2)
    rating = journey.rating("s", "p")
    assert (rating.ease, rating.goal, rating.emotion) == (3.5, 4.0, None)
    assert result.n == 1 and rating.n == 2
    assert rating.source == RatingSource.WORKSHOP
    ease = journey.find("measurements", ("s", "p", "ease", "workshop", DAY))
    assert (ease.n, ease.counts, ease.period) == (2, (0, 1, 0, 0, 1), DAY)


def test_a_vote_never_touches_a_survey_measurement():
    survey = Measurement(
        step_id="s",
        persona_id="p",
        measure="ease",
        source="survey",
        label="November survey",
        mean=2,
        n=120,
        sd=0.9,
    )
    journey, tally = journey_with(survey), VoteTally(label=DAY)
    first = cast(tally, journey, "ease", 4, 0)
    cast(tally, journey, "ease", 5, 1)
    assert first.base is None
    assert journey.find("measurements", survey.key) == survey  # untouched
    workshop = journey.find("measurements", ("s", "p", "ease", "workshop", DAY))
    assert (workshop.mean, workshop.n) == (4.5, 2)
    rating = journey.rating("s", "p")
    # The rating is the n-weighted mean of both: (120 * 2 + 2 * 4.5) / 122.
    assert rating.ease == pytest.approx((240 + 9) / 122)
    assert rating.n == 122 and rating.source is None


def test_an_earlier_workshop_measurement_of_the_same_day_counts_as_n_votes():
    earlier = Measurement(
        step_id="s", persona_id="p", measure="emotion", source="workshop", label=DAY, mean=1, n=4
    )
    journey, tally = journey_with(earlier), VoteTally(label=DAY)
    result = cast(tally, journey, "emotion", -2, 0)
    assert result.base == earlier
    assert result.mean == pytest.approx(0.4)
    assert result.n == 5
    assert result.measurement.counts is None  # the earlier four are not known point by point


def test_an_old_rating_of_another_source_stays_beside_the_votes():
    old = Rating(step_id="s", persona_id="p", goal=2, ease=2, n=120, source="survey", note="Q1")
    journey, tally = journey_with(rating=old), VoteTally(label=DAY)
    cast(tally, journey, "ease", 4, 0)
    kinds = {(m.measure.value, m.source.value) for m in journey.measurements}
    assert kinds == {("goal", "survey"), ("ease", "survey"), ("ease", "workshop")}
    assert journey.rating("s", "p").goal == 2


def test_undone_votes_stop_counting_and_are_forgotten_on_a_new_vote():
    journey, tally = journey_with(), VoteTally(label=DAY)
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
