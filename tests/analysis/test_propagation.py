"""Solving v = b + Pᵀv on the graph: scalars, several sources at once, unknowns."""

from __future__ import annotations

import numpy as np
import pytest

from journeymap.analysis.flow import FlowReport, StepFlow, flow_arrays
from journeymap.analysis.graph import index_journey
from journeymap.analysis.propagation import Propagator
from tests.analysis.analysis_cases import hand_journey, make_journey


def _hand():
    graph = index_journey(hand_journey("shares"))  # map order S, A, C, B, E
    coefficient = list(graph.edge_share)
    return graph, coefficient


def test_scalar_solve_of_the_hand_case():
    graph, coefficient = _hand()
    values, failed = Propagator(graph).solve([1000.0, 0, 0, 0, 0], coefficient)
    assert values == pytest.approx([1000, 750, 200, 500, 450])
    assert failed == []


def test_fixed_values_are_kept():
    graph, coefficient = _hand()
    fixed = [None, None, None, 100.0, None]  # B measured at 100
    values, _ = Propagator(graph).solve([1000.0, 0, 0, 0, 0], coefficient, fixed=fixed)
    assert values[3] == 100 and values[4] == pytest.approx(90)


def test_several_sources_at_once():
    graph, coefficient = _hand()
    zero = np.zeros(2)
    base = [np.array([1.0, 0.0]), zero, np.array([0.0, 1.0]), zero, zero]
    values, _ = Propagator(graph).solve(base, coefficient)
    # Column 0: one customer entering at S; column 1: one entering at C.
    assert values[4][0] == pytest.approx(0.45)
    # From C: C = 1 + 4/15·A and A = C/4, so C = 15/14; B = 8/15·A + C/2 = 19/28.
    c = 15 / 14
    assert values[2][1] == pytest.approx(c)
    assert values[1][1] == pytest.approx(c / 4)
    assert values[4][1] == pytest.approx(0.9 * 19 / 28)


def test_unknown_spreads_downstream_only():
    graph, coefficient = _hand()
    unknown = [False, False, False, True, False]  # B unknown
    values, _ = Propagator(graph).solve([1000.0, 0, 0, 0, 0], coefficient, unknown_in=unknown)
    assert values[:3] == pytest.approx([1000, 750, 200])
    assert values[3] is None and values[4] is None


def test_uncertain_transition_only_matters_when_something_reaches_it():
    journey = make_journey("ABC", [("A", "C", {}), ("B", "C", {})])
    graph = index_journey(journey)
    uncertain = [False, True]  # B → C is unknown
    values, _ = Propagator(graph).solve([1.0, 0.0, 0.0], [0.5, None], uncertain=uncertain)
    assert values == [1.0, 0.0, 0.5]
    values, _ = Propagator(graph).solve([1.0, 1.0, 0.0], [0.5, None], uncertain=uncertain)
    assert values[2] is None


def test_loop_nobody_leaves_fails():
    journey = make_journey("AB", [("A", "B", {}), ("B", "A", {})])
    values, failed = Propagator(index_journey(journey)).solve([1.0, 0.0], [1.0, 1.0])
    assert failed == [[0, 1]]
    assert values == [None, None]


def test_flow_arrays_follow_the_given_order():
    report = FlowReport(
        steps={"a": StepFlow("a", 10.0, 8.0, 2.0, 0.2), "b": StepFlow("b", None, None, None, None)},
        transitions={},
        conversions={},
    )
    inflow, rate, dropped = flow_arrays(report, ["b", "a"])
    assert np.isnan(inflow[0]) and inflow[1] == 10
    assert rate[1] == 0.2 and dropped[1] == 2


@pytest.mark.parametrize("seed", range(6))
def test_small_loops_solved_in_python_agree_with_numpy(seed):
    """A loop of floats is solved in plain Python (so checking a journey needs no
    NumPy); it gives what LAPACK gives, singular systems included."""
    from journeymap.analysis.propagation import _linear_solve, _small_solve

    rng = np.random.default_rng(seed)
    size = int(rng.integers(1, 12))
    rows, cols, vals = list(range(size)), list(range(size)), [1.0] * size
    for _ in range(size * 2):
        rows.append(int(rng.integers(size)))
        cols.append(int(rng.integers(size)))
        vals.append(-float(rng.uniform(0, 0.6)))
    b = rng.uniform(0, 1000, size).tolist()
    ours = _small_solve(size, rows, cols, vals, b)
    theirs = _linear_solve(size, rows, cols, vals, np.array(b))
    assert ours == pytest.approx(theirs.tolist(), rel=1e-9, abs=1e-9)
    assert _small_solve(2, [0, 0, 1, 1], [0, 1, 0, 1], [1.0, -1.0, -1.0, 1.0], [5.0, 1.0]) is None
    assert _linear_solve(2, [0, 0, 1, 1], [0, 1, 0, 1], [1.0, -1.0, -1.0, 1.0], np.ones(2)) is None
