"""A comparison of two journeys on one page: PDF (A4 landscape), PNG or SVG.

Drawn with matplotlib (no ``pyplot``, no Qt), in three bands:

1. the emotion curves of both versions overlaid along the steps of their main
   paths: before dashed with hollow markers, after solid and filled, one
   colour per persona;
2. the steps of both versions as a strip of boxes in map order, each marked
   by a symbol as well as a colour: ``−`` removed (hatched), ``+`` added,
   ``~`` changed, plain unchanged;
3. the table of deltas for the whole journey and the steps that changed most.

The editor's comparison view shows the same figure (:func:`comparison_figure`).
"""

from __future__ import annotations

import os
from typing import Any

from journeymap import palette
from journeymap.analysis.compare import (
    JourneyComparison,
    StepComparison,
    combined_order,
    delta,
    mean_text,
    measure_rows,
    signed,
)
from journeymap.analysis.phrases import ENGLISH, Formatter
from journeymap.export.errors import ExportError
from journeymap.export.words import Words, word, words_for

__all__ = [
    "FIGURE_TEXTS",
    "PAGE_FORMATS",
    "STATUS_COLOURS",
    "STATUS_MARKS",
    "comparison_figure",
    "curves_figure",
    "delta_rows",
    "save_comparison_page",
    "step_rows",
]

PAGE_FORMATS = ("pdf", "png", "svg")
STATUS_MARKS = {"removed": "−", "added": "+", "changed": "~", "same": ""}
STATUS_COLOURS = {
    "removed": palette.BAD,
    "added": palette.GOOD,
    "changed": palette.OKABE_ITO["orange"],
    "same": "#bbbbbb",
}
_A4 = (11.69, 8.27)
FIGURE_TEXTS = {
    "title": word("Emotion at each step, before (dashed) and after (solid)"),
    "before": word("before"),
    "after": word("after"),
    "emotion": word("Emotion"),
    "no_emotion": word("No ratings of emotion in either version"),
    "marks": word("− removed\n+ added\n~ changed"),
    "unrelated": word(
        "The two journeys share {shared} of {total} step ids: they look unrelated, "
        "so their steps are not compared one by one."
    ),
}
"""The English texts of the curves and the strip; the editor gives its own."""
ROW_LABELS = [
    word(text)
    for text in (
        "Customers",
        "Conversion",
        "Drop-off",
        "Pain score",
        "Goal (mean)",
        "Ease (mean)",
        "Emotion (mean)",
        "Pain points resolved",
        "Pain points new",
    )
]
"""The labels of :func:`delta_rows`, declared so the page writes them translated."""
TABLE_HEADS = [word("Before"), word("After"), word("Change")]
STEP_HEADS = [
    word(text) for text in ("Step", "Customers", "Drop-off", "Pain", "Goal", "Ease", "Emotion")
]
PAGE_TITLE = word("Before: {before}   →   After: {after}")
WHOLE_JOURNEY = word("The whole journey")
STEPS_TITLE = word("Steps that changed most (change, after − before)")
NO_STEP_CHANGED = word("No step changed.")
NOT_COMPARED = word("Not compared: unrelated journeys.")
OWN_VALUES = word("Added and removed steps show their own values; the others the change.")
POINTS = word("pp")
"""Percentage points, the unit of a change in a rate (``signed`` writes ``pp``)."""
DOCUMENT_TITLE = word("Journey comparison")
_MARKERS = ("o", "s", "^", "D", "v", "P", "X")


def delta_rows(c: JourneyComparison, fmt: Formatter = ENGLISH) -> list[tuple[str, str, str, str]]:
    """The whole journey's measures: (label, before, after, change), in English
    labels; the editor translates the labels itself."""
    return [
        *measure_rows(c, fmt),
        ("Pain points resolved", "", "", fmt.count(len(c.pain_resolved))),
        ("Pain points new", "", "", fmt.count(len(c.pain_new))),
    ]


def _weight(s: StepComparison) -> float:
    pain = abs((s.after.pain if s.after else 0.0) - (s.before.pain if s.before else 0.0))
    return pain + (1.0 if s.status in ("added", "removed") else 0.0)


def step_rows(
    c: JourneyComparison, fmt: Formatter = ENGLISH, limit: int | None = None
) -> list[tuple[StepComparison, list[str]]]:
    """The changed, added and removed steps with their deltas as text
    (customers, drop-off, pain, goal, ease, emotion), biggest change in pain
    first when ``limit`` cuts the list, else in map order."""
    shown = [s for s in c.steps if s.status != "same"]
    if limit is not None and len(shown) > limit:
        shown = sorted(shown, key=_weight, reverse=True)[:limit]
    rows = []
    for s in shown:
        before, after = s.before, s.after
        if before is None or after is None:
            one = before or after
            assert one is not None
            cells = [
                fmt.count(one.customers),
                fmt.rate(one.drop_off_rate),
                mean_text(one.pain, fmt),
                mean_text(one.goal, fmt),
                mean_text(one.ease, fmt),
                mean_text(one.emotion, fmt),
            ]
        else:
            cells = [
                signed(delta(before.customers, after.customers), fmt, "count"),
                signed(delta(before.drop_off_rate, after.drop_off_rate), fmt, "rate"),
                signed(after.pain - before.pain, fmt),
                signed(delta(before.goal, after.goal), fmt),
                signed(delta(before.ease, after.ease), fmt),
                signed(delta(before.emotion, after.emotion), fmt),
            ]
        rows.append((s, cells))
    return rows


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _columns(c: JourneyComparison) -> tuple[list[str], list[str]]:
    """The steps along the x axis and their status: every step of both versions
    in map order; for unrelated journeys, the main path of each one after the other."""
    if c.related:
        return [s.step_id for s in c.steps], [s.status for s in c.steps]
    before = [sid for sid, _ in next(iter(c.curves_before.values()), [])]
    after = [sid for sid, _ in next(iter(c.curves_after.values()), [])]
    order = combined_order(before, after)
    return order, ["same"] * len(order)


def _curves(ax: Any, c: JourneyComparison, order: list[str], texts: dict[str, str]) -> None:
    from matplotlib.lines import Line2D

    x_of = {sid: i for i, sid in enumerate(order)}
    ax.axhspan(-2.2, 0, color=palette.BAD, alpha=0.05, lw=0)
    ax.axhspan(0, 2.2, color=palette.GOOD, alpha=0.05, lw=0)
    ax.axhline(0, color="#555555", lw=0.8)
    personas = list(dict.fromkeys([*c.emotions_before, *c.emotions_after]))
    handles = []
    for i, pid in enumerate(personas):
        colour = palette.PERSONA_COLOURS[i % len(palette.PERSONA_COLOURS)]
        marker = _MARKERS[i % len(_MARKERS)]
        for values, style, fill in (
            (c.emotions_before.get(pid, {}), "--", "white"),
            (c.emotions_after.get(pid, {}), "-", colour),
        ):
            points = sorted((x_of[sid], v) for sid, v in values.items() if sid in x_of)
            if points:
                xs, ys = zip(*points, strict=True)
                ax.plot(
                    xs,
                    ys,
                    linestyle=style,
                    marker=marker,
                    color=colour,
                    markerfacecolor=fill,
                    lw=1.5,
                    ms=4.5,
                )
        handles.append(
            Line2D(
                [],
                [],
                color=colour,
                marker=marker,
                lw=1.5,
                ms=4.5,
                label=c.persona_names.get(pid, pid),
            )
        )
    handles += [
        Line2D(
            [],
            [],
            color="#444444",
            linestyle="--",
            marker="o",
            markerfacecolor="white",
            lw=1.2,
            ms=4,
            label=texts["before"],
        ),
        Line2D([], [], color="#444444", marker="o", lw=1.5, ms=4, label=texts["after"]),
    ]
    ax.set_ylim(-2.3, 2.3)
    ax.set_yticks([-2, -1, 0, 1, 2], ["−2", "−1", "0", "+1", "+2"], fontsize=7)
    ax.set_ylabel(texts["emotion"], fontsize=8)
    ax.set_xlim(-0.5, max(len(order) - 0.5, 0.5))
    ax.tick_params(axis="x", labelbottom=False, length=0)
    ax.grid(axis="y", color="#e5e5e5")
    ax.set_title(texts["title"], fontsize=9, loc="left")
    ax.legend(
        handles=handles,
        fontsize=6.5,
        ncols=len(handles),
        loc="lower center",
        bbox_to_anchor=(0.5, 1.06),
        frameon=False,
        handlelength=2.5,
    )
    if not personas or not any([*c.emotions_before.values(), *c.emotions_after.values()]):
        ax.text(
            0.5,
            0.5,
            texts["no_emotion"],
            ha="center",
            transform=ax.transAxes,
            fontsize=8,
        )


def _strip(
    ax: Any, c: JourneyComparison, order: list[str], statuses: list[str], texts: dict[str, str]
) -> None:
    """Under the curves, one box per step marked as removed, added or changed,
    with the step's name under it."""
    from matplotlib.patches import Rectangle

    ax.set_ylim(0, 1)
    ax.set_yticks([])
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    for x, status in enumerate(statuses if c.related else ()):  # unrelated: names only
        colour = STATUS_COLOURS[status]
        quiet = status == "same"
        ax.add_patch(
            Rectangle(
                (x - 0.42, 0.08),
                0.84,
                0.84,
                facecolor="#f4f4f4" if quiet else colour,
                edgecolor=colour,
                lw=1,
                hatch="////" if status == "removed" else None,
            )
        )
        if not quiet:
            ax.text(
                x,
                0.5,
                STATUS_MARKS[status],
                ha="center",
                va="center",
                fontsize=10,
                fontweight="bold",
                color="white",
            )
    labels = [_short(c.step_titles.get(sid, sid), 22) for sid in order]
    every = max(1, -(-len(order) // 40))
    ax.set_xticks(
        range(len(order)),
        [t if i % every == 0 else "" for i, t in enumerate(labels)],
        fontsize=6,
        rotation=35,
        ha="right",
        rotation_mode="anchor",
    )
    for tick, status in zip(ax.get_xticklabels(), statuses, strict=False):
        if status != "same":
            tick.set_color(STATUS_COLOURS[status])
            tick.set_fontweight("bold")
    ax.tick_params(axis="x", length=0)
    if c.related:
        ax.set_ylabel(
            texts["marks"],
            fontsize=6,
            rotation=0,
            ha="right",
            va="center",
            labelpad=4,
        )
    else:
        ax.set_title(
            texts["unrelated"].format(shared=c.shared_steps, total=c.largest),
            fontsize=8,
            loc="left",
        )


def _points(cells: list[str] | tuple[str, ...], words: Words) -> list[str]:
    """``cells`` with the unit of a change in a rate in ``words``' language."""
    points = " " + words(POINTS)
    return [cell.replace(" pp", points) for cell in cells]


def _table(ax: Any, c: JourneyComparison, words: Words) -> None:
    ax.set_axis_off()
    rows = delta_rows(c, words.formatter)
    table = ax.table(
        cellText=[_points(r[1:], words) for r in rows],
        rowLabels=[words(r[0]) for r in rows],
        colLabels=[words(text) for text in TABLE_HEADS],
        loc="upper left",
        bbox=(0.32, 0.0, 0.68, 1.0),
    )
    table.auto_set_font_size(False)
    table.set_fontsize(7)
    for (row, _col), cell in table.get_celld().items():
        cell.set_edgecolor("#cccccc")
        if row == 0:
            cell.set_text_props(fontweight="bold")
    ax.set_title(words(WHOLE_JOURNEY), fontsize=9, loc="left")


def _step_table(ax: Any, c: JourneyComparison, words: Words) -> None:
    ax.set_axis_off()
    ax.set_title(words(STEPS_TITLE), fontsize=9, loc="left")
    rows = step_rows(c, words.formatter, limit=9)
    if not rows:
        text = words(NO_STEP_CHANGED if c.related else NOT_COMPARED)
        ax.text(0.0, 0.9, text, fontsize=8, transform=ax.transAxes)
        return
    table = ax.table(
        cellText=[
            [f"{STATUS_MARKS[s.status]} {_short(s.title, 26)}", *_points(cells, words)]
            for s, cells in rows
        ],
        colLabels=[words(text) for text in STEP_HEADS],
        colWidths=[0.28, 0.13, 0.13, 0.09, 0.1, 0.14, 0.13],  # room for "Vaivattomuus"
        loc="upper left",
        bbox=(0.0, max(0.0, 1.0 - 0.1 * (len(rows) + 1)), 1.0, min(1.0, 0.1 * (len(rows) + 1))),
    )
    table.auto_set_font_size(False)
    table.set_fontsize(6.5)
    for (row, col), cell in table.get_celld().items():
        cell.set_edgecolor("#cccccc")
        if row == 0:
            cell.set_text_props(fontweight="bold")
        elif col == 0:
            cell.set_text_props(ha="left")
            cell.get_text().set_color(STATUS_COLOURS[rows[row - 1][0].status])
    ax.text(
        0.0,
        -0.02,
        words(OWN_VALUES),
        fontsize=5.5,
        color="#666666",
        transform=ax.transAxes,
        va="top",
    )


def comparison_figure(
    c: JourneyComparison, words: Words | None = None, size: tuple[float, float] = _A4
) -> Any:
    """The comparison page as a matplotlib ``Figure`` (A4 landscape by default),
    in ``words``' language (the after journey's when ``None``)."""
    from matplotlib.figure import Figure

    words = words or words_for(c.language)
    figure = Figure(figsize=size, layout="constrained")
    persona = c.persona_names.get(c.persona_id, c.persona_id) if c.persona_id else ""
    title = (
        words(PAGE_TITLE)
        .replace("{before}", _short(c.before_title, 60))
        .replace("{after}", _short(c.after_title, 60))
    )
    figure.suptitle(title + (f"   ({persona})" if persona else ""), fontsize=11, fontweight="bold")
    grid = figure.add_gridspec(3, 2, height_ratios=[1.45, 0.28, 1.4], width_ratios=[1, 1.55])
    order, statuses = _columns(c)
    curves = figure.add_subplot(grid[0, :])
    texts = {key: words(text) for key, text in FIGURE_TEXTS.items()}
    _curves(curves, c, order, texts)
    _strip(figure.add_subplot(grid[1, :], sharex=curves), c, order, statuses, texts)
    _table(figure.add_subplot(grid[2, 0]), c, words)
    _step_table(figure.add_subplot(grid[2, 1]), c, words)
    return figure


def curves_figure(
    c: JourneyComparison,
    size: tuple[float, float] = (10.0, 4.5),
    texts: dict[str, str] | None = None,
) -> Any:
    """The page's top half alone: the emotion curves and the strip of steps
    (the editor's comparison view shows it beside its own table)."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=size, layout="constrained")
    grid = figure.add_gridspec(2, 1, height_ratios=[1.0, 0.2])
    order, statuses = _columns(c)
    curves = figure.add_subplot(grid[0])
    words = FIGURE_TEXTS | (texts or {})
    _curves(curves, c, order, words)
    _strip(figure.add_subplot(grid[1], sharex=curves), c, order, statuses, words)
    return figure


def save_comparison_page(
    c: JourneyComparison,
    path: str | os.PathLike[str],
    words: Words | None = None,
    dpi: int = 150,
) -> None:
    """Write the comparison page to ``path``; its suffix (pdf, png, svg) names the format.
    In ``words``' language (the after journey's when ``None``). The file is written
    beside the target and moved into place."""
    from pathlib import Path

    from journeymap.model.fileformat import write_atomically

    path = Path(path)
    kind = path.suffix.lower().lstrip(".")
    if kind not in PAGE_FORMATS:
        raise ExportError(f"{path}: a comparison page is written as PDF, PNG or SVG")
    import io

    from matplotlib.backends.backend_agg import FigureCanvasAgg

    words = words or words_for(c.language)
    from matplotlib import rc_context

    buffer = io.BytesIO()
    # Text stays text (searchable, selectable), as in the charts.
    with rc_context({"svg.fonttype": "none", "pdf.fonttype": 42}):
        figure = comparison_figure(c, words)
        FigureCanvasAgg(figure)
        figure.savefig(buffer, format=kind, dpi=dpi, metadata=_metadata(kind, words))
    try:
        write_atomically(path, buffer.getvalue())
    except OSError as exc:
        raise ExportError(f"{path}: could not write the page: {exc.strerror or exc}") from None


def _metadata(kind: str, words: Words) -> dict[str, str] | None:
    if kind == "pdf":
        return {"Title": words(DOCUMENT_TITLE), "Creator": "journeymap"}
    if kind == "svg":
        return {"Title": words(DOCUMENT_TITLE)}
    return None
