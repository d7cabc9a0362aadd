"""The scene of the flow view: the journey as a graph of step nodes and transition edges.

The scene mirrors the document. It builds its items once (and again when a
different journey is loaded), then refreshes only the items a
:class:`~journeymap.model.Change` names. It changes the journey only through
edits pushed on the document: a drag becomes one ``UpdateItem`` of the step's
``position`` on release (a ``CompositeEdit`` when several nodes moved), and
"Auto layout" is one ``CompositeEdit``.

Where a node goes: its saved ``Step.position`` when it has one; otherwise the
place :func:`~journeymap.ui.flow.layout.layout_journey` gives it (adjusted to
the saved neighbours by :func:`~journeymap.ui.flow.layout.place_missing`). A
step added later goes next to its neighbours or at the end of its stage. Clearing
a position (undoing the first drag of a node) puts the node back where the
layout had it.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsSceneMouseEvent

from journeymap.canvas.marks import MapMarks, marks_from_analysis, marks_from_measurements
from journeymap.model import (
    Change,
    CompositeEdit,
    EditError,
    Position,
    Step,
    Transition,
    UpdateItem,
)
from journeymap.ui.document.editor_document import EditorDocument
from journeymap.ui.document.selection import Selection
from journeymap.ui.flow.content import edge_content, node_content, short_text, volume_ceiling
from journeymap.ui.flow.geometry import Box, LabelGrid, NodeGrid
from journeymap.ui.flow.items import (
    EdgeContent,
    FlowEdgeItem,
    FlowNodeItem,
    FlowStyle,
    NodeContent,
)
from journeymap.ui.flow.layout import LayoutSpacing, layout_journey, place_missing

if TYPE_CHECKING:
    from journeymap.ui.document.live_analysis import LiveAnalysis

__all__ = ["FlowScene"]

SPACING = LayoutSpacing()
MARGIN = 80.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("FlowScene", text)


class FlowScene(QGraphicsScene):
    """Steps and transitions of ``document``'s journey as a graph."""

    def __init__(
        self,
        document: EditorDocument,
        selection: Selection,
        parent=None,
        *,
        live_analysis: LiveAnalysis | None = None,
        build: bool = True,
    ):
        super().__init__(parent)
        self.document = document
        self.selection = selection
        self.live_analysis: LiveAnalysis | None = None
        self.built = False
        """False until the first :meth:`rebuild`; until then changes are ignored."""
        self.persona_id: str | None = None
        pal = QApplication.palette()
        dark = pal.color(QPalette.ColorRole.Window).lightnessF() < 0.45
        self.flow_style = FlowStyle.for_background(dark, pal.color(QPalette.ColorRole.Highlight))
        self.setBackgroundBrush(self.flow_style.background)
        self.nodes: dict[str, FlowNodeItem] = {}
        self.edges: dict[str, FlowEdgeItem] = {}
        self.auto_positions: dict[str, tuple[float, float]] = {}
        self.marks = MapMarks()
        self._max_volume = 0.0
        self._syncing = False
        self._drag_start: dict[str, QPointF] = {}
        self.grid = NodeGrid(SPACING)
        """Where the nodes are, for edges looking for free space (not the scene index,
        which asks every item for its bounds after each change)."""
        # Edges to redraw once a batch of changes is done (None outside a batch).
        self._pending: dict[FlowEdgeItem, None] | None = None
        document.changed.connect(self._on_changed)
        document.replaced.connect(self._on_replaced)
        selection.changed.connect(self._follow_selection)
        self.selectionChanged.connect(self._publish_selection)
        if live_analysis is not None:
            self.set_live_analysis(live_analysis)
        if build:
            self.rebuild()

    def set_live_analysis(self, live_analysis: LiveAnalysis) -> None:
        """Take drop-off and pain points from ``live_analysis`` from now on."""
        if self.live_analysis is not None:
            self.live_analysis.updated.disconnect(self.refresh_marks)
        self.live_analysis = live_analysis
        live_analysis.updated.connect(self.refresh_marks)
        if self.built:
            self.refresh_marks()

    def _on_replaced(self) -> None:
        if self.built:
            self.rebuild()

    # -- building --------------------------------------------------------------

    def rebuild(self) -> None:
        """Drop every item and draw the current journey afresh."""
        self._syncing = True
        self.built = True
        try:
            with self._batch():
                self._rebuild_items()
        finally:
            self._syncing = False
        self._follow_selection()
        self.update_scene_rect()

    def _rebuild_items(self) -> None:
        self.clear()
        self.nodes.clear()
        self.edges.clear()
        self.grid.clear()
        journey = self.document.journey
        self.marks = self._compute_marks()
        self._max_volume = self._volume_ceiling()
        saved = {s.id: (s.position.x, s.position.y) for s in journey.steps if s.position}
        if len(saved) < len(journey.steps):
            layout = layout_journey(journey, SPACING)
            pairs = [(t.source, t.target) for t in journey.transitions]
            self.auto_positions = place_missing(layout.positions, saved, pairs, SPACING)
        else:  # every step has its place: no layout needed
            self.auto_positions = {}
        for step in journey.steps:
            self._add_node(step)
        for transition in journey.transitions:
            self._add_edge(transition.id)

    @contextmanager
    def _batch(self) -> Iterator[None]:
        """Redraw each moved edge once, after the whole change, not per node moved."""
        if self._pending is not None:
            yield
            return
        self._pending = {}
        try:
            yield
        finally:
            pending, self._pending = self._pending, None
            drawn = [edge for edge in pending if edge.scene() is self]
            for edge in drawn:
                edge.update_path()
            self.place_labels(drawn)

    def place_labels(self, edges: list[FlowEdgeItem]) -> None:
        """Move each of ``edges``' labels to its first place that covers no node
        and no other label (or, where every place does, the least covered one),
        left to right, so that labels never sit on top of one another."""
        if not edges:
            return
        labels = LabelGrid()
        for edge in self.edges.values():
            shown = edge.label_rect()
            if not shown.isNull():
                labels.file(edge, _box(shown))

        def order(edge: FlowEdgeItem) -> tuple[float, float, str]:
            box = edge.label_rect()
            return (box.left(), box.top(), edge.transition_id)

        for edge in sorted(edges, key=order):
            shown = edge.label_rect()
            if shown.isNull() or edge.source is edge.target:
                continue
            spot = _box(shown)
            if self.grid.covered(spot) + labels.covered(spot, exclude=edge) == 0:
                continue  # where it is, it covers nothing
            places = edge.label_places()
            best, least = places[0], math.inf
            for place in places:
                spot = _box(place)
                covered = self.grid.covered(spot) + labels.covered(spot, exclude=edge)
                if covered < least:
                    best, least = place, covered
                if covered == 0:
                    break
            edge.set_label_rect(best)
            labels.file(edge, _box(best))

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        zoom = painter.worldTransform().m11()
        area = QRectF(rect)
        for item in self.items(area, Qt.ItemSelectionMode.IntersectsItemBoundingRect):
            if isinstance(item, FlowEdgeItem) and item.label_rect().intersects(area):
                item.paint_label(painter, zoom)

    def node_moved(self, node: FlowNodeItem) -> None:
        """Re-file a node whose position changed and redraw its edges (call it
        after every ``setPos`` of a node)."""
        self.grid.file(node, node.pos().x(), node.pos().y())
        edges = node.edges_to_redraw()
        if self._pending is not None:
            self._pending.update(dict.fromkeys(edges))
        else:
            for edge in edges:
                edge.update_path()
            self.place_labels(edges)

    def _add_node(self, step: Step) -> FlowNodeItem:
        node = FlowNodeItem(step.id, self.flow_style)
        node.set_content(self.node_content(step))
        x, y = self._target_position(step)
        node.setPos(x, y)
        self.addItem(node)
        self.nodes[step.id] = node
        self.grid.file(node, node.pos().x(), node.pos().y())
        return node

    def _add_edge(self, transition_id: str) -> FlowEdgeItem | None:
        transition = self.document.journey.find("transitions", transition_id)
        if transition is None:
            return None
        source = self.nodes.get(transition.source)
        target = self.nodes.get(transition.target)
        if source is None or target is None:
            return None
        edge = FlowEdgeItem(transition.id, source, target, self.flow_style)
        self.addItem(edge)
        self.edges[transition.id] = edge
        edge.set_content(self.edge_content(transition), force=True, draw=False)
        # Its siblings' ports shift to make room for it.
        with self._batch():
            assert self._pending is not None
            self._pending.update(dict.fromkeys(source.edges + target.edges))
        return edge

    def _remove_edge(self, transition_id: str) -> None:
        edge = self.edges.pop(transition_id, None)
        if edge is not None:
            edge.detach()
            self.removeItem(edge)

    def _remove_node(self, step_id: str) -> None:
        node = self.nodes.pop(step_id, None)
        if node is None:
            return
        for edge in list(node.edges):
            self._remove_edge(edge.transition_id)
        self.grid.remove(node)
        self.removeItem(node)
        # auto_positions keeps the step's place, so undoing the removal puts it back there.

    def update_scene_rect(self) -> None:
        rect = self.itemsBoundingRect()
        if rect.isNull():
            rect = QRectF(0, 0, 400, 300)
        self.setSceneRect(rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))

    # -- what items show -------------------------------------------------------

    def node_content(self, step: Step) -> NodeContent:
        return node_content(self.document.journey, step, self.marks)

    def edge_content(self, transition: Transition) -> EdgeContent:
        return edge_content(self.document.journey, transition, self.marks, self._max_volume)

    def _compute_marks(self) -> MapMarks:
        live = self.live_analysis
        analysis = live.analysis if live is not None else None
        if analysis is not None:
            return marks_from_analysis(analysis, self.persona_id)
        return marks_from_measurements(self.document.journey)

    def _volume_ceiling(self) -> float:
        return volume_ceiling(self.document.journey, self.marks)

    def refresh_marks(self) -> None:
        """Re-read drop-off, pain points and volumes; repaint only what changed."""
        if not self.built:
            return
        self.marks = self._compute_marks()
        self._max_volume = self._volume_ceiling()
        with self._batch():
            self._refresh_all()

    def _refresh_all(self) -> None:
        journey = self.document.journey
        for step_id, node in self.nodes.items():
            step = journey.find("steps", step_id)
            if step is not None:
                node.set_content(self.node_content(step))
        for transition_id, edge in self.edges.items():
            transition = journey.find("transitions", transition_id)
            if transition is not None:
                self._set_edge_content(edge, transition)

    def _set_edge_content(self, edge: FlowEdgeItem, transition: Transition) -> None:
        pending = self._pending
        drawn = edge.set_content(self.edge_content(transition), draw=pending is None)
        if drawn and pending is not None:
            pending[edge] = None
        elif drawn:
            self.place_labels([edge])

    def set_persona(self, persona_id: str | None) -> None:
        """Mark the pain points of one persona, or of all with ``None``."""
        self.persona_id = persona_id
        self.refresh_marks()

    # -- following the document ------------------------------------------------

    def _on_changed(self, change: Change) -> None:
        if not self.built:
            return
        with self._batch():
            self._apply_change(change)

    def _apply_change(self, change: Change) -> None:
        journey = self.document.journey
        moved = False
        for transition_id in change.removed.get("transitions", ()):
            self._remove_edge(transition_id)
        for step_id in change.removed.get("steps", ()):
            self._remove_node(step_id)
        new_steps = change.added.get("steps")
        if new_steps:
            for step in journey.steps:  # in journey order, so placement is repeatable
                if step.id in new_steps and step.id not in self.nodes:
                    self._add_node(step)
                    moved = True
        new_transitions = change.added.get("transitions")
        if new_transitions:
            for transition in journey.transitions:
                if transition.id in new_transitions and transition.id not in self.edges:
                    self._add_edge(transition.id)
        for step_id in change.updated.get("steps", ()):
            moved |= self._refresh_step(step_id)
        self._refresh_channels_and_stages(change)
        self._refresh_transitions(change)
        if moved or change.removed.get("steps"):
            self.update_scene_rect()

    def _refresh_step(self, step_id: str) -> bool:
        node = self.nodes.get(step_id)
        step = self.document.journey.find("steps", step_id)
        if node is None or step is None:
            return False
        node.set_content(self.node_content(step))
        x, y = self._target_position(step)
        if node.pos() != QPointF(x, y):
            node.setPos(x, y)
            self.node_moved(node)
            return True
        return False

    def _refresh_channels_and_stages(self, change: Change) -> None:
        channels = change.updated.get("channels", set()) | change.removed.get("channels", set())
        stages = change.updated.get("stages", set())
        if not channels and not stages:
            return
        for step in self.document.journey.steps:
            if step.channel_id in channels or step.stage_id in stages:
                node = self.nodes.get(step.id)
                if node is not None:
                    node.set_content(self.node_content(step))

    def _refresh_transitions(self, change: Change) -> None:
        touched = change.keys("transitions")
        if not touched:
            return
        journey = self.document.journey
        ceiling = self._volume_ceiling()
        if ceiling != self._max_volume:
            self._max_volume = ceiling
            touched = set(self.edges) | touched
        for transition_id in change.updated.get("transitions", ()):
            edge = self.edges.get(transition_id)
            transition = journey.find("transitions", transition_id)
            if (
                edge is not None
                and transition is not None
                and (
                    edge.source.step_id != transition.source
                    or edge.target.step_id != transition.target
                )
            ):
                self._remove_edge(transition_id)
                self._add_edge(transition_id)
        for transition_id in touched:
            edge = self.edges.get(transition_id)
            transition = journey.find("transitions", transition_id)
            if edge is not None and transition is not None:
                self._set_edge_content(edge, transition)

    def _target_position(self, step: Step) -> tuple[float, float]:
        if step.position is not None:
            return (step.position.x, step.position.y)
        if step.id not in self.auto_positions:
            self.auto_positions[step.id] = self._place_new(step)
        return self.auto_positions[step.id]

    def _place_new(self, step: Step) -> tuple[float, float]:
        """A free place for a step the layout has not seen: right of the steps
        leading to it, left of those it leads to, or below its stage's steps."""
        journey = self.document.journey
        drawn = self.nodes
        preds = [drawn[t.source].pos() for t in journey.transitions
                 if t.target == step.id and t.source in drawn]  # fmt: skip
        succs = [drawn[t.target].pos() for t in journey.transitions
                 if t.source == step.id and t.target in drawn]  # fmt: skip
        peers = [drawn[s.id].pos() for s in journey.steps
                 if s.stage_id == step.stage_id and s.id in drawn and s.id != step.id]  # fmt: skip
        if preds:
            x = max(p.x() for p in preds) + SPACING.column_step
            y = sum(p.y() for p in preds) / len(preds)
        elif succs:
            x = min(p.x() for p in succs) - SPACING.column_step
            y = sum(p.y() for p in succs) / len(succs)
        elif peers:
            x = min(p.x() for p in peers)
            y = max(p.y() for p in peers) + SPACING.row_step
        elif self.nodes:
            everything = [node.pos() for node in self.nodes.values()]
            x = max(p.x() for p in everything) + SPACING.column_step
            y = min(p.y() for p in everything)
        else:
            x, y = SPACING.node_width / 2, SPACING.node_height / 2
        while self._occupied(x, y, step.id):
            y += SPACING.row_step
        return (x, y)

    def _occupied(self, x: float, y: float, step_id: str) -> bool:
        w, h = SPACING.node_width + 10, SPACING.node_height + 10
        area = QRectF(x - w / 2, y - h / 2, w, h)
        return any(
            isinstance(item, FlowNodeItem) and item.step_id != step_id
            for item in self.items(area, Qt.ItemSelectionMode.IntersectsItemShape)
        )

    # -- gestures -> edits -----------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_start = {node.step_id: node.pos() for node in self.selected_nodes()}

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if self._drag_start and event.buttons() & Qt.MouseButton.LeftButton:
            with self._batch():
                for node in self.selected_nodes():
                    self.node_moved(node)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or not self._drag_start:
            return
        start, self._drag_start = self._drag_start, {}
        moved = {
            step_id: self.nodes[step_id].pos()
            for step_id, pos in start.items()
            if step_id in self.nodes and self.nodes[step_id].pos() != pos
        }
        if moved and not self.commit_positions(moved):
            with self._batch():
                for step_id in moved:
                    self.nodes[step_id].setPos(start[step_id])
                    self.node_moved(self.nodes[step_id])

    def commit_positions(self, moved: dict[str, QPointF]) -> bool:
        """Save where the user put nodes: one undo entry. False when refused."""
        journey = self.document.journey
        edits = []
        for step_id, pos in moved.items():
            step = journey.find("steps", step_id)
            if step is None:
                continue
            label = _tr("Move step '{0}'").format(short_text(step.title))
            where = Position(x=round(pos.x(), 1), y=round(pos.y(), 1))
            edits.append(UpdateItem("steps", step_id, {"position": where}, label=label))
        if not edits:
            return False
        edit = (
            edits[0]
            if len(edits) == 1
            else CompositeEdit(edits, label=_tr("Move {0} steps").format(len(edits)))
        )
        try:
            self.document.push(edit)
        except EditError:
            return False
        return True

    def auto_layout(self) -> bool:
        """Lay out every step afresh and save the positions, as one undo entry.

        Returns False when every step already sits where the layout puts it.
        """
        journey = self.document.journey
        layout = layout_journey(journey, SPACING)
        edits = []
        for step in journey.steps:
            x, y = layout.positions[step.id]
            where = Position(x=round(x, 1), y=round(y, 1))
            if step.position != where:
                edits.append(UpdateItem("steps", step.id, {"position": where}))
        if not edits:
            return False
        self.auto_positions = {k: (p[0], p[1]) for k, p in layout.positions.items()}
        self.document.push(CompositeEdit(edits, label=_tr("Auto layout")))
        self.update_scene_rect()
        return True

    def selected_nodes(self) -> list[FlowNodeItem]:
        return [item for item in self.selectedItems() if isinstance(item, FlowNodeItem)]

    # -- selection, both ways --------------------------------------------------

    def _publish_selection(self) -> None:
        if self._syncing:
            return
        chosen = []
        for item in self.selectedItems():
            if isinstance(item, FlowNodeItem):
                chosen.append(("steps", item.step_id))
            elif isinstance(item, FlowEdgeItem):
                chosen.append(("transitions", item.transition_id))
        wanted = set(chosen)
        before = self.selection.items
        kept = [key for key in before if key in wanted]
        known = set(kept)
        self._syncing = True
        try:
            self.selection.set(kept + sorted(key for key in chosen if key not in known))
        finally:
            self._syncing = False

    def _follow_selection(self) -> None:
        if self._syncing:
            return
        wanted = set(self.selection.items)
        self._syncing = True
        try:
            for item in self.selectedItems():
                if _key_of(item) not in wanted:
                    item.setSelected(False)
            for collection, key in wanted:
                drawn = self.item_for(collection, key)
                if drawn is not None and not drawn.isSelected():
                    drawn.setSelected(True)
        finally:
            self._syncing = False

    def item_for(self, collection: str, key: Any) -> FlowNodeItem | FlowEdgeItem | None:
        """The node of a step or the edge of a transition, if drawn."""
        if collection == "steps":
            return self.nodes.get(key)
        if collection == "transitions":
            return self.edges.get(key)
        return None


def _key_of(item: Any) -> tuple[str, Any] | None:
    if isinstance(item, FlowNodeItem):
        return ("steps", item.step_id)
    if isinstance(item, FlowEdgeItem):
        return ("transitions", item.transition_id)
    return None


def _box(rect: QRectF) -> Box:
    return (rect.left(), rect.top(), rect.right(), rect.bottom())
