"""Comparing two versions of a journey: steps matched by id, deltas, unrelated journeys."""

from __future__ import annotations

import pytest

from journeymap.analysis.compare import (
    compare_journeys,
    comparison_to_dict,
    format_comparison,
)
from journeymap.analysis.report import UnknownPersonaError
from journeymap.model import Journey, Stage, Step, UpdateItem
from tests.analysis.compare_cases import as_is, to_be


def test_a_journey_compared_with_itself_lists_no_change():
    c = compare_journeys(as_is(), as_is())
    assert c.unchanged and (c.removed, c.added, c.changed) == ((), (), ())
    assert c.conversion_before == c.conversion_after
    assert (c.pain_resolved, c.pain_new) == ((), ())
    assert "No change" in format_comparison(c)


def test_removed_added_and_changed_steps():
    c = compare_journeys(as_is(), to_be())
    assert c.removed == ("no-answer",)
    assert c.added == ("answer",)
    # the chat's rating changed; email and the chat gained transitions; "call"
    # lost the one from the removed step; the restart's two transitions carry
    # other volumes (both ends of each changed)
    assert set(c.changed) == {
        "email",
        "open-chat",
        "call",
        "restart",
        "restart-fixed",
        "help-pages",
        "works-again",  # the new answer leads there
    }
    chat = next(s for s in c.steps if s.step_id == "open-chat")
    assert "ratings" in chat.what and "transitions" in chat.what
    assert chat.after.emotion > chat.before.emotion


def test_step_order_keeps_a_removed_step_where_it_was():
    c = compare_journeys(as_is(), to_be())
    order = [s.step_id for s in c.steps]
    assert order.index("email") < order.index("no-answer") < order.index("open-chat")
    assert order.index("email") < order.index("answer")


def test_pain_points_resolved_and_new():
    c = compare_journeys(as_is(), to_be())
    resolved = {step for step, _ in c.pain_resolved}
    assert "no-answer" in resolved
    assert ("open-chat", "p-remote-worker") in c.pain_resolved
    assert all(step != "no-answer" for step, _ in c.pain_new)
    assert c.total_after.pain < c.total_before.pain


def test_a_changed_flow_view_position_is_not_a_change():
    before = as_is()
    after = as_is()
    UpdateItem("steps", "email", {"position": {"x": 10, "y": 20}}).apply(after)
    assert compare_journeys(before, after).unchanged


def test_unrelated_journeys_say_so_instead_of_listing_every_step():
    one = Journey(
        stages=[Stage(id="s", name="S")],
        steps=[Step(id=f"a{i}", title="A", stage_id="s") for i in range(6)],
    )
    other = Journey(
        stages=[Stage(id="s", name="S")],
        steps=[Step(id=f"b{i}", title="B", stage_id="s") for i in range(6)],
    )
    c = compare_journeys(one, other)
    assert not c.related and c.steps == () and c.added == ()
    assert "look unrelated" in format_comparison(c)
    data = comparison_to_dict(c)
    assert data["related"] is False and data["steps"]["added"] == []


def test_json_has_the_keys_the_issue_names():
    data = comparison_to_dict(compare_journeys(as_is(), to_be()))
    assert data["steps"]["removed"] == ["no-answer"] and data["steps"]["added"] == ["answer"]
    assert set(data["conversion"]) == {"before", "after"}
    assert set(data["pain_points"]) == {"resolved", "new"}
    assert data["conversion"]["before"] == pytest.approx(0.325, abs=1e-3)


def test_persona_limits_ratings_and_pain():
    c = compare_journeys(as_is(), to_be(), persona_id="p-retiree")
    assert all(p == "p-retiree" for _, p in c.pain_resolved + c.pain_new)
    chat = next(s for s in c.steps if s.step_id == "open-chat")
    assert chat.before.emotion == chat.after.emotion == -1.0
    with pytest.raises(UnknownPersonaError):
        compare_journeys(as_is(), to_be(), persona_id="nobody")
