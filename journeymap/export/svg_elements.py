"""The text of the lean SVG's elements and styles (see
:mod:`journeymap.export.svg_writer`): numbers, escaping, ids, a path's data,
the shapes ``QPainter`` builds from rectangles and ellipses, and the CSS of a
pen or a font."""

from __future__ import annotations

import re

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainterPath, QPen, QTransform

__all__ = [
    "POINT",
    "RECT",
    "STAMP",
    "TEXT",
    "TEXT_CLASS",
    "clip_shape",
    "colour_parts",
    "escape",
    "font_css",
    "group_id",
    "number",
    "path_data",
    "simple_shape",
    "stroke_css",
]

_NO_BRUSH = Qt.BrushStyle.NoBrush
_NO_PEN = Qt.PenStyle.NoPen
_CAPS = {Qt.PenCapStyle.FlatCap: "butt", Qt.PenCapStyle.RoundCap: "round"}
_JOINS = {
    Qt.PenJoinStyle.MiterJoin: "miter",
    Qt.PenJoinStyle.SvgMiterJoin: "miter",
    Qt.PenJoinStyle.RoundJoin: "round",
}
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;"})
# Numbers: seven significant digits (a hundredth of a pixel up to 100,000).
RECT = '<rect class="{}" x="{:.7g}" y="{:.7g}" width="{:.7g}" height="{:.7g}"/>'
_ROUNDED_RECT = 'rect x="{:.7g}" y="{:.7g}" width="{:.7g}" height="{:.7g}" rx="{:.7g}" ry="{:.7g}"'
_ELLIPSE = 'ellipse cx="{:.7g}" cy="{:.7g}" rx="{:.7g}" ry="{:.7g}"'
POINT = "{:.7g},{:.7g}"
TEXT = '<text class="{} {}" x="{:.7g}" y="{:.7g}">{}</text>'
STAMP = '<g transform="translate({:.7g},{:.7g})">{}</g>'
TEXT_CLASS = '<text class="{}" x="{:.7g}" y="{:.7g}">{}</text>'
_CURVE6 = "{:.7g} {:.7g} {:.7g} {:.7g} {:.7g} {:.7g}"
_ID_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]")


def number(value: float) -> str:
    """A number: seven significant digits (a hundredth of a pixel up to
    100,000), no trailing zeros. The hot paths format several at once."""
    return f"{value:.7g}"


def escape(text: str) -> str:
    """``text`` for an element's content or a quoted attribute."""
    return text.translate(_ESCAPES)


def group_id(kind: str, key: str) -> str:
    """An XML id for ``key`` of ``kind`` (``step-`` + the step's id): characters
    an id may not hold become ``_`` followed by their code point."""
    safe = _ID_UNSAFE.sub(lambda m: f"_{ord(m.group()):x}_", key)
    return f"{kind}-{safe}"


def colour_parts(colour: QColor) -> tuple[str, float]:
    return colour.name(), colour.alphaF()


def path_data(path: QPainterPath, dx: float, dy: float) -> str:
    out = []
    count = path.elementCount()
    i = 0
    last = ""
    at = path.elementAt
    while i < count:
        e = at(i)
        if e.isMoveTo():
            out.append(f"M{e.x + dx:.7g} {e.y + dy:.7g}")
            last = "M"
            i += 1
        elif e.isLineTo():
            # After a line, another line needs no letter.
            out.append(
                (" {:.7g} {:.7g}" if last == "L" else "L{:.7g} {:.7g}").format(e.x + dx, e.y + dy)
            )
            last = "L"
            i += 1
        elif e.isCurveTo() and i + 2 < count:
            c2, end = at(i + 1), at(i + 2)
            out.append(
                (" " if last == "C" else "C")
                + _CURVE6.format(e.x + dx, e.y + dy, c2.x + dx, c2.y + dy, end.x + dx, end.y + dy)
            )
            last = "C"
            i += 3
        else:
            i += 1
    return "".join(out)


def simple_shape(path: QPainterPath, dx: float, dy: float) -> str:
    """The ``rect`` (rounded) or ``ellipse`` element (without its class) that
    draws ``path`` when it is one of those, as ``QPainter`` builds them; else
    an empty string."""
    count = path.elementCount()
    if count not in (13, 17):
        return ""
    # The shapes QPainter builds: a move, then curves (and lines between them
    # in a rounded rectangle); the corners are checked below.
    at = path.elementAt
    first = at(0)
    if not first.isMoveTo() or not at(1).isCurveTo():
        return ""
    if count == 13:
        if not (at(4).isCurveTo() and at(7).isCurveTo() and at(10).isCurveTo()):
            return ""
    elif not (at(4).isLineTo() and at(8).isLineTo() and at(12).isLineTo() and at(16).isLineTo()):
        return ""
    final = at(count - 1)
    if abs(first.x - final.x) > 0.01 or abs(first.y - final.y) > 0.01:
        return ""
    box = path.boundingRect()
    x, y, w, h = box.x() + dx, box.y() + dy, box.width(), box.height()
    if count == 13:  # an ellipse starts at the middle of its right side
        if abs(first.x - box.right()) > 0.01 or abs(first.y - box.center().y()) > 0.01:
            return ""
        return _ELLIPSE.format(x + w / 2, y + h / 2, w / 2, h / 2)
    # A rounded rectangle starts on its left side, below the top left corner.
    corner = at(3)
    rx, ry = corner.x - box.left(), first.y - box.top()
    if abs(first.x - box.left()) > 0.01 or abs(corner.y - box.top()) > 0.01 or rx < 0 or ry < 0:
        return ""
    return _ROUNDED_RECT.format(x, y, w, h, rx, ry)


def clip_shape(path: QPainterPath, t: QTransform, whole: QRectF) -> str:
    """A clip shape: a rectangle when the path is one, else the path; empty
    for a rectangle that holds all of ``whole`` (it clips nothing)."""
    mapped = t.map(path)
    box = mapped.boundingRect()
    if mapped.elementCount() == 5 and _is_rect(mapped):
        if box.contains(whole):
            return ""
        return (
            f'<rect x="{number(box.x())}" y="{number(box.y())}" '
            f'width="{number(box.width())}" height="{number(box.height())}"/>'
        )
    return f'<path d="{path_data(mapped, 0.0, 0.0)}"/>'


def _is_rect(path: QPainterPath) -> bool:
    xs = {round(path.elementAt(i).x, 3) for i in range(path.elementCount())}
    ys = {round(path.elementAt(i).y, 3) for i in range(path.elementCount())}
    return len(xs) <= 2 and len(ys) <= 2


def stroke_css(pen: QPen) -> str:
    style = pen.style()
    if style == _NO_PEN:
        return ""
    brush = pen.brush()
    if brush.style() == _NO_BRUSH:
        return ""
    colour = pen.color()
    if colour.alpha() == 0:
        return ""
    name, alpha = colour_parts(colour)
    width = pen.widthF() or 1.0
    css = f"stroke:{name}"
    if alpha < 1:
        css += f";stroke-opacity:{number(alpha)}"
    if width != 1:
        css += f";stroke-width:{number(width)}"
    cap = _CAPS.get(pen.capStyle())
    if cap:
        css += f";stroke-linecap:{cap}"
    join = _JOINS.get(pen.joinStyle())
    if join:
        css += f";stroke-linejoin:{join}"
    if style != Qt.PenStyle.SolidLine:
        dashes = pen.dashPattern()
        if dashes:
            css += ";stroke-dasharray:" + ",".join(number(d * width) for d in dashes)
    if pen.isCosmetic() and pen.widthF() > 0:
        css += ";vector-effect:non-scaling-stroke"
    return css


def font_css(font: QFont) -> str:
    families = font.families() or [font.family()]
    names = ",".join(f"'{f}'" if " " in f else f for f in families)
    size = float(font.pixelSize())
    if size <= 0:
        size = font.pointSizeF() * 96 / 72
    css = f"font-family:{names};font-size:{number(size)}px"
    weight = font.weight()
    value = weight.value if hasattr(weight, "value") else int(weight)
    if value != 400:
        css += f";font-weight:{value}"
    if font.italic():
        css += ";font-style:italic"
    if font.underline():
        css += ";text-decoration:underline"
    return css
