"""A lean, semantic SVG of whatever a ``QPainter`` draws.

Qt's own ``QSvgGenerator`` wraps every primitive in a group that repeats every
style attribute, and knows nothing of what it draws: a 25-step map came to
about 1 MB. Here a Python paint engine (:class:`SvgPaintEngine`, on the paint
device :class:`SvgCanvas`) receives the very same calls the map's items make
when they paint (so the picture stays the one the editor shows), and writes:

- one shared ``<style>``: every fill, stroke and font the picture uses becomes
  a class (``f3``, ``s1``, ``t0``), so an element carries only its geometry;
- one group per thing of the journey (:meth:`SvgCanvas.begin_group`): a step's
  card and lanes in ``<g id="step-…" class="step">`` with a ``<title>`` for
  tooltips and screen readers, a transition, a stage header, a persona's curve;
- text as ``<text>``, escaped, in the fonts the map names.

Only what the map's painting uses is written: rectangles, paths, polygons and
polylines, text, images (a persona's picture), solid fills, pens with dashes,
clipping, opacity and transforms. A gradient or pattern brush is drawn as its
colour.
"""

from __future__ import annotations

import base64
import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QPaintDevice,
    QPaintEngine,
    QPaintEngineState,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QTextItem,
    QTransform,
)

from journeymap.export.svg_elements import (
    POINT,
    RECT,
    STAMP,
    TEXT,
    TEXT_CLASS,
    clip_shape,
    colour_parts,
    escape,
    font_css,
    number,
    path_data,
    simple_shape,
    stroke_css,
)

__all__ = ["SvgCanvas", "SvgPaintEngine"]

_DIRTY = QPaintEngine.DirtyFlag
# The dirty flags as plain numbers: Python's enum flags cost a call per test.
_PEN = _DIRTY.DirtyPen.value
_BRUSH = _DIRTY.DirtyBrush.value
_TRANSFORM = _DIRTY.DirtyTransform.value
_OPACITY = _DIRTY.DirtyOpacity.value
_CLIP_ENABLED = _DIRTY.DirtyClipEnabled.value
_CLIP_PATH = _DIRTY.DirtyClipPath.value
_CLIP_SHAPE = _CLIP_PATH | _DIRTY.DirtyClipRegion.value
_CLIP = _CLIP_SHAPE | _CLIP_ENABLED
_CONTEXT = _TRANSFORM | _OPACITY | _CLIP
_NO_BRUSH = Qt.BrushStyle.NoBrush
_NO_PEN = Qt.PenStyle.NoPen
_POLYLINE = QPaintEngine.PolygonDrawMode.PolylineMode
_WINDING = QPaintEngine.PolygonDrawMode.WindingMode
_TX_TRANSLATE = QTransform.TransformationType.TxTranslate.value


def _guarded(method: Any) -> Any:
    """An engine method that never lets an exception reach Qt (which would end
    the process): the first one is kept on the canvas and raised after the
    painting (:meth:`SvgCanvas.raise_error`)."""

    @functools.wraps(method)
    def call(self: SvgPaintEngine, *args: Any) -> Any:
        try:
            return method(self, *args)
        except Exception as error:  # re-raised by SvgCanvas.raise_error
            if self.canvas.error is None:
                self.canvas.error = error
            return None

    return call


@dataclass
class _Group:
    """What one group of the picture draws, in the order it was drawn."""

    attrs: str
    title: str
    parts: list[Any] = field(default_factory=list)
    """Element texts, and (in the top level) the groups in document order."""


class SvgCanvas(QPaintDevice):
    """A paint device ``width`` x ``height`` (units at 96 dpi) whose painting
    becomes a lean SVG (:meth:`svg`).

    Between :meth:`begin_group` and :meth:`end_group` what is drawn goes into
    that group; several begins with the same key add to one group, which stays
    where the key first appeared. An id is given to the first group that asks
    for it only (a transition across two bands of a poster is two groups).
    """

    def __init__(self, width: float, height: float):
        super().__init__()
        self.sheet_width = width
        self.sheet_height = height
        self._metrics = self._metric_table()
        self._engine = SvgPaintEngine(self)
        self._engine._whole = QRectF(0, 0, self.sheet_width, self.sheet_height)
        self._groups: dict[Any, _Group] = {}
        self._ids: set[str] = set()
        self._loose = _Group("", "")
        self._current = self._loose
        self._count = 0
        self.styles: dict[str, str] = {}
        """CSS declarations -> class name."""
        self.clips: list[str] = []
        """``<clipPath>`` definitions, ``c0``, ``c1``, …"""
        self._clip_ids: dict[str, str] = {}
        self.error: Exception | None = None
        """The first error of the engine's drawing (see :meth:`raise_error`)."""
        self.direct = True
        """Whether the map's drawing helpers may write their elements themselves
        (:attr:`vector_writer`; they do so only where the painter neither clips
        nor fades and only translates)."""
        self._font_classes: dict[int, tuple[QFont, str]] = {}
        self._ink_classes: dict[int, str] = {}
        self._chips: dict[tuple, tuple[Any, ...]] = {}
        self._stamps: dict[Any, str] = {}

    # -- QPaintDevice -------------------------------------------------------------

    def paintEngine(self) -> QPaintEngine:
        return self._engine

    def metric(self, metric: QPaintDevice.PaintDeviceMetric) -> int:
        # Asked for every text drawn: a lookup.
        return self._metrics.get(metric, 0)

    def _metric_table(self) -> dict[QPaintDevice.PaintDeviceMetric, int]:
        m = QPaintDevice.PaintDeviceMetric
        return {
            m.PdmWidth: max(1, round(self.sheet_width)),
            m.PdmHeight: max(1, round(self.sheet_height)),
            m.PdmWidthMM: round(self.sheet_width * 25.4 / 96),
            m.PdmHeightMM: round(self.sheet_height * 25.4 / 96),
            m.PdmDpiX: 96,
            m.PdmDpiY: 96,
            m.PdmPhysicalDpiX: 96,
            m.PdmPhysicalDpiY: 96,
            m.PdmDepth: 32,
            m.PdmNumColors: 0xFFFFFF,
            m.PdmDevicePixelRatio: 1,
            m.PdmDevicePixelRatioScaled: round(QPaintDevice.devicePixelRatioFScale()),
        }

    # -- elements written directly --------------------------------------------------

    @property
    def vector_writer(self) -> SvgCanvas | None:
        """This canvas while the map's drawing helpers may write their elements
        themselves (``canvas.paint.vector_sink``), one format per element
        instead of several calls through the paint engine; else ``None``."""
        return self if self.direct else None

    def font_class(self, font: QFont) -> str:
        """The class of ``font`` (the style's fonts live on: found by identity)."""
        entry = self._font_classes.get(id(font))
        if entry is None or entry[0] is not font:
            entry = (font, self.style_class(font_css(font)))
            self._font_classes[id(font)] = entry
        return entry[1]

    def ink_class(self, colour: QColor) -> str:
        """The class that fills text with ``colour`` (as a pen of it writes text)."""
        rgba = colour.rgba()
        name = self._ink_classes.get(rgba)
        if name is None:
            part, alpha = colour_parts(colour)
            name = self._ink_classes[rgba] = self.style_class(
                f"fill:{part}" + (f";fill-opacity:{number(alpha)}" if alpha < 1 else "")
            )
        return name

    def write_lines(
        self, font: QFont, colour: QColor, x: float, y: float, line_h: float, lines: Iterable[str]
    ) -> None:
        """Text lines with their first baseline at ``(x, y)`` (canvas units), as
        the engine writes what ``QPainter.drawText`` draws."""
        self._engine.close_context()
        cls = f"{self.font_class(font)} {self.ink_class(colour)}"
        parts = self._current.parts
        for line in lines:
            if line:
                parts.append(TEXT_CLASS.format(cls, x, y, escape(line)))
                self._count += 1
            y += line_h

    def chip(self, key: tuple) -> tuple[Any, ...] | None:
        """The elements of a chip made by :meth:`keep_chip` (``None``: not yet)."""
        return self._chips.get(key)

    def keep_chip(
        self,
        key: tuple,
        box: tuple[float, float, float, float, float],
        pen: QPen,
        brush: QBrush,
        texts: tuple[tuple[QFont, QColor, float, float, str], ...],
    ) -> tuple[Any, ...]:
        """Remember how a chip is written: a rounded ``box`` (x, y, width,
        height, radius, relative to the chip's place) in ``pen`` and
        ``brush``, then ``texts`` (font, colour, x, y, text)."""
        fill = self._engine.brush_css(brush)
        stroke = self._engine.pen_classes(pen)[0]
        cls = self.style_class(f"{fill};{stroke}" if fill and stroke else fill or stroke)
        x, y, w, h, r = box
        parts = [
            f'<rect class="{cls}" x="{{:.7g}}" y="{{:.7g}}" width="{number(w)}" '
            f'height="{number(h)}" rx="{number(r)}" ry="{number(r)}"/>',
            x,
            y,
        ]
        for font, colour, tx, ty, text in texts:
            classes = f"{self.font_class(font)} {self.ink_class(colour)}"
            parts += [
                f'<text class="{classes}" x="{{:.7g}}" y="{{:.7g}}">{escape(text)}</text>',
                tx,
                ty,
            ]
        self._chips[key] = entry = tuple(parts)
        return entry

    def write_chip(self, entry: tuple, x: float, y: float) -> None:
        """A chip remembered by :meth:`keep_chip`, placed at ``(x, y)``."""
        self._engine.close_context()
        parts = self._current.parts
        for i in range(0, len(entry), 3):
            parts.append(entry[i].format(entry[i + 1] + x, entry[i + 2] + y))
            self._count += 1

    def write_stamp(self, key: Any, draw: Callable[[QPainter], None], x: float, y: float) -> None:
        """What ``draw`` paints around the origin (the same for the same
        ``key``), placed at ``(x, y)``: drawn once through a painter, then
        repeated as a translated group of the same elements."""
        self._engine.close_context()
        body = self._stamps.get(key)
        if body is None:
            scratch = SvgCanvas(self.sheet_width, self.sheet_height)
            scratch.styles = self.styles  # one stylesheet: the same classes
            scratch._font_classes = self._font_classes
            scratch._ink_classes = self._ink_classes
            scratch.clips, scratch._clip_ids = self.clips, self._clip_ids
            painter = QPainter(scratch)
            try:
                draw(painter)
            finally:
                painter.end()
            scratch.raise_error()
            scratch._engine.close_context()
            body = self._stamps[key] = "".join(scratch._loose.parts)
        if body:
            self._current.parts.append(STAMP.format(x, y, body))
            self._count += 1

    # -- groups -------------------------------------------------------------------

    def begin_group(self, key: Any, element_id: str = "", css: str = "", title: str = "") -> None:
        """Draw into the group of ``key`` (made with ``element_id``, class ``css``
        and ``title`` the first time) until :meth:`end_group`."""
        self._engine.close_context()
        group = self._groups.get(key)
        if group is None:
            if element_id in self._ids:
                element_id = ""  # an id names one group: the first
            elif element_id:
                self._ids.add(element_id)
            attrs = (f' id="{escape(element_id)}"' if element_id else "") + (
                f' class="{css}"' if css else ""
            )
            group = self._groups[key] = _Group(attrs, title)
            self._loose.parts.append(group)
        self._current = group

    def end_group(self) -> None:
        self._engine.close_context()
        self._current = self._loose

    def emit(self, text: str) -> None:
        self._current.parts.append(text)
        self._count += 1

    def style_class(self, css: str) -> str:
        name = self.styles.get(css)
        if name is None:
            name = self.styles[css] = f"k{len(self.styles)}"
        return name

    def clip_id(self, shape: str) -> str:
        name = self._clip_ids.get(shape)
        if name is None:
            name = self._clip_ids[shape] = f"c{len(self._clip_ids)}"
            self.clips.append(f'<clipPath id="{name}">{shape}</clipPath>')
        return name

    def raise_error(self) -> None:
        """Raise the first error the drawing met, if any."""
        if self.error is not None:
            raise self.error

    @property
    def elements(self) -> int:
        """How many elements were drawn (tests and the benchmark)."""
        return self._count

    # -- the document -------------------------------------------------------------

    def svg(self, title: str = "", description: str = "") -> str:
        """The whole document."""
        w, h = number(self.sheet_width), number(self.sheet_height)
        css = "".join(f".{name}{{{decl}}}" for decl, name in self.styles.items())
        head = [
            '<?xml version="1.0" encoding="UTF-8"?>\n',
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" '
            f'viewBox="0 0 {w} {h}" xml:space="preserve" fill="none" stroke="none" '
            'stroke-linecap="square" stroke-linejoin="bevel" fill-rule="evenodd">\n',
        ]
        if title:
            head.append(f"<title>{escape(title)}</title>\n")
        if description:
            head.append(f"<desc>{escape(description)}</desc>\n")
        head.append(f"<style>\n{css}\ntext{{stroke:none;white-space:pre}}\n</style>\n")
        if self.clips:
            head.append("<defs>" + "".join(self.clips) + "</defs>\n")
        body: list[str] = []
        self._flatten(self._loose.parts, body)
        return "".join(head) + "".join(body) + "</svg>\n"

    def _flatten(self, parts: Iterable[Any], out: list[str]) -> None:
        for part in parts:
            if isinstance(part, _Group):
                if not part.parts:
                    continue
                out.append(f"<g{part.attrs}>")
                if part.title:
                    out.append(f"<title>{escape(part.title)}</title>")
                out.extend(part.parts)
                out.append("</g>\n")
            else:
                out.append(part)


class SvgPaintEngine(QPaintEngine):
    """The engine behind :class:`SvgCanvas`: each drawing call becomes one SVG
    element with a style class. The painter's transform, clip and opacity are
    written as a group around the elements drawn under them; a pure translation
    is added to the coordinates instead."""

    def __init__(self, canvas: SvgCanvas):
        super().__init__(QPaintEngine.PaintEngineFeature.AllFeatures)
        self.canvas = canvas
        self._transform = QTransform()
        self._opacity = 1.0
        self._stroke = ""
        self._fill = ""
        self._pen_colour = ""
        self._context_dirty = True
        self._context_open = False
        self._dx = 0.0
        self._dy = 0.0
        self._clips: list[str] = []
        self._clip_on = False
        self._whole = QRectF()
        """The canvas: a clip that holds it all is no clip."""
        self._fonts: dict[str, str] = {}
        self._font = QFont()
        self._font.setFamily("\u0000")  # equal to no font drawn
        self._font_class = ""
        self._stroke_only = ""
        self._closing = ""
        self._pens: dict[tuple[int, float], list[tuple[QPen, tuple[str, str, str]]]] = {}
        self._brushes: dict[int, list[tuple[QBrush, str]]] = {}

    # -- QPaintEngine -------------------------------------------------------------

    def begin(self, device: QPaintDevice) -> bool:
        return True

    def end(self) -> bool:
        self.close_context()
        return True

    def type(self) -> QPaintEngine.Type:
        return QPaintEngine.Type.User

    @_guarded
    def updateState(self, state: QPaintEngineState) -> None:
        # The state is the painter's and lives only during this call: what is
        # needed is read now.
        flags = state.state().value
        if flags & _PEN:
            self._read_pen(state.pen())
        if flags & _BRUSH:
            self._read_brush(state.brush())
        if flags & _CONTEXT:
            # A painter's restore() sends its state again: a group opens only
            # when the transform, opacity or clip really changed.
            before = (self._clip_on, self._clips)
            changed = False
            if flags & _TRANSFORM:
                transform = state.transform()
                if transform != self._transform:
                    self._transform = QTransform(transform)
                    changed = True
            if flags & _OPACITY:
                opacity = state.opacity()
                if opacity != self._opacity:
                    self._opacity = opacity
                    changed = True
            if flags & _CLIP:
                self._update_clip(state, flags)
                changed = changed or (self._clip_on, self._clips) != before
            if changed:
                self._context_dirty = True

    @_guarded
    def drawRects(self, rects: Any, count: int | None = None) -> None:  # type: ignore[override]
        cls = self._paint_class(True)
        if cls is None:
            return
        dx, dy = self._dx, self._dy
        for r in rects if isinstance(rects, list | tuple) else [rects]:
            self.canvas.emit(RECT.format(cls, r.x() + dx, r.y() + dy, r.width(), r.height()))

    @_guarded
    def drawPath(self, path: QPainterPath) -> None:
        cls = self._paint_class(True)
        if cls is None or path.isEmpty():
            return
        shape = simple_shape(path, self._dx, self._dy)
        if shape:
            self.canvas.emit(f'<{shape} class="{cls}"/>')
            return
        rule = "" if path.fillRule() == Qt.FillRule.OddEvenFill else ' fill-rule="nonzero"'
        self.canvas.emit(f'<path class="{cls}"{rule} d="{self._path_data(path)}"/>')

    @_guarded
    def drawPolygon(self, points: Any, mode: Any = None) -> None:  # type: ignore[override]
        if mode is None:
            mode = QPaintEngine.PolygonDrawMode.OddEvenMode
        fill = mode != _POLYLINE
        cls = self._paint_class(fill)
        if cls is None or not points:
            return
        dx, dy = self._dx, self._dy
        data = " ".join(POINT.format(p.x() + dx, p.y() + dy) for p in points)
        if not fill:
            self.canvas.emit(f'<polyline class="{cls}" points="{data}"/>')
            return
        rule = ' fill-rule="nonzero"' if mode == _WINDING else ""
        self.canvas.emit(f'<polygon class="{cls}"{rule} points="{data}"/>')

    @_guarded
    def drawTextItem(self, p: QPointF, text_item: QTextItem) -> None:
        text = text_item.text()
        if not text:
            return
        self._ensure()
        if not self._pen_colour:
            return
        font = text_item.font()
        if font != self._font:
            self._font = font
            key = font.key()
            cls = self._fonts.get(key)
            if cls is None:
                cls = self._fonts[key] = self.canvas.style_class(font_css(font))
            self._font_class = cls
        self.canvas.emit(
            TEXT.format(
                self._font_class, self._pen_colour, p.x() + self._dx, p.y() + self._dy, escape(text)
            )
        )

    @_guarded
    def drawImage(  # type: ignore[override]
        self, r: QRectF, image: QImage, sr: QRectF, flags: Any = None
    ) -> None:
        self._ensure()
        part = image.copy(sr.toRect()) if sr.toRect() != image.rect() else image
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        part.save(buffer, "PNG")  # type: ignore[call-overload]
        buffer.close()
        encoded = base64.b64encode(bytes(data.data())).decode("ascii")
        self.canvas.emit(
            f'<image x="{number(r.x() + self._dx)}" y="{number(r.y() + self._dy)}" '
            f'width="{number(r.width())}" height="{number(r.height())}" preserveAspectRatio="none" '
            f'href="data:image/png;base64,{encoded}"/>'
        )

    @_guarded
    def drawPixmap(self, r: QRectF, pm: QPixmap, sr: QRectF) -> None:
        self.drawImage(r, pm.toImage(), sr)

    # -- state --------------------------------------------------------------------

    def _ensure(self) -> None:
        if self._context_dirty:
            self._open_context()

    def _paint_class(self, fill: bool) -> str | None:
        """The class for a shape (``fill`` False: an outline only); ``None``
        when it would draw nothing."""
        if self._context_dirty:
            self._open_context()
        brush = self._fill if fill else ""
        if not brush:
            return self._stroke_only or None
        return self.canvas.style_class(f"{brush};{self._stroke}" if self._stroke else brush)

    def _read_pen(self, pen: QPen) -> None:
        self._stroke, self._stroke_only, self._pen_colour = self.pen_classes(pen)

    def pen_classes(self, pen: QPen) -> tuple[str, str, str]:
        """A pen's stroke CSS, its class as an outline, and the class of the
        text it writes ("" when it draws nothing)."""
        # Pens repeat (a chip's colours): found again by colour and width, then
        # compared whole in C++, their CSS is made once.
        bucket = self._pens.setdefault((pen.color().rgba(), pen.widthF()), [])
        for known, found in bucket:
            if known == pen:
                return found
        stroke = stroke_css(pen)
        colour = pen.color()
        text = ""
        if pen.style() != _NO_PEN and colour.alpha():
            text = self.canvas.ink_class(colour)
        found = (stroke, self.canvas.style_class(stroke) if stroke else "", text)
        bucket.append((QPen(pen), found))
        return found

    def _read_brush(self, brush: QBrush) -> None:
        self._fill = self.brush_css(brush)

    def brush_css(self, brush: QBrush) -> str:
        """A brush's fill CSS ("" when it fills nothing)."""
        rgba = brush.color().rgba()
        bucket = self._brushes.setdefault(rgba, [])
        for known, found in bucket:
            if known == brush:
                return found
        if brush.style() == _NO_BRUSH or brush.color().alpha() == 0:
            fill = ""
        else:
            name, alpha = colour_parts(brush.color())
            fill = f"fill:{name}" + (f";fill-opacity:{number(alpha)}" if alpha < 1 else "")
        bucket.append((QBrush(brush), fill))
        return fill

    def _update_clip(self, state: QPaintEngineState, flags: int) -> None:
        if flags & _CLIP_ENABLED:
            self._clip_on = state.isClipEnabled()
        if not flags & _CLIP_SHAPE:
            return
        op = state.clipOperation()
        self._clip_on = op != Qt.ClipOperation.NoClip
        if op == Qt.ClipOperation.NoClip:
            self._clips = []
            return
        if flags & _CLIP_PATH:
            path = state.clipPath()
        else:
            path = QPainterPath()
            path.addRegion(state.clipRegion())
        # The clip is given in the painter's coordinates when it was set.
        shape = clip_shape(path, state.transform(), self._whole)
        if op == Qt.ClipOperation.ReplaceClip:
            self._clips = [shape] if shape else []
        elif shape:
            self._clips = [*self._clips, shape]

    def close_context(self) -> None:
        """End the group of the current transform, clip and opacity (a new
        one opens at the next element)."""
        if self._context_open:
            self.canvas.emit(self._closing)
            self._context_open = False
        self._context_dirty = True

    def _open_context(self) -> None:
        self._context_dirty = False
        self.close_context()
        self._context_dirty = False
        t = self._transform
        attrs = []
        if self._clip_on and self._clips:
            # Nested clips intersect: one group per clip, outermost first.
            for shape in self._clips[:-1]:
                attrs.append(f'<g clip-path="url(#{self.canvas.clip_id(shape)})">')
            last = self.canvas.clip_id(self._clips[-1])
            opening = "".join(attrs) + f'<g clip-path="url(#{last})"'
        else:
            opening = "<g"
        opacity = self._opacity
        if opacity < 1:
            opening += f' opacity="{number(opacity)}"'
        if t.type().value <= _TX_TRANSLATE:
            self._dx, self._dy = t.dx(), t.dy()
            inner = ""
        else:
            self._dx = self._dy = 0.0
            inner = (
                f'<g transform="matrix({number(t.m11())},{number(t.m12())},{number(t.m21())},'
                f'{number(t.m22())},{number(t.dx())},{number(t.dy())})">'
            )
        if opening == "<g" and not inner:
            return
        closing = "</g>" * (len(attrs) + (opening != "<g") + bool(inner))
        if opening == "<g":
            self.canvas.emit(inner)
        else:
            self.canvas.emit(opening + ">" + inner)
        self._context_open = True
        self._closing = closing

    def _path_data(self, path: QPainterPath) -> str:
        return path_data(path, self._dx, self._dy)
