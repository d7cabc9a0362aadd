"""The quick PNG writer of large posters: what any reader gets back is the
image, pixel for pixel, however many strips it was compressed in."""

from __future__ import annotations

import zlib

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from journeymap.export import png_writer
from journeymap.export.map_image import QUICK_PNG_PIXELS, render_map
from journeymap.export.png_writer import _adler_combine, write_png
from journeymap.model import load_journey
from tests.export.test_svg_writer import EXAMPLES


def _picture(width: int, height: int, fmt: QImage.Format) -> QImage:
    image = QImage(width, height, fmt)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(200, 40, 90))
    painter.drawEllipse(QRectF(3, 2, width - 7, height - 5))
    painter.drawText(QRectF(0, 0, width, height), "Hyvä päivä")
    painter.end()
    return image


@pytest.mark.parametrize("strip", [1 << 20, 700, 1])
@pytest.mark.parametrize("fmt", [QImage.Format.Format_RGB32, QImage.Format.Format_RGB888])
def test_the_pixels_read_back_equal(qapp, tmp_path, monkeypatch, strip, fmt):
    monkeypatch.setattr(png_writer, "STRIP_BYTES", strip)  # one strip, several, one row each
    image = _picture(123, 57, fmt)
    out = tmp_path / "x.png"
    write_png(image, out, 5906)
    back = QImage(str(out))
    assert not back.isNull()
    assert back.convertToFormat(QImage.Format.Format_RGB32) == image.convertToFormat(
        QImage.Format.Format_RGB32
    )
    assert back.dotsPerMeterX() == 5906
    assert not list(tmp_path.glob(".*part"))  # the temporary file is gone


def test_adler_checksums_combine_as_zlib_computes_them():
    a, b = b"journey " * 1000, bytes(range(256)) * 77
    combined = _adler_combine(zlib.adler32(a), zlib.adler32(b), len(b))
    assert combined == zlib.adler32(a + b)


def _paint(image: QImage) -> None:
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(200, 40, 90))
    painter.drawRoundedRect(QRectF(3.5, 2.25, 90.5, 40.75), 6, 6)
    painter.drawText(QRectF(0, 0, 123, 57), "Hyvä päivä")
    painter.end()


@pytest.mark.parametrize("strip", [1 << 20, 700, 1])
def test_painting_into_the_png_rows_is_painting_into_an_image(qapp, tmp_path, monkeypatch, strip):
    monkeypatch.setattr(png_writer, "STRIP_BYTES", strip)
    rows = png_writer.PngRows(123, 57)
    _paint(rows.image)
    expected = QImage(123, 57, QImage.Format.Format_RGB888)
    _paint(expected)
    assert rows.image == expected  # the odd line length changes nothing painted
    out = tmp_path / "rows.png"
    rows.write(out, 5906)
    back = QImage(str(out))
    assert back.convertToFormat(QImage.Format.Format_RGB32) == expected.convertToFormat(
        QImage.Format.Format_RGB32
    )
    assert back.dotsPerMeterX() == 5906


@pytest.mark.parametrize("mapped", [True, False])
def test_the_rows_start_as_zeros_mapped_or_not(qapp, monkeypatch, mapped):
    import mmap

    if not mapped:
        monkeypatch.delattr(mmap, "MAP_POPULATE", raising=False)
    rows = png_writer.PngRows(31, 9)
    assert rows.rows.size == 9 * (31 * 3 + 1) + 1
    assert not rows.rows.any()
    rows.image.fill(QColor("#102030"))
    line = rows.rows[1 : 1 + 31 * 3]
    assert list(line[:3]) == [0x10, 0x20, 0x30]
    assert rows.rows[1 + 31 * 3] == 0  # the next line's filter byte is left alone


def test_a_large_poster_goes_through_the_quick_writer(qapp, tmp_path, monkeypatch):
    calls = []
    original = png_writer.PngRows.write
    monkeypatch.setattr(
        png_writer.PngRows, "write", lambda self, *a: calls.append(a) or original(self, *a)
    )
    out = tmp_path / "map.png"
    result = render_map(load_journey(EXAMPLES[0]), out, dpi=150)
    assert result.width_px * result.height_px > QUICK_PNG_PIXELS
    assert len(calls) == 1
    back = QImage(str(out))
    assert (back.width(), back.height()) == (result.width_px, result.height_px)
