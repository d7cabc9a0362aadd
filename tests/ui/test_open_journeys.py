"""Several journeys open in one process: each has its own document, undo stack,
selection and analysis, and windows come and go without module-level state."""

from __future__ import annotations

from journeymap.canvas.scene import MapScene
from journeymap.model import AddItem, Stage, UpdateJourney, load_journey
from journeymap.ui.app import Editor, editor_of
from journeymap.ui.document.open_journey import OpenJourney
from journeymap.ui.map.scene import EditorMapScene
from tests.ui.conftest import BROADBAND_EXAMPLE, examples_folder

TAX_EXAMPLE = examples_folder() / "verotus-ilmoitus.journey.json"


def test_two_open_journeys_share_nothing(qtbot):
    first = OpenJourney(load_journey(BROADBAND_EXAMPLE), background=False)
    second = OpenJourney(load_journey(TAX_EXAMPLE), background=False)
    first_scene = EditorMapScene(first.document, first.selection, live_analysis=first.live)
    second_scene = EditorMapScene(second.document, second.selection, live_analysis=second.live)
    second_title = second.journey.title
    refreshed = second_scene.refresh_count

    first.document.push(UpdateJourney({"title": "Changed in the first"}))
    first.document.push(AddItem("stages", Stage(id="stage-new", name="New")))
    first.selection.set([("stages", "stage-new")])

    assert first.journey.title == "Changed in the first"
    assert second.journey.title == second_title
    assert first.document.undo_stack.count() == 2
    assert second.document.undo_stack.count() == 0
    assert second.selection.items == []
    assert second_scene.refresh_count == refreshed  # the other map was not touched
    assert "stage-new" in first_scene.layout.stages
    assert "stage-new" not in second_scene.layout.stages

    first.live.recompute()
    second.live.recompute()
    assert first.live.analysis is not None and second.live.analysis is not None
    first_steps = set(first.live.analysis.flow.steps)
    second_steps = set(second.live.analysis.flow.steps)
    assert first_steps == {s.id for s in first.journey.steps}
    assert second_steps == {s.id for s in second.journey.steps}
    assert first_steps != second_steps

    first.document.undo_stack.undo()
    assert "stage-new" not in first_scene.layout.stages
    for open_journey in (first, second):
        open_journey.close()


def test_a_drawn_map_of_another_journey_leaves_the_editor_alone(qtbot, example):
    """A comparison draws a second journey with the canvas alone, beside the window's."""
    other = load_journey(TAX_EXAMPLE)
    scene = MapScene(other)
    assert set(scene.layout.column_x) == {s.id for s in other.steps}
    assert example.document.journey.title != other.title
    assert not example.document.modified
    assert example.selection.items == []


def test_the_editor_opens_and_forgets_windows(qtbot, qapp, dialogs):
    editor = Editor(qapp, dialogs)
    try:
        first = editor.open_start_window()
        qtbot.addWidget(first)
        first.window_actions.new_window.trigger()  # File ▸ New Window
        assert len(editor.windows) == 2
        second = editor.windows[1]
        qtbot.addWidget(second)
        assert second.document is not first.document
        assert second.selection is not first.selection
        assert second.live is not first.live
        assert second.showing_start_page()

        assert first.files.open_path(BROADBAND_EXAMPLE)
        assert second.document.journey.steps == []

        second.close()
        assert editor.windows == [first]
        assert first.isVisible()
        first.close()
        assert editor.windows == []
    finally:
        editor.deleteLater()


def test_the_application_keeps_one_editor(qapp, dialogs):
    editor = editor_of(qapp, dialogs)
    try:
        assert editor_of(qapp) is editor
        assert qapp.findChild(Editor) is editor
    finally:
        editor.setParent(None)
        editor.deleteLater()
