"""Presentation mode: walking a room through a journey and recording its votes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from journeymap.model.entities import RatingSource
from journeymap.model.fileformat import load_journey
from journeymap.ui.document.editor_document import EditorDocument
from journeymap.ui.document.live_analysis import LiveAnalysis
from journeymap.ui.present.window import PresentationWindow
from tests.ui.conftest import examples_folder

BROADBAND = examples_folder() / "broadband-support.journey.json"


@pytest.fixture
def document() -> EditorDocument:
    return EditorDocument(load_journey(BROADBAND))


@pytest.fixture
def present(qtbot, document):
    """An open presentation of the broadband example, with its own analysis."""
    analysis = LiveAnalysis(document, background=False)
    analysis.recompute()
    window = PresentationWindow(document, analysis)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    return window


def press(qtbot, window, *keys, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    for key in keys:
        qtbot.keyClick(window, key, modifier)


def ordered_ids(document) -> list[str]:
    return [s.id for s in document.journey.ordered_steps()]


def test_opens_on_the_first_step_of_the_first_stage(present, document):
    assert present.step_id == ordered_ids(document)[0]
    assert present.stage_index == 0
    assert present.slide().title == document.journey.title


def test_arrows_and_clicker_keys_move_between_steps_across_stages(qtbot, present, document):
    ids = ordered_ids(document)
    first_stage = len(document.journey.steps_in_stage(document.journey.stages[0].id))
    press(qtbot, present, Qt.Key.Key_Right)
    assert present.step_id == ids[1]
    press(qtbot, present, Qt.Key.Key_PageDown)
    assert present.step_id == ids[2]
    press(qtbot, present, Qt.Key.Key_PageUp, Qt.Key.Key_Left)
    assert present.step_id == ids[0]
    press(qtbot, present, Qt.Key.Key_Left)  # stays at the very first step
    assert present.step_id == ids[0]
    for _ in range(first_stage):
        press(qtbot, present, Qt.Key.Key_Right)
    assert present.step_id == ids[first_stage]
    assert present.stage_index == 1


def test_up_down_home_end_jump_stages(qtbot, present, document):
    journey = document.journey
    first_of = [journey.steps_in_stage(s.id)[0].id for s in journey.stages]
    press(qtbot, present, Qt.Key.Key_Down)
    assert (present.stage_index, present.step_id) == (1, first_of[1])
    press(qtbot, present, Qt.Key.Key_End)
    assert (present.stage_index, present.step_id) == (len(first_of) - 1, first_of[-1])
    press(qtbot, present, Qt.Key.Key_Up)
    assert present.step_id == first_of[-2]
    press(qtbot, present, Qt.Key.Key_Home)
    assert present.step_id == first_of[0]


def test_p_and_tab_cycle_personas_through_all(qtbot, present, document):
    personas = [p.id for p in document.journey.personas]
    assert present.persona_id is None
    press(qtbot, present, Qt.Key.Key_P)
    assert present.persona_id == personas[0]
    press(qtbot, present, Qt.Key.Key_Tab)
    assert present.persona_id == personas[1]
    assert present.slide().persona == document.journey.personas[1].name
    for _ in personas[1:]:
        press(qtbot, present, Qt.Key.Key_P)
    assert present.persona_id is None
    assert present.slide().persona == "All personas"


def test_walking_and_cycling_change_nothing_in_the_model(qtbot, present, document):
    before = document.journey.model_copy(deep=True)
    press(qtbot, present, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_P, Qt.Key.Key_E)
    press(qtbot, present, Qt.Key.Key_H, Qt.Key.Key_End, Qt.Key.Key_Tab)
    assert document.journey == before
    assert document.undo_stack.count() == 0


def _workshop(present, document, step, persona, scale):
    key = (step, persona, scale, "workshop", present.tally.label)
    return document.journey.find("measurements", key)


def test_votes_make_the_workshops_own_running_mean_beside_the_survey(qtbot, present, document):
    persona = document.journey.personas[0].id
    step = present.step_id
    old = document.journey.rating(step, persona)
    survey = list(document.journey.measurements_of(step, persona))
    assert old is not None and old.source != RatingSource.WORKSHOP
    press(qtbot, present, Qt.Key.Key_P, Qt.Key.Key_E, Qt.Key.Key_2)
    ease = _workshop(present, document, step, persona, "ease")
    assert (ease.mean, ease.n, ease.counts) == (2.0, 1, (0, 1, 0, 0, 0))
    assert all(document.journey.find("measurements", m.key) == m for m in survey)
    assert "Ease 2 recorded · n = 1" in present.toast
    assert document.undo_stack.text(0).startswith("Workshop vote: ease 2 for ")
    press(qtbot, present, Qt.Key.Key_4, Qt.Key.Key_5)
    ease = _workshop(present, document, step, persona, "ease")
    assert (ease.mean, ease.n) == (pytest.approx(11 / 3, abs=0.01), 3)
    press(qtbot, present, Qt.Key.Key_M, Qt.Key.Key_1)  # emotion 1 -> -2
    emotion = _workshop(present, document, step, persona, "emotion")
    assert (emotion.mean, emotion.n) == (-2.0, 1)
    rating = document.journey.rating(step, persona)
    if old.ease is None:
        assert rating.ease == pytest.approx(11 / 3, abs=0.01)
    else:  # the n-weighted mean of the survey and the room
        expected = (old.ease * (old.n or 1) + 11) / ((old.n or 1) + 3)
        assert rating.ease == pytest.approx(expected, abs=0.01)
    assert document.undo_stack.count() == 4
    assert present.slide().current.room_votes == 4


def test_votes_continue_the_same_workshops_measurement_weighted_by_n(qtbot, present, document):
    from journeymap.model import Measurement, PutMeasurement

    persona = document.journey.personas[0].id
    step = present.step_id
    document.push(
        PutMeasurement(
            Measurement(
                step_id=step,
                persona_id=persona,
                measure="goal",
                source="workshop",
                label=present.tally.label,
                mean=4.0,
                n=3,
            )
        )
    )
    present.persona_id = persona
    press(qtbot, present, Qt.Key.Key_G, Qt.Key.Key_2)
    goal = _workshop(present, document, step, persona, "goal")
    assert (goal.mean, goal.n) == (pytest.approx(3.5), 4)


def test_a_vote_for_all_personas_asks_which_persona(qtbot, present, document):
    personas = document.journey.personas
    step = present.step_id
    press(qtbot, present, Qt.Key.Key_G, Qt.Key.Key_5)
    assert document.undo_stack.count() == 0
    assert present.slide().prompt == [p.name for p in personas]
    press(qtbot, present, Qt.Key.Key_2)
    goal = _workshop(present, document, step, personas[1].id, "goal")
    assert (goal.mean, goal.n) == (5.0, 1)
    assert _workshop(present, document, step, personas[0].id, "goal") is None
    assert present.slide().prompt is None
    press(qtbot, present, Qt.Key.Key_4, Qt.Key.Key_Escape)  # asked again, then cancelled
    assert document.undo_stack.count() == 1
    assert present.isVisible()


def test_undo_in_presentation_restores_and_the_tally_follows(qtbot, present, document):
    persona = document.journey.personas[0].id
    step = present.step_id
    old = document.journey.rating(step, persona)
    press(qtbot, present, Qt.Key.Key_P, Qt.Key.Key_E, Qt.Key.Key_1, Qt.Key.Key_5)
    assert _workshop(present, document, step, persona, "ease").mean == 3.0
    press(qtbot, present, Qt.Key.Key_Z, modifier=Qt.KeyboardModifier.ControlModifier)
    ease = _workshop(present, document, step, persona, "ease")
    assert (ease.mean, ease.n) == (1.0, 1)
    press(qtbot, present, Qt.Key.Key_3)  # the undone 5 no longer counts
    assert _workshop(present, document, step, persona, "ease").mean == 2.0
    press(qtbot, present, Qt.Key.Key_Z, modifier=Qt.KeyboardModifier.ControlModifier)
    press(qtbot, present, Qt.Key.Key_Z, modifier=Qt.KeyboardModifier.ControlModifier)
    assert document.journey.rating(step, persona) == old
    assert _workshop(present, document, step, persona, "ease") is None
    assert present.slide().current.room_votes == 0


def test_a_digit_without_a_scale_records_nothing(qtbot, present, document):
    press(qtbot, present, Qt.Key.Key_P, Qt.Key.Key_3)
    assert document.undo_stack.count() == 0
    assert "first" in present.toast


def test_escape_emits_closed(qtbot, present):
    with qtbot.waitSignal(present.closed):
        press(qtbot, present, Qt.Key.Key_Escape)
    assert not present.isVisible()


def test_edits_in_the_editor_behind_show_live(qtbot, present, document):
    from journeymap.model import UpdateItem

    step = present.step_id
    document.push(UpdateItem("steps", step, {"title": "Router lights blink red"}))
    assert present.slide().current.title == "Router lights blink red"


def test_start_goes_full_screen_without_an_analysis_given(qtbot, document):
    window = PresentationWindow(document, None, document.journey.personas[2].id)
    qtbot.addWidget(window)
    window.start()
    assert window.isFullScreen()
    assert window.persona_id == document.journey.personas[2].id
    with qtbot.waitSignal(window.closed):
        window.close()


def test_renders_the_highlighted_step_in_the_here_colour(present):
    from journeymap.ui.present.theme import HERE

    present.resize(1920, 1080)
    image = present.grab().toImage()
    assert image.width() == 1920
    colours = {image.pixelColor(x, y).name() for x in range(0, 1920, 6) for y in range(120, 600, 6)}
    assert HERE.name() in colours
    assert "#111111" in colours


def test_a_click_on_a_card_highlights_its_step(qtbot, present, document):
    present.resize(1920, 1080)
    present.grab()  # paints, which places the cards
    target = document.journey.steps_in_stage(document.journey.stages[0].id)[2].id
    rect = present._card_rects[target]
    qtbot.mouseClick(present, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert present.step_id == target


def test_the_key_legend_toggles_with_question_mark_and_h(qtbot, present):
    assert not present.slide().legend
    press(qtbot, present, Qt.Key.Key_Question)
    assert present.slide().legend
    press(qtbot, present, Qt.Key.Key_H)
    assert not present.slide().legend


def test_a_step_removed_in_the_editor_moves_the_highlight(qtbot, present, document):
    from journeymap.model import RemoveItems

    ids = ordered_ids(document)
    press(qtbot, present, Qt.Key.Key_Right)
    document.push(RemoveItems("steps", [ids[1]]))
    assert present.step_id in (ids[0], ids[2])
    press(qtbot, present, Qt.Key.Key_Right)
    assert present.step_id != ids[1]


def test_an_empty_journey_presents_without_votes(qtbot):
    from journeymap.model import Journey

    document = EditorDocument(Journey())
    window = PresentationWindow(document, None)
    qtbot.addWidget(window)
    window.show()
    press(qtbot, window, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_P, Qt.Key.Key_G)
    press(qtbot, window, Qt.Key.Key_3)
    assert window.step_id is None
    assert document.undo_stack.count() == 0
    assert "No step" in window.toast
    assert not window.grab().isNull()


def test_f5_in_the_editor_presents_from_the_selected_step_and_comes_back(qtbot, make_window):
    from journeymap.model import load_journey as load

    window = make_window()
    window.show_journey(load(BROADBAND), BROADBAND, False)
    journey = window.document.journey
    step_id = ordered_ids(window.document)[3]
    persona = journey.personas[1]
    window.persona_selector.set_persona_id(persona.id)
    window.selection.set([("steps", step_id)])

    assert window.window_actions.present.isEnabled()
    assert window.window_actions.present.shortcut().toString() == "F5"
    window.window_actions.present.trigger()
    shown = window.presentation
    assert shown is not None and shown.isVisible()
    assert (shown.step_id, shown.persona_id) == (step_id, persona.id)
    assert shown.analysis is window.live  # one analysis for editor and room

    press(qtbot, shown, Qt.Key.Key_Right, Qt.Key.Key_E, Qt.Key.Key_2)
    voted = ordered_ids(window.document)[4]
    rating = window.document.journey.rating(voted, persona.id)
    assert rating.ease == 2 and rating.source is RatingSource.WORKSHOP
    assert window.isWindowModified()

    press(qtbot, shown, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.presentation is None)
    assert window.selection.items == [("steps", voted)]
    window.document.undo_stack.undo()  # the room's vote is an ordinary edit
    after = window.document.journey.rating(voted, persona.id)
    assert after is None or after.ease != 2


def test_present_is_off_on_the_start_page(make_window):
    window = make_window()
    window.show_start_page()
    assert not window.window_actions.present.isEnabled()
    window.present()
    assert window.presentation is None


def test_key_i_shows_the_persona_slide_and_p_cycles_personas(qtbot, present, document):
    personas = [p.id for p in document.journey.personas]
    step = present.step_id
    press(qtbot, present, Qt.Key.Key_I)
    view = present.slide()
    assert present.profile and present.persona_id == personas[0]
    assert view.profile is not None and view.profile.name == document.journey.personas[0].name
    press(qtbot, present, Qt.Key.Key_P)
    assert present.slide().profile.name == document.journey.personas[1].name
    press(qtbot, present, *[Qt.Key.Key_P] * (len(personas) - 1))
    assert present.persona_id == personas[0]  # All is skipped on the persona slide
    count = document.undo_stack.count()
    press(qtbot, present, Qt.Key.Key_G, Qt.Key.Key_4)
    assert document.undo_stack.count() == count  # no vote on a persona
    assert present.toast
    press(qtbot, present, Qt.Key.Key_Escape)
    assert not present.profile and present.isVisible()
    assert present.slide().profile is None and present.step_id == step
    press(qtbot, present, Qt.Key.Key_I, Qt.Key.Key_Right)
    assert not present.profile  # moving on goes back to the stages
