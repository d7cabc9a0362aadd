"""Timing helpers shared by the benchmark workers: medians of repeated runs."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from typing import Any

__all__ = ["NotAvailable", "failure", "measure"]


SETUP_ALLOWANCE = 4
MAX_REPEATS = 50
SHORT_FIGURE_SHARE = 8
"""A figure keeps repeating (past ``repeats``, up to ``MAX_REPEATS``) until its
timed work reaches ``budget / SHORT_FIGURE_SHARE``: a median of a few
milliseconds needs many samples to be steady on a shared machine."""


class NotAvailable(Exception):
    """The code a figure measures does not exist (yet) in this tree."""


def measure(
    run: Callable[[Any], Any],
    *,
    repeats: int,
    budget: float,
    setup: Callable[[], Any] | None = None,
) -> dict[str, Any]:
    """Time ``run(setup())`` at least ``repeats`` times and return the median.

    Parameters
    ----------
    run
        The code to time; it receives what ``setup`` returned (or ``None``).
    repeats
        The repetitions to make; a short figure makes more (see
        ``SHORT_FIGURE_SHARE``), a long one fewer (see ``budget``).
    budget
        Timed seconds after which no new repetition starts (at least one always
        runs), so a slow figure on a big journey does not hold up the whole run;
        with the untimed set-up, a figure may take ``SETUP_ALLOWANCE`` times that.
    setup
        Untimed preparation before every repetition.

    Returns
    -------
    dict
        ``value`` (median wall-clock seconds), ``min``, ``cpu`` (median CPU
        seconds of this process, all threads: on a busy machine it shows how
        much of the wall time was waiting) and ``repeats`` (how many ran).
    """
    samples: list[float] = []
    cpu: list[float] = []
    started = time.perf_counter()
    enough = budget / SHORT_FIGURE_SHARE
    for attempt in range(MAX_REPEATS):
        if attempt >= max(1, repeats) and sum(samples) >= enough:
            break
        arg = setup() if setup is not None else None
        gc.collect()
        t0, c0 = time.perf_counter(), time.process_time()
        run(arg)
        samples.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
        spent = time.perf_counter() - started
        if sum(samples) > budget or spent > budget * SETUP_ALLOWANCE:
            break
    return {
        "value": statistics.median(samples),
        "min": min(samples),
        "cpu": statistics.median(cpu),
        "repeats": len(samples),
    }


def failure(exc: BaseException) -> dict[str, Any]:
    """The result of a figure that could not be measured, with the reason."""
    if isinstance(exc, NotAvailable | ImportError):
        return {"value": None, "status": "n/a (not available)", "detail": str(exc)}
    return {"value": None, "status": "n/a (error)", "detail": f"{type(exc).__name__}: {exc}"}
