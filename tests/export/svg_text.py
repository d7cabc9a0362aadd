"""What an SVG says: the texts of its ``<text>`` elements (with their ``<tspan>``s),
for tests that check what a chart or map shows rather than that a file exists."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

SVG = "{http://www.w3.org/2000/svg}"


def svg_texts(path: Path) -> list[str]:
    """Every text the SVG at ``path`` draws, in document order; parsing it also
    proves that the file is well-formed XML."""
    root = ET.parse(path).getroot()
    return ["".join(node.itertext()).strip() for node in root.iter(f"{SVG}text")]


def svg_shapes(path: Path) -> int:
    """How many paths, rectangles, lines and polylines the SVG draws."""
    root = ET.parse(path).getroot()
    kinds = ("path", "rect", "line", "polyline", "polygon", "use")
    return sum(1 for node in root.iter() if node.tag in {SVG + k for k in kinds})
