"""Whatever a journey holds, saving and loading it gives back an equal journey."""

import json

from hypothesis import given, settings
from journey_strategies import journeys

from journeymap.model import (
    FORMAT_VERSION,
    dumps_journey,
    load_journey,
    loads_journey,
    reference_problems,
    save_journey,
)


@settings(max_examples=150)
@given(journeys())
def test_dumps_then_loads_gives_an_equal_journey(journey):
    assert reference_problems(journey) == []
    text = dumps_journey(journey)
    assert loads_journey(text) == journey
    assert loads_journey(text.encode("utf-8")) == journey


@given(journeys())
def test_saved_text_is_stable_and_ordered(journey):
    text = dumps_journey(journey)
    assert dumps_journey(loads_journey(text)) == text
    data = json.loads(text)
    assert list(data)[:1] == ["format_version"]
    assert data["format_version"] == FORMAT_VERSION
    assert text.endswith("}\n")


@settings(max_examples=40)
@given(journey=journeys())
def test_save_then_load_from_disk_gives_an_equal_journey(tmp_path_factory, journey):
    path = tmp_path_factory.mktemp("roundtrip") / "j.journey.json"
    save_journey(journey, path)
    assert load_journey(path) == journey
    save_journey(journey, path)  # over an existing file
    assert load_journey(path) == journey
