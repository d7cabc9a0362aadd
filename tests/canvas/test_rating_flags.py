"""A chip is hollow when its measure rests on few answers or estimates only:
the scene tells that without pooling (``MapScene.unsure``) and must agree with
the estimates the tooltip shows (``MapScene.evidence``)."""

from __future__ import annotations

import random

from benchmarks.synthetic import synthetic_journey
from journeymap.canvas.cells_item import StepLanesItem
from journeymap.canvas.scene import MapScene
from journeymap.model import Measurement
from journeymap.model.evidence import MEASURES


def _varied(journey):
    """The synthetic journey with estimates, few answers, excluded parts and an
    uncounted source mixed in."""
    rng = random.Random(7)
    extra = []
    for rating in journey.ratings[:60]:
        for measure in MEASURES:
            kind = rng.choice(("estimate", "few", "excluded", "uncounted", "many", "none"))
            if kind == "none":
                continue
            low = 1.0 if measure.value != "emotion" else -2.0
            extra.append(
                Measurement(
                    step_id=rating.step_id,
                    persona_id=rating.persona_id,
                    measure=measure,
                    source="estimate" if kind == "estimate" else "workshop",
                    label=f"extra {kind}",
                    mean=low + 1,
                    n=None if kind == "estimate" else 2 if kind == "few" else 40,
                    excluded=kind == "excluded",
                )
            )
    journey.measurements = [*journey.measurements, *extra]
    journey.rating_sources = tuple(s for s in journey.rating_sources if s.value != "interview")
    return journey


def test_unsure_agrees_with_the_estimates(qtbot):
    journey = _varied(synthetic_journey(80))
    scene = MapScene(journey)
    seen = set()
    for rating in journey.ratings:
        estimates = {e.measure: e.unsure for e in scene.evidence(*rating.key)}
        expected = tuple(estimates.get(measure, False) for measure in MEASURES)
        assert scene.unsure(*rating.key) == expected
        seen.add(expected)
    assert len(seen) > 3  # sure, unsure and mixed rows were all compared
    assert scene.unsure("no such step", journey.personas[0].id) == (False, False, False)


def test_the_rating_tooltip_reads_the_estimates_when_asked(qtbot):
    journey = synthetic_journey(20)
    scene = MapScene(journey)
    rated = journey.ratings[0]
    cells = next(
        item
        for item in scene.items()
        if isinstance(item, StepLanesItem) and item.step_id == rated.step_id
    )
    cells.ensure()
    names = [name for name, _pid in cells.evidence]
    row = [pid for _name, pid in cells.evidence].index(rated.persona_id)
    from journeymap.canvas.cells_item import RATING_ROW_H, RATINGS_TOP
    from journeymap.model.journey import Lane

    top = scene.layout.lane(Lane.RATINGS).y + RATINGS_TOP + row * RATING_ROW_H
    tip = cells.rating_tooltip(top + 1)
    assert tip.splitlines()[0] == names[row]
    assert len(tip.splitlines()) > 1


def test_unsure_follows_an_edit_of_the_measurements(qtbot):
    from journeymap.model.edits import Change

    journey = synthetic_journey(12)
    scene = MapScene(journey)
    rating = journey.ratings[0]
    assert scene.unsure(*rating.key) == (False, False, False)  # answered, not estimates
    # The rating's answers turn into a few: the chips must say so at once.
    few = [
        m.model_copy(update={"n": 2}) if (m.step_id, m.persona_id) == rating.key else m
        for m in journey.measurements
    ]
    journey.measurements = few
    scene.apply_change(Change(updated={"measurements": {m.key for m in few}}))
    assert scene.unsure(*rating.key) == (True, True, True)
    # Counting no source at all leaves nothing unsure (nothing is counted).
    journey.rating_sources = ()
    scene.apply_change(Change(journey={"rating_sources"}))
    assert scene.unsure(*rating.key) == (False, False, False)
