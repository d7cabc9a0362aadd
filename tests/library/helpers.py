"""Small journeys for the library tests."""

from __future__ import annotations

from pathlib import Path

from journeymap.model import (
    Channel,
    Journey,
    Opportunity,
    Persona,
    Rating,
    Stage,
    Step,
    Transition,
    save_journey,
)


def funnel(
    title: str = "Order",
    *,
    entered: int = 1000,
    completed: int = 600,
    link: str = "",
    persona_name: str = "Anna",
) -> Journey:
    """start → middle (optionally linked) → done, with ``completed`` of
    ``entered`` customers reaching the end."""
    return Journey(
        title=title,
        personas=[Persona(id="anna", name=persona_name, role="buyer")],
        stages=[Stage(id="s", name="All")],
        channels=[Channel(id="web", name="Web")],
        steps=[
            Step(id="start", title="Arrive", stage_id="s", kind="start", volume=entered),
            Step(id="mid", title="Pay online", stage_id="s", journey_link=link, channel_id="web"),
            Step(id="end", title="Done", stage_id="s", kind="success"),
        ],
        transitions=[
            Transition(id="t1", source="start", target="mid", volume=entered),
            Transition(id="t2", source="mid", target="end")
            if link
            else Transition(id="t2", source="mid", target="end", volume=completed),
        ],
        ratings=[Rating(step_id="mid", persona_id="anna", ease=1, emotion=-2, note="Card refused")],
        opportunities=[Opportunity(id="o", title="Save the card", step_ids=("mid",), impact=4)],
    )


def write(folder: Path, name: str, journey: Journey) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    save_journey(journey, path)
    return path
