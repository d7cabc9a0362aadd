"""Letting another thread go first while an analysis runs in the background.

The analysis is plain Python: on a worker thread it holds the interpreter, and
a window on the main thread, which gives the interpreter up around each of its
Qt calls, waits to have it back each time (up to the switch interval, plus
the operating system waking it). A frame of a map makes hundreds of such calls.

So the analysis's long loops call :func:`checkpoint` now and then (every
:data:`EVERY` items, and between its parts), or go through :func:`paced`,
which does the same for a loop's items: every loop over steps, transitions,
ratings or pain points, so that no stretch without one lasts more than a few
milliseconds even at 10,000 steps (a window waiting for the interpreter waits
for the longest stretch). On a thread without a
:class:`Gate` (the command line, a synchronous run) it does nothing but look
up the thread. On a worker that has entered a gate (:meth:`Gate.enter`) it
waits, holding nothing, while the gate is shut (:meth:`Gate.shut`: the window
is handling its events) and goes on when it is opened again
(:meth:`Gate.open`: the window is idle). A worker never waits longer than
:data:`MAX_WAIT_S` at a time, and after such a wait it runs at least
:data:`FORCED_RUN_S` before looking again, so a window that is never idle only
slows the analysis down, never stops it. Results do not depend on the waits.
No Qt here: the window decides when to shut and open.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Iterator
from typing import TypeVar

__all__ = [
    "EVERY",
    "FORCED_RUN_S",
    "MAX_WAIT_S",
    "PAUSE_MS",
    "Gate",
    "checkpoint",
    "paced",
    "pause_ms",
]

T = TypeVar("T")

EVERY = 64
"""Items of a long loop between two checkpoints (tens to hundreds of µs of work)."""

MAX_WAIT_S = 0.02
"""The longest a worker waits at one checkpoint. With checkpoints in every
loop, a window that is never idle (a 10,000-step map panned at 60 frames a
second) would otherwise hold a worker back for most of the time: at 50 ms an
analysis of 10,000 steps took 17-21 s of such panning, at 20 ms 3-5 s."""

FORCED_RUN_S = 0.01
"""How long a worker runs without looking, after a wait that timed out."""

PAUSE_MS = 4
"""What work the window spreads over turns of its event loop (the map's
catch-up, a view showing a new result) leaves between two of its turns while
a worker runs behind a gate: time in which the window is idle and the gate
open (back to back, the event loop never blocks, and the worker waits at every
checkpoint)."""

_gates: dict[int, Gate] = {}


class Gate:
    """Open (the worker runs) or shut (it waits at its next checkpoint)."""

    def __init__(self) -> None:
        self._open = threading.Event()
        self._open.set()
        self._run_until = 0.0
        self.waits = 0
        """How many times a worker waited (for tests and measurements)."""
        self.waited_s = 0.0
        """How long the workers waited in all."""

    def shut(self) -> None:
        self._open.clear()

    def open(self) -> None:
        self._open.set()

    @property
    def is_open(self) -> bool:
        return self._open.is_set()

    def enter(self) -> None:
        """Make this thread's checkpoints obey the gate (until :meth:`leave`)."""
        _gates[threading.get_ident()] = self

    def leave(self) -> None:
        _gates.pop(threading.get_ident(), None)

    def pass_through(self) -> None:
        """Wait while shut, at most :data:`MAX_WAIT_S` (see the module text)."""
        if self._open.is_set():
            return
        now = time.perf_counter()
        if now < self._run_until:
            return
        self.waits += 1
        opened = self._open.wait(MAX_WAIT_S)
        end = time.perf_counter()
        self.waited_s += end - now
        if not opened:
            self._run_until = end + FORCED_RUN_S


def pause_ms() -> int:
    """The interval for the next of the window's slices: :data:`PAUSE_MS` while
    a worker runs behind a gate, else 0 (see :data:`PAUSE_MS`)."""
    return PAUSE_MS if _gates else 0


def checkpoint() -> None:
    """A place where the analysis may let a waiting window go first."""
    gate = _gates.get(threading.get_ident())
    if gate is not None:
        gate.pass_through()


def paced(items: Iterable[T], every: int = EVERY) -> Iterator[T]:
    """``items``, with a :func:`checkpoint` before the first and every
    ``every``-th after it. On a thread without a gate, ``items`` as they are.

    >>> list(paced(range(5), every=2))
    [0, 1, 2, 3, 4]
    """
    gate = _gates.get(threading.get_ident())
    if gate is None:
        yield from items
        return
    for k, item in enumerate(items):
        if not k % every:
            gate.pass_through()
        yield item
