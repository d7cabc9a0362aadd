"""The executive summary: one A4 landscape page (PDF or PNG) of a journey.

Four panels: the journey's emotion curve (the mean of the personas' emotions
at every rated step, in stage order, shaded above and below neutral, its
lowest points named), the stage funnel of :func:`journeymap.export.charts.funnel_figure`,
the five worst pain points each with a customer's words (the step's
"thinking" text, else the persona's quote), and the opportunities on an
impact × effort grid. Every word is in the journey's language.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from journeymap import palette
from journeymap.export.chart_common import say_empty, wrap_label
from journeymap.export.charts import funnel_figure, save_figure
from journeymap.export.words import Words, word, words_for
from journeymap.model.journey import Journey

if TYPE_CHECKING:
    from journeymap.analysis.results import JourneyAnalysis

__all__ = ["A4_LANDSCAPE", "save_summary", "summary_figure"]

A4_LANDSCAPE = (11.69, 8.27)
"""Inches."""

SUMMARY = word("Executive summary")
CURVE = word("Emotion along the journey (mean of the personas)")
FUNNEL = word("Customers per stage")
WORST = word("Five worst pain points")
NO_PAIN = word("No pain points: no step is rated badly")
GRID = word("Opportunities: impact × effort")
NO_OPPORTUNITIES = word("No opportunities with impact and effort yet")
IMPACT = word("Impact")
EFFORT = word("Effort")
QUICK_WINS = word("quick wins")
SEVERITY_WORDS = {s: word(s) for s in ("critical", "major", "minor")}


def _mean_curve(journey: Journey, persona_id: str | None) -> list[tuple[str, float]]:
    personas = [p.id for p in journey.personas if persona_id in (None, p.id)]
    curve = []
    for step in journey.ordered_steps():
        values = [
            r.emotion
            for p in personas
            if (r := journey.rating(step.id, p)) is not None and r.emotion is not None
        ]
        if values:
            curve.append((step.id, sum(values) / len(values)))
    return curve


def _curve(ax: Any, journey: Journey, persona_id: str | None, words: Words) -> None:
    ax.set_title(words(CURVE), fontsize=10, loc="left", fontweight="bold")
    curve = _mean_curve(journey, persona_id)
    if not curve:
        say_empty(ax, words)
        return
    xs = list(range(len(curve)))
    ys = [v for _, v in curve]
    ax.fill_between(
        xs,
        ys,
        0,
        where=[y >= 0 for y in ys],
        color=palette.GOOD,
        alpha=0.25,
        lw=0,
        interpolate=True,
    )
    ax.fill_between(
        xs, ys, 0, where=[y <= 0 for y in ys], color=palette.BAD, alpha=0.3, lw=0, interpolate=True
    )
    ax.plot(xs, ys, color="#333333", lw=1.6, marker="o", ms=3)
    ax.axhline(0, color="#555555", lw=0.8)
    ax.set_ylim(-2.6, 2.3)
    ax.set_xlim(-0.5, len(xs) - 0.5)
    ax.set_yticks([-2, 0, 2], ["−2", "0", "+2"], fontsize=8)
    ax.set_xticks([])
    titles = {s.id: s.title for s in journey.steps}
    lowest: list[int] = []
    for i in sorted(range(len(ys)), key=lambda i: ys[i]):
        if ys[i] < 0 and all(abs(i - j) >= max(3, len(ys) // 6) for j in lowest):
            lowest.append(i)
        if len(lowest) == 3:
            break
    for i in lowest:
        ax.annotate(
            wrap_label(titles[curve[i][0]], 18, 2),
            (i, ys[i]),
            xytext=(0, -12),
            textcoords="offset points",
            ha="center",
            va="top",
            fontsize=7,
            arrowprops={"arrowstyle": "-", "color": "#777777", "lw": 0.6},
        )


def _quote(journey: Journey, step_id: str, persona_id: str) -> str:
    step = journey.find("steps", step_id)
    if step is not None and step.thinking:
        return step.thinking
    persona = journey.find("personas", persona_id)
    return persona.quote if persona is not None else ""


def _worst(ax: Any, journey: Journey, analysis: JourneyAnalysis, words: Words) -> None:
    ax.set_axis_off()
    ax.set_title(words(WORST), fontsize=10, loc="left", fontweight="bold")
    pains = analysis.pain_points[:5]
    if not pains:
        say_empty(ax, words, NO_PAIN)
        return
    titles = {s.id: s.title for s in journey.steps}
    names = {p.id: p.name for p in journey.personas}
    y = 0.98
    for i, pain in enumerate(pains, start=1):
        mark = palette.SEVERITY_MARK.get(pain.severity, "")
        head = f"{i}. {titles.get(pain.step_id, pain.step_id)} — {names.get(pain.persona_id, '')}"
        ax.text(
            0,
            y,
            wrap_label(head, 70, 1),
            fontsize=8.5,
            fontweight="bold",
            va="top",
            transform=ax.transAxes,
        )
        badge = f"{mark} {words(SEVERITY_WORDS.get(pain.severity, pain.severity))}"
        ax.text(
            1,
            y,
            badge,
            fontsize=8,
            va="top",
            ha="right",
            transform=ax.transAxes,
            color=palette.SEVERITY.get(pain.severity, "#333333"),
            fontweight="bold",
        )
        phrases = pain.reason_phrases if len(pain.reason_phrases) == len(pain.reasons) else ()
        reasons = (
            [words.phrase(p, t) for p, t in zip(phrases, pain.reasons, strict=True)]
            if phrases
            else list(pain.reasons)
        )
        separator = "; " if words.decimal_point == "," else ", "
        ax.text(
            0.02,
            y - 0.055,
            wrap_label(separator.join(reasons), 95, 1),
            fontsize=7.5,
            va="top",
            transform=ax.transAxes,
            color="#333333",
        )
        quote = _quote(journey, pain.step_id, pain.persona_id)
        if quote:
            ax.text(
                0.02,
                y - 0.105,
                wrap_label(f"“{quote}”", 95, 1),
                fontsize=7.5,
                style="italic",
                va="top",
                transform=ax.transAxes,
                color="#555555",
            )
        y -= 0.2


def _grid(ax: Any, journey: Journey, words: Words) -> None:
    ax.set_title(words(GRID), fontsize=10, loc="left", fontweight="bold")
    placed = [o for o in journey.opportunities if o.impact is not None and o.effort is not None]
    if not placed:
        say_empty(ax, words, NO_OPPORTUNITIES)
        return
    ax.axhspan(3, 5.6, xmin=0, xmax=(3 - 0.4) / 5.2, color="#e0ecf5", lw=0)
    ax.text(0.55, 5.45, words(QUICK_WINS), fontsize=7, color="#1f4e79", va="top")
    seen: dict[tuple[int, int], int] = {}
    for o in placed:
        assert o.impact is not None and o.effort is not None
        k = seen.get((o.effort, o.impact), 0)
        seen[(o.effort, o.impact)] = k + 1
        x, y = o.effort, o.impact - 0.32 * k  # the same cell: stacked downwards
        ax.plot([x], [y], "o", color=palette.GOOD, ms=7)
        ax.annotate(
            wrap_label(o.title, 22, 2),
            (x, y),
            xytext=(6, 0),
            textcoords="offset points",
            fontsize=6.5,
            va="center",
        )
    ax.set_xlim(0.4, 5.6)
    ax.set_ylim(0.4, 5.6)
    ax.set_xticks(range(1, 6))
    ax.set_yticks(range(1, 6))
    ax.tick_params(labelsize=8)
    ax.set_xlabel(words(EFFORT), fontsize=8)
    ax.set_ylabel(words(IMPACT), fontsize=8)
    ax.grid(color="#eeeeee")
    ax.set_axisbelow(True)


def summary_figure(
    journey: Journey,
    analysis: JourneyAnalysis,
    persona_id: str | None = None,
    words: Words | None = None,
) -> Any:
    """The one-page executive summary as a matplotlib figure (A4 landscape)."""
    from matplotlib.figure import Figure

    words = words or words_for(journey.language)
    fig = Figure(figsize=A4_LANDSCAPE, layout="constrained")
    persona = journey.find("personas", persona_id) if persona_id else None
    heading = f"{journey.title} — {words(SUMMARY)}" + (f" — {persona.name}" if persona else "")
    fig.suptitle(wrap_label(heading, 110, 1), fontsize=14, fontweight="bold", x=0.02, ha="left")
    grid = fig.add_gridspec(2, 2, width_ratios=[1.25, 1], height_ratios=[1, 1.05])
    _curve(fig.add_subplot(grid[0, 0]), journey, persona_id, words)
    funnel = fig.add_subplot(grid[0, 1])
    funnel.set_title(words(FUNNEL), fontsize=10, loc="left", fontweight="bold")
    funnel_figure(journey, analysis, persona_id, words, ax=funnel)
    funnel.tick_params(labelsize=7)
    for text in funnel.texts:
        text.set_fontsize(6.5)
    _worst(fig.add_subplot(grid[1, 0]), journey, analysis, words)
    _grid(fig.add_subplot(grid[1, 1]), journey, words)
    return fig


def save_summary(
    journey: Journey,
    analysis: JourneyAnalysis,
    path: str | os.PathLike[str],
    fmt: str,
    *,
    dpi: int = 150,
    persona_id: str | None = None,
    lang: str | None = None,
) -> None:
    """Write the executive summary to ``path`` as ``fmt`` (pdf, png or svg)."""
    fig = summary_figure(journey, analysis, persona_id, words_for(lang or journey.language))
    save_figure(fig, path, fmt, dpi, journey.title)
