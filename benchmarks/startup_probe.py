"""A process that starts, shows its first window, prints ``painted`` and quits.

``python benchmarks/startup_probe.py bare`` shows an empty ``QMainWindow`` with
nothing but PySide6: the start-up floor. ``python benchmarks/startup_probe.py
app FILE`` starts journeymap's editor on FILE through its command line
(``journeymap.cli.main``) and reports its first painted window (the editor's
start is staged: that is the window with its menus and toolbar).
``python benchmarks/startup_probe.py journey FILE`` starts it the same way and
reports the first paint of a map view showing the journey's items instead.
The parent measures the time from launch to the ``painted`` line.
``python benchmarks/startup_probe.py analysis FILE`` goes on from there until
the first analysis's result has landed in the window (the analysis's imports
of NumPy and SciPy included, which the first run makes on the window's thread)
and prints ``stall`` and the longest time, in milliseconds, that its event loop
did not turn meanwhile (a timer's ticks, :data:`TICK_MS` apart, watched for gaps).

The probe waits for the first paint of a window by filtering the events of
the shown windows (and, for ``journey``, of the map views' viewports, which
it starts watching when their window is asked to update) once its event loop
starts (``QApplication.exec`` is wrapped), so the editor needs no benchmark
hook of its own. In ``app`` mode
the probe imports nothing before journeymap does: the order of imports is
the editor's own (it matters: PySide6 inspects every module imported after
it).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PAINTED = "painted"
STALL = "stall"
NOT_AVAILABLE = 3
TICK_MS = 2
ANALYSIS_TIMEOUT_S = 60.0
WATCH_ALL = "JOURNEYMAP_PROBE_WATCH_ALL"
"""Set (to anything) to watch every object's events, as the probe did before
issue 14: a Python event filter on the application sees every object of
every event, and PySide6 builds the Python types (and their enums) of
whatever Qt classes pass, ≈ 165 enums more for the editor's window than for
the bare one, which no user of the editor pays."""


def _watch_first_paint(journey: bool = False, then: Callable[[], None] | None = None) -> None:
    """Make ``QApplication.exec`` report the first painted window (with
    ``journey``, the first painted map view with items in its scene) and quit,
    or call ``then`` instead."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QGraphicsView, QWidget

    def shows_journey(widget: QWidget) -> bool:
        view = widget.parent()
        if not isinstance(view, QGraphicsView) or widget is not view.viewport():
            return False
        scene = view.scene()
        return scene is not None and bool(scene.items())

    def report_and_quit() -> None:
        sys.stdout.write(PAINTED + "\n")
        sys.stdout.flush()
        # The process's own CPU time until then, for a loaded machine's figures.
        sys.stderr.write(f"cpu {time.process_time():.4f}\n")
        sys.stderr.flush()
        os._exit(0)

    class FirstPaint(QObject):
        seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if journey and event.type() == QEvent.Type.UpdateRequest:
                # A window about to paint what changed in it: watch its map views
                # now, before their paint events of this very update.
                for view in watched.findChildren(QGraphicsView):
                    watch(view.viewport())
            if (
                not self.seen
                and event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and watched.window().isVisible()
                and (not journey or shows_journey(watched))
            ):
                self.seen = True
                # After this paint and the ones of the same update have finished:
                # a posted event comes before any timer, so work a timer had
                # due meanwhile (the analysis's first import, say) is not counted.
                QCoreApplication.postEvent(self, QEvent(QEvent.Type.User))
            return False

        def event(self, event: QEvent) -> bool:
            if event.type() == QEvent.Type.User:
                (then or report_and_quit)()
            return super().event(event)

    watcher = FirstPaint()
    original_exec = QApplication.exec

    def watch(widget: QWidget) -> None:
        if not widget.property("probe_watched"):
            widget.setProperty("probe_watched", True)
            widget.installEventFilter(watcher)

    def watch_windows() -> None:
        for window in QApplication.topLevelWidgets():
            if window.isVisible():
                watch(window)

    poll = QTimer()  # for a window shown later
    poll.setInterval(5)
    poll.timeout.connect(watch_windows)

    def exec_watching(*_args):
        if os.environ.get(WATCH_ALL):
            QCoreApplication.instance().installEventFilter(watcher)
        else:
            watch_windows()
            poll.start()
        return original_exec()  # static in PySide6: app.exec() or QApplication.exec()

    QApplication.exec = exec_watching
    QApplication._bench_watcher = (watcher, poll)


def _watch_stalls_until_analysed() -> None:
    """From now until the shown window's first analysis has landed, time the
    gaps between the ticks of a precise timer; print the longest and quit."""
    from PySide6.QtCore import QObject, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    def window_live():
        for window in QApplication.topLevelWidgets():
            live = getattr(window, "live", None)
            if live is not None and window.isVisible():
                return live
        return None

    class Stalls(QObject):
        def __init__(self) -> None:
            super().__init__(QApplication.instance())
            self.started = self.last = time.perf_counter()
            self.longest = 0.0
            self.timer = QTimer(self, interval=TICK_MS, timerType=Qt.TimerType.PreciseTimer)
            self.timer.timeout.connect(self.tick)
            self.timer.start()

        def tick(self) -> None:
            now = time.perf_counter()
            self.longest = max(self.longest, now - self.last)
            self.last = now
            live = window_live()
            landed = (
                live is not None
                and live.analysis is not None
                and not live.pending
                and not live.landing
            )
            if landed or now - self.started > ANALYSIS_TIMEOUT_S:
                if not landed:
                    sys.stderr.write("the first analysis never landed\n")
                    os._exit(1)
                sys.stdout.write(f"{STALL} {self.longest * 1000:.1f}\n")
                sys.stdout.flush()
                os._exit(0)

    QApplication.instance()._bench_stalls = Stalls()


def bare() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    _watch_first_paint()
    return app.exec()


def journeymap_app(path: str, mode: str = "app") -> int:
    from journeymap.cli import main

    try:
        import journeymap.ui.app  # noqa: F401 - what main() imports first for "open"
    except ImportError as exc:
        sys.stderr.write(f"not available: {exc}\n")
        return NOT_AVAILABLE
    analysed = _watch_stalls_until_analysed if mode == "analysis" else None
    _watch_first_paint(mode != "app", then=analysed)
    return main(["open", path])


if __name__ == "__main__":
    mode = sys.argv[1] if len(sys.argv) > 1 else "bare"
    sys.exit(bare() if mode == "bare" else journeymap_app(sys.argv[2], mode))
