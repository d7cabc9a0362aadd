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
from journeymap.analysis.roadmap import BOARD_STATUSES, Roadmap, RoadmapCard, build_roadmap
from journeymap.export.charts import wrap_label
from journeymap.export.radar import AREA_WORDS
from journeymap.export.roadmap_sheet import SEVERITY_WORDS, STATUS_WORDS
from journeymap.export.words import Words, word, words_for
from journeymap.model.entities import MaturityArea
from journeymap.model.journey import Journey

if TYPE_CHECKING:
    from journeymap.analysis.results import JourneyAnalysis

__all__ = ["PAGE_SIZE", "roadmap_figure"]

PAGE_SIZE = (16.5, 11.7)
"""A3 landscape, in inches: room for five board columns of readable cards."""
MAX_CARDS = 9
"""Cards a board column shows; the rest are counted."""
STATUS_NAMES = {status.value: name for status, name in STATUS_WORDS.items()}
"""A board column's status (``"in progress"``; its head writes it capitalised)."""
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
FORMULA = word(
    "Priority 0–100 = impact × (6 − effort) ÷ 25 × (½ + ½ × pain at the linked steps "
    "relative to the worst step); * set by hand. Missing impact or effort counts as 3."
)
HEADING = word("Roadmap — {title}")
AREA_KEY = word("CX maturity areas the cards improve:")
PAIN_KEY = word("Worst pain point at the linked steps:")
NO_PAIN = word("none")
EFFORT_AXIS = word("Effort (1 low – 5 high)")
IMPACT_AXIS = word("Impact (1 low – 5 high)")
MATRIX_TITLE = word("Impact × effort")
QUICK_WINS = word("quick wins")
BIG_BETS = word("big bets")
MORE = word("+ {count} more")
IMPACT_SHORT = word("I {impact}")
EFFORT_SHORT = word("E {effort}")
UNRATED = word("Not in the matrix (impact or effort not rated): {names}")


def _colour(card: RoadmapCard) -> str:
    return palette.SEVERITY.get(card.worst_severity or "", _NO_PAIN)


def _mark(card: RoadmapCard) -> str:
    return palette.SEVERITY_MARK.get(card.worst_severity or "", "")


def _priority(card: RoadmapCard, words: Words) -> str:
    return words.count(card.priority) + ("*" if card.overridden else "")


def roadmap_figure(
    journey: Journey,
    analysis: JourneyAnalysis,
    persona_id: str | None = None,
    words: Words | None = None,
) -> Any:
    """The roadmap page of ``journey`` (pain points of ``analysis``), in
    ``words``' language (the journey's when ``None``)."""
    from matplotlib.figure import Figure

    words = words or words_for(journey.language)
    roadmap = build_roadmap(journey, analysis.pain_points)
    rank = {c.opportunity_id: i for i, c in enumerate(roadmap.cards, start=1)}
    figure = Figure(figsize=PAGE_SIZE)
    persona = next((p.name for p in journey.personas if p.id == persona_id), None)
    heading = words(HEADING).replace("{title}", journey.title) + (
        f" — {persona}" if persona else ""
    )
    figure.text(0.03, 0.965, heading, fontsize=18, fontweight="bold", color=_INK, va="top")
    figure.text(0.03, 0.925, words(FORMULA), fontsize=9.5, color=_MUTED, va="top")
    matrix = figure.add_axes((0.05, 0.17, 0.33, 0.68))
    _draw_matrix(matrix, roadmap, rank, words)
    board = figure.add_axes((0.41, 0.04, 0.57, 0.86))
    _draw_board(board, roadmap, rank, words)
    _draw_unrated(figure, roadmap, rank, words)
    _draw_key(figure, roadmap, words)
    return figure


def _area_key(roadmap: Roadmap, words: Words, width: int = 80) -> list[str]:
    """The key of the area tags on the cards, in lines of about ``width``
    characters that never split a tag from its name (none without tags)."""
    areas = roadmap.areas()
    if not areas:
        return []
    lines = [words(AREA_KEY)]
    separator = " "
    for entry in (f"{AREA_TAGS[a]} {words(AREA_WORDS[a])}" for a in areas):
        if len(lines[-1]) + len(separator) + len(entry) > width:
            lines.append(entry)
        else:
            lines[-1] += separator + entry
        separator = " · "
    return lines


def area_tags(card: RoadmapCard) -> str:
    """The card's CX maturity areas as tags, e.g. ``"CU DL"``."""
    return " ".join(AREA_TAGS[a] for a in card.areas)


def _draw_key(figure: Any, roadmap: Roadmap, words: Words) -> None:
    """What a disc's colour and mark say, and the area tags of the cards, under
    the matrix."""
    drop = _key_drop(words)
    key = _area_key(roadmap, words)
    if key:
        figure.text(0.05, 0.097 - drop, "\n".join(key), fontsize=8.5, color=_MUTED, va="top")
    label = words(PAIN_KEY)
    figure.text(0.05, 0.115, label, fontsize=8.5, color=_MUTED)
    x, y = (0.05, 0.115 - drop) if drop else (0.05 + _width(label, 0.165), 0.115)
    for colour, label in _severity_labels(words):
        figure.text(x, y, "●", fontsize=11, color=colour, va="baseline")
        figure.text(x + 0.012, y, label, fontsize=8.5, color=_INK)
        x += 0.012 + _width(label, 0.048)


def _width(text: str, least: float) -> float:
    """About the width of ``text`` at 8.5 pt on the page, at least ``least``
    (the texts' lengths differ from one language to another)."""
    return max(least, 0.0046 * len(text) + 0.01)


def _severity_labels(words: Words) -> list[tuple[str, str]]:
    """The key's discs: colour and label of each severity, then of none."""
    labels = [
        (palette.SEVERITY[s], f"{palette.SEVERITY_MARK[s]} {words(SEVERITY_WORDS[s])}")
        for s in ("critical", "major", "minor")
    ]
    return [*labels, (_NO_PAIN, words(NO_PAIN))]


def _key_drop(words: Words) -> float:
    """0 when the key of the discs fits on one line under the matrix, else the
    height of the line it takes under its label (what comes below moves down)."""
    width = _width(words(PAIN_KEY), 0.165) + sum(
        0.012 + _width(label, 0.048) for _colour, label in _severity_labels(words)
    )
    return 0.0 if 0.05 + width <= 0.38 else 0.0135


def _draw_matrix(ax: Any, roadmap: Roadmap, rank: dict[str, int], words: Words) -> None:
    ax.set_xlim(0.5, 5.5)
    ax.set_ylim(0.5, 5.5)
    ax.set_xticks(range(1, 6), [words.count(n) for n in range(1, 6)])
    ax.set_yticks(range(1, 6), [words.count(n) for n in range(1, 6)])
    ax.set_xlabel(words(EFFORT_AXIS), color=_INK)
    ax.set_ylabel(words(IMPACT_AXIS), color=_INK)
    ax.set_title(words(MATRIX_TITLE), loc="left", fontsize=12, fontweight="bold", color=_INK)
    ax.tick_params(length=0, colors=_MUTED)
    for edge in ax.spines.values():
        edge.set_color("#c9ced6")
    for impact in range(1, 6):
        for effort in range(1, 6):
            value = impact * (6 - effort)
            tint = "#e3f1ea" if value >= 15 else "#f4f7f5" if value >= 8 else "#fafafa"
            ax.add_patch(_rect(effort - 0.5, impact - 0.5, 1, 1, tint, "#ffffff"))
    ax.text(1.55, 5.42, words(QUICK_WINS), fontsize=8, color="#2d6a4f", va="top", ha="center")
    ax.text(5.45, 5.42, words(BIG_BETS), fontsize=8, color=_MUTED, va="top", ha="right")
    slots = [(dx, dy) for dy in (0.27, 0.0, -0.27) for dx in (-0.3, 0.0, 0.3)]
    for impact in range(1, 6):
        for effort in range(1, 6):
            cards = roadmap.cell(impact, effort)
            for slot, card in enumerate(cards[: len(slots)]):
                dx, dy = slots[slot]
                x, y = effort + dx, impact + dy
                ax.scatter([x], [y], s=330, color=_colour(card), edgecolors=_INK, zorder=3)
                ax.text(
                    x, y, words.count(rank[card.opportunity_id]), ha="center", va="center",
                    fontsize=8, fontweight="bold", color="white", zorder=4,
                )  # fmt: skip
            if len(cards) > len(slots):
                more = "+" + words.count(len(cards) - len(slots))
                ax.text(effort + 0.45, impact - 0.45, more, fontsize=7, ha="right", color=_INK)


def _rect(x: float, y: float, w: float, h: float, face: str, edge: str) -> Any:
    from matplotlib.patches import Rectangle

    return Rectangle((x, y), w, h, facecolor=face, edgecolor=edge, linewidth=1.5)


def _draw_board(ax: Any, roadmap: Roadmap, rank: dict[str, int], words: Words) -> None:
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
        name = words(STATUS_NAMES[status.value])
        title = f"{name[:1].upper()}{name[1:]} · {words.count(len(cards))}"
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
            head = f"#{words.count(rank[card.opportunity_id])}  {_mark(card)}".rstrip()
            ax.text(text_x, y + card_h - 0.008, head, fontsize=8, color=_colour(card),
                    fontweight="bold", va="top")  # fmt: skip
            if card.areas:
                ax.text(text_x + 0.2, y + card_h - 0.009, area_tags(card), fontsize=7,
                        color=_MUTED, fontweight="bold", va="top")  # fmt: skip
            ax.text(left + width - 0.06, y + card_h - 0.008, _priority(card, words), fontsize=10,
                    fontweight="bold", color=_INK, va="top", ha="right")  # fmt: skip
            ax.text(text_x, y + card_h - 0.027, wrap_label(card.title, 23, 3), fontsize=8.5,
                    color=_INK, va="top", linespacing=1.1)  # fmt: skip
            ax.text(text_x, y + 0.007, _details(card, words), fontsize=7, color=_MUTED, va="bottom")
            top = y - gap
        if len(cards) > MAX_CARDS:
            more = words(MORE).replace("{count}", words.count(len(cards) - MAX_CARDS))
            ax.text(left + 0.04, top - 0.01, more, fontsize=8, color=_MUTED, va="top")


def _details(card: RoadmapCard, words: Words) -> str:
    impact = words.count(card.impact) if card.impact is not None else "–"
    effort = words.count(card.effort) if card.effort is not None else "–"
    parts = [
        words(IMPACT_SHORT).replace("{impact}", impact),
        words(EFFORT_SHORT).replace("{effort}", effort),
    ]
    if card.owner:
        parts.append(wrap_label(card.owner, 17, 1))
    return " · ".join(parts)


def _draw_unrated(figure: Any, roadmap: Roadmap, rank: dict[str, int], words: Words) -> None:
    unrated = [c for c in roadmap.cards if c.impact is None or c.effort is None]
    if not unrated:
        return
    names = ", ".join(
        f"#{words.count(rank[c.opportunity_id])} {wrap_label(c.title, 45, 1)}" for c in unrated
    )
    text = wrap_label(words(UNRATED).replace("{names}", names), 95, 4)
    lines = len(_area_key(roadmap, words))
    top = 0.095 - (0.0135 * lines + 0.006 if lines else 0) - _key_drop(words)
    figure.text(0.05, top, text, fontsize=8.5, color=_MUTED, va="top")
