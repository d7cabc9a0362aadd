"""The roadmap as one landscape page (``journeymap export FILE --chart roadmap``).

Left, the impact × effort matrix: each opportunity is a numbered disc in its
cell, the number being its rank by priority; right, the board by status, each
card with its rank, title, priority, impact, effort, owner and the CX maturity
areas it improves (short tags, named in the key). The rank ties the two halves
together. A card's worst pain point colours its disc and stripe and
is also written as a mark (‼ critical, ! major, · minor), so nothing rests on
colour alone. Drawn with matplotlib like the other charts (no pyplot, no Qt).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from journeymap import palette
from journeymap.analysis.phrases import format_count
from journeymap.analysis.roadmap import BOARD_STATUSES, Roadmap, RoadmapCard, build_roadmap
from journeymap.export.charts import wrap_label
from journeymap.model.entities import MaturityArea
from journeymap.model.journey import Journey
from journeymap.model.maturity import AREA_NAMES

if TYPE_CHECKING:
    from journeymap.analysis.results import JourneyAnalysis

__all__ = ["PAGE_SIZE", "roadmap_figure"]

PAGE_SIZE = (16.5, 11.7)
"""A3 landscape, in inches: room for five board columns of readable cards."""
MAX_CARDS = 9
"""Cards a board column shows; the rest are counted."""
STATUS_NAMES = {
    "idea": "Idea",
    "planned": "Planned",
    "in_progress": "In progress",
    "done": "Done",
    "dropped": "Dropped",
}
AREA_TAGS = {
    MaturityArea.CUSTOMER_UNDERSTANDING: "CU",
    MaturityArea.PRIORITISATION: "PR",
    MaturityArea.DESIGN: "DE",
    MaturityArea.DELIVERY: "DL",
    MaturityArea.MEASUREMENT: "ME",
    MaturityArea.CULTURE: "CL",
}
"""A card's CX maturity areas as short tags (the key under the matrix names them)."""
_INK = "#1f2933"
_MUTED = "#5f6b7a"
_NO_PAIN = "#9aa3ad"
FORMULA = (
    "Priority 0–100 = impact × (6 − effort) ÷ 25 × (½ + ½ × pain at the linked steps "
    "relative to the worst step); * set by hand. Missing impact or effort counts as 3."
)


def _colour(card: RoadmapCard) -> str:
    return palette.SEVERITY.get(card.worst_severity or "", _NO_PAIN)


def _mark(card: RoadmapCard) -> str:
    return palette.SEVERITY_MARK.get(card.worst_severity or "", "")


def _priority(card: RoadmapCard) -> str:
    return format_count(card.priority) + ("*" if card.overridden else "")


def roadmap_figure(
    journey: Journey, analysis: JourneyAnalysis, persona_id: str | None = None
) -> Any:
    """The roadmap page of ``journey`` (pain points of ``analysis``)."""
    from matplotlib.figure import Figure

    roadmap = build_roadmap(journey, analysis.pain_points)
    rank = {c.opportunity_id: i for i, c in enumerate(roadmap.cards, start=1)}
    figure = Figure(figsize=PAGE_SIZE)
    persona = next((p.name for p in journey.personas if p.id == persona_id), None)
    heading = f"Roadmap — {journey.title}" + (f" — {persona}" if persona else "")
    figure.text(0.03, 0.965, heading, fontsize=18, fontweight="bold", color=_INK, va="top")
    figure.text(0.03, 0.925, FORMULA, fontsize=9.5, color=_MUTED, va="top")
    matrix = figure.add_axes((0.05, 0.17, 0.33, 0.68))
    _draw_matrix(matrix, roadmap, rank)
    board = figure.add_axes((0.41, 0.04, 0.57, 0.86))
    _draw_board(board, roadmap, rank)
    _draw_unrated(figure, roadmap, rank)
    _draw_key(figure, roadmap)
    return figure


def _area_key(roadmap: Roadmap, width: int = 80) -> list[str]:
    """The key of the area tags on the cards, in lines of about ``width``
    characters that never split a tag from its name (none without tags)."""
    areas = roadmap.areas()
    if not areas:
        return []
    lines = ["CX maturity areas the cards improve:"]
    separator = " "
    for entry in (f"{AREA_TAGS[a]} {AREA_NAMES[a]}" for a in areas):
        if len(lines[-1]) + len(separator) + len(entry) > width:
            lines.append(entry)
        else:
            lines[-1] += separator + entry
        separator = " · "
    return lines


def area_tags(card: RoadmapCard) -> str:
    """The card's CX maturity areas as tags, e.g. ``"CU DL"``."""
    return " ".join(AREA_TAGS[a] for a in card.areas)


def _draw_key(figure: Any, roadmap: Roadmap) -> None:
    """What a disc's colour and mark say, and the area tags of the cards, under
    the matrix."""
    key = _area_key(roadmap)
    if key:
        figure.text(0.05, 0.097, "\n".join(key), fontsize=8.5, color=_MUTED, va="top")
    x = 0.05
    figure.text(x, 0.115, "Worst pain point at the linked steps:", fontsize=8.5, color=_MUTED)
    x += 0.165
    for severity in ("critical", "major", "minor"):
        colour = palette.SEVERITY[severity]
        label = f"{palette.SEVERITY_MARK[severity]} {severity}"
        figure.text(x, 0.115, "●", fontsize=11, color=colour, va="baseline")
        figure.text(x + 0.012, 0.115, label, fontsize=8.5, color=_INK)
        x += 0.06
    figure.text(x, 0.115, "●", fontsize=11, color=_NO_PAIN, va="baseline")
    figure.text(x + 0.012, 0.115, "none", fontsize=8.5, color=_INK)


def _draw_matrix(ax: Any, roadmap: Roadmap, rank: dict[str, int]) -> None:
    ax.set_xlim(0.5, 5.5)
    ax.set_ylim(0.5, 5.5)
    ax.set_xticks(range(1, 6))
    ax.set_yticks(range(1, 6))
    ax.set_xlabel("Effort (1 low – 5 high)", color=_INK)
    ax.set_ylabel("Impact (1 low – 5 high)", color=_INK)
    ax.set_title("Impact × effort", loc="left", fontsize=12, fontweight="bold", color=_INK)
    ax.tick_params(length=0, colors=_MUTED)
    for edge in ax.spines.values():
        edge.set_color("#c9ced6")
    for impact in range(1, 6):
        for effort in range(1, 6):
            value = impact * (6 - effort)
            tint = "#e3f1ea" if value >= 15 else "#f4f7f5" if value >= 8 else "#fafafa"
            ax.add_patch(_rect(effort - 0.5, impact - 0.5, 1, 1, tint, "#ffffff"))
    ax.text(1.55, 5.42, "quick wins", fontsize=8, color="#2d6a4f", va="top", ha="center")
    ax.text(5.45, 5.42, "big bets", fontsize=8, color=_MUTED, va="top", ha="right")
    slots = [(dx, dy) for dy in (0.27, 0.0, -0.27) for dx in (-0.3, 0.0, 0.3)]
    for impact in range(1, 6):
        for effort in range(1, 6):
            cards = roadmap.cell(impact, effort)
            for slot, card in enumerate(cards[: len(slots)]):
                dx, dy = slots[slot]
                x, y = effort + dx, impact + dy
                ax.scatter([x], [y], s=330, color=_colour(card), edgecolors=_INK, zorder=3)
                ax.text(
                    x, y, str(rank[card.opportunity_id]), ha="center", va="center",
                    fontsize=8, fontweight="bold", color="white", zorder=4,
                )  # fmt: skip
            if len(cards) > len(slots):
                more = f"+{len(cards) - len(slots)}"
                ax.text(effort + 0.45, impact - 0.45, more, fontsize=7, ha="right", color=_INK)


def _rect(x: float, y: float, w: float, h: float, face: str, edge: str) -> Any:
    from matplotlib.patches import Rectangle

    return Rectangle((x, y), w, h, facecolor=face, edgecolor=edge, linewidth=1.5)


def _draw_board(ax: Any, roadmap: Roadmap, rank: dict[str, int]) -> None:
    from matplotlib.patches import FancyBboxPatch

    ax.set_xlim(0, len(BOARD_STATUSES))
    ax.set_ylim(0, 1)
    ax.axis("off")
    card_h = 0.088
    gap = 0.012
    for column, status in enumerate(BOARD_STATUSES):
        cards = roadmap.column(status)
        left = column + 0.03
        width = 0.94
        ax.add_patch(_rect(left, 0.0, width, 0.955, "#f3f4f6", "#f3f4f6"))
        title = f"{STATUS_NAMES[status.value]} · {format_count(len(cards))}"
        ax.text(left + 0.04, 0.985, title, fontsize=12, fontweight="bold", color=_INK, va="top")
        top = 0.94
        for card in cards[:MAX_CARDS]:
            y = top - card_h
            ax.add_patch(
                FancyBboxPatch(
                    (left + 0.03, y), width - 0.06, card_h,
                    boxstyle="round,pad=0,rounding_size=0.02",
                    facecolor="white", edgecolor="#b8bcc4", linewidth=0.8,
                )
            )  # fmt: skip
            ax.add_patch(_rect(left + 0.03, y, 0.025, card_h, _colour(card), _colour(card)))
            text_x = left + 0.08
            head = f"#{rank[card.opportunity_id]}  {_mark(card)}".rstrip()
            ax.text(text_x, y + card_h - 0.008, head, fontsize=8, color=_colour(card),
                    fontweight="bold", va="top")  # fmt: skip
            if card.areas:
                ax.text(text_x + 0.2, y + card_h - 0.009, area_tags(card), fontsize=7,
                        color=_MUTED, fontweight="bold", va="top")  # fmt: skip
            ax.text(left + width - 0.06, y + card_h - 0.008, _priority(card), fontsize=10,
                    fontweight="bold", color=_INK, va="top", ha="right")  # fmt: skip
            ax.text(text_x, y + card_h - 0.027, wrap_label(card.title, 23, 3), fontsize=8.5,
                    color=_INK, va="top", linespacing=1.1)  # fmt: skip
            ax.text(text_x, y + 0.007, _details(card), fontsize=7, color=_MUTED, va="bottom")
            top = y - gap
        if len(cards) > MAX_CARDS:
            ax.text(left + 0.04, top - 0.01, f"+ {len(cards) - MAX_CARDS} more", fontsize=8,
                    color=_MUTED, va="top")  # fmt: skip


def _details(card: RoadmapCard) -> str:
    parts = [
        f"I {card.impact if card.impact is not None else '–'}",
        f"E {card.effort if card.effort is not None else '–'}",
    ]
    if card.owner:
        parts.append(wrap_label(card.owner, 17, 1))
    return " · ".join(parts)


def _draw_unrated(figure: Any, roadmap: Roadmap, rank: dict[str, int]) -> None:
    unrated = [c for c in roadmap.cards if c.impact is None or c.effort is None]
    if not unrated:
        return
    names = ", ".join(f"#{rank[c.opportunity_id]} {wrap_label(c.title, 45, 1)}" for c in unrated)
    text = wrap_label(f"Not in the matrix (impact or effort not rated): {names}", 95, 4)
    lines = len(_area_key(roadmap))
    top = 0.095 - (0.0135 * lines + 0.006 if lines else 0)
    figure.text(0.05, top, text, fontsize=8.5, color=_MUTED, va="top")
