"""The persona slide of presentation mode: one persona's profile, large enough
for a room to read: picture, name, role and share, the quote, and goals, needs
and frustrations side by side (key ``I`` in the window shows it).

Every text is wrapped into the room its box has and noted for
:func:`journeymap.ui.present.theme.placed_texts`, as on the stage slides."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from journeymap.canvas.picture import draw_picture, picture_image
from journeymap.model.journey import Journey
from journeymap.ui.present.theme import (
    HERE,
    HERE_TINT,
    INK,
    PAPER,
    SOFT_INK,
    draw_lines,
    draw_text,
    fitted_font,
    font,
    tr,
    wrap,
)

__all__ = ["ProfileView", "build_profile", "paint_profile"]


@dataclass
class ProfileView:
    """What the persona slide shows."""

    name: str
    role: str
    share: str
    """The share of customers as said ("35 % of customers"), or empty."""
    colour: str
    picture: str
    quote: str
    goals: str
    needs: str
    frustrations: str
    number: int = 1
    count: int = 1


def build_profile(journey: Journey, persona_id: str) -> ProfileView | None:
    """The profile of ``persona_id``; ``None`` when the journey has no such persona."""
    ids = [p.id for p in journey.personas]
    if persona_id not in ids:
        return None
    persona = journey.personas[ids.index(persona_id)]
    share = ""
    if persona.share is not None:
        share = tr("{percent} % of customers").format(percent=f"{persona.share * 100:.0f}")
    return ProfileView(
        persona.name,
        persona.role,
        share,
        persona.colour,
        persona.picture,
        persona.quote,
        persona.goals,
        persona.needs,
        persona.frustrations,
        ids.index(persona_id) + 1,
        len(ids),
    )


def paint_profile(p: QPainter, view: ProfileView, area: QRectF, u: float) -> None:
    """Draw the profile in ``area``: the person at the left, what they want at the right."""
    left_w = min(area.width() * 0.3, 520 * u)
    left = QRectF(area.left(), area.top(), left_w, area.height())
    right = area.adjusted(left_w + 48 * u, 0, 0, 0)
    _person(p, view, left, u)
    _wants(p, view, right, u)


def _person(p: QPainter, view: ProfileView, area: QRectF, u: float) -> None:
    label_font = font(22 * u, bold=True)
    label = tr("PERSONA {number} OF {count}").format(number=view.number, count=view.count)
    label_font = fitted_font(label_font, [label], area.width())
    y = draw_lines(
        p, [label], label_font, area.left(), area.top(), HERE, area.width(), role="label"
    )
    y += 14 * u
    name_font = font(46 * u, bold=True)
    role_font = font(28 * u)
    text_h = QFontMetricsF(name_font).lineSpacing() * 2 + QFontMetricsF(role_font).lineSpacing() * 3
    side = max(0.0, min(area.width(), area.bottom() - y - text_h - 24 * u))
    circle = QRectF(area.left() + (area.width() - side) / 2, y, side, side)
    image = picture_image(view.picture)
    if side > 0:
        if image is not None:
            draw_picture(p, circle, image, side / 2)
        else:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(HERE_TINT)
            p.drawEllipse(circle)
            initials = view.name.strip()[:1].upper() or "?"
            p.setFont(font(side * 0.4, bold=True))
            p.setPen(INK)
            draw_text(p, circle, Qt.AlignmentFlag.AlignCenter, initials, role="label")
        p.setPen(QPen(QColor(view.colour), 8 * u))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(circle.adjusted(4 * u, 4 * u, -4 * u, -4 * u))
    y = circle.bottom() + 24 * u
    lines = wrap(view.name, name_font, area.width(), 2)
    y = draw_lines(p, lines, name_font, area.left(), y, INK, area.width(), meant=view.name)
    if view.role:
        lines = wrap(view.role, role_font, area.width(), 2)
        y = draw_lines(p, lines, role_font, area.left(), y, SOFT_INK, area.width(), meant=view.role)
    if view.share:
        share_font = fitted_font(font(28 * u, bold=True), [view.share], area.width())
        draw_lines(p, [view.share], share_font, area.left(), y, INK, area.width(), role="label")


def _wants(p: QPainter, view: ProfileView, area: QRectF, u: float) -> None:
    y = area.top()
    if view.quote:
        quote_font = font(40 * u, italic=True)
        quoted = f"“{view.quote}”"
        room = max(1, int(area.height() * 0.3 // QFontMetricsF(quote_font).lineSpacing()))
        lines = wrap(quoted, quote_font, area.width() - 40 * u, min(3, room))
        top = y
        y = draw_lines(
            p, lines, quote_font, area.left() + 40 * u, y, INK, area.width() - 40 * u, meant=quoted
        )
        p.fillRect(QRectF(area.left(), top, 10 * u, y - top), QColor(view.colour))
        y += 32 * u
    sections = [
        (tr("GOALS"), view.goals),
        (tr("NEEDS"), view.needs),
        (tr("FRUSTRATIONS"), view.frustrations),
    ]
    gap = 28 * u
    col_w = (area.width() - 2 * gap) / 3
    label_font = fitted_font(font(24 * u, bold=True), [t for t, _ in sections], col_w - 48 * u)
    body_font = font(34 * u)
    body_h = QFontMetricsF(body_font).lineSpacing()
    for n, (label, text) in enumerate(sections):
        box = QRectF(area.left() + n * (col_w + gap), y, col_w, area.bottom() - y)
        p.setPen(QPen(INK, 3 * u))
        p.setBrush(PAPER)
        p.drawRoundedRect(box, 16 * u, 16 * u)
        inner = box.adjusted(24 * u, 20 * u, -24 * u, -20 * u)
        top = draw_lines(
            p, [label], label_font, inner.left(), inner.top(), HERE, inner.width(), role="label"
        )
        top += 10 * u
        shown = text or tr("Not written down yet.")
        room = int((inner.bottom() - top) // body_h)
        if room < 1:
            continue
        lines = wrap(shown, body_font, inner.width(), room)
        colour = INK if text else SOFT_INK
        draw_lines(p, lines, body_font, inner.left(), top, colour, inner.width(), meant=shown)
