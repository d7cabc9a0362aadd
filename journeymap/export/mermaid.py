"""Mermaid ``journey`` diagrams: the shared syntax and the writer.

Mermaid's user-journey diagram knows a title, sections and tasks with one score
and a list of actors, so the export keeps only that, and is lossy by nature::

    journey
        title Broadband support
        section Ask for help
            Email support: 2: Busy parent, Student

- stages become ``section``s, steps become tasks in map order;
- the score of a task is the **emotion** rating, mapped from −2..+2 to 1..5 by
  adding 3, averaged over the personas who gave the step an emotion and rounded
  to the nearest whole number (halves up); a step without any emotion rating
  scores 3 (neutral) and has no actors;
- the actors are those personas (by name).

The reader (:mod:`journeymap.export.mermaid_reader`) maps a score back to
emotion = score − 3 for each actor.

Mermaid's grammar forbids ``:``, ``#`` and ``;`` in task and section names, and
``,`` in actor names, and reads ``%%`` as the start of a comment, so the writer
swaps them for look-alike characters (:data:`SUBSTITUTES`) that the reader swaps
back; new lines become spaces. A name
that Mermaid would read as a keyword (``title …``, ``section …``, ``journey…``,
``acc…:``, ``%…``) gets a leading zero-width space.
"""

from __future__ import annotations

import math
import os
import re
from pathlib import Path

from journeymap.model.journey import Journey
from journeymap.model.scales import EMOTION

__all__ = [
    "EXPORT_NOTE",
    "SUBSTITUTES",
    "emotion_to_score",
    "from_mermaid_text",
    "mermaid_text",
    "score_to_emotion",
    "to_mermaid_text",
    "write_mermaid",
]

SUBSTITUTES = {":": "\ua789", "#": "\uff03", ";": "\uff1b", ",": "\u201a", "%": "\uff05"}
"""Characters Mermaid's grammar reserves, and the look-alikes written instead."""
EXPORT_NOTE = (
    "Mermaid keeps stages, steps, one emotion score per step and the personas who rated "
    "it; everything else is left out"
)
"""What a Mermaid export leaves out, said after every one."""
_GUARD = "\u200b"
_KEYWORD = re.compile(r"^(?:journey\b|title\s|section\s|acc(?:title|descr)\s*[:{]|%)", re.I)
_INDENT = "    "


def emotion_to_score(emotion: float) -> int:
    """Emotion −2..+2 -> Mermaid score 1..5 (halves round up).

    >>> [emotion_to_score(e) for e in (-2, -0.5, 0, 1.4, 2)]
    [1, 3, 3, 4, 5]
    """
    return int(min(5, max(1, math.floor(emotion - EMOTION.neutral + 3 + 0.5))))


def score_to_emotion(score: float) -> float:
    """Mermaid score 1..5 -> emotion −2..+2."""
    return score - 3 + EMOTION.neutral


def to_mermaid_text(text: str, reserved: str = "#:;") -> str:
    """``text`` made safe as a Mermaid name (see the module docstring); ``reserved``
    are the characters to swap: ``"#:;"`` in task and section names, ``"#:;,"`` in
    actor names, ``"#;"`` in the title."""
    text = " ".join(text.split())
    for char in reserved:
        text = text.replace(char, SUBSTITUTES[char])
    if text.startswith("%") or "%%" in text:  # Mermaid would read a comment
        text = text.replace("%", SUBSTITUTES["%"])
    if _KEYWORD.match(text):
        text = _GUARD + text
    return text


def from_mermaid_text(text: str) -> str:
    """The inverse of :func:`to_mermaid_text` (up to white space)."""
    text = text.strip().strip(_GUARD).strip()
    for char, substitute in SUBSTITUTES.items():
        text = text.replace(substitute, char)
    return text


def _actor_names(journey: Journey) -> dict[str, str]:
    seen: dict[str, int] = {}
    names = {}
    for persona in journey.personas:
        name = to_mermaid_text(persona.name, "#:;,") or persona.id
        count = seen.get(name.casefold(), 0)
        seen[name.casefold()] = count + 1
        names[persona.id] = name if count == 0 else f"{name} ({persona.id})"
    return names


def mermaid_text(journey: Journey, persona_id: str | None = None) -> str:
    """The Mermaid ``journey`` text of ``journey`` (one persona's when ``persona_id``)."""
    actors = _actor_names(journey)
    personas = [p for p in journey.personas if persona_id in (None, p.id)]
    lines = ["journey", f"{_INDENT}title {to_mermaid_text(journey.title, '#;') or 'Journey'}"]
    description = " ".join(journey.description.split()).replace("}", ")")
    if description:
        lines.append(f"{_INDENT}accDescr {{ {description} }}")
    stages = {s.id: s for s in journey.stages}
    ratings = {r.key: r for r in journey.ratings}  # one pass, no find per step and persona
    current = object()
    for step in journey.ordered_steps():
        if step.stage_id != current:
            current = step.stage_id
            stage = stages.get(step.stage_id)
            name = to_mermaid_text(stage.name if stage else step.stage_id) or "Stage"
            lines.append(f"{_INDENT}section {name}")
        rated = []
        for persona in personas:
            rating = ratings.get((step.id, persona.id))
            if rating is not None and rating.emotion is not None:
                rated.append((persona, rating.emotion))
        if rated:
            score = emotion_to_score(sum(e for _p, e in rated) / len(rated))
        else:
            score = emotion_to_score(EMOTION.neutral)
        task = to_mermaid_text(step.title) or to_mermaid_text(step.id)
        who = ", ".join(actors[p.id] for p, _e in rated)
        lines.append(f"{_INDENT * 2}{task}: {score}" + (f": {who}" if who else ""))
    return "\n".join(lines) + "\n"


def write_mermaid(
    journey: Journey, path: str | os.PathLike[str], persona_id: str | None = None
) -> None:
    """Write the Mermaid ``journey`` text of ``journey`` to ``path`` (UTF-8)."""
    Path(path).write_text(mermaid_text(journey, persona_id), encoding="utf-8", newline="\n")
