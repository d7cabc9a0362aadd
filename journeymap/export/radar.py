"""The CX maturity radar: the six areas around a circle, the mean current level
(solid) and target level (dashed) over the respondents, and the spread of the
current answers (a shaded band from the lowest to the highest). matplotlib
without pyplot; saved through :func:`journeymap.export.charts.save_chart`.
"""

from __future__ import annotations

import math
from typing import Any

from journeymap.analysis.maturity import maturity_summary
from journeymap.export.words import Words, word, words_for
from journeymap.model.journey import Journey
from journeymap.model.maturity import AREA_NAMES

__all__ = ["maturity_figure"]

CURRENT, TARGET = "#0072b2", "#d55e00"
AREA_WORDS = {area: word(name) for area, name in AREA_NAMES.items()}
SPREAD = word("spread of current answers")
CURRENT_MEAN = word("current (mean)")
TARGET_MEAN = word("target (mean)")
GAP = word("gap {gap}")
ONE_ASSESSMENT = word("CX maturity, 1 assessment")
ASSESSMENTS = word("CX maturity, {count} assessments")
NO_ASSESSMENTS = word("CX maturity: no assessments yet")


def maturity_figure(journey: Journey, *, compact: bool = False, words: Words | None = None) -> Any:
    """The radar of ``journey``'s assessments (an empty radar says so when there
    are none); ``compact`` leaves out the title and stacks the legend, for a
    small picture in the editor. Written in ``words``' language (the journey's
    when ``None``)."""
    words = words or words_for(journey.language)
    from matplotlib.figure import Figure

    from journeymap.export.charts import wrap_label

    summary = maturity_summary(journey)
    figure = Figure(figsize=(7.5, 7), layout="constrained")
    ax: Any = figure.add_subplot(projection="polar")  # a PolarAxes
    n = len(summary.areas)
    ax.set_theta_offset(math.pi / 2)  # the first area at the top, clockwise
    ax.set_theta_direction(-1)
    angles = [2 * math.pi * i / n for i in range(n)]
    closed = [*angles, 2 * math.pi]

    def line(values: list[float | None]) -> list[float]:
        filled = [v if v is not None else math.nan for v in values]
        return [*filled, filled[0]]

    low = [a.current_range[0] if a.current_range else math.nan for a in summary.areas]
    high = [a.current_range[1] if a.current_range else math.nan for a in summary.areas]
    ax.fill_between(
        closed,
        [*low, low[0]],
        [*high, high[0]],
        color=CURRENT,
        alpha=0.15,
        linewidth=0,
        label=words(SPREAD),
    )
    ax.plot(
        closed,
        line([a.current for a in summary.areas]),
        color=CURRENT,
        linewidth=2.5,
        marker="o",
        label=words(CURRENT_MEAN),
    )
    ax.plot(
        closed,
        line([a.target for a in summary.areas]),
        color=TARGET,
        linewidth=2,
        linestyle="--",
        marker="s",
        label=words(TARGET_MEAN),
    )
    ax.set_xticks(angles)
    ax.set_xticklabels(
        [
            f"{wrap_label(words(AREA_WORDS[a.area]), 16, 2)}\n"
            + words(GAP).replace("{gap}", _gap(a.gap, words))
            for a in summary.areas
        ],
        fontsize=10,
    )
    ax.set_ylim(0, 5)
    ax.set_rlabel_position(180 / n)
    ax.set_yticks([1, 2, 3, 4, 5])
    ax.set_yticklabels([words.count(n) for n in range(1, 6)], fontsize=8, color="#555555")
    ax.tick_params(axis="x", pad=14)
    figure.legend(loc="outside lower center", ncol=1 if compact else 3, frameon=False)
    respondents = summary.assessments
    if not respondents:
        what = words(NO_ASSESSMENTS)
    elif respondents == 1:
        what = words(ONE_ASSESSMENT)
    else:
        what = words(ASSESSMENTS).replace("{count}", words.count(respondents))
    if not compact:
        figure.suptitle(wrap_label(f"{journey.title}: {what}", 70, 2))
    return figure


def _gap(gap: float | None, words: Words) -> str:
    """The gap with its sign and at most one decimal, the language's way."""
    if gap is None:
        return "?"
    return ("+" if gap >= 0 else "") + words.number(gap, 1)
