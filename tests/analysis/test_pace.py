"""Checkpoints of the analysis: nothing without a gate, a wait while a worker's
gate is shut, never a wait without end, and the same results either way."""

from __future__ import annotations

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
