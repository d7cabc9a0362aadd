"""Drawing the step cards of a slide and the highlighted step's details."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
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
    font,
    shown_value,
    text_width,
    tr,
    wrap,
)

__all__ = ["chip_texts", "paint_cards", "paint_detail"]


def _grid(n: int) -> tuple[int, int]:
    if n <= 5:
        return max(1, n), 1
    cols = math.ceil(n / 2) if n <= 10 else math.ceil(n / 3)
    return cols, math.ceil(n / cols)


def paint_cards(p: QPainter, view: SlideView, area: QRectF, u: float) -> dict[str, QRectF]:
    if not view.cards:
        p.setFont(font(34 * u, italic=True))
        p.setPen(SOFT_INK)
        p.drawText(area, Qt.AlignmentFlag.AlignCenter, tr("No steps in this stage yet"))
        return {}
    rects = {}
    cols, rows = _grid(len(view.cards))
    gap = 22 * u
    w = (area.width() - gap * (cols - 1)) / cols
    h = (area.height() - gap * (rows - 1)) / rows
    for i, card in enumerate(view.cards):
        r, c = divmod(i, cols)
        rect = QRectF(area.left() + c * (w + gap), area.top() + r * (h + gap), w, h)
        _card(p, card, rect, u, i + 1)
        rects[card.step_id] = rect
    return rects


def _card(p: QPainter, card: CardView, rect: QRectF, u: float, number: int) -> None:
    border = 7 * u if card.highlighted else 2.5 * u
    p.setPen(QPen(HERE if card.highlighted else RULE, border))
    p.setBrush(HERE_TINT if card.highlighted else PAPER)
    p.drawRoundedRect(
        rect.adjusted(border / 2, border / 2, -border / 2, -border / 2), 14 * u, 14 * u
    )
    pad = 18 * u
    inner = rect.adjusted(pad, pad * 0.8, -pad, -pad * 0.8)
    compact = rect.height() < 250 * u
    meta_font = font((17 if compact else 19) * u, bold=True)
    meta = " · ".join(x for x in (f"{number}", card.kind, card.channel) if x)
    p.setFont(meta_font)
    p.setPen(SOFT_INK)
    meta_text = QFontMetricsF(meta_font).elidedText(
        meta, Qt.TextElideMode.ElideRight, inner.width() - _votes_width(card, u)
    )
    y = draw_lines(p, [meta_text], meta_font, inner.left(), inner.top(), SOFT_INK)
    chip_h = (36 if compact else 40) * u
    marks_h = (30 if compact else 34) * u
    chips_top = inner.bottom() - chip_h - (marks_h + 8 * u if (card.drop or card.pain) else 0)
    title_font = font((25 if compact else 30) * u, bold=True)
    spacing = QFontMetricsF(title_font).lineSpacing()
    title_lines = max(1, min(2, int((chips_top - y - 4 * u) // spacing)))
    title = wrap(card.title, title_font, inner.width(), title_lines)
    y = draw_lines(p, title, title_font, inner.left(), y + 2 * u, INK)
    if card.feeling:
        body = font((21 if compact else 26) * u, italic=True)
        space = int((chips_top - y - 8 * u) // QFontMetricsF(body).lineSpacing())
        if space > 0:
            lines = wrap(f"“{card.feeling}”", body, inner.width(), min(3, space))
            draw_lines(p, lines, body, inner.left(), y + 4 * u, SOFT_INK)
    _chips(p, card.ratings, QRectF(inner.left(), chips_top, inner.width(), chip_h), u, short=True)
    if card.drop or card.pain:
        _marks(p, card, QRectF(inner.left(), inner.bottom() - marks_h, inner.width(), marks_h), u)
    if card.room_votes:
        vote_font = font(19 * u, bold=True)
        text = _votes_text(card)
        vw = text_width(text, vote_font) + 20 * u
        badge = QRectF(rect.right() - vw - 12 * u, rect.top() + 12 * u, vw, 30 * u)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(INK)
        p.drawRoundedRect(badge, 15 * u, 15 * u)
        p.setFont(vote_font)
        p.setPen(PAPER)
        p.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)


def _votes_text(card: CardView) -> str:
    if card.room_votes == 1:
        return tr("1 vote")
    return tr("{n} votes").format(n=card.room_votes)


def _votes_width(card: CardView, u: float) -> float:
    """Room the votes badge takes at the card's top right (0 without votes)."""
    if not card.room_votes:
        return 0.0
    return text_width(_votes_text(card), font(19 * u, bold=True)) + 32 * u


def _chips(
    p: QPainter, ratings: dict[str, float | None], area: QRectF, u: float, short: bool
) -> None:
    gap = 7 * u
    w = (area.width() - 2 * gap) / 3
    texts, chip_font = chip_texts(ratings, font((20 if short else 30) * u, bold=True), w - 8 * u)
    for i, scale in enumerate(SCALE_ORDER):
        rect = QRectF(area.left() + i * (w + gap), area.top(), w, area.height())
        value = ratings.get(scale)
        fill = rating_qcolor(None if value is None else SCALES[scale].normalised(value))
        p.setPen(QPen(RULE, 2 * u) if fill is None else Qt.PenStyle.NoPen)
        p.setBrush(fill if fill is not None else PAPER)
        p.drawRoundedRect(rect, 8 * u, 8 * u)
        p.setFont(chip_font)
        p.setPen(INK if fill is None else contrast_text(fill))
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, texts[i])


def chip_texts(ratings: dict[str, float | None], f: QFont, width: float) -> tuple[list[str], QFont]:
    """The three chip texts in the longest form where all fit ``width`` (one form
    for all three, so a card reads evenly), in ``f`` or a smaller font."""
    forms = [
        [f"{tr(SCALE_LABEL[s])} {shown_value(s, ratings.get(s))}" for s in SCALE_ORDER],
        [f"{tr(SCALE_LABEL[s])} {shown_value(s, ratings.get(s), False)}" for s in SCALE_ORDER],
        [f"{tr(SHORT_LABEL[s])} {shown_value(s, ratings.get(s), False)}" for s in SCALE_ORDER],
    ]
    for texts in forms:
        if max(text_width(t, f) for t in texts) <= width:
            return texts, f
    smaller = QFont(f)
    widest = max(text_width(t, f) for t in forms[-1])
    smaller.setPixelSize(max(8, int(f.pixelSize() * width / widest)))
    return forms[-1], smaller


def _marks(p: QPainter, card: CardView, area: QRectF, u: float) -> None:
    f = font(min(21 * u, area.height() * 0.64), bold=True)
    x = area.left()
    if card.pain:
        mark = palette.SEVERITY_MARK.get(card.pain, "!")
        text = tr("{mark} {severity} pain").format(mark=mark, severity=tr(card.pain))
        w = text_width(text, f) + 22 * u
        badge = QRectF(x, area.top(), min(w, area.width()), area.height())
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(palette.SEVERITY.get(card.pain, palette.SEVERITY["minor"])))
        p.drawRoundedRect(badge, 6 * u, 6 * u)
        p.setFont(f)
        p.setPen(PAPER if card.pain != "minor" else INK)
        p.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        x += w + 12 * u
    if card.drop and x < area.right() - 40 * u:
        text = f"▼ {card.drop}"
        p.setFont(f)
        p.setPen(DROP if card.drop_level >= 2 else INK)
        metrics = QFontMetricsF(f)
        p.drawText(
            QRectF(x, area.top(), area.right() - x, area.height()),
            Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(text, Qt.TextElideMode.ElideRight, area.right() - x),
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
    right_w = inner.width() * 0.34
    left = QRectF(inner.left(), inner.top(), inner.width() - right_w - 40 * u, inner.height())
    title_font = font(38 * u, bold=True)
    y = draw_lines(
        p, wrap(card.title, title_font, left.width(), 1), title_font, left.left(), left.top(), INK
    )
    y += 8 * u
    fields = [(label, getattr(card, name)) for name, label in FIELD_LABELS if getattr(card, name)]
    if not fields:
        fields = [("", tr("Nothing written down yet for doing, thinking and feeling."))]
    label_font = font(20 * u, bold=True)
    body_font = font(31 * u)
    label_w = 170 * u
    line_h = QFontMetricsF(body_font).lineSpacing()
    lines_each = max(1, int((left.bottom() - y) / len(fields) // line_h))
    for label, text in fields:
        p.setFont(label_font)
        p.setPen(HERE)
        p.drawText(QPointF(left.left(), y + QFontMetricsF(body_font).ascent()), tr(label))
        shown = f"“{text}”" if label == "THINKING" else text
        lines = wrap(
            shown,
            font(31 * u, italic=label == "THINKING"),
            left.width() - label_w,
            min(2, lines_each),
        )
        y = (
            draw_lines(
                p, lines, font(31 * u, italic=label == "THINKING"), left.left() + label_w, y, INK
            )
            + 6 * u
        )
    right = QRectF(inner.right() - right_w, inner.top(), right_w, inner.height())
    row_h = min(76 * u, (right.height() - 100 * u) / 3)
    _chips_rows(p, card.ratings, QRectF(right.left(), right.top(), right.width(), row_h * 3), u)
    note_font = font(22 * u, bold=True)
    note = card.rating_note
    if card.room_votes:
        note += tr(" · room votes here: {n}").format(n=card.room_votes)
    y = draw_lines(
        p,
        wrap(note, note_font, right.width(), 1),
        note_font,
        right.left(),
        right.top() + row_h * 3 + 6 * u,
        SOFT_INK,
    )
    reasons = []
    if card.pain:
        headline = tr("{mark} {severity} pain").format(
            mark=palette.SEVERITY_MARK.get(card.pain, "!"), severity=tr(card.pain)
        )
        reasons.append(f"{headline}: " + list_separator().join(card.pain_reasons))
    elif card.drop:
        reasons.append(tr("▼ {drop} lost here").format(drop=card.drop))
    if reasons:
        reason_font = font(22 * u, bold=True)
        draw_lines(
            p,
            wrap(reasons[0], reason_font, right.width(), 2),
            reason_font,
            right.left(),
            y + 4 * u,
            DROP,
        )


def _chips_rows(p: QPainter, ratings: dict[str, float | None], area: QRectF, u: float) -> None:
    row_h = area.height() / 3
    label_font = font(28 * u, bold=True)
    for i, scale in enumerate(SCALE_ORDER):
        row = QRectF(area.left(), area.top() + i * row_h, area.width(), row_h - 8 * u)
        s = SCALES[scale]
        value = ratings.get(scale)
        p.setFont(label_font)
        p.setPen(INK)
        p.drawText(row, Qt.AlignmentFlag.AlignVCenter, tr(SCALE_LABEL[scale]))
        track = QRectF(row.left() + 150 * u, row.top(), row.width() - 150 * u, row.height())
        fill = rating_qcolor(None if value is None else s.normalised(value))
        p.setPen(QPen(RULE, 2 * u) if fill is None else Qt.PenStyle.NoPen)
        p.setBrush(fill if fill is not None else PAPER)
        p.drawRoundedRect(track, 10 * u, 10 * u)
        p.setPen(INK if fill is None else contrast_text(fill))
        text = shown_value(scale, value) if value is not None else tr("not rated")
        p.drawText(track, Qt.AlignmentFlag.AlignCenter, text)
