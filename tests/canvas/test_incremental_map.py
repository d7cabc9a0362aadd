"""A map kept up to date edit by edit draws exactly what a freshly built map of
the same journey draws: same columns, same arrows (path, label, width), same
headers and curves, after random structural edits and their undos."""

from __future__ import annotations

import random
from typing import Any

import pytest

from benchmarks.synthetic import synthetic_journey
from journeymap.canvas.scene import MapScene, show_map
from journeymap.model import (
    AddItem,
    Edit,
    EditError,
    JourneyDocument,
    MoveItem,
    MoveStep,
    RemoveItems,
    SetRating,
    Stage,
    Step,
    Transition,
    UpdateItem,
)


def geometry(scene: MapScene) -> dict[str, Any]:
    """Everything about where the scene's items are and what the arrows show."""
    return {
        "rect": scene.map_rect.getRect(),
        "order": list(scene.layout.order),
        "cards": {
            sid: (card.pos().x(), card.pos().y(), card.boundingRect().getRect())
            for sid, card in scene._cards.items()
        },
        "cells": {sid: (c.pos().x(), c.pos().y()) for sid, c in scene._cells.items()},
        "headers": {sid: (h.pos().x(), h.pos().y()) for sid, h in scene._headers.items()},
        "arrows": {
            tid: (a.route, a.label, a.width, a.ends, a.isVisible(), a.boundingRect().getRect())
            for tid, a in scene._arrows.items()
        },
        "curves": {pid: (c.xs, c.values) for pid, c in scene._curves.items()},
    }


EDIT_KINDS = (
    *("add step", "add step", "remove step", "move step", "move step", "add link"),
    *("remove link", "volume", "add stage", "move stage", "remove stage", "rate"),
)


def random_edit(journey: Any, rng: random.Random, serial: int) -> Edit:
    steps = journey.steps
    stages = journey.stages
    kind = rng.choice(EDIT_KINDS)
    if kind == "add step" or not steps:
        stage = rng.choice(stages).id
        step = Step(id=f"new-{serial}", title=f"New step {serial}", stage_id=stage)
        return AddItem("steps", step, rng.randrange(len(steps) + 1))
    if kind == "remove step":
        return RemoveItems("steps", [rng.choice(steps).id])
    if kind == "move step":
        stage = rng.choice(stages).id
        inside = [s.id for s in steps if s.stage_id == stage]
        before = rng.choice([*inside, None]) if inside else None
        return MoveStep(rng.choice(steps).id, stage, before)
    if kind == "add link":
        source, target = rng.choice(steps).id, rng.choice(steps).id
        volume = rng.choice([None, 10.0, 250.0])
        link = Transition(id=f"t-new-{serial}", source=source, target=target, volume=volume)
        return AddItem("transitions", link)
    if kind == "remove link" and journey.transitions:
        return RemoveItems("transitions", [rng.choice(journey.transitions).id])
    if kind == "volume" and journey.transitions:
        link = rng.choice(journey.transitions).id
        return UpdateItem("transitions", link, {"volume": float(rng.randrange(0, 900))})
    if kind == "rate" and steps:
        persona = rng.choice(journey.personas).id
        emotion = rng.choice([None, -2.0, -0.5, 1.0, 2.0])
        return SetRating(rng.choice(steps).id, persona, {"emotion": emotion})
    if kind == "add stage":
        stage = Stage(id=f"stage-new-{serial}", name=f"Stage {serial}")
        return AddItem("stages", stage, rng.randrange(len(stages) + 1))
    if kind == "move stage":
        return MoveItem("stages", rng.choice(stages).id, rng.randrange(len(stages)))
    if len(stages) > 2:
        return RemoveItems("stages", [rng.choice(stages).id])
    return UpdateItem("steps", rng.choice(steps).id, {"title": f"Renamed {serial}"})


@pytest.mark.parametrize(("seed", "sliced"), [(0, False), (1, False), (2, True), (3, True)])
def test_an_edited_map_equals_a_fresh_one(qapp, qtbot, monkeypatch, seed, sliced):
    """``sliced``: as the editor draws it, off-screen columns moved in slices."""
    from PySide6.QtWidgets import QGraphicsView

    from journeymap.canvas import scene as scene_module

    rng = random.Random(seed)
    document = JourneyDocument(synthetic_journey(40, 3, seed=seed))
    scene = MapScene(document.journey)
    if sliced:
        monkeypatch.setattr(scene_module, "SLICE_MIN_ITEMS", 10)
        scene.sliced_updates = True
        view = QGraphicsView()
        show_map(view, scene)
        qtbot.addWidget(view)
        view.resize(700, 600)
        view.show()
        view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum() // 2)
    done: list[Edit] = []
    for serial in range(30):
        if done and rng.random() < 0.25:
            change = document.revert(done.pop())
        else:
            edit = random_edit(document.journey, rng, serial)
            try:
                change = document.apply(edit)
            except EditError:
                continue
            done.append(edit)
        scene.apply_change(change)
        if scene.catching_up:
            with qtbot.waitSignal(scene.caught_up, timeout=10000):
                pass
        fresh = MapScene(document.journey.copy_deep(), marks=scene.marks)
        assert geometry(scene) == geometry(fresh), f"after edit {serial} of seed {seed}"
        assert scene.rebuild_count == 1  # kept up to date, never rebuilt
        fresh.deleteLater()


def test_new_marks_are_applied_in_slices_and_end_as_a_fresh_map(qapp, qtbot, monkeypatch):
    from journeymap.canvas import scene as scene_module
    from journeymap.canvas.marks import marks_from_measurements

    monkeypatch.setattr(scene_module, "SLICE_MIN_ITEMS", 1)
    monkeypatch.setattr(scene_module, "SLICE_ARROWS", 2)
    monkeypatch.setattr(scene_module, "SLICE_S", 0.0)  # one slice per turn
    document = JourneyDocument(synthetic_journey(40, 3, seed=7))
    scene = MapScene(document.journey)
    scene.sliced_updates = True
    link = document.journey.transitions[0]
    scene.apply_change(document.apply(UpdateItem("transitions", link.id, {"volume": 12345.0})))
    marks = marks_from_measurements(document.journey)
    assert marks.transition_volumes != scene.marks.transition_volumes
    with qtbot.waitSignal(scene.caught_up, timeout=10000):
        scene.apply_marks(marks)
        assert scene.catching_up  # not all at once
    assert not scene.catching_up
    fresh = MapScene(document.journey.copy_deep(), marks=marks)
    assert geometry(scene)["arrows"] == geometry(fresh)["arrows"]


def test_an_edit_while_marks_are_applied_in_slices_finishes_them(qapp, monkeypatch):
    from journeymap.canvas import scene as scene_module
    from journeymap.canvas.marks import marks_from_measurements

    monkeypatch.setattr(scene_module, "SLICE_MIN_ITEMS", 1)
    document = JourneyDocument(synthetic_journey(30, 2, seed=3))
    scene = MapScene(document.journey)
    scene.sliced_updates = True
    link = document.journey.transitions[0]
    scene.apply_change(document.apply(UpdateItem("transitions", link.id, {"volume": 777.0})))
    scene.apply_marks(marks_from_measurements(document.journey))
    assert scene.catching_up
    step = document.journey.steps[0]
    edit = AddItem("steps", Step(id="extra", title="Extra", stage_id=step.stage_id), 0)
    scene.apply_change(document.apply(edit))  # relayout: everything at once
    assert not scene.catching_up
    fresh = MapScene(document.journey.copy_deep(), marks=scene.marks)
    assert geometry(scene) == geometry(fresh)


def test_a_big_relayout_moves_what_is_shown_first_and_the_rest_in_slices(qtbot, monkeypatch):
    from PySide6.QtWidgets import QGraphicsView

    from journeymap.canvas import scene as scene_module

    monkeypatch.setattr(scene_module, "SLICE_MIN_ITEMS", 10)
    monkeypatch.setattr(scene_module, "SLICE_S", 0.0)  # one slice per turn
    document = JourneyDocument(synthetic_journey(80, 3, seed=5))
    scene = MapScene(document.journey)
    scene.sliced_updates = True
    view = QGraphicsView()
    show_map(view, scene)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    first = document.journey.ordered_steps()[0]
    edit = AddItem("steps", Step(id="early", title="Early", stage_id=first.stage_id), 0)
    with qtbot.waitSignal(scene.caught_up, timeout=10000):
        scene.apply_change(document.apply(edit))
        assert scene.catching_up  # the far columns are still to move
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        for sid in scene.layout.order:
            x = scene.layout.column_x[sid]
            if shown.left() <= x <= shown.right():  # on screen: in place already
                assert scene.card(sid).pos().x() == x
        last = scene.layout.order[-1]
        assert scene.card(last).pos().x() != scene.layout.column_x[last]
    assert not scene.catching_up
    fresh = MapScene(document.journey.copy_deep(), marks=scene.marks)
    assert geometry(scene) == geometry(fresh)
