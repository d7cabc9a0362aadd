"""The look of presentation mode: fixed high-contrast colours and type.

Everything is sized from one unit, ``u`` = the slide's size relative to
1920 × 1080, so type grows with the screen. The colours are fixed (not the
system palette): near-black text on white, one strong blue for "you are here",
and the shared rating and severity colours of :mod:`journeymap.palette`, always
paired with numbers, words or marks.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from journeymap import palette
from journeymap.canvas.analysis_text import decimal_point
from journeymap.canvas.paint import wrap_text as wrap  # the slides wrap as the map does
from journeymap.canvas.style import FONT_FAMILIES
from journeymap.model.scales import SCALES

__all__ = [
    "DONE",
    "DROP",
    "FIELD_LABELS",
    "HERE",
    "HERE_TINT",
    "INK",
    "LATER",
    "PAPER",
    "RULE",
    "SCALE_LABEL",
    "SHORT_LABEL",
    "SOFT_INK",
    "PlacedText",
    "draw_lines",
    "draw_text",
    "fitted_font",
    "font",
    "placed_texts",
    "shown_value",
    "text_width",
    "tr",
    "wrap",
]

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


@dataclass(frozen=True)
class PlacedText:
    """One text drawn on a slide: as drawn, as meant, its font and its box."""

    text: str
    meant: str
    """The whole text; it differs from :attr:`text` where a long user text was
    cut with "…" to fit (a word the program writes is never cut)."""
    font: QFont
    box: QRectF
    role: str = ""
    """What the text is where it matters: "label" and "chip" for the program's
    own words (never cut), "toast" for a vote's message, "pain" for a pain point."""

    @property
    def width(self) -> float:
        return QFontMetricsF(self.font).horizontalAdvance(self.text)

    @property
    def height(self) -> float:
        return QFontMetricsF(self.font).height()


_placed: list[PlacedText] | None = None


@contextmanager
def placed_texts() -> Iterator[list[PlacedText]]:
    """Collect every text the slide painter draws while the block runs, with
    the box it was given, so that fitting can be measured, not eyeballed."""
    global _placed
    before, _placed = _placed, []
    try:
        yield _placed
    finally:
        _placed = before


def _place(text: str, meant: str, f: QFont, box: QRectF, role: str) -> None:
    if _placed is not None and text:
        _placed.append(PlacedText(text, meant or text, QFont(f), QRectF(box), role))


def draw_lines(
    p: QPainter,
    lines: list[str],
    f: QFont,
    x: float,
    y: float,
    colour: QColor,
    width: float,
    *,
    meant: str = "",
    role: str = "",
) -> float:
    """Draw ``lines`` from top-left ``(x, y)`` in a column ``width`` wide;
    return the y below them. ``meant`` is the whole text when ``lines`` were
    wrapped from it (and perhaps cut)."""
    p.setFont(f)
    p.setPen(colour)
    metrics = QFontMetricsF(f)
    for n, line in enumerate(lines):
        whole = line if not meant or n < len(lines) - 1 or not line.endswith("…") else meant
        _place(line, whole, f, QRectF(x, y, width, metrics.lineSpacing()), role)
        p.drawText(QPointF(x, y + metrics.ascent()), line)
        y += metrics.lineSpacing()
    return y


def draw_text(
    p: QPainter,
    box: QRectF,
    align: Qt.AlignmentFlag,
    text: str,
    *,
    meant: str = "",
    role: str = "",
) -> None:
    """``p.drawText(box, align, text)``, noted for :func:`placed_texts`."""
    _place(text, meant, p.font(), box, role)
    p.drawText(box, align, text)


def fitted_font(f: QFont, texts: list[str], width: float) -> QFont:
    """``f``, or ``f`` made smaller so that the widest of ``texts`` fits ``width``."""
    widest = max((text_width(t, f) for t in texts), default=0.0)
    if widest <= width or widest <= 0:
        return f
    smaller = QFont(f)
    smaller.setPixelSize(max(8, int(f.pixelSize() * width / widest)))
    return smaller


def text_width(text: str, f: QFont) -> float:
    return QFontMetricsF(f).horizontalAdvance(text)


SHORT_LABEL = {"goal": "goal", "ease": "ease", "emotion": "emo"}
"""Scale names where a card is narrow, as the map's chips abbreviate them."""


def shown_value(scale: str, value: float | None, denominator: bool = True) -> str:
    """A rating as text with a true minus sign and the locale's decimal mark:
    ``"4/5"``, ``"−1.5"`` (``"−1,5"`` in Finnish), ``"–"``."""
    text = SCALES[scale].format(value).replace("-", "\u2212").replace(".", decimal_point())
    return text if denominator else text.split("/")[0]
