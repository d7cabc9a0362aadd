"""The Sankey flow chart: customers flowing across the stages and steps, with
drop-off leaking out.

Steps stand in columns: a stage's steps take one column per depth along the
stage's own forward transitions, stages from left to right in order. A step is
a bar as tall as the customers reaching it; each transition that leads to a
later column is a band as wide as the customers it carries, and each step that
loses customers has a hatched band (the palette's "bad" colour) leaking
downward, labelled with the drop-off. Transitions back to the same or an
earlier column (loops, returns) are not drawn as bands: the chart names how
many customers take them. Volumes come from the analysis's flow, so the chart
shows what the map and the workbook count. Drawn with matplotlib paths (no
``pyplot``).
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from journeymap import palette
from journeymap.export.chart_common import figure, say_empty, title, wrap_label
from journeymap.export.words import Words, word, words_for
from journeymap.model.journey import Journey

if TYPE_CHECKING:
    from journeymap.analysis.results import JourneyAnalysis

__all__ = ["columns_of", "sankey_figure"]

SANKEY_TITLE = word("flow of customers")
LOST = word("lost")
BACK_NOT_DRAWN = word("{count} customers move back to an earlier step (not drawn as bands)")
LOST_LEGEND = word("customers lost at the step")
FLOW_LEGEND = word("customers moving on")

_NODE_WIDTH = 0.12
_FLOW = "#7f9fbf"


def columns_of(journey: Journey) -> dict[str, int]:
    """Each step's column: stages left to right, and within a stage the depth
    along the stage's forward transitions (by map order).

    >>> from journeymap.model import Journey
    >>> j = Journey.model_validate({"title": "t",
    ...     "stages": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
    ...     "steps": [{"id": "1", "title": "x", "stage_id": "a"},
    ...               {"id": "2", "title": "y", "stage_id": "a"},
    ...               {"id": "3", "title": "z", "stage_id": "b"}],
    ...     "transitions": [{"id": "t1", "source": "1", "target": "2"}]})
    >>> columns_of(j)
    {'1': 0, '2': 1, '3': 2}
    """
    order = {s.id: i for i, s in enumerate(journey.ordered_steps())}
    stage_of = {s.id: s.stage_id for s in journey.steps}
    depth = dict.fromkeys(order, 0)
    inner = sorted(
        (
            (t.source, t.target)
            for t in journey.transitions
            if t.source in order
            and t.target in order
            and stage_of[t.source] == stage_of[t.target]
            and order[t.target] > order[t.source]
        ),
        key=lambda edge: order[edge[0]],
    )
    for source, target in inner:  # map order is a topological order of forward edges
        depth[target] = max(depth[target], depth[source] + 1)
    offset, columns = 0, {}
    for stage in journey.stages:
        ids = [sid for sid in order if stage_of[sid] == stage.id]
        for sid in ids:
            columns[sid] = offset + depth[sid]
        if ids:
            offset += max(depth[sid] for sid in ids) + 1
    for sid in order:  # steps of unknown stages, last
        columns.setdefault(sid, offset)
    return columns


def _band(ax: Any, x0: float, top0: float, x1: float, top1: float, width: float, **style) -> None:
    from matplotlib.patches import PathPatch
    from matplotlib.path import Path

    mid = (x0 + x1) / 2
    vertices = [
        (x0, top0),
        (mid, top0),
        (mid, top1),
        (x1, top1),
        (x1, top1 - width),
        (mid, top1 - width),
        (mid, top0 - width),
        (x0, top0 - width),
        (x0, top0),
    ]
    codes = [Path.MOVETO, *[Path.CURVE4] * 3, Path.LINETO, *[Path.CURVE4] * 3, Path.CLOSEPOLY]
    ax.add_patch(PathPatch(Path(vertices, codes), lw=0, **style))


def sankey_figure(
    journey: Journey,
    analysis: JourneyAnalysis,
    persona_id: str | None = None,
    words: Words | None = None,
) -> Any:
    """The Sankey flow of the journey (see the module's docstring)."""
    words = words or words_for(journey.language)
    flow = analysis.flow
    columns = columns_of(journey)
    volume = {
        sid: f.inflow
        for sid, f in flow.steps.items()
        if f.inflow is not None and f.inflow > 0.5 and sid in columns
    }
    n_columns = max(columns.values(), default=-1) + 1
    width = max(12.0, min(48.0, 1.5 * n_columns + 2))
    fig = figure(width, 8.5)
    ax = fig.add_subplot()
    ax.set_title(title(journey, words(SANKEY_TITLE), persona_id, int(width * 8)))
    if not volume:
        say_empty(ax, words)
        return fig
    by_column: dict[int, list[str]] = defaultdict(list)
    for sid in (s.id for s in journey.ordered_steps()):
        if sid in volume:
            by_column[columns[sid]].append(sid)
    tallest = max(sum(volume[s] for s in ids) for ids in by_column.values())
    gap = 0.35 / max(len(ids) for ids in by_column.values())
    scale = 0.62 / tallest  # the tallest column fills 62 % of the height; gaps and losses the rest
    top: dict[str, float] = {}
    for ids in by_column.values():
        y = 1.0
        for sid in ids:
            top[sid] = y
            y -= volume[sid] * scale + gap
    titles = {s.id: s.title for s in journey.steps}
    out_used: dict[str, float] = defaultdict(float)
    in_used: dict[str, float] = defaultdict(float)
    back = 0.0
    edges = sorted(
        (t for t in journey.transitions if t.source in top and t.target in top),
        key=lambda t: (top[t.source] * -1, -top[t.target]),
    )
    for t in edges:
        carried = flow.transitions.get(t.id) or 0.0
        if carried <= 0.5:
            continue
        if columns[t.target] <= columns[t.source]:
            back += carried
            continue
        band = carried * scale
        x0 = columns[t.source] + _NODE_WIDTH / 2
        x1 = columns[t.target] - _NODE_WIDTH / 2
        _band(
            ax,
            x0,
            top[t.source] - out_used[t.source],
            x1,
            top[t.target] - in_used[t.target],
            band,
            color=_FLOW,
            alpha=0.45,
        )
        out_used[t.source] += band
        in_used[t.target] += band
    for sid in top:
        entry = flow.steps[sid]
        x = columns[sid]
        height = volume[sid] * scale
        ax.add_patch(_rect(x - _NODE_WIDTH / 2, top[sid] - height, _NODE_WIDTH, height))
        ax.text(
            x,
            top[sid] + 0.006,
            wrap_label(titles[sid], 18, 2),
            ha="center",
            va="bottom",
            fontsize=7,
        )
        if entry.loses_customers and entry.dropped is not None:
            lost = entry.dropped * scale
            start = top[sid] - height + lost
            _band(
                ax,
                x + _NODE_WIDTH / 2,
                start,
                x + 0.45,
                start - lost - 0.05,
                lost,
                color=palette.BAD,
                alpha=0.55,
                hatch="////",
            )
            ax.text(
                x + 0.47,
                start - lost - 0.05 - lost / 2,
                words.drop(entry.dropped, entry.drop_off_rate),
                va="center",
                fontsize=7,
                color="#8a3300",
            )
    _stage_names(ax, journey, columns)
    ax.set_xlim(-0.6, n_columns - 0.3)
    ax.set_ylim(min(top[s] - volume[s] * scale for s in top) - 0.12, 1.1)
    ax.set_axis_off()
    _legend(ax, words)
    if back > 0.5:
        ax.text(
            0,
            -0.01,
            words(BACK_NOT_DRAWN).format(count=words.count(back)),
            transform=ax.transAxes,
            fontsize=8,
            color="#444444",
            va="top",
        )
    return fig


def _rect(x: float, y: float, w: float, h: float) -> Any:
    from matplotlib.patches import Rectangle

    return Rectangle((x, y), w, h, color="#1f3b57", lw=0)


def _stage_names(ax: Any, journey: Journey, columns: dict[str, int]) -> None:
    stage_of = {s.id: s.stage_id for s in journey.steps}
    for i, stage in enumerate(journey.stages):
        cols = [c for sid, c in columns.items() if stage_of.get(sid) == stage.id]
        if not cols:
            continue
        first, last = min(cols), max(cols)
        if i % 2 == 0:
            ax.axvspan(first - 0.5, last + 0.5, color="#f0f2f5", lw=0, zorder=-1)
        ax.text(
            (first + last) / 2,
            1.07,
            wrap_label(stage.name, max(10, 14 * (last - first + 1)), 2),
            ha="center",
            va="bottom",
            fontsize=10,
            fontweight="bold",
        )


def _legend(ax: Any, words: Words) -> None:
    from matplotlib.patches import Patch

    ax.legend(
        handles=[
            Patch(color=_FLOW, alpha=0.45, label=words(FLOW_LEGEND)),
            Patch(color=palette.BAD, alpha=0.55, hatch="////", label=words(LOST_LEGEND)),
        ],
        loc="upper right",
        bbox_to_anchor=(1.0, -0.01),
        ncols=2,
        frameon=False,
        fontsize=8,
    )
