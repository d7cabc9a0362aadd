"""The heading of an exported map: title, persona, date and a legend that
explains every highlight with the same drawing code the map uses."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen, QPolygonF

from journeymap.analysis.observed import designed_share, is_observed, is_untaken
from journeymap.canvas.analysis_text import rate_text
from journeymap.canvas.arrow_item import OBSERVED_DASHES, faded
from journeymap.canvas.paint import (
    draw_chip,
    draw_lines,
    draw_severity_mark,
    metrics,
    persona_marker,
    tr,
)
from journeymap.canvas.picture import draw_picture, picture_image
from journeymap.canvas.style import qcolor
from journeymap.model.scales import GOAL
from journeymap.palette import SEVERITY_MARK

if TYPE_CHECKING:
    from journeymap.canvas.scene import MapScene
    from journeymap.model.journey import Journey

__all__ = ["HEADING_H", "PERSONA_CARDS_H", "draw_heading", "heading_height"]

HEADING_H = 132.0
"""Title, subtitle and the legend's row."""
PERSONA_CARDS_H = 140.0
"""The row of persona cards under the legend (when the map shows personas)."""
PERSONA_CARD_W = 440.0
ROW_H = 22.0
"""The legend's second row is this far below the first."""
MAX_PERSONA_CARDS = 8
PICTURE_SIZE = 44.0
"""The side of a persona's picture on its card (a circle left of the name)."""


def heading_height(journey: Journey, persona_id: str | None = None) -> float:
    """The height of the heading of a map of ``journey`` showing ``persona_id``
    (every persona when ``None``): the legend, and the persona cards if any."""
    shown = any(persona_id in (None, p.id) for p in journey.personas)
    return HEADING_H + (PERSONA_CARDS_H if shown else 0.0)


def _subtitle(scene: MapScene) -> str:
    journey = scene.journey
    if scene.persona_id is not None:
        persona = scene.lookup("personas", scene.persona_id)
        who = tr("Persona: {name}").format(name=persona.name) if persona is not None else ""
    else:
        n = len(journey.personas)
        who = (
            tr("All personas")
            if n != 1
            else tr("Persona: {name}").format(name=journey.personas[0].name)
        )
    parts = [
        who,
        tr("{count} stages").format(count=len(journey.stages)),
        tr("{count} steps").format(count=len(journey.steps)),
        _designed_share_text(journey),
        dt.date.today().isoformat(),
    ]
    return "  ·  ".join(p for p in parts if p)


def _designed_share_text(journey: Journey) -> str:
    """How much of the observed traffic the design explains, once an event log
    with the moves the design lacks was imported ("" otherwise)."""
    result = designed_share(journey)
    if result is None or result.share is None:
        return ""
    return tr("the design explains {share} of the observed moves").format(
        share=rate_text(result.share)
    )


def draw_heading(painter: QPainter, scene: MapScene, width: float) -> None:
    """Draw the heading in ``0..width`` x ``0..heading_height`` (scene units)."""
    style = scene.map_style
    height = heading_height(scene.journey, scene.persona_id)
    painter.fillRect(QRectF(0, 0, width, height), style.background)
    painter.setPen(style.text)
    title_font = style.header_font
    big = type(title_font)(title_font)
    big.setPixelSize(28)
    draw_lines(painter, [scene.journey.title or tr("Journey map")], 24, 14, big, 34)
    painter.setPen(style.muted)
    draw_lines(painter, [_subtitle(scene)], 24, 52, style.body_font, 16)
    _draw_legend(painter, scene, 24, 84, width - 24)
    if height > HEADING_H:
        _draw_persona_cards(painter, scene, 24, HEADING_H, width - 48)
    painter.setPen(QPen(style.grid, 1))
    painter.drawLine(QLineF(0, height - 1, width, height - 1))


def _draw_persona_cards(painter: QPainter, scene: MapScene, x: float, y: float, room: float):
    """A card per persona shown: picture (if any), marker, name, role and share,
    the quote, goals, needs and frustrations, wrapped (a printed map has no tooltips)."""
    from journeymap.canvas.paint import wrap_text

    style = scene.map_style
    shown = scene.shown_personas()[:MAX_PERSONA_CARDS]
    w = min(PERSONA_CARD_W, room / max(1, len(shown)) - 12)
    for index, persona in shown:
        card = QRectF(x, y + 4, w, PERSONA_CARDS_H - 16)
        painter.setPen(QPen(style.card_border, 1))
        painter.setBrush(style.card)
        painter.drawRoundedRect(card, 6, 6)
        colour = scene.persona_qcolor(index)
        painter.fillRect(QRectF(card.left(), card.top() + 6, 4, card.height() - 12), colour)
        image = picture_image(persona.picture)
        name_x = card.left() + 30
        if image is not None:
            photo = QRectF(card.left() + 12, card.top() + 8, PICTURE_SIZE, PICTURE_SIZE)
            draw_picture(painter, photo, image, PICTURE_SIZE / 2)
            painter.setPen(QPen(colour, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(photo)
            name_x = photo.right() + 20
        painter.save()
        painter.translate(name_x - 12, card.top() + 16)
        painter.setPen(QPen(style.background, 1))
        painter.setBrush(colour)
        painter.drawPath(persona_marker(index, 12))
        painter.restore()
        inner = card.right() - 10 - name_x
        painter.setPen(style.text)
        cy = card.top() + 7
        cy = draw_lines(
            painter,
            wrap_text(persona.name, style.small_bold_font, inner, 1),
            name_x,
            cy,
            style.small_bold_font,
            15,
        )
        role = persona.role
        if persona.share is not None:
            share = f"{persona.share * 100:.0f} %"
            role = f"{role} · {share}" if role else share
        painter.setPen(style.muted)
        if role:
            cy = draw_lines(
                painter,
                wrap_text(role, style.small_font, inner, 1),
                name_x,
                cy,
                style.small_font,
                14,
            )
        left = card.left() + 12
        text_w = w - 24
        if image is not None:
            cy = max(cy, card.top() + 10 + PICTURE_SIZE)
        if persona.quote:
            painter.setPen(style.text)
            cy = draw_lines(
                painter,
                wrap_text(f"“{persona.quote}”", style.italic_font, text_w, 2),
                left,
                cy + 3,
                style.italic_font,
                15,
            )
        painter.setPen(style.text)
        for label, text in (
            (tr("Goals"), persona.goals),
            (tr("Needs"), persona.needs),
            (tr("Frustrations"), persona.frustrations),
        ):
            if not text or cy > card.bottom() - 16:
                continue
            cy = draw_lines(
                painter,
                wrap_text(f"{label}: {text}", style.small_font, text_w, 2),
                left,
                cy + 1,
                style.small_font,
                14,
            )
        x += w + 12


def _label(painter: QPainter, scene: MapScene, x: float, y: float, text: str) -> float:
    style = scene.map_style
    painter.setPen(style.text)
    draw_lines(painter, [text], x, y - 8, style.small_font, 14)
    return x + metrics(style.small_font).horizontalAdvance(text) + 22


def _draw_observed(painter: QPainter, scene: MapScene, at: _Row) -> None:
    """Samples of an observed-only transition and of one nobody took, when the
    journey has either (an event log was imported)."""
    transitions = scene.journey.transitions
    style = scene.map_style
    if any(is_observed(t) for t in transitions):
        text = tr("dotted = observed only")
        x, cy = at.room(scene, 42, text)
        pen = QPen(style.observed, 3.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        pen.setDashPattern(OBSERVED_DASHES)
        painter.setPen(pen)
        painter.drawLine(QLineF(x, cy, x + 34, cy))
        at.x = _label(painter, scene, x + 42, cy, text)
    if any(is_untaken(t) for t in transitions):
        text = tr("faded = nobody took it")
        x, cy = at.room(scene, 42, text)
        pen = QPen(faded(style.arrow), 3.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.drawLine(QLineF(x, cy, x + 34, cy))
        at.x = _label(painter, scene, x + 42, cy, text)


@dataclass
class _Row:
    """Where the legend's next sample goes; a sample that would reach past
    ``right`` starts a second row."""

    x: float
    cy: float
    left: float
    right: float

    def room(self, scene: MapScene, sample: float, text: str) -> tuple[float, float]:
        need = sample + metrics(scene.map_style.small_font).horizontalAdvance(text)
        if self.x + need > self.right and self.x > self.left:
            self.x, self.cy = self.left, self.cy + ROW_H
        return self.x, self.cy


def _draw_legend(
    painter: QPainter, scene: MapScene, x: float, y: float, right: float = float("inf")
) -> None:
    """A row of samples at ``y`` (their centre line), a second one for what
    would reach past ``right``."""
    style = scene.map_style
    cy = y + 14
    painter.setPen(style.muted)
    draw_lines(painter, [tr("Legend")], x, cy - 8, style.small_bold_font, 14)
    x += 58
    left = x
    for severity in ("critical", "major", "minor"):
        draw_severity_mark(painter, QPointF(x + 10, cy), severity, 20, style.badge_font)
        mark = SEVERITY_MARK.get(severity, "")
        x = _label(painter, scene, x + 24, cy, tr(f"{severity} pain point") + f" ({mark})")
    # Drop-off sample.
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(qcolor("#d55e00"))
    painter.drawRoundedRect(QRectF(x, cy - 11, 118, 22), 4, 4)
    painter.setPen(qcolor("#ffffff"))
    painter.setBrush(qcolor("#ffffff"))
    painter.drawPolygon(
        QPolygonF([QPointF(x + 7, cy - 4), QPointF(x + 17, cy - 4), QPointF(x + 12, cy + 4)])
    )
    draw_lines(painter, ["−150 · 20 %"], x + 22, cy - 8, style.small_bold_font, 14)
    x = _label(painter, scene, x + 126, cy, tr("customers lost at a step"))
    # Rating chips from worst to best.
    for value in (1, 3, 5):
        rect = QRectF(x, cy - 10, 52, 20)
        draw_chip(
            painter,
            rect,
            tr("goal"),
            f"{value}",
            GOAL.normalised(value),
            style.small_font,
            style.small_bold_font,
            style.muted,
        )
        x += 56
    x = _label(painter, scene, x + 4, cy, tr("ratings: bad → good (dashed = missing)"))
    rect = QRectF(x + 4, cy - 10, 56, 20)
    draw_chip(
        painter,
        rect,
        tr("goal"),
        "≈2",
        GOAL.normalised(2),
        style.small_font,
        style.small_bold_font,
        style.muted,
        hollow=True,
    )
    x = _label(painter, scene, x + 64, cy, tr("≈ hollow: under 5 answers or an estimate"))
    # Arrows.
    painter.setPen(QPen(style.arrow, 1.6))
    painter.drawLine(QLineF(x, cy - 5, x + 34, cy - 5))
    painter.setPen(QPen(style.arrow, 7, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
    painter.drawLine(QLineF(x, cy + 6, x + 34, cy + 6))
    x = _label(painter, scene, x + 42, cy, tr("width = customers; dashed = going back"))
    at = _Row(x, cy, left, right)
    _draw_observed(painter, scene, at)
    # Personas.
    for index, persona in scene.shown_personas()[:7]:
        x, cy = at.room(scene, 16, persona.name)
        painter.save()
        painter.translate(x + 6, cy)
        painter.setPen(QPen(style.background, 1))
        painter.setBrush(scene.persona_qcolor(index))
        painter.drawPath(persona_marker(index, 11))
        painter.restore()
        at.x = _label(painter, scene, x + 16, cy, persona.name)
