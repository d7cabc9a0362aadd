"""Large synthetic journeys for tests and benchmarks.

:func:`synthetic_journey` builds a valid journey of any size, the same one every
time for the same arguments. It has what real maps have, at scale: stages,
channels run by us, by a partner and by third parties, start steps with measured
volumes, branches, retry loops (back edges), exits and success ends, ratings for
every persona with about one in ten missing, and opportunities.

The numbers are consistent: every customer flow is worked out first as whole
customers, then written as a ``volume`` on the transitions that leave steps in
every third stage and as a ``share`` of the source step's customers elsewhere.
So an analysis that reads the shares and one that reads the volumes find the
same flow, and no step sends on more customers than reach it.

Example
-------
>>> from benchmarks.synthetic import synthetic_journey
>>> from journeymap.model import reference_problems
>>> journey = synthetic_journey(200, n_personas=3, seed=1)
>>> len(journey.steps), len(journey.personas), len(journey.stages)
(200, 3, 20)
>>> reference_problems(journey)
[]

From the command line::

    python -m benchmarks.synthetic 10000 -o big.journey.json
"""

from __future__ import annotations

import argparse
import bisect
import math
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from journeymap.model.entities import (
    Channel,
    ChannelKind,
    OpportunityStatus,
    Ownership,
    Persona,
    RatingSource,
    StepKind,
)
from journeymap.model.gcpause import gc_paused
from journeymap.model.journey import Journey
from journeymap.palette import PERSONA_COLOURS

__all__ = ["main", "synthetic_journey"]

MAX_STAGES = 100
"""Stages are about one per ten steps, but never more than this many."""

_CHANNELS = (
    Channel(id="ch-web", name="Website", kind=ChannelKind.WEB, owner="Digital team"),
    Channel(id="ch-app", name="Mobile app", kind=ChannelKind.APP, owner="Digital team"),
    Channel(id="ch-email", name="Email", kind=ChannelKind.EMAIL, owner="Customer service"),
    Channel(
        id="ch-chat",
        name="Chat (outsourced)",
        kind=ChannelKind.CHAT,
        owner="ChatPartner Ltd",
        ownership=Ownership.PARTNER,
    ),
    Channel(id="ch-phone", name="Phone", kind=ChannelKind.PHONE, owner="Contact centre"),
    Channel(id="ch-shop", name="Shop", kind=ChannelKind.FACE_TO_FACE, owner="Retail"),
    Channel(
        id="ch-forum",
        name="Discussion forum",
        kind=ChannelKind.THIRD_PARTY,
        ownership=Ownership.THIRD_PARTY,
    ),
    Channel(
        id="ch-social",
        name="Social media",
        kind=ChannelKind.SOCIAL,
        owner="Marketing",
        ownership=Ownership.THIRD_PARTY,
    ),
)
_VERBS = (
    "Search",
    "Compare",
    "Read about",
    "Ask about",
    "Order",
    "Pay for",
    "Wait for",
    "Install",
    "Try",
    "Fix",
    "Report a problem with",
    "Review",
    "Recommend",
    "Renew",
)
_OBJECTS = ("the offer", "the plan", "the device", "the bill", "the delivery", "the service")
_FEELINGS = ("curious", "hopeful", "impatient", "confused", "relieved", "annoyed", "pleased")
_SOURCES = tuple(RatingSource)
_STATUSES = tuple(OpportunityStatus)
_SEGMENTS = ("Newcomer", "Regular", "Business", "Senior", "Student", "Family", "Expert")


@dataclass
class _Node:
    """One position of the generated map while its flow is worked out."""

    kind: StepKind
    out: list[tuple[int, float]] = field(default_factory=list)
    """Forward targets with their weights."""
    back_to: int | None = None
    back_rate: float = 0.0
    loop_end: int | None = None
    """Set on a loop's first step: the step whose back edge returns here."""


def _plan_nodes(n: int, rng: random.Random) -> list[_Node]:
    """Kinds and edges: a main line of touchpoints with side steps (extra starts
    that feed it, exits and success ends that leave it), skips and retry loops."""
    kinds = [StepKind.TOUCHPOINT] * n
    kinds[0] = StepKind.START
    if n > 1:
        kinds[-1] = StepKind.SUCCESS
    # Side steps never sit next to each other, so the main line stays connected.
    for k in range(2, n - 2):
        if kinds[k - 1] != StepKind.TOUCHPOINT:
            continue
        r = rng.random()
        if r < 0.04:
            kinds[k] = StepKind.EXIT
        elif r < 0.05:
            kinds[k] = StepKind.SUCCESS
        elif r < 0.07:
            kinds[k] = StepKind.START
    nodes = [_Node(kind) for kind in kinds]
    main = [k for k, kind in enumerate(kinds) if kind in (StepKind.TOUCHPOINT, StepKind.DECISION)]
    if n > 1:
        main.append(n - 1)
    for k, kind in enumerate(kinds):
        if kind == StepKind.START:
            i = bisect.bisect_right(main, k)
            if i < len(main):
                nodes[k].out.append((main[i], 1.0))
    for idx in range(len(main) - 1):
        a, b = main[idx], main[idx + 1]
        node = nodes[a]
        node.out.append((b, 1.0))
        for leaf in range(a + 1, b):
            if kinds[leaf] in (StepKind.EXIT, StepKind.SUCCESS):
                node.out.append((leaf, rng.uniform(0.05, 0.25)))
        if rng.random() < 0.15:
            later = [m for m in main[idx + 2 : idx + 8] if m <= b + 6]
            if later:
                node.out.append((rng.choice(later), rng.uniform(0.1, 0.5)))
        if len(node.out) > 1:
            node.kind = StepKind.DECISION
    # Retry loops: disjoint stretches of the main line, the last step of each
    # sending some customers back to the first.
    free_from = 0
    for idx, tail in enumerate(main[:-1]):
        # Every journey long enough gets at least one loop: the last chance is taken.
        last_chance = free_from == 0 and idx == len(main) - 2
        if rng.random() >= 0.08 and not last_chance:
            continue
        heads = [m for m in main[max(0, idx - 5) : max(0, idx - 1)] if m >= free_from]
        if not heads:
            continue
        head = rng.choice(heads)
        nodes[tail].back_to = head
        nodes[tail].back_rate = rng.uniform(0.1, 0.3)
        nodes[head].loop_end = tail
        free_from = tail + 1
    return nodes


def _split(node: _Node, customers: int, back: int, drop: float) -> list[tuple[int, int]]:
    """Whole customers sent along each forward edge; the rest drop out here."""
    onward = (customers - back) * (1.0 - drop)
    total = sum(w for _, w in node.out)
    return [(target, math.floor(onward * w / total)) for target, w in node.out]


def _nominal_shares(node: _Node) -> dict[int, float]:
    total = sum(w for _, w in node.out)
    onward = 0.97 * (1.0 - node.back_rate)
    shares = {target: round(onward * w / total, 4) for target, w in node.out}
    if node.back_to is not None:
        shares[node.back_to] = round(node.back_rate, 4)
    return shares


def _work_out_flow(
    nodes: list[_Node], start_volumes: dict[int, int], rng: random.Random
) -> tuple[list[int], list[list[tuple[int, int]]]]:
    """Customers reaching each step and sent along each edge, as whole numbers.

    A loop is worked out twice: once without the customers coming back, to learn
    how many reach its last step, and again with ``floor(rate × that)`` coming
    back. Flows only grow with more customers, so the second pass always has
    enough customers at the last step to send that many back.
    """
    n = len(nodes)
    drops = [rng.uniform(0.0, 0.04) for _ in range(n)]
    incoming = [0] * n
    for k, volume in start_volumes.items():
        incoming[k] = volume
    reached = [0] * n
    flows: list[list[tuple[int, int]]] = [[] for _ in range(n)]

    def run(first: int, last: int, extra: int, back: int, commit: bool) -> int:
        pending: dict[int, int] = {}
        x = 0
        for k in range(first, last + 1):
            x = incoming[k] + pending.get(k, 0) + (extra if k == first else 0)
            node = nodes[k]
            sent_back = back if k == last and node.back_to is not None else 0
            out = _split(node, x, sent_back, drops[k])
            if sent_back:
                out.append((node.back_to, sent_back))
            for target, amount in out:
                if target > k:
                    pending[target] = pending.get(target, 0) + amount
            if commit:
                reached[k] = x
                flows[k] = out
        if commit:
            for target, amount in pending.items():
                if target > last:
                    incoming[target] += amount
        return x  # customers reaching the last step

    k = 0
    while k < n:
        end = nodes[k].loop_end
        if end is None:
            run(k, k, 0, 0, commit=True)
            k += 1
            continue
        at_end = run(k, end, 0, 0, commit=False)
        back = math.floor(nodes[end].back_rate * at_end)
        run(k, end, back, back, commit=True)
        k = end + 1
    return reached, flows


def _stage_bounds(n: int, n_stages: int) -> list[int]:
    return [round(i * n / n_stages) for i in range(n_stages + 1)]


def _ratings(step_ids: list[str], persona_ids: list[str], seed: int) -> list[dict]:
    """Every persona's rating of every step, about one in ten missing. Emotion
    follows a mood that drifts along the journey; goal and ease lean the same way."""
    gen = np.random.default_rng(seed)
    n, p = len(step_ids), len(persona_ids)
    if n == 0 or p == 0:
        return []
    noise = gen.normal(0.0, 0.6, n)
    mood = np.empty(n)
    level = 0.0
    for k, x in enumerate(noise.tolist()):
        level = max(-1.5, min(1.5, level * 0.7 + x))
        mood[k] = level
    shape = (n, p)
    emotion = np.clip(np.round((mood[:, None] + gen.normal(0, 0.8, shape)) * 2) / 2, -2, 2)
    goal = np.clip(np.round(3 + emotion + gen.normal(0, 0.7, shape)), 1, 5)
    ease = np.clip(np.round(3 + 0.8 * emotion + gen.normal(0, 0.9, shape)), 1, 5)
    present = gen.random(shape) >= 0.1
    goal_known = gen.random(shape) >= 0.05
    sizes = gen.integers(3, 250, shape)
    sources = gen.integers(0, len(_SOURCES), shape)
    out = []
    for k, step_id in enumerate(step_ids):
        row_present, row_goal_known = present[k].tolist(), goal_known[k].tolist()
        row = zip(
            persona_ids,
            emotion[k].tolist(),
            goal[k].tolist(),
            ease[k].tolist(),
            sizes[k].tolist(),
            sources[k].tolist(),
            strict=True,
        )
        for i, (persona_id, emo, gl, es, size, src) in enumerate(row):
            if row_present[i]:
                out.append(
                    {
                        "step_id": step_id,
                        "persona_id": persona_id,
                        "goal": gl if row_goal_known[i] else None,
                        "ease": es,
                        "emotion": emo,
                        "n": size,
                        "source": _SOURCES[src],
                    }
                )
    return out


def synthetic_journey(n_steps: int, n_personas: int = 5, seed: int = 0) -> Journey:
    """A valid journey with ``n_steps`` steps and ``n_personas`` personas.

    Parameters
    ----------
    n_steps : int
        Number of steps (at least 1).
    n_personas : int, default 5
        Number of personas; each rates about 90 % of the steps.
    seed : int, default 0
        The same arguments always give the same journey.

    Returns
    -------
    Journey
        With about ``n_steps / 10`` stages (at most :data:`MAX_STAGES`), one or
        more start steps carrying ``volume``, branches, loops, exits and success
        ends, transitions with volumes (every third stage) or shares (the
        others), ratings with ``n`` and ``source``, and opportunities.
    """
    if n_steps < 1:
        raise ValueError("a journey needs at least one step")
    if n_personas < 0:
        raise ValueError("n_personas cannot be negative")
    with gc_paused():
        return _build(n_steps, n_personas, seed)


def _build(n_steps: int, n_personas: int, seed: int) -> Journey:
    rng = random.Random(seed)
    n_stages = max(1, min(MAX_STAGES, round(n_steps / 10)))
    bounds = _stage_bounds(n_steps, n_stages)
    stages = [{"id": f"stage-{i + 1}", "name": f"Stage {i + 1}"} for i in range(n_stages)]
    stage_of = [0] * n_steps
    for i in range(n_stages):
        for k in range(bounds[i], bounds[i + 1]):
            stage_of[k] = i

    nodes = _plan_nodes(n_steps, rng)
    start_volumes = {
        k: rng.randrange(2_000, 20_000, 100) if k == 0 else rng.randrange(200, 5_000, 50)
        for k, node in enumerate(nodes)
        if node.kind == StepKind.START
    }
    reached, flows = _work_out_flow(nodes, start_volumes, rng)

    personas = [
        Persona(
            id=f"persona-{i + 1}",
            name=f"{_SEGMENTS[i % len(_SEGMENTS)]} {i + 1}",
            role=_SEGMENTS[i % len(_SEGMENTS)],
            colour=PERSONA_COLOURS[i % len(PERSONA_COLOURS)],
            share=round(1 / n_personas, 4),
        )
        for i in range(n_personas)
    ]
    step_ids = [f"step-{k + 1}" for k in range(n_steps)]
    steps = []
    channel = rng.randrange(len(_CHANNELS))
    for k, node in enumerate(nodes):
        if rng.random() < 0.3:
            channel = rng.randrange(len(_CHANNELS))
        verb, obj = rng.choice(_VERBS), rng.choice(_OBJECTS)
        described = rng.random() < 0.5
        steps.append(
            {
                "id": step_ids[k],
                "title": f"{verb} {obj} ({k + 1})",
                "stage_id": stages[stage_of[k]]["id"],
                "channel_id": _CHANNELS[channel].id if rng.random() > 0.05 else None,
                "kind": node.kind,
                "owner": _CHANNELS[channel].owner,
                "doing": f"{verb} {obj}" if described else "",
                "thinking": f"Is this the right way to {verb.lower()} {obj}?" if described else "",
                "feeling": rng.choice(_FEELINGS) if described else "",
                "volume": start_volumes.get(k),
                "duration_min": round(rng.uniform(0.5, 30), 1) if rng.random() < 0.3 else None,
                "cost_eur": round(rng.uniform(0.2, 40), 2) if rng.random() < 0.2 else None,
            }
        )

    transitions = []
    for k, out in enumerate(flows):
        by_volume = stage_of[k] % 3 == 0
        nominal = _nominal_shares(nodes[k])
        for target, amount in out:
            # No customers reach this step: any shares are consistent, so give
            # the ones the step was planned with rather than zeros.
            share = amount / reached[k] if reached[k] else nominal[target]
            transitions.append(
                {
                    "id": f"t-{len(transitions) + 1}",
                    "source": step_ids[k],
                    "target": step_ids[target],
                    "volume": amount if by_volume else None,
                    "share": None if by_volume else min(1.0, share),
                    "label": "try again" if target < k else "",
                }
            )

    ratings = _ratings(step_ids, [p.id for p in personas], seed)

    opportunities = []
    for i in range(max(1, n_steps // 20)):
        k = rng.randrange(n_steps)
        ids = tuple(dict.fromkeys(step_ids[min(n_steps - 1, k + d)] for d in range(3)))
        opportunities.append(
            {
                "id": f"opp-{i + 1}",
                "title": f"Make '{steps[k]['title']}' easier",
                "step_ids": ids[: rng.randint(1, len(ids))],
                "owner": rng.choice(_CHANNELS).owner,
                "impact": rng.randint(1, 5),
                "effort": rng.randint(1, 5),
                "status": rng.choice(_STATUSES),
            }
        )

    # Validating plain data is as fast as building items unchecked, and proves
    # every item valid.
    return Journey.model_validate(
        {
            "id": f"synthetic-{n_steps}-{n_personas}-{seed}",
            "title": f"Synthetic journey: {n_steps} steps, {n_personas} personas",
            "description": "Generated by benchmarks.synthetic for tests and benchmarks.",
            "language": "en",
            "personas": personas,
            "stages": stages,
            "channels": list(_CHANNELS),
            "steps": steps,
            "transitions": transitions,
            "ratings": ratings,
            "opportunities": opportunities,
        }
    )


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m benchmarks.synthetic N -o FILE``: write a synthetic journey."""
    from journeymap.model.fileformat import JourneyFileError, save_journey

    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.synthetic",
        description="Write a large synthetic journey for tests and benchmarks.",
    )
    parser.add_argument("steps", type=int, help="number of steps")
    parser.add_argument("-o", "--output", required=True, help="the .journey.json to write")
    parser.add_argument("-p", "--personas", type=int, default=5, help="personas (default 5)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    args = parser.parse_args(argv)
    if args.steps < 1 or args.personas < 0:
        parser.error("steps must be at least 1 and personas at least 0")
    journey = synthetic_journey(args.steps, args.personas, args.seed)
    try:
        save_journey(journey, args.output)
    except JourneyFileError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"{args.output}: {len(journey.steps)} steps, {len(journey.transitions)} transitions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
