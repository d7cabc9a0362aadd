"""What completing a window wires up: the menus and toolbar parts that need
the journey, and every action connected to what it does.

Kept beside :mod:`journeymap.ui.main_window`, which calls these from
:meth:`~journeymap.ui.main_window.MainWindow.add_other_parts` once the window's
journey, map and docks exist.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:
    from journeymap.ui.main_window import MainWindow

__all__ = ["connect_actions", "finish_menus"]


def finish_menus(window: MainWindow) -> None:
    """The undo stack's actions, the docks' toggles, the selectors, lanes,
    export and import, compare: what needs the journey."""
    from journeymap.ui.map.lanes import LaneMenu
    from journeymap.ui.map.level_selector import LevelSelector
    from journeymap.ui.map.persona_selector import PersonaSelector

    stack = window.document.undo_stack
    undo = stack.createUndoAction(window, window.tr("&Undo"))
    undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
    undo.setStatusTip(window.tr("Take back the last change"))
    redo = stack.createRedoAction(window, window.tr("&Redo"))
    redo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
    redo.setStatusTip(window.tr("Make the change you took back again"))
    edit = window.menus["edit"]
    for stand_in, action in ((window.undo_action, undo), (window.redo_action, redo)):
        edit.insertAction(stand_in, action)
        edit.removeAction(stand_in)
        stand_in.deleteLater()
    window.undo_action, window.redo_action = undo, redo
    window.connect_toolbar_undo_redo()
    toggles = [dock.toggleViewAction() for dock in window.docks()]
    window.menus["view"].insertActions(window.window_actions.dock_toggles_end, toggles)
    window.maturity_action.setEnabled(True)
    window.toolbar.addWidget(QLabel(window.tr(" Persona: ")))
    window.persona_selector = PersonaSelector(window.document)
    window.toolbar.addWidget(window.persona_selector)
    window.toolbar.addWidget(QLabel(window.tr(" Service level: ")))
    window.level_selector = LevelSelector()
    window.level_selector.level_changed.connect(window.map_area.scene.set_level_filter)
    window.toolbar.addWidget(window.level_selector)
    window.map_area.set_context_actions(window.window_actions.context_actions())
    window.lane_menu = LaneMenu(
        window.document, window.menus["lanes"], window.window_actions.arrange_lanes
    )
    window.map_area.view.set_lane_actions([window.window_actions.arrange_lanes])
    _install_export_import(window)
    from journeymap.ui.compare.install import install_compare

    install_compare(window)


def _install_export_import(window: MainWindow) -> None:
    try:
        from journeymap.ui.files.export_dialog import install_export_import
    except ImportError:
        window.window_actions.export.setVisible(False)
        window.window_actions.import_.setVisible(False)
        return
    install_export_import(window)
    from journeymap.ui.files.evidence_dialog import install_evidence_import

    install_evidence_import(window)


def connect_actions(window: MainWindow) -> None:
    a, files, edits = window.window_actions, window.files, window.edits
    for action in (a.new, a.open, a.import_, a.start_page):
        action.setEnabled(True)
    a.new.triggered.connect(files.new_blank)
    a.open.triggered.connect(files.open_dialog)
    a.save.triggered.connect(files.save)
    a.save_as.triggered.connect(files.save_as)
    a.start_page.triggered.connect(window.show_start_page)
    a.cut.triggered.connect(edits.cut)
    a.copy.triggered.connect(edits.copy)
    a.paste.triggered.connect(edits.paste)
    a.duplicate.triggered.connect(edits.duplicate)
    a.delete.triggered.connect(edits.delete)
    a.rename.triggered.connect(window.rename_current)
    a.select_all.triggered.connect(edits.select_all_steps)
    a.move_up.triggered.connect(lambda: edits.move(-1))
    a.move_down.triggered.connect(lambda: edits.move(1))
    a.add_step.triggered.connect(lambda: window._edit(edits.add_step))
    a.add_stage.triggered.connect(lambda: window._edit(edits.add_stage))
    a.add_persona.triggered.connect(lambda: window._edit(edits.add_persona))
    a.add_channel.triggered.connect(lambda: window._edit(edits.add_channel))
    a.add_transition.triggered.connect(lambda: window._edit(edits.add_transition))
    a.add_opportunity.triggered.connect(lambda: window._edit(edits.add_opportunity))
    a.zoom_in.triggered.connect(window.map_area.zoom_in)
    a.zoom_out.triggered.connect(window.map_area.zoom_out)
    a.zoom_fit.triggered.connect(window.map_area.fit_all)
    a.arrange_lanes.triggered.connect(window.arrange_lanes)
    a.present.triggered.connect(window.present)
    for source in (
        edits.status,
        window.outline.tree.status,
        window.map_area.edit_failed,
        window.lane_menu.status,
    ):
        source.connect(window.show_status)
    window.selection.changed.connect(window._update_enabled)
    window.persona_selector.persona_changed.connect(window._persona_changed)
