"""Drawing helpers shared by the map items and the exported legend: wrapped text,
channel pictograms, severity marks and rating chips.

Everything is drawn as vector paths and real text, so SVG and PDF exports keep
text selectable and shapes sharp.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from journeymap import palette
from journeymap.canvas.style import contrast_text, qcolor, rating_qcolor

__all__ = [
    "channel_icon",
    "draw_chip",
    "draw_lines",
    "draw_severity_mark",
    "persona_marker",
    "severity_path",
    "sketch_lines",
    "tr",
    "wrap_text",
]


def tr(text: str) -> str:
    """``text`` in the user's language (Qt translations, context "MapScene")."""
    return QCoreApplication.translate("MapScene", text)


@lru_cache(maxsize=64)
def _metrics(key: str) -> QFontMetricsF:
    font = QFont()
    font.fromString(key)
    return QFontMetricsF(font)


_BY_FONT: dict[int, tuple[QFont, QFontMetricsF]] = {}


def metrics(font: QFont) -> QFontMetricsF:
    """Metrics of ``font``, cached per font object (the style's fonts live on)."""
    entry = _BY_FONT.get(id(font))
    if entry is None or entry[0] is not font:
        entry = (font, _metrics(font.toString()))
        _BY_FONT[id(font)] = entry
    return entry[1]


def wrap_text(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """``text`` broken into at most ``max_lines`` lines of ``width`` in ``font``;
    the last line ends with "…" when text was left out.

    Runs of white space count as one space. Words are kept whole where they fit;
    a word wider than a line is broken while lines remain, else elided. The one
    word wrap of the program: the map, the flow view and presentation mode all
    use it. Cached per text, font, width and number of lines.
    """
    return list(_wrap(" ".join(text.split()), font.toString(), width, max_lines))


@lru_cache(maxsize=20000)
def _wrap(text: str, font_key: str, width: float, max_lines: int) -> tuple[str, ...]:
    if not text:
        return ()
    fm = _metrics(font_key)
    lines: list[str] = []
    current = ""
    words = text.split(" ")
    for n, word in enumerate(words):
        candidate = f"{current} {word}" if current else word
        if fm.horizontalAdvance(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        while fm.horizontalAdvance(current) > width and len(lines) < max_lines - 1:
            # A word longer than the line: break it.
            cut = len(current) - 1
            while cut > 1 and fm.horizontalAdvance(current[:cut]) > width:
                cut -= 1
            lines.append(current[:cut])
            current = current[cut:]
        if len(lines) >= max_lines:
            rest = " ".join(words[n:])
            lines[-1] = fm.elidedText(lines[-1] + " " + rest, Qt.TextElideMode.ElideRight, width)
            return tuple(lines[:max_lines])
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        last = " ".join(lines[max_lines - 1 :])
        lines = [
            *lines[: max_lines - 1],
            fm.elidedText(last + " …", Qt.TextElideMode.ElideRight, width),
        ]
    lines = [
        fm.elidedText(line, Qt.TextElideMode.ElideRight, width)
        if fm.horizontalAdvance(line) > width
        else line
        for line in lines
    ]
    return tuple(lines)


def draw_lines(
    painter: QPainter, lines: list[str], x: float, y: float, font: QFont, line_h: float
) -> float:
    """Draw ``lines`` from the top-left ``(x, y)``; returns the y below the last line."""
    painter.setFont(font)
    ascent = metrics(font).ascent()
    for line in lines:
        painter.drawText(QPointF(x, y + ascent), line)
        y += line_h
    return y


def sketch_lines(
    painter: QPainter, lines: list[str], x: float, y: float, font: QFont, line_h: float
) -> float:
    """Like :func:`draw_lines`, but each line as a faint bar of the line's width
    (text too small to read); returns the y below the last line."""
    fm = metrics(font)
    bar_h = max(2.0, fm.ascent() * 0.5)
    colour = QColor(painter.pen().color())
    colour.setAlphaF(colour.alphaF() * 0.4)
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    for line in lines:
        width = fm.horizontalAdvance(line)
        if width > 0:
            painter.drawRect(QRectF(x, y + (line_h - bar_h) / 2, width, bar_h))
        y += line_h
    painter.restore()
    return y


# -- channel pictograms (drawn in a 16 x 16 box) ------------------------------


@lru_cache(maxsize=32)
def channel_icon(kind: str) -> QPainterPath:
    """A small outline pictogram for a channel kind, in a 16 x 16 box."""
    p = QPainterPath()
    if kind in ("email", "letter"):
        p.addRoundedRect(QRectF(1, 3, 14, 10), 1.5, 1.5)
        p.moveTo(1.5, 3.5)
        p.lineTo(8, 9)
        p.lineTo(14.5, 3.5)
    elif kind in ("chat", "messaging"):
        p.addRoundedRect(QRectF(1, 2, 14, 9), 3, 3)
        p.moveTo(4, 11)
        p.lineTo(3.5, 15)
        p.lineTo(8, 11)
    elif kind == "social":
        p.addEllipse(QRectF(1, 2, 9, 8))
        p.addEllipse(QRectF(7, 6, 8, 7))
    elif kind in ("phone",):
        p.moveTo(3, 1.5)
        p.cubicTo(0.5, 4, 5, 13, 12.5, 14.5)
        p.lineTo(14.5, 11.5)
        p.lineTo(11, 9.5)
        p.lineTo(9.5, 11)
        p.cubicTo(7.5, 10, 6, 8.5, 5, 6.5)
        p.lineTo(6.5, 5)
        p.lineTo(4.5, 1.5)
        p.closeSubpath()
    elif kind == "app":
        p.addRoundedRect(QRectF(4, 1, 8, 14), 1.5, 1.5)
        p.moveTo(7, 12.5)
        p.lineTo(9, 12.5)
    elif kind in ("web", "digital"):
        p.addEllipse(QRectF(1, 1, 14, 14))
        p.addEllipse(QRectF(5, 1, 6, 14))
        p.moveTo(1, 8)
        p.lineTo(15, 8)
    elif kind == "face_to_face":
        p.addEllipse(QRectF(5, 1, 6, 6))
        p.moveTo(2, 15)
        p.cubicTo(2, 9, 14, 9, 14, 15)
    elif kind == "third_party":
        p.addEllipse(QRectF(1, 1, 14, 14))
        p.moveTo(5, 5)
        p.lineTo(11, 11)
        p.moveTo(11, 5)
        p.lineTo(5, 11)
    else:
        p.addPolygon(QPolygonF([QPointF(8, 1), QPointF(15, 8), QPointF(8, 15), QPointF(1, 8)]))
        p.closeSubpath()
    return p


# -- severity marks: a different shape per severity ---------------------------


@lru_cache(maxsize=16)
def severity_path(severity: str, size: float) -> QPainterPath:
    """Octagon (critical), triangle (major) or circle (minor), ``size`` across,
    centred on the origin."""
    r = size / 2
    p = QPainterPath()
    if severity == "critical":
        import math

        pts = [
            QPointF(
                r * math.cos(math.pi / 8 + k * math.pi / 4),
                r * math.sin(math.pi / 8 + k * math.pi / 4),
            )
            for k in range(8)
        ]
        p.addPolygon(QPolygonF(pts))
        p.closeSubpath()
    elif severity == "major":
        p.addPolygon(
            QPolygonF([QPointF(0, -r), QPointF(r * 1.05, r * 0.8), QPointF(-r * 1.05, r * 0.8)])
        )
        p.closeSubpath()
    else:
        p.addEllipse(QPointF(0, 0), r * 0.8, r * 0.8)
    return p


def draw_severity_mark(
    painter: QPainter, centre: QPointF, severity: str, size: float, font: QFont
) -> None:
    """The severity's shape filled with its colour, with its mark ("‼", "!") inside."""
    colour = qcolor(palette.SEVERITY.get(severity, palette.SEVERITY["minor"]))
    painter.save()
    painter.translate(centre)
    painter.setPen(QPen(QColor("#ffffff"), max(1.0, size / 14)))
    painter.setBrush(colour)
    painter.drawPath(severity_path(severity, size))
    mark = palette.SEVERITY_MARK.get(severity, "")
    if mark:
        painter.setPen(QColor("#ffffff") if severity != "minor" else QColor("#000000"))
        painter.setFont(font)
        box = QRectF(-size / 2, -size / 2 + (size * 0.08 if severity == "major" else 0), size, size)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, mark)
    painter.restore()


# -- rating chips -------------------------------------------------------------


def draw_chip(
    painter: QPainter,
    rect: QRectF,
    label: str,
    value_text: str,
    normalised: float | None,
    font: QFont,
    bold: QFont,
    text_colour: QColor,
    *,
    hollow: bool = False,
) -> None:
    """A rounded chip "label value", filled by the rating colour; a missing
    rating is a dashed outline with "–". A ``hollow`` chip (a value resting on
    few answers) is a thick outline in the rating colour around a pale inside,
    so that how sure a value is shows without reading a number."""
    fill = rating_qcolor(normalised)
    painter.save()
    if fill is not None and hollow:
        pale = QColor(fill)
        pale.setAlpha(45)
        painter.setPen(QPen(fill.darker(110), 2.2))
        painter.setBrush(QBrush(pale))
        ink = text_colour
    elif fill is None:
        pen = QPen(text_colour, 1, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        ink = text_colour
    else:
        painter.setPen(QPen(fill.darker(125), 1))
        painter.setBrush(QBrush(fill))
        ink = contrast_text(fill)
    inset = 1.2 if hollow and fill is not None else 0.5
    painter.drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), 5, 5)
    painter.setPen(ink)
    fm_label = metrics(font)
    label_w = fm_label.horizontalAdvance(label + " ")
    value_w = metrics(bold).horizontalAdvance(value_text)
    x = rect.x() + max(4.0, (rect.width() - label_w - value_w) / 2)
    base = rect.y() + (rect.height() + fm_label.ascent() - fm_label.descent()) / 2
    painter.setFont(font)
    painter.drawText(QPointF(x, base), label)
    painter.setFont(bold)
    painter.drawText(QPointF(x + label_w, base), value_text)
    painter.restore()


def persona_marker(index: int, size: float) -> QPainterPath:
    """A different shape per persona (circle, square, triangle, diamond...), so
    curves and rating rows are told apart without colour."""
    r = size / 2
    p = QPainterPath()
    shape = index % 5
    if shape == 0:
        p.addEllipse(QPointF(0, 0), r, r)
    elif shape == 1:
        p.addRect(QRectF(-r * 0.9, -r * 0.9, r * 1.8, r * 1.8))
    elif shape == 2:
        p.addPolygon(QPolygonF([QPointF(0, -r * 1.1), QPointF(r, r * 0.8), QPointF(-r, r * 0.8)]))
        p.closeSubpath()
    elif shape == 3:
        p.addPolygon(
            QPolygonF([QPointF(0, -r * 1.2), QPointF(r, 0), QPointF(0, r * 1.2), QPointF(-r, 0)])
        )
        p.closeSubpath()
    else:
        p.addPolygon(QPolygonF([QPointF(-r, -r * 0.5), QPointF(r, -r * 0.5), QPointF(0, r * 1.1)]))
        p.closeSubpath()
    return p
