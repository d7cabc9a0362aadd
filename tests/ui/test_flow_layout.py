"""The flow view's layout: layered, left to right, stages as bands, loops handled."""

import itertools
import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from journeymap.model import Journey, Position, Stage, Step, StepKind, Transition
from journeymap.ui.flow.layout import LayoutSpacing, layered_layout, layout_journey, place_missing

SPACING = LayoutSpacing()


def branching_journey() -> Journey:
    """Email or chat support, with a retry loop, a self-loop, an exit and a way back."""
    stages = [Stage(id="notice", name="Notice"), Stage(id="contact", name="Contact"),
              Stage(id="after", name="Afterwards")]  # fmt: skip
    step = Step.model_validate
    steps = [
        step({"id": "fixed", "title": "Works again", "stage_id": "after", "kind": "success"}),
        step({"id": "down", "title": "Line down", "stage_id": "notice", "kind": "start"}),
        step({"id": "faq", "title": "Help pages", "stage_id": "notice"}),
        step({"id": "email", "title": "Email support", "stage_id": "contact"}),
        step({"id": "wait", "title": "No answer", "stage_id": "contact"}),
        step({"id": "chat", "title": "Open the chat", "stage_id": "contact"}),
        step({"id": "repeat", "title": "Explain again", "stage_id": "contact"}),
        step({"id": "cancel", "title": "Cancel", "stage_id": "after", "kind": "exit"}),
    ]
    pairs = [("down", "faq"), ("faq", "email"), ("faq", "chat"), ("faq", "fixed"),
             ("email", "wait"), ("wait", "email"), ("wait", "chat"), ("chat", "repeat"),
             ("repeat", "chat"), ("repeat", "repeat"), ("repeat", "fixed"), ("repeat", "cancel"),
             ("fixed", "faq")]  # fmt: skip
    transitions = [Transition(id=f"t{i}", source=a, target=b) for i, (a, b) in enumerate(pairs)]
    return Journey(stages=stages, steps=steps, transitions=transitions)


def test_branching_journey_with_loops_gets_distinct_positions_start_leftmost():
    journey = branching_journey()
    layout = layout_journey(journey)
    positions = layout.positions
    assert set(positions) == {s.id for s in journey.steps}
    assert len(set(positions.values())) == len(journey.steps)
    for t in journey.transitions:
        if t.source == "down":
            assert positions["down"][0] < positions[t.target][0]
    assert positions["down"][0] == min(x for x, _ in positions.values())


def test_loops_and_returns_to_an_earlier_stage_are_back_edges():
    layout = layout_journey(branching_journey())
    back = set(layout.back_edges)
    assert ("fixed", "faq") in back  # into an earlier stage
    assert ("wait", "email") in back  # closes the email retry loop
    assert ("repeat", "chat") in back  # closes the chat loop
    assert ("faq", "email") not in back
    for source, target in back:
        assert layout.columns[target] <= layout.columns[source]


def test_stages_are_bands_of_columns_in_stage_order():
    journey = branching_journey()
    layout = layout_journey(journey)
    rank = {s.id: i for i, s in enumerate(journey.stages)}
    for a in journey.steps:
        for b in journey.steps:
            if rank[a.stage_id] < rank[b.stage_id]:
                assert layout.columns[a.id] < layout.columns[b.id]


def test_nodes_in_a_column_do_not_overlap():
    layout = layout_journey(branching_journey())
    by_column: dict[int, list[float]] = {}
    for node, (_, y) in layout.positions.items():
        by_column.setdefault(layout.columns[node], []).append(y)
    for ys in by_column.values():
        ys.sort()
        assert all(b - a >= SPACING.row_step - 1e-6 for a, b in itertools.pairwise(ys))


def test_layout_is_deterministic_within_and_across_processes():
    first = layout_journey(branching_journey())
    assert layout_journey(branching_journey()) == first
    code = (
        f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r})\n"
        "from test_flow_layout import branching_journey\n"
        "from journeymap.ui.flow.layout import layout_journey\n"
        "print(sorted(layout_journey(branching_journey()).positions.items()))\n"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": seed, "PATH": ""},
        ).stdout
        for seed in ("1", "2")
    }
    assert outputs == {str(sorted(first.positions.items())) + "\n"}


def test_crossings_are_reduced_where_the_input_order_tangles_them():
    # a feeds d and b feeds c, but the input order lists c before d: a straight
    # copy of the input order would cross the two edges.
    layout = layered_layout(["a", "b", "c", "d"], [("a", "d"), ("b", "c")])
    assert layout.crossings == 0
    ys = layout.positions
    assert (ys["a"][1] < ys["b"][1]) == (ys["d"][1] < ys["c"][1])


def test_chains_run_straight():
    layout = layered_layout(["a", "b", "c"], [("a", "b"), ("b", "c")])
    assert len({y for _, y in layout.positions.values()}) == 1


def test_odd_input_is_ignored_not_fatal():
    layout = layered_layout(["a", "b", "a"], [("a", "a"), ("a", "zz"), ("a", "b"), ("a", "b")])
    assert set(layout.positions) == {"a", "b"}
    assert layout.columns == {"a": 0, "b": 1}
    assert layered_layout([], []).positions == {}


def test_saved_positions_are_kept_and_new_nodes_follow_their_moved_neighbours():
    auto = {"a": (100.0, 50.0), "b": (380.0, 50.0), "c": (660.0, 50.0)}
    saved = {"a": (1100.0, 850.0), "b": (1380.0, 850.0)}
    placed = place_missing(auto, saved, [("a", "b"), ("b", "c")])
    assert placed["a"] == saved["a"] and placed["b"] == saved["b"]
    assert placed["c"] == (1660.0, 850.0)


def test_placed_nodes_never_overlap_saved_ones():
    auto = {"a": (100.0, 50.0), "b": (100.0, 200.0)}
    saved = {"a": (100.0, 200.0)}  # the user put a where b would go
    placed = place_missing(auto, saved, [])
    assert abs(placed["b"][1] - placed["a"][1]) >= SPACING.node_height


def test_journey_positions_are_not_read_by_the_layout():
    journey = branching_journey()
    moved = journey.copy_deep()
    moved.steps[0] = moved.steps[0].model_copy(update={"position": Position(x=5, y=5)})
    assert layout_journey(moved).positions == layout_journey(journey).positions


graphs = st.integers(min_value=1, max_value=25).flatmap(
    lambda n: st.tuples(
        st.just(n),
        st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=3 * n),
        st.lists(st.integers(0, 3), min_size=n, max_size=n),
    )
)


@given(graphs)
def test_any_graph_gets_distinct_non_overlapping_places(graph):
    n, pairs, groups = graph
    nodes = [f"n{i}" for i in range(n)]
    edges = [(nodes[a], nodes[b]) for a, b in pairs]
    layout = layered_layout(nodes, edges, groups=dict(zip(nodes, groups, strict=True)))
    points = list(layout.positions.values())
    assert len(points) == n
    for i, (x1, y1) in enumerate(points):
        for x2, y2 in points[i + 1 :]:
            assert abs(x1 - x2) >= SPACING.node_width or abs(y1 - y2) >= SPACING.node_height
    back = set(layout.back_edges)
    for source, target in dict.fromkeys(edges):
        if source != target and (source, target) not in back:
            assert layout.columns[source] < layout.columns[target]


def test_kinds_do_not_change_places_but_start_steps_open_loops():
    # A loop of two steps in one stage: the start is entered first, so the edge
    # back into it is the one treated as going backwards.
    journey = Journey(
        stages=[Stage(id="s", name="S")],
        steps=[
            Step(id="b", title="B", stage_id="s"),
            Step(id="a", title="A", stage_id="s", kind=StepKind.START),
        ],
        transitions=[
            Transition(id="t1", source="a", target="b"),
            Transition(id="t2", source="b", target="a"),
        ],
    )
    layout = layout_journey(journey)
    assert layout.back_edges == (("b", "a"),)
    assert layout.positions["a"][0] < layout.positions["b"][0]


def test_layout_and_geometry_need_no_qt():
    code = (
        "import sys, journeymap.ui.flow.layout, journeymap.ui.flow.geometry\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
