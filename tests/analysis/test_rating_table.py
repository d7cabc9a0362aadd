"""The ratings read once into arrays."""

from __future__ import annotations

import math

import pytest

from journeymap.analysis.pain_points import rating_measures
from journeymap.analysis.ratings import rating_table
from journeymap.model import Rating
from tests.analysis.analysis_cases import make_journey


def test_table_matches_the_scalar_measures():
    ratings = [
        Rating(step_id="A", persona_id="p", goal=5, emotion=-2),
        Rating(step_id="A", persona_id="q", ease=1.5),
        Rating(step_id="B", persona_id="q", goal=4, ease=2, emotion=1),
    ]
    # (A rating with no value cannot be: ratings are derived from measurements.)
    table = rating_table(make_journey("AB", personas=("p", "q"), ratings=ratings))
    assert table.node.tolist() == [0, 0, 1]
    assert table.persona.tolist() == [0, 1, 1]
    assert table.present.tolist() == [True, True, True]
    for i, r in enumerate(ratings):
        intensity, moment = rating_measures(r)
        if intensity is None:
            assert math.isnan(table.intensity[i]) and math.isnan(table.moment[i])
        else:
            assert table.intensity[i] == pytest.approx(intensity)
            assert table.moment[i] == pytest.approx(moment)


def test_ratings_of_missing_steps_or_personas_are_set_aside():
    journey = make_journey("A", personas=("p",))
    journey.ratings.extend(
        [Rating(step_id="A", persona_id="x", emotion=1), Rating(step_id="Z", persona_id="p")]
    )
    table = rating_table(journey)
    assert table.ratings == []
    assert len(table.broken) == 2
    assert table.values.shape == (0, 3)
