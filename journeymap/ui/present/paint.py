"""Drawing a presentation slide: large type, dark on light, for a projector.

The slide is the journey's title and persona, a strip of all stages, the
current stage's step cards (:mod:`journeymap.ui.present.cards`), the
highlighted step's details and a footer with the voting state; the look is in
:mod:`journeymap.ui.present.theme`.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from journeymap import palette
from journeymap.model.scales import SCALES
from journeymap.ui.present.cards import paint_cards, paint_detail
from journeymap.ui.present.slide import SlideView
from journeymap.ui.present.theme import (
    DONE,
    HERE,
    INK,
    LATER,
    PAPER,
    RULE,
    SCALE_LABEL,
    SOFT_INK,
    draw_lines,
    font,
    text_width,
    tr,
    wrap,
)

__all__ = ["INK", "PAPER", "paint_slide"]


def paint_slide(p: QPainter, width: float, height: float, view: SlideView) -> dict[str, QRectF]:
    """Draw ``view`` filling a ``width`` × ``height`` area.

    Returns
    -------
    dict
        Each step card's rectangle by step id (for clicks).
    """
    u = min(width / 1920, height / 1080)
    m = 48 * u
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    p.fillRect(QRectF(0, 0, width, height), PAPER)
    y = _header(p, view, width, m, u)
    y = _progress(p, view, width, y, m, u)
    y = _stage_title(p, view, width, y, m, u)
    footer_h = 58 * u
    bottom = height - footer_h - 16 * u
    detail_h = (bottom - y) * (0.4 if len(view.cards) > 5 else 0.52)
    rects = paint_cards(p, view, QRectF(m, y, width - 2 * m, bottom - y - detail_h - 24 * u), u)
    detail = QRectF(m, bottom - detail_h, width - 2 * m, detail_h)
    if view.legend:
        _legend(p, detail, u)
    else:
        paint_detail(p, view.current, detail, u)
    _footer(p, view, QRectF(0, height - footer_h, width, footer_h), m, u)
    if view.prompt:
        _prompt(p, view, width, height, u)
    return rects


def _header(p: QPainter, view: SlideView, width: float, m: float, u: float) -> float:
    top = 26 * u
    persona_font = font(30 * u, bold=True)
    chip_w = text_width(view.persona, persona_font) + 96 * u
    chip = QRectF(width - m - chip_w, top, chip_w, 64 * u)
    title_font = font(46 * u, bold=True)
    lines = wrap(view.title, title_font, chip.left() - m - 32 * u, 1)
    draw_lines(p, lines, title_font, m, top + 2 * u, INK)
    p.setPen(QPen(INK, 3 * u))
    p.setBrush(PAPER)
    p.drawRoundedRect(chip, 32 * u, 32 * u)
    dot = QRectF(chip.left() + 22 * u, chip.center().y() - 13 * u, 26 * u, 26 * u)
    if view.persona_colour:
        p.setBrush(QColor(view.persona_colour))
        p.drawEllipse(dot)
    else:
        for i, colour in enumerate(palette.PERSONA_COLOURS[:3]):
            p.setBrush(QColor(colour))
            p.setPen(QPen(PAPER, 2 * u))
            p.drawEllipse(dot.translated((i - 1) * 9 * u, 0).adjusted(4 * u, 4 * u, -4 * u, -4 * u))
    p.setFont(persona_font)
    p.setPen(INK)
    text_rect = chip.adjusted(60 * u, 0, -20 * u, 0)
    p.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, view.persona)
    y = top + 84 * u
    p.fillRect(QRectF(m, y, width - 2 * m, 4 * u), RULE)
    return y + 20 * u


def _progress(p: QPainter, view: SlideView, width: float, y: float, m: float, u: float) -> float:
    if not view.stages:
        return y
    h = 44 * u
    gap = 8 * u
    weights = [max(1, n) + 2 for _, n in view.stages]  # short stages keep their names
    total = sum(weights)
    avail = width - 2 * m - gap * (len(weights) - 1)
    x = m
    f = font(20 * u, bold=True)
    for i, ((name, count), w) in enumerate(zip(view.stages, weights, strict=True)):
        seg = QRectF(x, y, avail * w / total, h)
        fill = HERE if i == view.stage_index else DONE if i < view.stage_index else LATER
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(fill)
        p.drawRoundedRect(seg, 8 * u, 8 * u)
        ink = PAPER if i <= view.stage_index else INK
        label = f"{i + 1}  {name}"
        p.setFont(f)
        p.setPen(ink)
        text = QFontMetricsF(f).elidedText(label, Qt.TextElideMode.ElideRight, seg.width() - 24 * u)
        p.drawText(seg.adjusted(12 * u, 0, -12 * u, -8 * u), Qt.AlignmentFlag.AlignVCenter, text)
        if count:
            step_w = (seg.width() - 16 * u) / count
            for k in range(count):
                tick = QRectF(
                    seg.left() + 8 * u + k * step_w + 2 * u,
                    seg.bottom() - 9 * u,
                    step_w - 4 * u,
                    5 * u,
                )
                here = i == view.stage_index and k == view.position_in_stage
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(
                    QColor("#ffd23f") if here else (ink if i <= view.stage_index else SOFT_INK)
                )
                if here:
                    tick = tick.adjusted(0, -3 * u, 0, 2 * u)
                p.drawRoundedRect(tick, 2 * u, 2 * u)
        x += seg.width() + gap
    return y + h + 22 * u


def _stage_title(p: QPainter, view: SlideView, width: float, y: float, m: float, u: float) -> float:
    small = font(24 * u, bold=True)
    label = tr("STAGE {number} OF {count}").format(
        number=view.stage_index + 1, count=max(1, len(view.stages))
    )
    p.setFont(small)
    p.setPen(HERE)
    metrics = QFontMetricsF(small)
    p.drawText(QPointF(m, y + metrics.ascent()), label)
    big = font(50 * u, bold=True)
    x = m + text_width(label, small) + 28 * u
    big_metrics = QFontMetricsF(big)
    base = y + metrics.ascent()
    name = big_metrics.elidedText(view.stage_name, Qt.TextElideMode.ElideRight, width - x - m)
    p.setFont(big)
    p.setPen(INK)
    p.drawText(QPointF(x, base + (big_metrics.ascent() - metrics.ascent()) * 0.0), name)
    y = base + big_metrics.descent() + 14 * u
    if view.stage_description:
        desc_font = font(24 * u)
        lines = wrap(view.stage_description, desc_font, width - 2 * m, 1)
        y = draw_lines(p, lines, desc_font, m, y, SOFT_INK)
    return y + 14 * u


def _footer(p: QPainter, view: SlideView, area: QRectF, m: float, u: float) -> None:
    p.fillRect(area, INK)
    f = font(24 * u, bold=True)
    p.setFont(f)
    p.setPen(PAPER)
    inner = area.adjusted(m, 0, -m, 0)
    if view.armed:
        s = SCALES[view.armed]
        left = tr("Voting {scale}: 1 = {low} … 5 = {high}").format(
            scale=tr(SCALE_LABEL[view.armed]).upper(), low=tr(s.low_label), high=tr(s.high_label)
        )
    else:
        left = tr("G goal · E ease · M emotion, then 1–5 to vote")
    p.drawText(inner, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, left)
    right = tr("Step {number} of {count}   ·   ? keys").format(
        number=view.step_number, count=view.step_count
    )
    p.drawText(inner, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, right)
    if view.toast:
        tf = font(30 * u, bold=True)
        w = text_width(view.toast, tf) + 60 * u
        box = QRectF((area.width() - w) / 2, area.top() - 84 * u, w, 70 * u)
        p.setPen(QPen(INK, 3 * u))
        p.setBrush(QColor("#ffd23f"))
        p.drawRoundedRect(box, 12 * u, 12 * u)
        p.setFont(tf)
        p.setPen(INK)
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, view.toast)


LEGEND = (
    ("→ ←  PgDn PgUp", "next / previous step"),
    ("↓ ↑", "next / previous stage"),
    ("Home End", "first / last stage"),
    ("P  Tab", "next persona (All → each)"),
    ("G  E  M", "vote on goal, ease or emotion"),
    ("1 – 5", "one person's vote (emotion: 1 = −2 … 5 = +2)"),
    ("Ctrl+Z  Ctrl+Y", "undo / redo a vote"),
    ("?  H", "show / hide these keys"),
    ("Esc", "leave the presentation"),
)


def _legend(p: QPainter, area: QRectF, u: float) -> None:
    """The keys, in two columns where the step's details usually are."""
    p.setPen(QPen(HERE, 5 * u))
    p.setBrush(PAPER)
    p.drawRoundedRect(area, 16 * u, 16 * u)
    key_font = font(25 * u, bold=True)
    text_font = font(25 * u)
    line = QFontMetricsF(text_font).lineSpacing() * 1.12
    rows = math.ceil(len(LEGEND) / 2)
    inner = area.adjusted(36 * u, 24 * u, -36 * u, -24 * u)
    line = min(line * 1.3, inner.height() / rows)
    col_w = inner.width() / 2
    key_w = 260 * u
    for i, (key, text) in enumerate(LEGEND):
        col, row = divmod(i, rows)
        x = inner.left() + col * col_w
        y = inner.top() + row * line
        draw_lines(p, [tr(key)], key_font, x, y, HERE)
        shown = QFontMetricsF(text_font).elidedText(
            tr(text), Qt.TextElideMode.ElideRight, col_w - key_w - 20 * u
        )
        draw_lines(p, [shown], text_font, x + key_w, y, INK)


def _prompt(p: QPainter, view: SlideView, width: float, height: float, u: float) -> None:
    p.fillRect(QRectF(0, 0, width, height), QColor(255, 255, 255, 200))
    title_font = font(40 * u, bold=True)
    item_font = font(34 * u, bold=True)
    options = [f"{i + 1}   {name}" for i, name in enumerate(view.prompt or [])]
    options.append(tr("Esc   cancel"))
    w = max(text_width(view.prompt_title, title_font), *(text_width(o, item_font) for o in options))
    w += 120 * u
    line = QFontMetricsF(item_font).lineSpacing() * 1.2
    h = 140 * u + line * len(options)
    box = QRectF((width - w) / 2, (height - h) / 2, w, h)
    p.setPen(QPen(HERE, 8 * u))
    p.setBrush(PAPER)
    p.drawRoundedRect(box, 18 * u, 18 * u)
    y = draw_lines(p, [view.prompt_title], title_font, box.left() + 60 * u, box.top() + 40 * u, INK)
    y += 24 * u
    for option in options:
        draw_lines(p, [option], item_font, box.left() + 60 * u, y, INK)
        y += line
