"""The journeys the benchmark measures: ``synthetic_journey(n, 5)`` saved to disk.

While :mod:`benchmarks.synthetic` is missing from the tree, a plain stand-in
generator makes a valid journey of the same size, so the model figures can
still be measured; the run reports which generator it used.
"""

from __future__ import annotations

import random
from pathlib import Path

from journeymap.model import Journey
from journeymap.model.entities import Channel, Persona, Rating, Stage, Step, Transition
from journeymap.model.fileformat import save_journey

__all__ = ["example_path", "make_journey", "write_journey", "write_stand_in"]

PERSONAS = 5
ROOT = Path(__file__).resolve().parent.parent


def make_journey(n_steps: int, n_personas: int = PERSONAS) -> tuple[Journey, str]:
    """A journey of ``n_steps`` steps and the name of the generator that made it."""
    try:
        from benchmarks.synthetic import synthetic_journey
    except ImportError:
        return _stand_in(n_steps, n_personas), "benchmarks stand-in"
    return synthetic_journey(n_steps, n_personas), "benchmarks.synthetic"


def write_journey(n_steps: int, folder: Path) -> tuple[Path, str]:
    """Save the benchmark journey of ``n_steps`` steps in ``folder``."""
    journey, generator = make_journey(n_steps)
    path = folder / f"synthetic-{n_steps}.journey.json"
    save_journey(journey, path)
    return path, generator


def write_stand_in(n_steps: int, folder: Path) -> Path:
    """Save a journey made by the stand-in generator (needs only the model)."""
    path = folder / f"stand-in-{n_steps}.journey.json"
    save_journey(_stand_in(n_steps, PERSONAS), path)
    return path


def example_path() -> Path | None:
    """The example the README opens, or any example, or ``None``."""
    preferred = ROOT / "examples" / "broadband-support.journey.json"
    if preferred.exists():
        return preferred
    found = sorted((ROOT / "examples").glob("*.journey.json"))
    return found[0] if found else None


def _stand_in(n_steps: int, n_personas: int) -> Journey:
    rng = random.Random(0)
    n_stages = max(1, min(12, n_steps // 10 or 1))
    stages = [Stage(id=f"st{i}", name=f"Stage {i + 1}") for i in range(n_stages)]
    channels = [Channel(id=f"ch{i}", name=f"Channel {i + 1}") for i in range(6)]
    personas = [Persona(id=f"p{i}", name=f"Persona {i + 1}") for i in range(n_personas)]
    steps = [
        Step(
            id=f"s{i}",
            title=f"Step {i + 1}",
            stage_id=stages[i * n_stages // n_steps].id,
            channel_id=channels[rng.randrange(6)].id,
            doing="Does something",
            feeling="Feels something",
        )
        for i in range(n_steps)
    ]
    transitions = [
        Transition(id=f"t{i}", source=f"s{i}", target=f"s{i + 1}", share=0.9)
        for i in range(n_steps - 1)
    ]
    ratings = [
        Rating(
            step_id=step.id,
            persona_id=persona.id,
            goal=rng.randint(1, 5),
            ease=rng.randint(1, 5),
            emotion=rng.randint(-2, 2),
        )
        for step in steps
        for persona in personas
        if rng.random() < 0.9
    ]
    return Journey(
        title=f"Stand-in journey of {n_steps} steps",
        personas=personas,
        stages=stages,
        channels=channels,
        steps=steps,
        transitions=transitions,
        ratings=ratings,
    )
