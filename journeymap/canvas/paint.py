"""Drawing helpers shared by the map items and the exported legend: wrapped text,
channel pictograms, severity marks and rating chips.

Everything is drawn as vector paths and real text, so SVG and PDF exports keep
text selectable and shapes sharp.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, partial
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPicture,
    QPolygonF,
)

from journeymap import palette
from journeymap.canvas.style import contrast_text, qcolor, rating_qcolor

__all__ = [
    "channel_icon",
    "draw_channel_icon",
    "draw_chip",
    "draw_lines",
    "draw_severity_mark",
    "persona_marker",
    "severity_path",
    "sketch_lines",
    "stamp",
    "tr",
    "vector_sink",
    "wrap_text",
    "writes_vectors",
]


def vector_sink(painter: QPainter) -> tuple[Any, float, float] | None:
    """Where the drawing helpers may write vector elements themselves, and the
    painter's offset: the paint device's ``vector_writer`` (the SVG export's
    canvas, see ``journeymap.export.svg_writer``) while the painter only
    translates, clips nothing and is opaque; else ``None`` (draw with the
    painter). One element then costs one format instead of a painter call per
    primitive and per state change, in a Python paint engine."""
    writer = getattr(painter.device(), "vector_writer", None)
    if writer is None or painter.hasClipping() or painter.opacity() != 1.0:
        return None
    t = painter.worldTransform()
    if t.isScaling() or t.isRotating():
        return None
    return writer, t.dx(), t.dy()


def writes_vectors(painter: QPainter) -> bool:
    """Whether the painter draws into a device that writes vector elements
    itself (the SVG export's canvas), clipped or not."""
    return getattr(painter.device(), "vector_writer", None) is not None


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


def stamp(
    painter: QPainter, key: Any, x: float, y: float, draw: Callable[[QPainter], None]
) -> None:
    """What ``draw`` paints around the origin, at ``(x, y)``. ``key`` names the
    drawing (the same key, the same drawing: a channel's pictogram, a severity
    mark): the SVG export writes it once and repeats its elements."""
    sink = vector_sink(painter)
    if sink is not None:
        writer, dx, dy = sink
        writer.write_stamp(key, draw, x + dx, y + dy)
        return
    pictures = getattr(painter.device(), "stamps", None)
    if pictures is not None:
        painter.drawPicture(QPointF(x, y), _picture(pictures, key, painter, draw))
        return
    painter.save()
    painter.translate(x, y)
    draw(painter)
    painter.restore()


def _picture(
    pictures: dict[Any, QPicture], key: Any, painter: QPainter, draw: Callable[[QPainter], None]
) -> QPicture:
    """The drawing of ``key`` recorded once (a device's ``stamps``: the PDF
    export's writer keeps them, and Qt replays each without Python)."""
    picture = pictures.get(key)
    if picture is None:
        picture = pictures[key] = QPicture()
        recorder = QPainter(picture)
        recorder.setRenderHints(painter.renderHints())
        # A picture plays scaled by the device's resolution over its own:
        # recorded at the inverse scale, it plays at the painter's.
        device = painter.device()
        recorder.scale(
            picture.logicalDpiX() / device.logicalDpiX(),
            picture.logicalDpiY() / device.logicalDpiY(),
        )
        draw(recorder)
        recorder.end()
    return picture


def wrap_text(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """``text`` broken into at most ``max_lines`` lines of ``width`` in ``font``;
    the last line ends with "…" when text was left out.

    Runs of white space count as one space. Words are kept whole where they fit;
    a word wider than a line is broken while lines remain, else elided. The one
    word wrap of the program: the map, the flow view and presentation mode all
    use it. Cached per text, font, width and number of lines.
    """
    return list(_wrap(" ".join(text.split()), font.toString(), width, max_lines))


WRAP_MARGIN = 0.75
"""How close (px) to the line's width a line measured in pieces must come
before :func:`_wrap` measures it whole."""


@lru_cache(maxsize=50000)
def _advance(font_key: str, text: str) -> float:
    """The width of ``text`` (a word, or a space and a word) in the font."""
    return _metrics(font_key).horizontalAdvance(text)


@lru_cache(maxsize=20000)
def _wrap(text: str, font_key: str, width: float, max_lines: int) -> tuple[str, ...]:
    """See :func:`wrap_text`. A line grows a word at a time; its width is the
    width so far plus that of the space and the word (measured once per word
    and font), and only a line that comes within :data:`WRAP_MARGIN` of
    ``width`` is measured whole, so a text is not shaped again and again as
    it grows (the same lines: a test holds it to measuring every candidate)."""
    if not text:
        return ()
    fm = _metrics(font_key)
    lines: list[str] = []
    current = ""
    current_w = 0.0
    words = text.split(" ")
    for n, word in enumerate(words):
        if current:
            grown = current_w + _advance(font_key, " " + word)
            if grown <= width - WRAP_MARGIN:
                current, current_w = f"{current} {word}", grown
                continue
            if grown <= width + WRAP_MARGIN:
                candidate = f"{current} {word}"
                exact = fm.horizontalAdvance(candidate)
                if exact <= width:
                    current, current_w = candidate, exact
                    continue
        else:
            alone = _advance(font_key, word)
            if alone <= width:
                current, current_w = word, alone
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
        current_w = fm.horizontalAdvance(current)
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
    ascent = metrics(font).ascent()
    sink = vector_sink(painter) if lines else None
    if sink is not None:
        pen = painter.pen()
        if pen.style() != Qt.PenStyle.NoPen and pen.color().alpha():
            writer, dx, dy = sink
            writer.write_lines(font, pen.color(), x + dx, y + ascent + dy, line_h, lines)
        return y + line_h * len(lines)
    painter.setFont(font)
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


def draw_channel_icon(painter: QPainter, kind: str, colour: QColor, scale: float) -> None:
    """A channel's pictogram in ``colour``, ``scale`` times its 16 x 16 box,
    from the origin (see :func:`stamp`)."""
    painter.setPen(QPen(colour, 1.3))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if scale != 1.0:
        painter.scale(scale, scale)
    painter.drawPath(channel_icon(kind))


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
    stamp(
        painter,
        ("severity", severity, size, id(font)),
        centre.x(),
        centre.y(),
        lambda p: _draw_severity(p, severity, size, font),
    )


def _draw_severity(painter: QPainter, severity: str, size: float, font: QFont) -> None:
    colour = qcolor(palette.SEVERITY.get(severity, palette.SEVERITY["minor"]))
    painter.setPen(QPen(QColor("#ffffff"), max(1.0, size / 14)))
    painter.setBrush(colour)
    painter.drawPath(severity_path(severity, size))
    mark = palette.SEVERITY_MARK.get(severity, "")
    if mark:
        painter.setPen(QColor("#ffffff") if severity != "minor" else QColor("#000000"))
        painter.setFont(font)
        box = QRectF(-size / 2, -size / 2 + (size * 0.08 if severity == "major" else 0), size, size)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, mark)


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
    sink: tuple[Any, float, float] | bool | None = True,
) -> None:
    """A rounded chip "label value", filled by the rating colour; a missing
    rating is a dashed outline with "–". A ``hollow`` chip (a value resting on
    few answers) is a thick outline in the rating colour around a pale inside,
    so that how sure a value is shows without reading a number. ``sink`` is
    :func:`vector_sink` of the painter when the caller has it (a row of
    chips asks once)."""
    look = _chip_look(label, value_text, normalised, font, bold, text_colour, hollow, rect)
    if sink is True:
        sink = vector_sink(painter)
    if sink:
        writer, dx, dy = sink  # type: ignore[misc]
        entry = writer.chip(look.key)
        if entry is None:
            texts = (
                (font, look.ink, look.text_x, look.base, label),
                (bold, look.ink, look.text_x + look.label_w, look.base, value_text),
            )
            entry = writer.keep_chip(look.key, look.box, look.pen, look.brush, texts)
        writer.write_chip(entry, rect.x() + dx, rect.y() + dy)
        return
    x, y = rect.x(), rect.y()
    pictures = getattr(painter.device(), "stamps", None)
    if pictures is not None:
        picture = _picture(pictures, look.key, painter, partial(_paint_chip, look=look))
        painter.drawPicture(QPointF(x, y), picture)
        return
    painter.save()
    _paint_chip(painter, look, x, y)
    painter.restore()


def _paint_chip(painter: QPainter, look: _ChipLook, x: float = 0.0, y: float = 0.0) -> None:
    font, bold = look.fonts
    bx, by, bw, bh, radius = look.box
    painter.setPen(look.pen)
    painter.setBrush(look.brush)
    painter.drawRoundedRect(QRectF(x + bx, y + by, bw, bh), radius, radius)
    painter.setPen(look.ink)
    painter.setFont(font)
    painter.drawText(QPointF(x + look.text_x, y + look.base), look.label)
    painter.setFont(bold)
    painter.drawText(QPointF(x + look.text_x + look.label_w, y + look.base), look.value_text)


class _ChipLook(NamedTuple):
    """How a chip of one value is drawn, relative to its rectangle's top-left."""

    key: tuple
    label: str
    value_text: str
    fonts: tuple[QFont, QFont]
    pen: QPen
    brush: QBrush
    ink: QColor
    box: tuple[float, float, float, float, float]
    text_x: float
    label_w: float
    base: float


_CHIP_LOOKS: dict[tuple, tuple[QFont, QFont, _ChipLook]] = {}


def _chip_look(
    label: str,
    value_text: str,
    normalised: float | None,
    font: QFont,
    bold: QFont,
    text_colour: QColor,
    hollow: bool,
    rect: QRectF,
) -> _ChipLook:
    """The chip's pens, colours and text places, made once per value and size
    (a map repeats a few hundred chips thousands of times). The style's fonts
    live on and are told apart by identity, as :func:`metrics` does."""
    key = (
        label,
        value_text,
        normalised,
        hollow,
        rect.width(),
        rect.height(),
        id(font),
        id(bold),
        text_colour.rgba(),
    )
    known = _CHIP_LOOKS.get(key)
    if known is not None and known[0] is font and known[1] is bold:
        return known[2]
    fill = rating_qcolor(normalised)
    if fill is not None and hollow:
        pale = QColor(fill)
        pale.setAlpha(45)
        pen = QPen(fill.darker(110), 2.2)
        brush = QBrush(pale)
        ink = QColor(text_colour)
    elif fill is None:
        pen = QPen(text_colour, 1, Qt.PenStyle.DashLine)
        brush = QBrush(Qt.BrushStyle.NoBrush)
        ink = QColor(text_colour)
    else:
        pen = QPen(fill.darker(125), 1)
        brush = QBrush(fill)
        ink = contrast_text(fill)
    inset = 1.2 if hollow and fill is not None else 0.5
    w, h = rect.width(), rect.height()
    fm_label = metrics(font)
    label_w = fm_label.horizontalAdvance(label + " ")
    value_w = metrics(bold).horizontalAdvance(value_text)
    # QPainter draws a rounded rectangle's corners at most half its side.
    radius = min(5.0, (w - 2 * inset) / 2, (h - 2 * inset) / 2)
    look = _ChipLook(
        key,
        label,
        value_text,
        (font, bold),
        pen,
        brush,
        ink,
        (inset, inset, w - 2 * inset, h - 2 * inset, radius),
        max(4.0, (w - label_w - value_w) / 2),
        label_w,
        (h + fm_label.ascent() - fm_label.descent()) / 2,
    )
    _CHIP_LOOKS[key] = (font, bold, look)
    return look


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
