"""The journey as a directed graph: steps are nodes, transitions are edges.

Two views of the same graph live here:

* :func:`build_graph` returns a :class:`networkx.DiGraph` with the step and
  transition data on its nodes and edges, for anyone who wants networkx's
  algorithms on a journey;
* :func:`index_journey` returns a :class:`JourneyGraph`, the compact form the
  analysis itself runs on: steps numbered in map order, transitions as parallel
  lists, adjacency as lists of transition numbers. Building it is one linear
  pass, which keeps the analysis of a 100,000-step journey about ten times the
  cost of a 10,000-step one (building a networkx graph of that size is not).

Transitions whose source or target is not a step of the journey are left out of
both views and listed in :attr:`JourneyGraph.dangling`.
"""

from __future__ import annotations

import heapq
from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from journeymap.analysis.pace import EVERY, checkpoint, paced
from journeymap.model.entities import StepKind
from journeymap.model.journey import Journey

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "END_KINDS",
    "JourneyGraph",
    "build_graph",
    "components_in_order",
    "index_journey",
    "reachable",
]

END_KINDS = frozenset({StepKind.SUCCESS, StepKind.EXIT})
"""Step kinds where a journey may end without that being a dead end."""


@dataclass(eq=False)
class JourneyGraph:
    """A journey's steps and transitions numbered for fast analysis.

    Steps are numbered ``0..n-1`` in map order (``journey.ordered_steps()``),
    transitions ``0..m-1`` in list order (dangling ones left out).
    """

    step_ids: list[str]
    index: dict[str, int]
    kinds: list[StepKind]
    step_volumes: list[int | None]
    edge_ids: list[str]
    edge_source: list[int]
    edge_target: list[int]
    edge_volume: list[int | None]
    edge_share: list[float | None]
    out_edges: list[list[int]]
    in_edges: list[list[int]]
    dangling: list[str] = field(default_factory=list)
    _components: list[list[int]] | None = field(default=None, repr=False)

    @property
    def n_steps(self) -> int:
        return len(self.step_ids)

    @property
    def n_edges(self) -> int:
        return len(self.edge_ids)

    def components(self) -> list[list[int]]:
        """:func:`components_in_order` of this graph, worked out once."""
        if self._components is None:
            self._components = components_in_order(self)
        return self._components

    def start_indices(self) -> list[int]:
        """Steps of kind "start"; when there are none, the steps nothing leads to."""
        starts = [i for i, kind in enumerate(self.kinds) if kind == StepKind.START]
        if starts:
            return starts
        return [i for i in range(self.n_steps) if not self.in_edges[i]]

    def has_declared_start(self) -> bool:
        return any(kind == StepKind.START for kind in self.kinds)


def index_journey(journey: Journey) -> JourneyGraph:
    """Number a journey's steps and transitions for the analysis.

    Parameters
    ----------
    journey : Journey
        The journey to index.

    Returns
    -------
    JourneyGraph
        Steps in map order with their in- and out-going transitions.

    Examples
    --------
    >>> from journeymap.model import Journey, Stage, Step, Transition
    >>> j = Journey(stages=[Stage(id="s", name="S")],
    ...             steps=[Step(id="a", title="A", stage_id="s"),
    ...                    Step(id="b", title="B", stage_id="s")],
    ...             transitions=[Transition(id="t1", source="a", target="b"),
    ...                          Transition(id="t2", source="a", target="x")])
    >>> g = index_journey(j)
    >>> g.step_ids, g.out_edges, g.dangling
    (['a', 'b'], [[0], []], ['t2'])
    """
    steps = journey.ordered_steps()
    step_ids: list[str] = []
    kinds: list[StepKind] = []
    volumes: list[int | None] = []
    index: dict[str, int] = {}
    for i, s in enumerate(paced(steps)):
        step_ids.append(s.id)
        kinds.append(s.kind)
        volumes.append(s.volume)
        index.setdefault(s.id, i)
    n = len(step_ids)
    graph = JourneyGraph(
        step_ids=step_ids,
        index=index,
        kinds=kinds,
        step_volumes=volumes,
        edge_ids=[],
        edge_source=[],
        edge_target=[],
        edge_volume=[],
        edge_share=[],
        out_edges=[[] for _ in range(n)],
        in_edges=[[] for _ in range(n)],
    )
    for t in paced(journey.transitions):
        src = index.get(t.source)
        dst = index.get(t.target)
        if src is None or dst is None:
            graph.dangling.append(t.id)
            continue
        e = len(graph.edge_ids)
        graph.edge_ids.append(t.id)
        graph.edge_source.append(src)
        graph.edge_target.append(dst)
        graph.edge_volume.append(t.volume)
        graph.edge_share.append(t.share)
        graph.out_edges[src].append(e)
        graph.in_edges[dst].append(e)
    return graph


def build_graph(journey: Journey) -> nx.DiGraph:
    """The journey as a :class:`networkx.DiGraph`.

    Nodes are step ids with the attributes ``title``, ``kind``, ``stage_id``,
    ``channel_id`` and ``volume``. Edges carry ``transitions`` (the ids of the
    transitions between the two steps, usually one), ``volume`` (their summed
    volumes, or ``None`` when one is missing) and ``share`` (likewise).

    Examples
    --------
    >>> from journeymap.model import Journey, Stage, Step, Transition
    >>> j = Journey(stages=[Stage(id="s", name="S")],
    ...             steps=[Step(id="a", title="A", stage_id="s", kind="start"),
    ...                    Step(id="b", title="B", stage_id="s")],
    ...             transitions=[Transition(id="t1", source="a", target="b", share=0.6)])
    >>> g = build_graph(j)
    >>> sorted(g.nodes), g.edges["a", "b"]["share"], g.nodes["a"]["kind"]
    (['a', 'b'], 0.6, 'start')
    """
    import networkx as nx  # here: the analysis itself runs on index_journey's form

    graph = nx.DiGraph(title=journey.title)
    for step in journey.ordered_steps():
        graph.add_node(
            step.id,
            title=step.title,
            kind=str(step.kind),
            stage_id=step.stage_id,
            channel_id=step.channel_id,
            volume=step.volume,
        )
    for t in journey.transitions:
        if t.source not in graph or t.target not in graph:
            continue
        if graph.has_edge(t.source, t.target):
            data = graph.edges[t.source, t.target]
            data["transitions"] = (*data["transitions"], t.id)
            data["volume"] = _add(data["volume"], t.volume)
            data["share"] = _add(data["share"], t.share)
        else:
            graph.add_edge(t.source, t.target, transitions=(t.id,), volume=t.volume, share=t.share)
    return graph


def _add(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else a + b


def components_in_order(graph: JourneyGraph) -> list[list[int]]:
    """Strongly connected components in topological order of the condensation.

    Every transition goes from a component to itself or to a later one. Within
    a component the steps are in map order; among components that could come in
    either order, the one holding the earlier step in map order comes first.

    Examples
    --------
    >>> from journeymap.model import Journey, Stage, Step, Transition
    >>> j = Journey(stages=[Stage(id="s", name="S")],
    ...             steps=[Step(id=x, title=x, stage_id="s") for x in "abc"],
    ...             transitions=[Transition(id="1", source="a", target="b"),
    ...                          Transition(id="2", source="b", target="c"),
    ...                          Transition(id="3", source="c", target="b")])
    >>> components_in_order(index_journey(j))
    [[0], [1, 2]]
    """
    n = graph.n_steps
    if n == 0:
        return []
    count, labels = _strong_labels(graph)
    members: list[list[int]] = [[] for _ in range(count)]
    for node, label in enumerate(paced(labels)):
        members[label].append(node)
    successors: list[list[int]] = [[] for _ in range(count)]
    indegree = [0] * count
    for a, b in paced(zip(graph.edge_source, graph.edge_target, strict=True)):
        la, lb = labels[a], labels[b]
        if la != lb:
            successors[la].append(lb)
            indegree[lb] += 1
    # Kahn's algorithm; the heap keeps ties in map order (members[c][0] is the
    # component's first step in map order).
    ready = [(members[c][0], c) for c in paced(range(count)) if indegree[c] == 0]
    heapq.heapify(ready)
    order: list[list[int]] = []
    while ready:
        if not len(order) % EVERY:
            checkpoint()
        _, comp = heapq.heappop(ready)
        order.append(members[comp])
        for nxt in successors[comp]:
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                heapq.heappush(ready, (members[nxt][0], nxt))
    return order


def _strong_labels(graph: JourneyGraph) -> tuple[int, list[int]]:
    """Tarjan's strongly connected components, without recursion: the number of
    components and each step's component. Linear in steps and transitions, in
    plain Python, so that checking a journey needs neither NumPy nor SciPy."""
    n = graph.n_steps
    out_edges, edge_target = graph.out_edges, graph.edge_target
    order = [-1] * n
    low = [0] * n
    label = [-1] * n
    on_stack = [False] * n
    stack: list[int] = []
    counter = count = ticks = 0
    for root in range(n):
        if order[root] != -1:
            continue
        order[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack[root] = True
        work = [(root, 0)]
        while work:
            ticks += 1
            if not ticks % EVERY:
                checkpoint()  # every so many edges followed or steps finished
            node, i = work[-1]
            edges = out_edges[node]
            if i < len(edges):
                work[-1] = (node, i + 1)
                target = edge_target[edges[i]]
                if order[target] == -1:
                    order[target] = low[target] = counter
                    counter += 1
                    stack.append(target)
                    on_stack[target] = True
                    work.append((target, 0))
                elif on_stack[target] and order[target] < low[node]:
                    low[node] = order[target]
                continue
            work.pop()
            if work and low[node] < low[work[-1][0]]:
                low[work[-1][0]] = low[node]
            if low[node] == order[node]:
                while True:
                    member = stack.pop()
                    on_stack[member] = False
                    label[member] = count
                    if member == node:
                        break
                count += 1
    return count, label


def reachable(graph: JourneyGraph, sources: list[int]) -> list[bool]:
    """Which steps can be reached from ``sources`` by following transitions.

    Examples
    --------
    >>> from journeymap.model import Journey, Stage, Step, Transition
    >>> j = Journey(stages=[Stage(id="s", name="S")],
    ...             steps=[Step(id=x, title=x, stage_id="s") for x in "abc"],
    ...             transitions=[Transition(id="1", source="a", target="b")])
    >>> reachable(index_journey(j), [0])
    [True, True, False]
    """
    seen = [False] * graph.n_steps
    queue = deque(sources)
    for s in sources:
        seen[s] = True
    done = 0
    while queue:
        done += 1
        if not done % EVERY:
            checkpoint()
        node = queue.popleft()
        for e in graph.out_edges[node]:
            target = graph.edge_target[e]
            if not seen[target]:
                seen[target] = True
                queue.append(target)
    return seen
