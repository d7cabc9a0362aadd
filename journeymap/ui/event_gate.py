"""A :class:`~journeymap.analysis.pace.Gate` run by this thread's event loop.

A worker that holds the interpreter (the live analysis, a background
autosave) makes the window wait each time a Qt call gives the interpreter up.
Behind an :class:`EventLoopGate` the worker's checkpoints wait while the
window's event loop is awake (handling input, painting) and go on while it
blocks for events; see :mod:`journeymap.analysis.pace` for the limits that
keep a busy window from stopping a worker.

While any such worker runs, the interpreter's switch interval is
:data:`SWITCH_INTERVAL_S` instead of its usual 5 ms (:func:`worker_started`,
:func:`worker_ended`): between two checkpoints the window's thread, which gives
the interpreter up around each of its Qt calls, waits at most that long to
have it back each time.
"""

from __future__ import annotations

import contextlib
import sys
import threading

from PySide6.QtCore import QAbstractEventDispatcher, QObject, Slot

from journeymap.analysis.pace import Gate

__all__ = ["SWITCH_INTERVAL_S", "EventLoopGate", "worker_ended", "worker_started"]

SWITCH_INTERVAL_S = 0.0001
"""The interpreter's switch interval while a worker runs behind a gate.

Between two of the worker's checkpoints, every Qt call of the window's thread
that gives the interpreter up costs that thread up to one interval to have it
back, and a turn of the event loop (a slice of the map's catch-up, of freeing
a result) makes hundreds of them. At 10,000 steps the window's turns came back
late by up to 49–160 ms at 0.5 ms, 12–67 ms at 0.1 ms and 85–255 ms at 2 ms.
With the window idle the analysis takes as long at any of them; behind
continuous panning it lands later, the worker being made to switch more often."""

_runs = {"count": 0, "interval": 0.0}
_runs_lock = threading.Lock()


def worker_started() -> None:
    """A worker is about to run: shorten the switch interval (see the module text)."""
    with _runs_lock:
        if _runs["count"] == 0:
            _runs["interval"] = sys.getswitchinterval()
            sys.setswitchinterval(min(SWITCH_INTERVAL_S, _runs["interval"]))
        _runs["count"] += 1


def worker_ended() -> None:
    """Called by the worker itself as it ends, so the interval comes back even
    when the window that started it is gone."""
    with _runs_lock:
        _runs["count"] -= 1
        if _runs["count"] == 0:
            sys.setswitchinterval(_runs["interval"])


class EventLoopGate(QObject):
    """Makes gates that are shut while this thread's event loop is awake and
    open while it waits for events, one run at a time.

    The dispatcher lives as long as the application; connecting it to this
    QObject's slots (rather than to a plain Python object's methods) lets Qt
    drop the connections by itself if this object goes away first, whatever
    the order in which they are freed."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.gate: Gate | None = None
        self._dispatcher: QAbstractEventDispatcher | None = None

    def begin(self) -> Gate:
        """A gate for the run about to start (the previous one is opened for good)."""
        self.end()
        gate = self.gate = Gate()
        dispatcher = QAbstractEventDispatcher.instance()
        if dispatcher is not None:
            dispatcher.awake.connect(self.shut)
            dispatcher.aboutToBlock.connect(self.open)
            self._dispatcher = dispatcher
        return gate

    def end(self) -> None:
        """Leave the run's gate open for good: the run is over, or nobody waits
        for this window any more (it is about to wait for the worker)."""
        gate, self.gate = self.gate, None
        dispatcher, self._dispatcher = self._dispatcher, None
        if gate is None:
            return
        if dispatcher is not None:
            with contextlib.suppress(RuntimeError):  # the application is gone
                dispatcher.awake.disconnect(self.shut)
                dispatcher.aboutToBlock.disconnect(self.open)
        gate.open()

    @Slot()
    def shut(self) -> None:
        if self.gate is not None:
            self.gate.shut()

    @Slot()
    def open(self) -> None:
        if self.gate is not None:
            self.gate.open()
