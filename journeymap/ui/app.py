"""Start the editor: the Qt application, its first window, and crash recovery.

The start is staged (:func:`run_gui`): the first window paints its menus,
toolbar and an "Opening …" line with nothing but Qt loaded, and the journey
model, the map and the docks follow on the next turns of the event loop. This
module therefore imports no part of the model at its top; what recovery and
the dialogs need is imported where it is used.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QWidget

import journeymap.ui.pyside_start  # noqa: F401 - first: PySide6 would read every later module
from journeymap import __version__
from journeymap.ui.gc_collector import install_collector
from journeymap.ui.language import chosen_locale
from journeymap.ui.main_window import MainWindow, load_journey_parts, load_other_parts

if TYPE_CHECKING:
    from journeymap.ui.dialogs import Dialogs
    from journeymap.ui.files.autosave import AutosaveCandidate

__all__ = [
    "Editor",
    "apply_language",
    "create_application",
    "editor_of",
    "install_translations",
    "offer_recovery",
    "open_editor",
    "run_gui",
]

BUILD_PAUSE_MS = 10
"""Between importing the window's other parts and building them, in the staged
start: a timer, not a posted call, so the event loop handles input and paints
in between."""

TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"
"""Where ``journeymap_<lang>.qm`` files are looked for."""


class Editor(QObject):
    """The editor's windows, each on a journey of its own.

    It belongs to the application object (found again with
    ``app.findChild(Editor)``), so no module holds state: the windows it opens
    stay referenced while they are open and are let go when they close.
    """

    def __init__(self, app: QObject, dialogs: Dialogs | None = None):
        super().__init__(app)
        self._dialogs = dialogs
        self._windows: list[MainWindow] = []

    @property
    def dialogs(self) -> Dialogs:
        """The dialog service every window uses (made on first use: it loads the
        file format's suffixes, which a staged start's first frame does without)."""
        if self._dialogs is None:
            self._dialogs = make_dialogs()
        return self._dialogs

    @dialogs.setter
    def dialogs(self, dialogs: Dialogs) -> None:
        self._dialogs = dialogs

    @property
    def windows(self) -> list[MainWindow]:
        """The open windows, first opened first."""
        return list(self._windows)

    def new_window(self, autosave_path: Path | None = None) -> MainWindow:
        """A window on a new, blank journey (not shown yet)."""
        return self._keep(MainWindow(self.dialogs, autosave_path=autosave_path))

    def new_shell(self, opening: str | None = None) -> MainWindow:
        """A window with only its menus, toolbar and an "Opening …" line (not shown
        yet); :meth:`MainWindow.complete` builds the rest."""
        return self._keep(MainWindow(self._dialogs, staged=True, opening=opening))

    def _keep(self, window: MainWindow) -> MainWindow:
        window.closed.connect(self._forget_sender)
        window.new_window_requested.connect(self.open_start_window)
        self._windows.append(window)
        return window

    def open_start_window(self) -> MainWindow:
        """File ▸ New Window: another window, on the start page."""
        window = self.new_window()
        window.show()
        window.show_start_page()
        return window

    def _forget_sender(self) -> None:
        # The closed window is let go; Python frees it once nothing else holds it,
        # also when a staged start froze it with the modules (gc.freeze).
        gc.unfreeze()
        window = self.sender()
        self._windows = [w for w in self._windows if w is not window]


def editor_of(app: QObject, dialogs: Dialogs | None = None) -> Editor:
    """The application's :class:`Editor`, made on first use."""
    editor = app.findChild(Editor)
    if editor is None:
        editor = Editor(app, dialogs)
    return editor


def _tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


def make_dialogs() -> Dialogs:
    """The real dialog service (tests replace this function or pass their own)."""
    from journeymap.ui.dialogs import Dialogs

    return Dialogs()


def install_translations(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load Qt's own and journeymap's translations for ``locale`` (the system's by
    default). Missing translation files are fine: the English text shows."""
    locale = locale or QLocale.system()
    installed = []
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("journeymap", str(TRANSLATIONS)),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def apply_language(app: QCoreApplication) -> list[QTranslator]:
    """Speak the chosen language (View ▸ Language, ``JOURNEYMAP_LANG`` or the
    system's): its translations, and its numbers, so that a Finnish editor's
    spin boxes read and write ``0,5`` like the rest of a Finnish desktop."""
    locale = chosen_locale()
    QLocale.setDefault(locale)
    return install_translations(app, locale)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The ``QApplication`` with the editor's names and settings (or the existing one)."""
    existing = QApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    # High-DPI scale factors are not rounded (PassThrough): Qt 6's default.
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("journeymap")
    app.setApplicationDisplayName("journeymap")
    app.setOrganizationName("journeymap")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("journeymap")
    # The system palette (light or dark) is Qt's default; the map reads it too.
    apply_language(app)
    install_collector(app)  # cyclic garbage is collected on this thread only
    return app


def _describe(candidate: AutosaveCandidate) -> str:
    name = candidate.title or _tr("an unnamed journey")
    where = (
        _tr("a copy of {path}").format(path=candidate.original_path)
        if candidate.original_path
        else _tr("never saved to a file")
    )
    when = candidate.saved_at.replace("T", " ") if candidate.saved_at else _tr("unknown time")
    return _tr("“{name}” ({where}), autosaved at {when}.").format(name=name, where=where, when=when)


def offer_recovery(window: MainWindow, dialogs: Dialogs, editor: Editor) -> list[MainWindow]:
    """Offer each autosave file a crash left behind: restore it (in ``window`` for
    the first, in new windows of ``editor`` for others), discard it, or decide
    later. Returns the windows that show restored work."""
    from journeymap.model import JourneyFileError
    from journeymap.ui.dialogs import Recovery
    from journeymap.ui.files.autosave import find_recoverable, read_autosave, set_aside

    restored: list[MainWindow] = []
    damaged: list[Path] = []
    try:
        candidates = find_recoverable(set_aside_into=damaged)
    except Exception as exc:  # recovery must never stop the editor from starting
        dialogs.error(window, _tr("Cannot look for unsaved work"), str(exc))
        return restored
    if damaged:
        dialogs.error(
            window,
            _tr("Damaged unsaved work set aside"),
            _tr(
                "{count} autosave file(s) could not be read and were moved to {folder}, "
                "where they are kept but not offered again."
            ).format(count=len(damaged), folder=damaged[0].parent),
        )
    for candidate in candidates:
        answer = dialogs.ask_recover(window, _describe(candidate))
        if answer == Recovery.LATER:
            continue
        if answer == Recovery.DISCARD:
            candidate.path.unlink(missing_ok=True)
            continue
        try:
            journey, original = read_autosave(candidate.path)
        except JourneyFileError as exc:
            moved = set_aside(candidate.path)
            where = _tr("It was moved to {folder}.").format(folder=moved.parent) if moved else ""
            dialogs.error(window, _tr("Cannot recover the journey"), f"{exc}\n{where}".strip())
            continue
        if restored:
            target = editor.new_window(autosave_path=candidate.path)
        else:
            target = window
            window.adopt_autosave(candidate.path)
        target.show_journey(journey, original, modified=True)
        target.autosaver.save_now()
        restored.append(target)
        target.show()
    return restored


def open_editor(path: str | None, dialogs: Dialogs | None = None) -> MainWindow:
    """The first window, complete: ``path`` opened, or the start page; recovery offered."""
    editor = editor_of(create_application(), dialogs)
    if dialogs is not None:
        editor.dialogs = dialogs
    window = editor.new_window()
    window.show()
    _fill_first_window(window, path, editor)
    return window


def _fill_first_window(window: MainWindow, path: str | None, editor: Editor) -> None:
    restored = offer_recovery(window, editor.dialogs, editor)
    if path and not (restored and restored[0] is window):
        if not window.files.open_path(path, ask_first=False):
            window.show_start_page()
    elif not restored:
        window.show_start_page()


class _AfterPaint(QObject):
    """Calls ``then`` once ``widget`` has painted (or after ``fallback_ms``, for a
    platform that never shows it), on the event loop's next turn."""

    def __init__(self, widget: QWidget, then: Callable[[], None], fallback_ms: int = 1000):
        super().__init__(widget)
        self.then = then
        self.done = False
        widget.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._go)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # After this paint and the others of the same frame are on screen.
            QTimer.singleShot(0, self, self._go)
        return False

    def _go(self) -> None:
        if not self.done:
            self.done = True
            self.then()


def start_staged(path: str | None = None) -> MainWindow:
    """The first window in three steps, each painted before the next begins:

    1. the shell: menus, toolbar, "Opening …", with nothing but Qt loaded;
    2. the model, the map and ``path`` on it (or the start page, or recovered
       work; a file that cannot be opened is reported, as by :func:`open_editor`);
    3. the docks and the rest of the window's parts; then its actions work.
    """
    editor = editor_of(create_application())
    window = editor.new_shell(opening=path)
    window.show()
    window.raise_()

    def show_journey() -> None:
        if not window.isVisible():  # closed while starting
            return
        load_journey_parts()
        # The modules and classes just loaded stay for good: the collector need not
        # walk them again (a closed window unfreezes, see Editor._forget_sender).
        gc.freeze()
        window.add_journey_parts(dialogs=editor.dialogs)
        _fill_first_window(window, path, editor)
        window.live.delay_first_run()  # the map paints first
        shown = window.central.currentWidget()
        _AfterPaint(
            window.map_area.view.viewport() if shown is window.map_area else shown or window, rest
        )

    def rest() -> None:
        if window.isVisible():
            load_other_parts()
            # Built in a turn of its own: the window answers in between.
            QTimer.singleShot(BUILD_PAUSE_MS, window, build_rest)

    def build_rest() -> None:
        if window.isVisible():
            window.add_other_parts()

    _AfterPaint(window, show_journey)
    return window


def run_gui(path: str | None = None) -> int:
    """Start the editor and run until its last window closes; returns the exit code."""
    app = create_application()
    start_staged(path)
    return app.exec()
