"""Adding, removing and moving steps on a map drawn in slices: once the map has
caught up, the whole picture (emotion curves, arrows and their labels included)
is the one a freshly built map draws, and the full reroute that follows an
edit walks the transitions in slices too."""

from __future__ import annotations

import pytest

from benchmarks.synthetic import synthetic_journey
from journeymap.canvas.scene import MapScene
from journeymap.model import AddItem, JourneyDocument, MoveStep, RemoveItems, Step
from tests.canvas.test_incremental_map import geometry
from tests.canvas.test_lazy_build import _view


def _picture(scene: MapScene):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    rect = scene.map_rect
    image = QImage(int(rect.width() / 4), int(rect.height() / 4), QImage.Format.Format_RGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    return image


@pytest.fixture
def sliced(monkeypatch):
    from journeymap.canvas import scene as scene_module

    monkeypatch.setattr(scene_module, "SLICE_MIN_ITEMS", 10)
    monkeypatch.setattr(scene_module, "LAZY_STEPS", 20)
    monkeypatch.setattr(scene_module, "FIRST_SPAN", 1500.0)
    monkeypatch.setattr(scene_module, "SLICE_ARROWS", 2)
    monkeypatch.setattr(scene_module, "SLICE_WALK", 3)
    monkeypatch.setattr(scene_module, "SLICE_S", 0.0)


def test_step_edits_end_as_the_picture_of_a_fresh_map(qtbot, sliced):
    document = JourneyDocument(synthetic_journey(120, 3, seed=9))
    scene = MapScene(document.journey)
    scene.sliced_updates = True
    view = _view(qtbot, scene)  # kept: a scene slices only while it is shown
    steps = document.journey.ordered_steps()
    stage = steps[0].stage_id
    later = steps[-1]
    slices = []
    edits = [
        AddItem("steps", Step(id="early", title="Early", stage_id=stage), 0),
        MoveStep(steps[1].id, later.stage_id, later.id),
        RemoveItems("steps", [steps[5].id]),
        MoveStep("early", later.stage_id, None),
    ]
    for edit in edits:
        scene.apply_change(document.apply(edit))
        assert scene.catching_up, edit  # the far columns and the reroute come in slices
        while scene.catching_up:
            scene._next_slice()
            slices.append(1)
    assert len(slices) > 4 * len(edits)
    fresh = MapScene(document.journey.copy_deep(), marks=scene.marks)
    fresh_view = _view(qtbot, fresh)
    assert geometry(scene) == geometry(fresh)
    for pid, curve in scene._curves.items():
        assert (curve.xs, curve.values) == (fresh._curves[pid].xs, fresh._curves[pid].values)
        assert any(v is not None for v in curve.values)
    assert _picture(scene) == _picture(fresh)
    assert view.isVisible() and fresh_view.isVisible()
