"""The journey map as a picture: PNG, SVG or PDF, drawn by the editor's own map
scene offscreen (one drawing code), under a heading with the title, the persona
and a legend of the highlights.

This is the only module of :mod:`journeymap.export` that uses Qt; it runs
without a display (``QT_QPA_PLATFORM=offscreen`` is chosen when there is none)
and creates the ``QApplication`` that fonts need when none exists.

Page layouts
------------
``poster``
    One page (or image) the size of the map. A map much wider than tall (more
    than :data:`WRAP_ASPECT` times, as a journey of hundreds of steps is) is
    wrapped: cut between stages into bands that are stacked one under the other,
    so the sheet comes near :data:`SHEET_ASPECT`; every band repeats the lane
    names on its left and a thin line marked "continued" separates the bands.
    A PNG wider than :data:`MAX_PNG_SIDE` pixels is drawn at a lower
    resolution, and a PDF poster is kept within the 200-inch page limit of PDF
    readers; the result says so.
``a4`` / ``a3``
    PDF only: landscape pages that tile the map (never wrapped: every page holds
    all the lanes, and the pages read from left to right), each labelled with
    its row and column, overlapping by :data:`OVERLAP_MM` with marks where to
    cut and glue.
"""

from __future__ import annotations

import bisect
import contextlib
import itertools
import logging
import math
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from journeymap.export.errors import ExportError
from journeymap.export.formats import IMAGE_FORMATS, PAGES
from journeymap.model import Journey

if TYPE_CHECKING:
    from journeymap.analysis.report import JourneyAnalysis
    from journeymap.canvas.scene import MapScene
    from journeymap.export.svg_writer import SvgCanvas

log = logging.getLogger(__name__)

__all__ = [
    "FORMATS",
    "MAX_PNG_SIDE",
    "PAGES",
    "Band",
    "MapImage",
    "Sheet",
    "plan_sheet",
    "render_map",
    "tile_starts",
]

FORMATS = IMAGE_FORMATS
MAX_PNG_SIDE = 32_000
MAX_PNG_PIXELS = 50_000_000
"""About 200 MB once decoded: what image viewers, slide programs and Qt's own
reader (256 MB by default) still open, and quick to write (a PNG of 100 Mpx
took over 4 s, most of it compressing). Larger maps are drawn at a lower dpi,
and a note says so; SVG and PDF have no such limit."""
OVERVIEW_PNG_PIXELS = 12_000_000
"""A PNG whose text could not be read even at the size limits above is drawn
as the map's overview, in at most this many pixels (quick to draw and save)."""
QUICK_PNG_PIXELS = 4_000_000
"""A PNG larger than this is written by :func:`~journeymap.export.png_writer.write_png`
(on every core, quickest compression: 100-step poster 1.5 → 0.7 s CPU, a tenth
larger); a smaller one by Qt, whose file is a little smaller."""
MAX_PDF_INCHES = 200.0
OVERLAP_MM = 10.0
MARGIN_MM = 10.0
MIN_TILE_SCALE = 0.75
"""Tiles never print the map smaller than three quarters of its screen size:
its smallest text (11 px) prints at 6.2 pt."""
UNIT_MM = 25.4 / 96
"""One scene unit (a pixel at 96 dpi) in millimetres."""
MIN_SHEET_W = 1400.0
"""A sheet is at least this wide (scene units), so the heading's legend fits."""
WRAP_ASPECT = 10.0
"""A poster up to this many times wider than tall stays one band: the example
maps are 4 to 6 times wider than tall, a map of 40 steps about 9 times."""
SHEET_ASPECT = (math.sqrt(2), 16 / 9)
"""The width : height a wrapped poster aims for: from A-series landscape to 16:9."""
SEPARATOR_H = 44.0
"""The strip between two bands of a wrapped poster (scene units)."""
LABEL_ROOM = 48.0
"""Room right of a wrapped poster's widest band for an arrow label on its cut."""


@dataclass
class MapImage:
    """What :func:`render_map` wrote."""

    path: Path
    fmt: str
    pages: int = 1
    width_px: int | None = None
    height_px: int | None = None
    dpi: float | None = None
    notes: list[str] = field(default_factory=list)


def _tr(text: str) -> str:
    """A note in the editor's language (English on the command line)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("MapImage", text)


def _ensure_app() -> Any:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        headless = sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        )
        if headless:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(["journeymap-export"])
    elif not isinstance(app, QApplication):
        raise ExportError("the map image needs a Qt widgets application (QApplication)")
    return app


@contextlib.contextmanager
def speaking(lang: str) -> Iterator[None]:
    """While the map is drawn, Qt's texts and numbers are in ``lang``: a
    translator that answers every lookup first (the ``.qm`` of ``lang``, or the
    English source text), and the default locale of ``lang`` for the canvas's
    numbers (decimal comma in Finnish). Both are put back afterwards, so the
    editor's own language is untouched."""
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    class ExportTranslator(QTranslator):
        def translate(
            self, context: str, source: str, disambiguation: str | None = None, n: int = -1
        ) -> str:
            found = super().translate(context, source, disambiguation, n) if loaded else ""
            return found or source

    translator = ExportTranslator()
    loaded = lang != "en" and translator.load(
        f"journeymap_{lang}", str(Path(__file__).resolve().parent.parent / "translations")
    )
    previous = QLocale()
    QLocale.setDefault(QLocale(lang if lang != "en" else "en_US"))
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(previous)


def _check(journey: Journey, out: Path, fmt: str, persona_id: str | None, dpi: float, pages: str):
    if fmt not in FORMATS:
        raise ExportError(f"a map image is png, svg or pdf, not {fmt!r}")
    if pages not in PAGES:
        raise ExportError(f"unknown page layout {pages!r}; use one of {', '.join(PAGES)}")
    if pages != "poster" and fmt != "pdf":
        raise ExportError(f"{pages.upper()} pages are for PDF; a {fmt.upper()} is one poster")
    if not 10 <= dpi <= 1200:
        raise ExportError(f"the resolution must be between 10 and 1200 dpi, not {dpi:g}")
    if persona_id is not None and not journey.has("personas", persona_id):
        known = ", ".join(p.id for p in journey.personas) or "none"
        raise ExportError(f"unknown persona {persona_id!r} (personas: {known})")
    if out.is_dir():
        raise ExportError(f"{out} is a folder; give a file name")
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"{out}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise ExportError(f"{out}: no permission to write here")


def render_map(
    journey: Journey,
    out_path: str | os.PathLike[str],
    fmt: str | None = None,
    *,
    persona_id: str | None = None,
    dpi: float = 150,
    pages: str = "poster",
    lang: str | None = None,
) -> MapImage:
    """Draw the map of ``journey`` into ``out_path``.

    Parameters
    ----------
    journey : Journey
        The journey (not modified).
    out_path : path-like
        The file to write; replaced if it exists.
    fmt : str, optional
        ``"png"``, ``"svg"`` or ``"pdf"``; by default from the suffix of ``out_path``.
    persona_id : str, optional
        Show this persona's ratings, curve and pain points; all personas when ``None``.
    dpi : float
        Resolution of a PNG (the map's 12 px text is 12/96 inch tall).
    pages : str
        ``"poster"``, or for PDF ``"a4"``/``"a3"`` landscape tiles.
    lang : str, optional
        ``"en"`` or ``"fi"``: the language of the map's words and numbers; the
        journey's ``language`` when ``None`` (see :func:`speaking`).

    Returns
    -------
    MapImage
        Where it went, the size and the number of pages, and notes (such as a
        resolution lowered to fit).

    Raises
    ------
    ExportError
        For a bad option, an unknown persona or a file that cannot be written.
    """
    out = Path(out_path)
    fmt = (fmt or out.suffix.lstrip(".")).lower()
    _check(journey, out, fmt, persona_id, dpi, pages)
    # The analysis (and NumPy) before Qt: PySide6 hooks every later import
    # (it reads a module's source to look for its feature switches).
    import journeymap.analysis.report  # noqa: F401

    _ensure_app()
    from journeymap.export.words import language_of
    from journeymap.model.gcpause import gc_paused

    # The scene and its drawing make hundreds of thousands of objects and no
    # garbage worth a collection: the collector would rescan them again and
    # again (a sixth of a 1,000-step PDF).
    with speaking(language_of(lang or journey.language)), gc_paused():
        scene = _build_scene(journey, persona_id)
        try:
            if fmt == "png":
                result = _render_png(scene, out, dpi)
            elif fmt == "svg":
                result = _render_svg(scene, out)
            else:
                result = _render_pdf(scene, out, pages)
        finally:
            _dispose(scene)
    if not out.exists() or out.stat().st_size == 0:
        raise ExportError(f"{out}: could not write the {fmt.upper()} file")
    return result


def _build_scene(journey: Journey, persona_id: str | None) -> MapScene:
    """The map as the editor draws it, with the light look and the analysis's
    highlights, painted directly (vector, real text). No editor module loads."""
    from journeymap.canvas.marks import marks_from_analysis
    from journeymap.canvas.scene import MapScene
    from journeymap.canvas.style import MapStyle

    snapshot = journey.copy_deep()
    analysis = _analyse(snapshot, persona_id)
    marks = marks_from_analysis(analysis, persona_id) if analysis is not None else None
    return MapScene(
        snapshot,
        marks=marks,
        persona_id=persona_id,
        map_style=MapStyle.light(),
        recorded=False,
        poster=True,
    )


def _analyse(journey: Journey, persona_id: str | None) -> JourneyAnalysis | None:
    """The analysis behind the highlights; without it (an analysis bug), the map
    shows what the measured volumes alone give, as the editor does."""
    from journeymap.analysis.report import analyse

    try:
        return analyse(journey, persona_id=persona_id)
    except Exception:  # the picture is still worth having without highlights
        log.exception("journey analysis failed; the map shows measured volumes only")
        return None


def _dispose(scene: MapScene) -> None:
    scene.clear()
    scene.deleteLater()


@dataclass(frozen=True)
class Band:
    """One strip of a poster: the scene's ``x0..x1`` (the whole map height),
    drawn with ``x0`` at ``left`` and the top of the map at ``top`` (sheet units).
    ``stages`` are the indexes (into the layout's stage order) of its first and
    last stage."""

    x0: float
    x1: float
    left: float
    top: float
    stages: tuple[int, int]


@dataclass(frozen=True)
class Sheet:
    """Where the heading and the bands of the map go on a poster (scene units)."""

    width: float
    height: float
    map_height: float
    bands: tuple[Band, ...]


def _stage_cuts(scene: MapScene) -> list[float]:
    """Where the map may be cut: the middle of the gap between two stages."""
    layout = scene.layout
    boxes = [layout.stages[sid] for sid in layout.stage_order]
    return [(a.right + b.x) / 2 for a, b in itertools.pairwise(boxes)]


def _bands(scene: MapScene, cuts: list[float], chosen: list[int], map_h: float) -> Sheet:
    """The sheet of bands cut at ``cuts[i]`` for ``i`` in ``chosen`` (increasing)."""
    from journeymap.canvas.layout import GUTTER
    from journeymap.canvas.legend import heading_height

    heading = heading_height(scene.journey, scene.persona_id)
    layout = scene.layout
    map_w = scene.map_rect.width()
    edges = [0.0, *(cuts[i] for i in chosen), map_w]
    firsts = [0, *(i + 1 for i in chosen)]
    lasts = [*chosen, len(layout.stage_order) - 1]
    bands = []
    top = heading
    for n in range(len(edges) - 1):
        x0, x1 = edges[n], edges[n + 1]
        # Every band's first stage starts where the first band's does.
        left = 0.0 if n == 0 else GUTTER - (layout.stages[layout.stage_order[firsts[n]]].x - x0)
        bands.append(Band(x0, x1, left, top, (firsts[n], lasts[n])))
        top += map_h + SEPARATOR_H
    width = max(MIN_SHEET_W, *(b.left + b.x1 - b.x0 for b in bands))
    if len(bands) == 1:
        bands[0] = Band(0.0, width, 0.0, heading, bands[0].stages)
    else:
        width += LABEL_ROOM
    return Sheet(width, top - SEPARATOR_H, map_h, tuple(bands))


def plan_sheet(scene: MapScene, wrap: bool = True) -> Sheet:
    """The poster of ``scene``: heading and map, the map wrapped into bands when
    it is more than :data:`WRAP_ASPECT` times wider than tall (and ``wrap``).

    The bands are cut between stages only. They are filled from the left, as
    lines of text are, so only the last one may end early; their number is the
    one that brings the sheet's width : height into :data:`SHEET_ASPECT` (or
    nearest to it) with the least room left empty at the bands' ends. A band is
    never narrower than its widest stage, so one very long stage makes a wide
    sheet.
    """
    map_h = scene.map_rect.height()
    single = _bands(scene, [], [], map_h)
    cuts = _stage_cuts(scene)
    if not wrap or not cuts or single.width <= WRAP_ASPECT * single.height:
        return single
    from journeymap.canvas.layout import GUTTER

    layout = scene.layout
    starts = [layout.stages[sid].x for sid in layout.stage_order]
    ends = [*cuts, scene.map_rect.width()]

    def fill(limit: float) -> list[int]:
        """Cuts (indexes into ``cuts``) of bands filled from the left up to
        ``limit`` wide, a wider stage taking a band of its own."""
        chosen: list[int] = []
        first = 0
        while True:
            last = max(first, bisect.bisect_right(ends, starts[first] + limit) - 1)
            if last >= len(cuts):
                return chosen
            chosen.append(last)
            first = last + 1

    span = ends[-1] - GUTTER
    widest_stage = max(end - start for start, end in zip(starts, ends, strict=True))
    guess = math.sqrt(span / (SHEET_ASPECT[0] * (map_h + SEPARATOR_H)))
    best, best_score = single, math.inf
    for count in range(2, min(len(cuts) + 1, math.ceil(2 * guess) + 2) + 1):
        # The narrowest bands that take the map in ``count`` bands (or fewer).
        lo, hi = widest_stage, span
        while hi - lo > 1:
            middle = (lo + hi) / 2
            if len(fill(middle)) < count:
                hi = middle
            else:
                lo = middle
        chosen = fill(hi)
        sheet = _bands(scene, cuts, chosen, map_h)
        # Off the aimed proportions, and the room the bands leave empty at their ends.
        aspect = sheet.width / sheet.height
        off = max(0.0, math.log(SHEET_ASPECT[0] / aspect), math.log(aspect / SHEET_ASPECT[1]))
        empty = 1 - span / (len(sheet.bands) * (sheet.width - GUTTER))
        score = off + empty
        if score < best_score - 1e-9:
            best, best_score = sheet, score
    return best


def tile_grid(width_mm: float, height_mm: float, page_w: float, page_h: float) -> tuple[int, int]:
    """Columns and rows of pages of ``page_w`` x ``page_h`` (content, mm) that
    cover a sheet, consecutive pages overlapping by :data:`OVERLAP_MM`."""
    step_w, step_h = page_w - OVERLAP_MM, page_h - OVERLAP_MM
    cols = max(1, math.ceil((width_mm - OVERLAP_MM) / step_w))
    rows = max(1, math.ceil((height_mm - OVERLAP_MM) / step_h))
    return cols, rows


def _paint_part(
    painter: Any, scene: MapScene, source: Any, left: float, top: float, clip: Any
) -> None:
    """The scene's ``source`` rectangle drawn with its top-left at ``(left, top)``
    (sheet units), as far as it lies in ``clip``."""
    from PySide6.QtCore import QRectF, Qt

    target = QRectF(left, top, source.width(), source.height()).intersected(clip)
    if target.isEmpty():
        return
    part = target.translated(source.left() - left, source.top() - top)
    scene.render(painter, target, part, Qt.AspectRatioMode.IgnoreAspectRatio)


def _paint_part_grouped(
    canvas: SvgCanvas,
    painter: Any,
    scene: MapScene,
    source: Any,
    at: tuple[float, float],
    clip: Any,
    band: int,
) -> None:
    """What :func:`_paint_part` draws, as ``QGraphicsScene.render`` draws it
    (backdrop, items in stacking order, foreground), with every item's
    drawing in the SVG group of the step, stage, transition or persona it
    shows. Groups are per band (``band``): a later band's backdrop must not
    cover what an earlier group drew into it."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QTransform
    from PySide6.QtWidgets import QStyleOptionGraphicsItem

    left, top = at
    target = QRectF(left, top, source.width(), source.height()).intersected(clip)
    if target.isEmpty():
        return
    part = target.translated(source.left() - left, source.top() - top)
    painter.save()
    painter.setClipRect(target, Qt.ClipOperation.IntersectClip)
    painter.translate(target.left() - part.left(), target.top() - part.top())
    base = QTransform(painter.worldTransform())
    canvas.begin_group(("backdrop", band), css="backdrop")
    scene.drawBackground(painter, part)
    canvas.end_group()
    items = scene.items(
        part, Qt.ItemSelectionMode.IntersectsItemBoundingRect, Qt.SortOrder.AscendingOrder
    )
    option = QStyleOptionGraphicsItem()
    for item in items:
        if not item.isVisible():
            continue
        canvas.begin_group(*_svg_group(scene, item, band))
        painter.save()
        if part.contains(item.sceneBoundingRect()):
            painter.setClipping(False)  # inside the band: no clip to write
        painter.setWorldTransform(item.sceneTransform() * base)
        painter.setOpacity(item.effectiveOpacity())
        option.exposedRect = item.boundingRect()
        item.paint(painter, option, None)
        painter.restore()
        canvas.end_group()
    canvas.begin_group(("foreground", band), css="labels")
    scene.drawForeground(painter, part)
    canvas.end_group()
    painter.restore()


def _svg_group(scene: MapScene, item: Any, band: int) -> tuple[Any, str, str, str]:
    """The group an item of the map is drawn into: key, id, class and title."""
    from journeymap.export.svg_elements import group_id

    step_id = getattr(item, "step_id", None)
    if step_id is not None:
        step = scene.lookup("steps", step_id)
        title = step.title if step is not None else step_id
        return ("steps", step_id, band), group_id("step", step_id), "step", title
    stage_id = getattr(item, "stage_id", None)
    if stage_id is not None:
        stage = scene.lookup("stages", stage_id)
        return (
            ("stages", stage_id, band),
            group_id("stage", stage_id),
            "stage",
            stage.name if stage is not None else stage_id,
        )
    transition_id = getattr(item, "transition_id", None)
    if transition_id is not None:
        t = scene.lookup("transitions", transition_id)
        title = transition_id
        if t is not None:
            ends = [scene.lookup("steps", t.source), scene.lookup("steps", t.target)]
            title = " → ".join(s.title if s is not None else "?" for s in ends)
            if t.label:
                title += f" ({t.label})"
        return (
            ("transitions", transition_id, band),
            group_id("transition", transition_id),
            "transition",
            title,
        )
    persona_id = getattr(item, "persona_id", None)
    if persona_id is not None:
        persona = scene.lookup("personas", persona_id)
        return (
            ("curve", persona_id, band),
            group_id("curve", persona_id),
            "curve",
            persona.name if persona is not None else persona_id,
        )
    return ("item", type(item).__name__, band), "", "lane-names", ""


def _paint_separator(painter: Any, scene: MapScene, sheet: Sheet, n: int, clip: Any) -> None:
    """The strip above band ``n`` (from 0): a thin line across the sheet and a
    "continued" mark in the lane names' column."""
    from PySide6.QtCore import QLineF, QRectF, Qt
    from PySide6.QtGui import QPen

    from journeymap.canvas.paint import draw_lines, metrics, tr

    style = scene.map_style
    top = sheet.bands[n].top - SEPARATOR_H
    if not QRectF(0, top, sheet.width, SEPARATOR_H).intersects(clip):
        return
    middle = top + SEPARATOR_H / 2
    painter.setPen(QPen(style.muted, 1, Qt.PenStyle.DashLine))
    painter.drawLine(QLineF(0, middle, sheet.width, middle))
    text = tr("continued · part {part} of {parts}").format(part=n + 1, parts=len(sheet.bands))
    font = style.small_bold_font
    width = metrics(font).horizontalAdvance(text)
    box = QRectF(12, middle - 10, width + 16, 20)
    painter.setPen(QPen(style.muted, 1))
    painter.setBrush(style.background)
    painter.drawRoundedRect(box, 10, 10)
    draw_lines(painter, [text], box.left() + 8, middle - 8, font, 16)


def _paint_sheet(
    painter: Any,
    scene: MapScene,
    sheet: Sheet,
    clip: Any = None,
    heading: bool = True,
    canvas: SvgCanvas | None = None,
) -> None:
    """Heading and map in sheet units (the painter is already scaled); only
    what lies in ``clip`` is drawn. ``heading=False`` leaves the heading's
    room empty (a tile after the first: the legend is on page 1). With an SVG
    ``canvas``, every part of the map is drawn into its group (see
    :func:`_paint_part_grouped`)."""
    from PySide6.QtCore import QRectF

    from journeymap.canvas.legend import draw_heading, heading_height

    w, h = sheet.width, sheet.height
    clip = QRectF(0, 0, w, h) if clip is None else clip.intersected(QRectF(0, 0, w, h))
    painter.save()
    painter.setClipRect(clip)
    painter.fillRect(clip, scene.map_style.background)

    def part(source: Any, left: float, top: float, band: int) -> None:
        if canvas is None:
            _paint_part(painter, scene, source, left, top, clip)
        else:
            _paint_part_grouped(canvas, painter, scene, source, (left, top), clip, band)

    if clip.top() < heading_height(scene.journey, scene.persona_id) and heading:
        if canvas is not None:
            canvas.begin_group("heading", css="heading")
        draw_heading(painter, scene, w)
        if canvas is not None:
            canvas.end_group()
    map_h = sheet.map_height
    for n, band in enumerate(sheet.bands):
        if n:
            if canvas is not None:
                canvas.begin_group(("separator", n), css="separator")
            _paint_separator(painter, scene, sheet, n, clip)
            if canvas is not None:
                canvas.end_group()
            # The lane names again, left of the band's first stage.
            gutter = QRectF(0, 0, band.left, map_h)
            part(gutter, 0.0, band.top, n)
        source = QRectF(band.x0, 0, band.x1 - band.x0, map_h)
        if len(sheet.bands) == 1:
            part(source, band.left, band.top, n)
            continue
        # A label on a cut is drawn whole, in the band that holds its middle.
        scene.label_span = (band.x0, band.x1)
        try:
            part(source, band.left, band.top, n)
        finally:
            scene.label_span = None
        if canvas is not None:
            canvas.begin_group(("labels", n), css="labels")
        _paint_labels_across(painter, scene, band, clip)
        if canvas is not None:
            canvas.end_group()
    painter.restore()


def _paint_labels_across(painter: Any, scene: MapScene, band: Band, clip: Any) -> None:
    """The labels centred in ``band`` that reach past its ends, drawn whole (into
    the lane names' column on the left, the sheet's margin on the right)."""
    items = scene.labels_across(band.x0, band.x1)
    if not items:
        return
    painter.save()
    painter.setClipRect(clip)
    painter.translate(band.left - band.x0, band.top)
    for item in items:
        item.draw_label(painter)
    painter.restore()


def _hints(painter: Any) -> None:
    from PySide6.QtGui import QPainter

    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)


def _render_png(scene: MapScene, out: Path, dpi: float) -> MapImage:
    # Qt's raster engine hands every fill of 96 or more scan lines to a pool of
    # threads and waits for them: on a poster every chip and card is that tall,
    # and the hand-offs cost more than the fills (half of a 100-step poster's
    # time on two cores, measured). Qt's own switch makes fills run where they
    # are called; it is read once per process, when the pool is first wanted,
    # so it takes effect where the export is the first painting (the command
    # line), and changes nothing drawn.
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
    from PySide6.QtGui import QColor, QImage, QPainter

    from journeymap.canvas.backdrop import OVERVIEW_ZOOM

    sheet = plan_sheet(scene)
    w, h = sheet.width, sheet.height
    scale = dpi / 96
    fit = min(
        1.0,
        MAX_PNG_SIDE / (w * scale),
        MAX_PNG_SIDE / (h * scale),
        math.sqrt(MAX_PNG_PIXELS / (w * h * scale * scale)),
    )
    notes = []
    overview = False
    if fit < 1.0 and scale * fit < scene.map_style.body_text_scale:
        # Not even the largest PNG allowed could show the text: draw the
        # overview (as the editor does zoomed far out), which is quick.
        overview = True
        scale = min(scale * fit, OVERVIEW_ZOOM * 0.99, math.sqrt(OVERVIEW_PNG_PIXELS / (w * h)))
        notes.append(
            _tr(
                "the map is too large to read in one PNG; it was drawn as an overview at "
                "{dpi} dpi (steps as blocks, without text). To read it, export an SVG or a "
                "PDF; for print, a PDF with A3 or A4 pages."
            ).format(dpi=f"{scale * 96:.0f}")
        )
    elif fit < 1.0:
        scale *= fit
        notes.append(
            _tr(
                "the map is too large for one PNG at {asked} dpi; it was drawn at {dpi} dpi. "
                "For print, export a PDF with A3 or A4 pages."
            ).format(asked=f"{dpi:g}", dpi=f"{scale * 96:.0f}")
        )
    # Rounded up, unless that would overstep a limit the scale was fitted to.
    size = math.ceil if fit >= 1.0 else math.floor
    width = max(1, min(MAX_PNG_SIDE, size(w * scale)))
    height = max(1, min(MAX_PNG_SIDE, size(h * scale)))
    # A large image is painted straight into the rows its writer compresses.
    quick = width * height > QUICK_PNG_PIXELS
    rows = None
    if quick:
        from journeymap.export.png_writer import PngRows

        try:
            rows = PngRows(width, height)
        except MemoryError:
            raise ExportError(f"{out}: not enough memory for a {width} x {height} image") from None
        image = rows.image
    else:
        image = QImage(width, height, QImage.Format.Format_RGB32)
    if image.isNull():
        raise ExportError(f"{out}: not enough memory for a {width} x {height} image")
    image.setDotsPerMeterX(round(scale * 96 / 0.0254))
    image.setDotsPerMeterY(round(scale * 96 / 0.0254))
    image.fill(QColor(scene.map_style.background))
    scene.set_overview(overview or scale < OVERVIEW_ZOOM)
    painter = QPainter(image)
    _hints(painter)
    painter.scale(scale, scale)
    _paint_sheet(painter, scene, sheet)
    painter.end()
    if rows is not None:
        try:
            rows.write(out, round(scale * 96 / 0.0254))
        except OSError as error:
            raise ExportError(f"{out}: could not write the PNG file ({error.strerror})") from None
    # The format named, whatever OUT ends with; the stubs want bytes, Qt a str.
    elif not image.save(str(out), "PNG"):  # type: ignore[call-overload]
        raise ExportError(f"{out}: could not write the PNG file")
    return MapImage(out, "png", 1, width, height, scale * 96, notes)


def _render_svg(scene: MapScene, out: Path) -> MapImage:
    from PySide6.QtGui import QPainter

    from journeymap.export.svg_writer import SvgCanvas

    sheet = plan_sheet(scene)
    w, h = sheet.width, sheet.height
    canvas = SvgCanvas(w, h)
    painter = QPainter(canvas)
    if not painter.isActive():
        raise ExportError(f"{out}: could not write the SVG file")
    _hints(painter)
    try:
        _paint_sheet(painter, scene, sheet, canvas=canvas)
    finally:
        painter.end()
    canvas.raise_error()
    text = canvas.svg(scene.journey.title, "Journey map exported by journeymap")
    _write_atomically(out, text.encode("utf-8"))
    return MapImage(out, "svg", 1, math.ceil(w), math.ceil(h), 96.0)


def _write_atomically(out: Path, data: bytes) -> None:
    """``data`` into ``out``: a temporary file beside it replaces it whole."""
    from PySide6.QtCore import QSaveFile

    file = QSaveFile(str(out))
    if not file.open(QSaveFile.OpenModeFlag.WriteOnly):
        raise ExportError(f"{out}: could not write the file ({file.errorString()})")
    file.write(data)
    if not file.commit():
        raise ExportError(f"{out}: could not write the file ({file.errorString()})")


def _pdf_writer(out: Path, scene: MapScene) -> Any:
    from PySide6.QtGui import QPdfWriter

    writer = QPdfWriter(str(out))
    writer.setResolution(300)
    writer.setTitle(scene.journey.title)
    writer.setCreator("journeymap")
    # The map's repeated drawings (chips, marks), each recorded once and
    # replayed by Qt (see journeymap.canvas.paint.stamp).
    writer.stamps = {}  # type: ignore[attr-defined]
    return writer


def _render_pdf(scene: MapScene, out: Path, pages: str) -> MapImage:
    if pages != "poster":
        return _render_tiles(scene, out, pages)
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter

    sheet = plan_sheet(scene)
    w, h = sheet.width, sheet.height
    fit = min(1.0, MAX_PDF_INCHES * 25.4 / (max(w, h) * UNIT_MM))
    notes = []
    if fit < 1.0:
        notes.append(
            _tr("the poster is drawn at {percent} to stay within PDF's 200-inch page limit").format(
                percent=f"{fit:.0%}"
            )
        )
    writer = _pdf_writer(out, scene)
    size = QPageSize(QSizeF(w * UNIT_MM * fit, h * UNIT_MM * fit), QPageSize.Unit.Millimeter, "Map")
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    painter = QPainter(writer)
    if not painter.isActive():
        raise ExportError(f"{out}: could not write the PDF file")
    _hints(painter)
    px = writer.resolution() / 96 * fit
    painter.scale(px, px)
    _paint_sheet(painter, scene, sheet)
    painter.end()
    return MapImage(out, "pdf", 1, dpi=None, notes=notes)


def tile_starts(length: float, first: float, later: float) -> list[float]:
    """Where each page's part of a sheet ``length`` long starts (mm): the first
    page shows ``first`` mm, every later one ``later`` (the rest of it repeats
    the lane names or the stage names), consecutive parts overlapping by
    :data:`OVERLAP_MM`.

    >>> tile_starts(250, 277, 240)
    [0.0]
    >>> tile_starts(600, 277, 240)
    [0.0, 267.0, 497.0]
    """
    starts = [0.0]
    end = first
    while end < length - 1e-6:
        starts.append(end - OVERLAP_MM)
        end = starts[-1] + later
    return starts


def _render_tiles(scene: MapScene, out: Path, pages: str) -> MapImage:
    """A4/A3 landscape pages. Page 1 holds the heading and legend; every page
    repeats the lane names on its left and the stage names on its top, and the
    map is never printed smaller than :data:`MIN_TILE_SCALE` (its smallest text
    stays at 6 pt or more)."""
    from PySide6.QtCore import QLineF, QMarginsF, QPointF, QRectF, Qt
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPen

    from journeymap.canvas.layout import GUTTER, HEADER_H
    from journeymap.canvas.legend import heading_height
    from journeymap.canvas.paint import tr

    page_id = QPageSize.PageSizeId.A4 if pages == "a4" else QPageSize.PageSizeId.A3
    page = QPageSize(page_id)
    paper = page.size(QPageSize.Unit.Millimeter)
    page_w, page_h = max(paper.width(), paper.height()), min(paper.width(), paper.height())
    label_mm = 6.0
    content_w = page_w - 2 * MARGIN_MM
    content_h = page_h - 2 * MARGIN_MM - label_mm
    sheet = plan_sheet(scene, wrap=False)
    w, h = sheet.width, sheet.height
    mm_per_unit = max(UNIT_MM * MIN_TILE_SCALE, min(UNIT_MM, content_h / h))
    gutter_mm, header_mm = GUTTER * mm_per_unit, HEADER_H * mm_per_unit
    xs = tile_starts(w * mm_per_unit, content_w, content_w - gutter_mm)
    ys = tile_starts(h * mm_per_unit, content_h, content_h - header_mm)
    cols, rows = len(xs), len(ys)
    writer = _pdf_writer(out, scene)
    writer.setPageLayout(
        QPageLayout(page, QPageLayout.Orientation.Landscape, QMarginsF(0, 0, 0, 0))
    )
    painter = QPainter(writer)
    if not painter.isActive():
        raise ExportError(f"{out}: could not write the PDF file")
    _hints(painter)
    px_per_mm = writer.resolution() / 25.4
    total = cols * rows
    label_font = QFont(scene.map_style.small_font)
    label_font.setPixelSize(round(2.6 * px_per_mm))
    mark_pen = QPen(scene.map_style.muted, 0.25 * px_per_mm, Qt.PenStyle.DashLine)
    title = scene.journey.title or tr("Journey map")
    scale = px_per_mm * mm_per_unit

    def view(src_x: float, src_y: float, width: float, height: float, dx: float, dy: float) -> None:
        """The sheet's part at (src_x, src_y) mm, width x height mm, at (dx, dy) mm
        of the page's content; the heading only on page 1."""
        painter.save()
        painter.translate((MARGIN_MM + dx) * px_per_mm, (MARGIN_MM + dy) * px_per_mm)
        painter.setClipRect(QRectF(0, 0, width * px_per_mm, height * px_per_mm))
        painter.scale(scale, scale)
        painter.translate(-src_x / mm_per_unit, -src_y / mm_per_unit)
        clip = QRectF(
            src_x / mm_per_unit, src_y / mm_per_unit, width / mm_per_unit, height / mm_per_unit
        )
        _paint_sheet(painter, scene, sheet, clip, heading=number == 1)
        painter.restore()

    number = 0
    for row, y_mm in enumerate(ys):
        for col, x_mm in enumerate(xs):
            if number:
                writer.newPage()
            number += 1
            left_mm = gutter_mm if col else 0.0
            top_mm = header_mm if row else 0.0
            stage_top = heading_height(scene.journey, scene.persona_id) * mm_per_unit
            # The heading is on page 1: the other pages of the first row start at
            # the stage names.
            src_y = stage_top if col and not row else y_mm
            view(x_mm, src_y, content_w - left_mm, content_h - top_mm, left_mm, top_mm)
            if col:  # the lane names again
                view(0, src_y, gutter_mm, content_h - top_mm, 0, top_mm)
            if row:  # the stage names again
                view(x_mm, stage_top, content_w - left_mm, header_mm, left_mm, 0)
            if row and col:
                view(0, stage_top, gutter_mm, header_mm, 0, 0)
            if col:
                header_y = 0.0 if row else stage_top - src_y
                if header_y >= 0:
                    _name_cut_stage(
                        painter, scene, x_mm / mm_per_unit, (left_mm, header_y), px_per_mm, scale
                    )
            # Where this page overlaps its neighbours: glue the next page over it.
            painter.setPen(mark_pen)
            left, top = MARGIN_MM * px_per_mm, MARGIN_MM * px_per_mm
            right = (MARGIN_MM + content_w) * px_per_mm
            bottom = (MARGIN_MM + content_h) * px_per_mm
            overlap = OVERLAP_MM * px_per_mm
            if col < cols - 1:
                x = right - overlap
                painter.drawLine(QLineF(x, 0, x, top * 0.8))
                painter.drawLine(QLineF(x, bottom + top * 0.1, x, bottom + top * 0.5))
            if row < rows - 1:
                y = bottom - overlap
                painter.drawLine(QLineF(0, y, left * 0.8, y))
                painter.drawLine(QLineF(right + left * 0.2, y, right + left, y))
            painter.setPen(scene.map_style.muted)
            painter.setFont(label_font)
            footer = tr(
                "{title} — page {number} of {total}: row {row} of {rows}, column {col} of "
                "{cols}. Dashed marks: {overlap} mm overlap."
            ).format(
                title=title,
                number=number,
                total=total,
                row=row + 1,
                rows=rows,
                col=col + 1,
                cols=cols,
                overlap=f"{OVERLAP_MM:g}",
            )
            painter.drawText(QPointF(left, bottom + 4.5 * px_per_mm), footer)
    painter.end()
    return MapImage(out, "pdf", total, dpi=None)


def _name_cut_stage(
    painter: Any, scene: MapScene, x: float, at: tuple[float, float], px_per_mm: float, scale: float
) -> None:
    """Write the name of the stage that the page's left edge (scene ``x``) cuts,
    on its header band, whose name is on the page before."""
    from PySide6.QtCore import QRectF

    from journeymap.canvas.paint import draw_lines, wrap_text

    layout = scene.layout
    style = scene.map_style
    for sid in layout.stage_order:
        band = layout.stages[sid]
        if band.x + 40 < x < band.right - 120:
            stage = scene.lookup("stages", sid)
            name = stage.name if stage is not None else ""
            painter.save()
            painter.translate((MARGIN_MM + at[0]) * px_per_mm, (MARGIN_MM + at[1]) * px_per_mm)
            painter.scale(scale, scale)
            width = min(band.right - x - 28, 420.0)
            painter.fillRect(QRectF(0, 6, width + 20, 30), style.header)
            painter.setPen(style.header_text)
            lines = wrap_text(f"… {name}", style.header_font, width, 1)
            draw_lines(painter, lines, 10, 10, style.header_font, 22)
            painter.restore()
            return
