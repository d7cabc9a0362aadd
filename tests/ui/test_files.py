"""Files in the editor: open, broken files, recent files, drops, changes on disk,
failed saves, autosave and recovery after a crash, examples."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from journeymap.model import Journey, Stage, load_journey, save_journey
from journeymap.ui.app import open_editor
from journeymap.ui.dialogs import Recovery, UnsavedAnswer
from journeymap.ui.files.autosave import autosave_folder, find_recoverable, write_autosave
from journeymap.ui.files.handler import recent_files
from journeymap.ui.files.start_page import example_paths


def small_journey(title: str = "Tax return") -> Journey:
    return Journey(title=title, stages=[Stage(id="stage-file", name="File")])


def test_open_broken_file_shows_problems_and_keeps_the_journey(window, dialogs, tmp_path):
    window.window_actions.add_stage.trigger()
    before = window.document.journey.copy_deep()
    broken = tmp_path / "broken.journey.json"
    broken.write_text('{"format_version": 1, "steps": [{"id": "s1"}]}', encoding="utf-8")
    assert not window.files.open_path(broken)
    ((title, text, _details),) = dialogs.named("error")
    assert "Cannot open" in title
    assert "broken.journey.json" in text
    assert window.document.journey == before
    assert window.isWindowModified()
    assert window.document.path is None


def test_open_not_json_names_the_line(window, dialogs, tmp_path):
    broken = tmp_path / "garbage.journey.json"
    broken.write_text("{ this is not json", encoding="utf-8")
    assert not window.files.open_path(broken)
    ((_title, text, _details),) = dialogs.named("error")
    assert "line 1" in text


def test_unsaved_prompt_before_open_can_cancel(window, dialogs, tmp_path):
    path = tmp_path / "other.journey.json"
    save_journey(small_journey(), path)
    window.window_actions.add_stage.trigger()
    dialogs.unsaved_answer = UnsavedAnswer.CANCEL
    assert not window.files.open_path(path)
    assert window.document.journey.stages[0].name == "New stage"
    dialogs.unsaved_answer = UnsavedAnswer.DISCARD
    assert window.files.open_path(path)
    assert window.document.journey.title == "Tax return"


def test_open_dialog_and_recent_files(window, dialogs, tmp_path):
    path = tmp_path / "a.journey.json"
    save_journey(small_journey(), path)
    dialogs.open_answer = str(path)
    window.window_actions.open.trigger()
    assert window.document.path == path.resolve()
    assert recent_files()[0] == str(path.resolve())
    recent_menu = window.menus["recent"]
    assert recent_menu.actions()[0].text().endswith("a.journey.json")
    assert window.start_page.recent.item(0).text().startswith("a.journey.json")


def test_failed_save_says_why_and_keeps_the_changes(window, dialogs, tmp_path):
    window.window_actions.add_stage.trigger()
    dialogs.save_answer = str(tmp_path / "missing-folder" / "x.journey.json")
    assert not window.files.save()
    ((title, text, _details),) = dialogs.named("error")
    assert "Cannot save" in title
    assert "x.journey.json" in text
    assert window.isWindowModified()
    assert window.document.journey.stages


def test_save_as_adds_the_suffix(window, dialogs, tmp_path):
    dialogs.save_answer = str(tmp_path / "plain")
    window.window_actions.add_stage.trigger()
    assert window.files.save_as()
    assert (tmp_path / "plain.journey.json").exists()


def test_dropping_a_file_opens_it(qtbot, window, tmp_path):
    path = tmp_path / "dropped.journey.json"
    save_journey(small_journey("Dropped"), path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert window.document.journey.title == "Dropped"


def test_change_on_disk_offers_reload(qtbot, window, dialogs, tmp_path):
    path = tmp_path / "watched.journey.json"
    save_journey(small_journey("Before"), path)
    assert window.files.open_path(path)
    save_journey(small_journey("After"), path)  # another program writes it
    qtbot.waitUntil(lambda: bool(dialogs.named("ask_reload")), timeout=5000)
    qtbot.waitUntil(lambda: window.document.journey.title == "After", timeout=5000)


def test_own_save_does_not_count_as_a_change_on_disk(qtbot, window, dialogs, tmp_path):
    path = tmp_path / "mine.journey.json"
    save_journey(small_journey(), path)
    assert window.files.open_path(path)
    window.window_actions.add_stage.trigger()
    assert window.files.save()
    # A later foreign change is still noticed, so the watcher is alive after our save.
    save_journey(small_journey("Foreign"), path)
    qtbot.waitUntil(lambda: bool(dialogs.named("ask_reload")), timeout=5000)
    assert len(dialogs.named("ask_reload")) == 1


def test_autosave_writes_only_unsaved_work_and_is_removed_on_save(window, dialogs, tmp_path):
    autosaver = window.autosaver
    assert not autosaver.save_now()  # nothing unsaved yet
    window.window_actions.add_stage.trigger()
    assert autosaver.save_now()
    assert autosaver.path.exists()
    assert autosaver.path.parent == autosave_folder()
    assert find_recoverable() == []  # this window is alive: not offered
    dialogs.save_answer = str(tmp_path / "kept.journey.json")
    assert window.files.save()
    assert not autosaver.path.exists()


def test_recover_after_crash(qtbot, dialogs, tmp_path):
    original = tmp_path / "tax.journey.json"
    save_journey(small_journey(), original)
    crashed = small_journey("Tax return, half edited")
    left_behind = autosave_folder() / "0123.autosave.json"
    write_autosave(left_behind, crashed, original)
    window = open_editor(None, dialogs)
    qtbot.addWidget(window)
    (description,) = dialogs.named("ask_recover")
    assert "Tax return, half edited" in description[0]
    assert window.document.journey == crashed
    assert window.isWindowModified()
    assert window.document.path == original
    assert not window.showing_start_page()
    dialogs.unsaved_answer = UnsavedAnswer.SAVE
    window.close()
    assert load_journey(original).title == "Tax return, half edited"
    assert not left_behind.exists()


def test_discarded_recovery_removes_the_file(qtbot, dialogs):
    left_behind = autosave_folder() / "0456.autosave.json"
    write_autosave(left_behind, small_journey(), None)
    dialogs.recover_answer = Recovery.DISCARD
    window = open_editor(None, dialogs)
    qtbot.addWidget(window)
    assert not left_behind.exists()
    assert window.showing_start_page()


def test_unreadable_autosave_is_reported_not_fatal(qtbot, dialogs):
    left_behind = autosave_folder() / "0789.autosave.json"
    left_behind.parent.mkdir(parents=True, exist_ok=True)
    left_behind.write_text(json.dumps({"journeymap-autosave": 1, "journey": {"steps": 3}}))
    window = open_editor(None, dialogs)
    qtbot.addWidget(window)
    assert dialogs.named("error")
    assert window.showing_start_page()


def test_editor_opens_a_file_given_on_the_command_line(qtbot, dialogs, tmp_path):
    path = tmp_path / "given.journey.json"
    save_journey(small_journey("Given"), path)
    window = open_editor(str(path), dialogs)
    qtbot.addWidget(window)
    assert window.document.journey.title == "Given"
    assert not window.isWindowModified()


def test_new_from_example_is_an_unsaved_copy(qtbot, window, dialogs):
    examples = example_paths()
    assert examples, "the examples folder is found"
    window.show_start_page()
    first = window.start_page.examples.item(0)
    window.start_page.examples.itemActivated.emit(first)
    assert window.document.journey == load_journey(Path(first.data(Qt.ItemDataRole.UserRole)))
    assert window.document.path is None
    assert not window.showing_start_page()
    dialogs.save_answer = ""
    assert not window.files.save()  # cancelled save-as: the example is never overwritten
    assert dialogs.named("save_path")


def test_examples_are_found_inside_the_package():
    """``journeymap/examples`` (a link to the repository's folder, copied into
    wheels as package data) is where an installed editor finds them."""
    from journeymap.ui.files.start_page import example_folder

    folder = example_folder()
    assert folder is not None
    assert folder.parent.name == "journeymap"
    assert {p.name for p in example_paths()} >= {"broadband-support.journey.json"}


def test_autosave_runs_on_its_timer(qtbot, window):
    window.autosaver.set_interval(20)
    window.window_actions.add_stage.trigger()
    qtbot.waitUntil(window.autosaver.path.exists, timeout=5000)
    window.undo_action.trigger()  # back to the saved state: nothing left to recover
    assert not window.autosaver.path.exists()
