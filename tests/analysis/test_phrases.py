"""The analysis's sentences have one source: every reason and message is the
English text of the phrase kept beside it, built from declared templates."""

from __future__ import annotations

import string
from pathlib import Path

import pytest

from journeymap.analysis import analyse
from journeymap.analysis.phrases import (
    TEMPLATES,
    Count,
    Formatter,
    Names,
    Phrase,
    Quoted,
    Rate,
    Score,
    format_count,
    format_drop,
    format_rate,
)
from journeymap.model import Channel, Persona, Rating
from journeymap.model.fileformat import load_journey
from journeymap.model.scales import EMOTION
from tests.analysis.analysis_cases import hand_journey, make_journey

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.journey.json"))


def _journeys():
    yield hand_journey("shares")
    yield hand_journey("volumes", personas=("p",))
    yield make_journey(
        [("S", "start"), ("A", "touchpoint"), ("X", "exit"), ("L", "touchpoint")],
        [("S", "A", {"share": 0.5}), ("A", "X", {"volume": 1}), ("A", "A", {"share": 0.1})],
        volumes={"S": 2},
        personas=("p",),
        ratings=[Rating(step_id="X", persona_id="p", ease=1.5, emotion=-1)],
        channels=[
            Channel(id="e", name="email", kind="email", owner="Support"),
            Channel(id="f", name="forum", kind="social", ownership="third_party"),
        ],
        step_extra={"A": {"channel_id": "e"}, "X": {"channel_id": "f"}},
    )
    for path in EXAMPLES:
        yield load_journey(path)


def _templates_used(phrase: Phrase):
    yield phrase.template
    for _, value in phrase.values:
        if isinstance(value, Phrase):
            yield from _templates_used(value)


@pytest.mark.parametrize("journey", list(_journeys()))
def test_every_text_is_its_phrase_in_english(journey):
    analysis = analyse(journey)
    phrases: list[Phrase] = []
    for point in analysis.pain_points:
        assert point.reasons == tuple(p.text() for p in point.reason_phrases)
        phrases += point.reason_phrases
    for check in analysis.checks:
        assert check.phrase is not None and check.message == check.phrase.text()
        phrases.append(check.phrase)
    for issue in analysis.flow.issues:
        assert issue.phrase is not None and issue.message == issue.phrase.text()
    for switch in analysis.channel_switches:
        assert switch.reason_phrase is not None and switch.reason == switch.reason_phrase.text()
        phrases.append(switch.reason_phrase)
    for phrase in phrases:
        for template in _templates_used(phrase):
            assert template in TEMPLATES


def test_exit_and_singular_reasons():
    journey = make_journey(
        [("S", "start"), ("X", "exit")],
        [("S", "X", {"volume": 1})],
        volumes={"S": 3},
        personas=("p",),
        ratings=[Rating(step_id="X", persona_id="p", ease=1)],
    )
    (point,) = analyse(journey).pain_points
    assert point.reasons == ("ease 1/5", "1 customer leaves here (100 %)")
    kinds = [p.template for p in point.reason_phrases]
    assert kinds == ["ease {value}", "{count} customer leaves here ({rate})"]
    assert point.reason_phrases[1].params == {"count": Count(1.0), "rate": Rate(1.0)}


def test_templates_name_exactly_the_values_they_are_given():
    journey = make_journey("AB", personas=("p", "q"), ratings=[])
    journey.personas.append(Persona(id="r", name="Ria"))
    for phrase in [c.phrase for c in analyse(journey).checks]:
        names = {name for _, name, _, _ in string.Formatter().parse(phrase.template) if name}
        assert names == set(phrase.params)


def test_a_formatter_changes_words_numbers_and_quotes_and_nothing_else():
    class Loud(Formatter):
        def template(self, text):
            return text.upper().replace("{COUNT}", "{count}").replace("{NAMES}", "{names}")

        def count(self, value):
            return f"#{value:g}"

        def quoted(self, text):
            return f"«{text}»"

    more = Phrase("{names} and {count} more", (("names", Names.of("abc", 1)),))
    assert Names.of("abc", 1) == Names(("a",), 3)
    assert Loud().value(Names.of("abc", 1)) == "«a» AND #2 MORE"
    assert Formatter().value(Names.of("abc", 1)) == '"a" and 2 more'
    assert Formatter().value(Names.of("abc", 1, counted=False)) == '"a" …'
    assert Formatter().value(Quoted("x")) == '"x"'
    assert Formatter().value(Score(EMOTION, -1.5)) == "−1.5"
    assert more.template in TEMPLATES


def test_one_rule_writes_counts_shares_and_drop_offs():
    english = Formatter()
    assert [english.rate(r) for r in (0.2, 0.196, 0.0996, 0.017, 0.125, 0.0004, None)] == [
        "20 %",
        "19.6 %",
        "10 %",
        "1.7 %",
        "12.5 %",
        "0 %",
        "?",
    ]
    assert english.count(1234.4) == "1,234" and english.count(None) == "?"
    assert english.drop(1234, 0.196) == "−1,234 · 19.6 %"
    assert english.drop(5, None) == "−5"
    assert format_drop(150, 0.2) == "−150 · 20 %" == english.drop(150, 0.2)
    assert format_count(1234.4) == "1,234" and format_rate(0.196) == "19.6 %"
    local = Formatter(group="\u00a0", point=",")
    assert local.drop(1234567, 0.017) == "−1\u00a0234\u00a0567 · 1,7 %"
    assert local.score(EMOTION, -1.5) == "−1,5"


def test_reasons_write_their_numbers_by_the_same_rule():
    lost = Phrase(
        "{count} customers lost here ({rate})", (("count", Count(1234)), ("rate", Rate(0.196)))
    )
    assert lost.text() == f"{format_count(1234)} customers lost here ({format_rate(0.196)})"
