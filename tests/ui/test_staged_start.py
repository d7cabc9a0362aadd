"""The editor's staged start: the window's first frame (menus, toolbar, "Opening
…") before the model loads, then the journey's map, then the docks; a broken
file, the start page and crash recovery work as in a start in one step."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from journeymap.model import Journey, Stage, Step, save_journey
from journeymap.ui.app import editor_of, start_staged
from journeymap.ui.files.autosave import autosave_folder, write_autosave

ROOT = Path(__file__).parents[2]
EXAMPLE = ROOT / "examples" / "broadband-support.journey.json"

FIRST_FRAME = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject
from journeymap.ui.app import create_application, start_staged

app = create_application()
window = start_staged(sys.argv[1])

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched is window:
            loaded = [m for m in ("pydantic", "journeymap.model", "journeymap.ui.map.area")
                      if m in sys.modules]
            print(window.ready, window.has_journey, ",".join(loaded) or "-",
                  "Qt" in QtCore.__dict__, window.statusBar().currentMessage(), flush=True)
            os._exit(0)
        return False

watcher = FirstPaint()
window.installEventFilter(watcher)
app.exec()
"""


def test_first_frame_is_painted_before_the_model_loads(tmp_path):
    env_home = {"XDG_CONFIG_HOME": str(tmp_path / "c"), "XDG_DATA_HOME": str(tmp_path / "d")}
    done = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME, str(EXAMPLE)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**__import__("os").environ, **env_home},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    ready, has_journey, loaded, qt_namespace, message = done.stdout.strip().split(" ", 4)
    assert (ready, has_journey) == ("False", "False")
    assert loaded == "-"  # neither pydantic, the model nor the map
    assert qt_namespace == "False"  # nor the Python enums of Qt's namespace
    assert message == f"Opening {EXAMPLE.name}…"


@pytest.fixture
def staged(qtbot, qapp, dialogs):
    """Start staged on a path; the window once it is complete."""
    editor_of(qapp).dialogs = dialogs

    def start(path: str | None):
        window = start_staged(path)
        qtbot.addWidget(window)
        assert not window.ready
        qtbot.waitUntil(lambda: window.ready, timeout=20000)
        return window

    return start


def test_staged_start_shows_the_journey_then_the_docks(qtbot, staged):
    shown: list[tuple[bool, int]] = []
    window = staged(str(EXAMPLE))
    window.completed.connect(lambda: shown.append((True, 0)))  # once only: already done
    assert window.document.journey.title == json.loads(EXAMPLE.read_text())["title"]
    assert window.document.path == EXAMPLE.resolve()
    assert not window.showing_start_page()
    assert window.windowTitle() == f"{EXAMPLE.name}[*] — journeymap"
    assert window.outline.isVisible() and window.inspector.isVisible()
    assert window.insights.isVisible()
    view = window.map_area.view  # the map from its start, though the docks came after it
    assert view.verticalScrollBar().value() == view.verticalScrollBar().minimum()
    assert view.horizontalScrollBar().value() == view.horizontalScrollBar().minimum()
    qtbot.waitUntil(window.persona_selector.isVisible)  # the toolbar lays out on its next turn
    assert window.outline.tree.model().rowCount() == 5
    assert window.window_actions.add_step.isEnabled()
    assert window.undo_action in window.menus["edit"].actions()
    assert [a.text() for a in window.menus["edit"].actions()][:2] == ["&Undo", "&Redo"]
    # The analysis, held back until the map had painted, still comes.
    qtbot.waitUntil(lambda: window.live.analysis is not None, timeout=30000)
    assert window.insights.tree.topLevelItemCount() > 0
    window.window_actions.add_stage.trigger()  # the actions reach the journey
    assert window.document.undo_stack.count() == 1
    assert shown == []


def test_a_broken_file_at_start_is_said_in_the_window(qtbot, staged, dialogs, tmp_path):
    path = tmp_path / "broken.journey.json"
    path.write_text('{"format_version": 1, "title": ', encoding="utf-8")
    window = staged(str(path))
    (error,) = dialogs.named("error")
    assert error[0] == "Cannot open the journey"
    assert "broken.journey.json" in error[1] or "broken.journey.json" in error[2]
    assert window.showing_start_page()
    assert not window.outline.isVisible()  # the start page has no docks
    window.start_page.new_requested.emit()  # and it works
    assert not window.showing_start_page()
    assert window.outline.isVisible()


def test_staged_start_recovers_autosaved_work(qtbot, staged, dialogs, tmp_path):
    original = tmp_path / "tax.journey.json"
    stage = Stage(id="s1", name="File")
    saved = Journey(title="Tax return", stages=[stage])
    save_journey(saved, original)
    crashed = Journey(
        title="Tax return, half edited",
        stages=[stage],
        steps=[Step(id="t1", title="Log in", stage_id="s1")],
    )
    left_behind = autosave_folder() / "0999.autosave.json"
    write_autosave(left_behind, crashed, original)
    window = staged(None)
    (description,) = dialogs.named("ask_recover")
    assert "Tax return, half edited" in description[0]
    assert window.document.journey == crashed
    assert window.isWindowModified()
    assert not window.showing_start_page()
    window.document.undo_stack.setClean()
    left_behind.unlink(missing_ok=True)
