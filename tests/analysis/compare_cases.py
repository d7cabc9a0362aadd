"""An as-is journey and a to-be version of it, for the comparison's tests."""

from __future__ import annotations

from pathlib import Path

from journeymap.model import (
    AddItem,
    Journey,
    RemoveItems,
    SetRating,
    Step,
    Transition,
    UpdateItem,
    UpdateJourney,
    load_journey,
)

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "broadband-support.journey.json"


def as_is() -> Journey:
    return load_journey(EXAMPLE)


def to_be() -> Journey:
    """The email answered the same day: "no-answer" removed, an "answer" step
    added after "email", the chat rated better by the remote worker, and a
    clearer restart guide: more customers fixed by restarting."""
    journey = as_is()
    for edit in (
        UpdateJourney({"title": "Broadband fault: answered the same day"}),
        RemoveItems("steps", ["no-answer"]),
        AddItem(
            "steps",
            Step(
                id="answer", title="Answer within hours", stage_id="st-ask", channel_id="ch-email"
            ),
            journey.position("steps", "email") + 1,
        ),
        AddItem(
            "transitions", Transition(id="t-answer", source="email", target="answer", volume=540)
        ),
        AddItem(
            "transitions",
            Transition(id="t-answer-chat", source="answer", target="open-chat", volume=80),
        ),
        AddItem(
            "transitions",
            Transition(id="t-answer-fixed", source="answer", target="works-again", volume=420),
        ),
        SetRating("open-chat", "p-remote-worker", {"goal": 5, "ease": 5, "emotion": 1.5}),
        UpdateItem("transitions", "t3", {"volume": 520}),
        UpdateItem("transitions", "t4", {"volume": 390}),
    ):
        edit.apply(journey)
    return journey
