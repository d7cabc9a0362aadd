"""Drive the real window: build a journey from a blank start with actions and
typing, undo it all, redo it all, save it and open it again."""

from __future__ import annotations

from PySide6.QtCore import Qt

from journeymap.model import load_journey
from journeymap.model.journey import Journey


def type_into(qtbot, widget, text: str) -> None:
    """Replace the text of a line edit or spin box by typing, as a user would."""
    editor = widget.lineEdit() if hasattr(widget, "lineEdit") else widget
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)


def field(window, kind: str, name: str):
    return window.inspector.panel.forms[kind].widgets[name]


def click_row(qtbot, tree, row, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    rect = tree.visualRect(row)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def build_journey(qtbot, window) -> Journey:
    """Two stages, three steps, a persona, two transitions and ratings."""
    journey = window.document.journey
    window.window_actions.add_stage.trigger()
    assert [s.name for s in journey.stages] == ["New stage"]
    type_into(qtbot, field(window, "stages", "name"), "Notice")
    assert journey.stages[0].name == "Notice"

    window.window_actions.add_step.trigger()
    assert journey.steps[0].stage_id == journey.stages[0].id
    type_into(qtbot, field(window, "steps", "title"), "Email support")
    assert journey.steps[0].title == "Email support"

    window.window_actions.add_stage.trigger()
    type_into(qtbot, field(window, "stages", "name"), "Resolve")
    assert [s.name for s in journey.stages] == ["Notice", "Resolve"]

    window.window_actions.add_step.trigger()
    type_into(qtbot, field(window, "steps", "title"), "Open the chat")
    window.window_actions.add_step.trigger()
    type_into(qtbot, field(window, "steps", "title"), "Explain again")
    resolve = journey.stages[1].id
    assert [s.title for s in journey.steps_in_stage(resolve)] == ["Open the chat", "Explain again"]

    window.window_actions.add_persona.trigger()
    type_into(qtbot, field(window, "personas", "name"), "Busy parent")
    assert [p.name for p in journey.personas] == ["Busy parent"]

    # Connect the steps: select all three in the outline, then Insert ▸ Transition.
    tree = window.outline.tree
    rows = [tree.index_for("steps", s.id) for s in journey.ordered_steps()]
    click_row(qtbot, tree, rows[0])
    for row in rows[1:]:
        click_row(qtbot, tree, row, Qt.KeyboardModifier.ControlModifier)
    assert window.selection.keys("steps") == [s.id for s in journey.ordered_steps()]
    window.window_actions.add_transition.trigger()
    assert [(t.source, t.target) for t in journey.transitions] == [
        (journey.steps[0].id, journey.steps[1].id),
        (journey.steps[1].id, journey.steps[2].id),
    ]

    # Rate the chat step for the persona.
    click_row(qtbot, tree, tree.index_for("steps", journey.steps[1].id))
    persona = journey.personas[0].id
    boxes = window.inspector.panel.ratings.boxes
    type_into(qtbot, boxes[(persona, "goal")], "2")
    type_into(qtbot, boxes[(persona, "emotion")], "-2")
    rating = journey.rating(journey.steps[1].id, persona)
    assert (rating.goal, rating.ease, rating.emotion) == (2, None, -2)
    return journey


def test_build_undo_redo_save_and_reopen(qtbot, window, dialogs, tmp_path):
    blank = window.document.journey.copy_deep()
    journey = build_journey(qtbot, window)
    built = journey.copy_deep()
    stack = window.document.undo_stack
    assert window.isWindowModified()
    assert "*" in window.windowTitle()
    labels = [stack.text(i) for i in range(stack.count())]
    assert "Add step 'New step'" in labels
    assert any(label.startswith("Rate step 'Open the chat'") for label in labels)

    while stack.canUndo():
        window.undo_action.trigger()
    assert window.document.journey == blank
    assert not window.isWindowModified()
    while stack.canRedo():
        window.redo_action.trigger()
    assert window.document.journey == built

    target = tmp_path / "support.journey.json"
    dialogs.save_answer = str(target)
    window.window_actions.save.trigger()
    assert target.exists()
    assert not window.isWindowModified()
    assert load_journey(target) == built
    assert window.windowTitle().startswith("support.journey.json")


def test_reopen_in_another_window(qtbot, window, make_window, dialogs, tmp_path):
    build_journey(qtbot, window)
    target = tmp_path / "again.journey"
    dialogs.save_answer = str(target)
    window.window_actions.save_as.trigger()
    assert (tmp_path / "again.journey").exists()
    other = make_window()
    assert other.files.open_path(target)
    assert other.document.journey == window.document.journey
    assert other.document.path == target.resolve()
    assert not other.showing_start_page()


def test_typing_in_a_field_is_one_undo_entry(qtbot, window):
    window.window_actions.add_step.trigger()
    before = window.document.undo_stack.count()
    type_into(qtbot, field(window, "steps", "title"), "Open chat")
    assert window.document.undo_stack.count() == before + 1
    assert window.document.journey.steps[0].title == "Open chat"
    window.undo_action.trigger()
    assert window.document.journey.steps[0].title == "New step"


def test_out_of_range_rating_cannot_be_entered(qtbot, window):
    window.window_actions.add_step.trigger()
    window.window_actions.add_persona.trigger()
    step = window.document.journey.steps[0].id
    window.selection.set([("steps", step)])
    persona = window.document.journey.personas[0].id
    box = window.inspector.panel.ratings.boxes[(persona, "goal")]
    type_into(qtbot, box, "9")
    assert box.number() is None
    assert window.document.journey.rating(step, persona) is None
    type_into(qtbot, box, "4")
    assert window.document.journey.rating(step, persona).goal == 4
    emotion = window.inspector.panel.ratings.boxes[(persona, "emotion")]
    type_into(qtbot, emotion, "-3")
    assert window.document.journey.rating(step, persona).emotion is None
    # Stepping below the lowest value reaches "missing", never an invalid number.
    box.setValue(1)
    box.stepDown()
    assert box.number() is None
    assert box.text() == "–"
    assert window.document.journey.rating(step, persona) is None or (
        window.document.journey.rating(step, persona).goal is None
    )


def test_invalid_value_shows_inline_message_and_changes_nothing(qtbot, window):
    window.window_actions.add_persona.trigger()
    colour = field(window, "personas", "colour")
    type_into(qtbot, colour, "blue")
    message = window.inspector.panel.message
    assert message.isVisible()
    assert "colour" in message.text()
    assert window.document.journey.personas[0].colour == "#0072b2"
    type_into(qtbot, colour, "#d55e00")
    assert not message.isVisible()
    assert window.document.journey.personas[0].colour == "#d55e00"


def test_close_with_unsaved_changes_can_be_cancelled(qtbot, window, dialogs):
    from journeymap.ui.dialogs import UnsavedAnswer

    window.window_actions.add_stage.trigger()
    dialogs.unsaved_answer = UnsavedAnswer.CANCEL
    assert not window.close()
    assert window.isVisible()
    assert dialogs.named("ask_unsaved")
    dialogs.unsaved_answer = UnsavedAnswer.DISCARD
    assert window.close()


def test_about_names_the_version(window, dialogs):
    from journeymap import __version__

    window.window_actions.about.trigger()
    ((_title, text),) = dialogs.named("about")
    assert __version__ in text


def test_actions_have_standard_shortcuts_and_tips(window):
    from PySide6.QtGui import QKeySequence

    a = window.window_actions
    assert a.save.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert a.zoom_fit.shortcut() == QKeySequence("Ctrl+0")
    for action in (a.new, a.open, a.save, a.add_step, a.delete, a.zoom_in):
        assert action.statusTip()
        assert action.toolTip()
    menus = [
        m.title().replace("&", "")
        for m in window.menuBar().findChildren(type(window.menus["file"]))
        if m.parent() is window.menuBar()
    ]
    assert menus[:5] == ["File", "Edit", "View", "Insert", "Help"]


def test_run_gui_opens_the_file_and_returns_when_closed(
    qtbot, qapp, monkeypatch, dialogs, tmp_path
):
    from PySide6.QtCore import QTimer

    from journeymap.model import Journey, save_journey
    from journeymap.ui import app as app_module
    from journeymap.ui.main_window import MainWindow

    path = tmp_path / "cli.journey.json"
    save_journey(Journey(title="From the command line"), path)
    monkeypatch.setattr(app_module, "make_dialogs", lambda: dialogs)
    app_module.editor_of(qapp).dialogs = dialogs
    seen: list[tuple[bool, str, str]] = []

    def look_and_close_when_complete():
        for widget in qapp.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                message = widget.statusBar().currentMessage()
                seen.append((widget.ready, widget.windowTitle(), message))
                if widget.ready:
                    widget.close()  # the last window: the application quits
                    return
        QTimer.singleShot(5, look_and_close_when_complete)

    QTimer.singleShot(0, look_and_close_when_complete)
    assert app_module.run_gui(str(path)) == 0
    # Staged: first the shell, saying what it opens, then the complete window.
    assert seen[0] == (False, "journeymap", "Opening cli.journey.json…")
    assert seen[-1][:2] == (True, "cli.journey.json[*] — journeymap")  # [*]: only when modified


def test_flow_tab_is_made_when_first_shown_and_follows_the_persona(qtbot, make_window):
    from tests.ui.conftest import examples_folder

    path = examples_folder() / "broadband-support.journey.json"
    window = make_window()
    window.show_journey(load_journey(path), path, False)
    area = window.map_area
    assert area._flow is None  # nothing of the flow view at start-up
    persona = window.document.journey.personas[0]
    window.persona_selector.set_persona_id(persona.id)

    area.setCurrentIndex(1)
    flow = area._flow
    assert flow is not None and flow.isVisible()
    assert flow.scene.persona_id == persona.id
    qtbot.waitUntil(lambda: len(flow.scene.items()) > len(window.document.journey.steps))
    before = flow.view.scale_factor
    window.window_actions.zoom_in.trigger()  # the View menu drives the tab on show
    assert flow.view.scale_factor > before
