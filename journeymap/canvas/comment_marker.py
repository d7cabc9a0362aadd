"""The comment marker on a step's card: a speech bubble with the number of
unresolved comments (filled), or a tick when every thread is resolved (outline).
It reads by its shape and number, not by colour alone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen

from journeymap.canvas.style import qcolor

if TYPE_CHECKING:
    from journeymap.canvas.style import MapStyle

__all__ = ["paint_comment_marker"]

OPEN_COLOUR = "#0072b2"


def _bubble(x: float, y: float, w: float, h: float) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(QRectF(x, y, w, h), 6, 6)
    tail = QPainterPath()
    tail.moveTo(x + 7, y + h - 1)
    tail.lineTo(x + 5, y + h + 5)
    tail.lineTo(x + 13, y + h - 1)
    tail.closeSubpath()
    return path.united(tail)


def paint_comment_marker(painter: QPainter, style: MapStyle, at: QPointF, unresolved: int) -> None:
    """Draw the marker with its top-left corner at ``at``."""
    text = str(unresolved) if unresolved else "✓"
    font = style.small_bold_font
    w = max(24.0, style.metrics(font).horizontalAdvance(text) + 14)
    path = _bubble(at.x(), at.y(), w, 17)
    painter.save()
    colour = qcolor(OPEN_COLOUR)
    if unresolved:
        painter.setPen(QPen(colour.darker(130), 1))
        painter.setBrush(colour)
        ink = qcolor("#ffffff")
    else:
        painter.setPen(QPen(style.muted, 1.2))
        painter.setBrush(style.card)
        ink = style.muted
    painter.drawPath(path)
    painter.setPen(ink)
    painter.setFont(font)
    painter.drawText(QRectF(at.x(), at.y(), w, 17), Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()
