"""Fixtures of the editor tests: fresh settings, a scripted dialog service, the
real main window, and a check that no test leaves a window open."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from journeymap.ui.dialogs import Recovery, UnsavedAnswer


@dataclass
class FakeDialogs:
    """Stands in for :class:`journeymap.ui.dialogs.Dialogs`: records every call
    and answers from the attributes a test sets."""

    calls: list[tuple[str, tuple]] = field(default_factory=list)
    unsaved_answer: UnsavedAnswer = UnsavedAnswer.DISCARD
    recover_answer: Recovery = Recovery.RESTORE
    reload_answer: bool = True
    open_answer: str = ""
    save_answer: str = ""
    number_answer: int | None = None
    folder_answer: str = ""
    update_shared_answer: bool = True

    def _record(self, name: str, *args: Any) -> None:
        self.calls.append((name, args))

    def named(self, name: str) -> list[tuple]:
        return [args for call, args in self.calls if call == name]

    def error(self, parent, title, text, details=""):
        self._record("error", title, text, details)

    def information(self, parent, title, text):
        self._record("information", title, text)

    def ask_unsaved(self, parent, name):
        self._record("ask_unsaved", name)
        return self.unsaved_answer

    def ask_recover(self, parent, description):
        self._record("ask_recover", description)
        return self.recover_answer

    def ask_reload(self, parent, path, modified):
        self._record("ask_reload", path, modified)
        return self.reload_answer

    def open_path(self, parent, title, folder, filters):
        self._record("open_path", title)
        return self.open_answer

    def ask_number(self, parent, title, label, value, low, high):
        self._record("ask_number", title, value, low, high)
        return self.number_answer

    def open_folder(self, parent, title, folder):
        self._record("open_folder", title)
        return self.folder_answer

    def ask_update_shared(self, parent, text, details):
        self._record("ask_update_shared", text, details)
        return self.update_shared_answer

    def save_path(self, parent, title, suggestion, filters):
        self._record("save_path", title, suggestion)
        return self.save_answer

    def about(self, parent, title, text):
        self._record("about", title, text)


@pytest.fixture(autouse=True)
def _fresh_settings(tmp_path_factory):
    """QSettings (recent files, window layout) in a folder of this test's own."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def _no_leaked_windows(request):
    """Fail a test that leaves a top-level window open.

    pytest-qt closes the widgets given to ``qtbot.addWidget`` before fixtures are
    torn down, so anything still visible here was opened and forgotten.
    """
    app = QApplication.instance()
    before = {id(w) for w in app.topLevelWidgets() if w.isVisible()} if app else set()
    yield
    app = QApplication.instance()
    if app is None:
        return
    app.processEvents()
    leaked = [w for w in app.topLevelWidgets() if w.isVisible() and id(w) not in before]
    for widget in leaked:
        widget.close()
    if leaked:
        names = ", ".join(f"{type(w).__name__}({w.windowTitle()!r})" for w in leaked)
        pytest.fail(f"the test left windows open: {names}")


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def make_window(qtbot, dialogs):
    """Build main windows wired to the fake dialogs; they close after the test."""
    from journeymap.ui.main_window import MainWindow

    def make(**kwargs) -> MainWindow:
        window = MainWindow(dialogs, **kwargs)
        qtbot.addWidget(window)
        window.show()
        return window

    return make


@pytest.fixture
def window(make_window):
    """A main window showing a blank journey."""
    w = make_window()
    w.show_map()
    return w


def examples_folder() -> Path:
    return Path(__file__).resolve().parents[2] / "examples"


BROADBAND_EXAMPLE = examples_folder() / "broadband-support.journey.json"


@pytest.fixture
def example(window):
    """The window with the broadband example open."""
    assert window.files.open_path(BROADBAND_EXAMPLE)
    return window


@pytest.fixture
def analysed_example(example, qtbot):
    """The broadband example open, with its live analysis done and shown by
    every view (the insights dock shows it in turns of its own after ``updated``)."""
    with qtbot.waitSignal(example.live.updated, timeout=5000):
        example.live.schedule()
    qtbot.waitUntil(lambda: not example.live.landing, timeout=5000)
    return example


@pytest.fixture(autouse=True)
def _gc_on_the_gui_thread(qapp):
    """As in the editor: no cyclic collection on the analysis worker thread, and
    none at an arbitrary allocation inside Qt's event dispatch.

    After the test the test's garbage is collected here, at a quiet moment
    (its widgets closed, no event being dispatched), as the editor's own
    collector does from its timer; left to the automatic collector it would be
    collected at some allocation inside the next test's event processing,
    possibly while Qt is still dispatching to an object being freed.
    """
    import gc

    from journeymap.ui.gc_collector import install_collector

    collector = install_collector(qapp)
    yield
    qapp.processEvents()  # still without automatic collection
    collector.uninstall()
    gc.collect()


@pytest.fixture
def finnish(qapp):
    """Finnish texts (journeymap's and Qt's catalogues) and numbers, as
    ``JOURNEYMAP_LANG=fi`` gives; undone after the test."""
    from PySide6.QtCore import QLocale

    from journeymap.ui.app import install_translations

    before = QLocale()
    QLocale.setDefault(QLocale("fi_FI"))
    translators = install_translations(qapp, QLocale("fi_FI"))
    yield translators
    for translator in translators:
        QApplication.removeTranslator(translator)
    QLocale.setDefault(before)
