"""Autosave of unsaved work, and recovery after a crash.

Every window writes its unsaved journey once a minute (only when it has
unsaved changes) to ``<AppDataLocation>/autosave/<random>.autosave.json``.
The timer's saves run on a worker thread over a snapshot of the journey
(items are immutable, so copying the lists is enough), dumped and encoded a
slice of items at a time behind the window's
:class:`~journeymap.ui.event_gate.EventLoopGate`: written in the window's
turn, a 2,000-step journey froze it for 0.2 s every minute, a 10,000-step one
for 0.8 s. A save that the work being saved, reverted or closed has made
stale meanwhile is dropped, never written over what came after it.
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
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, QTimer, Signal

from journeymap.analysis import pace
from journeymap.model import Journey, JourneyFileError
from journeymap.model.fileformat import (
    MAX_FILE_BYTES,
    ItemDumper,
    encode_json,
    journey_from_data,
    journey_to_data,
)
from journeymap.model.leftovers import remove_dead_writers_files, temp_prefix
from journeymap.model.reading import ReadRefused, read_capped
from journeymap.ui.document.editor_document import EditorDocument
from journeymap.ui.event_gate import EventLoopGate, worker_ended, worker_started

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


SLICE_ITEMS = 256
"""Items dumped and encoded between two checkpoints of a background save
(about a millisecond of work)."""


def write_autosave(path: Path, journey: Journey, original_path: Path | None) -> None:
    """Write ``journey`` to the autosave file ``path`` atomically."""
    _write(path, _payload(journey, original_path, paced=False), _replace_now)


class _Superseded(Exception):
    """A background save that is no longer wanted stops at its next slice."""


def _payload(
    journey: Journey,
    original_path: Path | None,
    *,
    paced: bool,
    wanted: Callable[[], bool] | None = None,
) -> list[bytes]:
    """The autosave file's bytes, in pieces to write one after the other.

    ``paced``: each collection is dumped and encoded a slice of items at a
    time, with a checkpoint before each slice, and stays in those pieces (the
    same bytes): one 14 MB join or encoding of a 10,000-step journey would
    hold the interpreter for 30-50 ms, while the file takes the pieces one
    write (which lets the interpreter go) at a time. ``wanted`` is asked
    before each slice; when it says no, :class:`_Superseded` is raised.
    """
    head = {
        _MARK: 1,
        "original_path": None if original_path is None else str(original_path),
        "saved_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    if not paced:
        return [encode_json(head | {"journey": journey_to_data(journey)})]
    import orjson

    collections: list[list[bytes]] = []

    def encoded(name: str, items: list, dump: ItemDumper) -> orjson.Fragment:
        parts: list[bytes] = []
        for start in range(0, len(items), SLICE_ITEMS):
            pace.checkpoint()
            if wanted is not None and not wanted():
                raise _Superseded
            if parts:
                parts.append(b",")
            parts.append(encode_json(dump(items[start : start + SLICE_ITEMS]))[1:-1])
        collections.append([b"[", *parts, b"]"])
        # A place holder that no JSON text contains (NUL is always escaped).
        return orjson.Fragment(b"\0%d\0" % (len(collections) - 1))

    data = head | {"journey": journey_to_data(journey, dump_items=encoded)}
    try:
        frame = orjson.dumps(data).split(b"\0")
    except orjson.JSONEncodeError:  # beyond orjson (a huge integer in the metadata, say)
        return [encode_json(head | {"journey": journey_to_data(journey)})]
    pieces = frame[0::2]
    out: list[bytes] = [pieces[0]]
    for index, piece in zip(frame[1::2], pieces[1:], strict=True):
        out += collections[int(index)]
        out.append(piece)
    return out


def _write(path: Path, payload: list[bytes], commit: Callable[[Callable[[], None]], bool]) -> bool:
    """``payload`` (its pieces in order) into ``path`` through a temporary file
    that replaces it whole, when ready, if ``commit(replace)`` calls
    ``replace`` (it decides, under its own lock, whether the save is still
    wanted: see :class:`_Writes`); whether it was written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_dead_writers_files(path.parent, _TEMP_STEM)
    fd, tmp = tempfile.mkstemp(prefix=temp_prefix(_TEMP_STEM), suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb", buffering=0) as handle:
            for piece in payload:
                handle.write(piece)
            os.fsync(handle.fileno())
        if commit(lambda: os.replace(tmp, path)):
            return True
        os.unlink(tmp)
        return False
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _replace_now(replace: Callable[[], None]) -> bool:
    replace()
    return True


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


class _Writes:
    """What decides whether a finished background save may replace the file:
    every save, discard or stop takes a new generation, and a save replaces
    the file only if its own is still the latest (checked and done under the
    lock, so a discard never sees the file come back after it)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.generation = 0

    def next(self) -> int:
        with self.lock:
            self.generation += 1
            return self.generation

    def replace_if_latest(self, generation: int, replace: Callable[[], None]) -> bool:
        """Call ``replace`` if ``generation`` is still the latest; whether it was."""
        with self.lock:
            if generation != self.generation:
                return False
            replace()
            return True


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
        self._writes = _Writes()
        self._gates = EventLoopGate(self)
        self._running: threading.Thread | None = None
        self._outcome: dict[str, str] = {}
        self._poll = QTimer(self)
        self._poll.setInterval(50)
        self._poll.timeout.connect(self._collect)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.save_in_background)
        self._timer.start()
        document.undo_stack.cleanChanged.connect(self._on_clean_changed)

    def save_now(self) -> bool:
        """Write the autosave file now, if the document has unsaved changes (a
        background save under way is dropped: this one is newer)."""
        if not self.document.modified:
            return False
        generation = self._writes.next()
        try:
            payload = _payload(self.document.journey, self.document.path, paced=False)
            return _write(
                self.path,
                payload,
                lambda replace: self._writes.replace_if_latest(generation, replace),
            )
        except OSError as exc:
            self.failed.emit(str(exc))
            return False

    def save_in_background(self) -> bool:
        """Start writing the autosave file on a worker thread, if the document
        has unsaved changes and no background save is under way; whether one
        started. :attr:`failed` tells of an error when it ends."""
        if not self.document.modified or self._running is not None:
            return False
        snapshot = self.document.journey.copy_deep()
        original = self.document.path
        writes, path = self._writes, self.path
        generation = writes.next()
        outcome: dict[str, str] = {}
        self._outcome = outcome
        gate = self._gates.begin()

        def wanted() -> bool:
            return writes.generation == generation

        def work() -> None:
            gate.enter()
            try:
                payload = _payload(snapshot, original, paced=True, wanted=wanted)
                _write(path, payload, lambda replace: writes.replace_if_latest(generation, replace))
            except _Superseded:
                pass
            except OSError as exc:
                outcome["error"] = str(exc)
            finally:
                gate.leave()
                worker_ended()

        self._running = threading.Thread(target=work, name="journey-autosave", daemon=True)
        worker_started()
        self._running.start()
        self._poll.start()
        return True

    @property
    def saving(self) -> bool:
        """Whether a background save is under way."""
        return self._running is not None

    def wait(self) -> None:
        """Block until a background save under way has ended (tests, closing)."""
        running = self._running
        if running is not None:
            self._gates.end()  # this thread waits for the worker now, not the other way
            running.join()
            self._collect()

    def _collect(self) -> None:
        if self._running is None or self._running.is_alive():
            return
        self._poll.stop()
        self._running = None
        self._gates.end()
        error = self._outcome.pop("error", None)
        if error is not None:
            self.failed.emit(error)

    def set_interval(self, interval_ms: int) -> None:
        self._timer.start(interval_ms)

    def discard(self) -> None:
        """Remove the autosave file (the work was saved, or deliberately dropped);
        a background save under way is dropped too."""
        self._writes.next()
        with contextlib.suppress(OSError):
            self.path.unlink()

    def stop(self) -> None:
        """Stop for good (the window closes cleanly): remove the file and the lock."""
        self._timer.stop()
        self._writes.next()  # a save under way stops at its next slice
        self.wait()
        self.discard()
        self._lock.unlock()

    def _on_clean_changed(self, clean: bool) -> None:
        if clean:
            self.discard()
