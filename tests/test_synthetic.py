"""Synthetic journeys are valid, repeatable, and shaped like real maps at scale."""

from collections import Counter, defaultdict

import networkx as nx
import pytest

from benchmarks.synthetic import MAX_STAGES, main, synthetic_journey
from journeymap.analysis.report import analyse
from journeymap.model import dumps_journey, load_journey, loads_journey, reference_problems
from journeymap.palette import PERSONA_COLOURS


@pytest.mark.parametrize(("n_steps", "n_personas", "seed"), [(1, 1, 0), (2, 0, 0), (3, 2, 5)])
def test_tiny_journeys_are_valid(n_steps, n_personas, seed):
    journey = synthetic_journey(n_steps, n_personas, seed)
    assert len(journey.steps) == n_steps
    assert len(journey.personas) == n_personas
    assert reference_problems(journey) == []
    assert journey.steps[0].kind == "start" and journey.steps[0].volume
    assert loads_journey(dumps_journey(journey)) == journey


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_journey_is_valid_and_has_the_parts_of_a_real_map(seed):
    journey = synthetic_journey(400, n_personas=5, seed=seed)
    assert reference_problems(journey) == []
    assert len(journey.steps) == 400
    assert len(journey.stages) == 40
    assert len(journey.channels) >= 6
    assert {c.ownership for c in journey.channels} == {"owned", "partner", "third_party"}
    kinds = Counter(s.kind for s in journey.steps)
    assert kinds["start"] >= 1 and kinds["success"] >= 1 and kinds["exit"] >= 1
    assert kinds["decision"] >= 10
    assert all(s.volume for s in journey.steps if s.kind == "start")
    assert journey.opportunities and all(o.step_ids for o in journey.opportunities)

    graph = nx.DiGraph((t.source, t.target) for t in journey.transitions)
    assert len(graph) == 400
    assert not nx.is_directed_acyclic_graph(graph)
    position = {s.id: i for i, s in enumerate(journey.steps)}
    back_edges = [t for t in journey.transitions if position[t.target] < position[t.source]]
    assert len(back_edges) >= 5
    starts = {s.id for s in journey.steps if s.kind == "start"}
    reached = set().union(*(nx.descendants(graph, s) | {s} for s in starts))
    assert reached == set(position)
    ends = {s.id for s in journey.steps if s.kind in ("success", "exit")}
    assert all(graph.out_degree(s) == 0 for s in ends)
    assert all(graph.out_degree(s) > 0 for s in set(position) - ends)


def test_some_transitions_carry_volumes_and_others_shares_that_add_up():
    journey = synthetic_journey(600, seed=3)
    with_volume = [t for t in journey.transitions if t.volume is not None]
    with_share = [t for t in journey.transitions if t.share is not None]
    assert with_volume and with_share
    assert len(with_volume) + len(with_share) == len(journey.transitions)
    shares = defaultdict(float)
    for t in with_share:
        shares[t.source] += t.share
    assert max(shares.values()) <= 1 + 1e-9


def test_flow_is_consistent_for_the_analysis():
    journey = synthetic_journey(500, seed=4)
    analysis = analyse(journey)
    assert not [c for c in analysis.checks if c.severity == "error"]
    assert not [c for c in analysis.checks if c.code not in ("cycle", "missing_ratings")]
    for step in analysis.flow.steps.values():
        assert step.inflow is not None
        assert step.outflow <= step.inflow + 1e-6 * max(1.0, step.inflow)
    assert sum(step.inflow for step in analysis.flow.steps.values()) > 0


def test_every_persona_rates_about_nine_steps_in_ten():
    journey = synthetic_journey(1000, n_personas=4, seed=5)
    per_persona = Counter(r.persona_id for r in journey.ratings)
    assert set(per_persona) == {p.id for p in journey.personas}
    assert all(850 <= count <= 950 for count in per_persona.values())
    assert all(r.n and r.source for r in journey.ratings)
    emotions = {r.emotion for r in journey.ratings}
    assert min(emotions) == -2 and max(emotions) == 2


def test_personas_get_distinct_palette_colours():
    journey = synthetic_journey(20, n_personas=len(PERSONA_COLOURS))
    assert [p.colour for p in journey.personas] == list(PERSONA_COLOURS)


def test_stages_are_capped():
    journey = synthetic_journey(5000, n_personas=1)
    assert len(journey.stages) == MAX_STAGES
    assert all(journey.steps_in_stage(s.id) for s in journey.stages)


def test_same_arguments_give_the_same_journey_and_another_seed_another():
    assert synthetic_journey(300, 3, seed=7) == synthetic_journey(300, 3, seed=7)
    assert synthetic_journey(300, 3, seed=7) != synthetic_journey(300, 3, seed=8)


@pytest.mark.parametrize("args", [(0,), (5, -1)])
def test_impossible_sizes_are_refused(args):
    with pytest.raises(ValueError):
        synthetic_journey(*args)


def test_command_line_writes_a_loadable_file(tmp_path, capsys):
    path = tmp_path / "big.journey.json"
    assert main(["250", "-o", str(path), "--personas", "2", "--seed", "9"]) == 0
    assert "250 steps" in capsys.readouterr().out
    assert load_journey(path) == synthetic_journey(250, 2, seed=9)


def test_command_line_refuses_a_bad_size(tmp_path, capsys):
    with pytest.raises(SystemExit) as caught:
        main(["0", "-o", str(tmp_path / "x.journey.json")])
    assert caught.value.code == 2
    assert "at least 1" in capsys.readouterr().err
