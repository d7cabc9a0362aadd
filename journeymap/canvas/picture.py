"""A persona's picture: read from its ``data:`` URI into a ``QImage`` and drawn
cropped to a rounded square, the same on the map legend and on a slide; and an
image file made into the URI a persona stores (scaled down, PNG or JPEG)."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QImage, QImageReader, QPainter, QPainterPath

from journeymap.model.entities import MAX_PICTURE_BYTES, PICTURE_SIDE, picture_bytes, picture_uri

__all__ = ["draw_picture", "picture_from_file", "picture_image"]


@lru_cache(maxsize=32)
def picture_image(uri: str) -> QImage | None:
    """The image of a persona's picture ``uri``; ``None`` for none or one that
    does not decode (the model checked its type and size, not every pixel)."""
    if not uri:
        return None
    try:
        _mime, data = picture_bytes(uri)
    except ValueError:
        return None
    image = QImage.fromData(data)
    return None if image.isNull() else image


def draw_picture(painter: QPainter, rect: QRectF, image: QImage, radius: float) -> None:
    """``image`` filling ``rect``, centred and cropped to its aspect, with
    corners rounded by ``radius`` (half the side: a circle)."""
    side = min(image.width(), image.height())
    source = QRectF((image.width() - side) / 2, (image.height() - side) / 2, side, side)
    if rect.width() != rect.height():
        aspect = rect.width() / rect.height()
        w, h = (side, side / aspect) if aspect >= 1 else (side * aspect, side)
        source = QRectF((image.width() - w) / 2, (image.height() - h) / 2, w, h)
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.setClipPath(path, Qt.ClipOperation.IntersectClip)
    painter.drawImage(rect, image, source)
    painter.restore()


def picture_from_file(path: str) -> str:
    """The image file at ``path`` as a persona's picture: scaled down to
    :data:`PICTURE_SIDE` pixels on its longer side, stored as PNG when it has
    transparency, else as JPEG.

    Raises
    ------
    ValueError
        When the file is not an image Qt can read (the message says why).
    """
    reader = QImageReader(path)
    reader.setAutoTransform(True)  # a phone photo's rotation
    image = reader.read()
    if image.isNull():
        raise ValueError(reader.errorString())
    if max(image.width(), image.height()) > PICTURE_SIDE:
        image = image.scaled(
            PICTURE_SIDE,
            PICTURE_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    fmt, mime = ("PNG", "image/png") if image.hasAlphaChannel() else ("JPEG", "image/jpeg")
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 takes the format as str, though its stubs say bytes
    image.save(buffer, fmt, 85 if fmt == "JPEG" else -1)  # type: ignore[call-overload]
    buffer.close()
    raw = bytes(data.data())
    if len(raw) > MAX_PICTURE_BYTES:  # cannot happen at 256 px, but say so if it does
        raise ValueError("the picture is too large")
    return picture_uri(raw, mime)
