"""Charts: each kind for every example, as PNG (opened and looked at), SVG and PDF."""

from __future__ import annotations

import sys

import numpy as np
import pytest
from PIL import Image

from benchmarks.synthetic import synthetic_journey
from journeymap.export.api import export_journey
from journeymap.export.charts import wrap_label
from journeymap.export.errors import ExportError
from tests.export.svg_text import svg_texts as _svg_texts


@pytest.mark.parametrize("chart", ["emotion", "funnel", "heatmap", "sankey"])
def test_chart_png_of_every_example_has_content(example, tmp_path, chart):
    path = tmp_path / f"{chart}.png"
    export_journey(example, path, "png", chart=chart, dpi=60)
    with Image.open(path) as image:
        width, height = image.size
        pixels = np.asarray(image.convert("RGB")).reshape(-1, 3)
    assert width >= 300 and height >= 200
    colours = {tuple(p) for p in pixels[:: max(1, len(pixels) // 20000)]}
    assert len(colours) > 20, "a chart, not a blank page"
    white = np.all(pixels > 245, axis=1).mean()
    assert white < 0.97


def test_svg_and_pdf_keep_text(broadband, tmp_path):
    from pypdf import PdfReader

    svg = tmp_path / "emotion.svg"
    export_journey(broadband, svg, "svg", chart="emotion")
    content = svg.read_text(encoding="utf-8")
    assert "<svg" in content[:500]
    assert "<text" in content and "Connection keeps" in content
    pdf = tmp_path / "funnel.pdf"
    export_journey(broadband, pdf, "pdf", chart="funnel")
    text = PdfReader(pdf).pages[0].extract_text()
    assert "Customers" in text


def test_persona_chart_shows_only_that_persona(broadband, tmp_path):
    persona = broadband.personas[0]
    path = tmp_path / "one.svg"
    export_journey(broadband, path, "svg", chart="emotion", persona_id=persona.id)
    svg = path.read_text(encoding="utf-8")
    assert persona.name in svg
    assert broadband.personas[1].name not in svg


def test_large_journey_heatmap_stays_a_sane_size(tmp_path):
    journey = synthetic_journey(400, 5, seed=2)
    path = tmp_path / "big.png"
    export_journey(journey, path, "png", chart="heatmap", dpi=40)
    with Image.open(path) as image:
        assert max(image.size) < 5000


def test_charts_do_not_use_pyplot(broadband, tmp_path):
    export_journey(broadband, tmp_path / "x.png", "png", chart="heatmap", dpi=40)
    assert "matplotlib.pyplot" not in sys.modules


def test_long_finnish_words_wrap_with_a_hyphen():
    label = wrap_label("Tunnistautuminen aikakatkaistaan ja palvelupisteasiointi", 14)
    lines = label.split("\n")
    assert all(len(line) <= 14 for line in lines)
    assert lines[0].endswith("-") and len(lines) == 3


@pytest.mark.parametrize("chart", ["emotion", "funnel", "heatmap", "sankey"])
def test_charts_of_an_empty_journey_say_so(tmp_path, chart):
    from journeymap.export.chart_common import EMPTY
    from journeymap.model import Journey

    path = tmp_path / "empty.svg"
    export_journey(Journey(title="Empty"), path, "svg", chart=chart)
    texts = _svg_texts(path)
    assert any(EMPTY.split(":")[0] in t for t in texts)  # the chart says it is empty...
    assert any("Empty" in t for t in texts)  # ...under the journey's title


def test_chart_needs_an_image_format(broadband, tmp_path):
    with pytest.raises(ExportError):
        export_journey(broadband, tmp_path / "x.xlsx", "xlsx", chart="emotion")
