"""Sub-journeys: a step that links to another journey file (``Step.journey_link``).

A link is a path relative to the folder of the journey that holds it, written
with ``/`` (``support/chat.journey.json``), so a library folder can move or be
cloned elsewhere and its links still hold.

The drop-off at a linked step
-----------------------------
A step that stands for a whole sub-journey loses the customers the
sub-journey loses. Its **conversion** is the customers who finish at a
success end over all customers who enter it (:func:`conversion`, from the
sub-journey's own flow, its own links followed first). With
:func:`follow_links`, the steps leaving a linked step carry that conversion:

- when none of them has a measured volume, each transition out gets a share
  of ``conversion × w``, where ``w`` is its part of the shares written there
  (all written) or an even part (any missing), so the step passes on
  ``conversion`` of its customers and drops the rest;
- a measured volume on a transition out wins: the step is left as it is,
  and the result says why.

Links are followed to any depth; a journey linking back to one already being
followed, a missing file or a broken one gives no conversion and a reason.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from journeymap.analysis.results import FlowReport
from journeymap.model.fileformat import JourneyFileError, load_journey
from journeymap.model.journey import Journey

__all__ = [
    "LinkedConversion",
    "conversion",
    "follow_links",
    "link_path",
    "relative_link",
]

MAX_DEPTH = 20


def link_path(journey_path: str | Path, link: str) -> Path:
    """The file a step's ``link`` names, seen from the journey file at ``journey_path``.

    >>> link_path("/maps/buy.journey.json", "support/chat.journey.json").as_posix()
    '/maps/support/chat.journey.json'
    """
    return Path(journey_path).parent / Path(*PurePosixPath(link).parts)


def relative_link(journey_path: str | Path, target: str | Path) -> str:
    """The link from the journey file at ``journey_path`` to ``target``, with ``/``.

    >>> relative_link("/maps/a/buy.journey.json", "/maps/b/chat.journey.json")
    '../b/chat.journey.json'
    """
    import os

    return Path(os.path.relpath(Path(target), Path(journey_path).parent)).as_posix()


def conversion(flow: FlowReport) -> float | None:
    """Customers finishing at a success end over all customers entering, or
    ``None`` when either is unknown (a success end whose arrivals are unknown)."""
    entered = flow.total_entries
    ends = [f for f in flow.steps.values() if f.completed is not None or f.basis == "unknown"]
    if not entered or any(f.completed is None for f in ends if f.basis == "unknown"):
        return None
    return min(1.0, sum(f.completed or 0.0 for f in ends) / entered)


@dataclass(frozen=True)
class LinkedConversion:
    """What one linked step took from its sub-journey."""

    step_id: str
    link: str
    path: Path
    conversion: float | None
    """The sub-journey's conversion, ``None`` when it could not be had."""
    applied: bool
    """Whether the step's transitions out now carry it."""
    reason: str = ""
    """Why not, when not applied."""


def follow_links(
    journey: Journey,
    journey_path: str | Path,
    *,
    load: Callable[[Path], Journey] = load_journey,
) -> tuple[Journey, list[LinkedConversion]]:
    """A copy of ``journey`` whose linked steps pass on their sub-journey's
    conversion (see the module), and what each linked step took."""
    return _follow(journey, Path(journey_path).resolve(), load, (Path(journey_path).resolve(),))


def _follow(
    journey: Journey,
    journey_path: Path,
    load: Callable[[Path], Journey],
    seen: tuple[Path, ...],
) -> tuple[Journey, list[LinkedConversion]]:
    from journeymap.analysis.flow import compute_flow

    results: list[LinkedConversion] = []
    copy = journey.copy_deep()
    for step in journey.steps:
        if not step.journey_link:
            continue
        target = link_path(journey_path, step.journey_link).resolve()
        found, reason = _sub_conversion(target, load, seen, compute_flow)
        applied = False
        if found is not None:
            reason = _apply(copy, step.id, found)
            applied = not reason
        results.append(LinkedConversion(step.id, step.journey_link, target, found, applied, reason))
    return copy, results


def _sub_conversion(
    target: Path,
    load: Callable[[Path], Journey],
    seen: tuple[Path, ...],
    compute_flow: Callable[[Journey], FlowReport],
) -> tuple[float | None, str]:
    if target in seen:
        return None, "the sub-journey links back to a journey that links to it"
    if len(seen) > MAX_DEPTH:
        return None, f"sub-journeys nested deeper than {MAX_DEPTH}"
    try:
        sub = load(target)
    except JourneyFileError as exc:
        first = exc.problems[0] if exc.problems else "cannot be read"
        return None, f"the sub-journey {target.name}: {first}"
    sub, _ = _follow(sub, target, load, (*seen, target))
    rate = conversion(compute_flow(sub))
    if rate is None:
        return None, "the sub-journey's conversion is unknown"
    return rate, ""


def _apply(journey: Journey, step_id: str, rate: float) -> str:
    """Give the transitions out of ``step_id`` shares passing on ``rate``;
    the reason it could not, or ``""``."""
    outgoing = [t for t in journey.transitions if t.source == step_id]
    if not outgoing:
        return "the step has no transition out"
    if any(t.volume is not None for t in outgoing):
        return "a transition out of the step has a measured volume"
    shares = [t.share for t in outgoing]
    total = sum(s for s in shares if s is not None)
    if all(s is not None for s in shares) and total > 0:
        weights = [(s or 0.0) / total for s in shares]
    else:
        weights = [1.0 / len(outgoing)] * len(outgoing)
    replaced = {
        t.id: t.model_copy(update={"share": rate * w})
        for t, w in zip(outgoing, weights, strict=True)
    }
    journey.transitions = [replaced.get(t.id, t) for t in journey.transitions]
    journey.invalidate("transitions")
    return ""
