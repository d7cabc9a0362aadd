"""The card of a step in the touchpoints lane: kind, title, channel, owner,
drop-off and pain mark; the handle to connect it to another step; dragging it
moves the step.
"""

from __future__ import annotations

from functools import lru_cache, partial
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem

from journeymap.canvas.analysis_text import count_text, drop_text, pain_reasons
from journeymap.canvas.cells_item import POSTER_FIELD_LINES
from journeymap.canvas.comment_marker import paint_comment_marker
from journeymap.canvas.layout import CARD_H, COLUMN_W
from journeymap.canvas.paint import (
    draw_channel_icon,
    draw_lines,
    draw_severity_mark,
    metrics,
    stamp,
    tr,
    wrap_text,
)
from journeymap.canvas.recorded_item import ITEM_TYPE, RecordedItem
from journeymap.canvas.service_cost import level_text, paint_level_badge, step_level
from journeymap.canvas.style import qcolor, severity_qcolor

if TYPE_CHECKING:
    from journeymap.canvas.scene import MapScene

__all__ = ["KIND_LABELS", "OWNERSHIP_LABELS", "StepCardItem", "poster_card_extra"]

PAD = 10.0
DROP_H = 28.0
KIND_LABELS = {
    "start": "START",
    "decision": "DECISION",
    "success": "SUCCESS END",
    "exit": "EXIT",
}
OWNERSHIP_LABELS = {"partner": "partner", "third_party": "third party"}
SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
BADGE_SIZE = {"critical": 30.0, "major": 26.0, "minor": 20.0}
TITLE_W = COLUMN_W - 2 * PAD - 18
BADGE_RIGHT = COLUMN_W - PAD + 4
"""The right edge of a step's service-level badge on its card."""
TITLE_LINE = 18.0
SMALL_LINE = 15.0
POSTER_TITLE_LINES = 8
"""At most this many lines of a card's title on a poster (the editor shows 2
and the rest on hover); a poster's cards grow to hold them."""


@lru_cache(maxsize=8)
def _strip_path(height: float = CARD_H) -> QPainterPath:
    """The drop-off strip: the bottom of a card ``height`` tall with its rounded
    corners (a filled path; clipping to the card costs far more to draw)."""
    card = QPainterPath()
    card.addRoundedRect(QRectF(1, 1, COLUMN_W - 2, height - 2), 7, 7)
    strip = QPainterPath()
    strip.addRect(QRectF(0, height - DROP_H, COLUMN_W, DROP_H))
    return card.intersected(strip)


def _draw_card(painter: QPainter, rect: QRectF, border: QColor, width: float, fill: QColor) -> None:
    painter.setPen(QPen(border, width))
    painter.setBrush(fill)
    painter.drawRoundedRect(rect, 8, 8)


def _draw_drop_mark(painter: QPainter, ink: QColor) -> None:
    """The drop-off's downward triangle, its top-left corner 4 above the origin."""
    painter.setPen(ink)
    painter.setBrush(ink)
    painter.drawPolygon(QPolygonF([QPointF(0, -4), QPointF(10, -4), QPointF(5, 4)]))


def _draw_person(painter: QPainter, pen: QPen) -> None:
    """The owner's pictogram (a head and shoulders) in a 14 x 14 box."""
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QRectF(4.5, 0.5, 5, 5))
    path = QPainterPath()
    path.moveTo(2, 13)
    path.cubicTo(2, 6, 12, 6, 12, 13)
    painter.drawPath(path)


class CardTexts(NamedTuple):
    title: list[str]
    channel: list[str]
    owner: list[str]
    channel_kind: str
    owner_below_badge: bool = False
    """On a poster, the owner is written on the line under the level badge
    when the badge leaves too little room beside it."""


def _card_texts(scene: MapScene, step_id: str) -> CardTexts:
    """The title, channel and owner lines of a step's card, and its channel's kind:
    one line each in the editor (two for the title), more on a poster."""
    step = scene.lookup("steps", step_id)
    if step is None:
        return CardTexts([], [], [], "")
    style = scene.map_style
    poster = scene.poster
    field_lines = POSTER_FIELD_LINES if poster else 1
    title = wrap_text(
        step.title or tr("(untitled)"),
        style.title_font,
        TITLE_W,
        POSTER_TITLE_LINES if poster else 2,
    )
    channel = scene.lookup("channels", step.channel_id) if step.channel_id else None
    name = channel.name if channel is not None else tr("no channel")
    ownership = ""
    if channel is not None and str(channel.ownership) in OWNERSHIP_LABELS:
        ownership = tr(OWNERSHIP_LABELS[str(channel.ownership)])
    channel_lines = wrap_text(
        name + (f" · {ownership}" if ownership else ""), style.small_font, TITLE_W, field_lines
    )
    level = step_level(scene, step_id)
    owner = step.owner or (channel.owner if channel is not None else "")
    owner_w = TITLE_W
    below = False
    if level:  # room for the level badge at the right of the owner's first line
        badge_w = metrics(style.small_bold_font).horizontalAdvance(level_text(level)) + 40
        room = BADGE_RIGHT - badge_w - 6 - (PAD + 20)
        below = poster and bool(owner) and room < 100  # a poster writes it whole, under
        owner_w = TITLE_W if below else max(40, room)
    owner_lines = wrap_text(owner, style.small_font, owner_w, field_lines) if owner else []
    kind = str(channel.kind) if channel is not None else ""
    return CardTexts(title, channel_lines, owner_lines, kind, below)


def _extra_height(texts: CardTexts) -> float:
    """How much taller than :data:`CARD_H` a card must be for these lines (the
    usual card holds two title lines, one channel line and one owner line)."""
    return (
        TITLE_LINE * max(0, len(texts.title) - 2)
        + SMALL_LINE * max(0, len(texts.channel) - 1)
        + SMALL_LINE * max(0, len(texts.owner) - 1)
        + (SMALL_LINE + 2 if texts.owner_below_badge else 0)
    )


def poster_card_extra(scene: MapScene, step_id: str) -> float:
    """How much taller than :data:`CARD_H` the card of ``step_id`` must be on
    ``scene`` (always 0 in the editor)."""
    if not scene.poster:
        return 0.0
    return _extra_height(_card_texts(scene, step_id))


class StepCardItem(RecordedItem):
    """The card of one step (holds the step id; reads the model when refreshed)."""

    Type = ITEM_TYPE + 1

    def __init__(self, map_scene: MapScene, step_id: str):
        super().__init__(map_scene)
        self.step_id = step_id
        self.setFlag(SELECTABLE)
        self.setAcceptHoverEvents(True)
        self.setZValue(2)
        self._hover = False
        self._press: QPointF | None = None
        self._mode = ""  # "", "drag", "connect"
        self.title_lines: list[str] = []
        self.channel_lines: list[str] = []
        self.channel_kind = "other"
        self.owner_lines: list[str] = []
        self.owner_below = False
        self.kind = "touchpoint"
        self.level = ""

    def type(self) -> int:
        return self.Type

    @property
    def key(self) -> tuple[str, str]:
        return ("steps", self.step_id)

    @property
    def title(self) -> str:
        """The title as shown (possibly wrapped and shortened)."""
        self.ensure()
        return " ".join(self.title_lines)

    @property
    def channel_text(self) -> str:
        """The channel as shown (one line in the editor)."""
        return " ".join(self.channel_lines)

    @property
    def owner_text(self) -> str:
        """The owner as shown (one line in the editor)."""
        return " ".join(self.owner_lines)

    @property
    def card_h(self) -> float:
        """The card's height: :data:`CARD_H`, or more on a poster with long titles."""
        return self.map_scene.layout.card_h

    def boundingRect(self) -> QRectF:
        return QRectF(-8, -16, COLUMN_W + 26, self.card_h + 24)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(QRectF(0, 0, COLUMN_W + 12, self.card_h))
        return path

    def title_rect(self) -> QRectF:
        self.ensure()
        top = PAD + (16 if self.kind in KIND_LABELS else 0)
        return QRectF(PAD, top, TITLE_W, TITLE_LINE * max(2, len(self.title_lines)) + 4)

    def connector_rect(self) -> QRectF:
        # Right edge, high up: clear of the arrows, which meet the card mid-height.
        return QRectF(COLUMN_W - 8, 40 - 9, 18, 18)

    def compute(self) -> None:
        scene = self.map_scene
        if scene.lookup("steps", self.step_id) is None:
            return
        step = scene.lookup("steps", self.step_id)
        self.kind = str(step.kind) if step is not None else "touchpoint"
        texts = _card_texts(scene, self.step_id)
        self.title_lines, self.channel_lines, self.owner_lines = (
            texts.title,
            texts.channel,
            texts.owner,
        )
        self.channel_kind = texts.channel_kind
        self.owner_below = texts.owner_below_badge
        self.level = step_level(scene, self.step_id)

    # -- painting -------------------------------------------------------------

    def draw(self, painter: QPainter, text_ok: bool) -> None:
        style = self.map_scene.map_style
        marks = self.map_scene.marks
        pain = marks.pains.get(self.step_id)
        rect = QRectF(0, 0, COLUMN_W, self.card_h)
        border, width = style.card_border, 1.2
        if pain is not None:
            border = severity_qcolor(pain.severity)
            width = {"critical": 4.0, "major": 2.5}.get(pain.severity, 1.5)
        card = style.card
        stamp(
            painter,
            ("card", self.card_h, border.rgba(), width, card.rgba()),
            0,
            0,
            lambda p: _draw_card(p, rect, border, width, card),
        )
        self._paint_drop(painter, marks.drops.get(self.step_id), rect, text_ok)
        if not text_ok:
            if pain is not None:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(severity_qcolor(pain.severity))
                painter.drawEllipse(QPointF(COLUMN_W - 8, 4), 20, 20)
            return
        if self.kind in KIND_LABELS:
            self._paint_kind(painter, style)
        painter.setPen(style.text)
        draw_lines(
            painter, self.title_lines, PAD, self.title_rect().y(), style.title_font, TITLE_LINE
        )
        y = 64.0 + TITLE_LINE * max(0, len(self.title_lines) - 2)
        kind = self.channel_kind or "none"
        stamp(
            painter,
            ("channel", kind, style.muted.rgba(), 0.9),
            PAD,
            y - 1,
            lambda p: draw_channel_icon(p, kind, style.muted, 0.9),
        )
        painter.setPen(QPen(style.muted, 1.3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        y = draw_lines(painter, self.channel_lines, PAD + 20, y, style.small_font, SMALL_LINE)
        y += 2
        if self.level:
            paint_level_badge(painter, style, BADGE_RIGHT, y - 1, self.level)
            if self.owner_below:
                y += SMALL_LINE + 2
        if self.owner_lines:
            self._paint_person(painter, PAD, y)
            draw_lines(painter, self.owner_lines, PAD + 20, y, style.small_font, SMALL_LINE)
        unresolved, total = self.map_scene.comment_counts(self.step_id)
        if total:
            paint_comment_marker(painter, style, QPointF(COLUMN_W - 64, -9), unresolved)
        if pain is not None:
            size = BADGE_SIZE.get(pain.severity, 20.0)
            draw_severity_mark(
                painter, QPointF(COLUMN_W - 6, 6), pain.severity, size, style.badge_font
            )

    def draw_overlay(self, painter: QPainter) -> None:
        style = self.map_scene.map_style
        if self.isSelected():
            painter.setPen(QPen(style.selection, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(-5, -5, COLUMN_W + 10, self.card_h + 10), 11, 11)
        if self._hover or self.isSelected():
            centre = self.connector_rect().center()
            painter.setPen(QPen(style.selection, 1.5))
            painter.setBrush(style.card)
            painter.drawEllipse(centre, 6, 6)
            painter.drawLine(centre + QPointF(-3, 0), centre + QPointF(3, 0))
            painter.drawLine(centre + QPointF(0, -3), centre + QPointF(0, 3))

    def _paint_kind(self, painter: QPainter, style) -> None:
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.muted)
        c = QPointF(PAD + 5, PAD + 6)
        if self.kind == "start":
            painter.drawPolygon(
                QPolygonF([c + QPointF(-4, -5), c + QPointF(5, 0), c + QPointF(-4, 5)])
            )
        elif self.kind == "decision":
            painter.drawPolygon(
                QPolygonF(
                    [c + QPointF(0, -5), c + QPointF(5, 0), c + QPointF(0, 5), c + QPointF(-5, 0)]
                )
            )
        elif self.kind == "success":
            painter.setPen(QPen(style.muted, 2))
            painter.drawPolyline(
                QPolygonF([c + QPointF(-4, 0), c + QPointF(-1, 4), c + QPointF(5, -5)])
            )
        else:
            painter.drawRect(QRectF(c.x() - 4, c.y() - 4, 8, 8))
        painter.setPen(style.muted)
        label = tr(KIND_LABELS[self.kind])
        draw_lines(painter, [label], PAD + 14, PAD - 1, style.small_bold_font, 14)
        painter.restore()

    def _paint_person(self, painter: QPainter, x: float, y: float) -> None:
        pen = painter.pen()
        key = ("person", pen.color().rgba(), pen.widthF())
        stamp(painter, key, x, y, lambda p: _draw_person(p, pen))

    def _paint_drop(self, painter: QPainter, drop, rect: QRectF, text_ok: bool) -> None:
        style = self.map_scene.map_style
        strip = QRectF(rect.x(), rect.bottom() - DROP_H, rect.width(), DROP_H)
        inflow = self.map_scene.marks.inflow.get(self.step_id)
        if drop is None and inflow is None:
            return
        painter.save()
        if drop is not None and drop.level >= 2:
            fill = qcolor("#d55e00") if drop.level == 3 else qcolor("#fbd3b8")
            ink = QColor("#ffffff") if drop.level == 3 else QColor("#5a1f00")
        else:
            fill = style.band
            ink = style.text
        height = self.card_h
        stamp(
            painter,
            ("strip", height, fill.rgba()),
            0,
            0,
            lambda p: p.fillPath(_strip_path(height), fill),
        )
        if not text_ok:
            painter.restore()
            return
        painter.setPen(ink)
        painter.setBrush(ink)
        cy = strip.center().y()
        if drop is not None:
            font = style.big_badge_font if drop.level == 3 else style.badge_font
            stamp(painter, ("drop", ink.rgba()), PAD, cy, partial(_draw_drop_mark, ink=ink))
            text = drop_text(drop)
            room = QRectF(PAD + 16, strip.y(), strip.width() - PAD - 20, DROP_H)
            if inflow:
                lost = text + "  " + tr("lost")
                # The word goes when it does not fit (long in Finnish): never cut numbers.
                if metrics(font).horizontalAdvance(lost) <= room.width():
                    text = lost
            painter.setFont(font)
            painter.drawText(
                room,
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                text,
            )
        elif inflow is not None:
            painter.setFont(style.small_font)
            painter.setPen(style.muted)
            painter.drawText(
                strip.adjusted(PAD, 0, -PAD, 0),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                tr("{count} customers arrive").format(count=count_text(inflow)),
            )
        painter.restore()

    # -- interaction ----------------------------------------------------------

    def tooltip_text(self) -> str:
        """Title, then the drop-off and the pain point with all its reasons."""
        step = self.map_scene.lookup("steps", self.step_id)
        lines = [step.title if step is not None else self.step_id]
        drop = self.map_scene.marks.drops.get(self.step_id)
        if drop is not None:
            lines.append(tr("Customers lost here: {drop}").format(drop=drop_text(drop)))
        pain = self.map_scene.marks.pains.get(self.step_id)
        if pain is not None:
            lines.append(f"{tr(pain.severity).capitalize()}: " + "; ".join(pain_reasons(pain)))
        if step is not None and step.journey_link:
            lines.append(
                tr("Sub-journey: {link} (double-click to open)").format(link=step.journey_link)
            )
        lines.append(tr("Drag to move · Shift-drag or drag the ⊕ handle to connect · F2 to rename"))
        return "\n".join(lines)

    def hoverEnterEvent(self, event) -> None:
        self.setToolTip(self.tooltip_text())
        self._hover = True
        self.setZValue(6)  # the connector handle above the arrows
        self.update()

    def hoverLeaveEvent(self, event) -> None:
        self._hover = False
        self.setZValue(2)
        self.update()

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._press = event.scenePos()
        shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        if shift or self.connector_rect().contains(event.pos()):
            self._mode = "connect"
            self.map_scene.begin_connect(self, event.scenePos())
            event.accept()
            return
        self._mode = ""
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._mode == "connect":
            self.map_scene.update_connect(event.scenePos())
            return
        if self._press is None:
            return
        delta = event.scenePos() - self._press
        if self._mode != "drag" and delta.manhattanLength() < 6:
            return
        if self._mode != "drag":
            self._mode = "drag"
            self.map_scene.begin_step_drag(self)
        self.map_scene.update_step_drag(self, delta)

    def mouseReleaseEvent(self, event) -> None:
        mode, self._mode, self._press = self._mode, "", None
        if mode == "connect":
            self.map_scene.finish_connect(self, event.scenePos())
            return
        if mode == "drag":
            self.map_scene.finish_step_drag(self)
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        self.map_scene.activate_step(self.key)
        event.accept()
