"""Drawing a presentation slide: large type, dark on light, for a projector.

The slide is the journey's title and persona, a strip of all stages, the
current stage's step cards (:mod:`journeymap.ui.present.cards`), the
highlighted step's details and a footer with the voting state; the look is in
:mod:`journeymap.ui.present.theme`.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from journeymap import palette
from journeymap.model.scales import SCALES
from journeymap.ui.present.cards import paint_cards, paint_detail
from journeymap.ui.present.profile import paint_profile
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
    draw_text,
    fitted_font,
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
    footer_h = 58 * u
    if view.profile is not None:
        area = QRectF(m, y + 8 * u, width - 2 * m, height - footer_h - 32 * u - y)
        if view.legend:
            _legend(p, area, u)
        else:
            paint_profile(p, view.profile, area, u)
        _footer(p, view, QRectF(0, height - footer_h, width, footer_h), m, u)
        return {}
    y = _progress(p, view, width, y, m, u)
    y = _stage_title(p, view, width, y, m, u)
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
    chip_w = min(text_width(view.persona, persona_font) + 96 * u, (width - 2 * m) * 0.45)
    chip = QRectF(width - m - chip_w, top, chip_w, 64 * u)
    title_font = font(46 * u, bold=True)
    title_w = chip.left() - m - 32 * u
    lines = wrap(view.title, title_font, title_w, 1)
    draw_lines(p, lines, title_font, m, top + 2 * u, INK, title_w, meant=view.title)
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
    align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
    name = QFontMetricsF(persona_font).elidedText(
        view.persona, Qt.TextElideMode.ElideRight, text_rect.width()
    )
    draw_text(p, text_rect, align, name, meant=view.persona)
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
        box = seg.adjusted(12 * u, 0, -12 * u, -8 * u)
        text = QFontMetricsF(f).elidedText(label, Qt.TextElideMode.ElideRight, box.width())
        draw_text(p, box, Qt.AlignmentFlag.AlignVCenter, text, meant=label)
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
    metrics = QFontMetricsF(small)
    big = font(50 * u, bold=True)
    big_metrics = QFontMetricsF(big)
    # The stage's name stands on the label's baseline, rising into the space
    # under the stage strip.
    base = y + metrics.ascent()
    label_w = text_width(label, small)
    draw_lines(p, [label], small, m, y, HERE, label_w, role="label")
    x = m + label_w + 28 * u
    name = big_metrics.elidedText(view.stage_name, Qt.TextElideMode.ElideRight, width - x - m)
    top = base - big_metrics.ascent()
    draw_lines(p, [name], big, x, top, INK, width - x - m, meant=view.stage_name)
    y = base + big_metrics.descent() + 14 * u
    if view.stage_description:
        desc_font = font(24 * u)
        lines = wrap(view.stage_description, desc_font, width - 2 * m, 1)
        y = draw_lines(
            p, lines, desc_font, m, y, SOFT_INK, width - 2 * m, meant=view.stage_description
        )
    return y + 14 * u


def _footer(p: QPainter, view: SlideView, area: QRectF, m: float, u: float) -> None:
    """The voting state at the left, the position at the right; a vote's
    message replaces the left text for a while, so it never covers the slide."""
    p.fillRect(area, INK)
    inner = area.adjusted(m, 0, -m, 0)
    right = tr("Step {number} of {count}   ·   ? keys").format(
        number=view.step_number, count=view.step_count
    )
    if view.profile is not None:
        right = tr("Persona {number} of {count}   ·   ? keys").format(
            number=view.profile.number, count=view.profile.count
        )
    if view.profile is not None:
        left = tr("I or Esc: back to the stages · P: next persona")
    elif view.armed:
        s = SCALES[view.armed]
        left = tr("Voting {scale}: 1 = {low} … 5 = {high}").format(
            scale=tr(SCALE_LABEL[view.armed]).upper(), low=tr(s.low_label), high=tr(s.high_label)
        )
    else:
        left = tr("G goal · E ease · M emotion, then 1–5 to vote")
    f = font(24 * u, bold=True)
    right_w = text_width(right, f)
    left_box = QRectF(inner.left(), inner.top(), inner.width() - right_w - 32 * u, inner.height())
    f = fitted_font(f, [view.toast or left], left_box.width() - (28 * u if view.toast else 0))
    right_w = text_width(right, f)
    p.setFont(f)
    p.setPen(PAPER)
    right_box = QRectF(inner.right() - right_w, inner.top(), right_w, inner.height())
    draw_text(p, right_box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, right)
    if not view.toast:
        draw_text(p, left_box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, left)
        return
    w = min(text_width(view.toast, f) + 28 * u, left_box.width())
    box = QRectF(left_box.left() - 14 * u, area.top() + 7 * u, w, area.height() - 14 * u)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#ffd23f"))
    p.drawRoundedRect(box, 10 * u, 10 * u)
    p.setPen(INK)
    draw_text(p, box, Qt.AlignmentFlag.AlignCenter, view.toast, role="toast")


LEGEND = (
    ("→ ←  PgDn PgUp", "next / previous step"),
    ("↓ ↑", "next / previous stage"),
    ("Home End", "first / last stage"),
    ("P  Tab", "next persona (All → each)"),
    ("I", "persona profile: picture, quote, goals, needs"),
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
    rows = math.ceil(len(LEGEND) / 2)
    inner = area.adjusted(36 * u, 24 * u, -36 * u, -24 * u)
    col_w = inner.width() / 2
    key_font = font(25 * u, bold=True)
    keys, texts = [], []
    for key, text in LEGEND:
        keys.append(tr(key))
        texts.append(tr(text))
    key_font = fitted_font(key_font, keys, col_w * 0.4 - 16 * u)
    key_w = max(text_width(k, key_font) for k in keys) + 16 * u
    text_font = fitted_font(font(25 * u), texts, col_w - key_w - 20 * u)
    line = min(QFontMetricsF(text_font).lineSpacing() * 1.45, inner.height() / rows)
    if QFontMetricsF(text_font).height() > line:  # a legend area too low for the rows
        smaller = max(8, int(text_font.pixelSize() * line / QFontMetricsF(text_font).height()))
        text_font.setPixelSize(smaller)
        key_font.setPixelSize(min(key_font.pixelSize(), smaller))
    for i, (key, text) in enumerate(zip(keys, texts, strict=True)):
        col, row = divmod(i, rows)
        x = inner.left() + col * col_w
        y = inner.top() + row * line
        draw_lines(p, [key], key_font, x, y, HERE, key_w, role="label")
        draw_lines(p, [text], text_font, x + key_w, y, INK, col_w - key_w - 20 * u, role="label")


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
    x, text_w = box.left() + 60 * u, w - 120 * u
    y = draw_lines(p, [view.prompt_title], title_font, x, box.top() + 40 * u, INK, text_w)
    y += 24 * u
    for option in options:
        draw_lines(p, [option], item_font, x, y, INK, text_w)
        y += line
