"""Edit ▸ and Insert ▸ on the selection: delete, duplicate, reorder, copy and paste."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from journeymap.model import load_journey
from tests.ui.conftest import BROADBAND_EXAMPLE


def test_delete_step_takes_its_transitions_and_undo_restores_them(example):
    journey = example.document.journey
    before = journey.copy_deep()
    step = journey.ordered_steps()[1]
    linked = {t.id for t in journey.transitions if step.id in (t.source, t.target)}
    assert linked
    example.selection.set([("steps", step.id)])
    example.window_actions.delete.trigger()
    assert not journey.has("steps", step.id)
    assert not linked & {t.id for t in journey.transitions}
    assert example.selection.items == []
    example.undo_action.trigger()
    assert journey == before


def test_deleting_items_of_several_kinds_is_one_undo_step(example):
    journey = example.document.journey
    before = journey.copy_deep()
    stage = journey.stages[0]
    step_in_stage = journey.steps_in_stage(stage.id)[0]
    persona = journey.personas[0]
    example.selection.set(
        [("stages", stage.id), ("steps", step_in_stage.id), ("personas", persona.id)]
    )
    count = example.document.undo_stack.count()
    example.window_actions.delete.trigger()
    assert example.document.undo_stack.count() == count + 1
    assert not journey.has("stages", stage.id) and not journey.has("personas", persona.id)
    assert not any(r.persona_id == persona.id for r in journey.ratings)
    example.undo_action.trigger()
    assert journey == before


def test_duplicate_step_copies_its_ratings_with_a_fresh_id(example):
    journey = example.document.journey
    step = next(s for s in journey.steps if any(r.step_id == s.id for r in journey.ratings))
    example.selection.set([("steps", step.id)])
    example.window_actions.duplicate.trigger()
    ((collection, copy_id),) = example.selection.items
    copy = journey.find(collection, copy_id)
    assert copy_id != step.id and copy.title == step.title + " (copy)"
    assert copy.stage_id == step.stage_id
    assert journey.steps.index(copy) == journey.steps.index(journey.find("steps", step.id)) + 1
    originals = {r.persona_id: r.goal for r in journey.ratings if r.step_id == step.id}
    copies = {r.persona_id: r.goal for r in journey.ratings if r.step_id == copy_id}
    assert copies == originals


def test_move_step_within_and_across_stages(example):
    journey = example.document.journey
    first_stage, second_stage = journey.stages[0].id, journey.stages[1].id
    first_of_second = journey.steps_in_stage(second_stage)[0]
    example.selection.set([("steps", first_of_second.id)])
    example.window_actions.move_up.trigger()
    assert journey.find("steps", first_of_second.id).stage_id == first_stage
    assert journey.steps_in_stage(first_stage)[-1].id == first_of_second.id
    example.window_actions.move_down.trigger()
    assert journey.steps_in_stage(second_stage)[0].id == first_of_second.id
    second = journey.steps_in_stage(second_stage)[1].id
    example.window_actions.move_down.trigger()
    assert [s.id for s in journey.steps_in_stage(second_stage)[:2]] == [second, first_of_second.id]


def test_move_stage(example):
    journey = example.document.journey
    order = [s.id for s in journey.stages]
    example.selection.set([("stages", order[0])])
    example.window_actions.move_down.trigger()
    assert [s.id for s in journey.stages] == [order[1], order[0], *order[2:]]
    example.window_actions.move_up.trigger()
    example.window_actions.move_up.trigger()  # already first: nothing happens, the status says so
    assert [s.id for s in journey.stages] == order
    assert "cannot move" in example.statusBar().currentMessage()


def test_copy_paste_between_windows_gives_fresh_ids(example, make_window):
    journey = example.document.journey
    stage = journey.stages[1]
    example.selection.set([("stages", stage.id)])
    example.window_actions.copy.trigger()
    other = make_window()
    other.show_map()
    other.window_actions.add_stage.trigger()
    taken = {s.id for s in other.document.journey.stages}
    other.window_actions.paste.trigger()
    target = other.document.journey
    pasted = [s for s in target.stages if s.id not in taken]
    assert [s.name for s in pasted] == [stage.name]
    steps = target.steps_in_stage(pasted[0].id)
    assert [s.title for s in steps] == [s.title for s in journey.steps_in_stage(stage.id)]
    original_ids = {t.id for t in journey.transitions}
    assert target.transitions
    assert all(t.source in {s.id for s in steps} for t in target.transitions)
    assert not {t.id for t in target.transitions} & original_ids
    # Personas are not copied along: their ratings are left out, and the paste says so.
    assert target.ratings == []
    assert "Left out" in other.statusBar().currentMessage()
    # Pasting again into the same journey gives yet other ids.
    other.window_actions.paste.trigger()
    assert len([s for s in other.document.journey.stages if s.name == stage.name]) == 2


def test_paste_within_a_journey_and_undo(example):
    journey = example.document.journey
    before = journey.copy_deep()
    step = journey.ordered_steps()[2]
    example.selection.set([("steps", step.id)])
    example.window_actions.copy.trigger()
    example.window_actions.paste.trigger()
    assert len(journey.steps) == len(before.steps) + 1
    example.undo_action.trigger()
    assert journey == before


def test_paste_of_foreign_text_changes_nothing(example):
    before = example.document.journey.copy_deep()
    QGuiApplication.clipboard().setText('{"not": "journeymap"}')
    example.window_actions.paste.trigger()
    assert example.document.journey == before
    assert "no journey items" in example.statusBar().currentMessage()


def test_cut_removes_and_paste_brings_back(example):
    journey = example.document.journey
    opportunity = journey.opportunities[0]
    example.selection.set([("opportunities", opportunity.id)])
    example.window_actions.cut.trigger()
    assert not journey.has("opportunities", opportunity.id)
    example.window_actions.paste.trigger()
    assert [o.title for o in journey.opportunities].count(opportunity.title) == 1


def test_insert_actions_without_selection(window):
    journey = window.document.journey
    window.window_actions.add_step.trigger()  # no stage yet: one is made for it
    assert len(journey.stages) == 1 and journey.steps[0].stage_id == journey.stages[0].id
    window.window_actions.add_channel.trigger()
    window.window_actions.add_opportunity.trigger()
    assert journey.channels and journey.opportunities[0].step_ids == ()
    window.selection.clear()
    window.window_actions.add_transition.trigger()
    assert journey.transitions == []
    assert "Select two steps" in window.statusBar().currentMessage()


def test_example_round_trips_through_the_window(example, dialogs, tmp_path):
    dialogs.save_answer = str(tmp_path / "copy.journey.json")
    example.window_actions.save_as.trigger()
    assert load_journey(tmp_path / "copy.journey.json") == load_journey(BROADBAND_EXAMPLE)


def test_copied_items_travel_as_plain_text_that_paste_recognises(example):
    journey = example.document.journey
    step = journey.ordered_steps()[2]
    example.selection.set([("steps", step.id)])
    example.window_actions.copy.trigger()
    text = QGuiApplication.clipboard().text()
    assert step.title in text and "journeymap-items" in text
    count = len(journey.steps)
    example.window_actions.paste.trigger()
    assert len(journey.steps) == count + 1
    QGuiApplication.clipboard().setText("just some words")
    example.window_actions.paste.trigger()
    assert len(journey.steps) == count + 1
    assert "no journey items" in example.statusBar().currentMessage()
