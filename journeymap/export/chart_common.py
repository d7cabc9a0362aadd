"""What the charts share: figures without ``pyplot``, wrapped labels, titles,
persona styles and the words every chart writes.

Figures are ``matplotlib.figure.Figure`` objects drawn by the Agg canvas (or
the SVG/PDF backends on save), never through ``pyplot``, so no global state is
touched and nothing needs a display. Every text a chart writes is a
:func:`~journeymap.export.words.word`, written in the journey's language.
"""

from __future__ import annotations

import textwrap
from typing import Any

from journeymap import palette
from journeymap.export.words import Words, word
from journeymap.model.journey import Journey

__all__ = [
    "LINESTYLES",
    "MARKERS",
    "figure",
    "persona_style",
    "say_empty",
    "step_labels",
    "title",
    "wrap_label",
]

MARKERS = ("o", "s", "^", "D", "v", "P", "X")
LINESTYLES = ("-", "--", "-.", ":", "-", "--", "-.")
LABEL_SPACE = {"x": 0.55, "y": 0.3}
"""Inches one step label needs along an axis; when steps are packed closer,
only every n-th step is named."""

EMPTY = word("Nothing to show: the journey has no steps with data for this chart")


def wrap_label(text: str, width: int = 16, lines: int = 3) -> str:
    """``text`` wrapped to ``width`` characters on at most ``lines`` lines; long
    words are split with a hyphen, and an ellipsis shows what was cut.

    >>> wrap_label("Tunnistautuminen aikakatkaistaan", 12)
    'Tunnistautu-\\nminen\\naikakatkais…'
    """
    parts: list[str] = []
    for part in text.split():
        while len(part) > width:
            parts.append(part[: width - 1] + "-")
            part = part[width - 1 :]
        parts.append(part)
    wrapped = textwrap.wrap(" ".join(parts), width, break_long_words=False) or [""]
    joined = "\n".join(wrapped).replace("- ", "-")
    out = joined.split("\n")
    if len(out) > lines:
        out = [*out[: lines - 1], out[lines - 1].rstrip("-")[: width - 1] + "…"]
    return "\n".join(out)


def figure(width: float, height: float) -> Any:
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), layout="constrained")


def step_labels(
    journey: Journey, step_ids: list[str], width: int = 16, room: float = 1e9, axis: str = "x"
) -> list[str]:
    """Wrapped step titles for an axis ``room`` inches long."""
    titles = {s.id: s.title for s in journey.steps}
    labels = [wrap_label(titles.get(sid, sid), width) for sid in step_ids]
    fits = max(1, int(room / LABEL_SPACE[axis]))
    if len(labels) > fits:
        every = -(-len(labels) // fits)
        labels = [label if i % every == 0 else "" for i, label in enumerate(labels)]
    return labels


def title(journey: Journey, what: str, persona_id: str | None, width: int = 70) -> str:
    persona = journey.find("personas", persona_id) if persona_id else None
    suffix = f" — {persona.name}" if persona else ""
    return wrap_label(f"{journey.title}: {what}{suffix}", width, 2)


def persona_style(index: int, colour: str | None = None) -> dict[str, Any]:
    """Colour, marker and line style of the ``index``-th persona shown: its colour
    as the map draws it (:func:`journeymap.palette.persona_colour`, never a
    severity hue), and a marker and dash of its own so no persona rests on colour."""
    return {
        "color": palette.persona_colour(colour, index),
        "marker": MARKERS[index % len(MARKERS)],
        "linestyle": LINESTYLES[index % len(LINESTYLES)],
    }


def say_empty(ax: Any, words: Words, text: str = EMPTY) -> None:
    """Write on ``ax`` that there is nothing to show, and hide its axes."""
    ax.set_axis_off()
    ax.text(
        0.5,
        0.5,
        wrap_label(words(text), 60, 3),
        ha="center",
        va="center",
        fontsize=12,
        color="#444444",
        transform=ax.transAxes,
    )
