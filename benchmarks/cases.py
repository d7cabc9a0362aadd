"""The measured figures, grouped by the process they run in.

Every group is a function ``group(ctx) -> {figure: result}``; a result is the
dictionary of :func:`benchmarks.timing.measure` or of
:func:`benchmarks.timing.failure`. A figure whose code is missing from the tree
is reported as not available; it never stops the other figures.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks import floors
from benchmarks.timing import NotAvailable, failure, measure

__all__ = ["EXPORT_FORMATS", "GROUPS", "Context"]

EXPORT_FORMATS = ("xlsx", "png", "svg", "pdf", "csv", "mmd")
VIEW_WIDTH = 1600
VIEW_HEIGHT = 1000
WARM_UP_STEPS = 20
SETTLE_TIMEOUT = 120.0


@dataclass
class Context:
    journey_path: Path
    size: int
    repeats: int
    budget: float
    workdir: Path


def _guarded(results: dict[str, Any], name: str, figure: Callable[[], dict[str, Any]]) -> None:
    try:
        results[name] = figure()
    except Exception as exc:
        results[name] = failure(exc)


def _warm_journey_path(ctx: Context) -> Path:
    from benchmarks.journeys import write_journey

    folder = ctx.workdir / "warm"
    folder.mkdir(exist_ok=True)
    return write_journey(WARM_UP_STEPS, folder)[0]


# -- model: load, save, analyse ---------------------------------------------


def model_group(ctx: Context) -> dict[str, Any]:
    from journeymap.model.fileformat import load_journey, save_journey

    results: dict[str, Any] = {}
    path = ctx.journey_path
    load_journey(_warm_journey_path(ctx))
    _guarded(results, "load_floor", lambda: _timed(ctx, lambda _: floors.json_load(path)))
    _guarded(results, "load", lambda: _timed(ctx, lambda _: load_journey(path)))
    journey = load_journey(path)
    out = ctx.workdir / "saved.journey.json"
    _guarded(results, "save", lambda: _timed(ctx, lambda _: save_journey(journey, out)))
    _guarded(results, "analyse", lambda: _analyse(ctx, journey))
    return results


def _timed(ctx: Context, run: Callable[[Any], Any], setup=None) -> dict[str, Any]:
    return measure(run, repeats=ctx.repeats, budget=ctx.budget, setup=setup)


def _analyse(ctx: Context, journey: Any) -> dict[str, Any]:
    from journeymap.analysis.report import analyse
    from journeymap.model.fileformat import load_journey

    analyse(load_journey(_warm_journey_path(ctx)))
    return _timed(ctx, lambda _: analyse(journey))


def scale_group(ctx: Context) -> dict[str, Any]:
    """The analysis and the CSV export at sizes of their own (10,000 and
    100,000 steps in a full run), for their growth between the two."""
    from journeymap.model.fileformat import load_journey

    results: dict[str, Any] = {}
    journey = load_journey(ctx.journey_path)
    _guarded(results, "analyse_scale", lambda: _analyse(ctx, journey))
    out = ctx.workdir / "scale.csv"
    _guarded(results, "export_csv_scale", lambda: _export(ctx, journey, "csv", out))
    return results


# -- versions: merge and compare ------------------------------------------------


def versions_group(ctx: Context) -> dict[str, Any]:
    """Two branches of the journey, each editing every 50th step (different
    fields, so the merge is clean) and one removing a step: what the git merge
    driver and a comparison cost."""
    from journeymap.model.fileformat import load_journey

    results: dict[str, Any] = {}
    journey = load_journey(ctx.journey_path)
    ours, theirs = _branches(journey)
    _guarded(results, "merge", lambda: _merge(ctx, journey, ours, theirs))
    _guarded(results, "compare", lambda: _compare(ctx, journey, theirs))
    return results


def _branches(journey: Any) -> tuple[Any, Any]:
    from journeymap.model.edits import RemoveItems, UpdateItem

    ours, theirs = journey.copy_deep(), journey.copy_deep()
    steps = journey.steps
    for step in steps[::50]:
        UpdateItem("steps", step.id, {"title": step.title + " (ours)"}).apply(ours)
    for step in steps[25::50]:
        UpdateItem("steps", step.id, {"owner": "theirs"}).apply(theirs)
    if len(steps) > 7:
        RemoveItems("steps", [steps[7].id]).apply(theirs)
    return ours, theirs


def _merge(ctx: Context, base: Any, ours: Any, theirs: Any) -> dict[str, Any]:
    try:
        from journeymap.model.merge import merge_journeys
    except ImportError as exc:
        raise NotAvailable(str(exc)) from None
    return _timed(ctx, lambda _: merge_journeys(base, ours, theirs))


def _compare(ctx: Context, before: Any, after: Any) -> dict[str, Any]:
    try:
        from journeymap.analysis.compare import compare_journeys
    except ImportError as exc:
        raise NotAvailable(str(exc)) from None
    return _timed(ctx, lambda _: compare_journeys(before, after))


# -- exports ----------------------------------------------------------------


def _export_group(fmt: str) -> Callable[[Context], dict[str, Any]]:
    def group(ctx: Context) -> dict[str, Any]:
        from journeymap.model.fileformat import load_journey

        results: dict[str, Any] = {}
        journey = load_journey(ctx.journey_path)
        out = ctx.workdir / f"export.{fmt}"
        _guarded(results, f"export_{fmt}", lambda: _export(ctx, journey, fmt, out))
        if fmt == "xlsx":
            _guarded(results, "export_xlsx_floor", lambda: _xlsx_floor(ctx, journey, out))
        return results

    return group


def _export(ctx: Context, journey: Any, fmt: str, out: Path) -> dict[str, Any]:
    try:
        from journeymap.export.api import export_journey
    except ImportError as exc:
        raise NotAvailable(str(exc)) from None
    from journeymap.model.fileformat import load_journey

    export_journey(load_journey(_warm_journey_path(ctx)), ctx.workdir / f"warm.{fmt}", fmt)
    return _timed(ctx, lambda _: export_journey(journey, out, fmt))


def _xlsx_floor(ctx: Context, journey: Any, exported: Path) -> dict[str, Any]:
    if exported.exists():
        sheets = floors.workbook_values(exported)
        source = "the exported workbook's values"
    else:
        sheets = floors.journey_values(journey)
        source = "a plain dump of the collections"
    out = ctx.workdir / "floor.xlsx"
    floors.write_values_unstyled({"warm": [(1, "a")]}, out)
    result = _timed(ctx, lambda _: floors.write_values_unstyled(sheets, out))
    result["detail"] = source
    return result


# -- GUI: the map scene in a view -------------------------------------------


def _app() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def paint_floor_group(ctx: Context) -> dict[str, Any]:
    app = _app()
    results: dict[str, Any] = {}
    keep: list[Any] = []

    def run(_: Any) -> None:
        keep.append(floors.bare_first_paint(ctx.size, VIEW_WIDTH, VIEW_HEIGHT, app))

    def setup() -> None:
        _dispose(keep, app)

    floors.bare_first_paint(WARM_UP_STEPS, VIEW_WIDTH, VIEW_HEIGHT, app)
    _guarded(results, "first_paint_floor", lambda: _timed(ctx, run, setup))
    return results


def _dispose(views: list[Any], app: Any) -> None:
    while views:
        view = views.pop()
        view.close()
        view.deleteLater()
    app.processEvents()


class _OpenMap:
    """One journey open in a map scene and view, as the editor shows it."""

    def __init__(self, path: Path, app: Any):
        from journeymap.model.fileformat import load_journey
        from journeymap.ui.document.editor_document import EditorDocument
        from journeymap.ui.document.selection import Selection

        try:
            from journeymap.ui.map.scene import EditorMapScene
            from journeymap.ui.map.view import MapView
        except ImportError as exc:
            raise NotAvailable(str(exc)) from None
        from benchmarks.qt_frames import PaintCounter

        self.document = EditorDocument(load_journey(path))
        self.selection = Selection()
        self.scene = EditorMapScene(self.document, self.selection)
        self.view = MapView(self.scene)
        self.view.resize(VIEW_WIDTH, VIEW_HEIGHT)
        self.counter = PaintCounter(self.view.viewport())
        self.view.show()
        self.counter.wait_for_paint(app)

    def settle(self, app: Any) -> None:
        """Let the background analysis finish and its marks be painted (untimed),
        so that a frame figure measures the frame, not a leftover recomputation."""
        live = getattr(self.scene, "live_analysis", None)
        deadline = time.monotonic() + SETTLE_TIMEOUT
        while live is not None and live.pending and time.monotonic() < deadline:
            app.processEvents()
            live.wait()
            time.sleep(0.005)  # the analysis starts from a short coalescing timer
        # Marks and big relayouts are applied over several turns of the event loop.
        while getattr(self.scene, "catching_up", False) and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.001)
        for _ in range(5):
            app.processEvents()

    def close(self, app: Any) -> None:
        self.view.close()
        self.view.deleteLater()
        self.scene.deleteLater()
        app.processEvents()


def gui_group(ctx: Context) -> dict[str, Any]:
    from journeymap.ui.gc_collector import install_collector

    app = _app()
    install_collector(app)  # the editor's garbage-collection policy, as users run it
    results: dict[str, Any] = {}
    _OpenMap(_warm_journey_path(ctx), app).close(app)
    opened: list[_OpenMap] = []

    def open_map(_: Any) -> None:
        opened.append(_OpenMap(ctx.journey_path, app))

    def close_all() -> None:
        while opened:
            opened.pop().close(app)

    _guarded(results, "open_first_paint", lambda: _timed(ctx, open_map, close_all))
    close_all()
    try:
        current = _OpenMap(ctx.journey_path, app)
    except Exception as exc:
        for name in ("edit_update", "pan_frame", "zoom_frame"):
            results[name] = failure(exc)
        return results
    current.settle(app)
    _guarded(results, "edit_update", lambda: _edit_update(ctx, current, app))
    current.settle(app)
    _guarded(results, "pan_frame", lambda: _pan_frame(ctx, current, app))
    _guarded(results, "zoom_frame", lambda: _zoom_frame(ctx, current, app))
    return results


FRAMES_PER_REPEAT = 6
"""Frames are short and vary more: each frame figure takes this many times the
repetitions of the other figures (30 in a full run)."""


def _frame_ctx(ctx: Context) -> Context:
    repeats = ctx.repeats * FRAMES_PER_REPEAT
    return Context(ctx.journey_path, ctx.size, repeats, ctx.budget, ctx.workdir)


def _edit_update(ctx: Context, current: _OpenMap, app: Any) -> dict[str, Any]:
    from journeymap.model import UpdateItem

    steps = current.document.journey.ordered_steps()
    step = steps[min(len(steps) - 1, 2)]
    counter = [0]

    def run(_: Any) -> None:
        counter[0] += 1
        current.document.push(UpdateItem("steps", step.id, {"title": f"Renamed {counter[0]}"}))
        current.counter.wait_for_paint(app)

    return _timed(_frame_ctx(ctx), run, lambda: current.settle(app))


def _pan_frame(ctx: Context, current: _OpenMap, app: Any) -> dict[str, Any]:
    bar = current.view.horizontalScrollBar()
    if bar.maximum() <= bar.minimum():
        raise RuntimeError("the map fits the view; nothing to pan")
    direction = [1]

    def run(_: Any) -> None:
        if not bar.minimum() < bar.value() + direction[0] * 120 < bar.maximum():
            direction[0] = -direction[0]
        bar.setValue(bar.value() + direction[0] * 120)
        current.counter.wait_for_paint(app)

    return _timed(_frame_ctx(ctx), run)


def _zoom_frame(ctx: Context, current: _OpenMap, app: Any) -> dict[str, Any]:
    view = current.view
    flip = [False]

    def run(_: Any) -> None:
        flip[0] = not flip[0]
        (view.zoom_in if flip[0] else view.zoom_out)()
        current.counter.wait_for_paint(app)

    return _timed(_frame_ctx(ctx), run)


def _window_group(ctx: Context) -> dict[str, Any]:
    from benchmarks.editor_cases import window_group

    return window_group(ctx)


def _cli_group(ctx: Context) -> dict[str, Any]:
    from benchmarks.process_cases import cli_group

    return cli_group(ctx)


def _mermaid_group(ctx: Context) -> dict[str, Any]:
    from benchmarks.process_cases import mermaid_group

    return mermaid_group(ctx)


def _flows_group(ctx: Context) -> dict[str, Any]:
    from benchmarks.process_cases import flows_group

    return flows_group(ctx)


GROUPS: dict[str, Callable[[Context], dict[str, Any]]] = {
    "model": model_group,
    "paint_floor": paint_floor_group,
    "gui": gui_group,
    "window": _window_group,
    "versions": versions_group,
    **{f"export_{fmt}": _export_group(fmt) for fmt in EXPORT_FORMATS},
    "cli": _cli_group,
    "scale": scale_group,
    "mermaid": _mermaid_group,
    "flows": _flows_group,
}


def run_group(name: str, ctx: Context) -> dict[str, Any]:
    """Run one group, making sure a failure in it is reported, not raised."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("MPLBACKEND", "Agg")
    try:
        return GROUPS[name](ctx)
    except Exception as exc:
        return {"_group": failure(exc)}


def scratch_folder() -> Path:
    return Path(tempfile.mkdtemp(prefix="journeymap-bench-"))
