"""Pain points: intensity, the twelve-to-one rule, weighting, ranking and reasons."""

from __future__ import annotations

import pytest

from journeymap.analysis.flow import compute_flow
from journeymap.analysis.pain_points import (
    BAD_WEIGHT,
    find_pain_points,
    format_rating,
    persona_weights,
    rating_intensity,
    rating_measures,
    severity_for,
)
from journeymap.model import EASE, EMOTION, GOAL, Persona, Rating
from tests.analysis.analysis_cases import hand_journey, make_journey


def R(step="A", persona="p", **values):
    return Rating(step_id=step, persona_id=persona, **values)


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({"emotion": -2}, 1.0),
        ({"goal": 1}, 1.0),
        ({"ease": 2}, 0.5),
        ({"goal": 3, "ease": 3, "emotion": 0}, 0.0),
        # The README's example, pinned to its documented figure (not computed from
        # the code's constant): goal 5/5 but emotion −2 is intensity 0.4583.
        ({"goal": 5, "emotion": -2}, 0.4583),
        # A good moment weighs a twelfth of a bad one: (0.5 − 1/12) / 2 = 5/24.
        ({"goal": 5, "emotion": -1}, 5 / 24),
        ({"goal": 4, "ease": 4}, 0.0),
    ],
)
def test_intensity(values, expected):
    assert rating_intensity(R(**values)) == pytest.approx(expected, abs=5e-5)


def test_the_documented_weight_is_twelve_to_one():
    assert BAD_WEIGHT == 12


def test_missing_is_not_neutral():
    assert rating_intensity(R()) is None
    # Only the one value present counts: emotion −1 alone is half as bad as can be,
    # not diluted by two "neutral" missing values.
    assert rating_intensity(R(emotion=-1)) == pytest.approx(0.5)


def test_a_bad_moment_outweighs_a_good_one_of_the_same_size():
    # One scale as far below neutral as another is above: still clearly painful.
    assert rating_intensity(R(goal=5, emotion=-2)) > 0.4
    assert rating_intensity(R(goal=1, emotion=2)) > 0.4


def test_measures_give_intensity_and_moment():
    intensity, moment = rating_measures(R(goal=5, ease=1, emotion=0))
    assert intensity == pytest.approx(11 / 36)  # (1 − 1/12) / 3: ease 1 against goal 5
    assert moment == pytest.approx(0.0)
    assert rating_measures(R()) == (None, None)


def test_severity_thresholds():
    assert [severity_for(s) for s in (0.4, 0.39, 0.15, 0.149, 0.0)] == [
        "critical",
        "major",
        "major",
        "minor",
        "minor",
    ]


def test_rating_texts_use_a_real_minus():
    assert format_rating(EMOTION, -2) == "emotion −2"
    assert format_rating(EASE, 1) == "ease 1/5"
    assert format_rating(GOAL, 2.5) == "goal 2.5/5"


def _hand_with_ratings(ratings, **kwargs):
    return hand_journey("shares", personas=("p", "q"), ratings=ratings, **kwargs)


def test_hand_case_reasons_and_ranking():
    journey = _hand_with_ratings(
        [
            R("A", emotion=-2, ease=1),  # 750 customers, 150 lost (20 %)
            R("C", emotion=-2, ease=1),  # same pain, 200 customers
            R("B", emotion=1, ease=4),  # fine
            R("E", "q", goal=2),
        ]
    )
    points = find_pain_points(journey)
    assert [(p.step_id, p.persona_id) for p in points] == [("A", "p"), ("C", "p"), ("E", "q")]
    top = points[0]
    assert top.reasons == ("ease 1/5", "emotion −2", "150 customers lost here (20 %)")
    assert top.affected == pytest.approx(750)
    assert top.score == pytest.approx(1.0 * 0.75 * 1.2)
    assert top.severity == "critical"
    # A success end loses nobody, so no "lost" reason there.
    assert points[2].reasons == ("goal 2/5",)
    assert points[2].drop_off_rate == 0


def test_more_customers_affected_ranks_higher():
    journey = _hand_with_ratings([R("C", emotion=-1), R("B", emotion=-1)])
    points = find_pain_points(journey)
    assert [p.step_id for p in points] == ["B", "C"]  # B: 500 customers, C: 200


def test_steps_without_ratings_are_no_pain_points():
    assert find_pain_points(_hand_with_ratings([R("A")])) == []


def test_persona_filter():
    journey = _hand_with_ratings([R("A", emotion=-2), R("A", "q", emotion=-2)])
    assert [p.persona_id for p in find_pain_points(journey, persona_id="q")] == ["q"]
    assert len(find_pain_points(journey)) == 2


def test_persona_share_weighs_the_score():
    journey = _hand_with_ratings([R("A", emotion=-2), R("A", "q", emotion=-2)])
    journey.personas[:] = [
        Persona(id="p", name="P", share=0.8),
        Persona(id="q", name="Q", share=0.2),
    ]
    points = find_pain_points(journey, compute_flow(journey))
    assert [p.persona_id for p in points] == ["p", "q"]
    assert points[0].affected == pytest.approx(600)  # 80 % of A's 750 customers
    assert points[1].affected == pytest.approx(150)
    # Weights 0.8 × 2 and 0.2 × 2: equal shares would weigh 1 each.
    assert points[0].score == pytest.approx(1.0 * 0.75 * 1.2 * 1.6)
    assert points[1].score == pytest.approx(1.0 * 0.75 * 1.2 * 0.4)
    assert points[1].severity == "major"


def test_persona_weights():
    journey = _hand_with_ratings([])
    assert persona_weights(journey) == {"p": 1.0, "q": 1.0}
    journey.personas[:] = [Persona(id="p", name="P", share=0.5), Persona(id="q", name="Q")]
    assert persona_weights(journey) == {"p": 0.5, "q": 1.0}


def test_exit_step_says_customers_leave():
    journey = make_journey(
        [("S", "start"), ("X", "exit")],
        [("S", "X", {"share": 1.0})],
        volumes={"S": 40},
        personas=("p",),
        ratings=[R("X", emotion=-1)],
    )
    (point,) = find_pain_points(journey)
    assert point.reasons == ("emotion −1", "40 customers leave here (100 %)")


def test_unknown_flow_counts_as_full_reach():
    journey = make_journey("AB", [("A", "B", {})], personas=("p",), ratings=[R("B", emotion=-2)])
    (point,) = find_pain_points(journey)
    assert point.affected is None
    assert point.score == pytest.approx(1.0)
