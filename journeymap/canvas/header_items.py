"""Stage headers (the column titles) and the lane labels in the left gutter."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from journeymap.canvas.comment_marker import paint_comment_marker
from journeymap.canvas.layout import GUTTER, HEADER_H, RATING_ROW_H, RATINGS_TOP
from journeymap.canvas.paint import draw_lines, metrics, persona_marker, tr, wrap_text
from journeymap.canvas.recorded_item import ITEM_TYPE
from journeymap.canvas.style import qcolor
from journeymap.model.journey import Lane

if TYPE_CHECKING:
    from journeymap.canvas.scene import MapScene

__all__ = ["LANE_TITLES", "LaneLabelsItem", "StageHeaderItem"]

LANE_TITLES = {
    Lane.STEPS: "Touchpoints",
    Lane.CHANNEL: "Channel",
    Lane.DOING: "Doing",
    Lane.THINKING: "Thinking",
    Lane.FEELING: "Feeling",
    Lane.RATINGS: "Goal · ease · emotion",
    Lane.EMOTION_CURVE: "Emotion curve",
    Lane.PAIN_POINTS: "Pain points",
    Lane.OPPORTUNITIES: "Opportunities",
    Lane.BACKSTAGE: "Backstage / owner",
    Lane.SERVICE_LEVEL: "Service level",
    Lane.COST: "Time and cost",
}


class StageHeaderItem(QGraphicsItem):
    """A stage's column header: its name and how many steps it holds."""

    Type = ITEM_TYPE + 3

    def __init__(self, map_scene: MapScene, stage_id: str):
        super().__init__()
        self.map_scene = map_scene
        self.stage_id = stage_id
        self.width = 100.0
        self.lines: list[str] = []
        self.subtitle = ""
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(3)

    def type(self) -> int:
        return self.Type

    @property
    def key(self) -> tuple[str, str]:
        return ("stages", self.stage_id)

    def boundingRect(self) -> QRectF:
        return QRectF(-4, -4, self.width + 8, HEADER_H + 8)

    def title_rect(self) -> QRectF:
        return QRectF(14, 8, max(40.0, self.width - 28), 26)

    def refresh(self) -> None:
        scene = self.map_scene
        self.prepareGeometryChange()
        band = scene.layout.stages.get(self.stage_id)
        self.width = band.w if band is not None else 100.0
        stage = scene.lookup("stages", self.stage_id)
        name = stage.name if stage is not None else scene.layout.stage_names.get(self.stage_id, "")
        self.lines = wrap_text(
            name or tr("(unnamed stage)"), scene.map_style.header_font, self.width - 28, 1
        )
        count = scene.layout.stage_counts.get(self.stage_id, 0)
        self.subtitle = tr("1 step") if count == 1 else tr("{count} steps").format(count=count)
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        style = self.map_scene.map_style
        rect = QRectF(0, 6, self.width, HEADER_H - 12)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.header)
        painter.drawRoundedRect(rect, 8, 8)
        if self.isSelected():
            painter.setPen(QPen(style.selection, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 10, 10)
        if option.levelOfDetailFromTransform(painter.worldTransform()) < 0.12:
            return
        painter.setPen(style.header_text)
        draw_lines(painter, self.lines, 14, 10, style.header_font, 22)
        painter.setPen(qcolor("#c9d3e6"))
        draw_lines(painter, [self.subtitle], 14, 33, style.small_font, 14)
        unresolved, total = self.map_scene.comment_counts(("stages", self.stage_id))
        if total and self.width > 120:
            paint_comment_marker(painter, style, QPointF(self.width - 40, 12), unresolved)

    def mouseDoubleClickEvent(self, event) -> None:
        self.map_scene.begin_rename(self.key)
        event.accept()


class LaneLabelsItem(QGraphicsItem):
    """The gutter left of the map naming every visible lane; the ratings lane
    also names the persona of each row, and the curve lane shows its scale."""

    Type = ITEM_TYPE + 4

    def __init__(self, map_scene: MapScene):
        super().__init__()
        self.map_scene = map_scene
        self.setZValue(3)

    def type(self) -> int:
        return self.Type

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, GUTTER - 8, self.map_scene.layout.height)

    def refresh(self) -> None:
        self.prepareGeometryChange()
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        scene = self.map_scene
        style = scene.map_style
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.background)
        painter.drawRect(self.boundingRect())
        if option.levelOfDetailFromTransform(painter.worldTransform()) < 0.12:
            return
        for row in scene.layout.lanes:
            painter.setPen(QPen(style.grid, 1))
            painter.drawLine(QPointF(8, row.y), QPointF(GUTTER - 12, row.y))
            painter.setPen(style.text)
            if row.lane == Lane.RATINGS:
                draw_lines(painter, [tr("Ratings")], 12, row.y + 6, style.lane_font, 17)
                painter.setPen(style.muted)
                scales = tr("goal · ease · emotion")
                draw_lines(painter, [scales], 12, row.y + 23, style.small_font, 14)
                self._paint_persona_rows(painter, row.y + RATINGS_TOP)
                continue
            title = tr(LANE_TITLES.get(row.lane, str(row.lane)))
            lines = wrap_text(title, style.lane_font, GUTTER - 24, 2)
            draw_lines(painter, lines, 12, row.y + 8, style.lane_font, 17)
            if row.lane == Lane.EMOTION_CURVE:
                self._paint_scale(painter, row.y, row.h)

    def _paint_persona_rows(self, painter: QPainter, y: float) -> None:
        style = self.map_scene.map_style
        shown = self.map_scene.shown_personas()
        for index, persona in shown:
            painter.save()
            painter.translate(18, y + RATING_ROW_H / 2 - 2)
            painter.setPen(QPen(style.background, 1))
            painter.setBrush(self.map_scene.persona_qcolor(index))
            painter.drawPath(persona_marker(index, 10))
            painter.restore()
            painter.setPen(style.muted)
            name = wrap_text(persona.name, style.small_font, GUTTER - 50, 1)
            draw_lines(painter, name, 28, y + 4, style.small_font, 14)
            y += RATING_ROW_H
            ratings = self.map_scene.layout.lane(Lane.RATINGS)
            if ratings is None or y > ratings.y + ratings.h:
                break

    def _paint_scale(self, painter: QPainter, top: float, h: float) -> None:
        from journeymap.canvas.curve_item import curve_y

        style = self.map_scene.map_style
        fm = metrics(style.small_font)
        for value, label in ((2, tr("+2 delighted")), (0, tr("0 neutral")), (-2, tr("−2 upset"))):
            y = curve_y(top, h, value)
            painter.setPen(style.muted)
            painter.setFont(style.small_font)
            painter.drawText(QPointF(GUTTER - 14 - fm.horizontalAdvance(label), y + 4), label)
