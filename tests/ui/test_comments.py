"""The Comments panel: write, answer, resolve, filter, undo; the marker on the map."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt

from journeymap.ui.docks.comments import comment_author, set_comment_author


def _new(window, before):
    """The comments added since ``before`` (the example has comments of its own)."""
    return [(cid, c) for cid, c in window.document.journey.comments.items() if cid not in before]


def _type(qtbot, panel, text):
    panel.text.setFocus()
    panel.text.clear()
    qtbot.keyClicks(panel.text, text)


def test_the_author_comes_from_the_preferences():
    set_comment_author("Riikka")
    assert comment_author() == "Riikka"
    set_comment_author("")
    assert comment_author() != ""  # the system user name


def test_comment_on_the_selected_step_answer_resolve_and_undo(example, qtbot):
    set_comment_author("Riikka")
    panel = example.comments.panel
    scene = example.map_area.scene
    example.selection.set([("steps", "no-answer")])
    before = dict(example.document.journey.comments)
    assert scene.comment_counts("no-answer") == (1, 1)  # the example's own, open
    assert "No answer for two days" in panel.target_label.text()
    _type(qtbot, panel, "Do we know the real wait?")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    ((cid, comment),) = _new(example, before)
    assert comment.target == ("steps", "no-answer")
    assert comment.author == "Riikka" and comment.text == "Do we know the real wait?"
    assert scene.comment_counts("no-answer") == (2, 2)
    assert panel.text.toPlainText() == ""

    _type(qtbot, panel, "Two days on average")
    qtbot.mouseClick(panel.answer_button, Qt.MouseButton.LeftButton)
    assert example.document.journey.comments[cid].replies[0].text == "Two days on average"
    assert panel.tree.topLevelItem(0).childCount() == 1

    qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)
    assert example.document.journey.comments[cid].resolved
    assert scene.comment_counts("no-answer") == (1, 2)
    assert panel.resolve_button.text() == "Reopen"
    panel.unresolved_only.setChecked(True)
    open_threads = sum(1 for c in example.document.journey.comments.values() if not c.resolved)
    assert panel.tree.topLevelItemCount() == open_threads
    panel.unresolved_only.setChecked(False)
    assert panel.tree.topLevelItemCount() == len(before) + 1
    if os.environ.get("JOURNEYMAP_SHOTS"):
        example.comments.raise_()
        example.resize(1500, 900)
        example.grab().save(os.environ["JOURNEYMAP_SHOTS"] + "/comments.png")

    stack = example.document.undo_stack
    assert stack.undoText() == "Resolve comment"
    stack.undo()
    assert not example.document.journey.comments[cid].resolved
    stack.undo()
    stack.undo()
    assert example.document.journey.comments == before
    assert scene.comment_counts("no-answer") == (1, 1)
    assert panel.tree.topLevelItemCount() == len(before)


def test_without_a_selection_a_comment_is_on_the_journey(example, qtbot):
    panel = example.comments.panel
    example.selection.clear()
    before = dict(example.document.journey.comments)
    _type(qtbot, panel, "Check the numbers with support")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    ((_cid, comment),) = _new(example, before)
    assert comment.target == ("journey",)


def test_activating_a_comment_selects_its_item(example, qtbot):
    panel = example.comments.panel
    example.selection.set([("ratings", ("email", "p-remote-worker"))])
    _type(qtbot, panel, "Hanna's ease looks low")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    example.selection.clear()
    newest = panel.tree.topLevelItem(panel.tree.topLevelItemCount() - 1)
    panel.tree.itemActivated.emit(newest, 0)
    assert example.selection.items == [("ratings", ("email", "p-remote-worker"))]


def test_preferences_change_the_author_of_new_comments(example, qtbot):
    example.preferences_action.trigger()
    dialog = example.preferences_dialog
    assert dialog.isVisible()
    dialog.author.setText("Tiina Tester")
    dialog.box.button(dialog.box.StandardButton.Ok).click()
    assert comment_author() == "Tiina Tester"
    panel = example.comments.panel
    before = dict(example.document.journey.comments)
    _type(qtbot, panel, "Hello")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    ((_cid, comment),) = _new(example, before)
    assert comment.author == "Tiina Tester"


def test_a_comment_on_a_stage_marks_its_header(example, qtbot):
    panel = example.comments.panel
    scene = example.map_area.scene
    example.selection.set([("stages", "st-fix")])
    _type(qtbot, panel, "Is this stage owned by anyone?")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert scene.comment_counts(("stages", "st-fix")) == (1, 1)
    assert scene.comment_counts(("stages", "st-ask")) == (0, 0)
    example.document.undo_stack.undo()
    assert scene.comment_counts(("stages", "st-fix")) == (0, 0)
