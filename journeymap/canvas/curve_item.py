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
        self.xs: list[float] = []
        self.values: list[float | None] = []
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
        self.xs = [layout.column_x[sid] + COLUMN_W / 2 + self.offset for sid in layout.order]
        emotions = scene.emotions(self.persona_id)
        self.values = [emotions.get(sid) for sid in layout.order]
        self._bounds = QRectF(0, row.y, layout.width, row.h)
        self.update()

    def point(self, i: int) -> QPointF:
        value = self.values[i]
        assert value is not None
        return QPointF(self.xs[i], curve_y(self.top, self.height, value))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        if not self.xs:
            return
        exposed = option.exposedRect
        if painter.hasClipping():
            # Exports render page by page: only this page's part of the curve.
            exposed = exposed.intersected(painter.clipBoundingRect())
        lo = max(0, bisect.bisect_left(self.xs, exposed.left() - COLUMN_W * 2) - 1)
        hi = min(len(self.xs), bisect.bisect_right(self.xs, exposed.right() + COLUMN_W * 2) + 1)
        # Separate flat-capped segments: an antialiased wide polyline costs
        # thirty times more to rasterise, and the markers cover the joints.
        painter.setPen(QPen(self.colour, 3.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        segments = [
            QLineF(self.point(i), self.point(i + 1))
            for i in range(lo, hi - 1)
            if self.values[i] is not None and self.values[i + 1] is not None
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
            if self.values[i] is not None:
                markers.addPath(marker.translated(self.point(i)))
        if not markers.isEmpty():
            painter.drawPath(markers)
