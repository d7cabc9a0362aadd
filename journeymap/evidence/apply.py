"""Counted flows written into a journey's volumes.

* A step that some activity of the log matched gets its volume from the log:
  a start step the cases that began there, any other step its visits
  (arrivals). A step no activity matched keeps its volume: the log does not
  see it.
* A designed transition between two steps the log sees gets the number of
  direct moves along it (0 when nobody took it, and it is listed).
* Moves the design lacks are listed, and with ``add_observed`` added as
  transitions labelled ``observed`` with their volume.
* The designed share is how much of the observed traffic (moves) went along
  designed transitions.

The existing analysis then computes drop-off from these volumes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from journeymap.analysis.observed import OBSERVED_LABEL
from journeymap.evidence.flows import FlowCounts
from journeymap.model.entities import Step, StepKind, Transition
from journeymap.model.ids import new_id
from journeymap.model.journey import Journey

__all__ = ["OBSERVED_LABEL", "FlowResult", "apply_flows"]


@dataclass(frozen=True)
class FlowResult:
    journey: Journey
    steps_set: list[str]
    """Steps whose volume now comes from the log, in map order."""
    steps_unseen: list[str]
    """Steps no activity matched: their volumes were left as they were."""
    undesigned: list[tuple[str, str, int]]
    """Moves the design lacks: source, target, count (most first)."""
    untaken: list[str]
    """Designed transitions between observed steps that nobody took."""
    added: list[str]
    """Transitions added for observed moves (with ``add_observed``)."""
    designed_moves: int
    observed_moves: int

    @property
    def designed_share(self) -> float | None:
        """Of all observed moves, the share along designed transitions."""
        return self.designed_moves / self.observed_moves if self.observed_moves else None


def apply_flows(journey: Journey, flows: FlowCounts, add_observed: bool = False) -> FlowResult:
    """A copy of ``journey`` with the volumes the log gives (see the module)."""
    seen = set(flows.match.steps.values())
    steps: list[Step] = []
    set_ids: list[str] = []
    unseen: list[str] = []
    for step in journey.steps:
        if step.id not in seen:
            unseen.append(step.id)
            steps.append(step)
            continue
        counts = flows.entries if step.kind == StepKind.START else flows.visits
        steps.append(step.model_copy(update={"volume": counts.get(step.id, 0)}))
        set_ids.append(step.id)
    order = {s.id: i for i, s in enumerate(journey.ordered_steps())}
    set_ids.sort(key=order.__getitem__)
    unseen.sort(key=order.__getitem__)

    transitions: list[Transition] = []
    untaken: list[str] = []
    designed: set[tuple[str, str]] = set()
    designed_moves = 0
    for t in journey.transitions:
        pair = (t.source, t.target)
        if t.source in seen and t.target in seen:
            volume = flows.moves.get(pair, 0) if pair not in designed else 0
            if pair not in designed:
                designed_moves += volume
            designed.add(pair)
            if volume == 0:
                untaken.append(t.id)
            transitions.append(t.model_copy(update={"volume": volume}))
        else:
            designed.add(pair)
            transitions.append(t)
    undesigned = sorted(
        ((a, b, n) for (a, b), n in flows.moves.items() if (a, b) not in designed),
        key=lambda item: (-item[2], order.get(item[0], 0), order.get(item[1], 0)),
    )
    added: list[str] = []
    if add_observed:
        taken = {t.id for t in transitions}
        for source, target, n in undesigned:
            tid = new_id("t", taken, f"{source}-{target}")
            taken.add(tid)
            transitions.append(
                Transition(id=tid, source=source, target=target, volume=n, label=OBSERVED_LABEL)
            )
            added.append(tid)
    data: dict[str, Any] = {name: getattr(journey, name) for name in type(journey).model_fields}
    data["steps"] = steps
    data["transitions"] = transitions
    data.pop("ratings", None)  # derived from the measurements again
    result = type(journey).model_validate(data)
    return FlowResult(
        result,
        set_ids,
        unseen,
        undesigned,
        untaken,
        added,
        designed_moves,
        sum(flows.moves.values()),
    )
