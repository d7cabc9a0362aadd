"""Channel switches and silo hand-offs."""

from __future__ import annotations

from journeymap.analysis.channels import find_channel_switches, step_owner
from journeymap.model import Channel
from tests.analysis.analysis_cases import make_journey

CHANNELS = [
    Channel(id="email", name="email", kind="email", owner="Support"),
    Channel(id="chat", name="chat", kind="chat", owner="ChatCo", ownership="partner"),
    Channel(id="web", name="web", kind="web", owner="Support"),
    Channel(id="forum", name="forum", kind="social", ownership="third_party"),
]


def _journey(step_channels, transitions, owners=None):
    extra = {sid: {"channel_id": ch} for sid, ch in step_channels.items()}
    for sid, owner in (owners or {}).items():
        extra.setdefault(sid, {})["owner"] = owner
    return make_journey(
        [(sid, "start" if i == 0 else "touchpoint") for i, sid in enumerate(step_channels)],
        transitions,
        volumes={next(iter(step_channels)): 100},
        channels=CHANNELS,
        step_extra=extra,
    )


def test_switch_into_a_partner_channel_is_a_hand_off():
    journey = _journey({"A": "email", "B": "chat"}, [("A", "B", {"share": 0.4})])
    (switch,) = find_channel_switches(journey)
    assert (switch.transition_id, switch.from_channel, switch.to_channel) == ("AB", "email", "chat")
    assert switch.changes_channel and switch.changes_owner
    assert (switch.from_owner, switch.to_owner) == ("Support", "ChatCo")
    assert switch.volume == 40
    assert switch.reason == (
        "email → chat (partner-run): hand-off from Support to ChatCo, "
        "the customer repeats their story"
    )


def test_switch_within_one_team_only_changes_channel():
    journey = _journey({"A": "email", "B": "web"}, [("A", "B", {})])
    (switch,) = find_channel_switches(journey)
    assert switch.changes_channel and not switch.changes_owner
    assert switch.volume is None
    assert (
        switch.reason == "email → web: the customer's history must follow them to the new channel"
    )


def test_owner_change_in_the_same_channel():
    journey = _journey(
        {"A": "email", "B": "email"},
        [("A", "B", {"volume": 10})],
        owners={"A": "Billing", "B": "Technical support"},
    )
    (switch,) = find_channel_switches(journey)
    assert not switch.changes_channel and switch.changes_owner
    assert switch.reason.startswith("same channel: hand-off from Billing to Technical support")


def test_third_party_channel():
    journey = _journey({"A": "web", "B": "forum"}, [("A", "B", {})])
    (switch,) = find_channel_switches(journey)
    assert switch.changes_owner
    assert "(third party, outside our control)" in switch.reason
    assert "another team takes over" in switch.reason


def test_no_switch_without_a_change_or_without_channels():
    journey = _journey({"A": "email", "B": "email"}, [("A", "B", {})])
    assert find_channel_switches(journey) == []
    plain = make_journey("AB", [("A", "B", {})])
    assert find_channel_switches(plain) == []


def test_busiest_switch_first():
    journey = _journey(
        {"A": "email", "B": "chat", "C": "web"},
        [("A", "B", {"share": 0.2}), ("A", "C", {"share": 0.7}), ("B", "C", {})],
    )
    assert [s.transition_id for s in find_channel_switches(journey)] == ["AC", "AB", "BC"]


def test_step_owner_falls_back_to_the_channel():
    journey = _journey({"A": "email", "B": "chat"}, [], owners={"B": "Night shift"})
    channels = {c.id: c for c in CHANNELS}
    steps = {s.id: s for s in journey.steps}
    assert step_owner(steps["A"], channels) == "Support"
    assert step_owner(steps["B"], channels) == "Night shift"


def test_hand_off_outside_a_conversation_warns_of_a_blind_spot_not_a_retold_story():
    journey = _journey(
        {"A": "web", "B": "web"},
        [("A", "B", {"volume": 10})],
        owners={"A": "Marketing", "B": "Web shop"},
    )
    (switch,) = find_channel_switches(journey)
    assert switch.reason == (
        "same channel: hand-off from Marketing to Web shop, who may not see what came before"
    )
