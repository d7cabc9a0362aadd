"""New, open, save, save as, recent files and "changed on disk" for one window.

Errors never lose work: a file that cannot be opened leaves the window's
journey as it was, a save that fails says why and keeps the unsaved changes.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from journeymap.model import Journey, JourneyFileError, load_journey, save_journey
from journeymap.model.fileformat import SUFFIXES
from journeymap.ui.dialogs import JOURNEY_FILTER, Dialogs, UnsavedAnswer
from journeymap.ui.document.editor_document import EditorDocument
from journeymap.ui.settings import MAX_RECENT, RECENT_FILES_KEY, app_settings, recent_files

__all__ = [
    "MAX_RECENT",
    "RECENT_FILES_KEY",
    "FileHandler",
    "add_recent_file",
    "app_settings",
    "is_journey_path",
    "recent_files",
]

LAST_FOLDER_KEY = "files/last_folder"
"""str: the folder of the last file dialog."""


def add_recent_file(path: Path) -> list[str]:
    entry = str(Path(path).resolve())
    files = [entry, *(f for f in recent_files() if f != entry)][:MAX_RECENT]
    app_settings().setValue(RECENT_FILES_KEY, files)
    return files


def is_journey_path(path: str) -> bool:
    return path.lower().endswith(SUFFIXES)


def _digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


class FileHandler(QObject):
    """The file commands of one window.

    Parameters
    ----------
    window:
        Parent of the dialogs; its status bar shows short messages.
    document:
        The window's document; opening replaces its journey.
    dialogs:
        The dialog service (replaced in tests).
    """

    recent_changed = Signal(list)
    status = Signal(str)
    """A short message for the status bar."""
    opened = Signal()
    """A journey was opened, created or reloaded."""

    def __init__(self, window: QWidget, document: EditorDocument, dialogs: Dialogs):
        super().__init__(window)
        self.window = window
        self.document = document
        self.dialogs = dialogs
        self._disk_digest: str | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_file_changed)
        self._check_timer = QTimer(self, singleShot=True, interval=200)
        self._check_timer.timeout.connect(self._check_disk)
        self._asking = False
        document.path_changed.connect(self._watch)

    # -- commands ------------------------------------------------------------

    def new_blank(self) -> bool:
        return self.new_from(Journey(title=self.tr("Untitled journey")))

    def new_from(self, journey: Journey) -> bool:
        """Show ``journey`` as a new document that has no file yet."""
        if not self.maybe_save():
            return False
        self.document.replace(journey, None)
        self.opened.emit()
        return True

    def open_dialog(self) -> bool:
        path = self.dialogs.open_path(
            self.window, self.tr("Open journey"), self._last_folder(), JOURNEY_FILTER
        )
        return bool(path) and self.open_path(path)

    def open_path(self, path: str | Path, ask_first: bool = True) -> bool:
        """Open a journey file, replacing the window's journey.

        On failure the message lists every problem and the current journey stays.
        """
        if ask_first and not self.maybe_save():
            return False
        path = Path(path)
        try:
            journey = load_journey(path)
        except JourneyFileError as exc:
            self._show_error(self.tr("Cannot open the journey"), path, exc)
            return False
        self.document.replace(journey, path.resolve())
        self._remember(path)
        self.status.emit(self.tr("Opened {path}").format(path=path.name))
        self.opened.emit()
        return True

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._write(self.document.path)

    def save_as(self) -> bool:
        current = self.document.path
        suggestion = str(current) if current else str(Path(self._last_folder()) / self._file_stem())
        path = self.dialogs.save_path(
            self.window, self.tr("Save journey as"), suggestion, JOURNEY_FILTER
        )
        if not path:
            return False
        if not is_journey_path(path):
            path += SUFFIXES[0]
        return self._write(Path(path))

    def maybe_save(self) -> bool:
        """Before the journey goes away: ask about unsaved changes.
        Returns False when the user cancels (or the save failed)."""
        if not self.document.modified:
            return True
        answer = self.dialogs.ask_unsaved(self.window, self.display_name())
        if answer == UnsavedAnswer.SAVE:
            return self.save()
        return answer == UnsavedAnswer.DISCARD

    def display_name(self) -> str:
        path = self.document.path
        return path.name if path else (self.document.journey.title or self.tr("Untitled journey"))

    # -- internals -----------------------------------------------------------

    def _file_stem(self) -> str:
        from journeymap.model.ids import slug

        return (slug(self.document.journey.title, 60) or "journey") + SUFFIXES[0]

    def _write(self, path: Path) -> bool:
        try:
            save_journey(self.document.journey, path)
        except JourneyFileError as exc:
            self._show_error(self.tr("Cannot save the journey"), path, exc)
            return False
        self._disk_digest = _digest(path)
        if self.document.path != path.resolve():
            self.document.set_path(path.resolve())
        else:
            self._watch(path.resolve())
        self.document.undo_stack.setClean()
        self._remember(path)
        self.status.emit(self.tr("Saved {path}").format(path=path.name))
        return True

    def _show_error(self, title: str, path: Path, exc: JourneyFileError) -> None:
        problems = "\n".join(str(p) for p in exc.problems)
        if len(exc.problems) == 1:
            text = self.tr("{name}: {problem}").format(name=path.name, problem=problems)
            details = ""
        else:
            text = self.tr("{name} has {count} problems. The first one: {problem}").format(
                name=path.name, count=len(exc.problems), problem=exc.problems[0]
            )
            details = problems
        self.dialogs.error(self.window, title, text, details)
        self.status.emit(title)

    def _remember(self, path: Path) -> None:
        app_settings().setValue(LAST_FOLDER_KEY, str(path.resolve().parent))
        self.recent_changed.emit(add_recent_file(path))

    def _last_folder(self) -> str:
        return str(app_settings().value(LAST_FOLDER_KEY, str(Path.home())))

    def _watch(self, path: Path | None) -> None:
        if self._watcher.files():
            self._watcher.removePaths(self._watcher.files())
        if path is not None and path.exists():
            self._watcher.addPath(str(path))
            self._disk_digest = _digest(path)

    def _on_file_changed(self, _path: str) -> None:
        # Editors and our own atomic save replace the file: coalesce the burst.
        self._check_timer.start()

    def _check_disk(self) -> None:
        path = self.document.path
        if path is None or self._asking:
            return
        if path.exists() and str(path) not in self._watcher.files():
            self._watcher.addPath(str(path))  # a replaced file drops out of the watcher
        digest = _digest(path)
        if digest == self._disk_digest:
            return  # our own save, or no real change
        self._disk_digest = digest
        if digest is None:
            self.status.emit(
                self.tr("{name} was removed from disk; save to keep it").format(name=path.name)
            )
            return
        self._asking = True
        try:
            reload = self.dialogs.ask_reload(self.window, str(path), self.document.modified)
        finally:
            self._asking = False
        if reload:
            self.open_path(path, ask_first=False)
        else:
            self.status.emit(self.tr("Kept the version in the window"))
