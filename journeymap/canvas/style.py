"""How the map looks: fonts, sizes and colours, in a light and a dark variant.

The map follows the application palette: :meth:`MapStyle.from_palette` picks the
dark variant when the window background is dark. Exports use :meth:`MapStyle.light`
so printed maps look the same on every machine. Sizes are in scene units (pixels
at 96 dpi); fonts use pixel sizes so they scale with the view, not the screen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette

from journeymap import palette

__all__ = [
    "MapStyle",
    "contrast_text",
    "persona_colour",
    "qcolor",
    "rating_qcolor",
    "severity_qcolor",
]

FONT_FAMILIES = ["Inter", "Noto Sans", "DejaVu Sans", "Liberation Sans", "Sans Serif"]


@lru_cache(maxsize=256)
def qcolor(hex_colour: str) -> QColor:
    """A ``QColor`` for a ``#rrggbb`` string (cached; do not modify the result)."""
    return QColor(hex_colour)


def rating_qcolor(normalised: float | None) -> QColor | None:
    """Chip fill for a rating mapped to -1..+1, or ``None`` when missing."""
    hex_colour = palette.rating_colour(normalised)
    return None if hex_colour is None else qcolor(hex_colour)


def severity_qcolor(severity: str) -> QColor:
    return qcolor(palette.SEVERITY.get(severity, palette.SEVERITY["minor"]))


def contrast_text(fill: QColor) -> QColor:
    """Black or white, whichever reads better on ``fill``."""
    r, g, b = fill.redF(), fill.greenF(), fill.blueF()
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return QColor("#111111") if luminance > 0.5 else QColor("#ffffff")


def persona_colour(colour: str | None, index: int) -> QColor:
    """The persona's own colour, or one from the shared palette by position when
    it has none or its own is a warning hue (see :func:`journeymap.palette.persona_colour`)."""
    return qcolor(_persona_hex(colour, index))


@lru_cache(maxsize=256)
def _persona_hex(colour: str | None, index: int) -> str:
    # A map asks per step and persona; a string, not a Qt object, is kept.
    return palette.persona_colour(colour, index)


def _font(pixels: int, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPixelSize(pixels)
    font.setBold(bold)
    font.setItalic(italic)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


@dataclass
class MapStyle:
    """Colours and fonts of one look (light or dark)."""

    dark: bool = False
    background: QColor = field(default_factory=lambda: QColor("#ffffff"))
    band: QColor = field(default_factory=lambda: QColor("#f4f5f7"))
    stage_band: QColor = field(default_factory=lambda: QColor("#eef1f5"))
    header: QColor = field(default_factory=lambda: QColor("#1f2a44"))
    header_text: QColor = field(default_factory=lambda: QColor("#ffffff"))
    card: QColor = field(default_factory=lambda: QColor("#ffffff"))
    card_border: QColor = field(default_factory=lambda: QColor("#9aa3b2"))
    cell: QColor = field(default_factory=lambda: QColor("#ffffff"))
    note: QColor = field(default_factory=lambda: QColor("#fff4c2"))
    note_text: QColor = field(default_factory=lambda: QColor("#3d3200"))
    text: QColor = field(default_factory=lambda: QColor("#1b1f24"))
    muted: QColor = field(default_factory=lambda: QColor("#5b6472"))
    grid: QColor = field(default_factory=lambda: QColor("#d5d9e0"))
    arrow: QColor = field(default_factory=lambda: QColor("#49556b"))
    observed: QColor = field(default_factory=lambda: QColor("#a0457a"))
    """Transitions only an event log has (Okabe-Ito reddish purple, darkened)."""
    selection: QColor = field(default_factory=lambda: QColor("#1a73e8"))
    drop: QColor = field(default_factory=lambda: QColor("#7a1f00"))

    title_font: QFont = field(default_factory=lambda: _font(14, bold=True))
    body_font: QFont = field(default_factory=lambda: _font(12))
    small_font: QFont = field(default_factory=lambda: _font(11))
    small_bold_font: QFont = field(default_factory=lambda: _font(11, bold=True))
    italic_font: QFont = field(default_factory=lambda: _font(12, italic=True))
    header_font: QFont = field(default_factory=lambda: _font(18, bold=True))
    lane_font: QFont = field(default_factory=lambda: _font(13, bold=True))
    badge_font: QFont = field(default_factory=lambda: _font(13, bold=True))
    big_badge_font: QFont = field(default_factory=lambda: _font(15, bold=True))

    min_text_scale: float = 0.35
    """Below this zoom (device pixels per scene unit), text is not drawn."""
    body_text_scale: float = 0.5
    """Below this zoom the small text of the lanes (5 px and less on screen) is
    sketched as grey bars, which costs far less per frame; titles stay text."""

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font)

    @classmethod
    def light(cls) -> MapStyle:
        return cls()

    @classmethod
    def dark_style(cls) -> MapStyle:
        return cls(
            dark=True,
            background=QColor("#1c1f24"),
            band=QColor("#23272e"),
            stage_band=QColor("#262b33"),
            header=QColor("#3a4a6b"),
            header_text=QColor("#ffffff"),
            card=QColor("#2c313a"),
            card_border=QColor("#6c7686"),
            cell=QColor("#2a2e35"),
            note=QColor("#5a4e1c"),
            note_text=QColor("#fff3c4"),
            text=QColor("#eef1f5"),
            muted=QColor("#aab3c0"),
            grid=QColor("#3a404a"),
            arrow=QColor("#b8c2d3"),
            observed=QColor("#e6a0c4"),
            selection=QColor("#64a5ff"),
            drop=QColor("#ffb38a"),
        )

    @classmethod
    def from_palette(cls, pal: QPalette) -> MapStyle:
        """The variant matching ``pal``: dark when the window colour is dark."""
        window = pal.color(QPalette.ColorRole.Window)
        style = cls.dark_style() if window.lightnessF() < 0.45 else cls.light()
        highlight = pal.color(QPalette.ColorRole.Highlight)
        if highlight.isValid():
            style.selection = QColor(highlight)
        return style
