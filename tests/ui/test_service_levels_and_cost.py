"""The service-level filter, badge and lanes, and the insights' time-and-cost and
service-level groups, in the editor."""

from __future__ import annotations

import os

from journeymap.model import ServiceLevel, UpdateItem
from journeymap.model.journey import Lane
from journeymap.ui.map.lanes import push_visibility


def _group(tree, title_start):
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        if group.text(0).startswith(title_start):
            return [group.child(j).text(0) for j in range(group.childCount())]
    raise AssertionError(f"no group {title_start}")


def _level(scene, step_id):
    card = scene.card(step_id)
    card.ensure()  # a card reads the model when it is next painted
    return card.level


def test_level_filter_dims_the_other_levels(example):
    scene = example.map_area.scene
    example.level_selector.set_level("proactive")
    assert scene.level_filter == "proactive"
    assert scene.card("survey").opacity() == 1.0  # its own level
    assert scene.card("email").opacity() < 0.5  # reactive, from its channel
    example.level_selector.set_level(None)
    assert scene.card("email").opacity() == 1.0


def test_a_changed_level_follows_the_filter_and_undo(example):
    scene = example.map_area.scene
    example.level_selector.set_level("proactive")
    example.document.push(UpdateItem("steps", "email", {"service_level": ServiceLevel.PROACTIVE}))
    assert scene.card("email").opacity() == 1.0
    assert _level(scene, "email") == "proactive"
    example.document.undo_stack.undo()
    assert scene.card("email").opacity() < 0.5
    assert _level(scene, "email") == "reactive"


def test_a_channels_level_reaches_its_steps_on_the_map(example):
    scene = example.map_area.scene
    example.document.push(UpdateItem("channels", "ch-email", {"service_level": None}))
    assert _level(scene, "email") == ""
    assert _level(scene, "survey") == "proactive"  # its own stays


def test_optional_lanes_show_with_one_undoable_edit(example):
    scene = example.map_area.scene
    assert scene.layout.lane(Lane.SERVICE_LEVEL) is None
    assert push_visibility(example.document, Lane.COST, True) == ""
    assert push_visibility(example.document, Lane.SERVICE_LEVEL, True) == ""
    assert scene.layout.lane(Lane.COST) is not None
    assert scene.layout.lane(Lane.SERVICE_LEVEL) is not None
    example.document.undo_stack.undo()
    assert scene.layout.lane(Lane.SERVICE_LEVEL) is None


def test_cost_marks_reach_the_map(analysed_example):
    marks = analysed_example.map_area.scene.marks
    assert marks.costs["survey"].drop_off_euros is not None
    assert marks.max_spent[1] >= marks.costs["survey"].spent_euros


def test_insights_list_time_cost_and_service_levels(analysed_example, qtbot):
    tree = analysed_example.insights.tree
    cost = _group(tree, "Time and cost")
    assert cost[0].startswith("Per customer who enters: ")
    assert "€" in cost[0] and "min" in cost[0]
    assert any("spent on 27 leavers" in row for row in cost)
    levels = _group(tree, "Service levels")
    assert '6 of 8 touchpoints in "Ask for help" are reactive' in levels
    assert any("a proactive contact could save the switch" in row for row in levels)
    if os.environ.get("JOURNEYMAP_SHOTS"):
        analysed_example.resize(1500, 900)
        analysed_example.grab().save(os.environ["JOURNEYMAP_SHOTS"] + "/window.png")


def test_finnish_insights_write_euros_minutes_and_levels_the_finnish_way(
    finnish, make_window, qtbot
):
    from tests.ui.conftest import BROADBAND_EXAMPLE

    window = make_window()
    assert window.files.open_path(BROADBAND_EXAMPLE)
    with qtbot.waitSignal(window.live.updated, timeout=5000):
        window.live.schedule()
    qtbot.waitUntil(lambda: not window.live.landing, timeout=5000)  # the dock's own turns
    tree = window.insights.tree
    cost = _group(tree, "Aika ja kustannus")
    assert cost[0].startswith("Aloittavaa asiakasta kohden: ")
    assert "," in cost[0].split(": ", 1)[1].split(" €")[0]  # a decimal comma
    levels = _group(tree, "Palvelutasot")
    assert "6/8 kosketuspisteestä vaiheessa ”Ask for help”: reaktiivinen" in levels
    assert window.level_selector.itemText(2) == "reaktiivinen"
    if os.environ.get("JOURNEYMAP_SHOTS"):
        window.insights.resize(900, 500)
        tree.scrollToItem(tree.topLevelItem(tree.topLevelItemCount() - 1))
        window.insights.grab().save(os.environ["JOURNEYMAP_SHOTS"] + "/insights_fi.png")
