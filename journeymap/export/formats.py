"""The formats, charts and page layouts of export and import, named once.

Nothing but the standard library is imported here, so the command line can
offer these as choices without loading the model, Qt, openpyxl or matplotlib.

>>> format_from_suffix("Journey.XLSX", IMPORT_FORMATS)
'xlsx'
>>> format_from_suffix("journey.mermaid", EXPORT_FORMATS)
'mmd'
>>> format_from_suffix("journey.xlsm", IMPORT_FORMATS) is None
True
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

__all__ = [
    "CHARTS",
    "EXPORT_FORMATS",
    "IMAGE_FORMATS",
    "IMPORT_FORMATS",
    "LANGUAGES",
    "MAX_DPI",
    "MIN_DPI",
    "PAGES",
    "either",
    "format_from_suffix",
]

IMAGE_FORMATS = ("png", "svg", "pdf")
"""The formats of the map image and of the charts."""
EXPORT_FORMATS = (*IMAGE_FORMATS, "xlsx", "csv", "mmd")
IMPORT_FORMATS = ("xlsx", "mmd")
CHARTS = ("emotion", "funnel", "heatmap", "sankey", "roadmap", "maturity")
"""What ``--chart`` draws instead of the map (``roadmap``: the opportunities as a
matrix and a board on one page; ``maturity``: the CX maturity radar)."""
LANGUAGES = ("en", "fi")
"""The languages an export writes (``--lang``); the journey's own by default."""
MIN_DPI, MAX_DPI = 10, 1200
"""The resolutions a PNG can be asked for."""
PAGES = ("poster", "a4", "a3")
"""A map PDF's page layout: one page sized to the map, or tiled landscape pages."""

_SUFFIX_ALIASES: dict[str, str | None] = {"mermaid": "mmd", "xlsm": None}
"""Suffixes that name a format other than themselves (``None``: no format)."""


def format_from_suffix(path: str | os.PathLike[str], allowed: tuple[str, ...]) -> str | None:
    """The format named by ``path``'s suffix (``out.XLSX`` -> ``"xlsx"``), or ``None``
    when the suffix is missing or not one of ``allowed``."""
    suffix = Path(path).suffix.lower().lstrip(".")
    found = _SUFFIX_ALIASES.get(suffix, suffix) or ""
    return found if found in allowed else None


def either(names: Sequence[str]) -> str:
    """``names`` as the choice a message offers.

    >>> either(IMAGE_FORMATS)
    'png, svg or pdf'
    >>> either([f".{name}" for name in IMPORT_FORMATS])
    '.xlsx or .mmd'
    """
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} or {names[-1]}"
