"""Colours shared by the editor, the charts and the workbook, so a rating looks the
same everywhere. Colour-blind-safe (Okabe–Ito hues; a blue–orange diverging scale
rather than red–green), and never the only carrier of meaning: every highlight
also has a shape, an icon or a text.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = [
    "BAD",
    "GOOD",
    "NEUTRAL",
    "OKABE_ITO",
    "PERSONA_COLOURS",
    "SEVERITY",
    "SEVERITY_MARK",
    "persona_colour",
    "rating_colour",
]

# Okabe & Ito (2008), safe for the common colour-vision deficiencies.
OKABE_ITO = {
    "black": "#000000",
    "orange": "#e69f00",
    "sky_blue": "#56b4e9",
    "bluish_green": "#009e73",
    "yellow": "#f0e442",
    "blue": "#0072b2",
    "vermillion": "#d55e00",
    "reddish_purple": "#cc79a7",
}

PERSONA_COLOURS = (
    "#0072b2",
    "#000000",
    "#56b4e9",
    "#009e73",
    "#6a3d9a",
    "#44aa99",
    "#332288",
)
"""Persona lines and marks: hues kept apart from the severity and "bad" hues
(vermillion, orange, red) also as seen with each colour-vision deficiency
(checked in ``tests/export/test_colour_vision.py`` with a simulation); every
persona also has its own marker shape and dash."""

# Diverging scale for ratings: bad (vermillion) - neutral (light grey) - good (blue).
BAD = "#d55e00"
NEUTRAL = "#f2f2f2"
GOOD = "#0072b2"

# Pain point severities: colour and a mark that reads without colour.
SEVERITY = {"critical": "#b2182b", "major": "#d55e00", "minor": "#e69f00"}
SEVERITY_MARK = {"critical": "‼", "major": "!", "minor": "·"}


WARNING_HUES = (*SEVERITY.values(), BAD)
"""The hues that say "something is wrong"; no persona is drawn in one of them."""


def _distance(a: str, b: str) -> float:
    ca = [int(a[i : i + 2], 16) for i in (1, 3, 5)]
    cb = [int(b[i : i + 2], 16) for i in (1, 3, 5)]
    return sum((x - y) ** 2 for x, y in zip(ca, cb, strict=True)) ** 0.5


def persona_colour(colour: str | None, index: int) -> str:
    """The colour a persona is drawn in: its own, unless that is missing or
    near a warning hue (a persona in vermillion would read as a major pain
    point), then the ``index``-th of :data:`PERSONA_COLOURS`.

    >>> persona_colour("#009e73", 0), persona_colour("#d55e00", 2), persona_colour(None, 0)
    ('#009e73', '#56b4e9', '#0072b2')
    """
    if colour and len(colour) == 7 and all(_distance(colour, w) > 90 for w in WARNING_HUES):
        return colour
    return PERSONA_COLOURS[index % len(PERSONA_COLOURS)]


def _mix(a: str, b: str, t: float) -> str:
    t = min(1.0, max(0.0, t))
    ca = [int(a[i : i + 2], 16) for i in (1, 3, 5)]
    cb = [int(b[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * t):02x}" for x, y in zip(ca, cb, strict=True))


@lru_cache(maxsize=1024)  # a map paints a chip per rating; ratings repeat a few values
def rating_colour(normalised: float | None) -> str | None:
    """Fill colour for a rating mapped to -1..+1 (see ``Scale.normalised``);
    ``None`` (missing) has no colour.

    >>> rating_colour(0.0)
    '#f2f2f2'
    >>> rating_colour(-1.0)
    '#d55e00'
    """
    if normalised is None:
        return None
    if normalised < 0:
        return _mix(NEUTRAL, BAD, -normalised)
    return _mix(NEUTRAL, GOOD, normalised)
