"""Geometry of the flow view, without Qt: edge curves, label places, and a grid
that finds the nodes in an area quickly.

Points are ``(x, y)`` tuples in scene units; nodes are known by their centres
and have the size of :class:`~journeymap.ui.flow.layout.LayoutSpacing`.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable

from journeymap.ui.flow.layout import LayoutSpacing

__all__ = [
    "Box",
    "Curve",
    "LabelGrid",
    "NodeGrid",
    "Point",
    "bezier_point",
    "edge_curve",
    "label_point",
    "overlap",
]

SPACING = LayoutSpacing()
NODE_W = SPACING.node_width
NODE_H = SPACING.node_height

Point = tuple[float, float]
Box = tuple[float, float, float, float]
"""A rectangle as ``(left, top, right, bottom)``."""
Curve = tuple[Point, Point, Point, Point]
"""A cubic Bézier curve: start, two control points, end."""


def bezier_point(curve: Curve, u: float) -> Point:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = curve
    v = 1 - u
    a, b, c, d = v * v * v, 3 * v * v * u, 3 * v * u * u, u * u * u
    return (a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3)


def label_point(curve: Curve, backward: bool) -> Point:
    """Where an edge's label goes: mid-curve, or for a long forward edge in the
    gap just after its source, where it is not hidden under other nodes."""
    start, end = curve[0], curve[3]
    if backward or end[0] - start[0] < SPACING.column_step:
        return bezier_point(curve, 0.5)
    wanted = start[0] + SPACING.column_gap * 0.55
    low, high = 0.0, 0.5
    for _ in range(12):  # x grows along a forward curve: bisect for the wanted x
        mid = (low + high) / 2
        if bezier_point(curve, mid)[0] < wanted:
            low = mid
        else:
            high = mid
    return bezier_point(curve, low)


def edge_curve(
    s: Point,
    t: Point,
    self_loop: bool,
    below: bool = True,
    ports: tuple[float, float] = (0.0, 0.0),
) -> tuple[Curve, bool]:
    """The cubic curve of an edge from the node centres ``s`` to ``t``, and whether
    it runs backwards. A backward edge swings under both nodes, or over them when
    ``below`` is False; a forward edge leaves and enters at the given vertical
    port offsets."""
    (sx, sy), (tx, ty) = s, t
    half_w, half_h = NODE_W / 2, NODE_H / 2
    if self_loop:  # a small loop over the top right corner
        start = (sx + half_w * 0.45, sy - half_h)
        end = (sx + half_w, sy - half_h * 0.35)
        return (start, (start[0] + 4, start[1] - 38), (end[0] + 38, end[1] - 4), end), True
    dx = tx - sx
    if dx >= NODE_W * 0.75:
        start = (sx + half_w, sy + ports[0])
        end = (tx - half_w, ty + ports[1])
        bend = max(40.0, (end[0] - start[0]) * 0.45)
        return (start, (start[0] + bend, start[1]), (end[0] - bend, end[1]), end), False
    if abs(dx) < NODE_W * 0.75:
        # Roughly above one another: out of the right side, round, back in.
        down = 1 if ty > sy else -1
        start = (sx + half_w, sy + down * half_h * 0.3)
        end = (tx + half_w, ty - down * half_h * 0.3)
        reach = max(start[0], end[0]) + 40 + abs(ty - sy) * 0.12
        return (start, (reach, start[1]), (reach, end[1]), end), dx < 0 or down < 0
    # Target to the left: leave from the bottom (top), swing round, come into it.
    sign = 1 if below else -1
    start = (sx - half_w * 0.3, sy + sign * half_h)
    end = (tx + half_w * 0.3, ty + sign * half_h)
    swing = 45 + min(160.0, abs(dx) * 0.08)
    level = max(start[1], end[1]) + swing if below else min(start[1], end[1]) - swing
    return (start, (start[0], level), (end[0], level), end), True


class NodeGrid:
    """Node centres filed by grid cell, so that "which nodes overlap this area"
    looks at a few cells instead of every node."""

    def __init__(self, spacing: LayoutSpacing = SPACING):
        self.spacing = spacing
        self._cells: dict[tuple[int, int], dict[Hashable, Point]] = {}
        self._where: dict[Hashable, tuple[int, int]] = {}

    def _cell(self, x: float, y: float) -> tuple[int, int]:
        return (math.floor(x / self.spacing.column_step), math.floor(y / self.spacing.row_step))

    def clear(self) -> None:
        self._cells.clear()
        self._where.clear()

    def file(self, key: Hashable, x: float, y: float) -> None:
        """Record (or move) the node ``key`` centred at ``(x, y)``."""
        self.remove(key)
        cell = self._cell(x, y)
        self._cells.setdefault(cell, {})[key] = (x, y)
        self._where[key] = cell

    def remove(self, key: Hashable) -> None:
        cell = self._where.pop(key, None)
        if cell is not None:
            self._cells[cell].pop(key, None)

    def count(
        self, left: float, top: float, right: float, bottom: float, exclude: Iterable = ()
    ) -> int:
        """How many nodes overlap the rectangle, leaving out ``exclude``.

        >>> grid = NodeGrid()
        >>> grid.file("a", 0, 0); grid.file("b", 1000, 0)
        >>> grid.count(-10, -10, 10, 10), grid.count(-10, -10, 10, 10, exclude=["a"])
        (1, 0)
        """
        half_w, half_h = self.spacing.node_width / 2, self.spacing.node_height / 2
        x0, y0 = self._cell(left - half_w, top - half_h)
        x1, y1 = self._cell(right + half_w, bottom + half_h)
        skip = set(exclude)
        count = 0
        for i in range(x0, x1 + 1):
            for j in range(y0, y1 + 1):
                for key, (x, y) in self._cells.get((i, j), {}).items():
                    if key in skip:
                        continue
                    if (
                        x + half_w > left
                        and x - half_w < right
                        and y + half_h > top
                        and y - half_h < bottom
                    ):
                        count += 1
        return count

    def covered(self, box: Box) -> float:
        """The area of ``box`` that nodes cover.

        >>> grid = NodeGrid()
        >>> grid.file("a", 0, 0)
        >>> grid.covered((0, 0, 10, 10)), grid.covered((500, 0, 510, 10))
        (100.0, 0.0)
        """
        left, top, right, bottom = box
        half_w, half_h = self.spacing.node_width / 2, self.spacing.node_height / 2
        x0, y0 = self._cell(left - half_w, top - half_h)
        x1, y1 = self._cell(right + half_w, bottom + half_h)
        area = 0.0
        for i in range(x0, x1 + 1):
            for j in range(y0, y1 + 1):
                for x, y in self._cells.get((i, j), {}).values():
                    area += overlap(box, (x - half_w, y - half_h, x + half_w, y + half_h))
        return area


def overlap(a: Box, b: Box) -> float:
    """The area two boxes share.

    >>> overlap((0, 0, 10, 10), (5, 5, 20, 20)), overlap((0, 0, 1, 1), (2, 2, 3, 3))
    (25.0, 0.0)
    """
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return float(w * h) if w > 0 and h > 0 else 0.0


class LabelGrid:
    """Edge labels filed by grid cell, so that "which labels does this box
    touch" looks at a few cells instead of every label.

    >>> labels = LabelGrid()
    >>> labels.file("t1", (0, 0, 40, 16))
    >>> labels.covered((30, 10, 70, 26)), labels.covered((30, 10, 70, 26), exclude="t1")
    (60.0, 0.0)
    >>> labels.file("t1", (100, 0, 140, 16)); labels.covered((30, 10, 70, 26))
    0.0
    """

    CELL = 64.0

    def __init__(self) -> None:
        self._cells: dict[tuple[int, int], dict[Hashable, Box]] = {}
        self._where: dict[Hashable, tuple[Box, list[tuple[int, int]]]] = {}

    def _span(self, box: Box) -> list[tuple[int, int]]:
        c = self.CELL
        return [
            (i, j)
            for i in range(math.floor(box[0] / c), math.floor(box[2] / c) + 1)
            for j in range(math.floor(box[1] / c), math.floor(box[3] / c) + 1)
        ]

    def file(self, key: Hashable, box: Box) -> None:
        """Record (or move) the label ``key`` at ``box``."""
        self.remove(key)
        cells = self._span(box)
        for cell in cells:
            self._cells.setdefault(cell, {})[key] = box
        self._where[key] = (box, cells)

    def remove(self, key: Hashable) -> None:
        _, cells = self._where.pop(key, ((0.0, 0.0, 0.0, 0.0), []))
        for cell in cells:
            self._cells[cell].pop(key, None)

    def covered(self, box: Box, exclude: Hashable = None) -> float:
        """The area of ``box`` that other labels cover (``exclude`` left out)."""
        seen: dict[Hashable, Box] = {}
        for cell in self._span(box):
            seen.update(self._cells.get(cell, {}))
        seen.pop(exclude, None)
        return sum((overlap(box, other) for other in seen.values()), 0.0)
