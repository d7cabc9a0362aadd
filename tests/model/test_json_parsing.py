"""Reading a file's JSON: pydantic-core's parser first, ``json.loads`` for
whatever it refuses, with the same values and the same messages as
``json.loads`` alone."""

import json

import pytest

from journeymap.model import JourneyFileError, loads_journey
from journeymap.model.fileformat import _parse_json

SAME_VALUES = [
    # numbers: whole, beyond 64 bits, exponents, the smallest and largest floats
    "[0, -0, -0.0, 1.5E+3, 1e-400, 5e-324, 1.7976931348623157e308, 0.1, 2.2250738585072011e-308]",
    "[123456789012345678901234567890, -9223372036854775809, 18446744073709551616]",
    '{"a": 1, "b": 2, "a": 3}',  # the last of two equal keys, at the first one's place
    '"a\\/b\\b\\f\\n\\r\\t\\u0000\\u001f\\ud83d\\ude00"',
    # what the fast parser refuses and json.loads reads
    '"\\ud800"',
    "[" * 300 + "]" * 300,
]


@pytest.mark.parametrize("text", SAME_VALUES)
def test_the_values_are_those_json_loads_reads(text):
    ours = _parse_json(text)
    theirs = json.loads(text)
    assert ours == theirs
    assert repr(ours) == repr(theirs)  # the same types too (int stays int, -0.0 stays -0.0)
    if isinstance(theirs, dict):
        assert list(ours) == list(theirs)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"title": NaN}', "not a journey file: NaN is not a number journeymap accepts"),
        (
            '{"title": -Infinity}',
            "not a journey file: -Infinity is not a number journeymap accepts",
        ),
        ("[1", "not valid JSON: Expecting ',' delimiter at line 1, column 3"),
        ('{"title": "a\tb"}', "not valid JSON: Invalid control character at at line 1, column 13"),
        ("[" + "7" * 5000 + "]", "not a journey file: a number in it has thousands of digits"),
        ("[" * 100_000 + "]" * 100_000, "not a journey file: the JSON is nested too deeply"),
    ],
)
def test_what_is_refused_gets_the_messages_json_loads_gives(text, message):
    with pytest.raises(JourneyFileError) as caught:
        loads_journey(text)
    assert str(caught.value) == message
