"""Lanes shown, hidden and reordered from View ▸ Lanes, the Arrange Lanes dialog
and the lane labels' context menu: one undoable edit each, followed by the map."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from journeymap.canvas.layout import GUTTER
from journeymap.model import load_journey
from journeymap.model.journey import OPTIONAL_LANES, Lane
from tests.ui.conftest import examples_folder


def open_example(window, name: str = "broadband-support") -> None:
    window.show_journey(load_journey(examples_folder() / f"{name}.journey.json"), None, False)


def visible(window) -> list[Lane]:
    return [s.lane for s in window.document.journey.lanes if s.visible]


def map_lanes(window) -> list[Lane]:
    return [row.lane for row in window.map_area.scene.layout.lanes]


def test_hide_a_lane_from_the_view_menu_and_undo(window):
    open_example(window)
    scene = window.map_area.scene
    height = scene.layout.height
    doing_h = scene.layout.lane(Lane.DOING).h
    thinking_y = scene.layout.lane(Lane.THINKING).y
    action = window.lane_menu.lane_actions[Lane.DOING]
    assert action.isChecked()

    action.trigger()

    assert Lane.DOING not in visible(window)
    assert Lane.DOING not in map_lanes(window)
    assert scene.layout.height == height - doing_h  # it takes no space
    assert scene.layout.lane(Lane.THINKING).y == thinking_y - doing_h
    assert scene.map_rect.height() == scene.layout.height
    assert not action.isChecked()
    assert window.document.undo_stack.count() == 1
    assert "Doing" in window.document.undo_stack.undoText()

    window.document.undo_stack.undo()
    assert Lane.DOING in visible(window)
    assert scene.layout.lane(Lane.DOING) is not None
    assert scene.layout.height == height
    assert action.isChecked()


def test_the_last_visible_lane_cannot_be_hidden(window):
    open_example(window)
    for lane in list(visible(window))[1:]:
        window.lane_menu.lane_actions[lane].trigger()
    only = visible(window)
    assert len(only) == 1
    assert not window.lane_menu.lane_actions[only[0]].isEnabled()


def test_show_a_hidden_lane_again(window):
    open_example(window)
    window.lane_menu.lane_actions[Lane.FEELING].trigger()
    window.lane_menu.lane_actions[Lane.FEELING].trigger()
    assert Lane.FEELING in map_lanes(window)
    assert window.document.undo_stack.count() == 2


def test_arrange_lanes_dialog_reorders_with_one_edit(qtbot, window):
    open_example(window)
    window.window_actions.arrange_lanes.trigger()
    dialog = window.lane_dialog
    assert dialog is not None and dialog.isVisible()
    lanes = dialog.list
    assert lanes.currentRow() == 0
    # Keyboard: down to "Feeling", move it to the top, untick "Backstage".
    order = [lanes.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lanes.count())]
    for _ in range(order.index(Lane.FEELING)):
        qtbot.keyClick(lanes, Qt.Key.Key_Down)
    assert lanes.currentItem().data(Qt.ItemDataRole.UserRole) == Lane.FEELING
    while lanes.currentRow() > 0:
        qtbot.keyClick(lanes, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert not dialog.up_button.isEnabled()
    backstage = next(
        lanes.item(i)
        for i in range(lanes.count())
        if lanes.item(i).data(Qt.ItemDataRole.UserRole) == Lane.BACKSTAGE
    )
    lanes.setCurrentItem(backstage)
    qtbot.keyClick(lanes, Qt.Key.Key_Space)
    assert backstage.checkState() == Qt.CheckState.Unchecked

    dialog.box.button(QDialogButtonBox.StandardButton.Ok).click()

    expected = [Lane.FEELING] + [lane for lane in order if lane != Lane.FEELING]
    assert [s.lane for s in window.document.journey.lanes] == expected
    hidden = {Lane.BACKSTAGE, *OPTIONAL_LANES}  # the optional lanes start hidden
    assert map_lanes(window) == [lane for lane in expected if lane not in hidden]
    assert window.document.undo_stack.count() == 1
    qtbot.waitUntil(lambda: window.lane_dialog is None)

    window.document.undo_stack.undo()
    assert map_lanes(window)[0] == Lane.STEPS
    assert Lane.BACKSTAGE in map_lanes(window)


def test_the_dialog_refuses_to_hide_every_lane(qtbot, window):
    open_example(window)
    window.window_actions.arrange_lanes.trigger()
    dialog = window.lane_dialog
    for row in range(dialog.list.count()):
        dialog.list.item(row).setCheckState(Qt.CheckState.Unchecked)
    ok = dialog.box.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert dialog.problem.isVisibleTo(dialog)
    dialog.reject()
    assert window.document.undo_stack.count() == 0


def test_lane_order_is_saved(window, dialogs, tmp_path):
    open_example(window)
    window.lane_menu.lane_actions[Lane.OPPORTUNITIES].trigger()
    dialogs.save_answer = str(tmp_path / "lanes.journey.json")
    window.window_actions.save_as.trigger()
    saved = load_journey(tmp_path / "lanes.journey.json")
    assert Lane.OPPORTUNITIES not in [s.lane for s in saved.lanes if s.visible]


def test_right_click_a_lane_label_hides_it(window):
    open_example(window)
    view = window.map_area.view
    view.set_zoom(1.0)
    view.scroll_to_start()
    row = window.map_area.scene.layout.lane(Lane.THINKING)
    point = view.mapFromScene(GUTTER / 2, row.y + row.h / 2)
    assert view.lane_at(point) == Lane.THINKING
    assert view.lane_at(view.mapFromScene(GUTTER + 200, row.y + 5)) is None
    shown = []

    def pick_hide(menu, _pos):
        shown.append([a.text() for a in menu.actions() if a.text()])
        menu.actions()[0].trigger()

    view.run_menu = pick_hide
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, view.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(view.viewport(), event)
    assert "Thinking" in shown[0][0]
    assert window.window_actions.arrange_lanes.text() in shown[0]
    assert Lane.THINKING not in map_lanes(window)
    window.document.undo_stack.undo()
    assert Lane.THINKING in map_lanes(window)


def test_journey_actions_are_off_on_the_start_page(window):
    journey_actions = [
        window.window_actions.add_stage,
        window.window_actions.add_step,
        window.window_actions.add_transition,
        window.window_actions.zoom_in,
        window.window_actions.zoom_fit,
        window.window_actions.save,
        window.window_actions.export,
        window.window_actions.arrange_lanes,
    ]
    assert all(a.isEnabled() for a in journey_actions)
    window.show_start_page()
    assert not any(a.isEnabled() for a in journey_actions)
    assert not window.persona_selector.isEnabled()
    assert window.window_actions.new.isEnabled() and window.window_actions.open.isEnabled()
    window.show_map()
    assert all(a.isEnabled() for a in journey_actions)
    assert window.persona_selector.isEnabled()
