"""Base of the map items that draw a lot of text: the drawing is recorded once
into a ``QPicture`` and replayed by Qt on every frame, so panning and zooming
run no Python drawing code. Exports paint directly (vector output), through the
very same drawing method.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainter, QPicture
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

if TYPE_CHECKING:
    from journeymap.canvas.scene import MapScene

__all__ = ["ITEM_TYPE", "RecordedItem", "level_of_detail"]

ITEM_TYPE = 65536
"""``QGraphicsItem.UserType``: the map's items number their ``type()`` from here
(PySide6's type stubs do not declare the constant)."""


def level_of_detail(option: QStyleOptionGraphicsItem, painter: QPainter) -> float:
    return option.levelOfDetailFromTransform(painter.worldTransform())


class RecordedItem(QGraphicsItem):
    """An item that reads the model lazily (:meth:`compute`, at the first paint
    after :meth:`refresh`) and draws it with :meth:`draw`.

    Items that set :attr:`SKETCHES` draw their small text as bars (see
    :attr:`sketching`) at zooms between ``style.min_text_scale`` and
    ``style.body_text_scale``, where it is too small to read.
    """

    SKETCHES = False

    def __init__(self, map_scene: MapScene):
        super().__init__()
        self.map_scene = map_scene
        self.refresh_count = 0
        """How often the item was told to re-read the model (tests count it)."""
        self._dirty = True
        self._pictures: dict[tuple[bool, bool], QPicture] = {}
        self.sketching = False
        """True while :meth:`draw` should sketch small text instead of writing it."""

    def refresh(self) -> None:
        """Re-read the model at the next paint."""
        self.refresh_count += 1
        self.redraw()

    def redraw(self) -> None:
        """Draw again (the highlights or the look changed, not the model)."""
        self._dirty = True
        self._pictures.clear()
        self.update()

    def ensure(self) -> None:
        if self._dirty:
            self._dirty = False
            self._pictures.clear()
            self.compute()

    def compute(self) -> None:
        """Read what the item shows from the model (wrap texts and so on)."""

    def draw(self, painter: QPainter, text_ok: bool) -> None:
        """Draw the content; ``text_ok`` is False when zoomed too far out to read."""
        raise NotImplementedError

    def draw_overlay(self, painter: QPainter) -> None:
        """Draw what changes without the model changing (selection, hover)."""

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        scene = self.map_scene
        lod = level_of_detail(option, painter)
        text_ok = lod >= scene.map_style.min_text_scale
        sketch = self.SKETCHES and text_ok and lod < scene.map_style.body_text_scale
        self.ensure()
        self.sketching = sketch
        try:
            if scene.recorded:
                picture = self._pictures.get((text_ok, sketch))
                if picture is None:
                    picture = QPicture()
                    recorder = QPainter(picture)
                    recorder.setRenderHints(painter.renderHints())
                    self.draw(recorder, text_ok)
                    recorder.end()
                    self._pictures[(text_ok, sketch)] = picture
                painter.drawPicture(QPointF(0, 0), picture)
            else:
                self.draw(painter, text_ok)
        finally:
            self.sketching = False
        self.draw_overlay(painter)
