"""What a user of the editor feels: the real window opening a journey,
structural edits, the highlights arriving, and frames while the analysis runs
or a full garbage collection happens.

The editor is driven through stable, public things only: ``MainWindow`` and
its ``files.open_path``, the document's edit commands (``EditorDocument.push``
and its undo stack), the map view's scroll bars and zoom, and the live
analysis's ``updated`` signal. How "the highlights have arrived" is recognised
lives in one function, :func:`wait_for_highlights`.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.timing import NotAvailable, failure, measure

__all__ = ["wait_for_highlights", "window_group"]

HIGHLIGHT_TIMEOUT = 120.0
ANALYSIS_FRAME_RUNS = 3
"""Edits whose background analysis the frames are measured during (per repeat)."""
PAN_STEP = 120
FRAME_PERIOD = 1 / 60
"""One frame per display refresh while frames are measured during an analysis."""


def _app() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def wait_for_highlights(
    live: Any, counter: Any, app: Any, scene: Any = None, timeout: float = HIGHLIGHT_TIMEOUT
) -> None:
    """Process events until the live analysis has delivered its result for the
    latest edit (its ``updated`` signal, with nothing pending after it), the map
    ``scene`` has applied its marks (they land in slices) and the map has painted
    once more after that.

    The one place that knows how highlights arrive: adapt it here if the live
    analysis changes how it reports.
    """
    from PySide6.QtCore import QEventLoop, QTimer

    arrived = [False]

    def on_updated() -> None:
        if not live.pending:
            arrived[0] = True
            loop.quit()

    loop = QEventLoop()
    live.updated.connect(on_updated)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(int(timeout * 1000))
    try:
        if not arrived[0]:
            loop.exec()
    finally:
        live.updated.disconnect(on_updated)
        timer.stop()
    if not arrived[0]:
        raise RuntimeError(f"no highlights within {timeout:g} s")
    wait_for_map(scene, app, timeout)
    counter.wait_for_paint(app)


def wait_for_map(scene: Any, app: Any, timeout: float = HIGHLIGHT_TIMEOUT) -> None:
    """Process events until ``scene`` has applied everything it does in slices
    (new marks, the columns and arrows of a big relayout: ``catching_up``)."""
    deadline = time.monotonic() + timeout
    while getattr(scene, "catching_up", False) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.001)


class _Window:
    """A ``MainWindow`` (docks, outline, insights) with a journey opened in it."""

    def __init__(self, path: Path, app: Any, size: tuple[int, int]):
        try:
            from journeymap.ui.main_window import MainWindow
            from journeymap.ui.map.view import MapView
        except ImportError as exc:
            raise NotAvailable(str(exc)) from None
        from benchmarks.qt_frames import PaintCounter

        self.window = MainWindow()
        self.window.resize(*size)
        self.window.show()
        if not self.window.files.open_path(path, ask_first=False):
            raise RuntimeError(f"the window did not open {path.name}")
        self.view = self.window.findChild(MapView)
        if self.view is None:
            raise NotAvailable("the window has no map view")
        self.counter = PaintCounter(self.view.viewport())
        self.counter.wait_for_paint(app)
        self.scene = self.view.scene()
        self.document = self.window.document
        self.live = self.window.live

    def settle(self, app: Any) -> None:
        """Let the background analysis finish and its marks be painted (untimed)."""
        deadline = time.monotonic() + HIGHLIGHT_TIMEOUT
        while self.live.pending and time.monotonic() < deadline:
            app.processEvents()
            self.live.wait()
            time.sleep(0.005)  # the analysis starts from a short coalescing timer
        wait_for_map(self.scene, app)
        for _ in range(5):
            app.processEvents()

    def close(self, app: Any) -> None:
        self.live.stop()
        self.live.wait()
        self.document.undo_stack.setClean()  # nothing to ask about on closing
        self.window.close()
        self.window.deleteLater()
        app.processEvents()


def window_group(ctx: Any) -> dict[str, Any]:
    """The real window: open, structural edits, highlights, frames under load."""
    from benchmarks.cases import (
        VIEW_HEIGHT,
        VIEW_WIDTH,
        _frame_ctx,
        _guarded,
        _timed,
        _warm_journey_path,
    )
    from journeymap.ui.gc_collector import install_collector

    app = _app()
    install_collector(app)  # the editor's garbage-collection policy, as users run it
    size = (VIEW_WIDTH + 500, VIEW_HEIGHT + 300)  # the docks take about that much
    results: dict[str, Any] = {}
    _Window(_warm_journey_path(ctx), app, size).close(app)
    opened: list[_Window] = []

    def open_window(_: Any) -> None:
        opened.append(_Window(ctx.journey_path, app, size))

    def close_all() -> None:
        while opened:
            opened.pop().close(app)

    _guarded(results, "window_open", lambda: _timed(ctx, open_window, close_all))
    close_all()
    names = ("add_step", "remove_step", "move_step", "highlights", "pan_during_analysis",
             "zoom_during_analysis", "analysis_freeze", "pan_full_gc")  # fmt: skip
    try:
        current = _Window(ctx.journey_path, app, size)
    except Exception as exc:
        for name in names:
            results[name] = failure(exc)
        return results
    current.settle(app)
    frames = _frame_ctx(ctx)
    try:
        edits = _structural_edits(current)
    except Exception as exc:
        edits = {}
        for name in ("add_step", "remove_step", "move_step"):
            results[name] = failure(exc)
    for name, (edit, setup) in edits.items():
        _guarded(results, name, lambda edit=edit, setup=setup: _timed(frames, edit, setup))
    _guarded(results, "highlights", lambda: _highlights(ctx, current, app))
    current.settle(app)
    pan_freezes: list[float] = []
    zoom_freezes: list[float] = []
    _guarded(
        results,
        "pan_during_analysis",
        lambda: _during_analysis(ctx, current, app, _pan(current), pan_freezes),
    )
    _guarded(
        results,
        "zoom_during_analysis",
        lambda: _during_analysis(ctx, current, app, _zoom(current), zoom_freezes),
    )
    _guarded(results, "analysis_freeze", lambda: _freeze(pan_freezes, zoom_freezes))
    for kind, make in (("pan", _pan), ("zoom", _zoom)):
        figure = results.get(f"{kind}_during_analysis") or {}
        if figure.get("value") is not None:
            _guarded(
                results,
                f"{kind}_paced_floor",
                lambda make=make, figure=figure: _paced_floor(current, app, make(current), figure),
            )
    current.settle(app)
    _guarded(results, "pan_full_gc", lambda: _timed(ctx, _with_full_gc(current, app)))
    current.close(app)
    return results


def _structural_edits(
    current: _Window,
) -> dict[str, tuple[Callable[[Any], None], Callable[[], None]]]:
    """Adding a step, removing one and moving one, each until the map has
    repainted: per figure the timed run and its untimed set-up.

    The steps added are the ones removed (one is added untimed when none is
    left), so the journey keeps its size; the first step of a stage near the
    start moves to the end of its stage and back."""
    from journeymap.model import AddItem, MoveStep, RemoveItems, Step

    app = _app()
    document = current.document
    steps = document.journey.ordered_steps()
    stage_id = steps[min(len(steps) - 1, 2)].stage_id
    stage_steps = [s for s in steps if s.stage_id == stage_id]
    if len(stage_steps) < 2:
        raise NotAvailable("the stage has a single step; nothing to move")
    anchor, second = stage_steps[0], stage_steps[1]
    added: list[str] = []
    counter = [0]

    def settle() -> None:
        current.settle(app)

    def add(_: Any) -> None:
        counter[0] += 1
        step = Step(id=f"bench-added-{counter[0]}", title=f"Added {counter[0]}", stage_id=stage_id)
        index = document.journey.position("steps", anchor.id)
        document.push(AddItem("steps", step, index))
        added.append(step.id)
        current.counter.wait_for_paint(app)

    def before_remove() -> None:
        if not added:
            add(None)
        settle()

    def remove(_: Any) -> None:
        document.push(RemoveItems("steps", [added.pop()]))
        current.counter.wait_for_paint(app)

    at_end = [False]

    def move(_: Any) -> None:
        at_end[0] = not at_end[0]
        document.push(MoveStep(anchor.id, stage_id, None if at_end[0] else second.id))
        current.counter.wait_for_paint(app)

    return {
        "add_step": (add, settle),
        "remove_step": (remove, before_remove),
        "move_step": (move, settle),
    }


def _highlights(ctx: Any, current: _Window, app: Any) -> dict[str, Any]:
    """From an edit pushed until its analysis's highlights are on the screen."""
    from journeymap.model import UpdateItem

    steps = current.document.journey.ordered_steps()
    step = steps[min(len(steps) - 1, 4)]
    counter = [0]

    def run(_: Any) -> None:
        counter[0] += 1
        current.document.push(UpdateItem("steps", step.id, {"owner": f"Team {counter[0]}"}))
        wait_for_highlights(current.live, current.counter, app, current.scene)

    return measure(run, repeats=ctx.repeats, budget=ctx.budget, setup=lambda: current.settle(app))


def _pan(current: _Window) -> Callable[[], None]:
    bar = current.view.horizontalScrollBar()
    direction = [1]

    def frame() -> None:
        if bar.maximum() <= bar.minimum():
            raise RuntimeError("the map fits the view; nothing to pan")
        if not bar.minimum() < bar.value() + direction[0] * PAN_STEP < bar.maximum():
            direction[0] = -direction[0]
        bar.setValue(bar.value() + direction[0] * PAN_STEP)
        current.counter.wait_for_paint(_app())

    return frame


def _zoom(current: _Window) -> Callable[[], None]:
    flip = [False]

    def frame() -> None:
        flip[0] = not flip[0]
        (current.view.zoom_in if flip[0] else current.view.zoom_out)()
        current.counter.wait_for_paint(_app())

    return frame


def _idle_until(app: Any, when: float) -> float:
    """Let the window idle in a real event loop (it blocks when nothing is due,
    as between a user's frames) until ``when``; returns how late it got back
    (what ran meanwhile held it up: a result arriving, a slice of work)."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    loop = QEventLoop()
    timer = QTimer(loop, singleShot=True, timerType=Qt.TimerType.PreciseTimer)
    timer.timeout.connect(loop.quit)
    timer.start(max(0, round((when - time.perf_counter()) * 1000)))
    loop.exec()
    return max(0.0, time.perf_counter() - when)


def _during_analysis(
    ctx: Any, current: _Window, app: Any, frame: Callable[[], None], freezes: list[float]
) -> dict[str, Any]:
    """Frames drawn while the background analysis of a just-pushed edit runs
    and its result is applied (until the map has caught up), one per display
    refresh (:data:`FRAME_PERIOD`) with the window idle in between, as a user
    panning or zooming makes them. The value is the median over the edits of
    the longest frame of each (what the user sees stutter); ``cpu`` is the
    window thread's own CPU time in that frame (``time.thread_time``: the rest
    of its wall time is waiting, for the interpreter or a core). The longest
    time the window did not answer in each run (a frame, or a late return to
    the idle loop) is appended to ``freezes``."""
    from journeymap.model import UpdateItem

    steps = current.document.journey.ordered_steps()
    step = steps[min(len(steps) - 1, 3)]
    longest: list[float] = []
    cpu: list[float] = []
    medians: list[tuple[float, float]] = []
    drawn = 0
    runs = max(ANALYSIS_FRAME_RUNS, ctx.repeats)
    started = time.perf_counter()
    for i in range(runs):
        if longest and time.perf_counter() - started > ctx.budget:
            break
        current.settle(app)
        current.document.push(UpdateItem("steps", step.id, {"owner": f"Owner {i}"}))
        current.counter.wait_for_paint(app)  # the edit's own repaint is not a frame here
        frames: list[tuple[float, float]] = []
        late = 0.0
        deadline = time.monotonic() + HIGHLIGHT_TIMEOUT
        tick = time.perf_counter()
        while (
            current.live.pending
            or getattr(current.live, "landing", False)  # a view's own turns for the result
            or getattr(current.scene, "catching_up", False)
        ) and time.monotonic() < deadline:
            t0, c0 = time.perf_counter(), time.thread_time()
            frame()
            frames.append((time.perf_counter() - t0, time.thread_time() - c0))
            tick = max(tick + FRAME_PERIOD, time.perf_counter())
            late = max(late, _idle_until(app, tick))
        if frames:
            worst = max(frames)
            longest.append(worst[0])
            cpu.append(worst[1])
            medians.append(
                (statistics.median(f[0] for f in frames), statistics.median(f[1] for f in frames))
            )
            freezes.append(max(worst[0], late))
            drawn += len(frames)
    if not longest:
        raise RuntimeError("the analysis finished before a frame was drawn")
    at = longest.index(statistics.median_high(longest))
    return {
        "frames_per_run": round(drawn / len(longest)),
        "value": statistics.median(longest),
        "min": min(longest),
        "cpu": statistics.median(cpu),
        "repeats": len(longest),
        "detail": (
            f"{drawn} frames during {len(longest)} analyses; the median run's longest "
            f"{longest[at] * 1e3:.1f} ms, its own CPU {cpu[at] * 1e3:.1f} ms; a typical frame "
            f"{statistics.median(m[0] for m in medians) * 1e3:.1f} ms, "
            f"CPU {statistics.median(m[1] for m in medians) * 1e3:.1f} ms"
        ),
    }


def _paced_floor(
    current: _Window, app: Any, frame: Callable[[], None], figure: dict[str, Any]
) -> dict[str, Any]:
    """The floor of a during-analysis figure: as many runs of as many frames
    (the median run's count), paced the same, with no analysis running. On a
    machine shared with other work the longest of N frames is long even
    then; the ratio tells what the analysis adds."""
    current.settle(app)
    count = max(1, figure.get("frames_per_run", 1))
    longest: list[float] = []
    for _ in range(figure["repeats"]):
        tick = time.perf_counter()
        worst = 0.0
        for _ in range(count):
            t0 = time.perf_counter()
            frame()
            worst = max(worst, time.perf_counter() - t0)
            tick = max(tick + FRAME_PERIOD, time.perf_counter())
            _idle_until(app, tick)
        longest.append(worst)
    return {"value": statistics.median(longest), "min": min(longest), "repeats": len(longest)}


def _freeze(pan: list[float], zoom: list[float]) -> dict[str, Any]:
    """The longest the window did not answer while an analysis ran and its
    result was applied, per edit the longer of its pan and its zoom run
    (median over the edits)."""
    runs = [max(p, z) for p, z in zip(pan, zoom, strict=False)] or pan or zoom
    if not runs:
        raise RuntimeError("no analysis was measured")
    return {
        "value": statistics.median(runs),
        "min": min(runs),
        "repeats": len(runs),
        "detail": f"longest of all runs {max(pan + zoom) * 1e3:.1f} ms",
    }


def _with_full_gc(current: _Window, app: Any) -> Callable[[Any], None]:
    """A pan frame in which a full collection runs, as the editor's collector
    does at most once a minute."""
    frame = _pan(current)

    def run(_: Any) -> None:
        gc.collect()
        frame()

    return run
