"""Main path, worst path, emotion curves and journey scores."""

from __future__ import annotations

import pytest

from journeymap.analysis.flow import compute_flow
from journeymap.analysis.graph import index_journey
from journeymap.analysis.summary import (
    journey_score,
    main_path,
    moment_value,
    summarise,
    worst_path,
)
from journeymap.model import Rating
from tests.analysis.analysis_cases import hand_journey, make_journey


def R(step, persona="p", **values):
    return Rating(step_id=step, persona_id=persona, **values)


def test_main_path_follows_the_busiest_transitions(hand):
    # A sends 400 to B and 200 to C.
    assert summarise(hand).main_path == ["S", "A", "B", "E"]


def test_main_path_without_flow_goes_forward_in_map_order():
    journey = make_journey(
        [("A", "start"), ("B", "touchpoint"), ("C", "touchpoint")],
        [("A", "C", {}), ("A", "B", {}), ("B", "A", {})],
    )
    graph = index_journey(journey)
    assert main_path(graph, compute_flow(journey, graph=graph)) == ["A", "B"]


def test_main_path_never_revisits_a_step():
    journey = make_journey(
        [("S", "start"), ("A", "touchpoint")],
        [("S", "A", {"share": 1.0}), ("A", "S", {"share": 0.9})],
        volumes={"S": 10},
    )
    assert summarise(journey).main_path == ["S", "A"]


def test_emotion_curve_along_the_main_path_keeps_missing_as_missing():
    journey = hand_journey(
        "shares",
        personas=("p", "q"),
        ratings=[R("S", emotion=1), R("A", emotion=-2), R("E", emotion=2), R("B", "q", emotion=0)],
    )
    curves = summarise(journey).emotion_curves
    assert curves["p"] == [("S", 1.0), ("A", -2.0), ("B", None), ("E", 2.0)]
    assert curves["q"] == [("S", None), ("A", None), ("B", 0.0), ("E", None)]


def test_worst_path_collects_the_most_pain():
    journey = hand_journey(
        "shares",
        personas=("p",),
        ratings=[R("C", emotion=-2), R("B", ease=2)],
    )
    summary = summarise(journey)
    assert summary.worst_path == ["S", "A", "C", "B", "E"]
    assert summary.worst_path_pain == pytest.approx(1.5)


def test_worst_path_is_empty_when_nothing_hurts(hand):
    assert summarise(hand).worst_path == []
    assert worst_path(index_journey(hand), [0.0] * 5) == ([], 0.0)


def test_twelve_good_moments_make_up_for_one_bad_one():
    assert journey_score([(-1.0, 1.0)] + [(1.0, 1.0)] * 12) == pytest.approx(0.0)
    assert journey_score([(-1.0, 1.0)] + [(1.0, 1.0)] * 6) < -30
    assert journey_score([(1.0, 1.0)]) == 100
    assert journey_score([]) is None


def test_score_weighs_moments_by_customers():
    # S (1,000 customers) is good, C (200) is bad: weights 1.0 and 0.2.
    journey = hand_journey("shares", personas=("p",), ratings=[R("S", goal=5), R("C", goal=1)])
    score = summarise(journey).scores["p"]
    expected = 100 * (1.0 * 1 - 0.2 * 12 * 1) / (1.0 + 0.2 * 12)
    assert score.score == pytest.approx(expected)
    assert (score.rated_steps, score.missing_steps) == (2, 3)
    assert score.mean_goal == pytest.approx(3.0)
    assert score.mean_ease is None


def test_moment_value_ignores_missing_values():
    assert moment_value(R("S", goal=5, emotion=-1)) == pytest.approx(0.25)
    assert moment_value(R("S")) is None


def test_persona_filter_keeps_one_persona():
    journey = hand_journey("shares", personas=("p", "q"), ratings=[R("S", "q", emotion=1)])
    summary = summarise(journey, persona_id="q")
    assert list(summary.scores) == ["q"] and list(summary.emotion_curves) == ["q"]
    assert summary.scores["q"].score == pytest.approx(50.0)
