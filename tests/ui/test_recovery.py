"""Crash recovery against real processes and damaged files: a killed editor's
work is offered back, a damaged autosave never stops the editor from starting,
and temporary files of killed writers are cleaned up."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from journeymap.model import Journey, Stage, load_journey, save_journey
from journeymap.model.leftovers import remove_dead_writers_files
from journeymap.ui.app import open_editor
from journeymap.ui.dialogs import Recovery
from journeymap.ui.files.autosave import (
    DAMAGED_FOLDER,
    autosave_folder,
    find_recoverable,
    write_autosave,
)

CHILD = Path(__file__).with_name("autosave_child.py")
ROOT = Path(__file__).parents[2]


def _dead_pid() -> int:
    """The id of a process that has ended."""
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(done.stdout)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_work_of_a_killed_editor_process_is_offered_back(qtbot, dialogs):
    folder = autosave_folder()
    folder.mkdir(parents=True, exist_ok=True)
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(folder)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        # Alive, its lock is held: another window's work, not offered.
        assert find_recoverable(folder) == []
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    # Its lock file is still there, but its owner is dead: the work is offered.
    assert (folder / "killed.autosave.json.lock").exists()
    (candidate,) = find_recoverable(folder)
    assert candidate.title == "Edited, then killed"
    window = open_editor(None, dialogs)
    qtbot.addWidget(window)
    assert dialogs.named("ask_recover")
    assert window.document.journey.title == "Edited, then killed"
    assert window.isWindowModified()


def test_a_deeply_nested_autosave_is_set_aside_and_the_editor_starts(qtbot, dialogs):
    folder = autosave_folder()
    folder.mkdir(parents=True, exist_ok=True)
    damaged = folder / "nested.autosave.json"
    damaged.write_text("[" * 100_000, encoding="utf-8")
    window = open_editor(None, dialogs)
    qtbot.addWidget(window)
    assert window.showing_start_page()
    assert not dialogs.named("ask_recover")  # nothing to offer...
    ((title, text, _details),) = dialogs.named("error")  # ...but it is said
    assert title == "Damaged unsaved work set aside"
    assert str(folder / DAMAGED_FOLDER) in text
    assert not damaged.exists()
    assert (folder / DAMAGED_FOLDER / damaged.name).read_text(encoding="utf-8") == "[" * 100_000
    # The next start is quiet: the file is kept aside, not offered again.
    assert find_recoverable(folder) == []


@pytest.mark.parametrize(
    "content",
    [b"", b"\xff\xfe garbage", b'{"journeymap-autosave": 1, "journey": ', b"[]"],
    ids=["empty", "not-utf8", "truncated", "not-an-autosave"],
)
def test_unreadable_autosaves_are_set_aside(content):
    folder = autosave_folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "bad.autosave.json"
    path.write_bytes(content)
    aside: list[Path] = []
    assert find_recoverable(folder, aside) == []
    assert aside == [folder / DAMAGED_FOLDER / path.name]


def test_an_autosave_whose_journey_is_invalid_is_set_aside_after_the_attempt(qtbot, dialogs):
    folder = autosave_folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "invalid.autosave.json"
    path.write_text('{"journeymap-autosave": 1, "journey": {"steps": 3}}', encoding="utf-8")
    dialogs.recover_answer = Recovery.RESTORE
    window = open_editor(None, dialogs)
    qtbot.addWidget(window)
    ((title, text, _details),) = dialogs.named("error")
    assert title == "Cannot recover the journey" and DAMAGED_FOLDER in text
    assert not path.exists() and find_recoverable(folder) == []


@pytest.mark.skipif(os.name != "posix", reason="process ids are checked on POSIX")
def test_a_save_removes_temporary_files_of_dead_writers_only(tmp_path):
    target = tmp_path / "tax.journey.json"
    dead = tmp_path / f".{target.name}.{_dead_pid()}.abc123.tmp"
    dead.write_bytes(b"x" * 1000)
    alive = tmp_path / f".{target.name}.{os.getppid()}.def456.tmp"  # our parent: running
    alive.write_bytes(b"y")
    other = tmp_path / f".other.journey.json.{_dead_pid()}.ghi789.tmp"
    other.write_bytes(b"z")
    save_journey(Journey(title="Tax", stages=[Stage(id="s", name="File")]), target)
    assert load_journey(target).title == "Tax"
    assert not dead.exists()
    assert alive.exists() and other.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == sorted(
        [alive.name, other.name]
    )


def test_old_temporary_files_without_a_process_id_are_removed_after_a_day(tmp_path):
    old = tmp_path / ".tax.journey.json.k2j3h4g5.tmp"
    new = tmp_path / ".tax.journey.json.a1b2c3d4.tmp"
    old.write_bytes(b"x")
    new.write_bytes(b"y")
    day_ago = old.stat().st_mtime - 25 * 3600
    os.utime(old, (day_ago, day_ago))
    assert remove_dead_writers_files(tmp_path, "tax.journey.json") == [old]
    assert new.exists()


@pytest.mark.skipif(os.name != "posix", reason="process ids are checked on POSIX")
def test_start_up_removes_temporary_files_of_dead_autosaves():
    folder = autosave_folder()
    folder.mkdir(parents=True, exist_ok=True)
    dead = folder / f".autosave.{_dead_pid()}.abc123.tmp"
    dead.write_bytes(b"x" * 1000)
    write_autosave(folder / "fine.autosave.json", Journey(title="Fine"), None)
    (candidate,) = find_recoverable(folder)
    assert candidate.title == "Fine"
    assert not dead.exists()


BROKEN = ROOT / "tests" / "data" / "broken"


@pytest.mark.parametrize("path", sorted(BROKEN.glob("*.journey.json")), ids=lambda p: p.name)
def test_every_broken_journey_of_the_corpus_is_refused_by_the_editor(window, dialogs, path):
    window.window_actions.add_stage.trigger()
    before = window.document.journey.copy_deep()
    assert not window.files.open_path(path)
    ((_title, text, _details),) = dialogs.named("error")
    assert path.name in text
    assert window.document.journey == before  # nothing of the current journey is lost


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_the_editor_refuses_a_fifo_without_blocking(window, dialogs, tmp_path):
    fifo = tmp_path / "pipe.journey.json"
    os.mkfifo(fifo)
    assert not window.files.open_path(fifo)
    ((_title, text, _details),) = dialogs.named("error")
    assert "is a pipe" in text + _details
