"""The editor's garbage collection runs on the GUI thread, never on a worker."""

from __future__ import annotations

import gc
import threading

from journeymap.ui.gc_collector import GuiThreadCollector, collector_of


class Cycle:
    def __init__(self):
        self.me = self


def test_automatic_collection_is_off_while_the_collector_lives_and_back_after(qapp):
    gc.enable()
    collector = GuiThreadCollector(qapp)
    try:
        assert not gc.isenabled()
    finally:
        collector.uninstall()
    assert gc.isenabled()


def test_cycles_made_on_a_worker_are_freed_by_the_gui_thread_timer(qapp):
    """Independent of timing: the timer is far off, and its tick is delivered by
    hand once the worker has finished, on the GUI thread as Qt would."""
    collector = GuiThreadCollector(qapp, interval_ms=3_600_000)
    collected_on: list[str] = []

    def note(phase, _info):
        if phase == "start":
            collected_on.append(threading.current_thread().name)

    gc.callbacks.append(note)
    try:

        def churn():
            for _ in range(20 * gc.get_threshold()[0]):
                Cycle()

        worker = threading.Thread(target=churn, name="worker")
        worker.start()
        worker.join()
        assert collected_on == []  # the worker made garbage but never collected
        assert collector.timer.isActive()  # the tick below is the one Qt would deliver
        collector.timer.timeout.emit()
        assert collected_on and set(collected_on) == {threading.main_thread().name}
    finally:
        gc.callbacks.remove(note)
        collector.uninstall()


def test_check_collects_the_oldest_generation_that_is_due(qapp):
    collector = GuiThreadCollector(qapp, interval_ms=60_000)
    try:
        collector.thresholds = (10**9, 10**9, 10**9)
        assert collector.check() == -1
        collector.thresholds = (0, 10**9, 10**9)
        garbage = [Cycle() for _ in range(5)]
        del garbage
        assert collector.check() == 0
    finally:
        collector.uninstall()


def test_full_collections_wait_their_interval(qapp, monkeypatch):
    from journeymap.ui import gc_collector

    collector = GuiThreadCollector(qapp, interval_ms=60_000)
    try:
        collector.thresholds = (10**9, 10**9, -1)  # a full collection is always "due"
        monkeypatch.setattr(gc_collector, "FULL_INTERVAL_S", 3600.0)
        assert collector.check() == -1  # not yet: the last one was at start
        monkeypatch.setattr(gc_collector, "FULL_INTERVAL_S", 0.0)
        assert collector.check() == 2
    finally:
        collector.uninstall()


def test_a_loaded_journey_is_frozen_out_of_the_full_collections(qapp):
    collector = GuiThreadCollector(qapp, interval_ms=3_600_000)
    try:
        kept = [Cycle() for _ in range(100)]  # a journey's long-lived objects
        collector.freeze_soon()
        assert collector.check() == 2
        assert gc.get_freeze_count() >= len(kept)
        assert not collector.freeze_due
        gc.collect()  # a full collection leaves the frozen objects alone
        assert gc.get_freeze_count() >= len(kept)
    finally:
        collector.uninstall()
    assert gc.get_freeze_count() == 0  # uninstalling gives everything back


def test_closing_a_journey_makes_its_cycles_collectable_once(qapp):
    import weakref

    collector = GuiThreadCollector(qapp, interval_ms=3_600_000)
    try:
        old = Cycle()
        gone = weakref.ref(old)
        collector.freeze_soon()
        collector.check()
        del old  # the journey closes; its cycle is frozen, so no collection finds it
        gc.collect()
        assert gone() is not None
        collector.journey_closed()
        assert collector.check() == 2  # thawed, collected in full, frozen again
        assert gone() is None
        assert gc.get_freeze_count() > 0
    finally:
        collector.uninstall()


def test_nothing_is_collected_while_an_analysis_runs(qapp):
    collector = GuiThreadCollector(qapp, interval_ms=3_600_000)
    try:
        collector.thresholds = (0, 10**9, 10**9)  # a young collection is always due
        collector.pause()
        assert collector.check() == -1
        resumed = threading.Thread(target=collector.resume)  # the worker resumes it
        resumed.start()
        resumed.join()
        assert collector.check() == 0
    finally:
        collector.uninstall()


def test_what_the_map_made_in_slices_is_frozen_once_it_has_caught_up(qapp, qtbot):
    """A big relayout or new highlights end with ``caught_up``: the arrows'
    routes and the rest they made live until the next such work, so the map
    area asks for them to be frozen at the collector's next tick."""
    from journeymap.ui.document.editor_document import EditorDocument
    from journeymap.ui.document.live_analysis import LiveAnalysis
    from journeymap.ui.document.selection import Selection
    from journeymap.ui.map.area import MapArea
    from tests.ui.map_fixtures import small_journey

    collector = collector_of(qapp)  # the editor's, installed for every UI test
    assert collector is not None
    document = EditorDocument(small_journey())
    area = MapArea(document, Selection(), LiveAnalysis(document, background=False))
    qtbot.addWidget(area)
    collector.check()  # the freeze asked for by opening the journey
    assert not collector.freeze_due
    area.scene.caught_up.emit()
    assert collector.freeze_due
    kept = [Cycle() for _ in range(50)]  # made by the slices
    before = gc.get_freeze_count()
    assert collector.check() == 2
    assert gc.get_freeze_count() >= before + len(kept)
