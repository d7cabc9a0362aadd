"""The journey map as a ``QGraphicsScene``: stages as columns, lanes as rows.

A scene draws one journey, the highlights of an analysis (drop-off, pain
points, transition volumes, as :class:`~journeymap.canvas.marks.MapMarks`) and
view options (the persona shown, the look, recorded or direct painting). It
needs no window, no undo stack and no live analysis: the map image export
builds one and paints it offscreen, and the editor's
:class:`~journeymap.ui.map.scene.EditorMapScene` adds selection and editing
gestures on top.

Whoever changes the journey tells the scene what changed with
:meth:`MapScene.apply_change`; it refreshes only the items named in the change
(a renamed step repaints one card); added, removed or moved steps and stages
trigger a relayout, which only recomputes the grid and repositions items.
:meth:`MapScene.set_journey` rebuilds everything.
"""

from __future__ import annotations

import math
import time
from collections import defaultdict
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView

from journeymap.analysis import pace
from journeymap.analysis.evidence import FEW_ANSWERS, RatingEstimate, estimate
from journeymap.analysis.observed import is_observed, is_untaken
from journeymap.canvas.arrow_item import TransitionItem, arrow_width, transition_label
from journeymap.canvas.backdrop import draw_backdrop, draw_overview
from journeymap.canvas.card_item import StepCardItem, poster_card_extra
from journeymap.canvas.cells_item import (
    POSTER_FIELD_LINES,
    POSTER_LINES,
    POSTER_NOTES,
    StepLanesItem,
    switch_text,
)
from journeymap.canvas.curve_item import EmotionCurveItem
from journeymap.canvas.header_items import LaneLabelsItem, StageHeaderItem
from journeymap.canvas.layout import (
    CARD_H,
    COLUMN_W,
    TRACK_GAP,
    LabelSpreader,
    MapLayout,
    arc_tracks,
    compute_layout,
    route_transition,
)
from journeymap.canvas.marks import MapMarks, marks_from_analysis, marks_from_measurements
from journeymap.canvas.paint import tr
from journeymap.canvas.service_cost import step_level
from journeymap.canvas.style import MapStyle, persona_colour
from journeymap.model import Change, Journey
from journeymap.model.evidence import MEASURES
from journeymap.model.journey import Lane

if TYPE_CHECKING:
    from journeymap.analysis.report import JourneyAnalysis

__all__ = ["MapScene", "changed_steps", "show_map"]

_STRUCTURE = ("steps", "stages", "personas")


SLICE_S = 0.006
"""The longest slice of new marks being applied (well under a frame)."""
FIRST_SLICE_DELAY_MS = 16
"""How long the first slice waits (one frame: the screen is painted first)."""
SLICE_ARROWS = 8
"""How many steps or arrows are handled between two looks at the clock.
Building or rerouting one takes 0.1-0.5 ms (more while an analysis's worker
shares the interpreter); with 64 a slice ran 20-38 ms at 10,000 steps."""
SLICE_WALK = 1024
"""Items a slice walks past when it only reads them (a few microseconds each)."""
SLICE_MIN_ITEMS = 2000
"""Fewer items to redraw or reroute than this are done at once (a few ms)."""
LAZY_STEPS = 1000
"""A journey of more steps than this is built columns in view first in the
editor (:attr:`MapScene.sliced_updates`): the rest follow in slices."""
ARROW_BUCKET = 2000.0
"""Width of the buckets in which the arrows not made yet are looked up."""
_LONG_ARCS = -(10**9)
"""The bucket of the arrows longer than a few buckets (looked at every time)."""
FIRST_SPAN = 5000.0
"""How much of the map's start (scene units) is built first when no view
tells what is shown."""

INDEX_CELL = 2048.0
"""About how wide a cell of Qt's item index is (a few steps; see :meth:`MapScene._fit_index`)."""
INDEX_DEPTHS = (2, 18)
"""The least and most depth of the item index: at 18 (512 × 512 cells) it holds
a 10,000-step map in cells of 8,192 px for some 20 MB."""


def _kind(i: int, j: int) -> str:
    """A route's kind from its ends' column numbers (see ``layout.route_kind``)."""
    return "self" if i == j else "next" if j == i + 1 else "jump" if j > i else "back"


def changed_steps(old: MapMarks, new: MapMarks) -> set[str] | None:
    """The steps whose drop-off, pain, inflow or cost marks differ between
    ``old`` and ``new``; ``None`` when every step's cost bars change scale.
    Plain Python: the live analysis calls it on its worker."""
    old_max = old.max_spent
    pace.checkpoint()  # each reads every step's cost
    if old_max != new.max_spent:
        return None
    changed: set[str] = set()
    for before, after in (
        (old.drops, new.drops),
        (old.pains, new.pains),
        (old.inflow, new.inflow),
        (old.costs, new.costs),
    ):
        changed.update(before.keys() ^ after.keys())
        changed.update(k for k, v in pace.paced(after.items()) if k in before and before[k] != v)
    return changed


CARD_ONLY_FIELDS = frozenset({"title"})
"""Step fields that only the step's card shows (the lanes below it do not)."""


_BY_RATING = "measurements by rating"
"""The lookup key of the measurements grouped by ``(step_id, persona_id)``."""

_EMOTIONS = "emotions of "
"""The lookup key of a persona's emotions by step (followed by the persona's id)."""


class MapScene(QGraphicsScene):
    """The map of ``journey``.

    Parameters
    ----------
    journey:
        The journey to draw. The scene only reads it; whoever changes it calls
        :meth:`apply_change` afterwards (or :meth:`set_journey` for another one).
    marks:
        The highlights to show; by default what the measured volumes alone give
        (:func:`~journeymap.canvas.marks.marks_from_measurements`).
    persona_id:
        Show one persona's ratings and emotion curve, or every persona's (``None``).
    map_style:
        A fixed look (exports); by default the look follows the application palette.
    recorded:
        Replay recorded drawings on screen (fast); exports paint directly so
        the output is vector with real text.
    """

    rebuilt = Signal()
    """Emitted after a full rebuild (for tests and views that fit the map)."""
    caught_up = Signal()
    """Emitted when work done in slices is over: new highlights or a big
    relayout are shown in full (see :attr:`catching_up`)."""
    map_rect_changed = Signal(QRectF)
    """The map's own area (:attr:`map_rect`) changed: what a view scrolls over."""

    def __init__(
        self,
        journey: Journey,
        parent: Any = None,
        *,
        marks: MapMarks | None = None,
        persona_id: str | None = None,
        map_style: MapStyle | None = None,
        recorded: bool = True,
        poster: bool = False,
    ):
        QGraphicsScene.__init__(self, parent)
        self.poster = poster
        self._tracks: dict[str, int] = {}
        """Drawn for paper (an export): no tooltips there, so lane texts are wrapped
        whole (up to :data:`POSTER_LINES` lines) and the lanes grow to hold them."""
        self._journey = journey
        self._fixed_style = map_style is not None
        self.map_style = map_style or MapStyle.from_palette(self.palette())
        self.recorded = recorded
        self.persona_id: str | None = persona_id
        self._comment_counts: dict[Any, tuple[int, int]] = {}
        self.level_filter: str | None = None
        """Show only touchpoints at this service level; the others are dimmed."""
        self.overview = False
        self.label_span: tuple[float, float] | None = None
        """While a part of the map is drawn (a band of a wrapped poster), only the
        labels lying wholly between these x coordinates; see :meth:`labels_across`."""
        self.layout = MapLayout()
        self.marks = MapMarks()
        self._given_marks = marks
        self.rebuild_count = 0
        self.refresh_count = 0
        self._cards: dict[str, StepCardItem] = {}
        self._placed: dict[str, float] = {}
        """The x each step's card and cells were last put at."""
        self._cells: dict[str, StepLanesItem] = {}
        self._headers: dict[str, StageHeaderItem] = {}
        self._arrows: dict[str, TransitionItem] = {}
        self._curves: dict[str, EmotionCurveItem] = {}
        self._labels = LaneLabelsItem(self)
        self.addItem(self._labels)
        self._incoming: dict[str, list[str]] = defaultdict(list)
        self._outgoing: dict[str, list[str]] = defaultdict(list)
        self._opps_by_step: dict[str, list[Any]] = defaultdict(list)
        self._maps: dict[str, dict[Any, Any]] = {}
        self._texts: dict[tuple[Any, ...], str] = {}
        self._slicing: Iterator[None] | None = None
        self._stale: set[str] = set()
        """Steps whose new marks are not drawn yet."""
        self._unplaced: dict[str, float] = {}
        """Steps off screen whose column moved, and where to (see :meth:`relayout`);
        also the steps whose items are not made yet (:attr:`_unbuilt`)."""
        self._unbuilt: set[str] = set()
        """Steps of a big journey whose card and cells are made in the slices
        after the first paint (see :meth:`rebuild`)."""
        self._unbuilt_arrows: set[str] = set()
        """Transitions whose arrows are made in those slices."""
        self._arrow_ranges: dict[str, tuple[float, float]] = {}
        self._arrow_buckets: dict[int, list[str]] = {}
        self._map_rect = QRectF()
        self._index_fitted = False
        self._reroute_due = False
        self._slice_timer = QTimer(self)
        self._slice_timer.setInterval(0)
        self._slice_timer.timeout.connect(self._next_slice)
        self.sliced_updates = False
        """Apply a new analysis's marks, and move the columns off screen after a
        big relayout, in slices (the editor; see :attr:`catching_up`)."""
        self._texts_token: tuple[str, str] | None = None
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.rebuild()

    # -- reading the model -------------------------------------------------------

    @property
    def journey(self) -> Journey:
        return self._journey

    def set_journey(self, journey: Journey) -> None:
        """Draw a different journey (everything is rebuilt)."""
        self._journey = journey
        self.rebuild()

    def lookup(self, collection: str, key: Any) -> Any | None:
        """The item of ``collection`` with ``key``, from a dictionary kept until
        that collection next changes (much faster than list positions)."""
        return self.table(collection).get(key)

    def table(self, collection: str) -> dict[Any, Any]:
        """``key → item`` of ``collection`` (see :meth:`lookup`); read only."""
        table = self._maps.get(collection)
        if table is None:
            items = self.journey.collection(collection)
            if collection == "ratings":
                table = {(r.step_id, r.persona_id): r for r in items}
            else:
                table = {item.id: item for item in items}
            self._maps[collection] = table
        return table

    def emotions(self, persona_id: str) -> dict[str, Any]:
        """``step id → emotion`` of one persona's ratings (the emotion curve),
        kept until the ratings next change."""
        key = f"{_EMOTIONS}{persona_id}"
        table = self._maps.get(key)
        if table is None:
            # Every persona's at once: the curves ask for each in turn.
            tables: dict[str, dict[str, Any]] = {p.id: {} for p in self.journey.personas}
            tables.setdefault(persona_id, {})
            for r in self.journey.ratings:
                found = tables.get(r.persona_id)
                if found is not None:
                    found[r.step_id] = r.emotion
            for pid, emotions in tables.items():
                self._maps[f"{_EMOTIONS}{pid}"] = emotions
            table = tables[persona_id]
        return table

    def _measurements_by_rating(self) -> dict[tuple[str, str], dict[Any, list[Any]]]:
        """The measurements grouped by rating and measure, once per change of them."""
        groups = self._maps.get(_BY_RATING)
        if groups is None:
            # Grouped by measure too: a rating's three estimates need no filtering.
            groups = {}
            for m in self.journey.measurements:
                by_measure = groups.setdefault((m.step_id, m.persona_id), {})
                by_measure.setdefault(m.measure, []).append(m)
            self._maps[_BY_RATING] = groups
        return groups

    def evidence(self, step_id: str, persona_id: str) -> list[RatingEstimate]:
        """How sure each measure of a step's rating for a persona is (see
        :mod:`journeymap.analysis.evidence`), from the measurements grouped
        once per change of them."""
        parts = self._measurements_by_rating().get((step_id, persona_id))
        if not parts:
            return []
        out = []
        for measure in MEASURES:
            chosen = parts.get(measure)
            found = estimate(self.journey, chosen) if chosen else None
            if found is not None:
                out.append(found)
        return out

    def unsure(self, step_id: str, persona_id: str) -> tuple[bool, bool, bool]:
        """Whether goal, ease and emotion of a step's rating for a persona are
        each ``unsure`` in :meth:`evidence` (a hollow chip): the measurements
        counted add up to fewer than ``FEW_ANSWERS`` answers, or are estimates
        only. What the chips need, without pooling and intervals (a map asks
        for every rating; the tooltips ask for :meth:`evidence` one at a time)."""
        parts = self._measurements_by_rating().get((step_id, persona_id))
        if not parts:
            return (False, False, False)
        counts = self.journey.counts
        flags = []
        for measure in MEASURES:
            counted = [m for m in parts.get(measure, ()) if counts(m)]
            flags.append(
                bool(counted)
                and (
                    sum(m.weight for m in counted) < FEW_ANSWERS
                    or all(m.n is None for m in counted)
                )
            )
        return flags[0], flags[1], flags[2]

    def _forget_lookups(self, change: Change | None) -> None:
        if change is None:
            self._maps.clear()
            return
        if change.journey or change.keys("measurements"):
            self._maps.pop(_BY_RATING, None)
        if change.journey or change.keys("ratings") or change.keys("measurements"):
            for key in [k for k in self._maps if k.startswith(_EMOTIONS)]:
                del self._maps[key]
        for collection in {*change.added, *change.removed, *change.reordered}:
            self._maps.pop(collection, None)
        for collection, keys in change.updated.items():
            table = self._maps.get(collection)
            if table is None:
                continue
            if len(keys) > 32:  # many at once: rebuilding is cheaper
                self._maps.pop(collection, None)
                continue
            for key in keys:  # the same keys, new items: swap them in place
                table[key] = self.journey.find(collection, key)

    def shown_personas(self) -> list[tuple[int, Any]]:
        """``(index, persona)`` of the personas the map shows, index being the
        persona's position (which fixes its marker shape)."""
        personas = self.journey.personas
        if self.persona_id is not None:
            return [(i, p) for i, p in enumerate(personas) if p.id == self.persona_id]
        return list(enumerate(personas))

    def persona_qcolor(self, index: int) -> Any:
        personas = self.journey.personas
        colour = personas[index].colour if index < len(personas) else None
        if colour and any(p.colour == colour for p in personas[:index]):
            colour = None  # two personas of one colour: give the later one its own
        return persona_colour(colour, index)

    def opportunities_of(self, step_id: str) -> list[Any]:
        return self._opps_by_step.get(step_id, [])

    def switches_into(self, step_id: str) -> list[str]:
        """Names of the channels customers switch from when arriving at ``step_id``."""
        step = self.lookup("steps", step_id)
        if step is None:
            return []
        names: list[str] = []
        for tid in self._incoming.get(step_id, []):
            t = self.lookup("transitions", tid)
            source = self.lookup("steps", t.source) if t is not None else None
            if source is None or source.channel_id == step.channel_id or not source.channel_id:
                continue
            channel = self.lookup("channels", source.channel_id)
            if channel is not None and channel.name not in names:
                names.append(channel.name)
        return names

    def step_rect(self, step_id: str) -> QRectF:
        """The card of ``step_id`` in scene coordinates (empty when unknown)."""
        if step_id not in self.layout.column_x:
            return QRectF()
        box = self.layout.card(step_id)
        return QRectF(box.x, box.y, box.w, box.h)

    def item_for(self, key: tuple[str, Any]) -> QGraphicsItem | None:
        """The item that stands for a step, a stage or a transition."""
        collection, k = key
        self._make_now(collection, k)
        if collection == "steps":
            return self._cards.get(k)
        if collection == "stages":
            return self._headers.get(k)
        if collection == "transitions":
            return self._arrows.get(k)
        return None

    def card(self, step_id: str) -> StepCardItem | None:
        self._make_now("steps", step_id)
        return self._cards.get(step_id)

    def arrow(self, transition_id: str) -> TransitionItem | None:
        self._make_now("transitions", transition_id)
        return self._arrows.get(transition_id)

    def _make_now(self, collection: str, key: Any) -> None:
        """Make a step's or an arrow's items now if they wait for their slice
        (see :meth:`rebuild`): whoever asks for an item gets it."""
        if collection == "steps" and key in self._unbuilt:
            self._unplaced.pop(key, None)
            self._build_step(key, self.layout.column_x.get(key, 0.0))
        elif collection == "transitions" and key in self._unbuilt_arrows:
            self._build_arrows({key})

    def curve(self, persona_id: str) -> EmotionCurveItem | None:
        return self._curves.get(persona_id)

    def selected_keys(self) -> list[tuple[str, Any]]:
        return [item.key for item in self.selectedItems() if hasattr(item, "key")]

    # -- persona -------------------------------------------------------------------

    def set_persona(self, persona_id: str | None) -> None:
        """Show one persona's ratings and curve, or every persona's with ``None``."""
        if persona_id is not None and not self.journey.has("personas", persona_id):
            persona_id = None
        if persona_id == self.persona_id:
            return
        self.persona_id = persona_id
        self.relayout(refresh_cells=True)

    def set_level_filter(self, level: str | None) -> None:
        """Dim every touchpoint whose service level (its own or its channel's) is
        not ``level``; ``None`` dims none."""
        self.level_filter = level
        self.apply_level_filter()

    def apply_level_filter(self) -> None:
        for sid, card in self._cards.items():
            shown = self.level_filter is None or step_level(self, sid) == self.level_filter
            opacity = 1.0 if shown else 0.2
            if card.opacity() != opacity:
                card.setOpacity(opacity)
                self._cells[sid].setOpacity(opacity)

    # -- building --------------------------------------------------------------------

    def rebuild(self) -> None:
        """Drop every item and build the map afresh (a different journey).

        With :attr:`sliced_updates` (the editor) a journey of more than
        :data:`LAZY_STEPS` steps gets the items of the columns in view (and of
        the arrows crossing them) at once, the others in slices after the first
        paint (:attr:`catching_up`); a part painted before its slice has come
        is built first (:meth:`drawBackground`)."""
        for table in (self._cards, self._cells, self._headers, self._arrows, self._curves):
            for item in table.values():
                self.removeItem(item)
            table.clear()
        self._placed.clear()
        self._unplaced = {}
        self._unbuilt = set()
        self._unbuilt_arrows = set()
        self._stale.clear()
        self._slicing = None
        self._slice_timer.stop()
        self._forget_lookups(None)
        if self.persona_id is not None and not self.journey.has("personas", self.persona_id):
            self.persona_id = None
        given, self._given_marks = self._given_marks, None
        self.marks = given if given is not None else marks_from_measurements(self.journey)
        self._index_links()
        self._index_opportunities()
        self._comment_counts = self._count_comments()
        if self.sliced_updates and len(self.journey.steps) > LAZY_STEPS:
            self._unbuilt = {step.id for step in self.journey.steps}
            self._unbuilt_arrows = {t.id for t in self.journey.transitions}
        else:
            for step in self.journey.steps:
                self._add_step_items(step.id)
            for transition in self.journey.transitions:
                self._add_arrow(transition.id)
        self.rebuild_count += 1
        self.relayout(refresh_cells=True)
        if self.level_filter is not None:
            self.apply_level_filter()
        self.rebuilt.emit()

    def _add_step_items(self, step_id: str) -> None:
        card = StepCardItem(self, step_id)
        cells = StepLanesItem(self, step_id)
        self.addItem(card)
        self.addItem(cells)
        self._cards[step_id] = card
        self._cells[step_id] = cells

    def _add_arrow(self, transition_id: str) -> None:
        arrow = TransitionItem(self, transition_id)
        # Hidden until routed (``set_route`` shows it): an arrow with no path
        # yet would sit at the scene's origin and be asked to paint there.
        arrow.setVisible(False)
        self.addItem(arrow)
        self._arrows[transition_id] = arrow
        self._unbuilt_arrows.discard(transition_id)

    def _build_step(self, step_id: str, x: float) -> None:
        """Make the items of a step built late (see :meth:`rebuild`) at ``x``,
        looking as the items made with the map do (overview, level filter)."""
        self._unbuilt.discard(step_id)
        self._add_step_items(step_id)
        card, cells = self._cards[step_id], self._cells[step_id]
        card.setPos(x, self.layout.card_top)
        cells.setPos(x, 0)
        self._placed[step_id] = x
        if self.overview:
            card.setVisible(False)
            cells.setVisible(False)
        if self.level_filter is not None and step_level(self, step_id) != self.level_filter:
            card.setOpacity(0.2)
            cells.setOpacity(0.2)
        self._step_built(step_id)

    def _step_built(self, step_id: str) -> None:
        """A step's items were made late (the editor selects them if selected)."""

    def _build_arrows(self, tids: set[str]) -> None:
        """Make the arrows of ``tids`` not made yet and give them their paths
        (labels where they first fall; the full reroute spreads them)."""
        made = {tid for tid in tids if tid in self._unbuilt_arrows}
        for tid in made:
            self._add_arrow(tid)
            if self.overview:
                self._arrows[tid].setVisible(False)
        if made:
            self._route_links(made)
            self._reroute_due = True

    def _arrows_across(self, lo: float, hi: float) -> set[str]:
        """The transitions not made yet whose arrows may cross ``lo..hi``
        (looked up in :attr:`_arrow_buckets`, kept by :meth:`relayout`)."""
        ranges, found = self._arrow_ranges, set()
        first, last = int(lo // ARROW_BUCKET), int(hi // ARROW_BUCKET)
        for bucket in (*range(first, last + 1), _LONG_ARCS):
            for tid in self._arrow_buckets.get(bucket, ()):
                if tid in self._unbuilt_arrows and tid not in found:
                    a, b = ranges[tid]
                    if a <= hi and b >= lo:
                        found.add(tid)
        return found

    def _index_unbuilt_arrows(self) -> None:
        """Where each arrow not made yet runs (x from, to), in buckets of
        :data:`ARROW_BUCKET` scene units (the few long arcs in one list of
        their own): which cross a part is found at once."""
        column_x = self.layout.column_x
        transitions = self.table("transitions")
        ranges: dict[str, tuple[float, float]] = {}
        buckets: dict[int, list[str]] = defaultdict(list)
        long: list[str] = []
        for tid in self._unbuilt_arrows:
            t = transitions.get(tid)
            if t is None:
                continue
            a, b = column_x.get(t.source), column_x.get(t.target)
            if a is None or b is None:
                continue
            left, right = min(a, b) - TRACK_GAP, max(a, b) + COLUMN_W + TRACK_GAP
            ranges[tid] = (left, right)
            first, last = int(left // ARROW_BUCKET), int(right // ARROW_BUCKET)
            if last - first > 4:
                long.append(tid)
                continue
            for bucket in range(first, last + 1):
                buckets[bucket].append(tid)
        buckets[_LONG_ARCS] = long
        self._arrow_ranges, self._arrow_buckets = ranges, buckets

    def _place_within(self, lo: float, hi: float) -> None:
        """Put every column still waiting for its slice that ``lo..hi`` shows
        (where it goes, or where it still stands) in place now, with the
        arrows crossing that part: what is painted is never a stale part."""
        placed, top, layout = self._placed, self.layout.card_top, self.layout
        waiting = self._unplaced
        # Going there: the columns of the part; still there: the cards in it.
        due = {layout.order[k] for k in layout.columns_between(lo, hi)}
        if self._cards:
            here = QRectF(lo, 0.0, hi - lo, self.sceneRect().height())  # the index's whole height
            for item in self.items(here, Qt.ItemSelectionMode.IntersectsItemBoundingRect):
                if isinstance(item, StepCardItem):
                    due.add(item.step_id)
        for sid in due:
            x = waiting.pop(sid, None)
            if x is None:
                continue
            if sid in self._unbuilt:
                self._build_step(sid, x)
            elif sid in self._cards:
                self._cards[sid].setPos(x, top)
                self._cells[sid].setPos(x, 0)
                placed[sid] = x
        if self._unbuilt_arrows:
            reach = max(hi - lo, FIRST_SPAN)  # the arrows near it too: labels spread
            new = self._arrows_across(lo - reach, hi + reach)
            if new:
                for tid in new:
                    self._add_arrow(tid)
                    if self.overview:
                        self._arrows[tid].setVisible(False)
                near = QRectF(lo - reach, 0.0, hi - lo + 2 * reach, self.layout.height)
                for item in self.items(near, Qt.ItemSelectionMode.IntersectsItemBoundingRect):
                    if isinstance(item, TransitionItem):
                        new.add(item.transition_id)
                for _ in self._rerouting(new):
                    pass
                self._reroute_due = True

    def _index_links(self) -> None:
        self._incoming.clear()
        self._outgoing.clear()
        for t in self.journey.transitions:
            self._incoming[t.target].append(t.id)
            self._outgoing[t.source].append(t.id)

    def _index_opportunities(self) -> None:
        self._opps_by_step.clear()
        for opp in self.journey.opportunities:
            for sid in opp.step_ids:
                self._opps_by_step[sid].append(opp)

    def _poster_heights(self) -> dict[Lane, float]:
        """How tall each text lane must be to hold its longest text, wrapped to
        at most :data:`POSTER_LINES` lines (see ``cells_item`` for the spacing)."""
        from journeymap.canvas.paint import wrap_text

        style = self.map_style
        w = COLUMN_W - 16
        lines: dict[Lane, int] = {}
        fonts = {
            Lane.DOING: (style.body_font, "doing"),
            Lane.THINKING: (style.italic_font, "thinking"),
            Lane.FEELING: (style.body_font, "feeling"),
            Lane.BACKSTAGE: (style.small_font, "backstage"),
        }
        opportunity_h = 0.0
        channel_extra = owner_extra = 0.0
        channels = {c.id: c.name for c in self.journey.channels}
        for step in self.journey.steps:
            name = channels.get(step.channel_id or "", "")
            n = len(wrap_text(name, style.small_bold_font, w - 22, POSTER_FIELD_LINES))
            switched = self.switches_into(step.id)
            if switched:
                text = switch_text(switched)
                k = len(wrap_text(text, style.small_bold_font, w, POSTER_FIELD_LINES))
                n += k - 1
            channel_extra = max(channel_extra, 16.0 * max(0, n - 1))  # whole 2 px steps
            k = len(wrap_text(step.owner, style.small_bold_font, w, POSTER_FIELD_LINES))
            owner_extra = max(owner_extra, 16.0 * max(0, k - 1))
            for lane, (font, field) in fonts.items():
                text = getattr(step, field)
                if text:
                    n = len(wrap_text(text, font, w, POSTER_LINES))
                    lines[lane] = max(lines.get(lane, 0), n)
            notes = self.opportunities_of(step.id)[:POSTER_NOTES]
            h = sum(12 + 14 * len(wrap_text(o.title, style.small_font, w - 14, 3)) for o in notes)
            opportunity_h = max(opportunity_h, h + 12)
        return {
            Lane.DOING: 20 + 16 * lines.get(Lane.DOING, 0),
            Lane.THINKING: 20 + 16 * lines.get(Lane.THINKING, 0),
            Lane.FEELING: 20 + 16 * lines.get(Lane.FEELING, 0),
            Lane.BACKSTAGE: 34 + 14 * lines.get(Lane.BACKSTAGE, 0) + owner_extra,
            Lane.CHANNEL: 52 + channel_extra,
            Lane.OPPORTUNITIES: opportunity_h,
        }

    def relayout(self, refresh_cells: bool = False) -> None:
        """Recompute the grid and move every item to its place.

        Only items whose column moved are touched. With :attr:`sliced_updates`
        and many columns to move, those on and near the screen (and their
        arrows) move at once, the others in slices afterwards, followed by the
        full reroute (see :attr:`catching_up`)."""
        rows = 1 if self.persona_id is not None else max(1, len(self.journey.personas))
        old_lanes = [(r.lane, r.y, r.h) for r in self.layout.lanes]
        old_card_h, old_top = self.layout.card_h, self.layout.card_top
        heights = self._poster_heights() if self.poster else None
        margin = 0.0
        card_h = CARD_H
        if self.poster:
            # First the order, then the tracks the long jumps need above the cards.
            extra = max((poster_card_extra(self, s.id) for s in self.journey.steps), default=0)
            card_h += 4 * math.ceil(extra / 4)  # whole steps keep a printed size exact
            self.layout = compute_layout(self.journey, rows, heights, card_h=card_h)
            self._tracks = arc_tracks(
                self.layout, [(t.id, t.source, t.target) for t in self.journey.transitions]
            )
            margin = 40 + TRACK_GAP * (max(self._tracks.values(), default=0) + 1)
        self.layout = compute_layout(self.journey, rows, heights, margin, card_h)
        lanes_moved = old_lanes != [(r.lane, r.y, r.h) for r in self.layout.lanes]
        grown = self.layout.card_h != old_card_h
        column_x, top = self.layout.column_x, self.layout.card_top
        # Only the columns that moved are touched: an edit in one stage moves
        # the columns after it, not those before.
        moved = top != old_top or grown
        placed = self._placed
        moves = {
            sid: x
            for sid, x in column_x.items()
            if sid in self._cards and (moved or placed.get(sid) != x)
        }
        span = self._shown_span() if len(moves) * 2 >= SLICE_MIN_ITEMS else None
        first: set[str] = set()
        if self._unbuilt:
            # A big journey's first build: the columns in view now, the rest later.
            span = span or self._build_span()
            order = self.layout.order
            first = {order[k] for k in self.layout.columns_between(*span)} & self._unbuilt
            for sid in first:
                self._unbuilt.discard(sid)
                self._add_step_items(sid)
                moves[sid] = column_x[sid]
        old_x = {sid: placed[sid] for sid in moves if sid in placed}
        self._unplaced = {}
        if self._unbuilt:
            # Made in the slices, nearest to what is shown first (popped from the end).
            middle = (span[0] + span[1]) / 2 if span is not None else 0.0
            for sid in sorted(self._unbuilt, key=lambda s: -abs(column_x[s] - middle)):
                self._unplaced[sid] = column_x[sid]
        for sid, x in moves.items():
            was = placed.get(sid)  # None: a new item, placed at once
            if (
                span is not None
                and was is not None
                and not (span[0] <= x <= span[1] or span[0] <= was <= span[1])
            ):
                self._unplaced[sid] = x  # off screen: moved in the slices that follow
                continue
            card = self._cards[sid]
            if grown:
                card.prepareGeometryChange()
            card.setPos(x, top)
            self._cells[sid].setPos(x, 0)
            placed[sid] = x
        if lanes_moved:
            for cells in self._cells.values():
                cells.relaid()
        elif refresh_cells:
            for cells in self._cells.values():
                cells.refresh()
        self._sync_headers()
        self._sync_curves()
        if self._unbuilt_arrows:
            self._index_unbuilt_arrows()
        if self._unbuilt_arrows and span is not None:
            # Spread as the full reroute does, so that they stay where they are
            # when it comes (the same at the map's start, where the view opens).
            across = self._arrows_across(*span)
            for tid in across:
                self._add_arrow(tid)
            for _ in self._rerouting(across):
                pass
        if self._unplaced:
            # The arrows on screen follow their cards now, the labels are spread
            # apart again with the rest once every column has moved.
            self._route_shown(span, old_x)
            self._reroute_due = True
            self._catch_up_later()
        else:
            self._reroute_soon()
        self._labels.setPos(0, 0)
        self._labels.refresh()
        self._set_map_rect(QRectF(0, 0, self.layout.width, self.layout.height))
        self.update()

    @property
    def map_rect(self) -> QRectF:
        """The map's own area: what a view scrolls over and an export draws.

        The scene rect is wider than that: it is the area of Qt's item index
        (see :meth:`_fit_index`), so a view of the map sets its own scene rect
        to this one (:func:`show_map`)."""
        return QRectF(self._map_rect)

    def _set_map_rect(self, rect: QRectF) -> None:
        if rect == self._map_rect:
            return
        self._map_rect = QRectF(rect)
        self._fit_index(rect)
        self.map_rect_changed.emit(QRectF(rect))

    def _fit_index(self, rect: QRectF) -> None:
        """Shape Qt's item index (a BSP tree) to the map.

        The tree cuts its area in halves, across and down by turns, as many
        times each way; over a map hundreds of times wider than tall that gives
        cells a few pixels high, every card and column of cells in hundreds of
        them, and finding the 10 items of a strip of a 10,000-step map took
        1.5 ms, twice a frame. So the index's area is a square whose side is
        the power of two at or above the map's longer side, and the tree is as
        deep as makes cells at least :data:`INDEX_CELL` wide and the map's
        height tall (under twice that): the map lies in the top row of cells,
        each holding the whole height of a few columns (0.12 ms for that
        strip). A new area or depth rebuilds the index over every item (0.1 s
        at 10,000 steps), so the side only changes when the map outgrows it or
        shrinks to under a quarter of it; before, every relayout that changed
        the map's width gave the scene a new rect and so rebuilt the index."""
        need = max(rect.width(), rect.height(), INDEX_CELL)
        side = self.sceneRect().width() if self._index_fitted else 0.0
        if need <= side < 4 * need:
            return
        side = float(2 ** math.ceil(math.log2(need)))
        cell = max(INDEX_CELL, rect.height())  # at least this wide and tall
        low, high = INDEX_DEPTHS
        depth = max(low, min(high, 2 * math.floor(math.log2(side / cell))))
        self._index_fitted = True
        self.setBspTreeDepth(depth)
        self.setSceneRect(QRectF(0.0, 0.0, side, side))

    def _sync_headers(self) -> None:
        wanted = self.layout.stage_order
        for sid in [s for s in self._headers if s not in self.layout.stages]:
            self.removeItem(self._headers.pop(sid))
        for sid in wanted:
            header = self._headers.get(sid)
            if header is None:
                header = StageHeaderItem(self, sid)
                self.addItem(header)
                self._headers[sid] = header
            header.setPos(self.layout.stages[sid].x, 0)
            header.refresh()

    def _sync_curves(self) -> None:
        shown = {p.id: i for i, p in self.shown_personas()}
        if self.layout.lane(Lane.EMOTION_CURVE) is None:
            shown = {}
        for pid in [p for p in self._curves if p not in shown]:
            self.removeItem(self._curves.pop(pid))
        n = len(shown)
        for pid, index in shown.items():
            curve = self._curves.get(pid)
            if curve is None:
                curve = EmotionCurveItem(self, pid, index)
                self.addItem(curve)
                self._curves[pid] = curve
            curve.index = index
            curve.offset = (list(shown).index(pid) - (n - 1) / 2) * 5.0
            curve.refresh()

    def reroute(self) -> None:
        """Recompute the path and label of every transition and spread the arcs'
        labels apart (in map order); only arrows whose path, label or width
        changed are touched.

        Every caller gets the same full result (an edit to one transition can
        move another's label), which keeps an edited map equal to a freshly
        built one; the work is plain arithmetic per transition with the slow
        parts (label texts, where a label sits on its curve) remembered.
        Work still being done in slices (see :attr:`catching_up`) is finished
        at once.
        """
        self._reroute_due = True
        self._slicing = None
        self._slice_timer.stop()
        pending = self._pending()
        for _ in self._catching_up():
            pass
        if pending:
            self.caught_up.emit()

    @property
    def catching_up(self) -> bool:
        """True while new marks or a big relayout are being applied in slices
        (:meth:`apply_marks`, :meth:`relayout`); :attr:`caught_up` follows."""
        return self._slicing is not None

    def _pending(self) -> bool:
        return bool(self._unplaced or self._stale or self._slicing is not None)

    def _catch_up_later(self) -> None:
        self._slicing = self._catching_up()
        # The first slice waits a frame, so what is on screen is painted first.
        self._slice_timer.start(FIRST_SLICE_DELAY_MS)

    def _catching_up(self) -> Iterator[None]:
        """Columns still to move, steps still to redraw, then the reroute."""
        cards, cells, placed = self._cards, self._cells, self._placed
        top = self.layout.card_top
        count = 0
        while self._unplaced:
            sid, x = self._unplaced.popitem()
            card = cards.get(sid)
            if card is None and sid in self._unbuilt:
                self._build_step(sid, x)
                count += 1
                if count % SLICE_ARROWS == 0:
                    yield
            elif card is not None:
                card.setPos(x, top)
                cells[sid].setPos(x, 0)
                placed[sid] = x
                count += 1
                if count % SLICE_ARROWS == 0:
                    yield
        stale = self._stale
        while stale:
            sid = stale.pop()
            card = cards.get(sid)
            if card is not None:
                card.redraw()
                cells[sid].redraw()
                count += 1
                if count % SLICE_ARROWS == 0:
                    yield
        while self._unbuilt_arrows:
            tid = self._unbuilt_arrows.pop()
            if self.journey.has("transitions", tid):
                self._unbuilt_arrows.add(tid)
                self._add_arrow(tid)
                if self.overview:
                    self._arrows[tid].setVisible(False)
                self._reroute_due = True
                count += 1
                if count % SLICE_ARROWS == 0:
                    yield
        if self._reroute_due:
            yield from self._rerouting()

    def _next_slice(self) -> None:
        # Back to back unless an analysis worker waits for the window to idle.
        self._slice_timer.setInterval(pace.pause_ms())
        work = self._slicing
        if work is None:
            self._slice_timer.stop()
            return
        end = time.perf_counter() + SLICE_S
        for _ in work:
            if time.perf_counter() >= end:
                return
        self._slicing = None
        self._slice_timer.stop()
        self.caught_up.emit()

    def _reroute_soon(self) -> None:
        """:meth:`reroute`, or on a long map in the editor: the arrows on screen
        now (labels where they first fall) and the full reroute in slices."""
        span = self._shown_span() if len(self._arrows) >= SLICE_MIN_ITEMS else None
        if span is None:
            self.reroute()
            return
        self._route_shown(span, {})
        self._reroute_due = True
        self._catch_up_later()

    def _shown_span(self) -> tuple[float, float] | None:
        """The part of the map (x from, to) the views show, with a view's width
        to spare on either side; ``None`` when it is not drawn in slices."""
        if not self.sliced_updates:
            return None
        spans = []
        for view in self.views():
            shown = view.mapToScene(view.viewport().rect()).boundingRect()
            spans.append((shown.left() - shown.width(), shown.right() + shown.width()))
        if not spans:
            return None
        return min(a for a, _ in spans), max(b for _, b in spans)

    def _build_span(self) -> tuple[float, float]:
        """What a big journey's first build makes at once: what the views show
        (a view's width to spare on either side, see :meth:`_shown_span`) and
        as much of the map's start, where a view opening a journey goes."""
        span = self._shown_span()
        if span is None or span[1] - span[0] > 3 * FIRST_SPAN:
            # None, or zoomed far out: its columns are made as it paints them.
            return (-COLUMN_W, FIRST_SPAN)
        lo, hi = span
        return (min(lo, -COLUMN_W), max(hi, hi - lo))

    def _route_shown(self, span: tuple[float, float] | None, old_x: dict[str, float]) -> None:
        """Give the arrows at the steps in ``span`` (now, or before the
        relayout: ``old_x`` holds the moved columns' old x) their new paths at once,
        labels where they first fall (the full reroute that follows spreads
        them). Only those steps are visited, not the whole map."""
        if span is None:
            return
        layout = self.layout
        order = layout.order
        lo, hi = span
        steps = {order[k] for k in layout.columns_between(lo, hi)}
        steps.update(sid for sid, x in old_x.items() if lo <= x <= hi)
        links = {tid for sid in steps for tid in self._outgoing.get(sid, ())}
        links.update(tid for sid in steps for tid in self._incoming.get(sid, ()))
        self._route_links(links)

    def _route_links(self, links: set[str]) -> None:
        """New paths for the arrows of ``links``, labels where they first fall."""
        layout = self.layout
        index = layout.positions
        texts, observed_tag = self._label_texts(), tr("observed")
        # Once for all of them (the largest volume is a walk over every arrow's).
        volumes, max_volume = self.marks.transition_volumes, self.marks.max_volume
        for tid in links:
            arrow, t = self._arrows.get(tid), self.lookup("transitions", tid)
            if arrow is None or t is None:
                continue
            i, j = index.get(t.source), index.get(t.target)
            slot, slots = 0, 1
            if i is not None and j is not None:
                kind = _kind(i, j)
                side = [
                    other
                    for other in self._outgoing.get(t.source, [])
                    if (o := self.lookup("transitions", other)) is not None
                    and (k := index.get(o.target)) is not None
                    and _kind(i, k) == kind
                ]
                if tid in side:
                    slot, slots = side.index(tid), len(side)
            route = route_transition(layout, t.source, t.target, slot, slots)
            label, width = self._arrow_text(t, texts, observed_tag, volumes, max_volume)
            arrow.ends = (t.source, t.target)
            arrow.set_kind(is_observed(t), is_untaken(t))
            arrow.set_route(route, label, width)

    def _rerouting(self, only: set[str] | None = None) -> Iterator[None]:
        """The full reroute (see :meth:`reroute`), a slice at each ``yield``;
        with ``only``, just those arrows, spread among themselves in map order."""
        layout = self.layout
        index = layout.positions
        column_x = layout.column_x
        marks = self.marks
        volumes = marks.transition_volumes
        max_volume = marks.max_volume
        texts = self._label_texts()
        observed_tag = tr("observed")
        arrows = self._arrows
        unbuilt = self._unbuilt_arrows  # they take their slots as made ones do
        # Transitions leaving one side of a card share it (slots, in journey order).
        sides: dict[tuple[str, str], list[str]] = {}
        placed: list[tuple[float, float, int, Any, Any, str | None]] = []
        transitions = self.table("transitions")
        sources = None if only is None else {t.source for k in only if (t := transitions.get(k))}
        # A snapshot: the walk below pauses at every ``yield`` (a 10,000-step
        # map's walk and sort are too long for one slice of the window's time).
        for n, t in enumerate(list(self.journey.transitions)):
            if n % SLICE_WALK == SLICE_WALK - 1:
                yield
            if sources is not None and t.source not in sources:
                continue  # shares no card side with an arrow of ``only``
            arrow = arrows.get(t.id)
            if arrow is None and t.id not in unbuilt:
                continue
            i, j = index.get(t.source), index.get(t.target)
            kind = None
            if i is not None and j is not None:
                kind = _kind(i, j)
                sides.setdefault((t.source, kind), []).append(t.id)
            if arrow is None or (only is not None and t.id not in only):
                continue
            x, y = column_x.get(t.source, 0.0), column_x.get(t.target, 0.0)
            placed.append((min(x, y), abs(x - y), n, t, arrow, kind))
        placed.sort()  # by (left end, span, journey order): n is unique, so t is never compared
        yield
        spreader = LabelSpreader()
        yield from self._avoiding_badges(spreader)
        tracks = self._tracks if self.poster else {}
        for count, (_x, _span, _n, t, arrow, kind) in enumerate(placed):
            if count % SLICE_ARROWS == SLICE_ARROWS - 1:
                yield
            tid = t.id
            if kind is None:
                slot, slots = 0, 1
            else:
                side = sides[(t.source, kind)]
                slot, slots = side.index(tid), len(side)
            arrow.ends = (t.source, t.target)
            route = route_transition(layout, t.source, t.target, slot, slots, tracks.get(tid))
            label, width = self._arrow_text(t, texts, observed_tag, volumes, max_volume)
            arrow.set_kind(is_observed(t), is_untaken(t))
            if route is not None and label:
                route = spreader.place(route, len(label) * 7.0 + 10)
            arrow.set_route(route, label, width)
        if only is None:
            self._reroute_due = False

    def _arrow_text(
        self,
        t: Any,
        texts: dict[tuple[Any, ...], str],
        observed_tag: str,
        volumes: dict[str, float] | None = None,
        max_volume: float | None = None,
    ) -> tuple[str, float]:
        """The label and line width of transition ``t``."""
        if volumes is None:
            volumes = self.marks.transition_volumes
        if max_volume is None:
            max_volume = self.marks.max_volume
        volume = volumes.get(t.id)
        # The tag an event-log import writes is shown in the editor's language.
        tag = observed_tag if is_observed(t) else t.label
        measured = t.volume is not None
        key = (tag, volume, t.share, measured)
        label = texts.get(key)
        if label is None:
            label = tag or transition_label(volume, t.share, measured)
            if tag and (volume is not None or t.share is not None):
                label += " · " + transition_label(volume, t.share, measured)
            texts[key] = label
        return label, arrow_width(volume, max_volume)

    def _label_texts(self) -> dict[tuple[Any, ...], str]:
        """Arrow labels by what they show, kept while the language and number
        format stay the same (writing a number is the slow part of a label)."""
        token = (QLocale().name(), tr("observed"))
        if token != self._texts_token or len(self._texts) > 100_000:
            self._texts_token = token
            self._texts = {}
        return self._texts

    def _avoiding_badges(self, spreader: LabelSpreader) -> Iterator[None]:
        """Arc labels keep off the pain badges on the cards' top-right corners
        (a slice at each ``yield``)."""
        from journeymap.canvas.card_item import BADGE_SIZE

        for n, (sid, pain) in enumerate(list(self.marks.pains.items())):
            if n % SLICE_WALK == SLICE_WALK - 1:
                yield
            if sid not in self.layout.column_x:
                continue
            box = self.layout.card(sid)
            r = BADGE_SIZE.get(pain.severity, 20.0) / 2 + 3
            cx, cy = box.x + COLUMN_W - 6, box.y + 6
            spreader.avoid((cx - r, cy - r, cx + r, cy + r))

    # -- following the journey's changes -------------------------------------------------

    def apply_change(self, change: Change) -> None:
        """Show what ``change`` did to the journey, refreshing only what it names."""
        self.refresh_count += 1
        self._forget_lookups(change)
        if "*" in change.journey:
            self.rebuild()
            return
        structural = any(change.added.get(c) or change.removed.get(c) for c in _STRUCTURE) or bool(
            change.reordered & set(_STRUCTURE)
        )
        links = change.keys("transitions")
        if change.keys("opportunities"):
            self._refresh_opportunities()
        relaid = structural or "lanes" in change.journey
        if links:
            self._sync_arrows(change, reroute=not relaid)
        if relaid:
            self._sync_step_items(change)
            self.relayout(refresh_cells=bool(change.keys("personas")) or "lanes" in change.journey)
        else:
            self._refresh_touched(change)
        if self.level_filter is not None:
            self.apply_level_filter()
        if "comments" in change.journey:
            self._refresh_comment_counts()

    def comment_counts(self, key: str | tuple[str, str]) -> tuple[int, int]:
        """``(unresolved, all)`` comments on a step (by its id; its ratings'
        comments included) or on a stage (``("stages", id)``)."""
        return self._comment_counts.get(key, (0, 0))

    def _count_comments(self) -> dict[Any, tuple[int, int]]:
        counts: dict[Any, tuple[int, int]] = {}
        for comment in self.journey.comments.values():
            kind = comment.target[0]
            if kind in ("steps", "ratings"):
                key: Any = comment.target[1]
            elif kind == "stages":
                key = ("stages", comment.target[1])
            else:
                continue
            open_, total = counts.get(key, (0, 0))
            counts[key] = (open_ + (not comment.resolved), total + 1)
        return counts

    def _refresh_comment_counts(self) -> None:
        old, self._comment_counts = self._comment_counts, self._count_comments()
        for key in set(old) | set(self._comment_counts):
            if old.get(key) == self._comment_counts.get(key):
                continue
            if isinstance(key, tuple):
                header = self._headers.get(key[1])
                if header is not None:
                    header.update()
            elif key in self._cards:
                self._cards[key].redraw()

    def _sync_step_items(self, change: Change) -> None:
        for sid in change.removed.get("steps", set()):
            self._placed.pop(sid, None)
            self._unplaced.pop(sid, None)
            self._unbuilt.discard(sid)
            for table in (self._cards, self._cells):
                item = table.pop(sid, None)
                if item is not None:
                    self.removeItem(item)
        for sid in change.added.get("steps", set()):
            if sid not in self._cards and self.journey.has("steps", sid):
                self._add_step_items(sid)
                self._cards[sid].refresh()
                self._cells[sid].refresh()
        for sid in change.keys("steps"):
            if sid in self._cards:
                self._cards[sid].refresh()
                self._cells[sid].refresh()

    def _sync_arrows(self, change: Change, reroute: bool = True) -> None:
        """Add and remove the arrows of the changed transitions and refresh the
        cells at their ends (a channel switch shows there); ``reroute`` unless a
        relayout follows, which reroutes anyway."""
        old_ends = {tid: self._ends(tid) for tid in change.keys("transitions")}
        for tid in change.removed.get("transitions", set()):
            self._unbuilt_arrows.discard(tid)
            arrow = self._arrows.pop(tid, None)
            if arrow is not None:
                self.removeItem(arrow)
        for tid in change.added.get("transitions", set()):
            if tid not in self._arrows and self.journey.has("transitions", tid):
                self._add_arrow(tid)
        self._index_links()
        touched_steps: set[str] = set()
        for tid, ends in old_ends.items():
            touched_steps.update(ends)
            touched_steps.update(self._ends(tid))
        if reroute:
            self._reroute_soon()
        for sid in touched_steps:
            cells = self._cells.get(sid)
            if cells is not None:
                cells.refresh()

    def _ends(self, tid: str) -> tuple[str, ...]:
        t = self.lookup("transitions", tid)
        if t is not None:
            return (t.source, t.target)
        arrow = self._arrows.get(tid)
        return getattr(arrow, "ends", ())

    def _refresh_touched(self, change: Change) -> None:
        fields = change.updated_fields("steps")
        if (
            fields is not None
            and fields <= CARD_ONLY_FIELDS
            and not change.added
            and not change.removed
            and set(change.updated) == {"steps"}
        ):
            # A renamed step: only its card shows the title.
            for sid in change.updated["steps"]:
                card = self._cards.get(sid)
                if card is not None:
                    card.refresh()
            return
        steps = set(change.keys("steps"))
        channels = change.keys("channels")
        if channels:
            steps.update(s.id for s in self.journey.steps if s.channel_id in channels)
            for sid in list(steps):
                steps.update(self._targets_of(sid))
        for sid in steps:
            card = self._cards.get(sid)
            if card is not None:
                card.refresh()
                self._cells[sid].refresh()
        for sid in change.keys("steps"):
            for target_id in self._targets_of(sid):
                target = self._cells.get(target_id)
                if target is not None:
                    target.refresh()
        rated = {key[0] for key in change.keys("ratings")}
        for sid in rated - steps:
            cells = self._cells.get(sid)
            if cells is not None:
                cells.refresh()
        for _sid, pid in change.keys("ratings"):
            curve = self._curves.get(pid)
            if curve is not None:
                curve.refresh()
        for sid in change.keys("stages"):
            header = self._headers.get(sid)
            if header is not None:
                header.refresh()
        if change.keys("personas"):
            self.relayout(refresh_cells=True)

    def _targets_of(self, step_id: str) -> list[str]:
        """The steps that transitions from ``step_id`` lead to."""
        found = (self.lookup("transitions", tid) for tid in self._outgoing.get(step_id, []))
        return [t.target for t in found if t is not None]

    def _refresh_opportunities(self) -> None:
        before = {sid: list(opps) for sid, opps in self._opps_by_step.items()}
        self._index_opportunities()
        for sid in set(before) | set(self._opps_by_step):
            if before.get(sid) != self._opps_by_step.get(sid):
                cells = self._cells.get(sid)
                if cells is not None:
                    cells.refresh()

    def show_analysis(self, analysis: JourneyAnalysis | None) -> None:
        """Highlight what ``analysis`` found (for the shown persona); without one,
        what the measured volumes alone give."""
        if analysis is not None:
            marks = marks_from_analysis(analysis, self.persona_id)
        else:
            marks = marks_from_measurements(self.journey)
        self.apply_marks(marks)

    def apply_marks(self, marks: MapMarks, changed: set[str] | None = None) -> None:
        """Show new highlights, repainting only the steps whose marks changed
        (``changed``, when the caller has compared them with the marks shown;
        see :func:`changed_steps`).

        With :attr:`sliced_updates` (the editor) a big update is spread over
        turns of the event loop, each at most :data:`SLICE_S` long: the
        steps are redrawn, then the arrows rerouted, and :attr:`caught_up`
        is emitted when all is done (also at once when the update was small).
        """
        old, self.marks = self.marks, marks
        if changed is None:
            changed = changed_steps(old, marks)
        self._stale.update(self._cells if changed is None else changed)
        if old.transition_volumes != marks.transition_volumes:
            self._reroute_due = True  # labels and widths change; spread again
        work = len(self._unplaced) * 2 + len(self._stale) * 2
        work += len(self._arrows) if self._reroute_due else 0
        if self.sliced_updates and work >= SLICE_MIN_ITEMS:
            self._catch_up_later()
            return
        pending = self._slicing is not None
        self._slicing = None
        self._slice_timer.stop()
        for _ in self._catching_up():
            pass
        if pending or self.sliced_updates:
            self.caught_up.emit()

    # -- look ----------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange and not self._fixed_style:
            style = type(self.map_style).from_palette(self.palette())
            if style == self.map_style:  # e.g. the window was polished: the same look
                return super().event(event)
            self.map_style = style
            for table in (self._cards, self._cells):
                for item in table.values():
                    item.redraw()
            for header in self._headers.values():
                header.refresh()
            self.update()
        return super().event(event)

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        area = QRectF(rect)
        if self._unplaced:  # columns still waiting for their slice: this part first
            self._place_within(area.left(), area.right())
        draw_backdrop(self, painter, area)
        if self.overview:
            draw_overview(self, painter, area)

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        # Transition labels go above every line, so no arc hides a number.
        if self.overview or painter.worldTransform().m11() < self.map_style.min_text_scale:
            return
        span = self.label_span
        for item in self.items(QRectF(rect), Qt.ItemSelectionMode.IntersectsItemBoundingRect):
            if isinstance(item, TransitionItem):
                if span is not None:
                    box = item.label_rect()
                    if box is None or box.left() < span[0] or box.right() > span[1]:
                        continue
                item.draw_label(painter)

    def labels_across(self, x0: float, x1: float) -> list[TransitionItem]:
        """The arrows whose label is centred in ``[x0, x1)`` but reaches past
        either end: what a poster cut at ``x0`` and ``x1`` draws whole."""
        found = []
        reach = 200  # wider than any label: arrows whose label may cross x0 or x1
        scene = self._map_rect
        area = QRectF(x0 - reach, scene.top(), x1 - x0 + 2 * reach, scene.height())
        for item in self.items(area, Qt.ItemSelectionMode.IntersectsItemBoundingRect):
            if isinstance(item, TransitionItem):
                box = item.label_rect()
                if box is None or not x0 <= box.center().x() < x1:
                    continue
                if box.left() < x0 or box.right() > x1:
                    found.append(item)
        return found

    def set_overview(self, on: bool) -> None:
        """Zoomed far out: hide the items and draw the quick overview instead."""
        if on == self.overview:
            return
        self.overview = on
        for table in (self._cards, self._cells, self._curves):
            for item in table.values():
                item.setVisible(not on)
        for arrow in self._arrows.values():
            arrow.setVisible(not on and arrow.route is not None)
        self.update()

    # -- what the editor adds ---------------------------------------------------------
    # Items forward their gestures here; a drawn map ignores them, and the
    # editor's scene (journeymap.ui.map.scene) overrides them.

    def begin_rename(self, key: tuple[str, Any] | None = None) -> bool:
        """Rename an item in place; a drawn map has nothing to rename."""
        return False

    def activate_step(self, key: tuple[str, Any]) -> None:
        """A step's card was double-clicked: rename it in place (the editor opens
        a step's sub-journey instead, when it has one)."""
        self.begin_rename(key)

    def begin_step_drag(self, card: StepCardItem) -> None:
        """A card started to move."""

    def update_step_drag(self, card: StepCardItem, delta: QPointF) -> None:
        """A moving card went ``delta`` from where it was pressed."""

    def finish_step_drag(self, card: StepCardItem) -> None:
        """A moving card was let go."""

    def begin_connect(self, card: StepCardItem, pos: QPointF) -> None:
        """A connection started from ``card``."""

    def update_connect(self, pos: QPointF) -> None:
        """A connection being drawn reached ``pos``."""

    def finish_connect(self, card: StepCardItem, pos: QPointF) -> None:
        """A connection being drawn was let go at ``pos``."""

    def select_step(self, step_id: str, toggle: bool = False) -> None:
        """Select one step (or add/remove it with ``toggle``), as a click does."""
        card = self._cards.get(step_id)
        if card is None:
            return
        if toggle:
            card.setSelected(not card.isSelected())
            return
        self.clearSelection()
        card.setSelected(True)


def show_map(view: QGraphicsView, scene: MapScene) -> None:
    """Let ``view`` show ``scene`` and scroll over the map's own area
    (:attr:`MapScene.map_rect`), following it as the map grows or shrinks,
    rather than over the wider area of the scene's item index."""
    if view.scene() is not scene:
        view.setScene(scene)
    view.setSceneRect(scene.map_rect)
    scene.map_rect_changed.connect(view.setSceneRect)
