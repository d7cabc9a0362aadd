"""All ratings of a journey as numeric arrays, read once for the whole analysis.

Pain points, summaries and checks all look at every rating. Reading the rating
items once into numpy arrays (missing values as NaN) keeps that to one pass in
Python; the rest is vectorised, which keeps a journey with half a million
ratings fast.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from journeymap.analysis.graph import JourneyGraph, index_journey
from journeymap.analysis.pace import EVERY, checkpoint
from journeymap.model.entities import Rating
from journeymap.model.journey import Journey
from journeymap.model.scales import EASE, EMOTION, GOAL

__all__ = ["BAD_WEIGHT", "RatingTable", "rating_table"]

BAD_WEIGHT = 12.0
"""How many good moments of the same size make up for one bad one."""

_NAN = math.nan


@dataclass(eq=False)
class RatingTable:
    """The ratings whose step and persona exist, in journey order.

    ``values`` has one row per rating: goal, ease, emotion (NaN when missing).
    ``intensity`` (pain, 0..1) and ``moment`` (−1..+1) are NaN for a rating with
    no values; see :mod:`journeymap.analysis.pain_points` and
    :mod:`journeymap.analysis.summary` for their meaning.
    """

    ratings: list[Rating]
    node: np.ndarray
    persona: np.ndarray
    persona_ids: list[str]
    values: np.ndarray
    intensity: np.ndarray
    moment: np.ndarray
    broken: list[Rating] = field(default_factory=list)

    @property
    def present(self) -> np.ndarray:
        """Which ratings have at least one value."""
        return ~np.isnan(self.moment)


def rating_table(journey: Journey, graph: JourneyGraph | None = None) -> RatingTable:
    """Read a journey's ratings into a :class:`RatingTable`.

    Examples
    --------
    >>> from journeymap.model import Journey, Persona, Rating, Stage, Step
    >>> j = Journey(personas=[Persona(id="p", name="P")],
    ...             stages=[Stage(id="st", name="All")],
    ...             steps=[Step(id="a", title="A", stage_id="st")],
    ...             ratings=[Rating(step_id="a", persona_id="p", goal=5, emotion=-2)])
    >>> t = rating_table(j)
    >>> t.values.tolist(), round(float(t.intensity[0]), 3), float(t.moment[0])
    ([[5.0, nan, -2.0]], 0.458, 0.0)
    """
    graph = graph or index_journey(journey)
    persona_index = {p.id: i for i, p in enumerate(journey.personas)}
    index = graph.index
    kept: list[Rating] = []
    broken: list[Rating] = []
    nodes: list[int] = []
    personas: list[int] = []
    flat: list[float] = []
    last_step: str | None = None
    last_node: int | None = None
    for k, r in enumerate(journey.ratings):
        if not k % EVERY:
            checkpoint()
        # Ratings usually come grouped by step: skip the lookup when it repeats.
        if r.step_id is not last_step:
            last_step, last_node = r.step_id, index.get(r.step_id)
        p = persona_index.get(r.persona_id)
        if last_node is None or p is None:
            broken.append(r)
            continue
        kept.append(r)
        nodes.append(last_node)
        personas.append(p)
        g, e, m = r.goal, r.ease, r.emotion
        flat.append(_NAN if g is None else g)
        flat.append(_NAN if e is None else e)
        flat.append(_NAN if m is None else m)
    checkpoint()
    values = np.array(flat, dtype=float).reshape(-1, 3)
    checkpoint()  # each of these is a few milliseconds at 10,000 steps
    intensity, moment = _measures(values)
    checkpoint()
    node = np.array(nodes, dtype=np.int64)
    persona = np.array(personas, dtype=np.int64)
    return RatingTable(
        ratings=kept,
        node=node,
        persona=persona,
        persona_ids=list(persona_index),
        values=values,
        intensity=intensity,
        moment=moment,
        broken=broken,
    )


def _measures(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pain intensity and moment of every row (NaN for a row with no values)."""
    neutral = np.array([s.neutral for s in (GOAL, EASE, EMOTION)])
    down = np.array([s.neutral - s.low for s in (GOAL, EASE, EMOTION)])
    up = np.array([s.high - s.neutral for s in (GOAL, EASE, EMOTION)])
    below = np.clip((neutral - values) / down, 0.0, None)
    above = np.clip((values - neutral) / up, 0.0, None)
    count = (~np.isnan(values)).sum(axis=1).astype(float)
    bad = np.nansum(below, axis=1)
    good = np.nansum(above, axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        intensity = np.maximum(0.0, (bad - good / BAD_WEIGHT) / count)
        moment = (good - bad) / count
    intensity[count == 0] = np.nan
    moment[count == 0] = np.nan
    return intensity, moment
