"""Drawing the step cards of a slide and the highlighted step's details."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from journeymap import palette
from journeymap.canvas.analysis_text import list_separator
from journeymap.canvas.style import contrast_text, rating_qcolor
from journeymap.model.scales import SCALES
from journeymap.model.votes import SCALE_ORDER
from journeymap.ui.present.slide import CardView, SlideView
from journeymap.ui.present.theme import (
    DROP,
    FIELD_LABELS,
    HERE,
    HERE_TINT,
    INK,
    PAPER,
    RULE,
    SCALE_LABEL,
    SHORT_LABEL,
    SOFT_INK,
    draw_lines,
    draw_text,
    fitted_font,
    font,
    shown_value,
    text_width,
    tr,
    wrap,
)

__all__ = ["chip_form", "chip_forms", "chip_texts", "paint_cards", "paint_detail"]

CARD_PAD = 18.0
"""Padding inside a step card (slide units: pixels on a 1920 × 1080 slide)."""
CHIP_GAP = 7.0
COMPACT = 250.0
"""Cards lower than this use the smaller type."""


def _grid(n: int) -> tuple[int, int]:
    if n <= 5:
        return max(1, n), 1
    cols = math.ceil(n / 2) if n <= 10 else math.ceil(n / 3)
    return cols, math.ceil(n / cols)


def paint_cards(p: QPainter, view: SlideView, area: QRectF, u: float) -> dict[str, QRectF]:
    if not view.cards:
        p.setFont(font(34 * u, italic=True))
        p.setPen(SOFT_INK)
        draw_text(p, area, Qt.AlignmentFlag.AlignCenter, tr("No steps in this stage yet"))
        return {}
    rects = {}
    cols, rows = _grid(len(view.cards))
    gap = 22 * u
    w = (area.width() - gap * (cols - 1)) / cols
    h = (area.height() - gap * (rows - 1)) / rows
    # Cards too low for a line of title above the chips and marks are drawn
    # at a smaller unit, everything in them alike.
    u = u * min(1.0, h / _lowest_card(u))
    # One chip form and size for every card of the slide, so the cards read evenly.
    chip_w = (w - 2 * CARD_PAD * u - 2 * CHIP_GAP * u) / 3 - 8 * u
    chip_f = font((20 if h < COMPACT * u else 23) * u, bold=True)
    form, chip_f = chip_form([c.ratings for c in view.cards], chip_f, chip_w)
    for i, card in enumerate(view.cards):
        r, c = divmod(i, cols)
        rect = QRectF(area.left() + c * (w + gap), area.top() + r * (h + gap), w, h)
        _card(p, card, rect, u, i + 1, (form, chip_f))
        rects[card.step_id] = rect
    return rects


def _lowest_card(u: float) -> float:
    """The height a compact card needs for its number, one line of title, the
    chips and the pain and drop-off marks."""
    meta = QFontMetricsF(font(17 * u, bold=True)).lineSpacing()
    title = QFontMetricsF(font(25 * u, bold=True)).lineSpacing()
    return CARD_PAD * u * 1.6 + meta + 2 * u + title + 4 * u + 36 * u + 30 * u + 8 * u


def _card(
    p: QPainter, card: CardView, rect: QRectF, u: float, number: int, chips: tuple[int, QFont]
) -> None:
    border = 7 * u if card.highlighted else 2.5 * u
    p.setPen(QPen(HERE if card.highlighted else RULE, border))
    p.setBrush(HERE_TINT if card.highlighted else PAPER)
    p.drawRoundedRect(
        rect.adjusted(border / 2, border / 2, -border / 2, -border / 2), 14 * u, 14 * u
    )
    pad = CARD_PAD * u
    inner = rect.adjusted(pad, pad * 0.8, -pad, -pad * 0.8)
    compact = rect.height() < COMPACT * u
    meta_font = font((17 if compact else 19) * u, bold=True)
    meta = " · ".join(x for x in (f"{number}", card.kind, card.channel) if x)
    meta_w = inner.width() - _votes_width(card, meta_font, u)
    meta_text = QFontMetricsF(meta_font).elidedText(meta, Qt.TextElideMode.ElideRight, meta_w)
    y = draw_lines(
        p, [meta_text], meta_font, inner.left(), inner.top(), SOFT_INK, meta_w, meant=meta
    )
    if card.room_votes:  # in the number's line, at the right, clear of the title
        _votes_badge(
            p, card, QRectF(inner.left(), inner.top(), inner.width(), y - inner.top()), meta_font, u
        )
    chip_h = (36 if compact else 40) * u
    marks_h = (30 if compact else 34) * u
    chips_top = inner.bottom() - chip_h - (marks_h + 8 * u if (card.drop or card.pain) else 0)
    title_font = font((25 if compact else 30) * u, bold=True)
    spacing = QFontMetricsF(title_font).lineSpacing()
    title_lines = max(1, min(2, int((chips_top - y - 4 * u) // spacing)))
    title = wrap(card.title, title_font, inner.width(), title_lines)
    y = draw_lines(
        p, title, title_font, inner.left(), y + 2 * u, INK, inner.width(), meant=card.title
    )
    if card.feeling:
        body = font((21 if compact else 26) * u, italic=True)
        space = int((chips_top - y - 8 * u) // QFontMetricsF(body).lineSpacing())
        if space > 0:
            quote = f"“{card.feeling}”"
            lines = wrap(quote, body, inner.width(), min(3, space))
            draw_lines(
                p, lines, body, inner.left(), y + 4 * u, SOFT_INK, inner.width(), meant=quote
            )
    chip_area = QRectF(inner.left(), chips_top, inner.width(), chip_h)
    _chips(p, card.ratings, chip_area, u, chips)
    if card.drop or card.pain:
        _marks(p, card, QRectF(inner.left(), inner.bottom() - marks_h, inner.width(), marks_h), u)


def _votes_badge(p: QPainter, card: CardView, line: QRectF, f: QFont, u: float) -> None:
    """The room's votes on this step, a dark pill at the right end of ``line``."""
    text = _votes_text(card)
    vw = text_width(text, f) + 20 * u
    badge = QRectF(line.right() - vw + 6 * u, line.top() - 2 * u, vw, line.height() + 2 * u)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(INK)
    p.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
    p.setFont(f)
    p.setPen(PAPER)
    draw_text(p, badge, Qt.AlignmentFlag.AlignCenter, text, role="label")


def _votes_text(card: CardView) -> str:
    if card.room_votes == 1:
        return tr("1 vote")
    return tr("{n} votes").format(n=card.room_votes)


def _votes_width(card: CardView, f: QFont, u: float) -> float:
    """Room the votes badge takes at the right of the card's first line (0
    without votes)."""
    if not card.room_votes:
        return 0.0
    return text_width(_votes_text(card), f) + 26 * u


def _chips(
    p: QPainter,
    ratings: dict[str, float | None],
    area: QRectF,
    u: float,
    chips: tuple[int, QFont],
) -> None:
    gap = CHIP_GAP * u
    w = (area.width() - 2 * gap) / 3
    form, chip_font = chips
    texts = chip_forms(ratings)[form]
    for i, scale in enumerate(SCALE_ORDER):
        rect = QRectF(area.left() + i * (w + gap), area.top(), w, area.height())
        value = ratings.get(scale)
        fill = rating_qcolor(None if value is None else SCALES[scale].normalised(value))
        p.setPen(QPen(RULE, 2 * u) if fill is None else Qt.PenStyle.NoPen)
        p.setBrush(fill if fill is not None else PAPER)
        p.drawRoundedRect(rect, 8 * u, 8 * u)
        p.setFont(chip_font)
        p.setPen(INK if fill is None else contrast_text(fill))
        draw_text(p, rect, Qt.AlignmentFlag.AlignCenter, texts[i], role="chip")


def chip_forms(ratings: dict[str, float | None]) -> list[list[str]]:
    """The three chip texts, longest form first: "Goal 4/5", "Goal 4", "Goal 4"
    with the short scale name."""
    return [
        [f"{tr(SCALE_LABEL[s])} {shown_value(s, ratings.get(s))}" for s in SCALE_ORDER],
        [f"{tr(SCALE_LABEL[s])} {shown_value(s, ratings.get(s), False)}" for s in SCALE_ORDER],
        [f"{tr(SHORT_LABEL[s])} {shown_value(s, ratings.get(s), False)}" for s in SCALE_ORDER],
    ]


def chip_form(
    all_ratings: list[dict[str, float | None]], f: QFont, width: float
) -> tuple[int, QFont]:
    """The longest chip form (an index into :func:`chip_forms`) in which every
    chip of every card fits ``width`` in ``f``, or the shortest form in a font
    made small enough: one form and one size for a whole slide."""
    forms = [chip_forms(r) for r in all_ratings] or [chip_forms({})]
    for index in range(3):
        texts = [t for card in forms for t in card[index]]
        if max(text_width(t, f) for t in texts) <= width:
            return index, f
    return 2, fitted_font(f, [t for card in forms for t in card[2]], width)


def chip_texts(ratings: dict[str, float | None], f: QFont, width: float) -> tuple[list[str], QFont]:
    """The three chip texts of one card in the longest form where all fit
    ``width`` (one form for all three), in ``f`` or a smaller font."""
    index, chip_font = chip_form([ratings], f, width)
    return chip_forms(ratings)[index], chip_font


def _marks(p: QPainter, card: CardView, area: QRectF, u: float) -> None:
    f = font(min(21 * u, area.height() * 0.64), bold=True)
    x = area.left()
    if card.pain:
        mark = palette.SEVERITY_MARK.get(card.pain, "!")
        text = tr("{mark} {severity} pain").format(mark=mark, severity=tr(card.pain))
        badge_f = fitted_font(f, [text], area.width() - 22 * u)
        w = text_width(text, badge_f) + 22 * u
        badge = QRectF(x, area.top(), w, area.height())
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(palette.SEVERITY.get(card.pain, palette.SEVERITY["minor"])))
        p.drawRoundedRect(badge, 6 * u, 6 * u)
        p.setFont(badge_f)
        p.setPen(PAPER if card.pain != "minor" else INK)
        draw_text(p, badge, Qt.AlignmentFlag.AlignCenter, text, role="label")
        x += w + 12 * u
    if card.drop and x < area.right() - 40 * u:
        text = f"▼ {card.drop}"
        p.setFont(f)
        p.setPen(DROP if card.drop_level >= 2 else INK)
        metrics = QFontMetricsF(f)
        draw_text(
            p,
            QRectF(x, area.top(), area.right() - x, area.height()),
            Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(text, Qt.TextElideMode.ElideRight, area.right() - x),
            meant=text,
        )


def paint_detail(p: QPainter, card: CardView | None, area: QRectF, u: float) -> None:
    p.setPen(QPen(INK, 4 * u))
    p.setBrush(PAPER)
    p.drawRoundedRect(area, 16 * u, 16 * u)
    p.fillRect(
        QRectF(area.left() + 2 * u, area.top() + 24 * u, 10 * u, area.height() - 48 * u), HERE
    )
    if card is None:
        return
    pad = 34 * u
    inner = area.adjusted(pad, pad * 0.7, -pad, -pad * 0.7)
    right_w = inner.width() * 0.36
    left = QRectF(inner.left(), inner.top(), inner.width() - right_w - 40 * u, inner.height())
    _detail_fields(p, card, left, u)
    right = QRectF(inner.right() - right_w, inner.top(), right_w, inner.height())
    _detail_ratings(p, card, right, u)


def _detail_fields(p: QPainter, card: CardView, left: QRectF, u: float) -> None:
    """The step's title, then what the customer does, thinks and feels."""
    title_font = font(38 * u, bold=True)
    lines = wrap(card.title, title_font, left.width(), 1)
    y = draw_lines(
        p, lines, title_font, left.left(), left.top(), INK, left.width(), meant=card.title
    )
    y += 8 * u
    fields = [(label, getattr(card, name)) for name, label in FIELD_LABELS if getattr(card, name)]
    if not fields:
        fields = [("", tr("Nothing written down yet for doing, thinking and feeling."))]
    labels = [tr(label) for label, _ in fields if label]
    label_font = fitted_font(font(20 * u, bold=True), labels, 150 * u)
    label_w = max((text_width(t, label_font) for t in labels), default=0.0) + 24 * u
    body_h = QFontMetricsF(font(31 * u)).lineSpacing()
    # Lines are shared out in order: a short answer leaves its room to the next.
    room = int((left.bottom() - y - 6 * u * len(fields)) // body_h)
    for n, (label, text) in enumerate(fields):
        allowed = max(1, min(3, room - (len(fields) - n - 1)))
        body = font(31 * u, italic=label == "THINKING")
        ascent = QFontMetricsF(body).ascent() - QFontMetricsF(label_font).ascent()
        if label:
            draw_lines(p, [tr(label)], label_font, left.left(), y + ascent, HERE, label_w)
        shown = f"“{text}”" if label == "THINKING" else text
        width = left.width() - label_w
        lines = wrap(shown, body, width, allowed)
        room -= len(lines)
        y = draw_lines(p, lines, body, left.left() + label_w, y, INK, width, meant=shown) + 6 * u


def _detail_ratings(p: QPainter, card: CardView, right: QRectF, u: float) -> None:
    """The three ratings as bars, where they come from, and the pain or drop-off."""
    row_h = min(76 * u, (right.height() - 100 * u) / 3)
    _chips_rows(p, card.ratings, QRectF(right.left(), right.top(), right.width(), row_h * 3), u)
    note_font = font(22 * u, bold=True)
    note = card.rating_note
    if card.room_votes:
        note += tr(" · room votes here: {n}").format(n=card.room_votes)
    y = right.top() + row_h * 3 + 6 * u
    note_lines = wrap(note, note_font, right.width(), 1)
    y = draw_lines(p, note_lines, note_font, right.left(), y, SOFT_INK, right.width(), meant=note)
    reason = ""
    if card.pain:
        headline = tr("{mark} {severity} pain").format(
            mark=palette.SEVERITY_MARK.get(card.pain, "!"), severity=tr(card.pain)
        )
        reason = f"{headline}: " + list_separator().join(card.pain_reasons)
    elif card.drop:
        reason = tr("▼ {drop} lost here").format(drop=card.drop)
    if reason:
        reason_font = font(22 * u, bold=True)
        space = int((right.bottom() - y - 4 * u) // QFontMetricsF(reason_font).lineSpacing())
        lines = wrap(reason, reason_font, right.width(), max(1, min(3, space)))
        draw_lines(
            p,
            lines,
            reason_font,
            right.left(),
            y + 4 * u,
            DROP,
            right.width(),
            meant=reason,
            role="pain",
        )


def _chips_rows(p: QPainter, ratings: dict[str, float | None], area: QRectF, u: float) -> None:
    row_h = area.height() / 3
    labels = [tr(SCALE_LABEL[scale]) for scale in SCALE_ORDER]
    label_font = fitted_font(font(28 * u, bold=True), labels, area.width() * 0.42)
    label_w = max(text_width(t, label_font) for t in labels) + 18 * u
    value_font = fitted_font(
        font(28 * u, bold=True), [tr("not rated")], area.width() - label_w - 16 * u
    )
    for i, scale in enumerate(SCALE_ORDER):
        row = QRectF(area.left(), area.top() + i * row_h, area.width(), row_h - 8 * u)
        s = SCALES[scale]
        value = ratings.get(scale)
        p.setFont(label_font)
        p.setPen(INK)
        label_box = QRectF(row.left(), row.top(), label_w, row.height())
        draw_text(p, label_box, Qt.AlignmentFlag.AlignVCenter, labels[i], role="label")
        track = QRectF(row.left() + label_w, row.top(), row.width() - label_w, row.height())
        fill = rating_qcolor(None if value is None else s.normalised(value))
        p.setPen(QPen(RULE, 2 * u) if fill is None else Qt.PenStyle.NoPen)
        p.setBrush(fill if fill is not None else PAPER)
        p.drawRoundedRect(track, 10 * u, 10 * u)
        p.setFont(value_font)
        p.setPen(INK if fill is None else contrast_text(fill))
        text = shown_value(scale, value) if value is not None else tr("not rated")
        draw_text(p, track, Qt.AlignmentFlag.AlignCenter, text, role="label")
