"""The insights dock shows a new analysis result in turns of its own after the
one the result arrives in, and never a mix of two results."""

from __future__ import annotations

from journeymap.model import RemoveItems
from journeymap.model.fileformat import load_journey
from journeymap.ui.docks.insights import InsightsTree
from tests.ui.conftest import BROADBAND_EXAMPLE
from tests.ui.map_fixtures import make_map


def _texts(tree: InsightsTree) -> list[tuple[str, list[str]]]:
    """Every group's title and its rows' texts, as shown."""
    groups = []
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        groups.append((group.text(0), [group.child(k).text(0) for k in range(group.childCount())]))
    return groups


def _dock(qtbot):
    setup = make_map(qtbot, load_journey(BROADBAND_EXAMPLE), background=True)
    tree = InsightsTree(setup.document, setup.selection, setup.live)
    qtbot.addWidget(tree)
    with qtbot.waitSignal(setup.live.updated, timeout=10000):
        setup.live.schedule()
    qtbot.waitUntil(lambda: not setup.live.landing, timeout=5000)
    return setup, tree


def test_the_dock_shows_a_result_in_its_own_turns_after_the_result_arrives(qtbot):
    setup, tree = _dock(qtbot)
    first = _texts(tree)
    assert first[0][0].startswith("Pain points")
    worst = setup.live.analysis.pain_points[0].step_id
    seen: list[list[tuple[str, list[str]]]] = []
    setup.live.updated.connect(lambda: seen.append(_texts(tree)))
    with qtbot.waitSignal(setup.live.updated, timeout=10000):
        setup.document.push(RemoveItems("steps", [worst]))
    assert seen == [first]  # in the turn the result arrives, the dock still shows the last one
    assert setup.live.landing
    qtbot.waitUntil(lambda: not setup.live.landing, timeout=5000)
    second = _texts(tree)
    assert second != first
    assert all(worst not in str(row) for row in second[0][1])
    fresh = InsightsTree(setup.document, setup.selection, setup.live)
    qtbot.addWidget(fresh)
    assert _texts(fresh) == second  # exactly what a dock made from scratch shows


def test_a_newer_result_restarts_the_dock_which_never_shows_a_mix(qtbot):
    setup, tree = _dock(qtbot)
    first = _texts(tree)
    live = setup.live
    shown: list[list[tuple[str, list[str]]]] = []
    timer_steps = live._land_step

    def step() -> None:  # what the dock shows after each of its turns
        timer_steps()
        shown.append(_texts(tree))

    live._land_timer.timeout.disconnect(timer_steps)
    live._land_timer.timeout.connect(step)
    worst = live.analysis.pain_points[0].step_id
    with qtbot.waitSignal(live.updated, timeout=10000):
        setup.document.push(RemoveItems("steps", [worst]))
    live._land_timer.stop()
    for _ in range(3):  # some of the second result's groups are worked out ...
        step()
    live._land_timer.stop()
    assert live.landing
    assert shown and all(texts == first for texts in shown)  # ... and none is shown yet
    second_worst = live.analysis.pain_points[0].step_id
    with qtbot.waitSignal(live.updated, timeout=10000):  # a third result arrives meanwhile
        setup.document.push(RemoveItems("steps", [second_worst]))
    qtbot.waitUntil(lambda: not live.landing, timeout=5000)
    fresh = InsightsTree(setup.document, setup.selection, setup.live)
    qtbot.addWidget(fresh)
    third = _texts(fresh)
    assert third != first
    assert _texts(tree) == third
    # Every state the dock passed through is one whole result: the first or the third.
    assert all(texts in (first, third) for texts in shown)
