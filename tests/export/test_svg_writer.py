"""The lean SVG map: semantic groups, a shared stylesheet, and the same picture
as the PNG export (compared pixel by pixel at a low resolution)."""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator, QSvgRenderer

from journeymap.export.map_image import (
    _build_scene,
    _dispose,
    _hints,
    _paint_sheet,
    plan_sheet,
    render_map,
)
from journeymap.export.svg_elements import group_id
from journeymap.export.svg_writer import SvgCanvas
from journeymap.model import load_journey

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.journey.json"))
SVG = "{http://www.w3.org/2000/svg}"


def _qt_svg_size(journey, tmp_path: Path) -> int:
    """Bytes of the same map written by Qt's QSvgGenerator, as it was before."""
    scene = _build_scene(journey, None)
    try:
        sheet = plan_sheet(scene)
        out = tmp_path / "qt.svg"
        generator = QSvgGenerator()
        generator.setFileName(str(out))
        generator.setSize(QSize(math.ceil(sheet.width), math.ceil(sheet.height)))
        generator.setViewBox(QRectF(0, 0, sheet.width, sheet.height))
        painter = QPainter(generator)
        _hints(painter)
        _paint_sheet(painter, scene, sheet)
        painter.end()
    finally:
        _dispose(scene)
    return out.stat().st_size


@pytest.mark.parametrize("path", EXAMPLES[:2], ids=lambda p: p.name)
def test_an_example_svg_is_at_most_a_fifth_of_qts(qapp, tmp_path, path):
    journey = load_journey(path)
    out = tmp_path / "map.svg"
    render_map(journey, out)
    assert out.stat().st_size * 5 <= _qt_svg_size(journey, tmp_path)


def test_every_step_is_one_group_with_its_id_title_and_text(qapp, tmp_path):
    journey = load_journey(EXAMPLES[0])
    out = tmp_path / "map.svg"
    render_map(journey, out, lang="en")
    root = ET.parse(out).getroot()
    groups = {g.get("id"): g for g in root.iter(f"{SVG}g") if g.get("id")}
    for step in journey.steps:
        group = groups[group_id("step", step.id)]
        assert group.get("class") == "step"
        assert group.find(f"{SVG}title").text == step.title
        # The card's title is written as text inside the step's own group.
        words = " ".join("".join(t.itertext()) for t in group.iter(f"{SVG}text"))
        assert step.title.split()[0] in words
    for stage in journey.stages:
        assert groups[group_id("stage", stage.id)].find(f"{SVG}title").text == stage.name
    assert sum(1 for g in root.iter(f"{SVG}g") if g.get("class") == "step") == len(journey.steps)


def test_styles_are_classes_in_one_stylesheet(qapp, tmp_path):
    out = tmp_path / "map.svg"
    render_map(load_journey(EXAMPLES[0]), out)
    root = ET.parse(out).getroot()
    assert len(root.findall(f"{SVG}style")) == 1
    drawn = [e for e in root.iter() if e.tag in {SVG + k for k in ("rect", "path", "text")}]
    assert len(drawn) > 300
    # No element repeats a style attribute: colour and font come from a class.
    for element in drawn:
        assert not {"fill", "stroke", "font-family", "style"} & set(element.attrib), element.attrib
    classes = {c for e in drawn for c in (e.get("class") or "").split()}
    css = root.find(f"{SVG}style").text
    assert all(f".{c}{{" in css for c in classes)


def test_group_ids_are_valid_xml_names():
    assert group_id("step", "s 1/ä") == "step-s_20_1_2f__e4_"
    assert group_id("step", "ok-1.2_x") == "step-ok-1.2_x"


def _render_svg(path: Path, width: int, height: int) -> QImage:
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid()
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
    return image


def _difference(a: QImage, b: QImage, block: int = 8) -> tuple[float, float]:
    """Mean grey-level difference (0–255) of ``a`` and ``b`` shrunk by
    ``block`` (anti-aliasing and glyph hinting average out), and the share of
    shrunk pixels that differ by more than 48."""
    size = QSize(a.width() // block, a.height() // block)
    mode = Qt.TransformationMode.SmoothTransformation
    aspect = Qt.AspectRatioMode.IgnoreAspectRatio
    sa = a.scaled(size, aspect, mode).convertToFormat(QImage.Format.Format_Grayscale8)
    sb = b.scaled(size, aspect, mode).convertToFormat(QImage.Format.Format_Grayscale8)
    ba, bb = bytes(sa.constBits()), bytes(sb.constBits())
    diffs = [abs(x - y) for x, y in zip(ba, bb, strict=True)]
    return sum(diffs) / len(diffs), sum(d > 48 for d in diffs) / len(diffs)


def test_the_svg_draws_the_picture_of_the_png(qapp, tmp_path):
    journey = load_journey(EXAMPLES[0])
    png = render_map(journey, tmp_path / "map.png", dpi=48)
    render_map(journey, tmp_path / "map.svg")
    drawn = _render_svg(tmp_path / "map.svg", png.width_px, png.height_px)
    mean, share = _difference(QImage(str(tmp_path / "map.png")), drawn)
    assert mean < 1.0 and share < 0.005, (mean, share)

    # The comparison sees a missing step: drop one step's group and it differs.
    tree = ET.parse(tmp_path / "map.svg")
    for parent in tree.getroot().iter():
        for child in list(parent):
            if child.get("class") == "step":
                parent.remove(child)
    tree.write(tmp_path / "stepless.svg")
    stepless = _render_svg(tmp_path / "stepless.svg", png.width_px, png.height_px)
    worse, _share = _difference(QImage(str(tmp_path / "map.png")), stepless)
    assert worse > 10 * mean + 1


def test_an_engine_error_is_raised_not_a_crash(qapp):
    canvas = SvgCanvas(100, 50)
    painter = QPainter(canvas)
    canvas._engine._transform = None  # type: ignore[assignment]  # breaks the next element
    painter.drawRect(QRectF(1, 1, 10, 10))
    painter.end()
    with pytest.raises(AttributeError):
        canvas.raise_error()


def test_clips_opacity_and_images_are_written(qapp, tmp_path):
    canvas = SvgCanvas(200, 100)
    painter = QPainter(canvas)
    painter.setClipRect(QRectF(10, 10, 50, 50))
    painter.setOpacity(0.5)
    painter.fillRect(QRectF(0, 0, 200, 100), QColor("#ff0000"))
    painter.setOpacity(1)
    painter.setClipping(False)
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(QColor("#00ff00"))
    painter.drawImage(QRectF(100, 10, 40, 40), image)
    painter.end()
    canvas.raise_error()
    out = tmp_path / "c.svg"
    out.write_text(canvas.svg("clip & <test>"), encoding="utf-8")
    root = ET.parse(out).getroot()
    assert root.find(f"{SVG}title").text == "clip & <test>"
    assert root.find(f"{SVG}defs/{SVG}clipPath/{SVG}rect").get("width") == "50"
    drawn = _render_svg(out, 200, 100)
    assert QColor(drawn.pixel(30, 30)).red() > 200  # inside the clip, half red on white
    assert QColor(drawn.pixel(30, 30)).green() > 100
    assert QColor(drawn.pixel(150, 80)).red() == 255  # outside the clip: white
    assert QColor(drawn.pixel(120, 30)).green() > 200  # the image
    assert QColor(drawn.pixel(120, 30)).red() < 50


def test_a_wrapped_poster_draws_each_band_above_its_own_backdrop(qapp, tmp_path):
    from benchmarks.synthetic import synthetic_journey

    journey = synthetic_journey(100, 3)
    render_map(journey, tmp_path / "map.svg")
    root = ET.parse(tmp_path / "map.svg").getroot()
    top = [g.get("class") for g in root if g.tag == f"{SVG}g"]
    bands = top.count("separator") + 1
    assert bands > 1  # the map was wrapped
    # A curve crosses every band: it is a group in each band, after that
    # band's backdrop, so no later band's backdrop covers it.
    assert top.count("curve") == len(journey.personas) * bands
    after_backdrop = [c for i, c in enumerate(top) if c == "curve" and "backdrop" in top[:i]]
    assert len(after_backdrop) == top.count("curve")
    last_backdrop = max(i for i, c in enumerate(top) if c == "backdrop")
    assert "curve" in top[last_backdrop:]
    curves = [g for g in root if g.get("class") == "curve"]
    persona = journey.personas[0].id
    assert [g.get("id") for g in curves].count(group_id("curve", persona)) == 1
