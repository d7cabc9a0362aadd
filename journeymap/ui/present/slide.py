"""What one presentation slide shows, read from the journey and its analysis.

:func:`build_slide` gathers everything the painter needs for one stage into
plain dataclasses, so :mod:`journeymap.ui.present.paint` only draws and
the window only decides which stage, step and persona are current.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from journeymap.canvas.analysis_text import drop_text, pain_reasons
from journeymap.canvas.marks import MapMarks
from journeymap.model.entities import Rating, RatingSource
from journeymap.model.journey import Journey
from journeymap.model.votes import SCALE_ORDER
from journeymap.ui.present.profile import ProfileView

__all__ = ["CardView", "SlideView", "build_slide", "rating_summary", "source_label"]


def tr(text: str) -> str:
    return QCoreApplication.translate("PresentationWindow", text)


KIND_LABEL = {
    "start": "Start",
    "decision": "Decision",
    "success": "Goal reached",
    "exit": "Leaves",
}


@dataclass
class CardView:
    step_id: str
    title: str
    channel: str
    kind: str
    doing: str
    thinking: str
    feeling: str
    ratings: dict[str, float | None]
    rating_note: str
    drop: str | None = None
    drop_level: int = 0
    pain: str | None = None
    pain_reasons: tuple[str, ...] = ()
    room_votes: int = 0
    highlighted: bool = False


@dataclass
class SlideView:
    title: str
    persona: str
    persona_colour: str | None
    stages: list[tuple[str, int]]
    stage_index: int
    stage_name: str
    stage_description: str
    cards: list[CardView]
    step_number: int = 0
    step_count: int = 0
    position_in_stage: int = -1
    armed: str | None = None
    prompt: list[str] | None = None
    prompt_title: str = ""
    toast: str = ""
    legend: bool = False
    persona_names: list[str] = field(default_factory=list)
    profile: ProfileView | None = None
    """The persona slide to show instead of the stage (key ``I``), or ``None``."""

    @property
    def current(self) -> CardView | None:
        return next((c for c in self.cards if c.highlighted), None)


def rating_summary(
    journey: Journey, step_id: str, persona_id: str | None
) -> tuple[dict[str, float | None], str]:
    """The ratings to show for a step, and a short note on where they come from.

    For one persona: that persona's rating. For all personas: the mean of each
    scale over the personas that rated it.
    """
    if persona_id is not None:
        rating = journey.rating(step_id, persona_id)
        if rating is None:
            return dict.fromkeys(SCALE_ORDER), tr("not rated")
        return {s: getattr(rating, s) for s in SCALE_ORDER}, _source_note(journey, rating)
    found: list[Rating] = [
        r for p in journey.personas if (r := journey.rating(step_id, p.id)) is not None
    ]
    values: dict[str, float | None] = {}
    for scale in SCALE_ORDER:
        present = [getattr(r, scale) for r in found if getattr(r, scale) is not None]
        values[scale] = round(sum(present) / len(present), 2) if present else None
    rated = sum(1 for r in found if not r.is_empty)
    if rated == 0:
        return values, tr("not rated")
    text = tr("mean of 1 persona") if rated == 1 else tr("mean of {n} personas")
    return values, text.format(n=rated)


def source_label(source: RatingSource) -> str:
    """Where a rating comes from, in the room's language ("workshop" → "työpaja")."""
    labels = {
        RatingSource.WORKSHOP: tr("workshop"),
        RatingSource.SURVEY: tr("survey"),
        RatingSource.INTERVIEW: tr("interview"),
        RatingSource.ANALYTICS: tr("analytics"),
        RatingSource.OBSERVATION: tr("observation"),
        RatingSource.ESTIMATE: tr("estimate"),
    }
    return labels.get(source, str(source.value))


def _source_note(journey: Journey, rating: Rating) -> str:
    """The sources the rating is made of (those that count, in the room's
    language) and its n."""
    parts = list(
        dict.fromkeys(
            source_label(m.source)
            for m in journey.measurements_of(rating.step_id, rating.persona_id)
            if journey.counts(m)
        )
    )
    if rating.n is not None:
        parts.append(f"n = {rating.n}")
    return " · ".join(parts) if parts else tr("rated")


def build_slide(
    journey: Journey,
    stage_index: int,
    step_id: str | None,
    persona_id: str | None,
    marks: MapMarks,
    room_votes: dict[str, int],
) -> SlideView:
    """The slide of stage ``stage_index`` with ``step_id`` highlighted."""
    stages = [(s.name, len(journey.steps_in_stage(s.id))) for s in journey.stages]
    stage = journey.stages[stage_index] if journey.stages else None
    steps = journey.steps_in_stage(stage.id) if stage is not None else []
    channels = {c.id: c.name for c in journey.channels}
    cards = []
    for step in steps:
        ratings, note = rating_summary(journey, step.id, persona_id)
        card = CardView(
            step.id,
            step.title or tr("(untitled step)"),
            channels.get(step.channel_id or "", ""),
            tr(KIND_LABEL.get(str(step.kind.value), "")),
            step.doing,
            step.thinking,
            step.feeling,
            ratings,
            note,
            room_votes=room_votes.get(step.id, 0),
            highlighted=step.id == step_id,
        )
        drop = marks.drops.get(step.id)
        if drop is not None:
            card.drop, card.drop_level = drop_text(drop), drop.level
        pain = marks.pains.get(step.id)
        if pain is not None:
            card.pain, card.pain_reasons = pain.severity, tuple(pain_reasons(pain))
        cards.append(card)
    ordered = [s.id for s in journey.ordered_steps()]
    persona = journey.find("personas", persona_id) if persona_id else None
    return SlideView(
        title=journey.title,
        persona=persona.name if persona is not None else tr("All personas"),
        persona_colour=persona.colour if persona is not None else None,
        stages=stages,
        stage_index=stage_index,
        stage_name=stage.name if stage is not None else tr("No stages yet"),
        stage_description=stage.description if stage is not None else "",
        cards=cards,
        step_number=ordered.index(step_id) + 1 if step_id in ordered else 0,
        step_count=len(ordered),
        position_in_stage=next((i for i, s in enumerate(steps) if s.id == step_id), -1),
        persona_names=[p.name for p in journey.personas],
    )
