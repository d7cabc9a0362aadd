"""Sub-journeys: the drop-off at a linked step comes from the sub-journey's conversion."""

from __future__ import annotations

import pytest

from journeymap.analysis.flow import compute_flow
from journeymap.library.links import conversion, follow_links, link_path, relative_link
from tests.library.helpers import funnel, write


def test_linked_step_drops_what_the_sub_journey_loses(tmp_path):
    write(tmp_path, "pay/card.journey.json", funnel("Card payment", completed=250))
    main = write(tmp_path, "order.journey.json", funnel(link="pay/card.journey.json"))
    journey = funnel(link="pay/card.journey.json")
    before = compute_flow(journey).steps["mid"]
    assert before.dropped is None  # nothing says how many go on
    followed, linked = follow_links(journey, main)
    assert [(x.step_id, x.applied) for x in linked] == [("mid", True)]
    assert linked[0].conversion == pytest.approx(0.25)
    after = compute_flow(followed).steps["mid"]
    assert after.drop_off_rate == pytest.approx(0.75)
    assert after.dropped == pytest.approx(750)
    assert journey == funnel(link="pay/card.journey.json")  # the original is untouched


def test_links_are_followed_to_any_depth(tmp_path):
    write(tmp_path, "c.journey.json", funnel("Leaf", completed=500))
    write(tmp_path, "b.journey.json", funnel("Middle", link="c.journey.json"))
    main = write(tmp_path, "a.journey.json", funnel("Top", link="b.journey.json"))
    _, linked = follow_links(funnel(link="b.journey.json"), main)
    assert linked[0].conversion == pytest.approx(0.5)


def test_a_measured_volume_out_of_the_step_wins(tmp_path):
    write(tmp_path, "sub.journey.json", funnel(completed=100))
    main = tmp_path / "main.journey.json"
    journey = funnel(link="sub.journey.json")
    journey.transitions[1] = journey.transitions[1].model_copy(update={"volume": 900})
    followed, linked = follow_links(journey, main)
    assert not linked[0].applied and "measured volume" in linked[0].reason
    assert compute_flow(followed).steps["mid"].dropped == pytest.approx(100)


@pytest.mark.parametrize("content", [None, "broken", "loop"])
def test_missing_broken_or_looping_links_give_a_reason_not_an_error(tmp_path, content):
    main = write(tmp_path, "main.journey.json", funnel(link="sub.journey.json"))
    if content == "broken":
        (tmp_path / "sub.journey.json").write_text("{", "utf-8")
    elif content == "loop":
        write(tmp_path, "sub.journey.json", funnel(link="main.journey.json"))
    followed, linked = follow_links(funnel(link="sub.journey.json"), main)
    # A loop: the sub-journey's own link back is not followed, so its conversion is unknown.
    assert linked[0].conversion is None and not linked[0].applied
    assert linked[0].reason
    assert followed == funnel(link="sub.journey.json")


def test_paths_and_conversion_helpers(tmp_path):
    assert link_path(tmp_path / "a.journey.json", "x/y.journey") == tmp_path / "x" / "y.journey"
    assert relative_link(tmp_path / "a" / "m.journey", tmp_path / "b" / "n.journey") == (
        "../b/n.journey"
    )
    assert conversion(compute_flow(funnel(completed=300))) == pytest.approx(0.3)
