"""Ties the Library panel, shared personas and channels and sub-journeys to a window.

- File ▸ Open Library Folder… chooses the folder the panel shows; opening a
  journey shows its folder when none was chosen.
- When a saved journey opens, its shared copies are compared with their
  library file; stale ones are offered for update, one undoable edit.
- Double-clicking a step that links to a sub-journey opens the sub-journey in a
  new window (F2 still renames the step).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from journeymap.model import EditError
from journeymap.ui.files.handler import app_settings
from journeymap.ui.library.dock import LibraryDock

if TYPE_CHECKING:
    from journeymap.ui.main_window import MainWindow

__all__ = ["LibraryLinks", "install_library"]

FOLDER_KEY = "library/folder"


def _tr(text: str) -> str:
    return QCoreApplication.translate("LibraryLinks", text)


class LibraryLinks(QObject):
    """The library side of one window."""

    def __init__(self, window: MainWindow, *, background: bool = True):
        super().__init__(window)
        self.window = window
        self.dock = LibraryDock(window, background=background)
        self.open_folder_action = QAction(_tr("Open &Library Folder…"), window)
        tip = _tr("Show a folder of journeys in the Library panel")
        self.open_folder_action.setStatusTip(tip)
        self.open_folder_action.setToolTip(tip)
        self.open_folder_action.triggered.connect(self.choose_folder)
        self.follow_links_action = QAction(_tr("Drop-off From Sub-journeys"), window)
        self.follow_links_action.setCheckable(True)
        tip = _tr("A step linked to a sub-journey loses the customers the sub-journey loses")
        self.follow_links_action.setStatusTip(tip)
        self.follow_links_action.setToolTip(tip)
        self.follow_links_action.toggled.connect(self.set_follow_links)
        self.dock.choose_button.clicked.connect(self.choose_folder)
        self.dock.open_requested.connect(self.open_journey)
        self.dock.share_requested.connect(self.share_selected)
        self.dock.use_requested.connect(self.use_shared)
        window.document.replaced.connect(self._journey_opened)
        window.document.replaced.connect(self._update_prepare)
        window.document.path_changed.connect(self._update_prepare)
        # After the file handler's own "Opened …" message, so a problem stays readable.
        window.files.opened.connect(self.check_shared)
        window.map_area.scene.sub_journey_requested.connect(self.open_sub_journey)
        self.opened_windows: list[MainWindow] = []

    # -- the folder --------------------------------------------------------------

    def choose_folder(self) -> None:
        start = str(self.dock.folder or app_settings().value(FOLDER_KEY, "") or Path.home())
        folder = self.window.dialogs.open_folder(self.window, _tr("Library Folder"), start)
        if folder:
            self.show_folder(folder)

    def show_folder(self, folder: str | Path) -> None:
        app_settings().setValue(FOLDER_KEY, str(folder))
        self.dock.set_folder(folder)
        self.reveal()

    def reveal(self) -> None:
        """Show the panel, given two thirds of the room under the map."""
        if not self.dock.isVisible():
            self.dock.show()
            width = self.window.insights.width() + self.dock.width()
            self.window.resizeDocks(
                [self.window.insights, self.dock],
                [width // 3, width - width // 3],
                Qt.Orientation.Horizontal,
            )
        self.dock.raise_()

    def _journey_opened(self) -> None:
        path = self.window.document.path
        if path is None:
            return
        if self.dock.folder is None:
            # Remembered, not read: a journey opened from a big folder costs nothing
            # until the panel is shown.
            self.dock.set_folder(Path(path).parent, read=self.dock.isVisible())

    def set_follow_links(self, on: bool) -> None:
        """Let the live analysis take a linked step's drop-off from its
        sub-journey's conversion (:func:`journeymap.library.links.follow_links`)."""
        self._update_prepare()
        self.window.live.schedule()

    def _update_prepare(self, *_args: object) -> None:
        path = self.window.document.path
        if not self.follow_links_action.isChecked() or path is None:
            self.window.live.prepare = None
            return

        def follow(journey: Any, base: Path = Path(path)) -> Any:
            # On the analysis worker: plain Python, the sub-journeys read there.
            from journeymap.library.links import follow_links

            return follow_links(journey, base)[0]

        self.window.live.prepare = follow

    # -- shared personas and channels ---------------------------------------------

    def check_shared(self) -> bool:
        """Offer to update the open journey's stale shared copies; True when updated."""
        from journeymap.library.shared import stale_copies, update_edit

        path = self.window.document.path
        if path is None:
            return False
        status = stale_copies(self.window.document.journey, path)
        if status.problems:
            self.window.show_status(status.problems[0])
        if not status.stale:
            return False
        names = ", ".join(f"“{s.name}”" for s in status.stale)
        text = _tr("The library has newer versions of {names}. Update this journey's copies?")
        details = "\n".join(f"{s.name}: {', '.join(sorted(s.changes))}" for s in status.stale)
        if not self.window.dialogs.ask_update_shared(
            self.window, text.format(names=names), details
        ):
            return False
        return self._push(update_edit(status.stale, _tr("Update shared personas and channels")))

    def share_selected(self) -> bool:
        """Write the selected persona or channel into the library file."""
        from journeymap.library.shared import SharedLibraryError, share_item

        current = self.window.selection.current
        if current is None or current[0] not in ("personas", "channels"):
            self.window.show_status(_tr("Select a persona or a channel to share"))
            return False
        path, library = self.window.document.path, self.dock.library_file()
        if path is None or library is None:
            self.window.show_status(_tr("Save the journey and choose a library folder first"))
            return False
        try:
            edit = share_item(self.window.document.journey, path, *current, library)
        except SharedLibraryError as exc:
            self.window.dialogs.error(self.window, _tr("Cannot share"), str(exc))
            return False
        self.dock.refresh()
        return edit is None or self._push(edit)

    def use_shared(self, collection: str, item_id: str) -> bool:
        """Copy a shared persona or channel into the open journey."""
        from journeymap.library.shared import SharedLibraryError, use_shared_item

        path, library = self.window.document.path, self.dock.library_file()
        if path is None or library is None:
            self.window.show_status(_tr("Save the journey first, so its copy can name its source"))
            return False
        try:
            edit = use_shared_item(self.window.document.journey, path, library, collection, item_id)
        except SharedLibraryError as exc:
            self.window.dialogs.error(self.window, _tr("Cannot add"), str(exc))
            return False
        return self._push(edit)

    def _push(self, edit: Any) -> bool:
        try:
            self.window.document.push(edit)
        except EditError as exc:
            self.window.show_status(str(exc))
            return False
        return True

    # -- opening other journeys --------------------------------------------------

    def open_journey(self, path: str, target: tuple[str, str] | None = None) -> Any:
        """Open ``path`` in a new window (or select in this one when it is this
        window's file) and select ``target`` there."""
        current = self.window.document.path
        if current is not None and Path(current).resolve() == Path(path).resolve():
            window = self.window
        else:
            from journeymap.ui.app import editor_of

            app = QApplication.instance()
            assert app is not None  # a window exists, so does the application
            window = editor_of(app, self.window.dialogs).new_window()
            if not window.files.open_path(path):
                window.close()
                return None
            window.show()
            self.opened_windows.append(window)
        if target is not None and window.document.journey.has(*target):
            window.selection.set([target])
            if target[0] == "steps":
                window.map_area.show_item(*target)
        window.raise_()
        window.activateWindow()
        return window

    def open_sub_journey(self, step_id: str) -> Any:
        from journeymap.library.links import link_path

        step = self.window.document.journey.find("steps", step_id)
        path = self.window.document.path
        if step is None or not step.journey_link:
            return None
        if path is None:
            self.window.show_status(_tr("Save the journey first: its links are relative to it"))
            return None
        target = link_path(path, step.journey_link)
        if not target.is_file():
            self.window.dialogs.error(
                self.window,
                _tr("Cannot open the sub-journey"),
                _tr("“{link}” of step “{step}” is not a file.").format(
                    link=step.journey_link, step=step.title
                ),
            )
            return None
        return self.open_journey(str(target))


def install_library(window: MainWindow, *, background: bool = True) -> LibraryLinks:
    """Add the Library panel, its View toggle and File ▸ Open Library Folder… to ``window``."""
    links = LibraryLinks(window, background=background)
    # Under the map, beside the insights: a wide, short place that fits a row
    # per journey with its columns. Hidden until asked for (View ▸ Library,
    # File ▸ Open Library Folder…).
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, links.dock)
    window.splitDockWidget(window.insights, links.dock, Qt.Orientation.Horizontal)
    links.dock.hide()
    view_menu = window.menus["view"]
    actions = view_menu.actions()
    after = actions.index(window.history.toggleViewAction()) + 1
    toggle = links.dock.toggleViewAction()
    if after < len(actions):
        view_menu.insertAction(actions[after], toggle)
        view_menu.insertAction(actions[after], links.follow_links_action)
    else:
        view_menu.addActions([toggle, links.follow_links_action])
    file_menu = window.menus["file"]
    file_menu.insertAction(window.window_actions.start_page, links.open_folder_action)
    return links
