"""The map as PNG, SVG and PDF, drawn headless from the editor's scene."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage

from journeymap.export.errors import ExportError
from journeymap.export.map_image import render_map, tile_grid
from journeymap.model import load_journey
from journeymap.synthetic import synthetic_journey

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.journey.json"))
BROADBAND = Path(__file__).resolve().parents[2] / "examples" / "broadband-support.journey.json"


@pytest.fixture
def journey():
    return load_journey(BROADBAND)


def _distinct_colours(image: QImage, samples: int = 4000) -> int:
    colours = set()
    w, h = image.width(), image.height()
    for i in range(samples):
        colours.add(image.pixel((i * 7919) % w, (i * 104729) % h))
    return len(colours)


def _words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_png_of_every_example(qapp, tmp_path, path):
    journey = load_journey(path)
    out = tmp_path / "map.png"
    result = render_map(journey, out, "png", dpi=48)
    image = QImage(str(out))
    assert not image.isNull()
    assert (image.width(), image.height()) == (result.width_px, result.height_px)
    assert image.width() > image.height() > 300
    assert _distinct_colours(image) > 20  # not a blank page


def test_png_resolution_follows_dpi(qapp, tmp_path, journey):
    low = render_map(journey, tmp_path / "low.png", dpi=48)
    high = render_map(journey, tmp_path / "high.png", dpi=96)
    assert high.width_px == pytest.approx(2 * low.width_px, abs=2)
    assert QImage(str(tmp_path / "high.png")).dotsPerMeterX() == round(96 / 0.0254)


def test_svg_keeps_text_as_text(qapp, tmp_path, journey):
    out = tmp_path / "map.svg"
    render_map(journey, out)
    root = ET.parse(out).getroot()
    texts = " ".join("".join(e.itertext()) for e in root.iter() if e.tag.endswith("text"))
    assert journey.title in texts
    assert "Restart the router" in texts
    assert "critical pain point" in texts  # the legend


def test_pdf_keeps_text_as_text(qapp, tmp_path, journey):
    out = tmp_path / "map.pdf"
    result = render_map(journey, out, "pdf")
    reader = PdfReader(out)
    assert len(reader.pages) == result.pages == 1
    text = _words(reader.pages[0].extract_text())
    assert "Restart the router" in text
    assert "Legend" in text


def test_persona_appears_in_the_heading(qapp, tmp_path, journey):
    persona = journey.personas[1]
    out = tmp_path / "one.svg"
    render_map(journey, out, persona_id=persona.id)
    assert f"Persona: {persona.name}" in out.read_text(encoding="utf-8")


def test_large_map_tiles_onto_several_a4_pages(qapp, tmp_path):
    journey = synthetic_journey(60, 3)
    out = tmp_path / "tiles.pdf"
    result = render_map(journey, out, "pdf", pages="a4")
    reader = PdfReader(out)
    assert len(reader.pages) == result.pages > 1
    first = reader.pages[0]
    assert float(first.mediabox.width) > float(first.mediabox.height)  # landscape
    assert f"page 1 of {result.pages}" in _words(first.extract_text())
    a3 = render_map(journey, tmp_path / "a3.pdf", "pdf", pages="a3")
    assert a3.pages > 1  # A3 prints the map larger, on as many pages


def test_huge_png_is_scaled_to_fit_and_says_so(qapp, tmp_path):
    journey = synthetic_journey(400, 2)
    result = render_map(journey, tmp_path / "huge.png", dpi=300)
    assert max(result.width_px, result.height_px) <= 32_000
    assert result.dpi < 300 and result.notes


def test_tile_grid_counts_overlapping_pages():
    assert tile_grid(277, 184, 277, 184) == (1, 1)
    assert tile_grid(278, 184, 277, 184) == (2, 1)
    assert tile_grid(800, 400, 277, 184) == (3, 3)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"persona_id": "nobody"}, "unknown persona"),
        ({"fmt": "gif"}, "png, svg or pdf"),
        ({"fmt": "png", "pages": "a4"}, "PDF"),
        ({"fmt": "pdf", "pages": "letter"}, "page layout"),
        ({"dpi": 5}, "between 10 and 1200"),
    ],
)
def test_bad_options_raise_export_error(qapp, tmp_path, journey, kwargs, message):
    out = tmp_path / "map.png"
    fmt = kwargs.pop("fmt", "png")
    with pytest.raises(ExportError, match=message):
        render_map(journey, out, fmt, **kwargs)
    assert not out.exists()


def test_unwritable_places_raise_export_error(qapp, tmp_path, journey):
    with pytest.raises(ExportError, match="does not exist"):
        render_map(journey, tmp_path / "missing" / "map.png")
    with pytest.raises(ExportError, match="folder"):
        render_map(journey, tmp_path, "png")
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    with pytest.raises(ExportError, match="does not exist"):
        render_map(journey, a_file / "map.png")


def test_the_journey_is_not_changed(qapp, tmp_path, journey):
    before = journey.model_dump()
    render_map(journey, tmp_path / "map.svg")
    assert journey.model_dump() == before
