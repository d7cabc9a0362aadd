"""Drawing a presentation slide: large type, dark on light, for a projector.

Everything is sized from one unit, ``u`` = the slide's size relative to
1920 × 1080, so type grows with the screen. The colours are fixed (not the
system palette): near-black text on white, one strong blue for "you are here",
and the shared rating and severity colours of :mod:`journeymap.palette`, always
paired with numbers, words or marks.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from journeymap import palette
from journeymap.model.scales import SCALES
from journeymap.ui.presentation_view import CardView, SlideView
from journeymap.ui.presentation_votes import SCALE_ORDER
from journeymap.ui.style import FONT_FAMILIES, contrast_text, rating_qcolor

__all__ = ["INK", "PAPER", "paint_slide"]

INK = QColor("#111111")
SOFT_INK = QColor("#3a3a3a")
PAPER = QColor("#ffffff")
RULE = QColor("#1f1f1f")
HERE = QColor(palette.OKABE_ITO["blue"])
HERE_TINT = QColor("#e3effa")
DONE = QColor("#4a4a4a")
LATER = QColor("#e4e4e4")
DROP = QColor("#a33a00")  # vermillion darkened for text on white (contrast > 6:1)

SCALE_LABEL = {"goal": "Goal", "ease": "Ease", "emotion": "Emotion"}
"""Scale names as shown (translated when drawn)."""
FIELD_LABELS = (("doing", "DOING"), ("thinking", "THINKING"), ("feeling", "FEELING"))


def tr(text: str) -> str:
    return QCoreApplication.translate("PresentationWindow", text)


def font(px: float, bold: bool = False, italic: bool = False) -> QFont:
    f = QFont()
    f.setFamilies(FONT_FAMILIES)
    f.setPixelSize(max(8, round(px)))
    f.setBold(bold)
    f.setItalic(italic)
    return f


def wrap(text: str, f: QFont, width: float, max_lines: int) -> list[str]:
    """Word-wrapped lines of ``text`` that fit ``width``; the last one elided."""
    metrics = QFontMetricsF(f)
    lines: list[str] = []
    words = text.split()
    current = ""
    for i, word in enumerate(words):
        trial = f"{current} {word}" if current else word
        if metrics.horizontalAdvance(trial) <= width or not current:
            current = trial
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines:
            rest = " ".join([current, *words[i + 1 :]])
            lines[-1] = metrics.elidedText(
                lines[-1] + " " + rest, Qt.TextElideMode.ElideRight, width
            )
            return lines
    if current:
        lines.append(current)
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]


def draw_lines(
    p: QPainter, lines: list[str], f: QFont, x: float, y: float, colour: QColor
) -> float:
    """Draw ``lines`` from top-left ``(x, y)``; return the y below them."""
    p.setFont(f)
    p.setPen(colour)
    metrics = QFontMetricsF(f)
    for line in lines:
        p.drawText(QPointF(x, y + metrics.ascent()), line)
        y += metrics.lineSpacing()
    return y


def text_width(text: str, f: QFont) -> float:
    return QFontMetricsF(f).horizontalAdvance(text)


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
    rects = _cards(p, view, QRectF(m, y, width - 2 * m, bottom - y - detail_h - 24 * u), u)
    detail = QRectF(m, bottom - detail_h, width - 2 * m, detail_h)
    if view.legend:
        _legend(p, detail, u)
    else:
        _detail(p, view.current, detail, u)
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


def _grid(n: int) -> tuple[int, int]:
    if n <= 5:
        return max(1, n), 1
    cols = math.ceil(n / 2) if n <= 10 else math.ceil(n / 3)
    return cols, math.ceil(n / cols)


def _cards(p: QPainter, view: SlideView, area: QRectF, u: float) -> dict[str, QRectF]:
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
        meta, Qt.TextElideMode.ElideRight, inner.width()
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
    if not compact and card.feeling:
        body = font(26 * u, italic=True)
        space = int((chips_top - y - 8 * u) // QFontMetricsF(body).lineSpacing())
        if space > 0:
            lines = wrap(f"“{card.feeling}”", body, inner.width(), min(3, space))
            draw_lines(p, lines, body, inner.left(), y + 4 * u, SOFT_INK)
    _chips(p, card.ratings, QRectF(inner.left(), chips_top, inner.width(), chip_h), u, short=True)
    if card.drop or card.pain:
        _marks(p, card, QRectF(inner.left(), inner.bottom() - marks_h, inner.width(), marks_h), u)
    if card.room_votes:
        vote_font = font(19 * u, bold=True)
        text = (tr("1 vote") if card.room_votes == 1 else tr("{n} votes")).format(n=card.room_votes)
        vw = text_width(text, vote_font) + 20 * u
        badge = QRectF(rect.right() - vw - 12 * u, rect.top() + 12 * u, vw, 30 * u)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(INK)
        p.drawRoundedRect(badge, 15 * u, 15 * u)
        p.setFont(vote_font)
        p.setPen(PAPER)
        p.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)


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


SHORT_LABEL = {"goal": "Goal", "ease": "Ease", "emotion": "Emo"}


def shown_value(scale: str, value: float | None, denominator: bool = True) -> str:
    """A rating as text with a true minus sign: ``"4/5"``, ``"−1.5"``, ``"–"``."""
    text = SCALES[scale].format(value).replace("-", "\u2212")
    return text if denominator else text.split("/")[0]


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


def _detail(p: QPainter, card: CardView | None, area: QRectF, u: float) -> None:
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
        reasons.append(
            f"{palette.SEVERITY_MARK.get(card.pain, '!')} {card.pain} pain: "
            + ", ".join(card.pain_reasons)
        )
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
