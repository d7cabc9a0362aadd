"""Transitions drawn as arrows between step cards, labelled with their volume or
share; the line grows wider with the number of customers it carries."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from journeymap.canvas.analysis_text import count_text, rate_text
from journeymap.canvas.layout import Route
from journeymap.canvas.paint import metrics, wrap_text
from journeymap.canvas.recorded_item import ITEM_TYPE

if TYPE_CHECKING:
    from journeymap.canvas.scene import MapScene

__all__ = ["TransitionItem", "arrow_width"]

MIN_W, MAX_W = 1.6, 9.0
LABEL_LINE_H = 14.0
GAP_MARGIN = 16.0
"""A label between two neighbouring cards is this much narrower than their gap,
so its pill keeps clear of both."""
SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
OBSERVED_DASHES = [0.01, 1.6]
"""Dots for observed-only transitions (in pen widths; round caps make them round)."""


def faded(colour: QColor) -> QColor:
    """``colour`` at a third of its opacity: a designed transition nobody took."""
    result = QColor(colour)
    result.setAlphaF(colour.alphaF() * 0.35)
    return result


def arrow_width(volume: float | None, max_volume: float) -> float:
    """Line width for ``volume`` customers: grows with the square root of the
    volume, so both trickles and floods stay visible."""
    if not volume or max_volume <= 0:
        return MIN_W
    return MIN_W + (MAX_W - MIN_W) * math.sqrt(min(1.0, volume / max_volume))


class TransitionItem(QGraphicsItem):
    """One transition. Holds its id; the scene gives it a route and a label."""

    Type = ITEM_TYPE + 5

    def __init__(self, map_scene: MapScene, transition_id: str):
        super().__init__()
        self.map_scene = map_scene
        self.transition_id = transition_id
        self.route: Route | None = None
        self.ends: tuple[str, ...] = ()
        self._path: QPainterPath | None = None
        self._head = QPolygonF()
        self.label = ""
        self.width = MIN_W
        self.observed = False
        """Observed only: added for moves an event log saw and the design lacks."""
        self.untaken = False
        """Designed, and measured as taken by nobody (volume 0): drawn faded."""
        self._bounds = QRectF()
        self._shape: QPainterPath | None = None
        self.setFlag(SELECTABLE)
        self.setAcceptHoverEvents(True)
        self.setZValue(4)

    def type(self) -> int:
        return self.Type

    @property
    def key(self) -> tuple[str, str]:
        return ("transitions", self.transition_id)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(max(10.0, self.width + 6))
            self._shape = stroker.createStroke(self.path)
            self._shape.addPolygon(self.head)
        return self._shape

    def set_kind(self, observed: bool, untaken: bool) -> None:
        """Whether the transition is observed only, or designed and untaken."""
        if (observed, untaken) != (self.observed, self.untaken):
            self.observed, self.untaken = observed, untaken
            self.update()

    def set_route(self, route: Route | None, label: str, width: float) -> None:
        """Take a new path; the drawing is built lazily at the next paint."""
        if route == self.route and label == self.label and width == self.width:
            return
        self.prepareGeometryChange()
        self.route, self.label, self.width = route, label, width
        self._path = None
        self._shape = None
        if route is None:
            self._bounds = QRectF()
            self.setVisible(False)
            return
        if not self.isVisible():
            self.setVisible(True)
        # The control points' hull holds the curve; cheaper than building it.
        xs = (route.p0[0], route.c1[0], route.c2[0], route.p3[0])
        ys = (route.p0[1], route.c1[1], route.c2[1], route.p3[1])
        bounds = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        if label:
            half = len(label) * 4.5 + 8
            x, y = route.label
            # Labels between neighbours may take three lines, growing upwards.
            above = 10 + (2 * LABEL_LINE_H if route.kind == "next" else 0)
            bounds = bounds.united(QRectF(x - half, y - above, 2 * half, above + 10))
        margin = width + 14
        self._bounds = bounds.adjusted(-margin, -margin, margin, margin)
        self.update()

    @property
    def path(self) -> QPainterPath:
        if self._path is None:
            self._build()
        assert self._path is not None  # _build made it
        return self._path

    @property
    def head(self) -> QPolygonF:
        if self._path is None:
            self._build()
        return self._head

    def _build(self) -> None:
        self._path = QPainterPath()
        self._head = QPolygonF()
        route, width = self.route, self.width
        if route is None:
            return
        p0, c1, c2, p3 = (QPointF(*p) for p in (route.p0, route.c1, route.c2, route.p3))
        direction = p3 - c2
        length = math.hypot(direction.x(), direction.y()) or 1.0
        ux, uy = direction.x() / length, direction.y() / length
        head_len = 9 + width * 1.2
        head_w = 5 + width * 0.9
        base = QPointF(p3.x() - ux * head_len, p3.y() - uy * head_len)
        self._path.moveTo(p0)
        self._path.cubicTo(c1, c2, base)
        self._head = QPolygonF(
            [
                p3,
                QPointF(base.x() - uy * head_w, base.y() + ux * head_w),
                QPointF(base.x() + uy * head_w, base.y() - ux * head_w),
            ]
        )

    def shown_lines(self) -> list[str]:
        """The label as drawn: one line, or on a short arrow whose label is wider
        than the gap between the cards, its text on up to two lines (shortened
        with "…") and the number on a line of its own."""
        if self.route is None or self.route.kind != "next" or not self.label:
            return [self.label] if self.label else []
        font = self.map_scene.map_style.small_bold_font
        width = max(24.0, self.route.p3[0] - self.route.p0[0] - GAP_MARGIN)
        if metrics(font).horizontalAdvance(self.label) <= width:
            return [self.label]
        *text, number = self.label.rsplit(" · ", 1)
        if not text:
            return wrap_text(self.label, font, width, 3)
        return wrap_text(text[0], font, width, 2) + wrap_text(number, font, width, 1)

    def shown_label(self) -> str:
        """The label as drawn, its lines joined by newlines."""
        return "\n".join(self.shown_lines())

    def hoverEnterEvent(self, event) -> None:
        scene = self.map_scene
        t = scene.lookup("transitions", self.transition_id)
        if t is not None:
            names = [scene.lookup("steps", s) for s in (t.source, t.target)]
            text = " → ".join(s.title if s is not None else "?" for s in names)
            self.setToolTip(text + (f"\n{self.label}" if self.label else ""))
        super().hoverEnterEvent(event)

    def _label_rect(self, lines: list[str]) -> QRectF:
        assert self.route is not None
        fm = metrics(self.map_scene.map_style.small_bold_font)
        w = max(fm.horizontalAdvance(line) for line in lines) + 10
        x, y = self.route.label
        extra = (len(lines) - 1) * LABEL_LINE_H
        return QRectF(x - w / 2, y - 9 - extra, w, 18 + extra)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        if self.route is None:
            return
        colour = self._colour()
        pen = QPen(colour, self.width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
        if self.observed:
            # Dots (round caps), told apart from the dashes of going back.
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setDashPattern(OBSERVED_DASHES)
        elif self.route.kind == "back":
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setDashPattern([4.0, 2.0])
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(self.head)
        # The label is drawn by the scene above every line (draw_label).

    def _colour(self) -> QColor:
        style = self.map_scene.map_style
        if self.isSelected():
            return style.selection
        if self.untaken:
            return faded(style.arrow)
        if self.observed:
            return style.observed
        return style.arrow

    def label_rect(self) -> QRectF | None:
        """Where the label is drawn (scene units), or ``None`` when none is."""
        if not self.label or self.route is None or not self.isVisible():
            return None
        return self._label_rect(self.shown_lines())

    def draw_label(self, painter: QPainter) -> None:
        """The volume or share in a pill on the line."""
        if not self.label or self.route is None or not self.isVisible():
            return
        style = self.map_scene.map_style
        colour = self._colour()
        lines = self.shown_lines()
        rect = self._label_rect(lines)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.background)
        painter.drawRoundedRect(rect, 8, 8)
        painter.setPen(colour)
        painter.setFont(style.small_bold_font)
        top = rect.y() + 2
        for line in lines:
            line_rect = QRectF(rect.x(), top, rect.width(), LABEL_LINE_H)
            painter.drawText(line_rect, Qt.AlignmentFlag.AlignCenter, line)
            top += LABEL_LINE_H


def transition_label(volume: float | None, share: float | None, measured: bool) -> str:
    """``"1,200"`` for a measured volume, ``"40 %"`` for a share (the line's width
    still shows the customers it carries), ``"≈1,200"`` for a volume worked out
    from elsewhere; numbers as the analysis's texts write them, in the editor's
    locale."""
    if volume is not None and measured:
        return count_text(volume)
    if share is not None:
        return rate_text(share)
    if volume is not None:
        return "≈" + count_text(volume)
    return ""
