"""Summaries of a journey: the main path, the emotion curve along it, the worst
path, and one score per persona.

Main path
    The most-travelled path: from the start most customers enter at, follow at
    every step the transition most customers take, never visiting a step twice,
    until no way on is left. Where the flow is unknown, the next step in map
    order is taken.

Worst path
    The route from a start to where it ends with the most pain: the sum of the
    pain intensities (see :mod:`journeymap.analysis.pain_points`, averaged over
    the personas rated at a step) is largest. Loops are cut by following only
    transitions that lead forward in the order of
    :func:`journeymap.analysis.graph.components_in_order`. Empty when no step
    hurts.

Journey score per persona
    Each rated step's *moment* is the mean of its ratings mapped to −1..+1
    (neutral 0; missing ratings left out). The score is their weighted mean,
    times 100, so it runs from −100 to +100::

        score = 100 × Σ wᵢ·kᵢ·mᵢ / Σ wᵢ·kᵢ

    where ``wᵢ`` is the share of customers reaching the step (1 when unknown)
    and ``kᵢ`` is 12 for a bad moment (``mᵢ < 0``) and 1 otherwise: it takes
    twelve good moments to make up for one bad one of the same size, and a
    journey that does exactly that scores 0.
"""

from __future__ import annotations

import numpy as np

from journeymap.analysis.flow import FlowReport, compute_flow, flow_arrays
from journeymap.analysis.graph import JourneyGraph, index_journey
from journeymap.analysis.pace import EVERY, checkpoint, paced
from journeymap.analysis.ratings import BAD_WEIGHT, RatingTable, rating_table
from journeymap.analysis.results import PersonaScore, Summary
from journeymap.model.entities import Rating
from journeymap.model.journey import Journey
from journeymap.model.scales import EASE, EMOTION, GOAL

__all__ = [
    "PersonaScore",
    "Summary",
    "journey_score",
    "main_path",
    "moment_value",
    "summarise",
    "worst_path",
]


def moment_value(rating: Rating) -> float | None:
    """A rating as one number, −1..+1 (mean of the values present), or ``None``.

    >>> from journeymap.model import Rating
    >>> moment_value(Rating(step_id="s", persona_id="p", goal=5, emotion=-1))
    0.25
    """
    values = [
        scale.normalised(v)
        for scale, v in ((GOAL, rating.goal), (EASE, rating.ease), (EMOTION, rating.emotion))
        if v is not None
    ]
    return sum(values) / len(values) if values else None


def journey_score(moments: list[tuple[float, float]]) -> float | None:
    """The score of ``(moment, weight)`` pairs, −100..+100 (see the module docstring).

    Twelve good moments make up for one bad one of the same size:

    >>> journey_score([(-1.0, 1.0)] + [(1.0, 1.0)] * 12)
    0.0
    >>> journey_score([(0.5, 1.0), (1.0, 1.0)])
    75.0
    >>> journey_score([]) is None
    True
    """
    total = weight_sum = 0.0
    for m, w in moments:
        k = BAD_WEIGHT if m < 0 else 1.0
        total += w * k * m
        weight_sum += w * k
    if weight_sum <= 0:
        return None
    return 100.0 * total / weight_sum


def main_path(graph: JourneyGraph, flow: FlowReport) -> list[str]:
    """The most-travelled path (see the module docstring).

    >>> from journeymap.model import Journey, Stage, Step, Transition
    >>> from journeymap.analysis.graph import index_journey
    >>> j = Journey(stages=[Stage(id="st", name="All")],
    ...     steps=[Step(id=x, title=x, stage_id="st", kind=k) for x, k in
    ...            [("s", "start"), ("a", "touchpoint"), ("b", "touchpoint")]],
    ...     transitions=[Transition(id="1", source="s", target="a", volume=10),
    ...                  Transition(id="2", source="s", target="b", volume=60)])
    >>> main_path(index_journey(j), compute_flow(j))
    ['s', 'b']
    """
    starts = graph.start_indices()
    if not starts:
        return []

    def customers(node: int) -> float:
        entry = flow.entries.get(graph.step_ids[node])
        return -1.0 if entry is None else entry

    node = max(starts, key=lambda s: (customers(s), -s))
    path = [node]
    visited = {node}
    while True:
        if not len(path) % EVERY:
            checkpoint()
        options = [e for e in graph.out_edges[node] if graph.edge_target[e] not in visited]
        if not options:
            break

        def rank(e: int, here: int = node) -> tuple[float, int, int]:
            volume = flow.transitions.get(graph.edge_ids[e])
            target = graph.edge_target[e]
            return (
                -1.0 if volume is None else volume,
                1 if target > here else 0,  # forward in map order first
                -target,
            )

        node = graph.edge_target[max(options, key=rank)]
        path.append(node)
        visited.add(node)
    return [graph.step_ids[i] for i in path]


def worst_path(graph: JourneyGraph, pain: list[float]) -> tuple[list[str], float]:
    """The forward route from a start with the largest summed ``pain`` per step.

    Returns the step ids and the summed pain; ``([], 0.0)`` when nothing hurts.
    """
    order = [node for comp in paced(graph.components()) for node in comp]
    position = [0] * graph.n_steps
    for pos, node in enumerate(paced(order)):
        position[node] = pos
    best = [0.0] * graph.n_steps
    step_to: list[int | None] = [None] * graph.n_steps
    for node in paced(reversed(order)):
        choice, value = None, 0.0
        for e in graph.out_edges[node]:
            target = graph.edge_target[e]
            if position[target] > position[node] and (choice is None or best[target] > value):
                choice, value = target, best[target]
        best[node] = pain[node] + value
        step_to[node] = choice
    starts = graph.start_indices()
    if not starts:
        return [], 0.0
    first = max(starts, key=lambda s: (best[s], -s))
    if best[first] <= 0:
        return [], 0.0
    path: list[str] = []
    here: int | None = first
    while here is not None:
        if not len(path) % EVERY:
            checkpoint()
        path.append(graph.step_ids[here])
        here = step_to[here]
    return path, best[first]


def summarise(
    journey: Journey,
    flow: FlowReport | None = None,
    *,
    persona_id: str | None = None,
    graph: JourneyGraph | None = None,
    table: RatingTable | None = None,
) -> Summary:
    """Main path, worst path, emotion curves and scores per persona.

    Parameters
    ----------
    journey : Journey
    flow : FlowReport, optional
        ``compute_flow(journey)``, if already computed.
    persona_id : str, optional
        Only this persona's curve and score (and pain for the worst path).
    graph, table : optional
        ``index_journey(journey)`` and ``rating_table(journey, graph)``, if built.

    Examples
    --------
    >>> from journeymap.model import Journey, Persona, Rating, Stage, Step, Transition
    >>> j = Journey(personas=[Persona(id="p", name="Pat")],
    ...     stages=[Stage(id="st", name="All")],
    ...     steps=[Step(id="s", title="S", stage_id="st", kind="start", volume=100),
    ...            Step(id="e", title="E", stage_id="st", kind="success")],
    ...     transitions=[Transition(id="t", source="s", target="e", share=1.0)],
    ...     ratings=[Rating(step_id="s", persona_id="p", emotion=-1),
    ...              Rating(step_id="e", persona_id="p", emotion=2)])
    >>> summary = summarise(j)
    >>> summary.main_path, summary.emotion_curves["p"], summary.worst_path
    (['s', 'e'], [('s', -1.0), ('e', 2.0)], ['s', 'e'])
    >>> round(summary.scores["p"].score, 1)  # (12·(−0.5) + 1) / 13
    -38.5
    """
    graph = graph or index_journey(journey)
    flow = flow or compute_flow(journey, graph=graph)
    table = table or rating_table(journey, graph)
    personas = [p.id for p in journey.personas if persona_id in (None, p.id)]
    column = {pid: i for i, pid in enumerate(table.persona_ids)}
    selected = np.isin(table.persona, [column[p] for p in personas])
    present = table.present & selected
    n = graph.n_steps

    # Pain per step for the worst path: the mean intensity over the personas.
    nodes = table.node[present]
    sums = np.bincount(nodes, weights=table.intensity[present], minlength=n)
    counts = np.bincount(nodes, minlength=n)
    pain = np.divide(sums, counts, out=np.zeros(n), where=counts > 0).tolist()
    worst, worst_pain = worst_path(graph, pain)

    path = main_path(graph, flow)
    path_nodes = [graph.index[sid] for sid in path]
    on_path = np.zeros(n, dtype=bool)
    on_path[path_nodes] = True
    emotion: dict[tuple[int, int], float | None] = {}
    for row in paced(np.flatnonzero(on_path[table.node] & selected).tolist()):
        value = float(table.values[row, 2])
        emotion[(int(table.node[row]), int(table.persona[row]))] = None if value != value else value
    curves = {
        p: [
            (sid, emotion.get((node, column[p])))
            for sid, node in paced(zip(path, path_nodes, strict=True))
        ]
        for p in personas
    }

    checkpoint()
    inflow = flow_arrays(flow, graph.step_ids)[0]
    checkpoint()
    total = flow.total_entries
    reach = np.where(np.isnan(inflow), 1.0, inflow / total) if total else np.ones(n)
    scores = {
        p: _persona_score(p, table, present & (table.persona == column[p]), reach, n)
        for p in personas
    }
    return Summary(path, worst, curves, scores, worst_pain)


def _persona_score(
    persona_id: str, table: RatingTable, rows: np.ndarray, reach: np.ndarray, n_steps: int
) -> PersonaScore:
    moments = table.moment[rows]
    weights = reach[table.node[rows]]
    factor = np.where(moments < 0, BAD_WEIGHT, 1.0)
    denominator = float((weights * factor).sum())
    if denominator <= 0:  # no rated step has customers: unweighted
        weights = np.ones(len(moments))
        denominator = float(factor.sum())
    score = (
        100.0 * float((weights * factor * moments).sum()) / denominator if len(moments) else None
    )
    means = []
    for column in range(3):
        values = table.values[rows, column]
        values = values[~np.isnan(values)]
        means.append(float(values.mean()) if len(values) else None)
    rated = len(moments)
    return PersonaScore(persona_id, score, rated, n_steps - rated, *means)
