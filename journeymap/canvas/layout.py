"""Where everything on the map goes: pure geometry, no Qt.

The map is a grid. Stages are column groups in stage order; every step gets one
column of its stage (map order: :meth:`Journey.ordered_steps`); an empty stage
keeps one empty column so it can receive steps. Lanes are rows in the order of
``journey.lanes``; hidden lanes take no space. Coordinates are scene units
(pixels at 96 dpi), ``x`` to the right and ``y`` down, with the lane labels in a
gutter left of ``x = GUTTER``.

Transitions are routed here too (:func:`route_transition`), as cubic curves
given by four points: forward moves to the next column run straight between the
cards; longer forward jumps arc above the cards; backward moves (loops) arc below
them; a step that leads to itself gets a small loop on its corner.
"""

from __future__ import annotations

import bisect
import functools
import math
from dataclasses import dataclass, field

from journeymap.model.journey import Journey, Lane

__all__ = [
    "CARD_H",
    "COLUMN_W",
    "GUTTER",
    "HEADER_H",
    "RATINGS_TOP",
    "RATING_ROW_H",
    "Box",
    "LabelSpreader",
    "LaneRow",
    "MapLayout",
    "Route",
    "compute_layout",
    "lane_height",
    "route_kind",
    "route_transition",
]

GUTTER = 168.0
HEADER_H = 64.0
COLUMN_W = 216.0
COLUMN_GAP = 64.0
STAGE_PAD = 22.0
STAGE_GAP = 14.0
ARC_MARGIN = 50.0
CARD_H = 124.0
RATING_ROW_H = 26.0
RATINGS_TOP = 42.0
"""Where the first persona row starts below the top of the ratings lane."""
NO_STAGE = "\x00no-stage"

_FIXED_HEIGHTS = {
    Lane.STEPS: ARC_MARGIN + CARD_H + ARC_MARGIN,
    Lane.CHANNEL: 52.0,
    Lane.DOING: 84.0,
    Lane.THINKING: 84.0,
    Lane.FEELING: 84.0,
    Lane.EMOTION_CURVE: 240.0,
    Lane.PAIN_POINTS: 92.0,
    Lane.OPPORTUNITIES: 84.0,
    Lane.BACKSTAGE: 78.0,
    Lane.SERVICE_LEVEL: 48.0,
    Lane.COST: 72.0,
}


@dataclass(frozen=True)
class Box:
    """An axis-aligned rectangle."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2


@dataclass(frozen=True)
class LaneRow:
    lane: Lane
    y: float
    h: float


@dataclass
class MapLayout:
    """The geometry of one map; rebuilt (cheaply) after structural changes."""

    order: list[str] = field(default_factory=list)
    """Step ids in map order (left to right)."""
    column_x: dict[str, float] = field(default_factory=dict)
    """Left edge of each step's column."""
    step_stage: dict[str, str] = field(default_factory=dict)
    stages: dict[str, Box] = field(default_factory=dict)
    """Each stage's band, from the top of the header to the bottom of the map."""
    stage_order: list[str] = field(default_factory=list)
    stage_names: dict[str, str] = field(default_factory=dict)
    stage_counts: dict[str, int] = field(default_factory=dict)
    lanes: list[LaneRow] = field(default_factory=list)
    rating_rows: int = 1
    width: float = 0.0
    height: float = 0.0
    arc_margin: float = ARC_MARGIN
    """Room above the cards for the arcs of jumps (a poster gives each long jump
    a track of its own, see :func:`arc_tracks`)."""
    card_h: float = CARD_H
    """The height of every step card (a poster's cards grow to hold whole titles)."""

    def lane(self, lane: Lane) -> LaneRow | None:
        for row in self.lanes:
            if row.lane == lane:
                return row
        return None

    def index(self, step_id: str) -> int:
        return self._index[step_id]

    @property
    def xs(self) -> list[float]:
        """The left edge of every column in map order (sorted; read only)."""
        return self._xs

    @property
    def positions(self) -> dict[str, int]:
        """Each step's column number in map order (read only)."""
        return self._index

    def __post_init__(self) -> None:
        self._index: dict[str, int] = {}
        self._xs: list[float] = []
        self.card_top = HEADER_H + 8
        """The top of every step card (see :meth:`card`)."""

    def finish(self) -> None:
        self._index = {sid: i for i, sid in enumerate(self.order)}
        self._xs = [self.column_x[sid] for sid in self.order]
        row = self.lane(Lane.STEPS)
        self.card_top = row.y + self.arc_margin if row is not None else HEADER_H + 8

    def cell(self, step_id: str, lane: Lane) -> Box | None:
        """The cell of ``step_id`` in ``lane`` (``None`` when the lane is hidden)."""
        row = self.lane(lane)
        if row is None or step_id not in self.column_x:
            return None
        return Box(self.column_x[step_id], row.y, COLUMN_W, row.h)

    def column(self, step_id: str) -> Box:
        """The step's whole column below the headers."""
        return Box(self.column_x[step_id], HEADER_H, COLUMN_W, self.height - HEADER_H)

    def card(self, step_id: str) -> Box:
        """The step card (in the steps lane, or at the top when that lane is hidden)."""
        return Box(self.column_x[step_id], self.card_top, COLUMN_W, self.card_h)

    def header(self, stage_id: str) -> Box:
        band = self.stages[stage_id]
        return Box(band.x, 0.0, band.w, HEADER_H)

    def stage_at(self, x: float) -> str | None:
        """The stage whose band is nearest to ``x``."""
        best, best_d = None, math.inf
        for sid in self.stage_order:
            band = self.stages[sid]
            d = 0.0 if band.x <= x <= band.right else min(abs(x - band.x), abs(x - band.right))
            if d < best_d:
                best, best_d = sid, d
        return best

    def insertion_at(self, x: float, moving: str | None = None) -> tuple[str | None, str | None]:
        """Where a step dropped with its centre at ``x`` goes: ``(stage_id, before)``
        where ``before`` is the step it is put before (``None`` = the stage's end)."""
        stage = self.stage_at(x)
        if stage is None or stage == NO_STAGE:
            return None, None
        for sid in self.order:
            if sid == moving or self.step_stage.get(sid) != stage:
                continue
            if x < self.column_x[sid] + COLUMN_W / 2:
                return stage, sid
        return stage, None

    def columns_between(self, x0: float, x1: float) -> range:
        """Indexes (into :attr:`order`) of the columns overlapping ``x0..x1``."""
        lo = max(0, bisect.bisect_right(self._xs, x0 - COLUMN_W))
        hi = bisect.bisect_right(self._xs, x1)
        return range(lo, hi)


def lane_height(lane: Lane, rating_rows: int) -> float:
    if lane == Lane.RATINGS:
        return RATINGS_TOP + 6.0 + RATING_ROW_H * max(1, rating_rows)
    return _FIXED_HEIGHTS[lane]


def compute_layout(
    journey: Journey,
    rating_rows: int = 1,
    lane_heights: dict[Lane, float] | None = None,
    arc_margin: float = ARC_MARGIN,
    card_h: float = CARD_H,
) -> MapLayout:
    """The layout of ``journey`` with ``rating_rows`` persona rows in the ratings lane;
    ``lane_heights`` makes lanes taller than their usual height (a printed poster's
    lanes grow to hold their whole texts), ``card_h`` makes the step cards (and
    their lane) taller than :data:`CARD_H` (a poster's cards hold whole titles).

    Linear in the number of steps; 2,000 steps take a few milliseconds.
    """
    card_h = max(CARD_H, card_h)
    layout = MapLayout(
        rating_rows=rating_rows, arc_margin=max(ARC_MARGIN, arc_margin), card_h=card_h
    )
    by_stage: dict[str, list[str]] = {stage.id: [] for stage in journey.stages}
    orphans: list[str] = []
    for step in journey.steps:
        bucket = by_stage.get(step.stage_id)
        (bucket if bucket is not None else orphans).append(step.id)
    stage_list = [(stage.id, stage.name) for stage in journey.stages]
    if orphans:
        by_stage[NO_STAGE] = orphans
        stage_list.append((NO_STAGE, "No stage"))

    y = HEADER_H
    for setting in journey.lanes:
        if setting.visible:
            h = lane_height(setting.lane, rating_rows)
            if setting.lane == Lane.STEPS:
                h += layout.arc_margin - ARC_MARGIN + card_h - CARD_H
            if lane_heights:
                h = max(h, lane_heights.get(setting.lane, 0.0))
            layout.lanes.append(LaneRow(setting.lane, y, h))
            y += h
    layout.height = y + 12.0

    x = GUTTER
    for stage_id, name in stage_list:
        steps = by_stage[stage_id]
        start = x
        x += STAGE_PAD
        for i, step_id in enumerate(steps):
            if i:
                x += COLUMN_GAP
            layout.order.append(step_id)
            layout.column_x[step_id] = x
            layout.step_stage[step_id] = stage_id
            x += COLUMN_W
        if not steps:
            x += COLUMN_W
        x += STAGE_PAD
        layout.stages[stage_id] = Box(start, 0.0, x - start, layout.height)
        layout.stage_order.append(stage_id)
        layout.stage_names[stage_id] = name
        layout.stage_counts[stage_id] = len(steps)
        x += STAGE_GAP
    layout.width = x + 12.0
    layout.finish()
    return layout


@dataclass(frozen=True)
class Route:
    """A transition's path: a cubic curve ``p0 → p3`` with controls ``c1, c2``;
    ``kind`` is "next", "jump", "back" or "self"; ``label`` where the label goes."""

    kind: str
    p0: tuple[float, float]
    c1: tuple[float, float]
    c2: tuple[float, float]
    p3: tuple[float, float]
    label: tuple[float, float]


def _bezier(route_pts: tuple, t: float) -> tuple[float, float]:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = route_pts
    u = 1 - t
    return (
        u**3 * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t**3 * x3,
        u**3 * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t**3 * y3,
    )


def route_kind(layout: MapLayout, source: str, target: str) -> str:
    """ "self", "next" (to the next column), "jump" (further right) or "back"."""
    i, j = layout.index(source), layout.index(target)
    if i == j:
        return "self"
    if j == i + 1:
        return "next"
    return "jump" if j > i else "back"


TRACK_GAP = 14.0
"""Between two tracks of jump arcs on a poster."""


def arc_tracks(layout: MapLayout, jumps: list[tuple[str, str, str]]) -> dict[str, int]:
    """A track (0 = lowest) for each long forward jump ``(id, source, target)``
    spanning three or more columns, so no two jumps that overlap share one:
    shorter jumps get the lower tracks, and each takes the lowest track free
    over its whole span (greedy interval colouring).

    >>> layout = MapLayout(order=list("abcdefg"), column_x=dict.fromkeys("abcdefg", 0.0))
    >>> layout.finish()
    >>> arc_tracks(layout, [("t1", "a", "e"), ("t2", "b", "f"), ("t3", "f", "g")])
    {'t1': 0, 't2': 1}
    """
    taken: list[list[tuple[int, int]]] = []
    tracks: dict[str, int] = {}
    spans = []
    for tid, source, target in jumps:
        if source in layout.order and target in layout.order:
            i, j = layout.index(source), layout.index(target)
            if j - i >= 3:
                spans.append((j - i, i, j, tid))
    for _span, i, j, tid in sorted(spans):
        k = 0
        while k < len(taken) and any(i < b and a < j for a, b in taken[k]):
            k += 1
        if k == len(taken):
            taken.append([])
        taken[k].append((i, j))
        tracks[tid] = k
    return tracks


def route_transition(
    layout: MapLayout,
    source: str,
    target: str,
    slot: int = 0,
    slots: int = 1,
    track: int | None = None,
) -> Route | None:
    """The path of a transition from ``source`` to ``target``.

    ``slot`` of ``slots`` spreads several transitions leaving the same side of a
    card so they do not draw on top of each other; a long jump's ``track`` (from
    :func:`arc_tracks`) sets its height above the cards.
    """
    column_x, index = layout.column_x, layout.positions
    ax, bx = column_x.get(source), column_x.get(target)
    if ax is None or bx is None:
        return None
    top, h, w = layout.card_top, layout.card_h, COLUMN_W
    i, j = index[source], index[target]
    spread = (slot - (slots - 1) / 2) * 14.0 if slots > 1 else 0.0
    if i == j:
        x0, y0 = ax + w - 36, top
        x3, y3 = ax + w, top + 30
        pts = ((x0, y0), (x0 + 4, y0 - 34), (x3 + 34, y3 - 4), (x3, y3))
        return Route("self", *pts, label=(ax + w + 10, top - 14))
    if j == i + 1:
        cy = top + h / 2
        y = cy + spread
        pts = ((ax + w, y), (ax + w + 12, y), (bx - 12, cy), (bx, cy))
        return Route("next", *pts, label=((ax + w + bx) / 2, min(y, cy) - 12))
    span = abs(j - i)
    lift = min(ARC_MARGIN - 6, 10 + 8 * math.log2(span))
    if track is not None and j > i:
        lift = 26 + TRACK_GAP * track
    if j > i:
        x0 = ax + w * 0.6 + spread * 0.6
        x3 = bx + w * 0.3
        pts = ((x0, top), (x0 + 20, top - lift * 1.33), (x3 - 20, top - lift * 1.33), (x3, top))
        kind = "jump"
    else:
        x0 = ax + w * 0.4 + spread * 0.6
        x3 = bx + w * 0.7
        bottom = top + h
        pts = (
            (x0, bottom),
            (x0 - 20, bottom + lift * 1.33),
            (x3 + 20, bottom + lift * 1.33),
            (x3, bottom),
        )
        kind = "back"
    # Labels sit near the source end: long arcs share their middles, not their ends.
    t = 0.5 if span <= 2 else max(0.15, min(0.5, 110 / max(1.0, abs(x3 - x0))))
    return Route(kind, *pts, label=_bezier(pts, t))


class LabelSpreader:
    """Keeps the labels of arcs (jumps and loops) from covering each other: each
    label slides along its own curve until it finds a free place (or keeps its
    first place when there is none). Short arrows between neighbours keep theirs."""

    BUCKET = 400.0

    def __init__(self) -> None:
        self._placed: dict[int, list[tuple[float, float, float, float]]] = {}

    def _free(self, box: tuple[float, float, float, float]) -> bool:
        x0, y0, x1, y1 = box
        for b in range(int(x0 // self.BUCKET) - 1, int(x1 // self.BUCKET) + 2):
            for a0, b0, a1, b1 in self._placed.get(b, ()):
                if x0 < a1 and a0 < x1 and y0 < b1 and b0 < y1:
                    return False
        return True

    def _take(self, box: tuple[float, float, float, float]) -> None:
        self._placed.setdefault(int(box[0] // self.BUCKET), []).append(box)

    def avoid(self, box: tuple[float, float, float, float]) -> None:
        """Keep labels off ``box`` (x0, y0, x1, y1), such as a card's pain badge."""
        self._take(box)

    def place(self, route: Route, width: float) -> Route:
        """``route`` with its label moved to a free spot, which is then taken."""
        pts = (route.p0, route.c1, route.c2, route.p3)
        first = route.label
        if route.kind in ("jump", "back"):
            tries = (0.0, 0.08, -0.08, 0.16, -0.16, 0.24, 0.32, 0.4)
            base = _nearest_t(pts, first)
            for dt in tries:
                t = min(0.9, max(0.1, base + dt))
                x, y = _bezier(pts, t)
                box = (x - width / 2 - 2, y - 10, x + width / 2 + 2, y + 10)
                if self._free(box):
                    self._take(box)
                    return Route(route.kind, *pts, label=(x, y))
        x, y = first
        self._take((x - width / 2, y - 9, x + width / 2, y + 9))
        return route


def _nearest_t(pts: tuple, point: tuple[float, float]) -> float:
    """Where on the curve ``pts`` (as ``t``, in twentieths) it passes nearest
    to ``point``; the same for the curve and point moved together, so it is
    asked relative to the curve's start and remembered."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = pts
    return _nearest_t_from_start(
        (x1 - x0, y1 - y0), (x2 - x0, y2 - y0), (x3 - x0, y3 - y0), (point[0] - x0, point[1] - y0)
    )


@functools.lru_cache(maxsize=65536)
def _nearest_t_from_start(
    c1: tuple[float, float],
    c2: tuple[float, float],
    p3: tuple[float, float],
    point: tuple[float, float],
) -> float:
    pts = ((0.0, 0.0), c1, c2, p3)
    best, best_d = 0.5, math.inf
    for k in range(1, 20):
        t = k / 20
        x, y = _bezier(pts, t)
        d = (x - point[0]) ** 2 + (y - point[1]) ** 2
        if d < best_d:
            best, best_d = t, d
    return best
