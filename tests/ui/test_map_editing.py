"""Gestures on the map: rename in place, drag a step, connect two steps. Each
ends in one edit on the undo stack."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from journeymap.model import MoveStep
from tests.ui.map_fixtures import make_map


def _click_card(qtbot, setup, step_id: str) -> QPoint:
    pos = setup.view.mapFromScene(setup.scene.step_rect(step_id).center())
    qtbot.mouseClick(setup.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    return pos


def test_f2_renames_the_selected_step_in_place(qtbot):
    setup = make_map(qtbot)
    _click_card(qtbot, setup, "s2")
    qtbot.keyClick(setup.view, Qt.Key.Key_F2)
    editor = setup.scene.rename_editor()
    assert editor is not None and editor.text() == "Compare offers"
    editor.selectAll()
    qtbot.keyClicks(editor, "Compare prices")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert setup.document.journey.find("steps", "s2").title == "Compare prices"
    assert setup.document.undo_stack.count() == 1
    assert "Rename step" in setup.document.undo_stack.text(0)
    qtbot.waitUntil(lambda: setup.scene.rename_editor() is None)
    assert setup.scene.card("s2").title == "Compare prices"
    setup.document.undo_stack.undo()
    assert setup.scene.card("s2").title == "Compare offers"


def test_escape_cancels_a_rename(qtbot):
    setup = make_map(qtbot)
    setup.selection.set([("steps", "s1")])
    assert setup.scene.begin_rename()
    editor = setup.scene.rename_editor()
    qtbot.keyClicks(editor, "Something else")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert setup.document.journey.find("steps", "s1").title == "Search"
    assert setup.document.undo_stack.count() == 0


def test_double_click_renames_a_stage(qtbot):
    setup = make_map(qtbot)
    header = setup.scene.item_for(("stages", "st-b"))
    pos = setup.view.mapFromScene(header.mapToScene(header.title_rect().center()))
    qtbot.mouseDClick(setup.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    editor = setup.scene.rename_editor()
    assert editor is not None and editor.text() == "Buy"
    editor.setText("Purchase")
    qtbot.keyClick(editor, Qt.Key.Key_Enter)
    assert setup.document.journey.find("stages", "st-b").name == "Purchase"


def test_dragging_a_step_to_another_stage_pushes_one_move(qtbot):
    setup = make_map(qtbot)
    document, scene, viewport = setup.document, setup.scene, setup.view.viewport()
    pushed = []
    original_push = document.push
    document.push = lambda edit, mergeable=False: (pushed.append(edit), original_push(edit))[1]
    start = setup.view.mapFromScene(scene.step_rect("s1").center())
    target = scene.step_rect("s4")
    end = setup.view.mapFromScene(target.left() + 10, target.center().y())
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, 6):
        qtbot.mouseMove(viewport, start + (end - start) * i / 5)
    assert pushed == []  # nothing while moving
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert len(pushed) == 1 and isinstance(pushed[0], MoveStep)
    moved = document.journey.find("steps", "s1")
    assert moved.stage_id == "st-b"
    assert [s.id for s in document.journey.ordered_steps()] == ["s2", "s3", "s1", "s4"]
    assert scene.layout.order == ["s2", "s3", "s1", "s4"]
    assert scene.card("s1").pos().x() == scene.step_rect("s1").x()
    document.undo_stack.undo()
    assert document.journey.find("steps", "s1").stage_id == "st-a"
    assert scene.layout.order == ["s1", "s2", "s3", "s4"]


def test_a_small_drag_moves_nothing(qtbot):
    setup = make_map(qtbot)
    viewport = setup.view.viewport()
    start = setup.view.mapFromScene(setup.scene.step_rect("s2").center())
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, start + QPoint(30, 0))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(30, 0))
    assert setup.document.undo_stack.count() == 0
    assert setup.scene.card("s2").pos().x() == setup.scene.step_rect("s2").x()


def test_shift_drag_connects_two_steps(qtbot):
    setup = make_map(qtbot)
    document, scene, viewport = setup.document, setup.scene, setup.view.viewport()
    before = len(document.journey.transitions)
    start = setup.view.mapFromScene(scene.step_rect("s2").center())
    end = setup.view.mapFromScene(scene.step_rect("s4").center())
    shift = Qt.KeyboardModifier.ShiftModifier
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, shift, start)
    qtbot.mouseMove(viewport, (start + end) / 2)
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, shift, end)
    assert len(document.journey.transitions) == before + 1
    new = document.journey.transitions[-1]
    assert (new.source, new.target) == ("s2", "s4")
    assert scene.arrow(new.id) is not None and scene.arrow(new.id).route is not None
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert scene.arrow(new.id) is None


def test_connector_handle_drag_connects(qtbot):
    setup = make_map(qtbot)
    scene, viewport = setup.scene, setup.view.viewport()
    card = scene.card("s1")
    handle = setup.view.mapFromScene(card.mapToScene(card.connector_rect().center()))
    end = setup.view.mapFromScene(scene.step_rect("s3").center())
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=handle)
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    new = setup.document.journey.transitions[-1]
    assert (new.source, new.target) == ("s1", "s3")


def test_refused_edit_is_reported_not_raised(qtbot):
    setup = make_map(qtbot)
    with qtbot.waitSignal(setup.scene.edit_failed) as blocker:
        setup.scene.push_edit(MoveStep("s1", "no-such-stage"))
    assert "no stage" in blocker.args[0]
