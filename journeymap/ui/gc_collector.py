"""Python's cyclic garbage collection, run on the GUI thread only.

The editor analyses the journey on a worker thread (:mod:`live_analysis`). Left
automatic, the cyclic collector runs in whichever thread happens to allocate
when a threshold is crossed, so the worker could free a cycle that holds Qt
wrappers (a scene item, a widget's Python half) while the GUI thread is using
them, and Qt objects must die on the thread that owns them. Bulk work also
switches the collector off and on (:func:`journeymap.model.gcpause.gc_paused`);
two threads doing that could leave it in either state.

So the editor switches automatic collection off for the life of the
application and collects from a timer on the GUI thread, generation by
generation, when the allocation counts pass the usual thresholds: the same
policy as CPython's, in the one thread where it is safe.

A full collection scans every object of the open journeys (a million for
2,000 steps: 0.3–0.6 s; 1–2 s for 10,000), though a journey's items, once
loaded and drawn, live until it is closed. So once a journey has been opened
(:meth:`GuiThreadCollector.freeze_soon`) everything then alive is moved out
of the collector's sight with :func:`gc.freeze`, and the once-a-minute full
collection only scans what was made since. While an analysis runs nothing is
collected (:meth:`~GuiThreadCollector.pause`); the same freeze is done when its
result arrives (200,000 objects for 2,000 steps, which would otherwise be
scanned by young and full collections until the next one replaces it), and
when the map has caught up with work it did in slices (the arrows' routes of
a big relayout: a full collection scanning the 24,000 objects left unfrozen
at 10,000 steps took 7–20 ms, scattered as they are among the frozen ones;
``MapArea``).
Neither loading nor an analysis leaves cyclic garbage (measured: none), so
nothing is frozen that a collection would have freed; frozen objects are still
freed as soon as nothing refers to them. When a journey is closed or replaced
(:meth:`~GuiThreadCollector.journey_closed`) its objects must become
collectable again: at the next tick everything is thawed, collected once in
full, and frozen again. That one collection is the price of closing a journey,
instead of paying it every minute.
"""

from __future__ import annotations

import gc
import threading
import time

from PySide6.QtCore import QObject, QTimer

__all__ = ["GuiThreadCollector", "collector_of", "install_collector"]

INTERVAL_MS = 500
"""How often the counts are checked (a collection of young objects takes well
under a millisecond)."""

FULL_INTERVAL_S = 60.0
"""The least time between two full collections."""


class GuiThreadCollector(QObject):
    """Owns the garbage-collection policy while it lives; see the module text."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.was_enabled = gc.isenabled()
        self.last_full = time.monotonic()
        self.freeze_due = False
        """Freeze what is alive at the next tick (see :meth:`freeze_soon`)."""
        self.thaw_due = False
        """A journey was closed: thaw, collect in full and freeze again at the next tick."""
        self.paused = 0
        """How many analyses are under way: nothing is collected meanwhile."""
        self._lock = threading.Lock()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def freeze_soon(self) -> None:
        """Long-lived objects were just made (a journey loaded and drawn, an
        analysis arrived): freeze what is alive at the next tick."""
        self.freeze_due = True

    def pause(self) -> None:
        """An analysis started: its worker makes some 200,000 objects for
        2,000 steps, all alive until its result arrives, and collecting young
        generations would only scan them again and again on the window's
        thread (tens of milliseconds each time)."""
        with self._lock:
            self.paused += 1

    def resume(self) -> None:
        """An analysis ended (its result is then frozen, see :meth:`freeze_soon`);
        called by the analysis worker itself."""
        with self._lock:
            self.paused = max(0, self.paused - 1)

    def journey_closed(self) -> None:
        """A journey went away: make its objects collectable at the next tick."""
        self.thaw_due = True

    def uninstall(self) -> None:
        """Give automatic collection back (as it was before) and go away."""
        self.timer.stop()
        gc.unfreeze()
        if self.was_enabled:
            gc.enable()
        self.setParent(None)
        self.deleteLater()

    def check(self) -> int:
        """Collect the oldest generation whose count passed its threshold;
        returns that generation, or -1 when nothing was due.

        A full collection scans every object of the open journeys (a
        2,000-step journey makes about a million), so, like CPython, which
        also holds it back until enough new objects have survived, it runs
        at most once every :data:`FULL_INTERVAL_S` seconds, and only over
        what is not frozen (see the module text). A pending thaw or freeze is
        done first and counts as a full collection.
        """
        if self.paused:
            return -1
        now = time.monotonic()
        if self.thaw_due or self.freeze_due:
            thaw, self.thaw_due, self.freeze_due = self.thaw_due, False, False
            if thaw:
                gc.unfreeze()
                gc.collect()
            gc.freeze()
            self.last_full = now
            return 2
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] <= self.thresholds[generation]:
                continue
            if generation == 2 and now - self.last_full < FULL_INTERVAL_S:
                continue
            gc.collect(generation)
            if generation == 2:
                self.last_full = now
            return generation
        return -1


def install_collector(app: QObject) -> GuiThreadCollector:
    """Give ``app`` (the ``QApplication``) its collector, once."""
    existing = collector_of(app)
    return existing if existing is not None else GuiThreadCollector(app)


def collector_of(app: QObject | None) -> GuiThreadCollector | None:
    """``app``'s collector, or ``None`` when it has none (tests, scripts)."""
    if app is None:
        return None
    return app.findChild(GuiThreadCollector)
