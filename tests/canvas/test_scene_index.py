"""Qt's item index over a map hundreds of times wider than tall
(``MapScene._fit_index``): its area is a square a power of two wide, its cells
a few steps wide and as tall as the map, while views scroll over the map's own
area (``MapScene.map_rect``, ``show_map``)."""

from __future__ import annotations

import math

import pytest

from benchmarks.synthetic import synthetic_journey
from journeymap.canvas.scene import INDEX_CELL, INDEX_DEPTHS, MapScene, show_map
from journeymap.model import AddItem, JourneyDocument, RemoveItems, Step


def _check_index(scene: MapScene) -> float:
    """The index's side, after checking that it suits the map."""
    area, shown = scene.sceneRect(), scene.map_rect
    side = area.width()
    assert area.topLeft().isNull() and area.height() == side  # a square from the origin
    assert side == 2 ** round(math.log2(side))
    need = max(shown.width(), shown.height(), INDEX_CELL)
    assert need <= side < 4 * need
    depth = scene.bspTreeDepth()
    assert INDEX_DEPTHS[0] <= depth <= INDEX_DEPTHS[1] and depth % 2 == 0
    cell = side / 2 ** (depth // 2)  # as wide as tall: the tree cuts each way in turn
    least = max(INDEX_CELL, shown.height())
    if depth > INDEX_DEPTHS[0]:
        assert cell >= least  # the map lies in one row of cells
    if depth < INDEX_DEPTHS[1]:
        assert cell < 2 * least  # as small as that allows
    return side


def test_a_wide_map_is_indexed_in_square_cells_a_few_steps_wide(qapp):
    scene = MapScene(synthetic_journey(300, 3, seed=2))
    layout = scene.layout
    assert scene.map_rect.getRect() == (0.0, 0.0, layout.width, layout.height)
    assert layout.width > 20 * layout.height  # the shape the index is shaped for
    _check_index(scene)


@pytest.mark.parametrize("steps", [5, 300])
def test_the_items_found_in_a_part_of_the_map_are_the_items_there(qapp, steps):
    from PySide6.QtCore import QRectF, Qt

    scene = MapScene(synthetic_journey(steps, 3, seed=3))
    everything = scene.items()
    width, height = scene.map_rect.width(), scene.map_rect.height()
    for left in (0.0, width * 0.37, width - 150.0):
        for part in (QRectF(left, 0, 120, height), QRectF(left, height / 2, 900, 40)):
            found = set(scene.items(part, Qt.ItemSelectionMode.IntersectsItemBoundingRect))
            there = {item for item in everything if item.sceneBoundingRect().intersects(part)}
            assert found == there and found


def test_a_view_scrolls_over_the_map_as_it_grows_and_shrinks(qapp, qtbot):
    from PySide6.QtWidgets import QGraphicsView

    document = JourneyDocument(synthetic_journey(12, 2, seed=5))
    scene = MapScene(document.journey)
    view = QGraphicsView()
    show_map(view, scene)
    qtbot.addWidget(view)
    assert view.scene() is scene
    sides = [_check_index(scene)]
    stage = document.journey.ordered_steps()[0].stage_id
    for n in range(60):
        step = Step(id=f"added-{n}", title=f"Added {n}", stage_id=stage)
        scene.apply_change(document.apply(AddItem("steps", step, 0)))
        assert view.sceneRect() == scene.map_rect
        sides.append(_check_index(scene))
    assert sides[-1] > sides[0]  # outgrown: a wider index
    doomed = [s.id for s in document.journey.ordered_steps()[2:]]
    scene.apply_change(document.apply(RemoveItems("steps", tuple(doomed))))
    assert view.sceneRect() == scene.map_rect
    assert _check_index(scene) < sides[-1]  # shrunk to under a quarter: a smaller one


def test_a_map_that_keeps_its_size_keeps_its_index(qapp, monkeypatch):
    """Changing the index's area rebuilds it over every item: an edit that
    leaves the map as wide as it was does not."""
    scene = MapScene(synthetic_journey(40, 3, seed=7))
    fitted: list[int] = []
    monkeypatch.setattr(scene, "setBspTreeDepth", lambda depth: fitted.append(depth))
    scene.relayout()
    scene.relayout(refresh_cells=True)
    assert fitted == []
