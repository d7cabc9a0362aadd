"""The view of the map: zoom, pan, fit, rubber-band selection and a context menu.

Zoom with Ctrl+wheel (around the mouse) or :meth:`MapView.zoom_in` /
:meth:`~MapView.zoom_out` / :meth:`~MapView.zoom_reset` / :meth:`~MapView.fit_all`,
which the window binds to Ctrl++, Ctrl+- and Ctrl+0. Pan with the wheel, by
dragging with the middle button, or by dragging while holding Space. When the
lane labels scroll out of sight, the view keeps them pinned to its left edge.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QAction, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QMenu

from journeymap.canvas.backdrop import OVERVIEW_ZOOM
from journeymap.canvas.layout import GUTTER, HEADER_H
from journeymap.canvas.paint import draw_lines, tr, wrap_text
from journeymap.canvas.recorded_item import RecordedItem
from journeymap.model.journey import Lane
from journeymap.ui.map.scene import EditorMapScene

__all__ = ["MapView"]

MIN_ZOOM, MAX_ZOOM = 0.03, 4.0

STEP = 1.2
GESTURE_MS = 250
"""A zoom step within this long of the previous one continues the same gesture."""

PINNED_W = 116.0
"""Width of the lane labels pinned to the view's left edge."""


class MapView(QGraphicsView):
    """Shows a :class:`EditorMapScene`."""

    def __init__(self, scene: EditorMapScene, parent=None):
        super().__init__(scene, parent)
        self.map_scene = scene
        self._context_actions: list[QAction] = []
        self._lane_actions: list[QAction] = []
        self._panning: QPointF | None = None
        self._space = False
        self.pin_lane_labels = True
        """Keep the lane names visible at the left edge when the gutter scrolls away."""
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlags(
            QGraphicsView.OptimizationFlag.DontSavePainterState
            | QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing
        )
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        scene.selection.changed.connect(self._reveal_current)
        scene.rebuilt.connect(self.scroll_to_start)
        self._shown = False
        self._gesture_items: list[QGraphicsItem] = []
        self._gesture_end = QTimer(self)
        self._gesture_end.setSingleShot(True)
        self._gesture_end.setInterval(GESTURE_MS)
        self._gesture_end.timeout.connect(self._end_zoom_gesture)

    def scroll_to_start(self) -> None:
        """Show the beginning of the journey: the first stage, at the top."""
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self.scroll_to_start()

    # -- zoom ---------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        self.scale(factor / self.zoom, factor / self.zoom)
        self.map_scene.set_overview(self.zoom < OVERVIEW_ZOOM)

    @property
    def zooming(self) -> bool:
        """True during a zoom gesture (steps less than :data:`GESTURE_MS` apart)."""
        return self._gesture_end.isActive()

    def zoom_step(self, factor: float) -> None:
        """Zoom by ``factor`` as one step of a gesture (wheel, Ctrl++ / Ctrl+−)."""
        self._zoom_gesture_step()
        self.set_zoom(self.zoom * factor)

    def _zoom_gesture_step(self) -> None:
        """From the second of several zoom steps in quick succession on, the cards
        and lanes on screen are drawn once into pixmaps at their own size and
        scaled each frame, instead of replaying every text at every new scale;
        :meth:`_end_zoom_gesture` draws them crisply again. A single step is
        drawn crisply at once."""
        if self._gesture_end.isActive() and not self._gesture_items:
            shown = self.mapToScene(self.viewport().rect()).boundingRect()
            self._gesture_items = [
                item for item in self.map_scene.items(shown) if isinstance(item, RecordedItem)
            ]
            for item in self._gesture_items:
                item.setCacheMode(QGraphicsItem.CacheMode.ItemCoordinateCache)
        self._gesture_end.start()

    def _end_zoom_gesture(self) -> None:
        items, self._gesture_items = self._gesture_items, []
        for item in items:
            if item.scene() is self.map_scene:
                item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        if items:
            self.viewport().update()

    def zoom_in(self) -> None:
        self.zoom_step(STEP)

    def zoom_out(self) -> None:
        self.zoom_step(1 / STEP)

    def zoom_reset(self) -> None:
        """Back to 100 %."""
        self.set_zoom(1.0)

    def fit_all(self) -> None:
        """Show the whole map (never larger than 100 %)."""
        rect = self.map_scene.sceneRect()
        if rect.isEmpty():
            return
        view = self.viewport().rect()
        factor = min(view.width() / rect.width(), view.height() / rect.height()) * 0.98
        self.set_zoom(min(1.0, factor))
        self.centerOn(rect.center())

    def show_item(self, collection: str, key) -> None:
        """Scroll so the item is in view (zooming in when it would be too small to read)."""
        item = self.map_scene.item_for((collection, key))
        if item is None and collection == "ratings":
            item = self.map_scene.item_for(("steps", key[0]))
        if item is None:
            return
        if self.zoom < 0.5:
            self.set_zoom(0.8)
        self.ensureVisible(item.sceneBoundingRect(), 60, 60)

    def _reveal_current(self) -> None:
        current = self.map_scene.selection.current
        if current is not None and not self.map_scene._syncing:
            item = self.map_scene.item_for(current)
            if item is not None and not self._visible(item.sceneBoundingRect()):
                self.show_item(*current)

    def _visible(self, rect: QRectF) -> bool:
        return self.mapToScene(self.viewport().rect()).boundingRect().intersects(rect)

    # -- context menu -----------------------------------------------------------------

    def set_context_actions(self, actions: list[QAction]) -> None:
        """The actions of the map's context menu (``None`` entries become separators)."""
        self._context_actions = list(actions)

    def set_lane_actions(self, actions: list[QAction]) -> None:
        """Actions added below "Hide lane" when a lane label is right-clicked."""
        self._lane_actions = list(actions)

    def lane_at(self, pos) -> Lane | None:
        """The lane whose label is at viewport point ``pos`` (the gutter, or the
        pinned labels at the left edge), or ``None``."""
        scene_pos = self.mapToScene(pos)
        in_gutter = scene_pos.x() < GUTTER or (self._labels_pinned() and pos.x() < PINNED_W)
        if not in_gutter:
            return None
        for row in self.map_scene.layout.lanes:
            if row.y <= scene_pos.y() < row.y + row.h:
                return row.lane
        return None

    def _lane_menu(self, lane: Lane) -> QMenu:
        from journeymap.ui.map.lanes import lane_title, push_visibility

        menu = QMenu(self)
        name = lane_title(lane)
        hide = menu.addAction(tr("Hide Lane '{name}'").format(name=name))
        hide.setStatusTip(tr("Take the lane off the map (View ▸ Lanes shows it again)"))

        def hide_lane() -> None:
            problem = push_visibility(self.map_scene.document, lane, False)
            if problem:
                self.map_scene.edit_failed.emit(problem)

        hide.triggered.connect(hide_lane)
        if self._lane_actions:
            menu.addSeparator()
            menu.addActions(self._lane_actions)
        return menu

    def contextMenuEvent(self, event) -> None:
        lane = self.lane_at(event.pos())
        if lane is not None:
            menu = self._lane_menu(lane)
            self.run_menu(menu, event.globalPos())
            menu.deleteLater()
            return
        item = self.itemAt(event.pos())
        while item is not None and not hasattr(item, "key"):
            item = item.parentItem()
        if item is not None and not item.isSelected():
            self.map_scene.clearSelection()
            item.setSelected(True)
        if not self._context_actions:
            return
        menu = QMenu(self)
        for action in self._context_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        self.run_menu(menu, event.globalPos())
        menu.deleteLater()

    def run_menu(self, menu: QMenu, global_pos) -> None:
        """Show ``menu`` until the user picks or leaves (tests replace this)."""
        menu.exec(global_pos)

    # -- wheel, pan -----------------------------------------------------------------------

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_step(STEP**steps)
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event) -> None:
        if (
            event.key() == Qt.Key.Key_Space
            and not event.isAutoRepeat()
            and not self.map_scene.renaming
        ):
            self._space = True
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space:
            self._space = False
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            event.accept()
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._panning = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._panning is not None:
            delta = event.position() - self._panning
            self._panning = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.MiddleButton and self._panning is not None:
            self._panning = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # -- pinned lane labels -----------------------------------------------------------------

    def _labels_pinned(self) -> bool:
        left = self.mapToScene(0, 0).x()
        return self.pin_lane_labels and left > GUTTER * 0.6 and self.zoom >= 0.25

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        super().drawForeground(painter, rect)  # the scene's transition labels
        if not self._labels_pinned():
            return
        left = self.mapToScene(0, 0).x()
        from journeymap.canvas.header_items import LANE_TITLES

        style = self.map_scene.map_style
        painter.save()
        painter.resetTransform()
        width = PINNED_W
        top = max(0.0, float(self.mapFromScene(QPointF(left, HEADER_H)).y()))
        end = self.mapFromScene(QPointF(left, self.map_scene.layout.height)).y()
        height = min(float(self.viewport().height()), float(end))
        painter.fillRect(QRectF(0, top, width, height - top), style.background)
        painter.setPen(QPen(style.grid, 1))
        painter.drawLine(QPointF(width, top), QPointF(width, height))
        font = style.small_bold_font
        for row in self.map_scene.layout.lanes:
            y = float(self.mapFromScene(QPointF(left, row.y)).y())
            if y < top - 20 or y > height:
                continue
            painter.setPen(QPen(style.grid, 1))
            painter.drawLine(QPointF(0, y), QPointF(width, y))
            painter.setPen(style.text)
            title = tr(LANE_TITLES.get(row.lane, str(row.lane)))
            draw_lines(painter, wrap_text(title, font, width - 14, 2), 8, y + 6, font, 14)
        painter.restore()
