"""The window's commands as ``QAction`` objects, and the menus and toolbar that show them.

Actions are created here with their text, standard shortcut, tooltip and
status tip; the main window connects them to what they do.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar, QToolButton

__all__ = ["Actions"]

Std = QKeySequence.StandardKey
TEXT_BESIDE_ICON = 2
"""``Qt.ToolButtonStyle.ToolButtonTextBesideIcon`` as a number."""


class Actions(QObject):
    """Every command of one main window; see :meth:`build_menus` for where they show."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        tr = self.tr
        # File
        self.new = self._make(tr("&New"), Std.New, tr("Start a new, empty journey"), "document-new")
        self.new_window = self._make(
            tr("New &Window"),
            "Ctrl+Shift+N",
            tr("Open another window, for another journey beside this one"),
            "window-new",
        )
        self.open = self._make(tr("&Open…"), Std.Open, tr("Open a journey file"), "document-open")
        self.save = self._make(tr("&Save"), Std.Save, tr("Save the journey"), "document-save")
        self.save_as = self._make(
            tr("Save &As…"), Std.SaveAs, tr("Save the journey under a new name"), "document-save-as"
        )
        self.export = self._make(
            tr("&Export…"), "Ctrl+E", tr("Export the map, a chart, a workbook, CSV or Mermaid")
        )
        self.import_ = self._make(
            tr("&Import…"), "Ctrl+I", tr("Make a new journey from a workbook or Mermaid text")
        )
        self.import_evidence = self._make(
            tr("Import E&vidence…"),
            None,
            tr("Ratings from survey answers and customer volumes from an event log"),
        )
        self.start_page = self._make(
            tr("Start &Page"), None, tr("Show the start page: new journeys, examples, recent files")
        )
        self.quit = self._make(tr("&Quit"), Std.Quit, tr("Close the window"), "application-exit")
        # Edit (undo/redo come from the undo stack, see MainWindow)
        self.cut = self._make(tr("Cu&t"), Std.Cut, tr("Copy the selection and remove it"))
        self.copy = self._make(tr("&Copy"), Std.Copy, tr("Copy the selection"), "edit-copy")
        self.paste = self._make(
            tr("&Paste"), Std.Paste, tr("Paste items copied from this or another journey")
        )
        self.duplicate = self._make(
            tr("D&uplicate"), "Ctrl+D", tr("Make a copy of the selected items")
        )
        self.delete = self._make(
            tr("&Delete"), Std.Delete, tr("Delete the selection and what hangs on it")
        )
        self.rename = self._make(tr("&Rename"), "F2", tr("Rename the selected item in place"))
        self.select_all = self._make(tr("Select &All"), Std.SelectAll, tr("Select every step"))
        self.move_up = self._make(
            tr("Move &Earlier"), "Alt+Up", tr("Move the selected item one place earlier")
        )
        self.move_down = self._make(
            tr("Move &Later"), "Alt+Down", tr("Move the selected item one place later")
        )
        # Insert
        self.add_step = self._make(
            tr("&Step"), "Ctrl+Return", tr("Add a step (touchpoint) after the selected one")
        )
        self.add_stage = self._make(
            tr("St&age"), "Ctrl+Shift+Return", tr("Add a stage after the selected one")
        )
        self.add_persona = self._make(tr("&Persona"), "Ctrl+Shift+P", tr("Add a persona"))
        self.add_channel = self._make(tr("&Channel"), "Ctrl+Shift+H", tr("Add a channel"))
        self.add_transition = self._make(
            tr("&Transition"),
            "Ctrl+Shift+L",
            tr("Connect the selected steps in order, or the selected step to the next one"),
        )
        self.add_opportunity = self._make(
            tr("&Opportunity"), "Ctrl+Shift+O", tr("Add an improvement idea for the selected steps")
        )
        # View
        self.zoom_in = self._make(tr("Zoom &In"), Std.ZoomIn, tr("Make the map larger"))
        self.zoom_out = self._make(tr("Zoom &Out"), Std.ZoomOut, tr("Make the map smaller"))
        self.zoom_fit = self._make(
            tr("&Fit Map"),
            "Ctrl+0",
            tr("Show the map's whole height; a long journey scrolls sideways"),
        )
        self.arrange_lanes = self._make(
            tr("&Arrange Lanes…"), None, tr("Choose which lanes the map shows, and their order")
        )
        self.full_screen = self._make(
            tr("F&ull Screen"), Std.FullScreen, tr("Use the whole screen for the window")
        )
        self.full_screen.setCheckable(True)
        self.present = self._make(
            tr("&Present"),
            "F5",
            tr("Walk a workshop room through the journey full screen and take its ratings"),
            "x-office-presentation",
        )
        # Help
        self.about = self._make(tr("&About journeymap"), None, tr("Version and licence"))
        self.about_qt = self._make(tr("About &Qt"), None, tr("The Qt version in use"))

    def _make(
        self,
        text: str,
        shortcut: QKeySequence.StandardKey | str | None,
        tip: str,
        icon: str = "",
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcuts(
                QKeySequence.keyBindings(shortcut)
                if isinstance(shortcut, QKeySequence.StandardKey)
                else [QKeySequence(shortcut)]
            )
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({keys})" if keys else tip)
        action.setStatusTip(tip)
        if icon:
            action.setIcon(QIcon.fromTheme(icon, self._fallback_icon(icon)))
        return action

    def _fallback_icon(self, name: str) -> QIcon:
        pixmaps = {
            "document-new": QStyle.StandardPixmap.SP_FileIcon,
            "document-open": QStyle.StandardPixmap.SP_DialogOpenButton,
            "document-save": QStyle.StandardPixmap.SP_DialogSaveButton,
            "x-office-presentation": QStyle.StandardPixmap.SP_MediaPlay,
        }
        pixmap = pixmaps.get(name)
        return self.window.style().standardIcon(pixmap) if pixmap is not None else QIcon()

    def build_menus(
        self, undo: QAction, redo: QAction, dock_toggles: list[QAction]
    ) -> dict[str, QMenu]:
        """Fill the window's menu bar: File, Edit, View, Insert, Help."""
        bar = self.window.menuBar()
        tr = self.tr
        file_menu = bar.addMenu(tr("&File"))
        file_menu.addActions([self.new, self.new_window, self.open])
        recent = file_menu.addMenu(tr("Open &Recent"))
        file_menu.addActions([self.save, self.save_as])
        file_menu.addSeparator()
        file_menu.addActions([self.import_, self.import_evidence, self.export])
        file_menu.addSeparator()
        file_menu.addAction(self.start_page)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit = bar.addMenu(tr("&Edit"))
        edit.addActions([undo, redo])
        edit.addSeparator()
        edit.addActions([self.cut, self.copy, self.paste, self.duplicate, self.delete])
        edit.addSeparator()
        edit.addActions([self.rename, self.move_up, self.move_down, self.select_all])
        view = bar.addMenu(tr("&View"))
        view.addActions([self.zoom_in, self.zoom_out, self.zoom_fit])
        view.addSeparator()
        lanes = view.addMenu(tr("&Lanes"))
        view.addSeparator()
        view.addActions(dock_toggles)
        self.dock_toggles_end = view.addSeparator()
        """Where the docks' toggles end: a window built in two steps adds them here."""
        view.addActions([self.full_screen, self.present])
        insert = bar.addMenu(tr("&Insert"))
        insert.addActions(
            [
                self.add_step,
                self.add_stage,
                self.add_transition,
                self.add_persona,
                self.add_channel,
                self.add_opportunity,
            ]
        )
        help_menu = bar.addMenu(tr("&Help"))
        help_menu.addActions([self.about, self.about_qt])
        return {
            "file": file_menu,
            "recent": recent,
            "edit": edit,
            "view": view,
            "lanes": lanes,
            "insert": insert,
        }

    def build_toolbar(self, undo: QAction, redo: QAction) -> QToolBar:
        bar = QToolBar(self.tr("Main toolbar"), self.window)
        bar.setObjectName("main_toolbar")
        bar.addActions([self.new, self.open, self.save])
        bar.addSeparator()
        bar.addActions([undo, redo])
        bar.addSeparator()
        bar.addActions([self.add_stage, self.add_step, self.add_transition])
        bar.addSeparator()
        bar.addActions([self.zoom_in, self.zoom_out, self.zoom_fit])
        bar.addSeparator()
        bar.addAction(self.present)
        button = bar.widgetForAction(self.present)  # a QToolButton, made by addAction
        if isinstance(button, QToolButton):
            # Qt.ToolButtonStyle.ToolButtonTextBesideIcon, set by name: the first
            # frame does without PySide6 building the enums of Qt's namespace.
            button.setProperty("toolButtonStyle", TEXT_BESIDE_ICON)
        bar.addSeparator()
        self.window.addToolBar(bar)
        return bar

    def context_actions(self) -> list[QAction]:
        """What the map's context menu offers."""
        return [
            self.add_step,
            self.add_transition,
            self.add_opportunity,
            self.rename,
            self.duplicate,
            self.delete,
            self.copy,
            self.paste,
        ]

    def journey_actions(self) -> list[QAction]:
        """Actions that need a journey on screen (off while the start page shows)."""
        return [
            self.save,
            self.save_as,
            self.export,
            self.import_evidence,
            self.select_all,
            self.paste,
            self.add_step,
            self.add_stage,
            self.add_persona,
            self.add_channel,
            self.add_transition,
            self.add_opportunity,
            self.zoom_in,
            self.zoom_out,
            self.zoom_fit,
            self.arrange_lanes,
            self.present,
        ]

    def selection_actions(self) -> list[QAction]:
        """Actions that need a selection."""
        return [
            self.cut,
            self.copy,
            self.duplicate,
            self.delete,
            self.rename,
            self.move_up,
            self.move_down,
        ]
