"""The docks around the map: outline, inspector, insights and history; selecting
on the map; the persona selector."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QTreeWidgetItem

from journeymap.model import OpportunityStatus


def type_into(qtbot, widget, text: str) -> None:
    editor = widget.lineEdit() if hasattr(widget, "lineEdit") else widget
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)


def click_row(qtbot, tree, row, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Click a row: a model index (the outline) or a tree widget's item (insights)."""
    rect = tree.visualItemRect(row) if isinstance(row, QTreeWidgetItem) else tree.visualRect(row)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


@pytest.fixture
def example(analysed_example):
    return analysed_example


def test_outline_click_selects_and_follows_selection(qtbot, example):
    journey = example.document.journey
    tree = example.outline.tree
    step = journey.ordered_steps()[3]
    click_row(qtbot, tree, tree.index_for("steps", step.id))
    assert example.selection.items == [("steps", step.id)]
    assert example.inspector.panel.heading.text().startswith("Step · " + step.title)
    other = journey.personas[1]
    example.selection.set([("personas", other.id)])
    assert tree.selected_keys() == [("personas", other.id)]
    assert [i.data(Qt.ItemDataRole.UserRole) for i in tree.selectionModel().selectedRows()] == [
        ("personas", other.id)
    ]


def test_outline_is_keyboard_usable(qtbot, example):
    journey = example.document.journey
    tree = example.outline.tree
    first, second = journey.steps_in_stage(journey.stages[0].id)[:2]
    click_row(qtbot, tree, tree.index_for("steps", first.id))
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert example.selection.items == [("steps", second.id)]
    qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    assert set(example.selection.keys("steps")) == {first.id, second.id}


def test_rename_in_place_with_f2(qtbot, example):
    journey = example.document.journey
    tree = example.outline.tree
    stage = journey.stages[1]
    click_row(qtbot, tree, tree.index_for("stages", stage.id))
    count = example.document.undo_stack.count()
    example.window_actions.rename.trigger()
    editor = tree.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == stage.name
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "Ask anyone")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next loop turn
    qtbot.waitUntil(lambda: journey.find("stages", stage.id).name == "Ask anyone")
    assert example.document.undo_stack.count() == count + 1
    assert example.document.undo_stack.undoText() == f"Rename stage '{stage.name}'"


def test_inspector_edits_every_kind(qtbot, window):
    forms = window.inspector.panel.forms
    journey = window.document.journey
    type_into(qtbot, forms["journey"].widgets["title"], "Moving house")
    assert journey.title == "Moving house"
    window.window_actions.add_stage.trigger()
    qtbot.keyClicks(forms["stages"].widgets["description"], "Before the move")
    assert journey.stages[0].description == "Before the move"
    window.window_actions.add_channel.trigger()
    kind = forms["channels"].widgets["kind"]
    kind.setCurrentIndex(kind.findData("chat"))
    kind.activated.emit(kind.currentIndex())
    assert journey.channels[0].kind == "chat"
    window.window_actions.add_persona.trigger()
    type_into(qtbot, forms["personas"].widgets["role"], "Tenant")
    type_into(qtbot, forms["personas"].widgets["share"], "0.25")
    assert (journey.personas[0].role, journey.personas[0].share) == ("Tenant", 0.25)
    window.selection.set([("stages", journey.stages[0].id)])
    window.window_actions.add_step.trigger()
    window.window_actions.add_step.trigger()
    channel = forms["steps"].widgets["channel_id"]
    channel.setCurrentIndex(channel.findData(journey.channels[0].id))
    channel.activated.emit(channel.currentIndex())
    type_into(qtbot, forms["steps"].widgets["tags"], "web, first")
    type_into(qtbot, forms["steps"].widgets["volume"], "1200")
    step = journey.steps[1]
    assert (step.channel_id, step.tags, step.volume) == (
        journey.channels[0].id,
        ("web", "first"),
        1200,
    )
    window.selection.set([("steps", s.id) for s in journey.steps])
    window.window_actions.add_transition.trigger()
    type_into(qtbot, forms["transitions"].widgets["share"], "0.8")
    type_into(qtbot, forms["transitions"].widgets["label"], "goes on")
    assert (journey.transitions[0].share, journey.transitions[0].label) == (0.8, "goes on")
    window.selection.set([("steps", journey.steps[0].id)])
    window.window_actions.add_opportunity.trigger()
    steps_list = forms["opportunities"].widgets["step_ids"]
    steps_list.item(1).setCheckState(Qt.CheckState.Checked)
    status = forms["opportunities"].widgets["status"]
    status.setCurrentIndex(status.findData("planned"))
    status.activated.emit(status.currentIndex())
    opportunity = journey.opportunities[0]
    assert opportunity.step_ids == (journey.steps[0].id, journey.steps[1].id)
    assert opportunity.status == OpportunityStatus.PLANNED
    # Rating details: sample size, source and note.
    window.selection.set([("steps", journey.steps[0].id)])
    boxes = window.inspector.panel.ratings.boxes
    persona = journey.personas[0].id
    type_into(qtbot, boxes[(persona, "goal")], "4")
    type_into(qtbot, boxes[(persona, "n")], "40")
    source = boxes[(persona, "source")]
    source.setCurrentIndex(
        next(i for i in range(source.count()) if tuple(source.itemData(i)) == ("survey", ""))
    )
    source.activated.emit(source.currentIndex())
    qtbot.keyClicks(boxes[(persona, "note")], "spring survey")
    rating = journey.rating(journey.steps[0].id, persona)
    assert (rating.n, rating.source, rating.note) == (40, "survey", "spring survey")


def test_inspector_follows_undo(qtbot, window):
    window.window_actions.add_step.trigger()
    title = window.inspector.panel.forms["steps"].widgets["title"]
    type_into(qtbot, title, "Pay")
    window.undo_action.trigger()
    assert title.text() == "New step"


def test_clicking_an_insight_selects_the_step_and_shows_it(qtbot, example):
    tree = example.insights.tree
    pains = tree.topLevelItem(0)
    assert pains.text(0).startswith("Pain points")
    first = pains.child(0)
    worst = example.live.analysis.pain_points[0]
    view = example.map_area.view
    view.set_zoom(1.0)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    click_row(qtbot, tree, first)
    assert example.selection.items == [("steps", worst.step_id)]
    card = example.map_area.scene.step_rect(worst.step_id)
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.intersects(card)


def test_insights_follow_edits(qtbot, example):
    tree = example.insights.tree
    before = tree.topLevelItem(0).text(0)
    step = example.live.analysis.pain_points[0].step_id
    example.selection.set([("steps", step)])
    with qtbot.waitSignal(example.live.updated, timeout=5000):
        example.window_actions.delete.trigger()
    qtbot.waitUntil(lambda: not example.live.landing, timeout=5000)  # the dock's own turns
    assert tree.topLevelItem(0).text(0) != before
    assert all(
        tree.topLevelItem(0).child(i).data(0, Qt.ItemDataRole.UserRole) != [("steps", step)]
        for i in range(tree.topLevelItem(0).childCount())
    )


def test_history_lists_readable_entries(qtbot, window):
    window.window_actions.add_stage.trigger()
    window.window_actions.add_step.trigger()
    model = window.history.view.model()
    texts = [model.index(i, 0).data() for i in range(model.rowCount())]
    assert texts == ["<opened>", "Add stage 'New stage'", "Add step 'New step'"]
    window.history.view.setCurrentIndex(model.index(1, 0))
    assert [s.name for s in window.document.journey.stages] == ["New stage"]
    assert window.document.journey.steps == []


def test_click_on_the_map_selects_the_step(qtbot, example):
    journey = example.document.journey
    step = journey.ordered_steps()[2]
    view = example.map_area.view
    view.set_zoom(1.0)
    example.map_area.show_item("steps", step.id)
    rect = example.map_area.scene.step_rect(step.id)
    point: QPoint = view.mapFromScene(rect.center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert example.selection.current == ("steps", step.id)
    assert example.outline.tree.currentIndex() == example.outline.tree.index_for("steps", step.id)


def test_persona_selector_switches_the_map(qtbot, example):
    selector = example.persona_selector
    persona = example.document.journey.personas[1]
    assert selector.itemText(0) == "All personas"
    assert selector.count() == 1 + len(example.document.journey.personas)
    selector.setCurrentIndex(selector.findData(persona.id))
    assert example.map_area.scene.persona_id == persona.id
    assert example.live.persona_id == persona.id
    selector.setCurrentIndex(0)
    assert example.map_area.scene.persona_id is None


def test_opened_map_is_readable_and_zoom_actions_work(example):
    view = example.map_area.view
    assert view.zoom >= 1.0  # the smallest text as large as the window's own
    assert view.horizontalScrollBar().value() == view.horizontalScrollBar().minimum()
    before = view.zoom
    example.window_actions.zoom_in.trigger()
    assert view.zoom > before
    example.window_actions.zoom_out.trigger()
    example.window_actions.zoom_out.trigger()
    assert view.zoom < before
    example.window_actions.zoom_fit.trigger()
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    scene = example.map_area.scene.map_rect
    assert shown.top() <= scene.top() and shown.bottom() >= scene.bottom()  # the whole height


def test_map_context_menu_offers_the_edit_actions(example):
    actions = example.map_area.view._context_actions
    assert example.window_actions.add_step in actions and example.window_actions.delete in actions


def _tree_shape(tree):
    model = tree.model()

    def walk(index):
        children = [walk(model.index(i, 0, index)) for i in range(model.rowCount(index))]
        return (index.data(), children)

    return [walk(model.index(i, 0)) for i in range(model.rowCount())]


def test_outline_updated_in_place_matches_a_fresh_outline(qtbot, example):
    from journeymap.ui.docks.outline import OutlineTree

    journey = example.document.journey
    tree = example.outline.tree
    resets = []
    tree.model().modelReset.connect(lambda: resets.append(1))
    closed = journey.stages[-1].id  # none of its steps is selected below
    tree.setExpanded(tree.index_for("stages", closed), False)
    example.selection.set([("steps", journey.steps[3].id)])
    example.window_actions.add_step.trigger()
    example.window_actions.duplicate.trigger()
    example.selection.set([("stages", journey.stages[1].id)])
    example.window_actions.delete.trigger()
    example.window_actions.add_persona.trigger()
    example.selection.set([("steps", journey.steps[0].id), ("steps", journey.steps[5].id)])
    example.window_actions.add_transition.trigger()
    example.undo_action.trigger()
    example.undo_action.trigger()
    assert resets == []  # additions and removals never rebuilt the tree
    # What was collapsed stays so, and the rows follow the selection.
    assert not tree.isExpanded(tree.index_for("stages", closed))
    assert tree.isExpanded(tree.index_for("stages", journey.stages[0].id))
    assert tree.selected_keys() == example.selection.items
    fresh = OutlineTree(example.document, example.selection)
    qtbot.addWidget(fresh)
    assert _tree_shape(tree) == _tree_shape(fresh)


def test_outline_of_a_long_journey_opens_the_short_lists_only(qtbot):
    from journeymap.model import Journey, Stage, Step
    from journeymap.ui.docks.outline import LONG_LIST, OutlineTree
    from journeymap.ui.document.open_journey import OpenJourney

    long_stage, short_stage = Stage(id="s-long", name="Long"), Stage(id="s-short", name="Short")
    steps = [Step(id=f"t{i}", title=f"Step {i}", stage_id="s-long") for i in range(LONG_LIST + 1)]
    steps.append(Step(id="t-last", title="Last", stage_id="s-short"))
    journey = Journey(title="Long", stages=[long_stage, short_stage], steps=steps)
    opened = OpenJourney(journey, background=False)
    tree = OutlineTree(opened.document, opened.selection)
    qtbot.addWidget(tree)
    model = tree.model()
    assert model.rowCount(tree.index_for("stages", "s-long")) == LONG_LIST + 1
    assert not tree.isExpanded(tree.index_for("stages", "s-long"))
    assert tree.isExpanded(tree.index_for("stages", "s-short"))
    assert tree.isExpanded(model.group_index("stages"))
    # Selecting a step of the long stage (on the map, say) opens it at that row.
    opened.selection.set([("steps", "t700")])
    assert tree.isExpanded(tree.index_for("stages", "s-long"))
    assert tree.currentIndex() == tree.index_for("steps", "t700")
    assert tree.currentIndex().data() == "Step 700"


def test_outline_of_many_stages_opens_them_while_their_steps_stay_few(qtbot):
    from journeymap.model import Journey, Stage, Step
    from journeymap.ui.docks.outline import OPEN_STEPS, OutlineTree
    from journeymap.ui.document.open_journey import OpenJourney

    size = OPEN_STEPS // 2 + 1  # two of them are more than the rows opened at first
    stages = [Stage(id=f"s{k}", name=f"Stage {k}") for k in range(3)]
    steps = [
        Step(id=f"t{k}-{i}", title=f"Step {i}", stage_id=f"s{k}")
        for k in range(3)
        for i in range(size)
    ]
    journey = Journey(title="Many", stages=stages, steps=steps)
    opened = OpenJourney(journey, background=False)
    tree = OutlineTree(opened.document, opened.selection)
    qtbot.addWidget(tree)
    assert tree.isExpanded(tree.index_for("stages", "s0"))
    assert not tree.isExpanded(tree.index_for("stages", "s1"))
    assert not tree.isExpanded(tree.index_for("stages", "s2"))
    opened.selection.set([("steps", "t2-3")])  # selected elsewhere: its stage opens
    assert tree.isExpanded(tree.index_for("stages", "s2"))


def test_outline_follows_step_edits_by_the_stages_they_touch(qtbot, example, monkeypatch):
    """Adding, removing and moving steps (across stages too, undone and redone)
    re-lists only the stages those steps left or joined; every row and every
    item's index then equals a fresh outline's."""
    from journeymap.model import AddItem, MoveStep, RemoveItems, Step
    from journeymap.ui.docks.outline import OutlineModel, OutlineTree

    document = example.document
    model = example.outline.tree.model()
    full = []
    original = OutlineModel._index_journey
    monkeypatch.setattr(
        OutlineModel, "_index_journey", lambda self: (full.append(1), original(self))[1]
    )
    journey = document.journey
    first, last = journey.stages[0].id, journey.stages[-1].id
    moving = next(s.id for s in journey.steps if s.stage_id == first)
    before = next(s.id for s in journey.steps if s.stage_id == last)
    document.push(MoveStep(moving, last, before))
    document.push(AddItem("steps", Step(id="new-step", title="New step", stage_id=first), 1))
    document.push(MoveStep("new-step", last, None))
    gone = next(s.id for s in journey.steps if s.stage_id == journey.stages[1].id)
    document.push(RemoveItems("steps", [gone]))
    document.undo_stack.undo()
    document.undo_stack.undo()
    document.undo_stack.redo()
    assert full == []  # no edit above indexed the whole journey anew
    assert model.index_for("steps", gone).isValid()
    assert model.key(model.index_for("steps", "new-step")) == ("steps", "new-step")
    fresh = OutlineTree(document, example.selection)
    qtbot.addWidget(fresh)
    assert _tree_shape(example.outline.tree) == _tree_shape(fresh)
    fresh_model = fresh.model()
    for name in ("steps", "stages", "transitions", "personas"):
        for item in journey.collection(name):
            mine, theirs = model.index_for(name, item.id), fresh_model.index_for(name, item.id)
            assert (mine.row(), mine.internalId()) == (theirs.row(), theirs.internalId())
