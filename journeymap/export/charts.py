"""Charts of a journey with matplotlib: emotion curve, drop-off funnel, ratings heatmap.

Figures are made as ``matplotlib.figure.Figure`` objects drawn by the Agg
canvas (or the SVG/PDF backends on save), never through ``pyplot``, so no global
state is touched and nothing needs a display. Colours come from
:mod:`journeymap.palette` (Okabe–Ito hues, a blue–orange diverging scale), and
meaning never rests on colour alone: persona lines have their own markers, the
heatmap writes each value in its cell, the funnel writes its numbers. Long step
names (Finnish compounds included) are wrapped and, if need be, hyphenated.
"""

from __future__ import annotations

import os
import textwrap
from typing import TYPE_CHECKING, Any

from journeymap import palette
from journeymap.analysis.phrases import format_count, format_drop
from journeymap.export.errors import ExportError
from journeymap.export.formats import CHARTS, IMAGE_FORMATS
from journeymap.model.journey import Journey
from journeymap.model.scales import SCALES

if TYPE_CHECKING:
    from journeymap.analysis.results import JourneyAnalysis

__all__ = [
    "CHART_KINDS",
    "emotion_figure",
    "funnel_figure",
    "heatmap_figure",
    "make_chart",
    "save_chart",
    "wrap_label",
]

CHART_KINDS = CHARTS
_MARKERS = ("o", "s", "^", "D", "v", "P", "X")
_LINESTYLES = ("-", "--", "-.", ":", "-", "--", "-.")
_LABEL_SPACE = {"x": 1.15, "y": 0.3}
"""Inches one step label needs along an axis; when steps are packed closer,
only every n-th step is named."""


def wrap_label(text: str, width: int = 16, lines: int = 3) -> str:
    """``text`` wrapped to ``width`` characters on at most ``lines`` lines; long
    words are split with a hyphen, and an ellipsis shows what was cut.

    >>> wrap_label("Tunnistautuminen aikakatkaistaan", 12)
    'Tunnistautu-\\nminen\\naikakatkais…'
    """
    parts: list[str] = []
    for word in text.split():
        while len(word) > width:
            parts.append(word[: width - 1] + "-")
            word = word[width - 1 :]
        parts.append(word)
    wrapped = textwrap.wrap(" ".join(parts), width, break_long_words=False) or [""]
    joined = "\n".join(wrapped).replace("- ", "-")
    out = joined.split("\n")
    if len(out) > lines:
        out = [*out[: lines - 1], out[lines - 1].rstrip("-")[: width - 1] + "…"]
    return "\n".join(out)


def _figure(width: float, height: float) -> Any:
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), layout="constrained")
    return figure


def _step_labels(
    journey: Journey, step_ids: list[str], width: int = 16, room: float = 1e9, axis: str = "x"
) -> list[str]:
    """Wrapped step titles for an axis ``room`` inches long."""
    titles = {s.id: s.title for s in journey.steps}
    labels = [wrap_label(titles.get(sid, sid), width) for sid in step_ids]
    fits = max(1, int(room / _LABEL_SPACE[axis]))
    if len(labels) > fits:
        every = -(-len(labels) // fits)
        labels = [label if i % every == 0 else "" for i, label in enumerate(labels)]
    return labels


def _title(journey: Journey, what: str, persona_id: str | None) -> str:
    persona = journey.find("personas", persona_id) if persona_id else None
    suffix = f" — {persona.name}" if persona else ""
    return wrap_label(f"{journey.title}: {what}{suffix}", 70, 2)


def emotion_figure(
    journey: Journey, analysis: JourneyAnalysis, persona_id: str | None = None
) -> Any:
    """The emotion curve of each persona along the main path."""
    path = list(analysis.summary.main_path)
    curves = analysis.summary.emotion_curves
    personas = [p for p in journey.personas if persona_id in (None, p.id) and p.id in curves]
    width = max(10.0, min(40.0, 1.1 * len(path) + 3))
    figure = _figure(width, 6.0)
    ax = figure.add_subplot()
    ax.axhspan(-2.2, 0, color=palette.BAD, alpha=0.06, lw=0)
    ax.axhspan(0, 2.2, color=palette.GOOD, alpha=0.06, lw=0)
    ax.axhline(0, color="#555555", lw=1)
    for i, persona in enumerate(personas):
        values = dict(curves[persona.id])
        ys = [values.get(sid) for sid in path]
        xs = [x for x, y in enumerate(ys) if y is not None]
        colour = palette.PERSONA_COLOURS[i % len(palette.PERSONA_COLOURS)]
        ax.plot(
            xs,
            [ys[x] for x in xs],
            marker=_MARKERS[i % len(_MARKERS)],
            linestyle=_LINESTYLES[i % len(_LINESTYLES)],
            color=colour,
            lw=2,
            ms=7 if len(path) <= 60 else 3,
            label=persona.name,
        )
    ax.set_ylim(-2.3, 2.3)
    ax.set_yticks(
        [-2, -1, 0, 1, 2], ["−2 very negative", "−1", "0 neutral", "+1", "+2 very positive"]
    )
    ax.set_xticks(range(len(path)), _step_labels(journey, path, room=width - 3), fontsize=8)
    ax.set_xlim(-0.5, max(len(path) - 0.5, 0.5))
    ax.grid(axis="y", color="#dddddd")
    ax.set_title(_title(journey, "emotion along the main path", persona_id))
    if personas:
        figure.legend(
            loc="outside lower center",
            ncols=min(len(personas), 3),
            frameon=False,
            title="Persona",
        )
    if not path:
        ax.text(
            0.5,
            0.5,
            "No main path: the journey has no connected steps",
            ha="center",
            transform=ax.transAxes,
        )
    return figure


def funnel_figure(
    journey: Journey, analysis: JourneyAnalysis, persona_id: str | None = None
) -> Any:
    """Customers reaching each step of the main path, with the drop-off written
    beside each bar."""
    path = list(analysis.summary.main_path)
    flows = [analysis.flow.steps.get(sid) for sid in path]
    inflow = [f.inflow if f and f.inflow is not None else 0.0 for f in flows]
    height = max(3.5, min(60.0, 0.55 * len(path) + 1.8))
    figure = _figure(10, height)
    ax = figure.add_subplot()
    positions = range(len(path))
    ax.barh(positions, inflow, color=palette.GOOD, label="customers reaching the step")
    dropped = [f.dropped if f and f.dropped else 0.0 for f in flows]
    ax.barh(
        positions,
        dropped,
        left=[i - d for i, d in zip(inflow, dropped, strict=True)],
        color=palette.BAD,
        hatch="//",
        edgecolor="white",
        label="of them lost here",
    )
    top = max(inflow, default=0) or 1
    for y, entry in enumerate(flows):
        if entry is None or entry.inflow is None:
            ax.text(0, y, "  volume unknown", va="center", fontsize=8, color="#555555")
            continue
        text = "  " + format_count(entry.inflow)
        if entry.dropped is not None and entry.loses_customers:
            text += f"  {format_drop(entry.dropped, entry.drop_off_rate)} lost"
        ax.text(entry.inflow, y, text, va="center", fontsize=8)
    ax.set_yticks(list(positions), _step_labels(journey, path, 28, height - 1.8, "y"), fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, top * 1.45)
    ax.set_xlabel("Customers")
    ax.grid(axis="x", color="#eeeeee")
    ax.set_axisbelow(True)
    ax.legend(loc="lower right", frameon=False)
    ax.set_title(_title(journey, "drop-off along the main path", persona_id))
    return figure


def heatmap_figure(
    journey: Journey, analysis: JourneyAnalysis | None = None, persona_id: str | None = None
) -> Any:
    """Goal, ease and emotion of every step (rows) for each persona (column groups),
    coloured on the palette's diverging scale with the value written in each cell."""
    import numpy as np
    from matplotlib.colors import LinearSegmentedColormap

    steps = journey.ordered_steps()
    personas = [p for p in journey.personas if persona_id in (None, p.id)]
    scales = list(SCALES.values())
    values = np.full((len(steps), len(personas) * len(scales)), np.nan)
    for row, step in enumerate(steps):
        for p_index, persona in enumerate(personas):
            rating = journey.rating(step.id, persona.id)
            for s_index, scale in enumerate(scales):
                value = None if rating is None else getattr(rating, scale.name)
                if value is not None:
                    values[row, p_index * len(scales) + s_index] = scale.normalised(value)
    cmap = LinearSegmentedColormap.from_list(
        "journeymap", [palette.BAD, palette.NEUTRAL, palette.GOOD]
    ).with_extremes(bad="#ffffff")
    columns = max(values.shape[1], 1)
    height = max(3.5, min(80.0, 0.32 * len(steps) + 2.2))
    figure = _figure(min(40.0, 3.2 + 0.55 * columns), height)
    ax = figure.add_subplot()
    if values.size == 0:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "No steps or personas to show", ha="center", transform=ax.transAxes)
        figure.suptitle(_title(journey, "ratings", persona_id))
        return figure
    image = ax.imshow(values, cmap=cmap, vmin=-1, vmax=1, aspect="auto", interpolation="nearest")
    if len(steps) <= 120 and columns <= 40:
        for (row, col), value in np.ndenumerate(values):
            scale = scales[col % len(scales)]
            rating = journey.rating(steps[row].id, personas[col // len(scales)].id)
            raw = None if rating is None else getattr(rating, scale.name)
            ax.text(
                col,
                row,
                scale.format(raw).replace("/5", ""),
                ha="center",
                va="center",
                fontsize=7,
                color="white" if abs(value) > 0.6 else "black",
            )
    ax.set_yticks(
        range(len(steps)),
        _step_labels(journey, [s.id for s in steps], 30, height - 2.2, "y"),
        fontsize=7,
    )
    ax.set_xticks(
        range(columns), [s.name for s in scales] * len(personas) or [""], fontsize=7, rotation=90
    )
    top = ax.secondary_xaxis("top")
    top.set_xticks(
        [i * len(scales) + (len(scales) - 1) / 2 for i in range(len(personas))],
        [wrap_label(p.name, 18, 3) for p in personas],
        fontsize=8,
        fontweight="bold",
    )
    top.tick_params(length=0)
    for p_index in range(1, len(personas)):
        ax.axvline(p_index * len(scales) - 0.5, color="black", lw=1.5)
    bar = figure.colorbar(image, ax=ax, shrink=0.5, ticks=[-1, 0, 1])
    bar.ax.set_yticklabels(["bad", "neutral", "good"])
    figure.suptitle(_title(journey, "ratings (– = missing)", persona_id))
    return figure


_MAKERS = {"emotion": emotion_figure, "funnel": funnel_figure, "heatmap": heatmap_figure}


def make_chart(
    kind: str, journey: Journey, analysis: JourneyAnalysis, persona_id: str | None = None
) -> Any:
    """The figure of chart ``kind`` (one of :data:`CHART_KINDS`)."""
    if kind == "maturity":
        from journeymap.export.radar import maturity_figure

        return maturity_figure(journey)
    if kind not in _MAKERS:
        raise ExportError(f"unknown chart {kind!r}; use one of {', '.join(CHART_KINDS)}")
    return _MAKERS[kind](journey, analysis, persona_id)


def save_chart(
    journey: Journey,
    analysis: JourneyAnalysis,
    kind: str,
    path: str | os.PathLike[str],
    fmt: str,
    *,
    dpi: int = 150,
    persona_id: str | None = None,
) -> None:
    """Draw chart ``kind`` and save it to ``path`` as ``fmt`` (png, svg or pdf)."""
    if fmt not in IMAGE_FORMATS:
        raise ExportError(f"a chart is saved as png, svg or pdf, not {fmt}")
    from matplotlib import rc_context
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    # Text stays text: SVG <text> elements, TrueType fonts embedded in the PDF.
    with rc_context({"svg.fonttype": "none", "pdf.fonttype": 42}):
        figure = make_chart(kind, journey, analysis, persona_id)
        FigureCanvasAgg(figure)
        metadata = {"Title": journey.title}
        figure.savefig(os.fspath(path), format=fmt, dpi=dpi, metadata=metadata)
