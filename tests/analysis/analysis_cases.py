"""Small hand-made journeys for the analysis tests."""

from __future__ import annotations

from journeymap.model import Channel, Journey, Persona, Rating, Stage, Step, Transition

HAND_SHARES = {
    ("S", "A"): 0.7,
    ("A", "B"): 8 / 15,
    ("A", "C"): 4 / 15,
    ("C", "A"): 0.25,
    ("C", "B"): 0.5,
    ("B", "E"): 0.9,
}
HAND_VOLUMES = {
    ("S", "A"): 700,
    ("A", "B"): 400,
    ("A", "C"): 200,
    ("C", "A"): 50,
    ("C", "B"): 100,
    ("B", "E"): 450,
}


def make_journey(
    steps: list[tuple[str, str]] | str,
    transitions: list[tuple[str, str, dict]] = (),
    *,
    volumes: dict[str, int] | None = None,
    personas: tuple[str, ...] = (),
    ratings: list[Rating] = (),
    channels: list[Channel] = (),
    step_extra: dict[str, dict] | None = None,
) -> Journey:
    """A journey in one stage. ``steps`` is ``[(id, kind), ...]`` or a string of
    one-letter touchpoint ids; transitions are ``(source, target, fields)``."""
    if isinstance(steps, str):
        steps = [(s, "touchpoint") for s in steps]
    volumes = volumes or {}
    step_extra = step_extra or {}
    return Journey(
        title="Test journey",
        personas=[Persona(id=p, name=p.upper()) for p in personas],
        stages=[Stage(id="st", name="All")],
        channels=list(channels),
        steps=[
            Step(
                id=sid,
                title=f"Step {sid}",
                stage_id="st",
                kind=kind,
                volume=volumes.get(sid),
                **step_extra.get(sid, {}),
            )
            for sid, kind in steps
        ],
        transitions=[
            Transition(id=f"{a}{b}", source=a, target=b, **fields) for a, b, fields in transitions
        ],
        ratings=list(ratings),
    )


def hand_journey(form: str, **kwargs) -> Journey:
    """The case of issue 2, with its transitions as ``"shares"`` or ``"volumes"``."""
    data = HAND_SHARES if form == "shares" else HAND_VOLUMES
    key = "share" if form == "shares" else "volume"
    return make_journey(
        [
            ("S", "start"),
            ("A", "touchpoint"),
            ("C", "touchpoint"),
            ("B", "touchpoint"),
            ("E", "success"),
        ],
        [(a, b, {key: value}) for (a, b), value in data.items()],
        volumes={"S": 1000},
        **kwargs,
    )
