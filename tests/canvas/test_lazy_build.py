"""A big journey opened in the editor gets the items of the columns in view
first and the rest in slices after the first paint (``MapScene.rebuild``):
what a view paints meanwhile, anywhere on the map, is what the fully built map
paints, and once caught up the scene equals a freshly built one."""

from __future__ import annotations

import pytest

from benchmarks.synthetic import synthetic_journey
from journeymap.canvas.scene import MapScene, show_map
from journeymap.model import JourneyDocument, RemoveItems
from tests.canvas.test_incremental_map import geometry


@pytest.fixture
def slow_slices(monkeypatch):
    """A small journey counts as big, and every slice does one thing per turn."""
    from journeymap.canvas import scene as scene_module

    monkeypatch.setattr(scene_module, "LAZY_STEPS", 20)
    monkeypatch.setattr(scene_module, "FIRST_SPAN", 1500.0)
    monkeypatch.setattr(scene_module, "SLICE_ARROWS", 1)
    monkeypatch.setattr(scene_module, "SLICE_S", 0.0)


def _view(qtbot, scene):
    from PySide6.QtWidgets import QGraphicsView

    view = QGraphicsView()
    show_map(view, scene)
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    qtbot.waitExposed(view)
    return view


def _lazy_scene(qtbot, journey):
    """A scene showing a blank map in a view, then given ``journey`` as the
    editor's open does (``set_journey`` with sliced updates on)."""
    blank = synthetic_journey(3, 2, seed=1)
    scene = MapScene(blank)
    scene.sliced_updates = True
    view = _view(qtbot, scene)
    scene.set_journey(journey)
    return scene, view


def test_a_big_journey_is_built_in_view_first_and_ends_as_a_fresh_map(qtbot, slow_slices):
    journey = synthetic_journey(120, 3, seed=4)
    scene, _ = _lazy_scene(qtbot, journey)
    assert scene.catching_up
    assert 0 < len(scene._cards) < len(journey.steps)  # the columns in view only
    assert len(scene._arrows) < len(journey.transitions)
    first = scene.layout.order[0]
    assert scene._cards[first].pos().x() == scene.layout.column_x[first]
    with qtbot.waitSignal(scene.caught_up, timeout=20000):
        pass
    assert not scene.catching_up
    assert len(scene._cards) == len(journey.steps)
    fresh = MapScene(journey.copy_deep(), marks=scene.marks)
    assert geometry(scene) == geometry(fresh)


@pytest.mark.parametrize("where", [0.5, 1.0])
def test_scrolling_to_a_part_not_yet_built_shows_the_right_picture(qtbot, slow_slices, where):
    from PySide6.QtWidgets import QApplication

    journey = synthetic_journey(120, 3, seed=6)
    scene, view = _lazy_scene(qtbot, journey)
    bar = view.horizontalScrollBar()
    bar.setValue(int(bar.maximum() * where))
    target = view.mapToScene(view.viewport().rect()).boundingRect()
    assert any(
        target.left() - 216 <= scene.layout.column_x[sid] <= target.right()
        for sid in scene._unbuilt
    )  # that part waits for its slice
    painted = view.viewport().grab().toImage()
    assert scene.catching_up  # painted before the slices got there

    fresh = MapScene(journey.copy_deep(), marks=scene.marks)
    fresh_view = _view(qtbot, fresh)
    fresh_view.horizontalScrollBar().setValue(bar.value())
    fresh_view.verticalScrollBar().setValue(view.verticalScrollBar().value())
    QApplication.processEvents()
    expected = fresh_view.viewport().grab().toImage()
    assert painted.size() == expected.size()
    assert painted == expected


def test_an_edit_and_a_lookup_while_building_end_as_a_fresh_map(qtbot, slow_slices):
    journey = synthetic_journey(120, 3, seed=8)
    document = JourneyDocument(journey)
    blank = synthetic_journey(3, 2, seed=1)
    scene = MapScene(blank)
    scene.sliced_updates = True
    _view(qtbot, scene)
    scene.set_journey(document.journey)
    last = scene.layout.order[-1]
    assert last in scene._unbuilt
    card = scene.card(last)  # asked for: made at once, in its place
    assert card is not None and card.pos().x() == scene.layout.column_x[last]
    far = next(t.id for t in document.journey.transitions if t.id in scene._unbuilt_arrows)
    assert scene.arrow(far) is not None and scene.arrow(far).route is not None
    gone = document.journey.ordered_steps()[60].id
    scene.apply_change(document.apply(RemoveItems("steps", [gone])))
    if scene.catching_up:
        with qtbot.waitSignal(scene.caught_up, timeout=20000):
            pass
    assert gone not in scene._cards
    fresh = MapScene(document.journey.copy_deep(), marks=scene.marks)
    assert geometry(scene) == geometry(fresh)


def test_a_part_scrolled_to_before_a_relayout_reached_it_shows_the_right_picture(
    qtbot, monkeypatch, slow_slices
):
    from PySide6.QtWidgets import QApplication

    from journeymap.canvas import scene as scene_module
    from journeymap.model import AddItem, Step

    monkeypatch.setattr(scene_module, "SLICE_MIN_ITEMS", 10)
    document = JourneyDocument(synthetic_journey(120, 3, seed=9))
    scene = MapScene(document.journey)  # built at once: no view yet
    scene.sliced_updates = True
    view = _view(qtbot, scene)
    first = document.journey.ordered_steps()[0]
    edit = AddItem("steps", Step(id="early", title="Early", stage_id=first.stage_id), 0)
    scene.apply_change(document.apply(edit))
    assert scene.catching_up and scene._unplaced  # the far columns wait for their slices
    bar = view.horizontalScrollBar()
    bar.setValue(bar.maximum())
    painted = view.viewport().grab().toImage()
    assert scene.catching_up

    fresh = MapScene(document.journey.copy_deep(), marks=scene.marks)
    fresh_view = _view(qtbot, fresh)
    fresh_view.horizontalScrollBar().setValue(bar.value())
    fresh_view.verticalScrollBar().setValue(view.verticalScrollBar().value())
    QApplication.processEvents()
    assert painted == fresh_view.viewport().grab().toImage()
