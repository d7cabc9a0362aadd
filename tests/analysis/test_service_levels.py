"""Service levels: a step's own or its channel's, the mix per stage, reactive hand-offs."""

from __future__ import annotations

from journeymap.analysis.report import analyse, analysis_to_dict
from journeymap.analysis.service_levels import find_service_levels
from journeymap.model import Channel, ServiceLevel
from tests.analysis.analysis_cases import make_journey

CHANNELS = [
    Channel(id="email", name="Email", kind="email", service_level="reactive"),
    Channel(id="phone", name="Phone", kind="phone", service_level="reactive"),
    Channel(id="sms", name="SMS", kind="messaging", service_level="proactive"),
]


def _journey():
    # The customer writes (A), waits (W, same channel), then calls (C); or gets a text (T).
    return make_journey(
        [("A", "start"), ("W", "touchpoint"), ("C", "touchpoint"), ("T", "touchpoint")],
        [
            ("A", "W", {"share": 1.0}),
            ("W", "C", {"share": 0.6}),
            ("W", "T", {"share": 0.3}),
        ],
        volumes={"A": 100},
        channels=CHANNELS,
        step_extra={
            "A": {"channel_id": "email"},
            "W": {"channel_id": "email"},
            "C": {"channel_id": "phone"},
            "T": {"channel_id": "phone", "service_level": "proactive"},
        },
    )


def test_a_step_takes_its_channels_level_unless_it_has_its_own():
    report = analyse(_journey()).service_levels
    assert report is not None
    assert report.levels == {
        "A": ServiceLevel.REACTIVE,
        "W": ServiceLevel.REACTIVE,
        "C": ServiceLevel.REACTIVE,
        "T": ServiceLevel.PROACTIVE,
    }


def test_the_mix_per_stage_names_the_most_common_level():
    report = find_service_levels(_journey(), [])
    (mix,) = report.stages
    assert mix.counts == ((ServiceLevel.REACTIVE, 3), (ServiceLevel.PROACTIVE, 1))
    assert mix.unset == 0
    assert mix.phrase is not None
    assert mix.phrase.text() == '3 of 4 touchpoints in "All" are reactive'


def test_a_wait_then_a_call_is_a_reactive_hand_off():
    report = analyse(_journey()).service_levels
    assert report is not None
    (hand_off,) = report.reactive_hand_offs  # W → T goes to a proactive touchpoint
    assert (hand_off.source_id, hand_off.target_id, hand_off.volume) == ("W", "C", 60)
    assert hand_off.phrase.text() == (
        '"Step W" is reactive: customers then switch to "Step C"; '
        "a proactive contact could save the switch"
    )


def test_steps_without_levels_are_counted_as_unset():
    journey = make_journey("AB")
    (mix,) = find_service_levels(journey, []).stages
    assert (mix.touchpoints, mix.counts, mix.unset, mix.phrase) == (2, (), 2, None)


def test_analyze_json_carries_levels():
    journey = _journey()
    data = analysis_to_dict(analyse(journey), journey)["service_levels"]
    assert data["steps"]["T"] == "proactive"
    assert data["stages"][0]["levels"] == {"reactive": 3, "proactive": 1}
    assert [h["transition_id"] for h in data["reactive_hand_offs"]] == ["WC"]
