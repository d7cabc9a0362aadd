"""The vector exports' short cuts draw what the painter draws: chips and text
lines written into the SVG as elements directly, repeated drawings (stamps)
written once into the SVG and replayed as pictures into the PDF."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import partial
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtSvg import QSvgRenderer

from journeymap.canvas.paint import (
    draw_channel_icon,
    draw_chip,
    draw_lines,
    draw_severity_mark,
    stamp,
)
from journeymap.canvas.style import MapStyle
from journeymap.export.map_image import render_map
from journeymap.export.svg_writer import SvgCanvas
from journeymap.model import load_journey

SVG = "{http://www.w3.org/2000/svg}"
BROADBAND = Path(__file__).parents[2] / "examples" / "broadband-support.journey.json"


def _draw_sample(painter: QPainter, style: MapStyle) -> None:
    """Chips of every look, text lines, pictograms and marks, some translated."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    chips = [(0.5, False, "4"), (-1.0, False, "1"), (None, False, "–"), (0.25, True, "≈3,5")]
    for row, (norm, hollow, text) in enumerate(chips):
        for column in range(2):
            rect = QRectF(10 + column * 70, 10 + row * 26, 64, 21)
            font, bold = style.small_font, style.small_bold_font
            draw_chip(painter, rect, "goal", text, norm, font, bold, style.muted, hollow=hollow)
    painter.setPen(style.text)
    draw_lines(painter, ["Restart the router", "& <wait>"], 160, 10, style.body_font, 16)
    painter.save()
    painter.translate(150, 60)
    for n, kind in enumerate(("email", "phone", "web")):
        icon = partial(draw_channel_icon, kind=kind, colour=style.text, scale=1.0)
        stamp(painter, ("channel", kind), 20 * n, 0, icon)
    painter.restore()
    for n, severity in enumerate(("critical", "major", "minor", "critical")):
        draw_severity_mark(painter, QPointF(170 + 34 * n, 110), severity, 26, style.badge_font)


def _svg_of(style: MapStyle, direct: bool) -> str:
    canvas = SvgCanvas(320, 140)
    canvas.direct = direct
    painter = QPainter(canvas)
    painter.fillRect(QRectF(0, 0, 320, 140), QColor("#ffffff"))
    _draw_sample(painter, style)
    painter.end()
    canvas.raise_error()
    return canvas.svg()


def _rendered(svg: str, tmp_path: Path, name: str) -> QImage:
    out = tmp_path / name
    out.write_text(svg, encoding="utf-8")
    image = QImage(640, 280, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    QSvgRenderer(str(out)).render(painter)
    painter.end()
    return image


def _mean_difference(a: QImage, b: QImage) -> float:
    total = 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = QColor(a.pixel(x, y)), QColor(b.pixel(x, y))
            total += abs(pa.red() - pb.red()) + abs(pa.green() - pb.green())
            total += abs(pa.blue() - pb.blue())
    return total / (a.width() * a.height() * 3)


def test_elements_written_directly_draw_what_the_paint_engine_writes(qapp, tmp_path):
    style = MapStyle.light()
    direct = _svg_of(style, True)
    engine = _svg_of(style, False)
    assert direct != engine  # the short cuts were taken
    difference = _mean_difference(
        _rendered(direct, tmp_path, "direct.svg"), _rendered(engine, tmp_path, "engine.svg")
    )
    assert difference < 0.5, difference
    root = ET.fromstring(direct)
    texts = ["".join(e.itertext()) for e in root.iter(f"{SVG}text")]
    assert texts.count("goal") == 8 and "≈3,5" in texts and "& <wait>" in texts
    # A stamp is written once per key and repeated as a translated group.
    stamps = [g for g in root.iter(f"{SVG}g") if (g.get("transform") or "").startswith("translate")]
    bodies = [ET.tostring(g[0]) for g in stamps if len(g)]
    critical = [g for g in stamps if "‼" in "".join(g.itertext())]
    assert len(critical) == 2 and ET.tostring(critical[0][0]) == ET.tostring(critical[1][0])
    assert len(stamps) == 7 and len(set(bodies)) == 6


def test_a_different_drawing_shows_in_the_comparison(qapp, tmp_path):
    style = MapStyle.light()
    engine = _svg_of(style, False)
    changed = engine.replace(">goal<", ">gaol<", 3)
    difference = _mean_difference(
        _rendered(changed, tmp_path, "changed.svg"), _rendered(engine, tmp_path, "engine.svg")
    )
    assert difference > 0.05


class _Sheet(QImage):
    """A raster sheet at 300 dpi, like the PDF writer: drawn with the map's
    scale and, when it keeps ``stamps``, with its repeated drawings replayed."""

    def __init__(self, stamps: bool):
        super().__init__(1000, 440, QImage.Format.Format_RGB32)
        self.setDotsPerMeterX(round(300 / 0.0254))
        self.setDotsPerMeterY(round(300 / 0.0254))
        self.fill(QColor("#ffffff"))
        if stamps:
            self.stamps: dict = {}


def _sheet(stamps: bool) -> _Sheet:
    sheet = _Sheet(stamps)
    painter = QPainter(sheet)
    painter.scale(300 / 96, 300 / 96)
    _draw_sample(painter, MapStyle.light())
    painter.end()
    return sheet


def test_pictures_replay_at_the_painters_scale_on_a_high_resolution_device(qapp):
    replayed, drawn = _sheet(True), _sheet(False)
    assert len(replayed.stamps) == 10  # 4 chip looks, 3 pictograms, 3 severities
    assert _mean_difference(replayed.scaled(500, 220), drawn.scaled(500, 220)) < 0.5
    # Not blank: the chips are there.
    assert QColor(drawn.pixel(round(40 * 300 / 96), round(20 * 300 / 96))) != QColor("#ffffff")


def test_the_pdf_writes_chip_values_as_text(qapp, tmp_path):
    journey = load_journey(BROADBAND)
    out = tmp_path / "map.pdf"
    render_map(journey, out, "pdf")
    text = PdfReader(out).pages[0].extract_text()
    assert len(re.findall(r"goal\s*[1-5–]", text)) >= 25
    assert re.search(r"Restart\s+the\s+router", text)


def test_a_cached_pen_is_not_changed_by_the_drawing(qapp):
    pen = QPen(QColor("#123456"), 2, Qt.PenStyle.DashLine)
    canvas = SvgCanvas(10, 10)
    stroke, outline, ink = canvas._engine.pen_classes(pen)
    assert "stroke:#123456" in stroke and "stroke-dasharray" in stroke
    assert canvas._engine.pen_classes(QPen(pen)) == (stroke, outline, ink)
