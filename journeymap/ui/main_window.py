"""The editor window: the map in the middle, the outline, inspector, insights and
history in docks, the commands in menus and a toolbar.

The window only wires parts together; each part lives in its own module
(:mod:`actions`, :mod:`files.handler`, :mod:`edit_actions`, the docks).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMainWindow, QStackedWidget

from journeymap import __version__
from journeymap.model import Change, Journey, JourneyFileError, load_journey
from journeymap.ui.actions import Actions
from journeymap.ui.dialogs import Dialogs
from journeymap.ui.docks.comments import CommentsDock
from journeymap.ui.docks.history import HistoryDock
from journeymap.ui.docks.insights import InsightsDock
from journeymap.ui.docks.inspector import InspectorDock
from journeymap.ui.docks.outline import OutlineDock
from journeymap.ui.document.open_journey import OpenJourney
from journeymap.ui.edit_actions import EditActions
from journeymap.ui.files.autosave import Autosaver
from journeymap.ui.files.handler import FileHandler, app_settings, is_journey_path, recent_files
from journeymap.ui.files.start_page import StartPage
from journeymap.ui.library.install import install_library
from journeymap.ui.map.area import MapArea
from journeymap.ui.map.lanes import ArrangeLanesDialog, LaneMenu
from journeymap.ui.map.level_selector import LevelSelector
from journeymap.ui.map.persona_selector import PersonaSelector
from journeymap.ui.roadmap.install import install_roadmap

if TYPE_CHECKING:
    from journeymap.ui.present.window import PresentationWindow

__all__ = ["MainWindow"]

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
LAYOUT_VERSION = 2
"""Raise when the docks change, so an older saved layout is not restored."""


class MainWindow(QMainWindow):
    """A window on one open journey. The editor may have several windows open,
    each on its own :class:`OpenJourney` (document, undo stack, selection, live
    analysis); they share nothing but the application's settings.

    Parameters
    ----------
    dialogs:
        The dialog service; tests pass a scripted fake.
    autosave_path:
        Keep autosaving into this file (a recovered one) instead of a new file.
    journey:
        The open journey to show; a new, blank one when omitted. The window
        takes it over (it closes with the window).
    """

    closed = Signal()
    """The window was closed (its journey saved or given up)."""
    new_window_requested = Signal()
    """File ▸ New Window: the editor opens another window."""

    def __init__(
        self,
        dialogs: Dialogs | None = None,
        autosave_path: Path | None = None,
        journey: OpenJourney | None = None,
    ):
        super().__init__()
        self.setObjectName("main_window")
        self.dialogs = dialogs or Dialogs()
        self.open_journey = journey or OpenJourney()
        self.open_journey.setParent(self)
        self.document = self.open_journey.document
        self.selection = self.open_journey.selection
        self.live = self.open_journey.live
        self.files = FileHandler(self, self.document, self.dialogs)
        self.autosaver = self._make_autosaver(autosave_path)
        self.edits = EditActions(self.document, self.selection, self)
        self.window_actions = Actions(self)
        self._build_central()
        self._build_docks()
        self._build_menus()
        self._connect()
        self.roadmap = install_roadmap(self)
        self.library = install_library(self)
        self.setAcceptDrops(True)
        self.resize(1400, 860)
        self._restore_layout()
        self._update_title()
        self._update_enabled()

    # -- building --------------------------------------------------------------

    def _build_central(self) -> None:
        self.start_page = StartPage()
        self.start_page.set_recent(recent_files())
        self.map_area = MapArea(self.document, self.selection, self.live)
        self.central = QStackedWidget()
        self.central.addWidget(self.map_area)
        self.central.addWidget(self.start_page)
        self._docks_before_start_page: list[QDockWidget] = []
        self.setCentralWidget(self.central)

    def _build_docks(self) -> None:
        self.outline = OutlineDock(self.document, self.selection, self)
        self.inspector = InspectorDock(self.document, self.selection, self)
        self.insights = InsightsDock(
            self.document, self.selection, self.live, self.map_area.show_item, self
        )
        self.history = HistoryDock(self.document, self)
        self.comments = CommentsDock(self.document, self.selection, self.map_area.show_item, self)
        area = Qt.DockWidgetArea
        # Outline and inspector take the full height; insights sit under the map,
        # where their long lines fit.
        self.setCorner(Qt.Corner.BottomLeftCorner, area.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, area.RightDockWidgetArea)
        self.addDockWidget(area.LeftDockWidgetArea, self.outline)
        self.addDockWidget(area.RightDockWidgetArea, self.inspector)
        self.addDockWidget(area.RightDockWidgetArea, self.history)
        self.tabifyDockWidget(self.inspector, self.history)
        self.addDockWidget(area.RightDockWidgetArea, self.comments)
        self.tabifyDockWidget(self.history, self.comments)
        self.inspector.raise_()
        self.addDockWidget(area.BottomDockWidgetArea, self.insights)
        self.resizeDocks([self.outline, self.inspector], [270, 360], Qt.Orientation.Horizontal)
        self.resizeDocks([self.insights], [230], Qt.Orientation.Vertical)

    def _build_menus(self) -> None:
        stack = self.document.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.undo_action.setStatusTip(self.tr("Take back the last change"))
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
        self.redo_action.setStatusTip(self.tr("Make the change you took back again"))
        toggles = [dock.toggleViewAction() for dock in self._docks()]
        self.menus = self.window_actions.build_menus(self.undo_action, self.redo_action, toggles)
        from journeymap.ui.language import add_language_menu

        self.menus["language"] = add_language_menu(self, self.menus["view"])
        self.preferences_action = QAction(self.tr("Pre&ferences…"), self)
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.setStatusTip(self.tr("Your name in comments"))
        self.preferences_action.triggered.connect(self.edit_preferences)
        self.menus["edit"].addSeparator()
        self.menus["edit"].addAction(self.preferences_action)
        self.maturity_action = QAction(self.tr("CX &Maturity…"), self)
        self.maturity_action.setStatusTip(
            self.tr("Assess customer-experience maturity in six areas, alone or with the room")
        )
        self.maturity_action.triggered.connect(self.assess_maturity)
        self.menus["view"].addAction(self.maturity_action)
        self.toolbar = self.window_actions.build_toolbar(*self._toolbar_undo_redo())
        self.toolbar.addWidget(QLabel(self.tr(" Persona: ")))
        self.persona_selector = PersonaSelector(self.document)
        self.toolbar.addWidget(self.persona_selector)
        self.toolbar.addWidget(QLabel(self.tr(" Service level: ")))
        self.level_selector = LevelSelector()
        self.level_selector.level_changed.connect(self.map_area.scene.set_level_filter)
        self.toolbar.addWidget(self.level_selector)
        self.map_area.set_context_actions(self.window_actions.context_actions())
        self.lane_menu = LaneMenu(
            self.document, self.menus["lanes"], self.window_actions.arrange_lanes
        )
        self.map_area.view.set_lane_actions([self.window_actions.arrange_lanes])
        self.lane_dialog: ArrangeLanesDialog | None = None
        self.presentation: PresentationWindow | None = None  # loaded when first used
        self._fill_recent_menu(recent_files())
        self._install_export_import()
        from journeymap.ui.compare.install import install_compare

        install_compare(self)
        self.statusBar().showMessage(self.tr("Ready"), 3000)

    def _toolbar_undo_redo(self) -> tuple[QAction, QAction]:
        """Short "Undo"/"Redo" buttons; the menu entries carry the long text."""
        stack = self.document.undo_stack
        undo = QAction(self.tr("Undo"), self)
        undo.triggered.connect(stack.undo)
        stack.canUndoChanged.connect(undo.setEnabled)
        stack.undoTextChanged.connect(
            lambda t: undo.setToolTip(self.tr("Undo {what}").format(what=t))
        )
        redo = QAction(self.tr("Redo"), self)
        redo.triggered.connect(stack.redo)
        stack.canRedoChanged.connect(redo.setEnabled)
        stack.redoTextChanged.connect(
            lambda t: redo.setToolTip(self.tr("Redo {what}").format(what=t))
        )
        undo.setEnabled(False)
        redo.setEnabled(False)
        return undo, redo

    def _install_export_import(self) -> None:
        try:
            from journeymap.ui.files.export_dialog import install_export_import
        except ImportError:
            self.window_actions.export.setVisible(False)
            self.window_actions.import_.setVisible(False)
            return
        install_export_import(self)
        from journeymap.ui.files.evidence_dialog import install_evidence_import

        install_evidence_import(self)

    def _connect(self) -> None:
        a, files, edits = self.window_actions, self.files, self.edits
        a.new.triggered.connect(files.new_blank)
        a.new_window.triggered.connect(self.new_window_requested)
        a.open.triggered.connect(files.open_dialog)
        a.save.triggered.connect(files.save)
        a.save_as.triggered.connect(files.save_as)
        a.start_page.triggered.connect(self.show_start_page)
        a.quit.triggered.connect(self.close)
        a.cut.triggered.connect(edits.cut)
        a.copy.triggered.connect(edits.copy)
        a.paste.triggered.connect(edits.paste)
        a.duplicate.triggered.connect(edits.duplicate)
        a.delete.triggered.connect(edits.delete)
        a.rename.triggered.connect(self.rename_current)
        a.select_all.triggered.connect(edits.select_all_steps)
        a.move_up.triggered.connect(lambda: edits.move(-1))
        a.move_down.triggered.connect(lambda: edits.move(1))
        a.add_step.triggered.connect(lambda: self._edit(edits.add_step))
        a.add_stage.triggered.connect(lambda: self._edit(edits.add_stage))
        a.add_persona.triggered.connect(lambda: self._edit(edits.add_persona))
        a.add_channel.triggered.connect(lambda: self._edit(edits.add_channel))
        a.add_transition.triggered.connect(lambda: self._edit(edits.add_transition))
        a.add_opportunity.triggered.connect(lambda: self._edit(edits.add_opportunity))
        a.zoom_in.triggered.connect(self.map_area.zoom_in)
        a.zoom_out.triggered.connect(self.map_area.zoom_out)
        a.zoom_fit.triggered.connect(self.map_area.fit_all)
        a.arrange_lanes.triggered.connect(self.arrange_lanes)
        a.full_screen.toggled.connect(self._set_full_screen)
        a.present.triggered.connect(self.present)
        a.about.triggered.connect(self.show_about)
        a.about_qt.triggered.connect(QApplication.aboutQt)
        for source in (
            edits.status,
            files.status,
            self.outline.tree.status,
            self.map_area.edit_failed,
            self.lane_menu.status,
        ):
            source.connect(self.show_status)
        files.recent_changed.connect(self._fill_recent_menu)
        files.recent_changed.connect(self.start_page.set_recent)
        files.opened.connect(self.show_map)
        files.opened.connect(self.map_area.reset_view)
        self.start_page.new_requested.connect(files.new_blank)
        self.start_page.browse_requested.connect(files.open_dialog)
        self.start_page.open_requested.connect(files.open_path)
        self.start_page.example_requested.connect(self.new_from_example)
        self.document.undo_stack.cleanChanged.connect(self._update_title)
        self.document.path_changed.connect(self._update_title)
        self.document.changed.connect(self._document_changed)
        self.document.replaced.connect(self._document_replaced)
        self.selection.changed.connect(self._update_enabled)
        self.persona_selector.persona_changed.connect(self._persona_changed)

    # -- behaviour ---------------------------------------------------------------

    def assess_maturity(self) -> None:
        """View ▸ CX Maturity…: the assessment dialog (one per window, not modal)."""
        from journeymap.ui.maturity.dialog import MaturityDialog

        dialog = getattr(self, "maturity_dialog", None)
        if dialog is None or not dialog.isVisible():
            dialog = MaturityDialog(self.document, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.maturity_dialog = dialog
        dialog.show()
        dialog.raise_()

    def edit_preferences(self) -> None:
        """Edit ▸ Preferences…, window-modal."""
        from journeymap.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preferences_dialog = dialog
        dialog.open()

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _edit(self, add: Callable[[], object]) -> None:
        self.show_map()
        add()

    def show_map(self) -> None:
        if self.central.currentWidget() is self.map_area:
            return
        self.central.setCurrentWidget(self.map_area)
        for dock in self._docks_before_start_page:
            dock.show()
        self._docks_before_start_page = []
        self._update_enabled()

    def show_start_page(self) -> None:
        """The start page, without the docks (they have nothing to show yet)."""
        self.start_page.set_recent(recent_files())
        self.start_page.ensure_examples()
        if self.central.currentWidget() is not self.start_page:
            self._docks_before_start_page = [
                d for d in self._docks() if d.toggleViewAction().isChecked()
            ]
            for dock in self._docks_before_start_page:
                dock.hide()
        self.central.setCurrentWidget(self.start_page)
        self._update_enabled()
        self.start_page.setFocus()

    def _docks(self) -> list[QDockWidget]:
        return [self.outline, self.inspector, self.insights, self.history, self.comments]

    def showing_start_page(self) -> bool:
        return self.central.currentWidget() is self.start_page

    def new_from_example(self, path: str) -> bool:
        """A copy of an example as a new, unsaved journey (the example stays untouched)."""
        try:
            journey = load_journey(path)
        except JourneyFileError as exc:
            self.dialogs.error(self, self.tr("Cannot open the example"), str(exc))
            return False
        return self.files.new_from(journey)

    def _make_autosaver(self, path: Path | None) -> Autosaver:
        autosaver = Autosaver(self.document, path, parent=self)
        autosaver.failed.connect(
            lambda why: self.show_status(self.tr("Autosave failed: {why}").format(why=why))
        )
        return autosaver

    def adopt_autosave(self, path: Path) -> None:
        """Autosave into ``path`` (a recovered file) from now on."""
        self.autosaver.stop()
        self.autosaver.deleteLater()
        self.autosaver = self._make_autosaver(path)

    def show_journey(self, journey: Journey, path: Path | None, modified: bool) -> None:
        """Show ``journey`` (from a recovery): with ``modified``, it counts as unsaved."""
        self.document.replace(journey, path)
        if modified:
            self.document.undo_stack.resetClean()
        self.show_map()
        self.map_area.reset_view()

    def rename_current(self) -> None:
        self.outline.show()
        self.outline.raise_()
        if not self.outline.tree.rename_current():
            self.show_status(self.tr("Select a stage, step, persona, channel or opportunity"))

    def show_about(self) -> None:
        text = self.tr(
            "<h3>journeymap {version}</h3>"
            "<p>A local-first editor for customer journey maps: personas, stages, "
            "touchpoints, goal / ease / emotion ratings, drop-off and pain points.</p>"
            "<p>Licensed under the MIT licence.</p>"
        ).format(version=__version__)
        self.dialogs.about(self, self.tr("About journeymap"), text)

    def _persona_changed(self, persona_id: str | None) -> None:
        self.map_area.set_persona(persona_id)
        self.live.set_persona(persona_id)

    def _document_changed(self, change: Change) -> None:
        if change.removed:
            self.selection.discard(change.removed)
        if "title" in change.journey:
            self._update_title()

    def _document_replaced(self) -> None:
        self.selection.clear()
        self._update_title()
        self.show_map()

    def _update_title(self, *_args: object) -> None:
        name = self.files.display_name()
        self.setWindowTitle(self.tr("{name}[*] — journeymap").format(name=name))
        self.setWindowModified(self.document.modified)

    def arrange_lanes(self) -> None:
        """The Arrange Lanes dialog (window-modal; OK pushes one undoable edit)."""
        if self.lane_dialog is not None:
            self.lane_dialog.close()
        self.lane_dialog = ArrangeLanesDialog(self.document, self)
        self.lane_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.lane_dialog.destroyed.connect(self._forget_lane_dialog)
        self.lane_dialog.open()

    def _forget_lane_dialog(self) -> None:
        self.lane_dialog = None

    def present(self) -> None:
        """Presentation mode (F5): the journey full screen for a workshop room.

        It starts at the selected step (else the first), shows the persona chosen
        in the toolbar, and shares this window's document, undo stack and
        analysis, so the room's votes are ordinary undoable edits. On leaving,
        the map selects the step the room ended on.
        """
        if self.showing_start_page():
            return
        if self.presentation is not None:
            self.presentation.start()
            return
        from journeymap.ui.present.window import PresentationWindow  # only when used

        window = PresentationWindow(
            self.document, self.live, self.persona_selector.persona_id(), self
        )
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        current = self.selection.current
        if current is not None and current[0] == "steps":
            window.go_to_step(current[1])
        window.closed.connect(lambda: self._presentation_closed(window))
        self.presentation = window
        window.start()

    def _presentation_closed(self, window: PresentationWindow) -> None:
        step_id = window.step_id
        self.presentation = None
        if step_id is not None and self.document.journey.has("steps", step_id):
            self.selection.set([("steps", step_id)])
            self.map_area.show_item("steps", step_id)
        self.activateWindow()

    def _update_enabled(self) -> None:
        on_map = not self.showing_start_page()
        for action in self.window_actions.journey_actions():
            action.setEnabled(on_map)
        self.menus["lanes"].setEnabled(on_map)
        self.persona_selector.setEnabled(on_map)
        has = bool(self.selection.items) and on_map
        for action in self.window_actions.selection_actions():
            action.setEnabled(has)

    def _fill_recent_menu(self, paths: list[str]) -> None:
        menu = self.menus["recent"]
        menu.clear()
        for index, path in enumerate(paths, start=1):
            action = menu.addAction(f"&{index % 10} {Path(path).name}")
            action.setStatusTip(path)
            action.setToolTip(path)
            action.triggered.connect(lambda _c=False, p=path: self.files.open_path(p))
        menu.setEnabled(bool(paths))

    def _set_full_screen(self, on: bool) -> None:
        self.showFullScreen() if on else self.showNormal()

    # -- window events -------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(is_journey_path(url.toLocalFile()) for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if is_journey_path(url.toLocalFile()):
                event.acceptProposedAction()
                self.files.open_path(url.toLocalFile())
                return

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        if self.presentation is not None:
            self.presentation.close()
        for dock in self._docks_before_start_page:  # save the layout the map had
            dock.show()
        settings = app_settings()
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(STATE_KEY, self.saveState(LAYOUT_VERSION))
        self.autosaver.stop()
        self.open_journey.close()
        event.accept()
        self.closed.emit()

    def _restore_layout(self) -> None:
        settings = app_settings()
        geometry, state = settings.value(GEOMETRY_KEY), settings.value(STATE_KEY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            self.restoreState(state, LAYOUT_VERSION)
