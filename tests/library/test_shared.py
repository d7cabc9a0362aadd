"""Shared personas and channels: the library file, copies, stale copies."""

from __future__ import annotations

import json

import pytest

from journeymap.library.shared import (
    SharedLibrary,
    SharedLibraryError,
    find_library_file,
    load_shared,
    save_shared,
    share_item,
    stale_copies,
    update_edit,
    use_shared_item,
)
from journeymap.model import Channel, JourneyDocument, Persona, load_journey
from tests.library.helpers import funnel, write


def _shared_library(tmp_path):
    library = tmp_path / "library.json"
    save_shared(
        SharedLibrary(
            personas=[Persona(id="anna", name="Anna", role="buyer", colour="#d55e00")],
            channels=[Channel(id="web", name="Web shop", kind="web")],
        ),
        library,
    )
    return library


def test_library_file_round_trips_and_is_found_from_a_subfolder(tmp_path):
    library = _shared_library(tmp_path)
    assert json.loads(library.read_text("utf-8"))["format"] == "journeymap-library"
    assert load_shared(library).find("personas", "anna").colour == "#d55e00"
    journey = write(tmp_path, "a/b/x.journey.json", funnel())
    assert find_library_file(journey) == library.resolve()


@pytest.mark.parametrize(
    "text", ["{", '{"personas": [{"id": "p"}]}', '{"personas": [], "extra": 1}', "[]"]
)
def test_a_broken_library_file_is_refused_with_a_message(tmp_path, text):
    path = tmp_path / "library.json"
    path.write_text(text, "utf-8")
    with pytest.raises(SharedLibraryError, match=r"library\.json"):
        load_shared(path)


def test_use_a_shared_persona_then_edit_it_in_the_library_and_update_the_copy(tmp_path):
    library = _shared_library(tmp_path)
    path = write(tmp_path, "sub/order.journey.json", funnel())
    doc = JourneyDocument(load_journey(path))
    doc.apply(use_shared_item(doc.journey, path, library, "personas", "anna"))
    copy = doc.journey.find("personas", "persona-anna")  # the journey has its own "anna"
    assert copy is not None
    assert copy.shared_source == "../library.json#anna" and copy.colour == "#d55e00"
    assert stale_copies(doc.journey, path).stale == []
    # Someone edits the persona in the library.
    shared = load_shared(library)
    shared.personas[0] = shared.personas[0].model_copy(update={"name": "Anna K.", "goals": "Fast"})
    save_shared(shared, library)
    status = stale_copies(doc.journey, path)
    assert [(s.key, s.changes) for s in status.stale] == [
        (copy.id, {"name": "Anna K.", "goals": "Fast"})
    ]
    before = doc.journey.copy_deep()
    edit = update_edit(status.stale)
    doc.apply(edit)
    assert doc.journey.find("personas", copy.id).name == "Anna K."
    assert stale_copies(doc.journey, path).stale == []
    doc.revert(edit)
    assert doc.journey == before


def test_share_a_journeys_channel_into_a_new_library_file(tmp_path):
    path = write(tmp_path, "order.journey.json", funnel())
    doc = JourneyDocument(load_journey(path))
    library = tmp_path / "library.json"
    edit = share_item(doc.journey, path, "channels", "web", library)
    assert edit is not None
    doc.apply(edit)
    assert doc.journey.find("channels", "web").shared_source == "library.json#web"
    assert load_shared(library).find("channels", "web").name == "Web"
    assert load_shared(library).find("channels", "web").shared_source == ""
    assert share_item(doc.journey, path, "channels", "web", library) is None  # already shared


def test_a_missing_library_or_item_is_a_problem_not_an_error(tmp_path):
    path = write(tmp_path, "order.journey.json", funnel())
    journey = load_journey(path)
    journey.personas[0] = journey.personas[0].model_copy(
        update={"shared_source": "nowhere.json#anna"}
    )
    journey.channels[0] = journey.channels[0].model_copy(update={"shared_source": "no-hash"})
    status = stale_copies(journey, path)
    assert status.stale == [] and len(status.problems) == 2
    _shared_library(tmp_path)
    journey.personas[0] = journey.personas[0].model_copy(
        update={"shared_source": "library.json#gone"}
    )
    assert "no longer" in stale_copies(journey, path).problems[0]
