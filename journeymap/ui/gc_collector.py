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
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer

__all__ = ["GuiThreadCollector", "install_collector"]

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
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def uninstall(self) -> None:
        """Give automatic collection back (as it was before) and go away."""
        self.timer.stop()
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
        at most once every :data:`FULL_INTERVAL_S` seconds.
        """
        counts = gc.get_count()
        now = time.monotonic()
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
    existing = app.findChild(GuiThreadCollector)
    return existing if existing is not None else GuiThreadCollector(app)
