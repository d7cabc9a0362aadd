"""Old files open through the chain of migrations; newer ones are refused clearly."""

import json
from pathlib import Path

import pytest

from journeymap.model import (
    FORMAT_VERSION,
    JourneyFileError,
    dumps_journey,
    load_journey,
    loads_journey,
)
from journeymap.model.migrations import MIGRATIONS

V0 = Path(__file__).parents[1] / "data" / "v0-chat-handoff.journey.json"


@pytest.fixture
def v0_data() -> dict:
    return json.loads(V0.read_text(encoding="utf-8"))


def test_the_fixture_really_is_version_0(v0_data):
    assert v0_data["format_version"] == 0
    assert "touchpoints" in v0_data and "steps" not in v0_data
    assert all("step" in r and "persona" in r for r in v0_data["ratings"])


def test_every_version_below_the_current_one_has_a_migration():
    assert set(MIGRATIONS) == set(range(FORMAT_VERSION))


def test_version_0_file_loads_with_steps_renamed_and_emotion_shifted():
    journey = load_journey(V0)
    assert journey.format_version == FORMAT_VERSION
    assert [(s.id, s.stage_id) for s in journey.steps] == [
        ("mail", "ask"),
        ("chat", "ask"),
        ("fixed", "fix"),
    ]
    assert journey.find("steps", "mail").volume == 500
    emotions = {r.key: r.emotion for r in journey.ratings}
    assert emotions == {
        ("mail", "hanna"): 0,  # 3 of 1..5 is neutral
        ("chat", "hanna"): -2,
        ("chat", "raimo"): -0.5,
        ("fixed", "hanna"): 2,
        ("fixed", "raimo"): None,  # missing stays missing
    }
    # Goal and ease kept their 1..5 scale.
    chat = journey.rating("chat", "hanna")
    assert (chat.goal, chat.ease, chat.n, chat.source) == (2, 1, 40, "survey")
    assert journey.rating("fixed", "hanna").note == "relieved"
    assert journey.opportunities[0].step_ids == ("chat",)


def test_a_migrated_file_is_saved_in_the_current_format():
    journey = load_journey(V0)
    data = json.loads(dumps_journey(journey))
    assert data["format_version"] == FORMAT_VERSION
    assert "touchpoints" not in data
    assert data["steps"][1]["stage_id"] == "ask"
    assert "ratings" not in data  # derived from the measurements
    assert data["measurements"][0]["step_id"] == "mail"
    assert loads_journey(dumps_journey(journey)) == journey


def test_a_file_without_format_version_is_read_as_version_0(v0_data):
    del v0_data["format_version"]
    assert loads_journey(json.dumps(v0_data)) == load_journey(V0)


def test_a_version_0_emotion_outside_its_old_scale_is_reported_at_its_path(v0_data):
    v0_data["ratings"][2]["emotion"] = 7  # 7 - 3 = 4, outside -2..+2
    with pytest.raises(JourneyFileError) as caught:
        loads_journey(json.dumps(v0_data))
    assert [str(p) for p in caught.value.problems] == [
        "ratings[2].emotion: must be between -2 and 2"
    ]


def test_a_version_0_file_with_a_dangling_stage_names_it(v0_data):
    v0_data["touchpoints"][2]["stage"] = "s9"
    with pytest.raises(JourneyFileError, match=r'steps\[2\]\.stage_id: unknown stage "s9"'):
        loads_journey(json.dumps(v0_data))


def test_a_newer_version_is_refused_with_a_clear_message():
    text = json.dumps({"format_version": FORMAT_VERSION + 1, "title": "From the future"})
    with pytest.raises(JourneyFileError) as caught:
        loads_journey(text)
    (problem,) = caught.value.problems
    assert problem.path == "format_version"
    assert f"version {FORMAT_VERSION + 1}" in problem.message
    assert "newer journeymap" in problem.message


@pytest.mark.parametrize("version", ["1", 1.5, True, None, -1, [1]])
def test_a_format_version_that_is_not_a_version_is_refused(version):
    with pytest.raises(JourneyFileError) as caught:
        loads_journey(json.dumps({"format_version": version}))
    assert caught.value.problems[0].path == "format_version"


def test_a_version_1_file_without_its_version_is_read_as_version_1():
    """Read as version 0, every emotion would move by -3 without a word."""
    data = {
        "title": "Lost its version",
        "personas": [{"id": "p", "name": "Pia"}],
        "stages": [{"id": "s", "name": "Ask"}],
        "steps": [{"id": "a", "title": "Chat", "stage_id": "s"}],
        "ratings": [{"step_id": "a", "persona_id": "p", "emotion": 1}],
    }
    journey = loads_journey(json.dumps(data))
    assert journey.ratings[0].emotion == 1


def test_a_version_0_file_without_its_version_is_still_migrated(v0_data):
    del v0_data["format_version"]
    journey = loads_journey(json.dumps(v0_data))
    assert journey == load_journey(V0)


def test_version_0_with_both_steps_and_touchpoints_is_refused(v0_data):
    v0_data["steps"] = [{"id": "extra", "title": "Extra", "stage": "ask"}]
    with pytest.raises(JourneyFileError) as caught:
        loads_journey(json.dumps(v0_data))
    assert "both 'touchpoints' and 'steps'" in str(caught.value)
