"""Drawing a touchpoint's service level (the card's badge and its lane) and its
time and cost (the lane with bars).

The level is read from the model (the step's own, else its channel's); the
cost from the analysis marks (:class:`~journeymap.canvas.marks.CostMark`). A
level is told by its name and by a gauge of five ticks filled up to it, never
by colour alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from journeymap.canvas.analysis_text import formatter
from journeymap.canvas.paint import stamp, tr
from journeymap.canvas.style import qcolor
from journeymap.model.service_levels import LEVEL_ORDER, effective_level

if TYPE_CHECKING:
    from journeymap.canvas.marks import CostMark
    from journeymap.canvas.scene import MapScene
    from journeymap.canvas.style import MapStyle

__all__ = [
    "LEVEL_LABELS",
    "level_text",
    "paint_cost_cell",
    "paint_level_badge",
    "paint_level_cell",
    "step_level",
]

LEVEL_LABELS = {
    "passive": "passive",
    "reactive": "reactive",
    "active": "active",
    "proactive": "proactive",
    "meta_active": "meta-active",
}
# Colour-blind-safe (Okabe–Ito), from waiting to engaged; the name and the gauge say it too.
LEVEL_COLOURS = {
    "passive": "#999999",
    "reactive": "#e69f00",
    "active": "#56b4e9",
    "proactive": "#009e73",
    "meta_active": "#cc79a7",
}
EUROS_BAR = "#0072b2"
MINUTES_BAR = "#e69f00"


def step_level(scene: MapScene, step_id: str) -> str:
    """The step's level as a value (``"reactive"``), or ``""`` when it has none."""
    step = scene.lookup("steps", step_id)
    if step is None:
        return ""
    level = effective_level(scene.journey, step)
    return "" if level is None else level.value


def level_text(level: str) -> str:
    """The level's name in the user's language."""
    return tr(LEVEL_LABELS.get(level, level))


def _gauge(painter: QPainter, x: float, y: float, level: str, ink: QColor) -> float:
    """Five ticks, filled up to the level; returns the width drawn."""
    rank = next((i for i, lv in enumerate(LEVEL_ORDER) if lv.value == level), -1)
    painter.save()
    painter.setPen(QPen(ink, 1))
    for i in range(len(LEVEL_ORDER)):
        tick = QRectF(x + i * 5, y + 6 - i * 1.5, 3.5, 4 + i * 1.5)
        painter.setBrush(ink if i <= rank else Qt.BrushStyle.NoBrush)
        painter.drawRect(tick)
    painter.restore()
    return 5 * len(LEVEL_ORDER)


def paint_level_badge(
    painter: QPainter, style: MapStyle, right: float, top: float, level: str
) -> float:
    """A pill with the gauge and the level's name, its right edge at ``right``;
    returns its left edge."""
    width = style.metrics(style.small_bold_font).horizontalAdvance(level_text(level)) + 40
    stamp(
        painter,
        ("level", level, width, id(style)),
        right,
        top,
        lambda p: _draw_level_badge(p, style, width, level),
    )
    return right - width


def _draw_level_badge(painter: QPainter, style: MapStyle, width: float, level: str) -> None:
    """The level's pill, its top-right corner at the origin."""
    pill = QRectF(-width, 0, width, 17)
    fill = qcolor(LEVEL_COLOURS.get(level, "#999999"))
    tint = QColor(fill)
    tint.setAlpha(60)
    painter.setPen(QPen(fill.darker(120), 1))
    painter.setBrush(tint)
    painter.drawRoundedRect(pill, 8, 8)
    _gauge(painter, pill.x() + 6, pill.y() + 1, level, style.text)
    painter.setPen(style.text)
    painter.setFont(style.small_bold_font)
    painter.drawText(
        pill.adjusted(32, 0, -4, 0),
        Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
        level_text(level),
    )


def paint_level_cell(painter: QPainter, style: MapStyle, cell: QRectF, level: str) -> None:
    """The service-level lane: the badge, or "no level" in grey."""
    if not level:
        painter.setPen(style.muted)
        painter.setFont(style.small_font)
        painter.drawText(
            cell.adjusted(8, 0, -8, 0),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            tr("no service level"),
        )
        return
    left = cell.x() + 8
    badge_w = style.metrics(style.small_bold_font).horizontalAdvance(level_text(level)) + 40
    paint_level_badge(painter, style, left + badge_w, cell.center().y() - 8, level)


def paint_cost_cell(
    painter: QPainter,
    style: MapStyle,
    cell: QRectF,
    mark: CostMark | None,
    scale: tuple[float, float],
    text_ok: bool,
) -> None:
    """Two bars, minutes and euros spent so far per customer, as long as their
    share of the journey's largest; under them what the leavers here cost."""
    if mark is None:
        return
    fmt = formatter()
    width = cell.width() - 16
    rows = (
        (mark.spent_minutes, scale[0], MINUTES_BAR, fmt.minutes(mark.spent_minutes)),
        (mark.spent_euros, scale[1], EUROS_BAR, fmt.euros(mark.spent_euros)),
    )
    y = cell.y() + 2
    for value, most, colour, label in rows:
        if value is not None and most > 0:
            bar = QRectF(cell.x() + 8, y + 2, max(2.0, width * value / most), 14)
            tint = qcolor(colour)
            tint.setAlpha(110)
            painter.fillRect(bar, tint)
            painter.setPen(QPen(qcolor(colour), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(bar)
            if text_ok:
                painter.setPen(style.text)
                painter.setFont(style.small_bold_font)
                painter.drawText(
                    QRectF(cell.x() + 12, y, width, 18),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    label,
                )
        y += 19
    if text_ok and mark.drop_off_euros:
        painter.setPen(style.drop)
        painter.setFont(style.small_font)
        painter.drawText(
            QRectF(cell.x() + 8, y, width, 16),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            tr("{amount} spent on leavers").format(amount=fmt.euros(mark.drop_off_euros)),
        )
