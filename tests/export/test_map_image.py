"""The map as PNG, SVG and PDF, drawn headless from the editor's scene."""

from __future__ import annotations

import html
import itertools
import re
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage

from benchmarks.synthetic import synthetic_journey
from journeymap.canvas.arrow_item import TransitionItem
from journeymap.canvas.layout import GUTTER, compute_layout
from journeymap.canvas.legend import heading_height
from journeymap.export.errors import ExportError
from journeymap.export.map_image import (
    MAX_PNG_PIXELS,
    MAX_PNG_SIDE,
    OVERVIEW_PNG_PIXELS,
    SEPARATOR_H,
    WRAP_ASPECT,
    _build_scene,
    _dispose,
    _paint_sheet,
    plan_sheet,
    render_map,
    tile_grid,
)
from journeymap.model import load_journey
from journeymap.model.journey import Lane

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.journey.json"))
WIDE_LOW, WIDE_HIGH = 1.3, 1.9
"""A wrapped poster's width : height aims at A-series landscape (1.41) to 16:9
(1.78); a band more or fewer moves it a little either way."""
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


# -- wrapped posters -----------------------------------------------------------------


def _svg_text(path: Path) -> str:
    """Every text of an SVG, in drawing order, joined by single spaces."""
    found = re.findall(r"<text\b[^>]*>([^<]*)</text>", path.read_text(encoding="utf-8"))
    return _words(" ".join(html.unescape(text) for text in found))


@pytest.fixture(scope="module")
def long_poster(qapp, tmp_path_factory):
    """The SVG poster of a 2,000-step journey (drawn once: it takes a few seconds)."""
    journey = synthetic_journey(2000, 5)
    out = tmp_path_factory.mktemp("long") / "map.svg"
    return journey, render_map(journey, out)


@pytest.fixture
def planned(qapp):
    """``plan(journey)`` → ``(scene, sheet)``; the scenes are disposed of afterwards."""
    scenes = []

    def plan(journey):
        scene = _build_scene(journey, None)
        scenes.append(scene)
        return scene, plan_sheet(scene)

    yield plan
    for scene in scenes:
        _dispose(scene)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_examples_are_one_band_the_size_of_the_map(qapp, tmp_path, path):
    from journeymap.canvas.scene import MapScene

    journey = load_journey(path)
    poster = MapScene(journey, poster=True, recorded=False)  # lanes grown to their texts
    layout = poster.layout
    _dispose(poster)
    width, height = max(layout.width, 1400.0), layout.height + heading_height(journey)
    assert width < WRAP_ASPECT * height
    svg = render_map(journey, tmp_path / "map.svg", lang="en")
    assert (svg.width_px, svg.height_px) == (round(width), round(height))
    # In English too: a poster's cards grow to hold their words, and Finnish ones are longer.
    png = render_map(journey, tmp_path / "map.png", dpi=48, lang="en")
    assert (png.width_px, png.height_px) == (round(width / 2), round(height / 2))
    text = _svg_text(tmp_path / "map.svg")
    assert "continued" not in text
    assert text.count("Touchpoints") == 1


def test_long_poster_is_wrapped_to_a_sane_shape(long_poster):
    journey, result = long_poster
    aspect = result.width_px / result.height_px
    assert WIDE_LOW < aspect < WIDE_HIGH
    layout = compute_layout(journey, len(journey.personas))
    assert result.width_px < layout.width / 10  # wrapped into many bands


def test_long_poster_shows_every_step_and_repeats_the_lane_names(long_poster):
    journey, result = long_poster
    text = _svg_text(result.path)
    missing = [step.title for step in journey.steps if step.title not in text]
    assert missing == []
    bands = text.count("Touchpoints")  # the lane names, once per band
    assert bands > 10
    assert text.count("continued") == bands - 1
    assert f"part {bands} of {bands}" in text
    assert text.count(journey.title) == 1  # the heading, once at the top
    assert "critical pain point" in text


@pytest.mark.parametrize(("steps", "personas"), [(60, 3), (300, 2), (2000, 5)])
def test_bands_are_cut_between_stages_only(planned, steps, personas):
    scene, sheet = planned(synthetic_journey(steps, personas))
    layout = scene.layout
    map_w, map_h = scene.map_rect.width(), scene.map_rect.height()
    bands = sheet.bands
    assert len(bands) > 1
    # The bands cover the map from left to right, each once, one under the other.
    assert bands[0].x0 == 0 and bands[-1].x1 == map_w
    for upper, lower in itertools.pairwise(bands):
        assert upper.x1 == lower.x0
        assert lower.top == upper.top + map_h + SEPARATOR_H
        assert upper.stages[1] + 1 == lower.stages[0]
    assert sheet.height == bands[-1].top + map_h
    # No cut goes through a stage, so none goes through a step.
    for n, sid in enumerate(layout.stage_order):
        stage = layout.stages[sid]
        holding = [b for b in bands if b.x0 <= stage.x and stage.right <= b.x1]
        assert len(holding) == 1
        assert holding[0].stages[0] <= n <= holding[0].stages[1]
    # Every band starts its first stage where the first band does, after the lane names.
    for band in bands:
        first = layout.stages[layout.stage_order[band.stages[0]]]
        assert band.left + first.x - band.x0 == pytest.approx(GUTTER)
        assert band.left + band.x1 - band.x0 <= sheet.width


def test_a_label_on_a_cut_is_drawn_whole_in_one_band(planned, monkeypatch):
    from PySide6.QtGui import QPainter, QPicture

    scene, sheet = planned(synthetic_journey(60, 3))
    crossing = {
        item.transition_id for band in sheet.bands for item in scene.labels_across(band.x0, band.x1)
    }
    assert crossing  # the test means something: some labels sit on a cut
    drawn: list[tuple[str, float, float]] = []
    original = TransitionItem.draw_label

    def recording(item, painter):
        box = item.label_rect()
        if box is not None:
            # How much of the label the painter's clip lets through.
            clip = painter.clipBoundingRect() if painter.hasClipping() else box
            drawn.append((item.transition_id, box.width(), clip.intersected(box).width()))
        original(item, painter)

    monkeypatch.setattr(TransitionItem, "draw_label", recording)
    picture = QPicture()
    painter = QPainter(picture)
    _paint_sheet(painter, scene, sheet)
    painter.end()
    labelled = {
        item.transition_id
        for item in scene.items()
        if isinstance(item, TransitionItem) and item.label_rect() is not None
    }
    ids = [tid for tid, _, _ in drawn]
    assert sorted(ids) == sorted(labelled)  # every label once, none twice
    cut = [(w, shown) for tid, w, shown in drawn if tid in crossing]
    assert cut and all(shown == pytest.approx(w) for w, shown in cut)  # none clipped


def test_a_very_long_stage_is_never_cut(planned):
    journey = synthetic_journey(300, 2)
    big = journey.stages[3].id
    merged = {stage.id for stage in journey.stages[:8]}
    journey.steps = [
        step.model_copy(update={"stage_id": big}) if step.stage_id in merged else step
        for step in journey.steps
    ]
    journey.invalidate()
    scene, sheet = planned(journey)
    stage = scene.layout.stages[big]
    assert scene.layout.stage_counts[big] > 60
    assert sheet.width >= GUTTER + stage.w
    assert any(b.x0 <= stage.x and stage.right <= b.x1 for b in sheet.bands)


def test_long_png_is_an_overview_within_the_limits(qapp, tmp_path):
    result = render_map(synthetic_journey(2000, 5), tmp_path / "long.png")
    image = QImage(str(tmp_path / "long.png"))
    assert (image.width(), image.height()) == (result.width_px, result.height_px)
    assert WIDE_LOW < image.width() / image.height() < WIDE_HIGH
    assert image.width() * image.height() <= OVERVIEW_PNG_PIXELS
    assert result.notes and "overview" in result.notes[0]
    assert _distinct_colours(image) > 20


def test_huge_png_is_scaled_to_fit_and_says_so(qapp, tmp_path):
    """A wrapped poster too large for the limits is drawn smaller, still in full."""
    result = render_map(synthetic_journey(300, 3), tmp_path / "wrapped.png", dpi=200)
    assert max(result.width_px, result.height_px) <= MAX_PNG_SIDE
    assert result.width_px * result.height_px <= MAX_PNG_PIXELS
    assert WIDE_LOW < result.width_px / result.height_px < 2.1  # whole pixels at the caps
    assert 60 < result.dpi < 200  # as large as the limits allow, text and all
    assert result.notes and "overview" not in result.notes[0]


def test_wrapped_pdf_poster_is_one_page_of_text(qapp, tmp_path):
    journey = synthetic_journey(60, 3)
    out = tmp_path / "poster.pdf"
    result = render_map(journey, out, "pdf")
    reader = PdfReader(out)
    assert len(reader.pages) == result.pages == 1
    page = reader.pages[0]
    assert WIDE_LOW < float(page.mediabox.width) / float(page.mediabox.height) < WIDE_HIGH
    assert not page["/Resources"].get("/XObject")  # no pictures: drawn as vectors and text
    text = unicodedata.normalize("NFKC", _words(page.extract_text()))  # "ﬀ" → "ff"
    bands = text.count("Touchpoints")
    assert bands > 1
    assert text.count("continued") == bands - 1
    assert all(step.title in text for step in journey.steps[::10])


def test_tiled_pdf_of_a_long_map_is_not_wrapped(qapp, tmp_path):
    journey = synthetic_journey(60, 3)
    result = render_map(journey, tmp_path / "tiles.pdf", "pdf", pages="a3")
    text = _words(PdfReader(tmp_path / "tiles.pdf").pages[0].extract_text())
    found = re.search(r"row 1 of (\d+), column 1 of (\d+)", text)
    assert found is not None
    rows, cols = int(found.group(1)), int(found.group(2))
    assert rows * cols == result.pages and cols > rows  # pages left to right, never bands
    assert "continued" not in text


def test_export_journey_passes_the_map_notes_on(tmp_path):
    from benchmarks.synthetic import synthetic_journey
    from journeymap.export.api import export_journey

    notes = export_journey(synthetic_journey(300, 2), tmp_path / "big.png", "png", dpi=600)
    assert notes and "dpi" in notes[0]
    assert export_journey(synthetic_journey(12, 2), tmp_path / "small.png", "png", dpi=60) == []


def test_every_tile_repeats_the_lane_and_stage_names_and_page_1_has_the_legend(qapp, tmp_path):
    from pypdf import PdfReader

    journey = load_journey(EXAMPLES[0].parent / "verotus-ilmoitus.journey.json")
    out = tmp_path / "tiles.pdf"
    result = render_map(journey, out, "pdf", pages="a4", lang="en")
    pages = [_words(page.extract_text()) for page in PdfReader(out).pages]
    assert result.pages == len(pages) > 2
    stages = [s.name for s in journey.stages]
    for number, text in enumerate(pages, start=1):
        assert "Touchpoints" in text and "Ratings" in text, number
        assert any(name in text for name in stages), number
        assert ("Legend" in text) == (number == 1), number


def test_tiles_never_print_text_below_6_pt():
    from journeymap.canvas.style import MapStyle
    from journeymap.export.map_image import MIN_TILE_SCALE

    style = MapStyle.light()
    smallest = min(
        f.pixelSize() for f in (style.small_font, style.body_font, style.small_bold_font)
    )
    assert smallest * 0.75 * MIN_TILE_SCALE >= 6.0  # 1 px at 96 dpi is 0.75 pt


def test_the_legend_has_a_card_per_persona(qapp, tmp_path, broadband):
    out = tmp_path / "map.svg"
    render_map(broadband, out, lang="en")
    text = _svg_text(out)
    for persona in broadband.personas:
        assert persona.name in text
        if persona.goals:
            assert "Goals:" in text
        if persona.quote:
            assert persona.quote.split()[0] in text
    single = tmp_path / "one.svg"
    render_map(broadband, single, persona_id=broadband.personas[0].id, lang="en")
    assert broadband.personas[1].role not in _svg_text(single)


def test_a_poster_wraps_lane_texts_whole_and_its_lanes_grow(qapp, tmp_path):
    from journeymap.canvas.cells_item import POSTER_LINES
    from journeymap.model import Journey

    long = " ".join(["Asiakas lukee ohjeen huolellisesti ja miettii seuraavaa askelta"] * 3)
    journey = Journey.model_validate(
        {
            "title": "Long texts",
            "stages": [{"id": "s", "name": "Stage"}],
            "steps": [{"id": "a", "title": "A", "stage_id": "s", "doing": long}],
        }
    )
    out = tmp_path / "map.svg"
    render_map(journey, out, lang="en")
    text = _svg_text(out)
    assert "askelta" in text.rsplit("Asiakas", 1)[-1], "the last words are printed"
    assert "…" not in text
    from journeymap.canvas.scene import MapScene

    poster = MapScene(journey, poster=True, recorded=False)
    screen = MapScene(journey, recorded=False)
    tall, short = (s.layout.lane(Lane.DOING).h for s in (poster, screen))
    assert tall > short
    assert POSTER_LINES > 4
    for scene in (poster, screen):
        scene.clear()
        scene.deleteLater()
