"""Whatever a journey holds, saving and loading it gives back an equal journey."""

import json

from hypothesis import given, settings

from journeymap.model import (
    FORMAT_VERSION,
    Journey,
    Persona,
    Position,
    Rating,
    Stage,
    Step,
    dumps_journey,
    encode_json,
    load_journey,
    loads_journey,
    reference_problems,
    save_journey,
)
from tests.model.journey_strategies import journeys


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


@given(journeys())
def test_saved_text_is_what_the_standard_library_writes(journey):
    # The file is written by orjson; it must stay the text the format has always
    # had (json's indent=2), tiny numbers' exponent notation aside.
    text = dumps_journey(journey)
    data = json.loads(text)
    expected = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    assert text == expected or _has_tiny_number(data)


def _has_tiny_number(value) -> bool:
    if isinstance(value, float):
        return 0 < abs(value) < 1e-4
    if isinstance(value, dict):
        value = list(value.values())
    return isinstance(value, list) and any(_has_tiny_number(v) for v in value)


def test_whole_numbers_are_written_without_a_decimal_point():
    rating = Rating(step_id="s1", persona_id="p1", goal=4.0, ease=2.5)
    journey = Journey(
        title="Whole",
        personas=[Persona(id="p1", name="Pat")],
        stages=[Stage(id="st1", name="Find")],
        steps=[Step(id="s1", title="Search", stage_id="st1", position=Position(x=10.0, y=2.5))],
        ratings=[rating],
    )
    goal, ease = json.loads(dumps_journey(journey))["measurements"]
    assert goal["mean"] == 4 and isinstance(goal["mean"], int)
    assert ease["mean"] == 2.5
    position = json.loads(dumps_journey(journey))["steps"][0]["position"]
    assert position == {"x": 10, "y": 2.5} and isinstance(position["x"], int)
    assert rating.goal == 4.0 and isinstance(rating.goal, float)  # only the file says 4


def test_data_orjson_refuses_is_still_written():
    assert json.loads(encode_json({"big": 2**70}, pretty=True)) == {"big": 2**70}
    pretty = encode_json({"a": [1, "é"]}, pretty=True)
    assert pretty == '{\n  "a": [\n    1,\n    "é"\n  ]\n}'.encode()
