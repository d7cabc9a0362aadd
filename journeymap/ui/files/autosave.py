"""Autosave of unsaved work, and recovery after a crash.

Every window writes its unsaved journey once a minute (only when it has
unsaved changes) to ``<AppDataLocation>/autosave/<random>.autosave.json``.
The file is removed when the journey is saved, reverted to its saved state,
or closed cleanly, so a file that is still there at the next start is work
that a crash (or a killed process) left behind.

A running window holds a ``QLockFile`` next to its autosave file; files whose
lock is held by a live process belong to another open window and are not
offered for recovery. A file that cannot be read is set aside in
``autosave/damaged/`` and reported, never a reason not to start.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, QTimer, Signal

from journeymap.model import Journey, JourneyFileError
from journeymap.model.fileformat import (
    MAX_FILE_BYTES,
    encode_json,
    journey_from_data,
    journey_to_data,
)
from journeymap.model.leftovers import remove_dead_writers_files, temp_prefix
from journeymap.model.reading import ReadRefused, read_capped
from journeymap.ui.document.editor_document import EditorDocument

__all__ = [
    "AUTOSAVE_INTERVAL_MS",
    "AutosaveCandidate",
    "Autosaver",
    "autosave_folder",
    "find_recoverable",
    "read_autosave",
    "set_aside",
    "write_autosave",
]

AUTOSAVE_INTERVAL_MS = 60_000
_SUFFIX = ".autosave.json"
_MARK = "journeymap-autosave"
_TEMP_STEM = "autosave"
DAMAGED_FOLDER = "damaged"
"""Where unreadable autosave files are set aside, inside the autosave folder."""


def autosave_folder() -> Path:
    """Where autosave files live: ``autosave/`` in the user's data folder."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or tempfile.gettempdir()) / "autosave"


@dataclass(frozen=True)
class AutosaveCandidate:
    """Unsaved work found on disk: the autosave file and what it was."""

    path: Path
    original_path: Path | None
    title: str
    saved_at: str


def write_autosave(path: Path, journey: Journey, original_path: Path | None) -> None:
    """Write ``journey`` to the autosave file ``path`` atomically."""
    data = {
        _MARK: 1,
        "original_path": None if original_path is None else str(original_path),
        "saved_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "journey": journey_to_data(journey),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_dead_writers_files(path.parent, _TEMP_STEM)
    fd, tmp = tempfile.mkstemp(prefix=temp_prefix(_TEMP_STEM), suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(encode_json(data))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _read_data(path: Path) -> dict:
    try:
        data = json.loads(read_capped(path, MAX_FILE_BYTES, "an autosave file"))
    except ReadRefused as exc:
        raise JourneyFileError(f"the autosave file cannot be read: {exc}", path) from None
    except RecursionError:
        raise JourneyFileError("the autosave file is nested too deeply to read", path) from None
    except ValueError as exc:  # not JSON, not UTF-8
        raise JourneyFileError(f"the autosave file cannot be read: {exc}", path) from None
    if not isinstance(data, dict) or data.get(_MARK) != 1:
        raise JourneyFileError("not a journeymap autosave file", path)
    return data


def read_autosave(path: Path) -> tuple[Journey, Path | None]:
    """The journey in an autosave file and the file it was a copy of (if any)."""
    data = _read_data(path)
    try:
        journey = journey_from_data(data.get("journey"))
    except JourneyFileError as exc:
        raise JourneyFileError(exc.problems, path) from None
    original = data.get("original_path")
    return journey, Path(original) if isinstance(original, str) and original else None


def _lock_for(path: Path) -> QLockFile:
    lock = QLockFile(str(path) + ".lock")
    lock.setStaleLockTime(0)  # stale only when the owning process is gone
    return lock


def set_aside(path: Path) -> Path | None:
    """Move a damaged autosave file into the ``damaged`` folder beside it, where it
    is never offered again but can still be looked at; returns its new place."""
    target = path.parent / DAMAGED_FOLDER / path.name
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(path, target)
    except OSError:
        return None
    return target


def find_recoverable(
    folder: Path | None = None, set_aside_into: list[Path] | None = None
) -> list[AutosaveCandidate]:
    """Autosave files left behind by windows that are no longer running, newest first.

    A file that cannot be read (cut short, damaged, nested too deeply) never
    stops the editor from starting: it is moved to the ``damaged`` folder
    (:func:`set_aside`) and, when ``set_aside_into`` is given, its new path is
    added there so that the caller can say so. Temporary files that killed
    autosaves left behind are removed.
    """
    folder = autosave_folder() if folder is None else folder
    remove_dead_writers_files(folder, _TEMP_STEM)
    found = []
    for path in sorted(folder.glob("*" + _SUFFIX)):
        lock = _lock_for(path)
        if not lock.tryLock(0):
            continue  # another open window owns it
        lock.unlock()
        try:
            data = _read_data(path)
            journey = data.get("journey") or {}
            title = str(journey.get("title", "")) if isinstance(journey, dict) else ""
            original = data.get("original_path")
            found.append(
                AutosaveCandidate(
                    path,
                    Path(original) if isinstance(original, str) and original else None,
                    title,
                    str(data.get("saved_at", "")),
                )
            )
        except JourneyFileError:
            moved = set_aside(path)
            if moved is not None and set_aside_into is not None:
                set_aside_into.append(moved)
    found.sort(key=lambda c: c.saved_at, reverse=True)
    return found


class Autosaver(QObject):
    """Writes one document's unsaved work to its autosave file on a timer.

    Parameters
    ----------
    document:
        The window's document.
    path:
        The autosave file to use; by default a new one in :func:`autosave_folder`.
        Pass a recovered file's path to keep writing to it.
    interval_ms:
        How often to write when there are unsaved changes.
    """

    failed = Signal(str)
    """An autosave could not be written; the message says why."""

    def __init__(
        self,
        document: EditorDocument,
        path: Path | None = None,
        interval_ms: int = AUTOSAVE_INTERVAL_MS,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.document = document
        self.path = path or autosave_folder() / f"{uuid.uuid4().hex}{_SUFFIX}"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = _lock_for(self.path)
        self._lock.tryLock(0)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.save_now)
        self._timer.start()
        document.undo_stack.cleanChanged.connect(self._on_clean_changed)

    def save_now(self) -> bool:
        """Write the autosave file if the document has unsaved changes."""
        if not self.document.modified:
            return False
        try:
            write_autosave(self.path, self.document.journey, self.document.path)
        except OSError as exc:
            self.failed.emit(str(exc))
            return False
        return True

    def set_interval(self, interval_ms: int) -> None:
        self._timer.start(interval_ms)

    def discard(self) -> None:
        """Remove the autosave file (the work was saved, or deliberately dropped)."""
        with contextlib.suppress(OSError):
            self.path.unlink()

    def stop(self) -> None:
        """Stop for good (the window closes cleanly): remove the file and the lock."""
        self._timer.stop()
        self.discard()
        self._lock.unlock()

    def _on_clean_changed(self, clean: bool) -> None:
        if clean:
            self.discard()
