"""The emotion curve: one line per persona along the map, in the persona's colour
and marker shape. A missing emotion breaks the line; it never counts as zero."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from journeymap.canvas.layout import COLUMN_W
from journeymap.canvas.paint import persona_marker, writes_vectors
from journeymap.canvas.recorded_item import ITEM_TYPE
from journeymap.model.journey import Lane
from journeymap.model.scales import EMOTION

if TYPE_CHECKING:
    from journeymap.canvas.layout import MapLayout
    from journeymap.canvas.scene import MapScene

__all__ = ["EmotionCurveItem", "curve_y"]

CURVE_TOP = 56.0
"""Room above +2 for the quotes of the low points (see ``cells_item``)."""
CURVE_BOTTOM = 18.0


def curve_y(top: float, height: float, value: float) -> float:
    """The y of an emotion ``value`` (−2..+2) in a lane at ``top`` of ``height``."""
    span = height - CURVE_TOP - CURVE_BOTTOM
    t = (value - EMOTION.low) / (EMOTION.high - EMOTION.low)
    return top + CURVE_TOP + (1 - t) * span


class EmotionCurveItem(QGraphicsItem):
    """The curve of one persona. Painting touches only the exposed columns, so a
    2,000-step curve costs no more per frame than a short one."""

    Type = ITEM_TYPE + 6

    def __init__(self, map_scene: MapScene, persona_id: str, index: int):
        super().__init__()
        self.map_scene = map_scene
        self.persona_id = persona_id
        self.index = index
        self.colour = QColor("#0072b2")
        self._layout: MapLayout | None = None
        self._emotions: dict[str, float | None] = {}
        self._xs: list[float] | None = None
        self._values: list[float | None] | None = None
        self.top = 0.0
        self.offset = 0.0
        self.height = 0.0
        self._bounds = QRectF()
        self.setZValue(5)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def type(self) -> int:
        return self.Type

    def boundingRect(self) -> QRectF:
        return self._bounds

    def refresh(self) -> None:
        """Re-read the persona's emotions along the map order."""
        scene = self.map_scene
        layout = scene.layout
        self.prepareGeometryChange()
        row = layout.lane(Lane.EMOTION_CURVE)
        persona = scene.lookup("personas", self.persona_id)
        if row is None or persona is None:
            self._bounds = QRectF()
            self.setVisible(False)
            return
        self.setVisible(True)
        self.colour = scene.persona_qcolor(self.index)
        self.top, self.height = row.y, row.h
        # Only references: the columns in view are read when they are painted,
        # so an edit of a 10,000-step map does not walk every step per persona.
        self._layout = layout
        self._emotions = scene.emotions(self.persona_id)
        self._xs = self._values = None
        self._bounds = QRectF(0, row.y, layout.width, row.h)
        self.update()

    @property
    def xs(self) -> list[float]:
        """The x of every point, in map order (made when first asked for)."""
        if self._xs is None:
            layout, offset = self._layout, COLUMN_W / 2 + self.offset
            self._xs = [] if layout is None else [x + offset for x in layout.xs]
        return self._xs

    @property
    def values(self) -> list[float | None]:
        """The emotion at every point, in map order (``None`` breaks the line)."""
        if self._values is None:
            layout, emotions = self._layout, self._emotions
            self._values = [] if layout is None else [emotions.get(sid) for sid in layout.order]
        return self._values

    def point(self, i: int) -> QPointF:
        value = self.values[i]
        assert value is not None
        return QPointF(self.xs[i], curve_y(self.top, self.height, value))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        layout = self._layout
        if layout is None or not layout.order:
            return
        exposed = option.exposedRect
        if painter.hasClipping():
            # Exports render page by page: only this page's part of the curve.
            exposed = exposed.intersected(painter.clipBoundingRect())
        # The exposed columns from the layout's sorted column edges (the same
        # points as bisecting the curve's own xs, shifted by the same offset).
        lefts, shift = layout.xs, COLUMN_W / 2 + self.offset
        lo = max(0, bisect.bisect_left(lefts, exposed.left() - COLUMN_W * 2 - shift) - 1)
        hi = min(len(lefts), bisect.bisect_right(lefts, exposed.right() + COLUMN_W * 2 - shift) + 1)
        order, emotions = layout.order, self._emotions
        top, height = self.top, self.height
        points = {
            i: QPointF(lefts[i] + shift, curve_y(top, height, value))
            for i in range(lo, hi)
            if (value := emotions.get(order[i])) is not None
        }
        # Separate flat-capped segments: an antialiased wide polyline costs
        # thirty times more to rasterise, and the markers cover the joints.
        painter.setPen(QPen(self.colour, 3.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        segments = [
            QLineF(points[i], points[i + 1])
            for i in range(lo, hi - 1)
            if i in points and i + 1 in points
        ]
        if segments and writes_vectors(painter):
            # Into an SVG, one path of the same segments: one element.
            path = QPainterPath()
            for segment in segments:
                path.moveTo(segment.p1())
                path.lineTo(segment.p2())
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        elif segments:
            painter.drawLines(segments)
        painter.setPen(QPen(self.map_scene.map_style.background, 1.5))
        painter.setBrush(self.colour)
        # The markers as one path: one call (and one element in an SVG)
        # instead of one per step; they never overlap (a column apart).
        marker = persona_marker(self.index, 11)
        markers = QPainterPath()
        for i in range(lo, hi):
            if i in points:
                markers.addPath(marker.translated(points[i]))
        if not markers.isEmpty():
            painter.drawPath(markers)
