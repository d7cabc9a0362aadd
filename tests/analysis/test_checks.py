"""Structure and data checks, by code."""

from __future__ import annotations

from journeymap.analysis.checks import run_checks
from journeymap.model import Rating, Transition
from tests.analysis.analysis_cases import hand_journey, make_journey


def codes(journey):
    return [c.code for c in run_checks(journey)]


def test_clean_journey_has_only_its_loop():
    journey = hand_journey(
        "shares",
        personas=("p",),
        ratings=[Rating(step_id=s, persona_id="p", emotion=0) for s in "SACBE"],
    )
    checks = run_checks(journey)
    assert [c.code for c in checks] == ["cycle"]
    assert checks[0].severity == "info"
    assert checks[0].step_ids == ("A", "C")
    assert set(checks[0].transition_ids) == {"AC", "CA"}


def test_unreachable_and_dead_ends():
    journey = make_journey(
        [("S", "start"), ("A", "touchpoint"), ("Z", "touchpoint"), ("E", "success")],
        [("S", "A", {}), ("S", "E", {})],
        volumes={"S": 10},
    )
    checks = run_checks(journey)
    unreachable = [c for c in checks if c.code == "unreachable"]
    dead = [c for c in checks if c.code == "dead_end"]
    assert [c.step_ids for c in unreachable] == [("Z",)]
    assert [c.step_ids for c in dead] == [("A",), ("Z",)]
    assert all(c.severity == "warning" for c in unreachable + dead)
    assert '"Step A" leads nowhere' in dead[0].message


def test_no_start_and_no_success_end():
    checks = run_checks(make_journey("AB", [("A", "B", {})]))
    found = {c.code: c.severity for c in checks}
    assert found["no_start"] == "warning"
    assert found["no_success_end"] == "info"
    assert found["start_volume_assumed"] == "info"
    assert found["flow_unknown"] == "info"


def test_missing_ratings_per_persona():
    journey = hand_journey(
        "shares",
        personas=("p", "q"),
        ratings=[Rating(step_id=s, persona_id="p", ease=3) for s in "SACBE"]
        + [Rating(step_id="S", persona_id="q", ease=2), Rating(step_id="A", persona_id="q")],
    )
    (missing,) = [c for c in run_checks(journey) if c.code == "missing_ratings"]
    # An empty rating is as good as none.
    assert missing.step_ids == ("A", "C", "B", "E")
    assert missing.message.startswith("Q has no ratings at 4 steps")


def test_long_lists_are_shortened_in_the_message():
    journey = make_journey([(f"s{i}", "touchpoint") for i in range(9)], personas=("p",))
    (missing,) = [c for c in run_checks(journey) if c.code == "missing_ratings"]
    assert len(missing.step_ids) == 9
    assert missing.message.endswith("and 4 more")


def test_flow_contradictions_become_warnings():
    journey = make_journey(
        [("S", "start"), ("A", "touchpoint"), ("B", "touchpoint")],
        [("S", "A", {"share": 0.8}), ("S", "B", {"share": 0.8})],
        volumes={"S": 100},
    )
    (check,) = [c for c in run_checks(journey) if c.code == "shares_over_100"]
    assert check.severity == "warning"
    assert check.transition_ids == ("SA", "SB")


def test_self_loop_is_a_cycle():
    journey = make_journey(
        [("S", "start"), ("E", "success")],
        [("S", "S", {"share": 0.1}), ("S", "E", {"share": 0.9})],
        volumes={"S": 10},
    )
    (cycle,) = [c for c in run_checks(journey) if c.code == "cycle"]
    assert cycle.step_ids == ("S",) and "returns to itself" in cycle.message


def test_broken_references_in_a_journey_being_edited():
    journey = make_journey([("S", "start"), ("E", "success")], [("S", "E", {})], personas=("p",))
    journey.transitions.append(Transition(id="t9", source="S", target="gone"))
    journey.ratings.append(Rating(step_id="gone", persona_id="p", emotion=1))
    broken = [c for c in run_checks(journey) if c.code == "broken_reference"]
    assert [c.severity for c in broken] == ["error", "error"]
    assert broken[0].transition_ids == ("t9",)
    assert codes(journey)[:2] == ["broken_reference", "broken_reference"]  # errors first


def test_empty_journey():
    assert codes(make_journey([])) == ["no_steps"]
