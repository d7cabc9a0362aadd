"""Pausing Python's cyclic garbage collector around bulk work.

Parsing, validating, analysing or generating a journey of thousands of steps
makes hundreds of thousands of small objects, none of them garbage. With the
collector on, each burst of allocations makes it rescan all of them, again and
again: about a third of the load time of a 10,000-step journey, half of a
100,000-step one, and far more in the analysis. Reference counting still frees
everything that is not in a cycle, and the work makes no cycles.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["gc_paused"]


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Switch the collector off for the ``with`` block, and back on afterwards
    (even after an error) only if it was on: the editor keeps it off for good
    and collects on its GUI thread (:mod:`journeymap.ui.gc_collector`)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
