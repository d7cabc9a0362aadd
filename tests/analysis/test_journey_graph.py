"""The journey as a graph: networkx view, index, components, reachability."""

from __future__ import annotations

from journeymap.analysis.graph import (
    build_graph,
    components_in_order,
    index_journey,
    reachable,
)
from journeymap.model import Journey, Stage, Step, Transition
from tests.analysis.analysis_cases import hand_journey, make_journey


def test_build_graph_carries_step_and_transition_data():
    graph = build_graph(hand_journey("shares"))
    assert sorted(graph.nodes) == ["A", "B", "C", "E", "S"]
    assert graph.nodes["E"]["kind"] == "success"
    assert graph.nodes["S"]["volume"] == 1000
    assert graph.edges["C", "A"]["share"] == 0.25
    assert graph.edges["C", "A"]["transitions"] == ("CA",)
    assert graph.number_of_edges() == 6


def test_build_graph_merges_parallel_transitions():
    journey = make_journey("AB", [("A", "B", {"volume": 5})]).model_copy(deep=True)
    journey.transitions.append(Transition(id="again", source="A", target="B", volume=7))
    graph = build_graph(journey)
    assert graph.edges["A", "B"]["transitions"] == ("AB", "again")
    assert graph.edges["A", "B"]["volume"] == 12


def test_index_follows_map_order_and_skips_dangling_transitions():
    journey = Journey(
        stages=[Stage(id="one", name="One"), Stage(id="two", name="Two")],
        steps=[
            Step(id="late", title="Late", stage_id="two"),
            Step(id="early", title="Early", stage_id="one"),
        ],
        transitions=[
            Transition(id="t1", source="early", target="late"),
            Transition(id="t2", source="late", target="ghost"),
        ],
    )
    graph = index_journey(journey)
    assert graph.step_ids == ["early", "late"]
    assert graph.edge_ids == ["t1"]
    assert graph.dangling == ["t2"]
    assert graph.out_edges == [[0], []] and graph.in_edges == [[], [0]]


def test_components_come_in_topological_order():
    graph = index_journey(hand_journey("shares"))
    order = components_in_order(graph)
    names = [[graph.step_ids[i] for i in comp] for comp in order]
    assert names == [["S"], ["A", "C"], ["B"], ["E"]]
    position = {node: k for k, comp in enumerate(order) for node in comp}
    for src, dst in zip(graph.edge_source, graph.edge_target, strict=True):
        assert position[src] <= position[dst]
    assert graph.components() == order


def test_components_of_an_empty_journey():
    assert components_in_order(index_journey(make_journey([]))) == []


def test_reachable_and_starts():
    journey = make_journey("ABCD", [("A", "B", {}), ("C", "D", {}), ("D", "C", {})])
    graph = index_journey(journey)
    assert graph.start_indices() == [0]  # no declared start: what nothing leads to
    assert not graph.has_declared_start()
    assert reachable(graph, [0]) == [True, True, False, False]
    assert reachable(graph, [2]) == [False, False, True, True]
