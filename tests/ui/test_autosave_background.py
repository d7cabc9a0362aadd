"""The timer's autosave runs on a worker thread over a snapshot, and never
writes a save that became stale while it ran."""

from __future__ import annotations

import json
import re

import pytest

from benchmarks.synthetic import synthetic_journey
from journeymap.analysis.pace import Gate
from journeymap.model.edits import UpdateItem, UpdateJourney
from journeymap.model.fileformat import encode_json, journey_to_data
from journeymap.ui.document.editor_document import EditorDocument
from journeymap.ui.files import autosave
from journeymap.ui.files.autosave import Autosaver, read_autosave


@pytest.fixture
def edited():
    document = EditorDocument(synthetic_journey(300, 3, seed=5))
    document.push(UpdateJourney({"title": "Edited, not saved"}))
    return document


def _journey_text(path):
    return json.dumps(json.loads(path.read_bytes())["journey"], sort_keys=True)


def test_a_background_save_writes_what_a_save_now_writes(qtbot, edited, tmp_path):
    saver = Autosaver(edited, path=tmp_path / "bg.autosave.json")
    assert saver.save_in_background()
    assert saver.saving
    assert not saver.save_in_background()  # one at a time
    qtbot.waitUntil(lambda: not saver.saving, timeout=10000)
    background = _journey_text(saver.path)
    assert saver.save_now()
    assert _journey_text(saver.path) == background
    journey, original = read_autosave(saver.path)
    assert journey == edited.journey
    assert original is None
    saver.stop()
    assert not saver.path.exists()


def test_the_sliced_payload_is_byte_for_byte_the_journeys_json(edited):
    paced = b"".join(autosave._payload(edited.journey, None, paced=True))
    (plain,) = autosave._payload(edited.journey, None, paced=False)
    assert len(edited.journey.measurements) > autosave.SLICE_ITEMS  # several slices
    assert encode_json(journey_to_data(edited.journey)) in paced

    def clock_removed(payload: bytes) -> bytes:
        return re.sub(rb'"saved_at":"[^"]*"', b"", payload)

    assert clock_removed(paced) == clock_removed(plain)


def test_edits_after_the_snapshot_wait_for_the_next_save(qtbot, edited, tmp_path):
    saver = Autosaver(edited, path=tmp_path / "snap.autosave.json")
    step = edited.journey.steps[0]
    assert saver.save_in_background()
    edited.push(UpdateItem("steps", step.id, {"title": "Renamed meanwhile"}))
    saver.wait()
    journey, _ = read_autosave(saver.path)
    assert journey.find("steps", step.id).title == step.title  # the snapshot's, whole
    saver.stop()


def test_a_discard_during_a_background_save_leaves_no_file(qtbot, edited, tmp_path, monkeypatch):
    saver = Autosaver(edited, path=tmp_path / "gone.autosave.json")
    held = Gate()
    held.shut()  # the worker waits at its checkpoints until the test lets it go
    monkeypatch.setattr(saver._gates, "begin", lambda: held)
    assert saver.save_in_background()
    saver.discard()  # the journey was saved meanwhile
    held.open()
    saver.wait()
    assert not saver.path.exists()
    assert not list(tmp_path.glob("*.tmp"))
    saver.stop()


def test_closing_stops_a_background_save_and_removes_the_file(qtbot, edited, tmp_path):
    saver = Autosaver(edited, path=tmp_path / "closed.autosave.json")
    assert saver.save_in_background()
    saver.stop()
    assert not saver.saving
    assert not saver.path.exists()


def test_a_failed_background_save_is_reported(qtbot, edited, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the autosave folder should be")
    saver = Autosaver(edited, path=tmp_path / "ok.autosave.json")
    saver.path = blocker / "x.autosave.json"
    with qtbot.waitSignal(saver.failed, timeout=10000) as reported:
        assert saver.save_in_background()
    assert reported.args[0]
    assert not saver.saving
