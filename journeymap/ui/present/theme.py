"""The look of presentation mode: fixed high-contrast colours and type.

Everything is sized from one unit, ``u`` = the slide's size relative to
1920 × 1080, so type grows with the screen. The colours are fixed (not the
system palette): near-black text on white, one strong blue for "you are here",
and the shared rating and severity colours of :mod:`journeymap.palette`, always
paired with numbers, words or marks.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF
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
    "draw_lines",
    "font",
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


SHORT_LABEL = {"goal": "Goal", "ease": "Ease", "emotion": "Emo"}


def shown_value(scale: str, value: float | None, denominator: bool = True) -> str:
    """A rating as text with a true minus sign and the locale's decimal mark:
    ``"4/5"``, ``"−1.5"`` (``"−1,5"`` in Finnish), ``"–"``."""
    text = SCALES[scale].format(value).replace("-", "\u2212").replace(".", decimal_point())
    return text if denominator else text.split("/")[0]
