"""The view of the map: zoom, pan, fit, rubber-band selection and a context menu.

Zoom with Ctrl+wheel (around the mouse) or :meth:`MapView.zoom_in` /
:meth:`~MapView.zoom_out` / :meth:`~MapView.zoom_reset` / :meth:`~MapView.fit_all`,
which the window binds to Ctrl++, Ctrl+- and Ctrl+0. Pan with the wheel, by
dragging with the middle button, or by dragging while holding Space. When the
lane labels scroll out of sight, the view keeps them pinned to its left edge
(with the persona names of the ratings lane and the scale of the emotion curve),
and when the stage headers scroll out of sight it keeps them pinned to its top
edge: the map reads like a spreadsheet with frozen first row and column.

The default zoom (:func:`readable_zoom`) is the one at which the map's smallest
body text is :data:`MIN_TEXT_PX` pixels on screen, as large as the text of Qt's
own widgets; Fit Map fills the height of the view (the width scrolls).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QAction, QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QMenu, QStyleOptionGraphicsItem

from journeymap.canvas.backdrop import OVERVIEW_ZOOM
from journeymap.canvas.header_items import LaneLabelsItem, StageHeaderItem
from journeymap.canvas.layout import GUTTER, HEADER_H
from journeymap.canvas.paint import draw_lines, tr, wrap_text
from journeymap.canvas.recorded_item import RecordedItem
from journeymap.canvas.scene import show_map
from journeymap.canvas.style import MapStyle, qcolor
from journeymap.model.journey import Lane
from journeymap.ui.map.scene import EditorMapScene

__all__ = ["MIN_TEXT_PX", "MapView", "readable_zoom"]

MIN_ZOOM, MAX_ZOOM = 0.03, 4.0

STEP = 1.2
GESTURE_MS = 250
"""A zoom step within this long of the previous one continues the same gesture."""

MIN_TEXT_PX = 11.0
"""The smallest text on the map is at least this many pixels high on screen at
the default zoom (the size of the text of Qt's own widgets)."""

HEADER_SUBTITLE = "#c9d3e6"
"""The colour of the step count under a stage's name (as the stage header draws it)."""

REVEAL_MARGIN = 24
"""Pixels kept between a revealed item and the pinned labels or the view's edge."""


def readable_zoom(style: MapStyle) -> float:
    """The zoom at which the smallest body text of ``style`` is :data:`MIN_TEXT_PX`
    on screen (never below 100 %)."""
    smallest = min(style.small_font.pixelSize(), style.body_font.pixelSize())
    return max(1.0, MIN_TEXT_PX / smallest)


class MapView(QGraphicsView):
    """Shows a :class:`EditorMapScene`."""

    def __init__(self, scene: EditorMapScene, parent=None):
        super().__init__(scene, parent)
        self.map_scene = scene
        show_map(self, scene)
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
        self._labels_item: LaneLabelsItem | None = None
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

    def fit_zoom(self) -> float:
        """The zoom at which the map's whole height fills the view (at most
        100 %); the whole map when it is not wider than the view at that zoom."""
        rect = self.map_scene.map_rect
        view = self.viewport().rect()
        if rect.isEmpty() or view.isEmpty():
            return self.zoom
        return min(1.0, view.height() / rect.height() * 0.98)

    def fit_all(self) -> None:
        """Fit Map: the map's whole height fills the view; a map wider than the
        view scrolls sideways (with the lane labels pinned), centred where the
        view was, so the view is never a thin ribbon with most of it empty."""
        rect = self.map_scene.map_rect
        if rect.isEmpty():
            return
        middle = self.mapToScene(self.viewport().rect().center()).x()
        self.set_zoom(self.fit_zoom())
        wide = rect.width() * self.zoom > self.viewport().width()
        # A map wider than the view stays around what was in the middle of it.
        self.centerOn(QPointF(middle if wide else rect.center().x(), rect.center().y()))

    def show_item(self, collection: str, key) -> None:
        """Scroll so the item is in view (zooming in when it would be too small to read)."""
        item = self.map_scene.item_for((collection, key))
        if item is None and collection == "ratings":
            item = self.map_scene.item_for(("steps", key[0]))
        if item is None:
            return
        if self.zoom < 0.5:
            self.set_zoom(0.8)
        self.reveal(item.sceneBoundingRect())

    def clear_area(self) -> QRectF:
        """The part of the viewport (viewport pixels) that the pinned lane labels
        and stage headers can never cover."""
        inset_x = GUTTER * self.zoom if self.pin_lane_labels else 0.0
        inset_y = HEADER_H * self.zoom if self.pin_lane_labels else 0.0
        view = QRectF(self.viewport().rect())
        return view.adjusted(inset_x, inset_y, 0, 0)

    def reveal(self, scene_rect: QRectF) -> None:
        """Scroll so ``scene_rect`` lies in :meth:`clear_area` (its top-left corner
        first when it is larger), never under the pinned labels."""
        clear = self.clear_area().adjusted(REVEAL_MARGIN, REVEAL_MARGIN, -REVEAL_MARGIN, -8)
        shown = self.mapFromScene(scene_rect).boundingRect()
        for bar, low, high, start, end in (
            (self.horizontalScrollBar(), clear.left(), clear.right(), shown.left(), shown.right()),
            (self.verticalScrollBar(), clear.top(), clear.bottom(), shown.top(), shown.bottom()),
        ):
            delta = 0.0
            if end > high:
                delta = end - high
            if start - delta < low:
                delta = start - low
            bar.setValue(bar.value() + round(delta))

    def _reveal_current(self) -> None:
        current = self.map_scene.selection.current
        if current is not None and not self.map_scene._syncing:
            item = self.map_scene.item_for(current)
            if item is not None and not self._clear(item.sceneBoundingRect()):
                self.show_item(*current)

    def _clear(self, rect: QRectF) -> bool:
        """``rect`` (scene) lies wholly in the part of the view nothing pinned covers."""
        shown = QRectF(self.mapFromScene(rect).boundingRect())
        return self.clear_area().contains(shown)

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
        in_gutter = scene_pos.x() < GUTTER or self._in_pinned_column(pos)
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
        if event.key() == Qt.Key.Key_F2:
            self._reveal_rename()

    def keyReleaseEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space:
            self._space = False
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            event.accept()
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event) -> None:
        pos = event.position().toPoint()
        if event.button() == Qt.MouseButton.LeftButton and self._press_pinned(pos):
            event.accept()
            return
        if event.button() == Qt.MouseButton.MiddleButton:
            self._panning = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        stage = self.pinned_stage_at(event.position().toPoint())
        if stage is not None:
            self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
            self.map_scene.begin_rename(("stages", stage))
            self._reveal_rename()
            event.accept()
            return
        if self._in_pinned_column(event.position().toPoint()):
            event.accept()
            return
        super().mouseDoubleClickEvent(event)
        self._reveal_rename()

    def _reveal_rename(self) -> None:
        """Bring the in-place editor (F2, a double-click) out from under the
        pinned labels, which are painted above every item."""
        editor = self.map_scene.rename_editor()
        proxy = editor.graphicsProxyWidget() if editor is not None else None
        if proxy is not None and not self._clear(proxy.sceneBoundingRect()):
            self.reveal(proxy.sceneBoundingRect())

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

    # -- pinned lane labels and stage headers ------------------------------------------------

    def _labels_pinned(self) -> bool:
        """The gutter has scrolled (mostly) out of view: its labels are pinned."""
        left = self.mapToScene(0, 0).x()
        return self.pin_lane_labels and left > GUTTER * 0.4 and self.zoom >= 0.25

    def _headers_pinned(self) -> bool:
        """The stage headers have scrolled out of view: they are pinned."""
        top = self.mapToScene(0, 0).y()
        return self.pin_lane_labels and top > 1 and self.zoom >= 0.25

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        """Scrolling moves the drawn pixels; the pinned labels must not move with
        them. So only the part of the view that really scrolls is moved: right
        of the pinned lane labels when panning sideways, below the pinned stage
        headers when panning up or down (nothing under the pinned labels is
        drawn again). Anything else draws the whole view again."""
        before = (self._labels_pinned(), self._headers_pinned())
        if before == (False, False) or (dx and dy) or self.isRightToLeft():
            super().scrollContentsBy(dx, dy)
            if before != (False, False):
                self.viewport().update()
            return
        mode = self.viewportUpdateMode()
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.NoViewportUpdate)
        try:
            super().scrollContentsBy(dx, dy)
        finally:
            self.setViewportUpdateMode(mode)
        viewport = self.viewport()
        if (self._labels_pinned(), self._headers_pinned()) != before:
            viewport.update()  # a strip was pinned or let go: draw it all afresh
            return
        columns, headers = before
        width, height = viewport.width(), viewport.height()
        # The strips end in a grid line, a pixel past their edge.
        column = math.ceil(GUTTER * self.zoom) + 1 if columns else 0
        row = math.ceil(HEADER_H * self.zoom) + 1 if headers else 0
        if dx:
            viewport.scroll(dx, 0, QRect(column, 0, width - column, height))
            if headers:  # the name of the stage at the edge follows the edge
                viewport.update(self._edge_header_rect(column, row))
        if dy:
            viewport.scroll(0, dy, QRect(0, row, width, height - row))

    def _edge_header_rect(self, column: int, row: int) -> QRect:
        """The pinned header of the stage that begins left of the pinned lane
        labels (viewport pixels; empty when no stage does)."""
        edge = self.mapToScene(QPoint(column, 0)).x()
        for sid in self.map_scene.layout.stage_order:
            band = self.map_scene.layout.stages[sid]
            if band.x < edge + 1 < band.right:
                right = self.mapFromScene(QPointF(band.right, 0)).x()
                return QRect(
                    column, 0, max(0, min(self.viewport().width(), right) - column), row + 1
                )
        return QRect()

    def _lane_labels(self) -> LaneLabelsItem:
        """The scene's gutter (made once with the scene), painted again when pinned."""
        if self._labels_item is None or self._labels_item.scene() is not self.map_scene:
            self._labels_item = next(
                item for item in self.map_scene.items() if isinstance(item, LaneLabelsItem)
            )
        return self._labels_item

    def _in_pinned_column(self, pos) -> bool:
        return self._labels_pinned() and pos.x() < GUTTER * self.zoom

    def pinned_stage_at(self, pos) -> str | None:
        """The stage whose pinned header is at viewport point ``pos``, or ``None``."""
        if not self._headers_pinned() or pos.y() >= HEADER_H * self.zoom:
            return None
        if self._in_pinned_column(pos):
            return None
        x = self.mapToScene(pos).x()
        layout = self.map_scene.layout
        for sid in layout.stage_order:
            band = layout.stages[sid]
            if band.x <= x < band.right:
                return sid if self.map_scene.item_for(("stages", sid)) is not None else None
        return None

    def _press_pinned(self, pos) -> bool:
        """A left click on a pinned label: a stage header selects its stage; the
        lane labels take the click so the card scrolled under them does not."""
        stage = self.pinned_stage_at(pos)
        if stage is not None:
            header = self.map_scene.item_for(("stages", stage))
            if header is not None:
                self.map_scene.clearSelection()
                header.setSelected(True)
            return True
        if self._in_pinned_column(pos):
            return True
        return self._headers_pinned() and pos.y() < HEADER_H * self.zoom

    def _paint_pinned_header(
        self,
        painter: QPainter,
        header: StageHeaderItem,
        edge: float,
        top: float,
        option: QStyleOptionGraphicsItem,
    ) -> None:
        """``header`` at the view's top; when its stage begins left of ``edge``
        (the pinned lane labels) its name moves right with the view, so the stage
        a column belongs to can always be read."""
        x = header.pos().x()
        painter.save()
        painter.translate(x, top)
        header.paint(painter, option, None)
        shift = edge - x
        if shift > 0 and header.width - shift > 120:
            style = self.map_scene.map_style
            text = QRectF(shift, 8, header.width - shift - 8, HEADER_H - 16)
            painter.fillRect(text, style.header)
            painter.setPen(style.header_text)
            width = text.width() - 14
            lines = wrap_text(" ".join(header.lines), style.header_font, width, 1)
            draw_lines(painter, lines, shift + 14, 10, style.header_font, 22)
            painter.setPen(qcolor(HEADER_SUBTITLE))
            draw_lines(painter, [header.subtitle], shift + 14, 33, style.small_font, 14)
        painter.restore()

    def drawForeground(self, painter: QPainter, rect: QRect | QRectF) -> None:
        super().drawForeground(painter, rect)  # the scene's transition labels
        columns, headers = self._labels_pinned(), self._headers_pinned()
        if not (columns or headers):
            return
        origin = self.mapToScene(0, 0)
        style = self.map_scene.map_style
        option = QStyleOptionGraphicsItem()
        painter.save()
        edge = origin.x() + (GUTTER if columns else 0.0)
        # A frame of panning draws only the strip that came into view: the pinned
        # strips are drawn when that part reaches them (their edge line included).
        reach = 2 / max(self.zoom, 1e-6)
        if columns and rect.left() <= edge + reach:
            painter.save()
            painter.translate(origin.x(), 0)
            labels = self._lane_labels()
            gutter = QRectF(0, 0, GUTTER, labels.boundingRect().height())
            painter.setClipRect(gutter)
            painter.fillRect(gutter, style.background)
            labels.paint(painter, option, None)
            painter.setPen(style.grid)
            painter.drawLine(gutter.topRight(), gutter.bottomRight())
            painter.restore()
        if headers and rect.top() <= origin.y() + HEADER_H + reach:
            top = origin.y()
            painter.fillRect(QRectF(rect.left(), top, rect.width(), HEADER_H), style.background)
            stages = self.map_scene.layout.stages
            for sid in self.map_scene.layout.stage_order:
                band = stages[sid]
                if band.right < rect.left() or band.x > rect.right():
                    continue
                header = self.map_scene.item_for(("stages", sid))
                if isinstance(header, StageHeaderItem):
                    self._paint_pinned_header(painter, header, edge, top, option)
            painter.setPen(style.grid)
            bottom = top + HEADER_H
            painter.drawLine(QPointF(rect.left(), bottom), QPointF(rect.right(), bottom))
            if columns:
                corner = QRectF(origin.x(), top, GUTTER, HEADER_H)
                painter.fillRect(corner, style.background)
        painter.restore()
