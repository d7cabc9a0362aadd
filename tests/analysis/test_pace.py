"""Checkpoints of the analysis: nothing without a gate, a wait while a worker's
gate is shut, never a wait without end, and the same results either way."""

from __future__ import annotations

import sys
import threading
import time

from journeymap.analysis import pace
from journeymap.analysis.pace import Gate, checkpoint
from journeymap.analysis.report import analyse, analysis_to_dict


def _in_thread(gate: Gate, work) -> tuple[threading.Thread, threading.Event]:
    done = threading.Event()

    def run() -> None:
        gate.enter()
        try:
            work()
        finally:
            gate.leave()
            done.set()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, done


def test_a_thread_without_a_gate_never_waits():
    gate = Gate()
    gate.shut()  # shut, but this thread has not entered it
    started = time.perf_counter()
    for _ in range(1000):
        checkpoint()
    assert time.perf_counter() - started < pace.MAX_WAIT_S
    assert gate.waits == 0


def test_a_worker_waits_at_its_checkpoint_while_the_gate_is_shut(monkeypatch):
    monkeypatch.setattr(pace, "MAX_WAIT_S", 10.0)
    gate = Gate()
    gate.shut()
    reached, passed = threading.Event(), threading.Event()

    def work() -> None:
        reached.set()
        checkpoint()
        passed.set()

    thread, _done = _in_thread(gate, work)
    assert reached.wait(5)
    assert not passed.wait(0.2)  # held at the checkpoint
    gate.open()
    assert passed.wait(5)
    thread.join(5)
    assert gate.waits == 1 and gate.waited_s >= 0.2


def test_a_gate_that_stays_shut_only_slows_a_worker_down(monkeypatch):
    monkeypatch.setattr(pace, "MAX_WAIT_S", 0.02)
    monkeypatch.setattr(pace, "FORCED_RUN_S", 10.0)
    gate = Gate()
    gate.shut()

    def work() -> None:
        for _ in range(100):
            checkpoint()

    _thread, done = _in_thread(gate, work)
    assert done.wait(5)
    # One wait timed out; then the worker ran without looking for FORCED_RUN_S.
    assert gate.waits == 1


def test_the_analysis_is_the_same_when_its_worker_waits(monkeypatch):
    monkeypatch.setattr(pace, "MAX_WAIT_S", 0.001)
    monkeypatch.setattr(pace, "FORCED_RUN_S", 0.0)
    from benchmarks.synthetic import synthetic_journey

    journey = synthetic_journey(300, 3)  # loops long enough to pass many checkpoints
    expected = analysis_to_dict(analyse(journey), journey)
    gate = Gate()
    gate.shut()
    got = {}
    _thread, done = _in_thread(gate, lambda: got.update(result=analyse(journey)))
    assert done.wait(30)
    assert gate.waits > 0
    assert analysis_to_dict(got["result"], journey) == expected


def test_paced_passes_every_item_and_waits_like_a_checkpoint(monkeypatch):
    monkeypatch.setattr(pace, "MAX_WAIT_S", 10.0)
    gate = Gate()
    gate.shut()
    seen: list[int] = []
    first, rest = threading.Event(), threading.Event()

    def work() -> None:
        first.set()
        for item in pace.paced(range(10), every=4):
            seen.append(item)
        rest.set()

    thread, _done = _in_thread(gate, work)
    assert first.wait(5)
    assert not rest.wait(0.2)  # held before the first item
    assert seen == []
    gate.open()
    assert rest.wait(5)
    thread.join(5)
    assert seen == list(range(10))
    assert gate.waits == 1  # opened: the later checkpoints pass at once
    # Without a gate, the items as they are.
    assert list(pace.paced(iter("abc"))) == ["a", "b", "c"]


def _longest_stretch(journey) -> int:
    """The most lines of Python the analysis and the map's marks run between
    two checkpoints (a measure of work that does not depend on the machine)."""
    from journeymap.canvas.marks import marks_from_analysis

    gate = Gate()
    since, longest = [0], [0]

    def passed() -> None:
        longest[0] = max(longest[0], since[0])
        since[0] = 0

    gate.pass_through = passed  # type: ignore[method-assign]

    def trace(frame, event, arg):
        if event == "line":
            since[0] += 1
        return trace

    gate.enter()
    sys.settrace(trace)
    try:
        marks_from_analysis(analyse(journey))
    finally:
        sys.settrace(None)
        gate.leave()
    return max(longest[0], since[0])


def test_no_stretch_between_checkpoints_grows_with_the_journey():
    """A window waiting for the interpreter waits for the longest stretch the
    worker runs without a checkpoint: that must not grow with the map."""
    from benchmarks.synthetic import synthetic_journey

    small = _longest_stretch(synthetic_journey(250, 3))
    large = _longest_stretch(synthetic_journey(2000, 3))
    assert small > 0
    # Eight times the steps; a loop without checkpoints would make it ~8x longer.
    assert large < 1.6 * small, (small, large)
