"""The flow that measured volumes alone give: the same rule of drop-off as the
full flow, read where the data says it directly, without NumPy."""

from __future__ import annotations

import subprocess
import sys

import pytest

from journeymap.analysis.flow import compute_flow
from journeymap.analysis.measured import measured_flow
from journeymap.analysis.results import StepFlow
from tests.analysis.analysis_cases import make_journey


def test_drop_off_is_inflow_minus_the_transitions_out():
    journey = make_journey(
        [("S", "start"), ("A", "touchpoint"), ("X", "exit"), ("E", "success")],
        [("S", "A", {"volume": 800}), ("A", "E", {"share": 0.5}), ("A", "X", {"volume": 100})],
        volumes={"S": 1000, "A": 800, "X": 100},
    )
    flow = measured_flow(journey)
    assert flow.steps["S"] == StepFlow("S", 1000.0, 800.0, 200.0, 0.2, "measured")
    assert flow.steps["A"] == StepFlow("A", 800.0, 500.0, 300.0, 0.375, "measured")
    assert flow.steps["X"] == StepFlow("X", 100.0, 0.0, 100.0, 1.0, "measured")  # they leave
    assert flow.steps["E"] == StepFlow("E", None, 0.0, None, None, "unknown")  # not propagated
    assert flow.transitions == {"SA": 800.0, "AE": 400.0, "AX": 100.0}
    assert flow.conversions == {} and flow.entries == {} and flow.issues == ()


def test_a_success_end_completes_and_an_unknown_transition_leaves_the_drop_unknown():
    journey = make_journey(
        [("S", "start"), ("A", "touchpoint"), ("E", "success")],
        [("S", "A", {}), ("A", "E", {"volume": 50})],
        volumes={"S": 100, "A": 80, "E": 50},
    )
    flow = measured_flow(journey)
    assert flow.steps["S"].outflow is None and flow.steps["S"].dropped is None
    assert not flow.steps["S"].loses_customers
    assert flow.steps["E"].dropped == 0.0 and flow.steps["E"].completed == 50.0
    assert flow.transitions["SA"] is None


@pytest.mark.parametrize("kind", ["touchpoint", "exit", "success"])
def test_where_every_number_is_measured_it_agrees_with_the_full_flow(kind):
    journey = make_journey(
        [("S", "start"), ("A", "touchpoint"), ("B", "touchpoint"), ("E", kind)],
        [
            ("S", "A", {"volume": 700}),
            ("A", "B", {"volume": 400}),
            ("A", "E", {"volume": 200}),
            ("B", "E", {"volume": 350}),
        ],
        volumes={"S": 1000, "A": 700, "B": 400, "E": 550},
    )
    full, measured = compute_flow(journey), measured_flow(journey)
    for step_id, step_flow in full.steps.items():
        assert measured.steps[step_id] == step_flow
    assert measured.transitions == full.transitions


def test_the_results_and_the_measured_flow_load_no_heavy_library():
    code = (
        "import sys\n"
        "import journeymap.analysis.measured, journeymap.analysis.results\n"
        "import journeymap.canvas.marks\n"
        "print(sorted(m for m in ('numpy', 'scipy', 'networkx') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
