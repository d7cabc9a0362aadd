"""Hypothesis strategies that build valid journeys: every reference resolves, every
value is inside its scale, texts are any Unicode a journey accepts (everything
but the control characters other than tab, CR and LF, and U+FFFE/U+FFFF)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from hypothesis import strategies as st

from journeymap.model import (
    EASE,
    EMOTION,
    GOAL,
    Channel,
    ChannelKind,
    Journey,
    Lane,
    LaneSetting,
    MaturityArea,
    Opportunity,
    OpportunityStatus,
    Ownership,
    Persona,
    Position,
    Rating,
    RatingSource,
    ServiceLevel,
    Stage,
    Step,
    StepKind,
    Transition,
)
from journeymap.model.comments import Comment, Reply
from journeymap.model.maturity import AreaAnswer, Assessment

__all__ = ["characters", "ids", "journeys", "ratings_for", "text", "texts"]

# Unicode letters and digits (any script) plus a few marks ids often use.
ids = st.text(
    alphabet=st.one_of(st.characters(categories=["L", "N"]), st.sampled_from("-_.:#")),
    min_size=1,
    max_size=12,
)
characters = st.characters(
    blacklist_categories=["Cs"],
    blacklist_characters=[
        *(chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"),
        "\ufffe",
        "\uffff",
    ],
)
"""Every character a journey's text accepts."""


def text(**bounds: int) -> st.SearchStrategy[str]:
    return st.text(alphabet=characters, **bounds)


texts = text(max_size=40)
names = text(max_size=25)
colours = st.from_regex(r"\A#[0-9a-fA-F]{6}\Z")
counts = st.none() | st.integers(0, 10**12)
fractions = st.none() | st.floats(0, 1)


def _scale(scale) -> st.SearchStrategy[float | None]:
    return st.none() | st.floats(scale.low, scale.high) | st.sampled_from([scale.low, scale.high])


def _unique_ids(max_size: int, min_size: int = 0) -> st.SearchStrategy[list[str]]:
    return st.lists(ids, min_size=min_size, max_size=max_size, unique=True)


@st.composite
def ratings_for(draw, step_id: str, persona_id: str) -> Rating:
    return Rating(
        step_id=step_id,
        persona_id=persona_id,
        goal=draw(_scale(GOAL)),
        ease=draw(_scale(EASE)),
        emotion=draw(_scale(EMOTION)),
        n=draw(counts),
        source=draw(st.none() | st.sampled_from(RatingSource)),
        note=draw(texts),
    )


@st.composite
def journeys(draw, max_steps: int = 8) -> Journey:
    persona_ids = draw(_unique_ids(3))
    stage_ids = draw(_unique_ids(4, min_size=1))
    channel_ids = draw(_unique_ids(3))
    step_ids = draw(_unique_ids(max_steps))
    personas = [
        Persona(
            id=pid,
            name=draw(names),
            role=draw(names),
            description=draw(texts),
            goals=draw(texts),
            quote=draw(texts),
            colour=draw(colours),
            share=draw(fractions),
            shared_source=draw(names),
        )
        for pid in persona_ids
    ]
    stages = [Stage(id=sid, name=draw(names), description=draw(texts)) for sid in stage_ids]
    channels = [
        Channel(
            id=cid,
            name=draw(names),
            kind=draw(st.sampled_from(ChannelKind)),
            owner=draw(names),
            ownership=draw(st.sampled_from(Ownership)),
            shared_source=draw(names),
            service_level=draw(st.none() | st.sampled_from(ServiceLevel)),
        )
        for cid in channel_ids
    ]
    steps = [
        Step(
            id=sid,
            title=draw(names),
            stage_id=draw(st.sampled_from(stage_ids)),
            channel_id=draw(st.none() | st.sampled_from(channel_ids)) if channel_ids else None,
            kind=draw(st.sampled_from(StepKind)),
            owner=draw(names),
            doing=draw(texts),
            thinking=draw(texts),
            feeling=draw(texts),
            volume=draw(counts),
            duration_min=draw(st.none() | st.floats(0, 10**7)),
            cost_eur=draw(st.none() | st.floats(0, 10**12)),
            tags=tuple(draw(st.lists(text(min_size=1, max_size=10), max_size=3))),
            position=draw(
                st.none() | st.builds(Position, x=st.floats(-1e7, 1e7), y=st.floats(-1e7, 1e7))
            ),
            journey_link=draw(names),
            service_level=draw(st.none() | st.sampled_from(ServiceLevel)),
        )
        for sid in step_ids
    ]
    transitions = []
    if step_ids:
        pairs = draw(
            st.lists(st.tuples(st.sampled_from(step_ids), st.sampled_from(step_ids)), max_size=10)
        )
        tids = draw(st.lists(ids, min_size=len(pairs), max_size=len(pairs), unique=True))
        transitions = [
            Transition(
                id=tid,
                source=a,
                target=b,
                volume=draw(counts),
                share=draw(fractions),
                label=draw(names),
            )
            for tid, (a, b) in zip(tids, pairs, strict=True)
        ]
    keys = [(s, p) for s in step_ids for p in persona_ids]
    rated = draw(st.lists(st.sampled_from(keys), unique=True, max_size=12)) if keys else []
    ratings = [draw(ratings_for(s, p)) for s, p in rated]
    opportunities = [
        Opportunity(
            id=oid,
            title=draw(names),
            description=draw(texts),
            step_ids=tuple(draw(st.lists(st.sampled_from(step_ids), unique=True, max_size=3)))
            if step_ids
            else (),
            owner=draw(names),
            impact=draw(st.none() | st.integers(1, 5)),
            effort=draw(st.none() | st.integers(1, 5)),
            status=draw(st.sampled_from(OpportunityStatus)),
            priority=draw(st.none() | st.floats(0, 100)),
            areas=tuple(draw(st.lists(st.sampled_from(MaturityArea), unique=True, max_size=2))),
        )
        for oid in draw(_unique_ids(3))
    ]
    lanes = tuple(
        LaneSetting(lane=lane, visible=draw(st.booleans()))
        for lane in draw(st.permutations(list(Lane)))
    )
    return Journey(
        id=draw(text(max_size=20)),
        title=draw(names),
        description=draw(texts),
        language=draw(st.sampled_from(["", "en", "fi", "sv"])),
        personas=personas,
        stages=stages,
        channels=channels,
        steps=steps,
        transitions=transitions,
        ratings=ratings,
        opportunities=opportunities,
        lanes=lanes,
        metadata=draw(st.dictionaries(text(max_size=10), texts, max_size=3)),
        comments=draw(st.dictionaries(ids, comments(step_ids, persona_ids), max_size=2)),
        assessments=draw(st.dictionaries(ids, assessments(), max_size=2)),
    )


_TIMES = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
)
_SAID = text(min_size=1, max_size=40)


@st.composite
def comments(draw, step_ids: list[str], persona_ids: list[str]) -> Comment:
    """A comment on the journey, a step or a rating (which need not exist)."""
    targets = [("journey",)] + [("steps", s) for s in step_ids]
    targets += [("ratings", s, p) for s in step_ids for p in persona_ids]
    replies = st.builds(Reply, author=draw_names(), created=_TIMES, text=_SAID)
    return Comment(
        target=draw(st.sampled_from(targets)),
        author=draw(draw_names()),
        created=draw(_TIMES),
        text=draw(_SAID),
        resolved=draw(st.booleans()),
        replies=tuple(draw(st.lists(replies, max_size=2))),
    )


def draw_names() -> st.SearchStrategy[str]:
    return text(max_size=30)


@st.composite
def assessments(draw) -> Assessment:
    levels = st.none() | st.integers(1, 5)
    areas = draw(st.lists(st.sampled_from(MaturityArea), unique=True, max_size=6))
    answers = tuple(
        AreaAnswer(area=area, current=draw(levels), target=draw(levels))
        for area in MaturityArea
        if area in areas
    )
    return Assessment(
        respondent=draw(draw_names()),
        date=draw(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1))),
        answers=answers,
    )
