"""Designed vs observed after an event-log import: observed-only transitions
drawn dotted with a tag, untaken ones faded, the share in the insights."""

from __future__ import annotations

import os

from journeymap.canvas.arrow_item import TransitionItem
from journeymap.model import UpdateItem
from journeymap.model.fileformat import load_journey
from tests.ui.conftest import examples_folder
from tests.ui.map_fixtures import make_map

EVIDENCE_EXAMPLE = examples_folder() / "evidence" / "electricity-contract.journey.json"


def _arrows(scene) -> dict[str, TransitionItem]:
    return {i.transition_id: i for i in scene.items() if isinstance(i, TransitionItem)}


def _group(tree, title: str) -> list[str]:
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        if group.text(0).startswith(title + " ("):
            return [group.child(k).text(0) for k in range(group.childCount())]
    raise AssertionError(f"no group {title!r}")


def test_observed_transitions_are_drawn_apart_and_untaken_ones_faded(qtbot):
    setup = make_map(qtbot, load_journey(EVIDENCE_EXAMPLE))
    arrows = _arrows(setup.scene)
    observed = arrows["t-s-prices-s-details"]
    assert observed.observed and not observed.untaken
    assert observed.label == "observed · 69"
    designed = arrows["t-offer-call"]
    assert not designed.observed and not designed.untaken
    setup.document.push(UpdateItem("transitions", "t-offer-call", {"volume": 0}))
    assert arrows["t-offer-call"].untaken
    assert arrows["t-offer-call"]._colour().alphaF() < 0.5


def test_insights_state_the_designed_share(window, qtbot):
    assert window.files.open_path(EVIDENCE_EXAMPLE)
    with qtbot.waitSignal(window.live.updated, timeout=5000):
        window.live.schedule()
    qtbot.waitUntil(lambda: not window.live.landing, timeout=5000)  # the dock's own turns
    rows = _group(window.insights.tree, "Designed vs observed")
    assert rows[0] == "The design explains 97.9 % of the observed moves (3,816 of 3,899)"
    assert "Compare prices → Fill in details: 69, not designed" in rows


def test_a_journey_without_observed_transitions_has_no_such_group(example):
    tree = example.insights.tree
    titles = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert not any(t.startswith("Designed vs observed") for t in titles)


def test_finnish_insights_and_tag(finnish, make_window, qtbot):
    window = make_window()
    assert window.files.open_path(EVIDENCE_EXAMPLE)
    with qtbot.waitSignal(window.live.updated, timeout=5000):
        window.live.schedule()
    qtbot.waitUntil(lambda: not window.live.landing, timeout=5000)  # the dock's own turns
    rows = _group(window.insights.tree, "Suunniteltu ja havaittu")
    assert rows[0] == "Suunnitelma selittää 97,9 % havaituista siirtymistä (3\xa0816/3\xa0899)"
    assert any(row.endswith(": 69, ei suunniteltu") for row in rows)
    arrows = _arrows(window.map_area.scene)
    assert arrows["t-s-prices-s-details"].label == "havaittu · 69"
    if os.environ.get("JOURNEYMAP_SHOTS"):
        window.insights.resize(700, 700)
        window.insights.grab().save(os.environ["JOURNEYMAP_SHOTS"] + "/insights_observed_fi.png")
