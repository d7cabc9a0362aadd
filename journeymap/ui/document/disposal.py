"""Letting go of a big result in slices, so that freeing it never freezes the window.

When a new analysis arrives, the one it replaces (and the map's marks of two
results ago) lose their last reference. Freeing them is one cascade of
deallocations in C that holds the interpreter: at 10,000 steps 35–60 ms for an
analysis and 45–70 ms for its marks, in the turn of the event loop that shows
the new result. Instead, :class:`SlicedDisposal` takes them and takes them
apart over later turns, at most :data:`SLICE_S` at a time: the big dicts and
lists a result is made of are emptied a chunk at a time, so each slice frees a
few hundred items.

Only what nothing else refers to is taken apart (checked with
:func:`sys.getrefcount`): a part that a view still holds is left whole, and is
freed when that view lets go of it, as it would have been anyway.
"""

from __future__ import annotations

import dataclasses
import sys
import time
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QObject, QTimer

__all__ = ["SlicedDisposal", "dismantling"]

SLICE_S = 0.003
"""The longest slice of freeing."""
PAUSE_MS = 12
"""Between two slices. Not zero: the event loop then waits for events between
them, and a running analysis's worker, which runs while the window waits
(:mod:`journeymap.analysis.pace`), is not kept from its work."""
CHUNK = 256
"""Items freed between two looks at the clock."""
BIG = 64
"""A container longer than this is emptied in chunks; shorter ones are freed whole."""

_OWNED = 2
"""The references of an object that only the dismantling holds: its local name
and :func:`sys.getrefcount`'s own argument."""


def _long(value: Any) -> bool:
    """A container long enough to be emptied in chunks."""
    return isinstance(value, (dict, list, tuple, set, frozenset)) and len(value) > BIG


def _parts(value: Any) -> bool:
    """Worth taking apart: a long container, or an object made of fields (a
    part of a result, such as its flow report; the many small items inside a
    long container are freed whole, each with its own few fields)."""
    return _long(value) or (dataclasses.is_dataclass(value) and not isinstance(value, type))


def dismantling(objects: list[Any]) -> Iterator[None]:
    """Take ``objects`` apart (the list is emptied at once: from then on the
    dismantling holds them), yielding after every :data:`CHUNK` items freed."""
    stack: list[Any] = list(objects)
    objects.clear()
    count = 0
    while stack:
        node = stack.pop()
        if sys.getrefcount(node) > _OWNED:
            continue  # someone else holds it: it is theirs to free
        if isinstance(node, dict):
            while node:
                value = node.popitem()[1]
                if _long(value):
                    stack.append(value)
                del value
                count += 1
                if count % CHUNK == 0:
                    yield
        elif isinstance(node, list):
            while node:
                value = node.pop()
                if _long(value):
                    stack.append(value)
                del value
                count += 1
                if count % CHUNK == 0:
                    yield
        else:
            # Immutable. A long one's items go into a list of ours, emptied a
            # chunk at a time as above: looking at every item of a tuple of
            # 130,000 measurements in one step held the window 150 ms. A short
            # one keeps its parts (they outlive it on the stack), then goes.
            if _long(node):
                stack.append(list(node))
            elif isinstance(node, (tuple, set, frozenset)):
                stack.extend(v for v in node if _parts(v))
            elif dataclasses.is_dataclass(node):
                for f in dataclasses.fields(node):
                    value = getattr(node, f.name, None)
                    if _parts(value):
                        stack.append(value)
                    del value
            count += 1
        del node
        if count % CHUNK == 0:
            yield


class SlicedDisposal(QObject):
    """Frees what it is given over later turns of the event loop."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._work: list[Iterator[None]] = []
        self._timer = QTimer(self)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self._next_slice)

    @property
    def pending(self) -> bool:
        return bool(self._work)

    def dispose(self, *objects: Any) -> None:
        """Let go of ``objects`` (``None`` is skipped) in slices from the next turn."""
        held = [o for o in objects if o is not None]
        if not held:
            return
        self._work.append(dismantling(held))
        del held, objects
        if not self._timer.isActive():
            self._timer.start()

    def finish(self) -> None:
        """Free everything still waiting, now."""
        self._timer.stop()
        while self._work:
            for _ in self._work.pop(0):
                pass

    def _next_slice(self) -> None:
        end = time.perf_counter() + SLICE_S
        while self._work:
            for _ in self._work[0]:
                if time.perf_counter() >= end:
                    return
            self._work.pop(0)
        self._timer.stop()
