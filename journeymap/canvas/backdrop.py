"""What the map scene draws behind its items: stage bands and lane lines, and,
when zoomed far out, a quick overview that replaces the items (coloured card
blocks, drop-off bars and the emotion curves) so a whole 2,000-step map still
repaints in a few milliseconds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen

from journeymap import palette
from journeymap.canvas.curve_item import curve_y
from journeymap.canvas.layout import COLUMN_W, HEADER_H
from journeymap.canvas.style import qcolor, severity_qcolor
from journeymap.model.journey import Lane

if TYPE_CHECKING:
    from journeymap.canvas.scene import MapScene

__all__ = ["OVERVIEW_ZOOM", "draw_backdrop", "draw_overview"]

OVERVIEW_ZOOM = 0.12
"""Below this zoom the map shows the overview instead of its items."""


def draw_backdrop(scene: MapScene, painter: QPainter, rect: QRectF) -> None:
    """Background, alternating stage bands and the lines between lanes."""
    style = scene.map_style
    painter.fillRect(rect, style.background)
    layout = scene.layout
    for n, sid in enumerate(layout.stage_order):
        band = layout.stages[sid]
        if n % 2 or band.right < rect.left() or band.x > rect.right():
            continue
        painter.fillRect(QRectF(band.x, HEADER_H, band.w, band.h - HEADER_H), style.stage_band)
    curve = layout.lane(Lane.EMOTION_CURVE)
    if curve is not None:
        # Above neutral is good, below is bad: tinted, so the curve reads at a glance.
        left, right = max(rect.left(), 0.0), min(rect.right(), layout.width)
        top, zero = curve_y(curve.y, curve.h, 2.0) - 8, curve_y(curve.y, curve.h, 0.0)
        bottom = curve_y(curve.y, curve.h, -2.0) + 8
        good, bad = QColor(qcolor(palette.GOOD)), QColor(qcolor(palette.BAD))  # copies: cached
        good.setAlpha(22)
        bad.setAlpha(26)
        painter.fillRect(QRectF(left, top, right - left, zero - top), good)
        painter.fillRect(QRectF(left, zero, right - left, bottom - zero), bad)
        painter.setPen(QPen(style.grid, 1.5))
        painter.drawLine(QPointF(left, zero), QPointF(right, zero))
    painter.setPen(QPen(style.grid, 1))
    for row in layout.lanes:
        painter.drawLine(QPointF(rect.left(), row.y), QPointF(rect.right(), row.y))
    if layout.lanes:
        bottom = layout.lanes[-1].y + layout.lanes[-1].h
        painter.drawLine(QPointF(rect.left(), bottom), QPointF(rect.right(), bottom))


def draw_overview(scene: MapScene, painter: QPainter, rect: QRectF) -> None:
    """Cards as blocks (pain points in their severity colour), drop-off as bars
    below them, and the emotion curves; only the columns inside ``rect``."""
    layout = scene.layout
    style = scene.map_style
    marks = scene.marks
    columns = layout.columns_between(rect.left(), rect.right())
    order = layout.order
    painter.setPen(QPen(style.card_border, 0))
    for i in columns:
        sid = order[i]
        box = layout.card(sid)
        pain = marks.pains.get(sid)
        painter.setBrush(severity_qcolor(pain.severity) if pain is not None else style.card)
        painter.drawRect(QRectF(box.x, box.y, box.w, box.h))
        drop = marks.drops.get(sid)
        if drop is not None and drop.level >= 2:
            height = box.h * min(1.0, (drop.rate or 0.0) * 2)
            painter.fillRect(
                QRectF(box.x, box.bottom + 4, box.w, max(6.0, height * 0.4)),
                qcolor("#d55e00") if drop.level == 3 else qcolor("#f4a582"),
            )
    row = layout.lane(Lane.EMOTION_CURVE)
    if row is None:
        return
    for _index, persona in scene.shown_personas():
        curve = scene.curve(persona.id)
        if curve is None:
            continue
        painter.setPen(QPen(curve.colour, 0))
        segments = []
        previous = None
        for i in columns:
            sid = order[i]
            rating = scene.lookup("ratings", (sid, persona.id))
            value = rating.emotion if rating is not None else None
            point = (
                None
                if value is None
                else QPointF(layout.column_x[sid] + COLUMN_W / 2, curve_y(row.y, row.h, value))
            )
            if point is not None and previous is not None:
                segments.append(QLineF(previous, point))
            previous = point
        if segments:
            painter.drawLines(segments)
