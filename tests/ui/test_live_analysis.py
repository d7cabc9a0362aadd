"""The live analysis on its worker: the window's thread gets the interpreter
back quickly while it runs, the map's marks come made and compared, and a
result that arrives after the window closed is dropped."""

from __future__ import annotations

import sys
import threading

import pytest

from journeymap.model import UpdateItem
from journeymap.ui import event_gate
from journeymap.ui.document import live_analysis
from tests.ui.map_fixtures import make_map


def _blocking_analysis(monkeypatch):
    """The worker's analysis waits for ``release``; ``started`` is set once it runs."""
    started, release = threading.Event(), threading.Event()
    real = live_analysis._analysed

    def analyse(journey, persona_id=None):
        started.set()
        release.wait(10)
        return real(journey, persona_id)

    monkeypatch.setattr(live_analysis, "_analysed", analyse)
    return started, release


def test_the_switch_interval_is_short_only_while_an_analysis_runs(qtbot, monkeypatch):
    # A worker an earlier test left running keeps it short until it ends.
    qtbot.waitUntil(lambda: event_gate._runs["count"] == 0, timeout=30000)
    before = sys.getswitchinterval()
    assert before > event_gate.SWITCH_INTERVAL_S
    setup = make_map(qtbot, background=True)
    started, release = _blocking_analysis(monkeypatch)
    setup.live.schedule()
    qtbot.waitUntil(started.is_set, timeout=10000)
    # The interpreter keeps it in whole microseconds.
    assert sys.getswitchinterval() == pytest.approx(event_gate.SWITCH_INTERVAL_S, abs=1e-6)
    with qtbot.waitSignal(setup.live.updated, timeout=10000):
        release.set()
    assert sys.getswitchinterval() == before


def test_the_map_applies_the_marks_the_worker_made_and_compared(qtbot):
    setup = make_map(qtbot, background=True)
    with qtbot.waitSignal(setup.live.updated, timeout=10000):
        setup.live.schedule()
    first = setup.live.marks
    assert first is not None and setup.scene.marks is first
    with qtbot.waitSignal(setup.live.updated, timeout=10000):
        setup.document.push(UpdateItem("steps", "s1", {"volume": 400}))
    assert setup.live.marks_base is first  # compared on the worker with what is shown
    assert setup.live.marks_changes is not None and "s1" in setup.live.marks_changes
    assert setup.scene.marks is setup.live.marks
    assert setup.scene.marks.inflow.get("s1") != first.inflow.get("s1")


def test_a_result_after_the_window_closed_is_dropped(qtbot, monkeypatch):
    setup = make_map(qtbot, background=True)
    before = sys.getswitchinterval()
    started, release = _blocking_analysis(monkeypatch)
    setup.live.schedule()
    qtbot.waitUntil(started.is_set, timeout=10000)
    setup.live.stop()
    emitted = []
    setup.live.updated.connect(lambda: emitted.append(True))
    release.set()
    qtbot.waitUntil(lambda: not setup.live.pending, timeout=10000)
    assert emitted == [] and setup.live.analysis is None
    assert sys.getswitchinterval() == before


def test_a_failed_analysis_is_said_in_the_insights_dock(qtbot, monkeypatch):
    from journeymap.ui.docks.insights import InsightsTree

    def broken(*_args, **_kwargs):
        raise ValueError("a transition share of 7 is no share")

    monkeypatch.setattr("journeymap.analysis.report.analyse", broken)
    setup = make_map(qtbot, background=True)
    tree = InsightsTree(setup.document, setup.selection, setup.live)
    qtbot.addWidget(tree)
    with qtbot.waitSignal(setup.live.updated, timeout=10000):
        setup.live.schedule()
    assert setup.live.analysis is None
    assert setup.live.failure == "a transition share of 7 is no share"
    qtbot.waitUntil(lambda: not setup.live.landing, timeout=5000)  # the dock's own turn
    first = tree.topLevelItem(0)
    assert first.text(0).startswith("The analysis failed")
    assert first.child(0).text(0) == "a transition share of 7 is no share"
    monkeypatch.undo()
    with qtbot.waitSignal(setup.live.updated, timeout=10000):
        setup.document.push(UpdateItem("steps", "s1", {"volume": 400}))
    assert setup.live.analysis is not None and setup.live.failure is None


def test_the_worker_runs_behind_a_gate_that_the_window_leaves_open_when_done(qtbot, monkeypatch):
    from journeymap.analysis import pace

    setup = make_map(qtbot, background=True)
    seen = {}
    real = live_analysis._analysed

    def analyse(journey, persona_id=None):
        seen["gate"] = pace._gates.get(threading.get_ident())
        seen["thread"] = threading.get_ident()
        return real(journey, persona_id)

    monkeypatch.setattr(live_analysis, "_analysed", analyse)
    with qtbot.waitSignal(setup.live.updated, timeout=20000):
        setup.live.schedule()
    gate = seen["gate"]
    assert isinstance(gate, pace.Gate)
    assert gate.is_open  # opened for good once the result was taken
    assert seen["thread"] not in pace._gates  # the worker left it
    assert seen["thread"] != threading.get_ident()


def test_the_event_loop_shuts_the_gate_while_awake_and_opens_it_before_it_waits(qtbot):
    from PySide6.QtCore import QAbstractEventDispatcher

    setup = make_map(qtbot)
    dispatcher = QAbstractEventDispatcher.instance()
    gate = setup.live._gates.begin()
    try:
        dispatcher.awake.emit()
        assert not gate.is_open  # the window handles its events: the worker waits
        dispatcher.aboutToBlock.emit()
        assert gate.is_open  # the window waits for events: the worker runs
        dispatcher.awake.emit()
        assert not gate.is_open
    finally:
        setup.live._gates.end()
    assert gate.is_open  # left open for good
    dispatcher.awake.emit()
    assert gate.is_open  # and no longer switched by the event loop


def test_the_result_a_new_one_replaces_is_freed_after_the_turn_that_shows_it(qtbot):
    import weakref

    setup = make_map(qtbot, background=True)
    with qtbot.waitSignal(setup.live.updated, timeout=20000):
        setup.live.schedule()
    old_flow = weakref.ref(setup.live.analysis.flow)
    freed_at_once = []
    setup.live.updated.connect(lambda: freed_at_once.append(old_flow() is None))
    with qtbot.waitSignal(setup.live.updated, timeout=20000):
        setup.document.push(UpdateItem("steps", "s1", {"volume": 400}))
    assert freed_at_once == [False]  # not in the turn that shows the new result
    qtbot.waitUntil(lambda: old_flow() is None, timeout=5000)  # but soon after


def test_slices_of_the_window_pause_only_while_a_worker_runs_behind_a_gate():
    from journeymap.analysis import pace

    assert pace.pause_ms() == 0  # no worker: the map's catch-up runs back to back
    entered, leave = threading.Event(), threading.Event()

    def worker() -> None:
        gate = pace.Gate()
        gate.enter()
        entered.set()
        leave.wait(10)
        gate.leave()

    thread = threading.Thread(target=worker)
    thread.start()
    try:
        assert entered.wait(10)
        assert pace.pause_ms() == pace.PAUSE_MS > 0  # the window idles between its slices
    finally:
        leave.set()
        thread.join()
    assert pace.pause_ms() == 0
