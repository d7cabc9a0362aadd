"""A step's cells in the lanes below its card: channel, doing, thinking,
feeling, ratings, pain points, opportunities and backstage.

Text is wrapped once when the step changes, not on every paint; zoomed far out,
only shapes and colours are drawn.
"""

from __future__ import annotations

from functools import lru_cache, partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen

from journeymap.canvas.analysis_text import decimal_point, evidence_lines, pain_reasons
from journeymap.canvas.layout import COLUMN_W, RATING_ROW_H, RATINGS_TOP
from journeymap.canvas.paint import (
    draw_channel_icon,
    draw_chip,
    draw_lines,
    draw_severity_mark,
    persona_marker,
    sketch_lines,
    stamp,
    tr,
    vector_sink,
    wrap_text,
)
from journeymap.canvas.recorded_item import ITEM_TYPE, RecordedItem
from journeymap.canvas.service_cost import paint_cost_cell, paint_level_cell, step_level
from journeymap.canvas.style import rating_qcolor, severity_qcolor
from journeymap.model.journey import Lane
from journeymap.model.scales import EASE, EMOTION, GOAL

POSTER_LINES = 10
"""At most this many lines of a lane's text on a poster (the editor shows 4 and
the rest on hover); the poster's lanes grow to hold them (``MapScene.poster``)."""
POSTER_FIELD_LINES = 3
"""At most this many lines of a one-line field (a channel's or an owner's name,
a channel switch) on a poster; the editor shows 1 and the rest on hover."""
POSTER_NOTES = 3
"""Opportunities written out per step on a poster (the editor shows 2)."""

if TYPE_CHECKING:
    from journeymap.canvas.scene import MapScene

__all__ = [
    "LOW_EMOTION",
    "POSTER_FIELD_LINES",
    "POSTER_LINES",
    "POSTER_NOTES",
    "StepLanesItem",
    "switch_text",
]

LOW_EMOTION = -1.5
"""An emotion this low (of any persona shown) is a low point of the curve,
labelled with the step's quote (what the customer thinks there)."""

KIND_NAMES = {
    "digital": "digital",
    "web": "web",
    "app": "app",
    "email": "email",
    "chat": "chat",
    "phone": "phone",
    "face_to_face": "face to face",
    "social": "social media",
    "messaging": "messaging",
    "letter": "letter",
    "third_party": "third party",
    "other": "other",
}
RUN_BY = {"owned": "run by us", "partner": "partner-run", "third_party": "not ours"}


def switch_text(channels: list[str]) -> str:
    """The channel cell's note on the channels customers switch from."""
    return tr("⇄ switch from {channels}").format(channels=", ".join(channels))


@lru_cache(maxsize=1024)
def _chip_text(scale: Any, value: float | None, point: str, hollow: bool) -> str:
    """A chip's value as written: "4", "-1,5" in Finnish, "≈4" when unsure."""
    shown = None if value is None else value + 0.0  # no "-0"
    text = scale.format(shown if shown != 0 else 0.0).split("/")[0]
    text = text.replace(".", point)  # 1,5 in Finnish, as the inspector
    return "≈" + text if hollow else text  # unsure, told by more than the outline


def _draw_box(painter: QPainter, rect: QRectF, pen: QPen, brush: QBrush, radius: float) -> None:
    painter.setPen(pen)
    painter.setBrush(brush)
    painter.drawRoundedRect(rect, radius, radius)


def _draw_marker(painter: QPainter, index: int, colour: QColor, background: QColor) -> None:
    """A persona's marker centred on the origin."""
    painter.setPen(QPen(background, 1))
    painter.setBrush(colour)
    painter.drawPath(persona_marker(index, 11))


class StepLanesItem(RecordedItem):
    """The step's cells in every lane below its card; clicking one selects the step."""

    Type = ITEM_TYPE + 2
    SKETCHES = True

    def __init__(self, map_scene: MapScene, step_id: str):
        super().__init__(map_scene)
        self.step_id = step_id
        self.setZValue(1)
        self.texts: dict[Lane, list[str]] = {}
        self.channel_lines: list[str] = []
        self.channel_kind_line = ""
        self.channel_kind = ""
        self.switch_lines: list[str] = []
        self.owner_lines: list[str] = []
        self.ratings: list[tuple[int, Any, tuple, tuple[bool, bool, bool]]] = []
        """Per shown persona: its index, colour, values, and which are unsure."""
        self.evidence: list[tuple[str, str | None]] = []
        """Per shown persona: its name and id (``None`` when not rated); the
        tooltip asks the scene how sure each measure is."""
        self.setAcceptHoverEvents(True)
        self.opportunities: list[list[str]] = []
        self.more_opportunities = 0
        self.pain_lines: list[str] = []
        self.level = ""

    def type(self) -> int:
        return self.Type

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, COLUMN_W, self.map_scene.layout.height)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        steps = self.map_scene.layout.lane(Lane.STEPS)
        for row in self.map_scene.layout.lanes:
            if row is not steps:
                path.addRect(QRectF(0, row.y, COLUMN_W, row.h))
        return path

    def relaid(self) -> None:
        """The lanes moved or the map grew: the item's size changed."""
        self.prepareGeometryChange()
        self.refresh()

    def rating_tooltip(self, y: float) -> str:
        """What the rating row at height ``y`` rests on: per measure the mean,
        n and 95 % interval, and the sources under it; "" off the rows."""
        row = self.map_scene.layout.lane(Lane.RATINGS)
        if row is None or not self.evidence:
            return ""
        index = int((y - row.y - RATINGS_TOP) // RATING_ROW_H)
        if not 0 <= index < len(self.evidence) or y < row.y + RATINGS_TOP:
            return ""
        name, persona_id = self.evidence[index]
        estimates = self.map_scene.evidence(self.step_id, persona_id) if persona_id else []
        if not estimates:
            return ""
        lines = [name, *evidence_lines(estimates)]
        if any(e.unsure for e in estimates):
            lines.append(tr("A hollow chip: fewer than 5 answers, or estimates only"))
        return "\n".join(lines)

    def hoverMoveEvent(self, event) -> None:
        self.setToolTip(self.rating_tooltip(event.pos().y()))
        super().hoverMoveEvent(event)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            toggle = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            self.map_scene.select_step(self.step_id, toggle=toggle)
            event.accept()
            return
        super().mousePressEvent(event)

    def compute(self) -> None:
        scene = self.map_scene
        style = scene.map_style
        step = scene.lookup("steps", self.step_id)
        if step is None:
            return
        w = COLUMN_W - 16
        most = POSTER_LINES if scene.poster else 4
        self.texts = {
            Lane.DOING: wrap_text(step.doing, style.body_font, w, most),
            Lane.THINKING: wrap_text(
                f"“{step.thinking}”" if step.thinking else "", style.italic_font, w, most
            ),
            Lane.FEELING: wrap_text(step.feeling, style.body_font, w, most),
            Lane.BACKSTAGE: wrap_text(
                step.backstage, style.small_font, w, most if scene.poster else 3
            ),
        }
        channel = scene.lookup("channels", step.channel_id) if step.channel_id else None
        self.channel_kind = str(channel.kind) if channel is not None else ""
        label = channel.name if channel is not None else tr("no channel")
        field = POSTER_FIELD_LINES if scene.poster else 1
        self.channel_lines = wrap_text(label, style.small_bold_font, w - 22, field)
        self.channel_kind_line = (
            tr(KIND_NAMES.get(str(channel.kind), str(channel.kind)))
            + " · "
            + tr(RUN_BY.get(str(channel.ownership), ""))
            if channel is not None
            else ""
        )
        self.level = step_level(scene, self.step_id)
        switched = scene.switches_into(self.step_id)
        self.switch_lines = []
        if switched:
            text = switch_text(switched)
            self.switch_lines = wrap_text(text, style.small_bold_font, w, field)
        self.owner_lines = wrap_text(step.owner, style.small_bold_font, w, field)
        self.ratings = []
        self.evidence = []
        for index, persona in scene.shown_personas():
            rating = scene.lookup("ratings", (self.step_id, persona.id))
            values = (
                (rating.goal, rating.ease, rating.emotion)
                if rating is not None
                else (None, None, None)
            )
            # The estimates themselves only when a tooltip asks (rating_tooltip).
            flags = (
                scene.unsure(self.step_id, persona.id)
                if rating is not None
                else (False, False, False)
            )
            self.ratings.append((index, scene.persona_qcolor(index), values, flags))
            self.evidence.append((persona.name, persona.id if rating is not None else None))
        opps = scene.opportunities_of(self.step_id)
        shown = POSTER_NOTES if scene.poster else 2
        lines = 3 if scene.poster else 2 if len(opps) == 1 else 1
        self.opportunities = [
            wrap_text(o.title, style.small_font, w - 14, lines) for o in opps[:shown]
        ]
        self.more_opportunities = max(0, len(opps) - shown)
        lowest = min((v[2] for _i, _c, v, _f in self.ratings if v[2] is not None), default=None)
        self.low_quote = (
            wrap_text(f"“{step.thinking}”", style.small_font, w, 3)
            if lowest is not None and lowest <= LOW_EMOTION and step.thinking
            else []
        )
        pain = scene.marks.pains.get(self.step_id)
        self.pain_lines = (
            wrap_text(" · ".join(pain_reasons(pain)), style.small_font, COLUMN_W - 56, 3)
            if pain
            else []
        )

    def _lines(
        self, painter: QPainter, lines: list[str], x: float, y: float, font, line_h: float
    ) -> float:
        """Write ``lines``, or sketch them when zoomed out to where they cannot be read."""
        draw = sketch_lines if self.sketching else draw_lines
        return draw(painter, lines, x, y, font, line_h)

    def draw(self, painter: QPainter, text_ok: bool) -> None:
        scene = self.map_scene
        style = scene.map_style
        for row in scene.layout.lanes:
            cell = QRectF(0, row.y, COLUMN_W, row.h).adjusted(0, 5, 0, -5)
            lane = row.lane
            if lane == Lane.EMOTION_CURVE and text_ok and self.low_quote:
                # The low points of the curve carry the customer's own words,
                # in the empty space above neutral.
                painter.setPen(style.muted)
                self._lines(painter, self.low_quote, 8, row.y + 6, style.small_font, 14)
            if lane in (Lane.STEPS, Lane.EMOTION_CURVE):
                continue
            if lane == Lane.RATINGS:
                chips_ok = text_ok and not self.sketching
                self._paint_ratings(painter, row.y + RATINGS_TOP, chips_ok)
            elif lane == Lane.PAIN_POINTS:
                self._paint_pain(painter, cell, text_ok)
            elif lane == Lane.OPPORTUNITIES:
                self._paint_opportunities(painter, cell, text_ok)
            elif lane == Lane.COST:
                mark = scene.marks.costs.get(self.step_id)
                paint_cost_cell(painter, style, cell, mark, scene.marks.max_spent, text_ok)
            elif not text_ok:
                continue
            elif lane == Lane.CHANNEL:
                self._paint_channel(painter, cell)
            elif lane == Lane.SERVICE_LEVEL:
                paint_level_cell(painter, style, cell, self.level)
            elif lane == Lane.BACKSTAGE:
                y = cell.y() + 2
                painter.setPen(style.text)
                if self.owner_lines:
                    y = self._lines(painter, self.owner_lines, 8, y, style.small_bold_font, 15)
                painter.setPen(style.muted)
                self._lines(painter, self.texts.get(lane, []), 8, y, style.small_font, 14)
            else:
                lines = self.texts.get(lane, [])
                font = style.italic_font if lane == Lane.THINKING else style.body_font
                painter.setPen(style.text)
                self._lines(painter, lines, 8, cell.y() + 2, font, 16)

    def _paint_channel(self, painter: QPainter, cell: QRectF) -> None:
        style = self.map_scene.map_style
        kind = self.channel_kind or "none"
        stamp(
            painter,
            ("channel", kind, style.text.rgba(), 1.0),
            8,
            cell.y() + 2,
            lambda p: draw_channel_icon(p, kind, style.text, 1.0),
        )
        painter.setPen(style.text)
        y = self._lines(painter, self.channel_lines, 30, cell.y() + 2, style.small_bold_font, 15)
        y += 4
        if self.switch_lines:
            painter.setPen(style.drop)
            self._lines(painter, self.switch_lines, 8, y, style.small_bold_font, 14)
        elif self.channel_kind_line:
            painter.setPen(style.muted)
            self._lines(painter, [self.channel_kind_line], 30, y, style.small_font, 14)

    def _paint_ratings(self, painter: QPainter, top: float, text_ok: bool) -> None:
        style = self.map_scene.map_style
        y = top
        chip_w = (COLUMN_W - 30) / 3
        point = decimal_point()
        names = {"goal": tr("goal"), "ease": tr("ease"), "emo": tr("emo")}
        background = style.background
        sink = vector_sink(painter)
        for index, colour, (goal, ease, emotion), unsure in self.ratings:
            stamp(
                painter,
                ("persona", index, colour.rgba(), background.rgba()),
                11,
                y + RATING_ROW_H / 2 - 2,
                partial(_draw_marker, index=index, colour=colour, background=background),
            )
            x = 22.0
            for (label, scale, value), hollow in zip(
                (("goal", GOAL, goal), ("ease", EASE, ease), ("emo", EMOTION, emotion)),
                unsure,
                strict=True,
            ):
                rect = QRectF(x, y, chip_w - 3, RATING_ROW_H - 5)
                norm = scale.normalised(value) if value is not None else None
                if text_ok:
                    text = _chip_text(scale, value, point, hollow)
                    draw_chip(
                        painter,
                        rect,
                        names[label],
                        text,
                        norm,
                        style.small_font,
                        style.small_bold_font,
                        style.muted,
                        hollow=hollow,
                        sink=sink,
                    )
                else:
                    painter.fillRect(rect, rating_qcolor(norm) or style.band)
                x += chip_w
            y += RATING_ROW_H

    def _paint_pain(self, painter: QPainter, cell: QRectF, text_ok: bool) -> None:
        pain = self.map_scene.marks.pains.get(self.step_id)
        if pain is None:
            return
        style = self.map_scene.map_style
        colour = severity_qcolor(pain.severity)
        tint = QColor(colour)
        tint.setAlpha(40 if pain.severity != "critical" else 70)
        width = {"critical": 3.0, "major": 2.0}.get(pain.severity, 1.2)
        box = cell.adjusted(2, 0, -2, 0)
        shape = QRectF(0, 0, box.width(), box.height())
        stamp(
            painter,
            ("pain", pain.severity, box.width(), box.height(), colour.rgba()),
            box.x(),
            box.y(),
            partial(_draw_box, rect=shape, pen=QPen(colour, width), brush=QBrush(tint), radius=6.0),
        )
        size = {"critical": 30.0, "major": 26.0}.get(pain.severity, 20.0)
        draw_severity_mark(
            painter, QPointF(22, box.y() + 20), pain.severity, size, style.badge_font
        )
        if not text_ok:
            return
        painter.setPen(colour.darker(115) if not style.dark else colour.lighter(140))
        head = tr(pain.severity).upper() + (f"  #{pain.rank}" if pain.rank <= 9 else "")
        self._lines(painter, [head], 42, box.y() + 6, style.small_bold_font, 15)
        painter.setPen(style.text)
        self._lines(painter, self.pain_lines, 42, box.y() + 22, style.small_font, 14)

    def _paint_opportunities(self, painter: QPainter, cell: QRectF, text_ok: bool) -> None:
        if not self.opportunities:
            return
        style = self.map_scene.map_style
        y = cell.y()
        for lines in self.opportunities:
            h = 8 + 14 * max(1, len(lines))
            note = QRectF(4, y, COLUMN_W - 8, h)
            painter.setPen(QPen(style.note.darker(130), 1))
            painter.setBrush(style.note)
            painter.drawRoundedRect(note, 4, 4)
            if text_ok:
                painter.setPen(style.note_text)
                painter.setBrush(style.note_text)
                painter.drawEllipse(QPointF(11, y + 11), 2.5, 2.5)
                self._lines(painter, lines, 18, y + 4, style.small_font, 14)
            y += h + 4
        if self.more_opportunities and text_ok:
            painter.setPen(style.muted)
            more = tr("+{count} more").format(count=self.more_opportunities)
            self._lines(painter, [more], 8, y, style.small_font, 14)
