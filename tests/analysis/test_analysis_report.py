"""The whole analysis: analyse, its JSON form and the text report."""

from __future__ import annotations

import json

import pytest

from journeymap.analysis.report import (
    UnknownPersonaError,
    analyse,
    analysis_to_dict,
    format_report,
)
from journeymap.model import Channel, Rating
from tests.analysis.analysis_cases import hand_journey


def _journey(form="shares"):
    journey = hand_journey(
        form,
        personas=("p", "q"),
        ratings=[
            Rating(step_id="A", persona_id="p", emotion=-2, ease=1),
            Rating(step_id="B", persona_id="q", goal=2),
        ],
        channels=[
            Channel(id="web", name="web", owner="Digital"),
            Channel(id="phone", name="phone", owner="Contact centre"),
        ],
        step_extra={"A": {"channel_id": "web"}, "C": {"channel_id": "phone"}},
    )
    return journey


def test_analyse_runs_everything():
    analysis = analyse(_journey())
    assert analysis.flow.steps["A"].inflow == pytest.approx(750)
    assert [(p.step_id, p.persona_id) for p in analysis.pain_points] == [("A", "p"), ("B", "q")]
    assert [s.transition_id for s in analysis.channel_switches] == ["AC", "CA"]
    assert "cycle" in [c.code for c in analysis.checks]
    assert analysis.summary.main_path == ["S", "A", "B", "E"]
    assert analysis.persona_id is None


def test_analyse_for_one_persona():
    analysis = analyse(_journey(), persona_id="q")
    assert [p.persona_id for p in analysis.pain_points] == ["q"]
    assert list(analysis.summary.scores) == ["q"]


def test_unknown_persona_is_refused():
    with pytest.raises(UnknownPersonaError, match='unknown persona "zz"'):
        analyse(_journey(), persona_id="zz")


def test_json_shape():
    journey = _journey()
    data = analysis_to_dict(analyse(journey), journey)
    json.dumps(data)  # JSON-ready
    steps = {s["id"]: s for s in data["steps"]}
    assert [s["id"] for s in data["steps"]] == ["S", "A", "C", "B", "E"]
    assert steps["A"] == {
        "id": "A",
        "title": "Step A",
        "in": 750,
        "out": 600,
        "dropped": 150,
        "drop_off_rate": 0.2,
        "basis": "computed",
        "completed": None,
    }
    assert data["pain_points"][0]["rank"] == 1
    assert data["pain_points"][0]["reasons"][-1] == "150 customers lost here (20 %)"
    assert data["channel_switches"][0]["transition_id"] == "AC"
    assert {c["code"] for c in data["checks"]} >= {"cycle", "missing_ratings"}
    assert data["conversions"] == [{"start": "S", "end": "E", "rate": 0.45}]
    assert data["summary"]["main_path"] == ["S", "A", "B", "E"]


def test_shares_and_volumes_give_the_same_json():
    by_shares = analysis_to_dict(analyse(_journey("shares")), _journey("shares"))
    by_volumes = analysis_to_dict(analyse(_journey("volumes")), _journey("volumes"))
    for key in ("steps", "pain_points", "conversions", "summary", "entries"):
        assert by_shares[key] == by_volumes[key], key


def test_text_report():
    journey = _journey()
    text = format_report(analyse(journey), journey)
    assert text.startswith("Test journey — journey analysis\n")
    assert 'Conversion "Step S" → "Step E": 45 %' in text
    assert '−300 · 30 % lost at "Step S" of 1,000' in text
    assert (
        '1. ‼ critical "Step A" — P: ease 1/5, emotion −2, 150 customers lost here (20 %)' in text
    )
    assert "web → phone: hand-off from Digital to Contact centre" in text
    assert "info    cycle:" in text
    for heading in ("Top drop-offs", "Pain points, worst first", "Channel switches", "Checks"):
        assert heading in text


def test_text_report_of_an_empty_journey():
    journey = hand_journey("shares").model_copy(update={"steps": [], "transitions": []})
    text = format_report(analyse(journey), journey)
    assert text.count("none found") == 3
    assert "no_steps" in text


def test_garbage_collector_is_left_as_it_was():
    import gc

    assert gc.isenabled()
    analyse(_journey())
    assert gc.isenabled()
    gc.disable()
    try:
        analyse(_journey())
        assert not gc.isenabled()
    finally:
        gc.enable()
