"""The example journeys are fixtures: each loads, validates, round-trips, analyses
cleanly, and has what a realistic map has."""

import json
from pathlib import Path

import networkx as nx
import pytest

from journeymap.analysis.report import analyse
from journeymap.model import (
    Journey,
    dumps_journey,
    load_journey,
    reference_problems,
    save_journey,
)
from journeymap.palette import PERSONA_COLOURS

EXAMPLES = Path(__file__).parent.parent / "examples"
FILES = sorted(EXAMPLES.glob("*.journey.json"))
REQUIRED = {
    "broadband-support.journey.json",
    "verotus-ilmoitus.journey.json",
    "roadside-lunch.journey.json",
    "business-contact.journey.json",
}


@pytest.fixture(params=FILES, ids=lambda p: p.name)
def example(request) -> tuple[Path, Journey]:
    return request.param, load_journey(request.param)


def test_the_required_examples_are_there():
    assert {p.name for p in FILES} >= REQUIRED
    assert len(FILES) >= 4


def test_example_is_valid_and_saved_in_the_canonical_format(example):
    path, journey = example
    assert reference_problems(journey) == []
    assert dumps_journey(journey) == path.read_text(encoding="utf-8")


def test_example_round_trips_through_save_and_load(example, tmp_path):
    _, journey = example
    copy = tmp_path / "copy.journey.json"
    save_journey(journey, copy)
    assert load_journey(copy) == journey


def test_example_analyses_without_errors_or_inconsistent_numbers(example):
    _, journey = example
    analysis = analyse(journey)
    codes = {check.code for check in analysis.checks}
    assert not [c for c in analysis.checks if c.severity == "error"]
    assert not codes & {"unreachable", "dead_end", "no_start", "flow_unknown"}
    assert not [c for c in codes if "inconsistent" in c or "share" in c or "volume" in c]
    assert "cycle" in codes
    assert analysis.pain_points
    assert analysis.channel_switches
    for step in analysis.flow.steps.values():
        assert step.inflow is not None and step.outflow is not None
        assert step.outflow <= step.inflow + 1e-6
        assert step.dropped >= -1e-6


def _graph(journey: Journey) -> nx.DiGraph:
    graph = nx.DiGraph()
    graph.add_edges_from((t.source, t.target) for t in journey.transitions)
    return graph


def test_example_has_what_a_realistic_map_has(example):
    _, journey = example
    assert 12 <= len(journey.steps) <= 40
    assert len(journey.personas) >= 2
    assert len(journey.stages) >= 3
    graph = _graph(journey)
    assert any(graph.out_degree(s) >= 2 for s in graph), "no branch"
    assert list(nx.simple_cycles(graph)), "no loop"
    kinds = {s.kind for s in journey.steps}
    assert {"start", "success"} <= kinds
    assert "exit" in kinds or "decision" in kinds
    steps = {s.id: s for s in journey.steps}
    switches = [
        t
        for t in journey.transitions
        if steps[t.source].channel_id
        and steps[t.target].channel_id
        and steps[t.source].channel_id != steps[t.target].channel_id
    ]
    assert switches, "no channel switch"
    used = {s.channel_id for s in journey.steps}
    ownership = {c.ownership for c in journey.channels if c.id in used}
    assert {"partner", "third_party"} <= ownership
    assert any(s.owner for s in journey.steps) and any(s.backstage for s in journey.steps)
    assert sum(bool(s.doing and s.thinking and s.feeling) for s in journey.steps) >= 10
    assert journey.opportunities
    assert all(o.step_ids for o in journey.opportunities)


def test_example_ratings_carry_sample_sizes_and_some_are_missing(example):
    _, journey = example
    assert len(journey.ratings) < len(journey.steps) * len(journey.personas)
    assert all(r.n is not None and r.source is not None for r in journey.ratings)
    rated = {r.persona_id for r in journey.ratings}
    assert rated == {p.id for p in journey.personas}
    emotions = [r.emotion for r in journey.ratings if r.emotion is not None]
    assert min(emotions) <= -1.5 and max(emotions) >= 1  # the curve has highs and lows


def test_example_personas_have_distinct_palette_colours(example):
    _, journey = example
    colours = [p.colour for p in journey.personas]
    assert len(set(colours)) == len(colours)
    assert set(colours) <= set(PERSONA_COLOURS)


def test_some_examples_use_volumes_and_others_shares():
    def measured_by(journey: Journey) -> set[str]:
        kinds = set()
        for t in journey.transitions:
            if t.volume is not None:
                kinds.add("volume")
            if t.share is not None:
                kinds.add("share")
        return kinds

    used = [measured_by(load_journey(p)) for p in FILES]
    assert {"volume"} in used
    assert {"share"} in used


def test_the_finnish_example_is_in_finnish():
    journey = load_journey(EXAMPLES / "verotus-ilmoitus.journey.json")
    assert journey.language == "fi"
    text = json.dumps([journey.title, [s.title for s in journey.steps]], ensure_ascii=False)
    assert any(ch in text for ch in "äö")
    assert "veroilmoitu" in journey.title.lower()  # Finnish inflects: veroilmoituksen
    names = [s.name for s in journey.stages] + [p.name for p in journey.personas]
    assert not [n for n in names + [s.title for s in journey.steps] if " the " in f" {n} "]
