"""The map scene mirrors the document: items per step and transition, selection
both ways, targeted refreshes, lanes, personas and highlights."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from journeymap.canvas.arrow_item import TransitionItem
from journeymap.canvas.card_item import StepCardItem
from journeymap.canvas.cells_item import StepLanesItem
from journeymap.model import (
    AddItem,
    Lane,
    LaneSetting,
    RemoveItems,
    SetRating,
    Step,
    UpdateItem,
    UpdateJourney,
    load_journey,
)
from tests.ui.map_fixtures import make_map, small_journey

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.journey.json"))


def _items(scene, cls):
    return [item for item in scene.items() if isinstance(item, cls)]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_example_has_one_card_per_step_and_one_arrow_per_transition(qtbot, path):
    journey = load_journey(path)
    setup = make_map(qtbot, journey)
    cards = _items(setup.scene, StepCardItem)
    assert sorted(c.step_id for c in cards) == sorted(s.id for s in journey.steps)
    assert len(_items(setup.scene, StepLanesItem)) == len(journey.steps)
    arrows = _items(setup.scene, TransitionItem)
    assert sorted(a.transition_id for a in arrows) == sorted(t.id for t in journey.transitions)
    assert all(a.route is not None for a in arrows)
    for step in journey.steps:
        assert setup.scene.step_rect(step.id).width() > 0


def test_examples_exist():
    assert len(EXAMPLES) >= 1


def test_clicking_a_card_selects_the_step(qtbot):
    setup = make_map(qtbot)
    centre = setup.view.mapFromScene(setup.scene.step_rect("s2").center())
    qtbot.mouseClick(setup.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert setup.selection.items == [("steps", "s2")]
    ctrl = Qt.KeyboardModifier.ControlModifier
    other = setup.view.mapFromScene(setup.scene.step_rect("s3").center())
    qtbot.mouseClick(setup.view.viewport(), Qt.MouseButton.LeftButton, ctrl, other)
    assert set(setup.selection.items) == {("steps", "s2"), ("steps", "s3")}
    qtbot.mouseClick(setup.view.viewport(), Qt.MouseButton.LeftButton, ctrl, other)
    assert setup.selection.items == [("steps", "s2")]


def test_clicking_a_lane_cell_selects_its_step(qtbot):
    setup = make_map(qtbot)
    cell = setup.scene.layout.cell("s3", Lane.DOING)
    pos = setup.view.mapFromScene(cell.cx, cell.cy)
    qtbot.mouseClick(setup.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert setup.selection.items == [("steps", "s3")]


def test_selection_from_elsewhere_highlights_the_card(qtbot):
    setup = make_map(qtbot)
    setup.selection.set([("steps", "s4"), ("transitions", "t2"), ("personas", "p-ann")])
    assert setup.scene.card("s4").isSelected()
    assert setup.scene.arrow("t2").isSelected()
    assert not setup.scene.card("s1").isSelected()
    setup.selection.clear()
    assert setup.scene.selectedItems() == []


def test_rubber_band_selects_several_steps(qtbot):
    setup = make_map(qtbot)
    a = setup.scene.step_rect("s1")
    b = setup.scene.step_rect("s2")
    start = setup.view.mapFromScene(a.left() - 20, a.top() - 20)
    end = setup.view.mapFromScene(b.center())
    viewport = setup.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert {("steps", "s1"), ("steps", "s2")} <= set(setup.selection.items)


def test_title_change_refreshes_only_that_card(qtbot):
    setup = make_map(qtbot)
    scene = setup.scene
    before = {sid: scene.card(sid).refresh_count for sid in scene.layout.order}
    rebuilds = scene.rebuild_count
    setup.document.push(UpdateItem("steps", "s2", {"title": "Compare prices"}))
    after = {sid: scene.card(sid).refresh_count for sid in scene.layout.order}
    changed = {sid for sid in after if after[sid] != before[sid]}
    assert changed == {"s2"}
    assert scene.rebuild_count == rebuilds
    assert scene.card("s2").title == "Compare prices"


def test_a_rename_leaves_the_lanes_alone_but_other_step_edits_refresh_them(qtbot):
    setup = make_map(qtbot)
    scene = setup.scene
    cells = {sid: scene._cells[sid].refresh_count for sid in scene.layout.order}
    setup.document.push(UpdateItem("steps", "s2", {"title": "Compare prices"}))
    assert all(scene._cells[sid].refresh_count == n for sid, n in cells.items())
    assert scene.lookup("steps", "s2").title == "Compare prices"  # tooltips read this
    setup.document.push(UpdateItem("steps", "s2", {"doing": "Opens three tabs"}))
    assert scene._cells["s2"].refresh_count == cells["s2"] + 1


def test_rating_change_updates_the_curve_and_the_cell_only(qtbot):
    setup = make_map(qtbot)
    scene = setup.scene
    curve = scene.curve("p-bo")
    index = scene.layout.index("s2")
    assert curve.values[index] is None
    cells_before = {sid: scene._cells[sid].refresh_count for sid in scene.layout.order}
    setup.document.push(SetRating("s2", "p-bo", {"emotion": -2}))
    assert curve.values[index] == -2
    changed = {sid for sid in cells_before if scene._cells[sid].refresh_count != cells_before[sid]}
    assert changed == {"s2"}


def test_adding_and_removing_steps_and_transitions(qtbot):
    setup = make_map(qtbot)
    scene, document = setup.scene, setup.document
    document.push(AddItem("steps", Step(id="s5", title="Receipt", stage_id="st-b")))
    assert scene.card("s5") is not None
    assert scene.layout.order[-1] == "s5"
    document.push(RemoveItems("steps", ["s3"]))
    assert scene.card("s3") is None
    assert all(scene.arrow(t) is None for t in ("t2", "t3", "t4"))
    document.undo_stack.undo()
    assert scene.card("s3") is not None and scene.arrow("t4").route is not None
    assert scene.layout.order == ["s1", "s2", "s3", "s4", "s5"]


def test_hidden_lanes_take_no_space(qtbot):
    setup = make_map(qtbot)
    scene = setup.scene
    height = scene.map_rect.height()
    lanes = tuple(
        LaneSetting(lane=s.lane, visible=s.visible and s.lane != Lane.DOING)
        for s in scene.journey.lanes
    )
    setup.document.push(UpdateJourney({"lanes": lanes}))
    assert scene.layout.lane(Lane.DOING) is None
    assert scene.map_rect.height() < height
    setup.document.undo_stack.undo()
    assert scene.layout.lane(Lane.DOING) is not None
    assert scene.map_rect.height() == height


def test_persona_switch_changes_the_curve_and_rating_rows(qtbot):
    setup = make_map(qtbot)
    scene = setup.scene
    assert set(scene._curves) == {"p-ann", "p-bo"}
    tall = scene.layout.lane(Lane.RATINGS).h
    scene.set_persona("p-bo")
    assert set(scene._curves) == {"p-bo"}
    assert scene.layout.lane(Lane.RATINGS).h < tall
    values = dict(zip(scene.layout.order, scene.curve("p-bo").values, strict=True))
    assert values == {"s1": 0, "s2": None, "s3": -1, "s4": None}
    assert setup.live.persona_id == "p-bo"
    scene.set_persona(None)
    assert set(scene._curves) == {"p-ann", "p-bo"}


def test_highlights_come_from_the_analysis(qtbot):
    setup = make_map(qtbot, background=True)
    with qtbot.waitSignal(setup.live.updated, timeout=10000):
        setup.live.schedule()
    marks = setup.scene.marks
    assert marks.drops, "the small journey loses customers"
    assert "s2" in marks.pains  # goal 2, ease 1, emotion −2 for Ann
    assert marks.pains["s2"].severity in ("critical", "major", "minor")
    arrow = setup.scene.arrow("t1")
    assert arrow.label == "800"
    assert arrow.width > setup.scene.arrow("t5").width


def test_replacing_the_journey_rebuilds(qtbot):
    setup = make_map(qtbot)
    rebuilds = setup.scene.rebuild_count
    journey = small_journey()
    journey.steps = journey.steps[:2]
    journey.transitions = journey.transitions[:1]
    journey.ratings = [r for r in journey.ratings if r.step_id in ("s1", "s2")]
    journey.opportunities = []
    setup.document.replace(journey)
    assert setup.scene.rebuild_count == rebuilds + 1
    assert sorted(c.step_id for c in _items(setup.scene, StepCardItem)) == ["s1", "s2"]


def test_view_zoom_and_fit(qtbot):
    setup = make_map(qtbot)
    view = setup.view
    view.zoom_in()
    assert view.zoom > 1.0
    view.zoom_reset()
    assert view.zoom == pytest.approx(1.0)
    view.zoom_out()
    assert view.zoom < 1.0
    view.fit_all()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(setup.scene.step_rect("s4").center())


def test_a_piece_that_only_splits_an_import_is_passed_over_when_missing(qtbot, monkeypatch, caplog):
    """SciPy's internals loaded ahead of the sparse solver, to cut its import into
    smaller pieces, may be renamed by a release: the analysis does without them."""
    import journeymap.ui.document.live_analysis as live_analysis

    missing = "journeymap_missing_internal"
    monkeypatch.setattr(
        live_analysis, "ANALYSIS_IMPORTS", (missing, *live_analysis.ANALYSIS_IMPORTS)
    )
    monkeypatch.setattr(
        live_analysis, "SPLITTING_IMPORTS", live_analysis.SPLITTING_IMPORTS | {missing}
    )
    monkeypatch.setattr(live_analysis, "_passed_over", set())
    setup = make_map(qtbot, background=True)
    with qtbot.waitSignal(setup.live.updated, timeout=10000):
        setup.live.schedule()
    assert "cannot be loaded" not in caplog.text
    assert live_analysis._passed_over == {missing}
    assert setup.live.analysis is not None


def test_an_analysis_that_cannot_be_loaded_is_logged_and_the_map_goes_on(
    qtbot, monkeypatch, caplog
):
    import journeymap.ui.document.live_analysis as live_analysis

    missing = ("journeymap_missing_dependency", *live_analysis.ANALYSIS_IMPORTS)
    monkeypatch.setattr(live_analysis, "ANALYSIS_IMPORTS", missing)
    setup = make_map(qtbot, background=True)
    with qtbot.waitSignal(setup.live.updated, timeout=10000):
        setup.live.schedule()
    assert "the analysis cannot be loaded" in caplog.text
    assert setup.live.analysis is not None  # the rest of it still ran
    assert not setup.live.pending
