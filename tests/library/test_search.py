"""Search across a library's journeys."""

from __future__ import annotations

from journeymap.library.catalogue import scan_library
from journeymap.library.search import search_library
from tests.library.helpers import funnel, write


def _library(tmp_path):
    write(tmp_path, "a.journey.json", funnel("Order food", persona_name="Anna"))
    write(tmp_path, "b.journey.json", funnel("Return a parcel", persona_name="Ville Väinö"))
    (tmp_path / "bad.journey.json").write_text("nope", "utf-8")
    return scan_library(tmp_path, analyse_journeys=False)


def test_finds_titles_steps_notes_and_personas_in_every_journey(tmp_path):
    library = _library(tmp_path)
    kinds = {(h.relative, h.kind) for h in search_library(library, "parcel")}
    assert kinds == {("b.journey.json", "title")}
    steps = search_library(library, "PAY online")
    assert {(h.relative, h.kind, h.key) for h in steps} == {
        ("a.journey.json", "step", "mid"),
        ("b.journey.json", "step", "mid"),
    }
    notes = search_library(library, "refused")
    assert {(h.kind, h.label) for h in notes} == {("note", "Pay online")}
    assert notes[0].snippet == "Card refused"
    people = search_library(library, "väinö")
    assert [(h.relative, h.kind, h.key) for h in people] == [("b.journey.json", "persona", "anna")]


def test_every_word_must_match_and_an_empty_query_finds_nothing(tmp_path):
    library = _library(tmp_path)
    assert search_library(library, "order parcel") == []
    assert search_library(library, "   ") == []
    assert len(search_library(library, "pay", limit=1)) == 1
