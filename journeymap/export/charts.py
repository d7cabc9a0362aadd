"""Charts of a journey with matplotlib: emotion curve, funnel, ratings heatmap,
and (in their own modules) the Sankey flow and the executive summary.

The charts show the whole journey, not one path. The emotion chart has every
rated step in stage order, the main path's steps shaded and named in bold, and
a persona's line breaks where that persona gave no emotion. The funnel is
counted per stage, so customers who join the journey later are said to join
rather than appearing from nowhere: each bar stacks those who go on to a later
stage, finish, or are lost in the stage, and says how many arrived and how
many of them started there. Colours come from :mod:`journeymap.palette`;
meaning never rests on colour alone (persona markers and dashes, hatched loss,
values written). Every word is in the journey's language
(:mod:`journeymap.export.words`).
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from journeymap import palette
from journeymap.export.chart_common import (
    figure,
    persona_style,
    say_empty,
    step_labels,
    title,
    wrap_label,
)
from journeymap.export.errors import ExportError
from journeymap.export.formats import CHARTS, IMAGE_FORMATS
from journeymap.export.words import Words, word, words_for
from journeymap.model.journey import Journey
from journeymap.model.scales import SCALES

if TYPE_CHECKING:
    from journeymap.analysis.results import JourneyAnalysis

__all__ = [
    "CHART_KINDS",
    "StageFlow",
    "emotion_figure",
    "funnel_figure",
    "heatmap_figure",
    "make_chart",
    "save_chart",
    "stage_flows",
    "wrap_label",
]

CHART_KINDS = CHARTS

EMOTION_TITLE = word("emotion at every rated step")
MAIN_PATH = word("main path")
PERSONA = word("Persona")
NEUTRAL = word("neutral")
VERY_NEGATIVE = word("very negative")
VERY_POSITIVE = word("very positive")
FUNNEL_TITLE = word("customers per stage")
CUSTOMERS = word("Customers")
GO_ON = word("go on to a later stage")
FINISH = word("finish here")
LOST = word("lost in this stage")
ARRIVE = word("{count} arrive")
START_HERE = word("{count} of them start here")
BACK = word("{count} come back from later stages")
LOST_SHORT = word("{drop} lost")
UNKNOWN = word("volumes unknown")
RATINGS_TITLE = word("ratings (– = missing)")
BAD = word("bad")
GOOD = word("good")


def _rated_steps(journey: Journey, persona_ids: list[str]) -> list[str]:
    return [
        s.id
        for s in journey.ordered_steps()
        if any(
            (r := journey.rating(s.id, p)) is not None and r.emotion is not None
            for p in persona_ids
        )
    ]


def _stage_bounds(journey: Journey, step_ids: list[str]) -> list[tuple[str, int, int]]:
    """(stage name, first, last index) of each stage's run in ``step_ids``."""
    stage_of = {s.id: s.stage_id for s in journey.steps}
    names = {s.id: s.name for s in journey.stages}
    runs: list[tuple[str, int, int]] = []
    for i, sid in enumerate(step_ids):
        name = names.get(stage_of.get(sid, ""), "")
        if runs and runs[-1][0] == name:
            runs[-1] = (name, runs[-1][1], i)
        else:
            runs.append((name, i, i))
    return runs


def emotion_figure(
    journey: Journey,
    analysis: JourneyAnalysis,
    persona_id: str | None = None,
    words: Words | None = None,
) -> Any:
    """The emotion of each persona at every rated step, in stage order."""
    words = words or words_for(journey.language)
    personas = [p for p in journey.personas if persona_id in (None, p.id)]
    steps = _rated_steps(journey, [p.id for p in personas])
    width = max(10.0, min(40.0, 0.62 * len(steps) + 3))
    fig = figure(width, 6.4)
    ax = fig.add_subplot()
    ax.set_title(title(journey, words(EMOTION_TITLE), persona_id, int(width * 8)), pad=28)
    if not steps:
        say_empty(ax, words)
        return fig
    ax.axhspan(-2.3, 0, color=palette.BAD, alpha=0.07, lw=0)
    ax.axhspan(0, 2.3, color=palette.GOOD, alpha=0.07, lw=0)
    ax.axhline(0, color="#555555", lw=1)
    main = set(analysis.summary.main_path)
    for x, sid in enumerate(steps):
        if sid in main:
            ax.axvspan(x - 0.45, x + 0.45, color="#d9d9d9", alpha=0.6, lw=0)
    for name, first, last in _stage_bounds(journey, steps):
        if first:
            ax.axvline(first - 0.5, color="#888888", lw=0.8, ls=(0, (2, 2)))
        ax.text(
            (first + last) / 2,
            2.4,
            wrap_label(name, max(8, int(9 * (last - first + 1))), 2),
            ha="center",
            va="bottom",
            fontsize=9,
            fontweight="bold",
            clip_on=False,
        )
    for i, persona in enumerate(personas):
        ys = []
        for sid in steps:
            rating = journey.rating(sid, persona.id)
            ys.append(math.nan if rating is None or rating.emotion is None else rating.emotion)
        if all(math.isnan(y) for y in ys):
            continue
        # NaN breaks the line: no line across steps this persona never rated.
        style = persona_style(i, persona.colour)
        ax.plot(range(len(steps)), ys, lw=2, ms=7, label=persona.name, **style)
    ax.set_ylim(-2.3, 2.3)
    ax.set_yticks(
        [-2, -1, 0, 1, 2],
        [
            f"−2 {words(VERY_NEGATIVE)}",
            "−1",
            f"0 {words(NEUTRAL)}",
            "+1",
            f"+2 {words(VERY_POSITIVE)}",
        ],
    )
    titles = {s.id: s.title for s in journey.steps}
    labels = [wrap_label(titles[sid], 30, 1) for sid in steps]
    ax.set_xticks(range(len(steps)), labels, fontsize=8, rotation=35, ha="right")
    for tick, sid in zip(ax.get_xticklabels(), steps, strict=True):
        if sid in main:
            tick.set_fontweight("bold")
    ax.set_xlim(-0.5, len(steps) - 0.5)
    ax.grid(axis="y", color="#dddddd")
    from matplotlib.patches import Patch

    handles, names = ax.get_legend_handles_labels()
    handles.append(Patch(color="#d9d9d9", alpha=0.6))
    names.append(words(MAIN_PATH))
    fig.legend(
        handles,
        names,
        loc="outside lower center",
        ncols=min(len(names), 4),
        frameon=False,
        title=words(PERSONA),
    )
    return fig


@dataclass(frozen=True)
class StageFlow:
    """Customers through one stage: who arrives (``started`` of them at a start
    step here, ``returned`` from a later stage), and whether they ``go_on`` to a
    later stage, ``finish`` at a success end, or are ``lost`` here. ``None``
    where the volumes are unknown."""

    stage_id: str
    name: str
    arrived: float | None
    started: float
    returned: float
    go_on: float
    finish: float
    lost: float


def stage_flows(journey: Journey, analysis: JourneyAnalysis) -> list[StageFlow]:
    """The flow of :class:`StageFlow` per stage, in stage order, from the analysis.

    Transitions within a stage stay inside it; a transition to an earlier
    stage counts as a return there."""
    stage_of = {s.id: s.stage_id for s in journey.steps}
    rank = {s.id: i for i, s in enumerate(journey.stages)}
    flow = analysis.flow
    out: list[StageFlow] = []
    for stage in journey.stages:
        started = returned = arrived = go_on = 0.0
        unknown = False
        for sid, volume in flow.entries.items():
            if stage_of.get(sid) == stage.id:
                if volume is None:
                    unknown = True
                else:
                    started += volume
        for t in journey.transitions:
            a, b = stage_of.get(t.source), stage_of.get(t.target)
            if a is None or b is None or a == b:
                continue
            volume = flow.transitions.get(t.id)
            if b == stage.id:
                if volume is None:
                    unknown = True
                    continue
                arrived += volume
                if rank.get(a, -1) > rank[stage.id]:
                    returned += volume
            elif a == stage.id and volume is not None:
                go_on += volume
        lost = finish = 0.0
        for step in journey.steps:
            if step.stage_id != stage.id:
                continue
            entry = flow.steps.get(step.id)
            if entry is None:
                continue
            lost += entry.dropped or 0.0
            finish += entry.completed or 0.0
        total = None if unknown else arrived + started
        out.append(StageFlow(stage.id, stage.name, total, started, returned, go_on, finish, lost))
    return out


def funnel_figure(
    journey: Journey,
    analysis: JourneyAnalysis,
    persona_id: str | None = None,
    words: Words | None = None,
    ax: Any = None,
) -> Any:
    """Customers per stage: a stacked bar of those who go on, finish or are lost,
    with how many arrived and how many of them started there written beside it."""
    words = words or words_for(journey.language)
    flows = stage_flows(journey, analysis)
    height = max(3.8, min(40.0, 0.8 * len(flows) + 2.2))
    fig = None
    if ax is None:
        fig = figure(10, height)
        ax = fig.add_subplot()
        ax.set_title(title(journey, words(FUNNEL_TITLE), persona_id))
    known = [f for f in flows if f.arrived]
    if not known:
        say_empty(ax, words)
        return fig
    ys = range(len(flows))
    parts = [
        ([f.go_on for f in flows], palette.GOOD, None, words(GO_ON)),
        ([f.finish for f in flows], "#009e73", "..", words(FINISH)),
        ([f.lost for f in flows], palette.BAD, "//", words(LOST)),
    ]
    left = [0.0] * len(flows)
    for values, colour, hatch, label in parts:
        ax.barh(ys, values, left=left, color=colour, hatch=hatch, edgecolor="white", label=label)
        left = [a + b for a, b in zip(left, values, strict=True)]
    top = max([*left, *(f.arrived or 0 for f in flows)]) or 1
    for y, f in enumerate(flows):
        if f.arrived is None:
            ax.text(0, y, "  " + words(UNKNOWN), va="center", fontsize=8, color="#555555")
            continue
        lines = [words(ARRIVE).format(count=words.count(f.arrived))]
        if f.started > 0.5 and f.arrived - f.started > 0.5:
            lines.append(words(START_HERE).format(count=words.count(f.started)))
        if f.returned > 0.5:
            lines.append(words(BACK).format(count=words.count(f.returned)))
        if f.lost > 0.5:
            rate = f.lost / f.arrived if f.arrived else None
            lines.append(words(LOST_SHORT).format(drop=words.drop(f.lost, rate)))
        ax.text(max(left[y], f.arrived) + top * 0.01, y, "\n".join(lines), va="center", fontsize=8)
    ax.set_yticks(list(ys), [wrap_label(f.name, 22, 2) for f in flows], fontsize=9)
    ax.invert_yaxis()
    ax.set_xlim(0, top * 1.5)
    ax.set_xlabel(words(CUSTOMERS))
    ax.xaxis.set_major_formatter(lambda value, _pos: words.count(value))
    ax.grid(axis="x", color="#eeeeee")
    ax.set_axisbelow(True)
    ax.legend(loc="lower right", frameon=False, fontsize=8)
    return fig


def heatmap_figure(
    journey: Journey,
    analysis: JourneyAnalysis | None = None,
    persona_id: str | None = None,
    words: Words | None = None,
) -> Any:
    """Goal, ease and emotion of every step (rows) for each persona (column groups),
    coloured on the palette's diverging scale with the value written in each cell."""
    import numpy as np
    from matplotlib.colors import LinearSegmentedColormap

    words = words or words_for(journey.language)
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
    fig = figure(min(40.0, 3.2 + 0.55 * columns), height)
    ax = fig.add_subplot()
    fig.suptitle(title(journey, words(RATINGS_TITLE), persona_id))
    if values.size == 0:
        say_empty(ax, words)
        return fig
    image = ax.imshow(values, cmap=cmap, vmin=-1, vmax=1, aspect="auto", interpolation="nearest")
    if len(steps) <= 120 and columns <= 40:
        for (row, col), value in np.ndenumerate(values):
            scale = scales[col % len(scales)]
            rating = journey.rating(steps[row].id, personas[col // len(scales)].id)
            raw = None if rating is None else getattr(rating, scale.name)
            text = scale.format(raw).replace("/5", "").replace(".", words.decimal_point)
            ax.text(
                col,
                row,
                text,
                ha="center",
                va="center",
                fontsize=7,
                color="white" if abs(value) > 0.6 else "black",
            )
    ax.set_yticks(
        range(len(steps)),
        step_labels(journey, [s.id for s in steps], 30, height - 2.2, "y"),
        fontsize=7,
    )
    scale_names = [words(s.name.capitalize()) for s in scales]
    ax.set_xticks(range(columns), scale_names * len(personas) or [""], fontsize=7, rotation=90)
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
    bar = fig.colorbar(image, ax=ax, shrink=0.5, ticks=[-1, 0, 1])
    bar.ax.set_yticklabels([words(BAD), words(NEUTRAL), words(GOOD)])
    return fig


for _scale in SCALES.values():
    word(_scale.name.capitalize())


def _sankey(journey: Journey, analysis: JourneyAnalysis, persona_id: str | None, words: Words):
    from journeymap.export.chart_sankey import sankey_figure

    return sankey_figure(journey, analysis, persona_id, words)


_MAKERS = {
    "emotion": emotion_figure,
    "funnel": funnel_figure,
    "heatmap": heatmap_figure,
    "sankey": _sankey,
}


def make_chart(
    kind: str,
    journey: Journey,
    analysis: JourneyAnalysis,
    persona_id: str | None = None,
    words: Words | None = None,
) -> Any:
    """The figure of chart ``kind`` (one of :data:`CHART_KINDS`)."""
    if kind == "roadmap":
        from journeymap.export.roadmap_page import roadmap_figure

        return roadmap_figure(journey, analysis, persona_id, words)
    if kind == "maturity":
        from journeymap.export.radar import maturity_figure

        return maturity_figure(journey, words=words)
    if kind not in _MAKERS:
        raise ExportError(f"unknown chart {kind!r}; use one of {', '.join(CHART_KINDS)}")
    return _MAKERS[kind](journey, analysis, persona_id, words or words_for(journey.language))


def save_figure(fig: Any, path: str | os.PathLike[str], fmt: str, dpi: int, name: str) -> None:
    """Save ``fig`` as ``fmt``, text kept as text (SVG ``<text>``, TrueType in PDF)."""
    from matplotlib import rc_context
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    with rc_context({"svg.fonttype": "none", "pdf.fonttype": 42}):
        FigureCanvasAgg(fig)
        fig.savefig(os.fspath(path), format=fmt, dpi=dpi, metadata={"Title": name})


def save_chart(
    journey: Journey,
    analysis: JourneyAnalysis,
    kind: str,
    path: str | os.PathLike[str],
    fmt: str,
    *,
    dpi: int = 150,
    persona_id: str | None = None,
    lang: str | None = None,
) -> None:
    """Draw chart ``kind`` and save it to ``path`` as ``fmt`` (png, svg or pdf),
    in ``lang`` (default: the journey's language)."""
    if fmt not in IMAGE_FORMATS:
        raise ExportError(f"a chart is saved as png, svg or pdf, not {fmt}")
    from matplotlib import rc_context

    with rc_context({"svg.fonttype": "none", "pdf.fonttype": 42}):
        fig = make_chart(kind, journey, analysis, persona_id, words_for(lang or journey.language))
    save_figure(fig, path, fmt, dpi, journey.title)
