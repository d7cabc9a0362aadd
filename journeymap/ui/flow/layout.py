"""Automatic left-to-right layout of a journey as a layered graph (no Qt).

The flow view draws steps as nodes and transitions as edges. This module decides
where the nodes go, in the manner of Sugiyama's layered drawing:

1. **Cycle breaking.** A transition into an earlier stage is a back edge. Within
   a stage, a depth-first search (start steps first, then map order) marks the
   edges that close a loop as back edges. What remains is acyclic.
2. **Layering.** Stages are bands of columns in stage order: every step of a
   stage sits right of every step of the stages before it. Within its band a
   step sits one column right of its furthest predecessor (longest path, taken
   from a topological order computed by networkx).
3. **Crossing reduction.** Edges spanning several columns get invisible bend
   points, one per column; then barycenter sweeps (left to right, right to left)
   reorder each column, keeping the order with the fewest crossings.
4. **Coordinates.** Columns are spaced evenly; within a column nodes keep their
   order and are pulled towards the mean height of their neighbours (an
   isotonic fit), so chains run straight.

Back edges and self-loops are left to the view, which draws them as curves.
The result is deterministic: the same journey always gives the same picture.

Positions are node **centres** in scene units.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from journeymap.model import Journey, StepKind

__all__ = [
    "FlowLayout",
    "LayoutSpacing",
    "layered_layout",
    "layout_journey",
    "place_missing",
]

Point = tuple[float, float]


@dataclass(frozen=True)
class LayoutSpacing:
    """Node size and gaps, in scene units."""

    node_width: float = 210.0
    node_height: float = 96.0
    """Room for three lines of title, or two and the channel and drop-off lines,
    at the smallest zoom that keeps titles legible (see ``flow.view``)."""
    column_gap: float = 90.0
    """Horizontal space between two columns of nodes (room for edge labels)."""
    row_gap: float = 30.0
    """Vertical space between two nodes of a column."""
    bend_slot: float = 14.0
    """Vertical room an edge passing through a column takes there."""

    @property
    def column_step(self) -> float:
        return self.node_width + self.column_gap

    @property
    def row_step(self) -> float:
        return self.node_height + self.row_gap


@dataclass(frozen=True)
class FlowLayout:
    """Where every node goes.

    Attributes
    ----------
    positions
        Node id -> centre ``(x, y)``.
    columns
        Node id -> column index (0 = leftmost).
    back_edges
        The ``(source, target)`` pairs treated as going backwards (loops and
        transitions into an earlier stage), in input order.
    crossings
        Edge crossings between adjacent columns after crossing reduction.
    """

    positions: dict[str, Point]
    columns: dict[str, int]
    back_edges: tuple[tuple[str, str], ...]
    crossings: int


def layout_journey(journey: Journey, spacing: LayoutSpacing | None = None) -> FlowLayout:
    """Lay out every step of ``journey``, left to right, stages as column bands.

    Parameters
    ----------
    journey
        The journey; steps are taken in map order (``journey.ordered_steps()``).
    spacing
        Node size and gaps; the defaults suit the flow view.

    Returns
    -------
    FlowLayout
    """
    steps = journey.ordered_steps()
    stage_rank = {stage.id: i for i, stage in enumerate(journey.stages)}
    groups = {s.id: stage_rank.get(s.stage_id, len(stage_rank)) for s in steps}
    first = [s.id for s in steps if s.kind == StepKind.START]
    edges = [(t.source, t.target) for t in journey.transitions]
    return layered_layout([s.id for s in steps], edges, groups=groups, first=first, spacing=spacing)


def layered_layout(
    nodes: Sequence[str],
    edges: Iterable[tuple[str, str]],
    *,
    groups: Mapping[str, int] | None = None,
    first: Iterable[str] = (),
    spacing: LayoutSpacing | None = None,
    sweeps: int = 8,
) -> FlowLayout:
    """Layered left-to-right layout of a directed graph.

    Parameters
    ----------
    nodes
        Node ids; their order breaks every tie, so equal input gives an equal layout.
    edges
        ``(source, target)`` pairs; self-loops, duplicates and edges naming
        unknown nodes are ignored for placement.
    groups
        Node -> group rank (the stage order). Groups become bands of columns,
        left to right; a node without a group is in group 0.
    first
        Nodes to start the loop search from (start steps), so loops are broken
        at the edge that returns to them rather than at the edge leaving them.
    spacing
        Node size and gaps.
    sweeps
        Number of barycenter sweeps for crossing reduction.

    Returns
    -------
    FlowLayout

    Examples
    --------
    >>> layout = layered_layout(["a", "b", "c"], [("a", "b"), ("b", "c"), ("c", "b")])
    >>> [layout.columns[n] for n in "abc"]
    [0, 1, 2]
    >>> layout.back_edges
    (('c', 'b'),)
    """
    spacing = spacing or LayoutSpacing()
    names = list(dict.fromkeys(nodes))
    index = {name: i for i, name in enumerate(names)}
    group = [int(groups.get(name, 0)) if groups else 0 for name in names]
    pairs = _clean_edges(edges, index)
    back = _back_edges(len(names), pairs, group, [index[n] for n in first if n in index])
    forward = [e for e in pairs if e not in back]
    column = _columns(len(names), forward, group)
    order, links, crossings = _order_columns(column, forward, sweeps)
    ys = _heights(order, links, len(names), spacing)
    positions = {
        names[i]: (column[i] * spacing.column_step + spacing.node_width / 2, ys[i])
        for i in range(len(names))
    }
    back_pairs = tuple((names[u], names[v]) for u, v in pairs if (u, v) in back)
    return FlowLayout(
        positions=positions,
        columns={names[i]: column[i] for i in range(len(names))},
        back_edges=back_pairs,
        crossings=crossings,
    )


def _clean_edges(
    edges: Iterable[tuple[str, str]], index: Mapping[str, int]
) -> list[tuple[int, int]]:
    seen: dict[tuple[int, int], None] = {}
    for source, target in edges:
        u, v = index.get(source), index.get(target)
        if u is not None and v is not None and u != v:
            seen.setdefault((u, v), None)
    return list(seen)


def _back_edges(
    n: int, pairs: list[tuple[int, int]], group: list[int], first: list[int]
) -> set[tuple[int, int]]:
    """Edges into an earlier group, and the edges closing loops within a group."""
    back = {(u, v) for u, v in pairs if group[v] < group[u]}
    inner: list[list[int]] = [[] for _ in range(n)]
    has_inner_pred = [False] * n
    for u, v in pairs:
        if group[u] == group[v]:
            inner[u].append(v)
            has_inner_pred[v] = True
    for targets in inner:
        targets.sort()
    starts = set(first)
    roots = sorted(range(n), key=lambda i: (group[i], i not in starts, has_inner_pred[i], i))
    state = [0] * n  # 0 unseen, 1 on the stack, 2 done
    for root in roots:
        if state[root]:
            continue
        state[root] = 1
        stack = [(root, 0)]
        while stack:
            node, k = stack[-1]
            if k < len(inner[node]):
                stack[-1] = (node, k + 1)
                nxt = inner[node][k]
                if state[nxt] == 1:
                    back.add((node, nxt))
                elif state[nxt] == 0:
                    state[nxt] = 1
                    stack.append((nxt, 0))
            else:
                state[node] = 2
                stack.pop()
    return back


def _columns(n: int, forward: list[tuple[int, int]], group: list[int]) -> list[int]:
    """Columns for the acyclic edges, each group a band right of the groups before it.

    Longest path first (every node right of its predecessors), then nodes that
    nothing leads to move right next to their successors, so their edges stay
    short.
    """
    import networkx as nx  # here, not at start-up: the flow view is opened later

    graph = nx.DiGraph()
    graph.add_nodes_from(range(n))
    graph.add_edges_from(forward)
    # Forward edges never point into an earlier group, so the (group, order)
    # topological order finishes each group before the next begins.
    topo = list(nx.lexicographical_topological_sort(graph, key=lambda i: (group[i], i)))
    preds: list[list[int]] = [[] for _ in range(n)]
    succs: list[list[int]] = [[] for _ in range(n)]
    for u, v in forward:
        preds[v].append(u)
        succs[u].append(v)
    column = [0] * n
    band_end: dict[int, int] = {}
    band_start, furthest = 0, -1
    for node in topo:
        if group[node] not in band_end:
            band_start = furthest + 1
        column[node] = max([band_start] + [column[p] + 1 for p in preds[node]])
        furthest = max(furthest, column[node])
        band_end[group[node]] = furthest
    for node in reversed(topo):
        if succs[node] and not preds[node]:
            latest = min(column[s] for s in succs[node]) - 1
            column[node] = max(column[node], min(latest, band_end[group[node]]))
    return column


def _order_columns(
    column: list[int], forward: list[tuple[int, int]], sweeps: int
) -> tuple[list[list[int]], list[list[int]], int]:
    """Order the nodes of each column by barycenter sweeps.

    Returns the columns (lists of vertex numbers: nodes, then bend points),
    the neighbours of every vertex in both directions, and the crossings left.
    """
    width = max(column, default=-1) + 1
    col = list(column)
    up: list[list[int]] = [[] for _ in col]  # neighbours in the column to the left
    down: list[list[int]] = [[] for _ in col]  # neighbours in the column to the right
    for u, v in forward:
        prev = u
        for c in range(col[u] + 1, col[v]):
            bend = len(col)
            col.append(c)
            up.append([prev])
            down.append([])
            down[prev].append(bend)
            prev = bend
        down[prev].append(v)
        up[v].append(prev)
    order: list[list[int]] = [[] for _ in range(width)]
    for vertex, c in enumerate(col):
        order[c].append(vertex)
    pos = [0.0] * len(col)
    _renumber(order, pos)
    best = [list(layer) for layer in order]
    best_crossings = _count_crossings(order, down, pos)
    for sweep in range(sweeps):
        left_to_right = sweep % 2 == 0
        layers = range(1, width) if left_to_right else range(width - 2, -1, -1)
        neighbours = up if left_to_right else down
        for c in layers:
            layer = order[c]
            keys = {}
            for vertex in layer:
                near = neighbours[vertex]
                keys[vertex] = sum(pos[w] for w in near) / len(near) if near else pos[vertex]
            layer.sort(key=keys.__getitem__)
            for i, vertex in enumerate(layer):
                pos[vertex] = i
        if left_to_right and sweep + 1 < sweeps:
            continue  # judge each left-right-left round as a whole
        crossings = _count_crossings(order, down, pos)
        if crossings < best_crossings:
            best, best_crossings = [list(layer) for layer in order], crossings
        if best_crossings == 0:
            break
    links = [up[i] + down[i] for i in range(len(col))]
    return best, links, best_crossings


def _renumber(order: list[list[int]], pos: list[float]) -> None:
    for layer in order:
        for i, vertex in enumerate(layer):
            pos[vertex] = i


def _count_crossings(order: list[list[int]], down: list[list[int]], pos: list[float]) -> int:
    """Crossings between every pair of adjacent columns (inversion count)."""
    total = 0
    for layer in order[:-1]:
        targets = [int(pos[w]) for v in layer for w in sorted(down[v], key=pos.__getitem__)]
        total += _inversions(targets)
    return total


def _inversions(values: list[int]) -> int:
    if len(values) < 2:
        return 0
    size = max(values) + 1
    tree = [0] * (size + 1)
    count = 0
    for seen, value in enumerate(values):
        # Earlier entries greater than this one cross it.
        i, not_greater = value + 1, 0
        while i > 0:
            not_greater += tree[i]
            i -= i & -i
        count += seen - not_greater
        i = value + 1
        while i <= size:
            tree[i] += 1
            i += i & -i
    return count


def _heights(
    order: list[list[int]], links: list[list[int]], n_nodes: int, spacing: LayoutSpacing
) -> list[float]:
    """Vertical centres: keep each column's order, pull nodes level with neighbours."""
    n = len(links)
    slot = [spacing.row_step if v < n_nodes else spacing.bend_slot for v in range(n)]
    y = [0.0] * n
    # Distance of each vertex below the first of its column when packed tightly.
    offsets: list[list[float]] = []
    for layer in order:
        packed, offset = [], 0.0
        for i, vertex in enumerate(layer):
            if i:
                offset += (slot[layer[i - 1]] + slot[vertex]) / 2
            packed.append(offset)
        offsets.append(packed)
        for vertex, off in zip(layer, packed, strict=True):
            y[vertex] = off - offset / 2
    columns = list(zip(order, offsets, strict=True))
    for _ in range(4):
        for layer, packed in columns:
            _settle(layer, packed, links, y)
        for layer, packed in reversed(columns):
            _settle(layer, packed, links, y)
    top = min((y[v] for v in range(n_nodes)), default=0.0)
    shift = spacing.node_height / 2 - top
    return [y[v] + shift for v in range(n_nodes)]


def _settle(layer: list[int], packed: list[float], links: list[list[int]], y: list[float]) -> None:
    """Move a column's vertices towards their neighbours' mean height without
    changing their order or letting them overlap (pool-adjacent-violators)."""
    blocks: list[list[float]] = []  # [sum, count]
    for vertex, off in zip(layer, packed, strict=True):
        near = links[vertex]
        if near:
            total = 0.0
            for w in near:
                total += y[w]
            want = total / len(near)
        else:
            want = y[vertex]
        blocks.append([want - off, 1.0])
        while len(blocks) > 1 and blocks[-2][0] * blocks[-1][1] > blocks[-1][0] * blocks[-2][1]:
            total, count = blocks.pop()
            blocks[-1][0] += total
            blocks[-1][1] += count
    i = 0
    for total, count in blocks:
        level = total / count
        for _ in range(int(count)):
            y[layer[i]] = level + packed[i]
            i += 1


def place_missing(
    auto: Mapping[str, Point],
    saved: Mapping[str, Point],
    edges: Iterable[tuple[str, str]],
    spacing: LayoutSpacing | None = None,
) -> dict[str, Point]:
    """Positions for every node of ``auto``: saved ones kept, the others placed.

    A node without a saved position goes where the layout put it, shifted as its
    saved neighbours were shifted by the user (or, without such neighbours, as
    the saved nodes were on the whole), then moved down until it overlaps no
    other node.

    Parameters
    ----------
    auto
        Node -> centre from :func:`layered_layout`.
    saved
        Node -> centre the user chose; these are returned unchanged.
    edges
        ``(source, target)`` pairs, to find a node's neighbours.
    spacing
        Node size and gaps.

    Returns
    -------
    dict
        Node -> centre, for every node of ``auto``.
    """
    spacing = spacing or LayoutSpacing()
    result = {node: saved[node] for node in auto if node in saved}
    missing = [node for node in auto if node not in saved]
    if not missing:
        return result
    if not result:
        return {node: auto[node] for node in auto}
    shifts = {n: (result[n][0] - auto[n][0], result[n][1] - auto[n][1]) for n in result}
    neighbours: dict[str, list[str]] = {}
    for source, target in edges:
        neighbours.setdefault(source, []).append(target)
        neighbours.setdefault(target, []).append(source)
    overall = (_median([s[0] for s in shifts.values()]), _median([s[1] for s in shifts.values()]))
    grid = _Grid(spacing)
    for point in result.values():
        grid.add(point)
    for node in missing:
        near = [shifts[m] for m in neighbours.get(node, ()) if m in shifts]
        dx, dy = (
            (sum(s[0] for s in near) / len(near), sum(s[1] for s in near) / len(near))
            if near
            else overall
        )
        x, y = auto[node][0] + dx, auto[node][1] + dy
        while grid.overlaps((x, y)):
            y += spacing.row_step
        result[node] = (x, y)
        grid.add((x, y))
    return {node: result[node] for node in auto}


def _median(values: list[float]) -> float:
    values = sorted(values)
    mid = len(values) // 2
    return values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2


class _Grid:
    """Occupied node rectangles, bucketed so an overlap test looks at few nodes."""

    def __init__(self, spacing: LayoutSpacing):
        self.w = spacing.node_width + spacing.row_gap / 2
        self.h = spacing.node_height + spacing.row_gap / 2
        self.cells: dict[tuple[int, int], list[Point]] = {}

    def _cell(self, point: Point) -> tuple[int, int]:
        return (int(point[0] // self.w), int(point[1] // self.h))

    def add(self, point: Point) -> None:
        self.cells.setdefault(self._cell(point), []).append(point)

    def overlaps(self, point: Point) -> bool:
        cx, cy = self._cell(point)
        for i in (cx - 1, cx, cx + 1):
            for j in (cy - 1, cy, cy + 1):
                for other in self.cells.get((i, j), ()):
                    if abs(other[0] - point[0]) < self.w and abs(other[1] - point[1]) < self.h:
                        return True
        return False
