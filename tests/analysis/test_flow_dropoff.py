"""Flow and drop-off on hand-computed journeys."""

from __future__ import annotations

import pytest

from journeymap.analysis import flow as flow_module
from journeymap.analysis import propagation
from journeymap.analysis.flow import DEFAULT_COHORT, compute_flow, format_count, format_rate
from tests.analysis.analysis_cases import hand_journey, make_journey

approx = pytest.approx


def test_hand_case_counts(hand):
    flow = compute_flow(hand)
    inflow = {sid: f.inflow for sid, f in flow.steps.items()}
    assert inflow == approx({"S": 1000, "A": 750, "C": 200, "B": 500, "E": 450})
    dropped = {sid: f.dropped for sid, f in flow.steps.items()}
    assert dropped == approx({"S": 300, "A": 150, "C": 50, "B": 50, "E": 0})
    assert flow.steps["A"].drop_off_rate == approx(0.2)
    assert flow.steps["C"].drop_off_rate == approx(0.25)
    assert flow.steps["E"].completed == approx(450)
    assert flow.conversions == {("S", "E"): approx(0.45)}
    assert flow.entries == {"S": approx(1000)}
    assert flow.issues == ()


def test_hand_case_transitions(hand):
    flow = compute_flow(hand)
    assert flow.transitions == approx(
        {"SA": 700, "AB": 400, "AC": 200, "CA": 50, "CB": 100, "BE": 450}
    )


def test_shares_and_volumes_give_the_same_report():
    by_shares = compute_flow(hand_journey("shares"))
    by_volumes = compute_flow(hand_journey("volumes"))
    for sid, a in by_shares.steps.items():
        b = by_volumes.steps[sid]
        assert (a.inflow, a.outflow, a.dropped, a.drop_off_rate) == approx(
            (b.inflow, b.outflow, b.dropped, b.drop_off_rate)
        )
    assert by_shares.conversions == approx(by_volumes.conversions)


def test_mixed_shares_and_volumes():
    journey = make_journey(
        [("S", "start"), ("A", "touchpoint"), ("B", "touchpoint"), ("E", "success")],
        [
            ("S", "A", {"volume": 600}),
            ("A", "B", {"share": 0.5}),
            ("B", "A", {"volume": 100}),
            ("B", "E", {"share": 0.5}),
        ],
        volumes={"S": 1000},
    )
    flow = compute_flow(journey)
    # A = 600 + 100 = 700; B = 350; E = 175.
    assert flow.steps["A"].inflow == approx(700)
    assert flow.steps["B"].inflow == approx(350)
    assert flow.steps["E"].inflow == approx(175)
    assert flow.steps["B"].dropped == approx(350 - 100 - 175)


def test_measured_step_volume_wins_and_disagreement_is_reported():
    journey = make_journey(
        [("S", "start"), ("A", "touchpoint")],
        [("S", "A", {"share": 0.5})],
        volumes={"S": 1000, "A": 400},
    )
    flow = compute_flow(journey)
    assert flow.steps["A"].inflow == 400
    assert flow.steps["A"].basis == "measured"
    assert [i.code for i in flow.issues] == ["step_volume_mismatch"]
    assert flow.issues[0].step_ids == ("A",)


def test_transition_without_data_is_inferred_from_measured_target():
    journey = make_journey(
        [("S", "start"), ("X", "start"), ("A", "touchpoint")],
        [("S", "A", {}), ("X", "A", {"volume": 30})],
        volumes={"S": 100, "X": 50, "A": 90},
    )
    flow = compute_flow(journey)
    assert flow.transitions["SA"] == approx(60)
    assert flow.steps["S"].dropped == approx(40)


def test_transition_without_data_leaves_downstream_unknown():
    journey = make_journey(
        [("S", "start"), ("A", "touchpoint"), ("B", "touchpoint")],
        [("S", "A", {}), ("A", "B", {"share": 0.5})],
        volumes={"S": 100},
    )
    flow = compute_flow(journey)
    assert flow.transitions["SA"] is None
    assert flow.steps["S"].outflow is None and flow.steps["S"].dropped is None
    assert flow.steps["A"].inflow is None and flow.steps["A"].basis == "unknown"
    assert flow.steps["B"].inflow is None


def test_start_without_volume_gets_the_default_cohort():
    journey = make_journey([("S", "start"), ("E", "success")], [("S", "E", {"share": 0.4})])
    flow = compute_flow(journey)
    assert flow.steps["S"].inflow == DEFAULT_COHORT
    assert flow.steps["S"].basis == "assumed"
    assert flow.assumed_entries == ("S",)
    assert flow.conversions[("S", "E")] == approx(0.4)


def test_start_without_volume_takes_the_sum_of_its_volumes_out():
    journey = make_journey(
        [("S", "start"), ("A", "touchpoint"), ("B", "touchpoint")],
        [("S", "A", {"volume": 30}), ("S", "B", {"volume": 20})],
    )
    flow = compute_flow(journey)
    assert flow.steps["S"].inflow == 50
    assert flow.steps["S"].dropped == 0
    assert flow.assumed_entries == ()


def test_without_a_start_the_steps_nothing_leads_to_are_used():
    journey = make_journey("AB", [("A", "B", {"share": 0.5})], volumes={"A": 80})
    flow = compute_flow(journey)
    assert flow.entries == {"A": 80}
    assert flow.steps["B"].inflow == approx(40)


def test_exit_counts_as_dropped_and_success_end_as_completed():
    journey = make_journey(
        [("S", "start"), ("X", "exit"), ("E", "success")],
        [("S", "X", {"share": 0.3}), ("S", "E", {"share": 0.7})],
        volumes={"S": 100},
    )
    flow = compute_flow(journey)
    assert flow.steps["S"].dropped == approx(0)
    assert flow.steps["X"].dropped == approx(30)
    assert flow.steps["X"].drop_off_rate == approx(1.0)
    assert flow.steps["E"].dropped == 0
    assert flow.steps["E"].completed == approx(70)


def test_dead_end_touchpoint_loses_everyone():
    journey = make_journey(
        [("S", "start"), ("A", "touchpoint")], [("S", "A", {"share": 1.0})], volumes={"S": 10}
    )
    assert compute_flow(journey).steps["A"].dropped == approx(10)


def test_self_loop_is_solved_not_unrolled():
    journey = make_journey(
        [("S", "start"), ("A", "touchpoint"), ("E", "success")],
        [("S", "A", {"share": 1.0}), ("A", "A", {"share": 0.2}), ("A", "E", {"share": 0.8})],
        volumes={"S": 100},
    )
    flow = compute_flow(journey)
    assert flow.steps["A"].inflow == approx(125)  # 100 / (1 - 0.2)
    assert flow.steps["E"].inflow == approx(100)
    assert flow.conversions[("S", "E")] == approx(1.0)


def _ring(k: int):
    steps = [("S", "start"), ("E", "success")] + [(f"n{i}", "touchpoint") for i in range(k)]
    transitions = [("S", "n0", {"share": 1.0})]
    for i in range(k):
        transitions.append((f"n{i}", f"n{(i + 1) % k}", {"share": 0.5}))
        transitions.append((f"n{i}", "E", {"share": 0.5}))
    return make_journey(steps, transitions, volumes={"S": 1000})


@pytest.mark.parametrize("k", [3, 450])
def test_loop_of_any_size(k):
    flow = compute_flow(_ring(k))
    first = 1000 / (1 - 0.5**k)
    assert flow.steps["n0"].inflow == approx(first)
    assert flow.steps["n2"].inflow == approx(first / 4)
    assert flow.steps["E"].inflow == approx(1000)
    assert flow.conversions[("S", "E")] == approx(1.0)


def test_dense_and_sparse_solvers_agree(monkeypatch):
    dense = compute_flow(_ring(30))
    monkeypatch.setattr(propagation, "DENSE_LIMIT", 0)
    sparse = compute_flow(_ring(30))
    for sid, f in dense.steps.items():
        assert sparse.steps[sid].inflow == approx(f.inflow)


def test_more_out_than_in_is_reported_not_fixed():
    journey = make_journey(
        [("S", "start"), ("A", "touchpoint"), ("B", "touchpoint")],
        [("S", "A", {"volume": 100}), ("A", "B", {"volume": 150})],
        volumes={"S": 100},
    )
    flow = compute_flow(journey)
    assert flow.steps["A"].dropped == approx(-50)
    codes = [i.code for i in flow.issues]
    assert codes == ["more_out_than_in"]
    assert flow.issues[0].step_ids == ("A",)


def test_shares_over_100_percent_are_reported():
    journey = make_journey(
        [("S", "start"), ("A", "touchpoint"), ("B", "touchpoint")],
        [("S", "A", {"share": 0.7}), ("S", "B", {"share": 0.6})],
        volumes={"S": 100},
    )
    flow = compute_flow(journey)
    assert flow.steps["A"].inflow == approx(70)  # kept as given
    assert [i.code for i in flow.issues] == ["shares_over_100"]
    assert "130 %" in flow.issues[0].message


def test_share_and_volume_that_disagree_are_reported():
    journey = make_journey(
        [("S", "start"), ("A", "touchpoint")],
        [("S", "A", {"share": 0.5, "volume": 80})],
        volumes={"S": 100},
    )
    flow = compute_flow(journey)
    assert flow.transitions["SA"] == 80  # the volume is used
    assert [i.code for i in flow.issues] == ["share_volume_mismatch"]


def test_loop_nobody_leaves_is_unsolvable():
    journey = make_journey(
        [("S", "start"), ("A", "touchpoint"), ("B", "touchpoint")],
        [("S", "A", {"share": 1.0}), ("A", "B", {"share": 1.0}), ("B", "A", {"share": 1.0})],
        volumes={"S": 10},
    )
    flow = compute_flow(journey)
    assert flow.steps["A"].inflow is None
    assert "flow_unsolvable" in [i.code for i in flow.issues]


def test_conversions_per_start():
    journey = make_journey(
        [("S", "start"), ("T", "start"), ("A", "touchpoint"), ("E", "success")],
        [
            ("S", "A", {"share": 0.5}),
            ("T", "A", {"share": 1.0}),
            ("A", "E", {"share": 0.5}),
        ],
        volumes={"S": 100, "T": 100},
    )
    flow = compute_flow(journey)
    assert flow.conversions == {("S", "E"): approx(0.25), ("T", "E"): approx(0.5)}
    assert flow.total_entries == approx(200)


def test_conversions_for_the_busiest_starts_only(monkeypatch):
    monkeypatch.setattr(flow_module, "MAX_CONVERSION_STARTS", 1)
    journey = make_journey(
        [("S", "start"), ("T", "start"), ("E", "success")],
        [("S", "E", {"share": 0.5}), ("T", "E", {"share": 1.0})],
        volumes={"S": 10, "T": 100},
    )
    assert list(compute_flow(journey).conversions) == [("T", "E")]


def test_empty_journey():
    flow = compute_flow(make_journey([]))
    assert flow.steps == {} and flow.conversions == {} and flow.total_entries is None


def test_formatting():
    assert format_count(1234.4) == "1,234"
    assert format_count(None) == "?"
    assert format_rate(0.2) == "20 %"
    assert format_rate(0.125) == "12.5 %"
    assert format_rate(None) == "?"


def test_funnel_from_step_volumes_only():
    journey = make_journey(
        [("S", "start"), ("A", "touchpoint"), ("B", "touchpoint"), ("E", "success")],
        [("S", "A", {}), ("A", "B", {}), ("B", "E", {})],
        volumes={"S": 1000, "A": 700, "B": 500, "E": 450},
    )
    flow = compute_flow(journey)
    assert flow.transitions == approx({"SA": 700, "AB": 500, "BE": 450})
    dropped = {sid: f.dropped for sid, f in flow.steps.items()}
    assert dropped == approx({"S": 300, "A": 200, "B": 50, "E": 0})
    assert flow.conversions == {("S", "E"): approx(0.45)}
    assert flow.issues == ()
