"""The editor window: the map in the middle, the outline, inspector, insights and
history in docks, the commands in menus and a toolbar.

The window only wires parts together; each part lives in its own module
(:mod:`actions`, :mod:`files.handler`, :mod:`edit_actions`, the docks).

It is built in two steps, so that a start can show it before the journey model
is loaded: the **shell** (menus, toolbar, status bar, an "Opening …" line in the
middle), which needs nothing but Qt, then :meth:`MainWindow.complete`, which
loads the editor's parts and adds the map, the start page and the docks. A
window built with ``staged=True`` stops after the shell; any other is complete
when its constructor returns.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QByteArray, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from journeymap import __version__
from journeymap.ui.actions import Actions
from journeymap.ui.gc_collector import GuiThreadCollector, collector_of
from journeymap.ui.settings import app_settings, recent_files

if TYPE_CHECKING:
    from journeymap.model import Change, Journey
    from journeymap.ui.compare.install import CompareActions
    from journeymap.ui.dialogs import Dialogs
    from journeymap.ui.docks.comments import CommentsDock
    from journeymap.ui.docks.history import HistoryDock
    from journeymap.ui.docks.insights import InsightsDock
    from journeymap.ui.docks.inspector import InspectorDock
    from journeymap.ui.docks.outline import OutlineDock
    from journeymap.ui.document.editor_document import EditorDocument
    from journeymap.ui.document.live_analysis import LiveAnalysis
    from journeymap.ui.document.open_journey import OpenJourney
    from journeymap.ui.document.selection import Selection
    from journeymap.ui.edit_actions import EditActions
    from journeymap.ui.files.autosave import Autosaver
    from journeymap.ui.files.handler import FileHandler
    from journeymap.ui.files.start_page import StartPage
    from journeymap.ui.library.install import LibraryLinks
    from journeymap.ui.map.area import MapArea
    from journeymap.ui.map.lanes import ArrangeLanesDialog, LaneMenu
    from journeymap.ui.map.level_selector import LevelSelector
    from journeymap.ui.map.persona_selector import PersonaSelector
    from journeymap.ui.present.window import PresentationWindow
    from journeymap.ui.roadmap.install import RoadmapTab

__all__ = ["MainWindow"]

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
LAYOUT_VERSION = 2
"""Raise when the docks change, so an older saved layout is not restored."""
ALIGN_CENTER = 0x0084
"""``Qt.AlignmentFlag.AlignCenter`` as a number (see :meth:`MainWindow._build_shell`)."""
PAINT_WAIT_MS = 2000
"""The longest an opened journey's map holds the garbage collector back
waiting for its first paint (see :meth:`MainWindow._opened`)."""


def load_journey_parts() -> None:
    """Import what :meth:`MainWindow.add_journey_parts` builds (the model, the
    document, the map), without building anything."""
    import journeymap.ui.dialogs
    import journeymap.ui.document.open_journey
    import journeymap.ui.files.autosave
    import journeymap.ui.files.handler
    import journeymap.ui.map.area  # noqa: F401


def load_other_parts() -> None:
    """Import what :meth:`MainWindow.add_other_parts` builds (docks, commands,
    selectors, the roadmap, the library), without building anything: the
    staged start does it in a turn of its own, so the window answers between
    the imports and the building."""
    import journeymap.ui.compare.install
    import journeymap.ui.docks.layout
    import journeymap.ui.edit_actions
    import journeymap.ui.files.evidence_dialog
    import journeymap.ui.files.export_dialog
    import journeymap.ui.library.install
    import journeymap.ui.map.lanes
    import journeymap.ui.map.level_selector
    import journeymap.ui.map.persona_selector
    import journeymap.ui.roadmap.install
    import journeymap.ui.window_wiring  # noqa: F401


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
    staged:
        Build only the shell (menus, toolbar, an "Opening …" line); the start
        calls :meth:`complete` once the shell has painted.
    opening:
        The file the shell says it is opening.
    """

    closed = Signal()
    """The window was closed (its journey saved or given up)."""
    new_window_requested = Signal()
    """File ▸ New Window: the editor opens another window."""
    completed = Signal()
    """:meth:`complete` has built the rest of the window."""

    # Made by complete(): the journey and everything that shows it.
    dialogs: Dialogs
    open_journey: OpenJourney
    document: EditorDocument
    selection: Selection
    live: LiveAnalysis
    files: FileHandler
    autosaver: Autosaver
    edits: EditActions
    map_area: MapArea
    outline: OutlineDock
    inspector: InspectorDock
    insights: InsightsDock
    history: HistoryDock
    comments: CommentsDock
    persona_selector: PersonaSelector
    level_selector: LevelSelector
    lane_menu: LaneMenu
    roadmap: RoadmapTab
    library: LibraryLinks
    compare_actions: CompareActions

    def __init__(
        self,
        dialogs: Dialogs | None = None,
        autosave_path: Path | None = None,
        journey: OpenJourney | None = None,
        *,
        staged: bool = False,
        opening: str | None = None,
    ):
        super().__init__()
        self.setObjectName("main_window")
        self.ready = False
        """True once the window is complete (:meth:`add_other_parts` has run)."""
        self.has_journey = False
        """True once :meth:`add_journey_parts` has run."""
        self._start_page: StartPage | None = None
        self._dock_list: list[QDockWidget] = []
        self._given_dialogs = dialogs
        self._autosave_path = autosave_path
        self.window_actions = Actions(self)
        self._build_shell(opening)
        self.setAcceptDrops(True)
        self.resize(1400, 860)
        geometry = app_settings().value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if not staged:
            self.complete(journey)

    # -- building: the shell -------------------------------------------------------

    def _build_shell(self, opening: str | None) -> None:
        """What the first frame shows: menus, toolbar and status bar, all Qt."""
        self.opening_label = QLabel(
            self.tr("Opening {name}…").format(name=Path(opening).name) if opening else ""
        )
        # Qt.AlignmentFlag.AlignCenter, set by name so that the first frame does
        # without PySide6 building the Python enums of Qt's whole namespace.
        self.opening_label.setProperty("alignment", ALIGN_CENTER)
        self.opening_label.setEnabled(False)  # the placeholder's muted text colour
        self.central = QStackedWidget()
        self.central.addWidget(self.opening_label)
        self.setCentralWidget(self.central)
        # The undo stack comes with the journey; these stand in for its actions.
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.menus = self.window_actions.build_menus(self.undo_action, self.redo_action, [])
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
        self.toolbar_undo = QAction(self.tr("Undo"), self)
        self.toolbar_redo = QAction(self.tr("Redo"), self)
        self.toolbar = self.window_actions.build_toolbar(self.toolbar_undo, self.toolbar_redo)
        self.lane_dialog: ArrangeLanesDialog | None = None
        self.presentation: PresentationWindow | None = None  # loaded when first used
        self._docks_before_start_page: list[QDockWidget] = []
        self._fill_recent_menu(recent_files())
        a = self.window_actions
        a.new_window.triggered.connect(self.new_window_requested)
        a.quit.triggered.connect(self.close)
        a.full_screen.toggled.connect(self._set_full_screen)
        a.about.triggered.connect(self.show_about)
        a.about_qt.triggered.connect(QApplication.aboutQt)
        waiting = [*a.journey_actions(), *a.selection_actions(), a.new, a.open, a.import_]
        for action in (*waiting, a.start_page, self.undo_action, self.redo_action):
            action.setEnabled(False)
        for action in (self.toolbar_undo, self.toolbar_redo, self.maturity_action):
            action.setEnabled(False)
        self.menus["recent"].setEnabled(False)
        self.menus["lanes"].setEnabled(False)
        self.setWindowTitle(self.tr("journeymap"))
        if opening:
            self.statusBar().showMessage(self.opening_label.text())

    # -- building: the journey, then the rest ------------------------------------

    def complete(self, journey: OpenJourney | None = None, dialogs: Dialogs | None = None) -> None:
        """Build the rest of the window at once: :meth:`show_journey_parts` on
        ``journey`` (a new, blank one when omitted), then :meth:`add_other_parts`."""
        self.add_journey_parts(journey, dialogs)
        self.add_other_parts()

    def add_journey_parts(
        self, journey: OpenJourney | None = None, dialogs: Dialogs | None = None
    ) -> None:
        """What showing a journey needs: the model, the open journey (on ``journey``,
        a new, blank one when omitted), its file handling and the map; ``dialogs``
        is the one given to the constructor by default. Does nothing the second time.
        """
        if self.has_journey:
            return
        from journeymap.ui.dialogs import Dialogs
        from journeymap.ui.document.open_journey import OpenJourney
        from journeymap.ui.files.handler import FileHandler
        from journeymap.ui.map.area import MapArea

        self.dialogs = dialogs or self._given_dialogs or Dialogs()
        self.open_journey = journey or OpenJourney()
        self.open_journey.setParent(self)
        self.document = self.open_journey.document
        self.selection = self.open_journey.selection
        self.live = self.open_journey.live
        self.files = FileHandler(self, self.document, self.dialogs)
        self.autosaver = self._make_autosaver(self._autosave_path)
        self.map_area = MapArea(self.document, self.selection, self.live)
        self.central.addWidget(self.map_area)
        self.central.setCurrentWidget(self.map_area)
        self.central.removeWidget(self.opening_label)
        self.opening_label.deleteLater()
        self.files.opened.connect(self.show_map)
        self.files.opened.connect(self.map_area.reset_view)
        self.files.opened.connect(self._opened)
        self.files.status.connect(self.show_status)
        self.files.recent_changed.connect(self._fill_recent_menu)
        self.document.undo_stack.cleanChanged.connect(self._update_title)
        self.document.path_changed.connect(self._update_title)
        self.document.changed.connect(self._document_changed)
        self.document.replaced.connect(self._document_replaced)
        self.has_journey = True
        self._update_title()

    def add_other_parts(self) -> None:
        """Everything else: edit commands, docks, selectors, lanes, export and
        import, compare, roadmap, library; then the actions work. Does nothing the
        second time. A file opened before keeps what opening it does here (the
        library's folder, its shared copies, git's merge conflicts)."""
        if self.ready:
            return
        self.add_journey_parts()
        from journeymap.ui.docks.layout import add_docks
        from journeymap.ui.edit_actions import EditActions
        from journeymap.ui.library.install import install_library
        from journeymap.ui.roadmap.install import install_roadmap
        from journeymap.ui.window_wiring import connect_actions, finish_menus

        self.edits = EditActions(self.document, self.selection, self)
        add_docks(self)
        self._dock_list = [self.outline, self.inspector, self.insights, self.history, self.comments]
        finish_menus(self)
        connect_actions(self)
        self.roadmap = install_roadmap(self)
        self.library = install_library(self)
        state = app_settings().value(STATE_KEY)
        if isinstance(state, QByteArray):
            self.restoreState(state, LAYOUT_VERSION)
        self.ready = True
        if self.showing_start_page():
            self._hide_docks()
        elif self.isVisible():  # a staged start showed the map before the docks narrowed it
            layout = self.layout()
            if layout is not None:
                layout.activate()
            self.map_area.reset_view()
        if not self.showing_start_page() and self.document.path is not None:
            # Opened before the library and compare were here.
            self.library.check_shared()
            QTimer.singleShot(0, self, self.compare_actions.check_conflicts)
        if not self.statusBar().currentMessage():
            self.statusBar().showMessage(self.tr("Ready"), 3000)
        self._update_title()
        self._update_enabled()
        self.completed.emit()

    @property
    def start_page(self) -> StartPage:
        """The start page (new journeys, examples, recent files), made when first used."""
        if self._start_page is None:
            from journeymap.ui.files.start_page import StartPage

            page = StartPage()
            page.set_recent(recent_files())
            self.central.addWidget(page)
            page.new_requested.connect(self.files.new_blank)
            page.browse_requested.connect(self.files.open_dialog)
            page.open_requested.connect(self.files.open_path)
            page.example_requested.connect(self.new_from_example)
            self.files.recent_changed.connect(page.set_recent)
            self._start_page = page
        return self._start_page

    def connect_toolbar_undo_redo(self) -> None:
        """Short "Undo"/"Redo" buttons; the menu entries carry the long text."""
        stack = self.document.undo_stack
        undo, redo = self.toolbar_undo, self.toolbar_redo
        undo.triggered.connect(stack.undo)
        stack.canUndoChanged.connect(undo.setEnabled)
        # Slots of the window, not lambdas: the toolbar's actions are older than the
        # stack and go first when the window is deleted, the window's slots never.
        stack.undoTextChanged.connect(self._undo_text_changed)
        redo.triggered.connect(stack.redo)
        stack.canRedoChanged.connect(redo.setEnabled)
        stack.redoTextChanged.connect(self._redo_text_changed)
        undo.setEnabled(stack.canUndo())
        redo.setEnabled(stack.canRedo())

    def _undo_text_changed(self, text: str) -> None:
        self.toolbar_undo.setToolTip(self.tr("Undo {what}").format(what=text))

    def _redo_text_changed(self, text: str) -> None:
        self.toolbar_redo.setToolTip(self.tr("Redo {what}").format(what=text))

    # -- behaviour ---------------------------------------------------------------

    def assess_maturity(self) -> None:
        """View ▸ CX Maturity…: the assessment dialog (one per window, not modal)."""
        from journeymap.ui.maturity.dialog import MaturityDialog

        dialog = getattr(self, "maturity_dialog", None)
        if dialog is None or not dialog.isVisible():
            dialog = MaturityDialog(self.document, self)
            dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
            self.maturity_dialog = dialog
        dialog.show()
        dialog.raise_()

    def edit_preferences(self) -> None:
        """Edit ▸ Preferences…, window-modal."""
        from journeymap.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
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
            self._hide_docks()
        self.central.setCurrentWidget(self.start_page)
        self._update_enabled()
        self.start_page.setFocus()

    def _hide_docks(self) -> None:
        self._docks_before_start_page = [
            d for d in self.docks() if d.toggleViewAction().isChecked()
        ]
        for dock in self._docks_before_start_page:
            dock.hide()

    def docks(self) -> list[QDockWidget]:
        return list(self._dock_list)  # none yet while a staged start shows the journey

    def showing_start_page(self) -> bool:
        return self._start_page is not None and self.central.currentWidget() is self._start_page

    def new_from_example(self, path: str) -> bool:
        """A copy of an example as a new, unsaved journey (the example stays untouched)."""
        from journeymap.model import JourneyFileError, load_journey

        try:
            journey = load_journey(path)
        except JourneyFileError as exc:
            self.dialogs.error(self, self.tr("Cannot open the example"), str(exc))
            return False
        return self.files.new_from(journey)

    def _make_autosaver(self, path: Path | None) -> Autosaver:
        from journeymap.ui.files.autosave import Autosaver

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

    def _opened(self) -> None:
        """A journey was opened: until its map has painted once, the garbage
        collector's pending work (a full collection after a closed journey:
        0.5–0.8 s for 10,000 steps) waits, and the window's first analysis
        (which would take turns with the paint for the interpreter) starts
        ``FIRST_RUN_DELAY_MS`` after that paint."""
        self.live.delay_first_run()
        policy = collector_of(QApplication.instance())
        if policy is not None and self.isVisible():
            _PausedUntilPainted(self.map_area.view.viewport(), policy, self.live.delay_first_run)

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
        from journeymap.ui.map.lanes import ArrangeLanesDialog

        if self.lane_dialog is not None:
            self.lane_dialog.close()
        self.lane_dialog = ArrangeLanesDialog(self.document, self)
        self.lane_dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
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
        window.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
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
        if not self.ready:
            return
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
        menu.setEnabled(bool(paths) and self.ready)

    def _set_full_screen(self, on: bool) -> None:
        self.showFullScreen() if on else self.showNormal()

    # -- window events -------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from journeymap.ui.files.handler import is_journey_path

        urls = event.mimeData().urls()
        if self.ready and any(is_journey_path(url.toLocalFile()) for url in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        from journeymap.ui.files.handler import is_journey_path

        for url in event.mimeData().urls():
            if is_journey_path(url.toLocalFile()):
                event.acceptProposedAction()
                self.files.open_path(url.toLocalFile())
                return

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.has_journey:  # closed while its shell showed: nothing to save yet
            event.accept()
            self.closed.emit()
            return
        if not self.files.maybe_save():
            event.ignore()
            return
        if self.presentation is not None:
            self.presentation.close()
        for dock in self._docks_before_start_page:  # save the layout the map had
            dock.show()
        settings = app_settings()
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        if self.ready:  # a window closed before its docks came keeps the saved layout
            settings.setValue(STATE_KEY, self.saveState(LAYOUT_VERSION))
        self.autosaver.stop()
        self.open_journey.close()
        event.accept()
        self.closed.emit()


class _PausedUntilPainted(QObject):
    """Pauses ``policy`` (the garbage collector) until ``widget`` has painted,
    or :data:`PAINT_WAIT_MS` have passed (a widget that never paints); calls
    ``painted`` at that paint."""

    def __init__(self, widget: QWidget, policy: GuiThreadCollector, painted: Callable[[], None]):
        super().__init__(widget)
        self.policy = policy
        self.painted = painted
        done = [False]

        def resume() -> None:  # once, whichever comes first; refers to no widget
            if not done[0]:
                done[0] = True
                policy.resume()

        self._resume = resume
        policy.pause()
        widget.installEventFilter(self)
        # Bound to the collector, which outlives the window: it resumes for sure.
        QTimer.singleShot(PAINT_WAIT_MS, policy, resume)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.policy, self._resume)  # after this paint
            self.painted()
        return False
