"""The journey document: flat, ordered lists of items that refer to each other by id."""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum
from typing import Annotated, Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, StringConstraints

from journeymap.model.comments import Comments
from journeymap.model.entities import (
    TEXT_PATTERN,
    Channel,
    Item,
    Opportunity,
    Persona,
    Rating,
    Stage,
    Step,
    Transition,
)
from journeymap.model.maturity import Assessments

__all__ = [
    "COLLECTIONS",
    "DEFAULT_LANES",
    "FORMAT_VERSION",
    "NOUNS",
    "OPTIONAL_LANES",
    "Journey",
    "Lane",
    "LaneSetting",
    "item_key",
]

FORMAT_VERSION = 1
"""The file format version this program writes (see :mod:`journeymap.model.migrations`)."""


class Lane(StrEnum):
    """The rows of the map, one per kind of information about a step."""

    STEPS = "steps"
    CHANNEL = "channel"
    DOING = "doing"
    THINKING = "thinking"
    FEELING = "feeling"
    RATINGS = "ratings"
    EMOTION_CURVE = "emotion_curve"
    PAIN_POINTS = "pain_points"
    OPPORTUNITIES = "opportunities"
    BACKSTAGE = "backstage"
    SERVICE_LEVEL = "service_level"
    COST = "cost"


class LaneSetting(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    lane: Lane
    visible: bool = True


OPTIONAL_LANES = frozenset({Lane.SERVICE_LEVEL, Lane.COST})
"""Lanes a new journey lists hidden: shown from View ▸ Lanes when wanted."""

DEFAULT_LANES: tuple[LaneSetting, ...] = tuple(
    LaneSetting(lane=lane, visible=lane not in OPTIONAL_LANES) for lane in Lane
)

# Collection name -> item class, in the order they are written to a file.
COLLECTIONS: dict[str, type[Item]] = {
    "personas": Persona,
    "stages": Stage,
    "channels": Channel,
    "steps": Step,
    "transitions": Transition,
    "ratings": Rating,
    "opportunities": Opportunity,
}

NOUNS: dict[str, str] = {
    "personas": "persona",
    "stages": "stage",
    "channels": "channel",
    "steps": "step",
    "transitions": "transition",
    "ratings": "rating",
    "opportunities": "opportunity",
}
"""What one item of each collection is called in labels and messages."""


def item_key(item: Item) -> Any:
    """The identity of an item within its collection: its id, or for a rating
    the pair ``(step_id, persona_id)``."""
    if isinstance(item, Rating):
        return item.key
    return item.id  # type: ignore[attr-defined]


class Journey(BaseModel):
    """A whole journey map. The lists are ordered: stage order is the column
    order, and within a stage the steps appear in list order.

    The lists are mutated only by edit commands (:mod:`journeymap.model.edits`).
    """

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    format_version: int = FORMAT_VERSION
    id: Annotated[str, StringConstraints(max_length=200, pattern=TEXT_PATTERN)] = ""
    title: Annotated[str, StringConstraints(max_length=500, pattern=TEXT_PATTERN)] = (
        "Untitled journey"
    )
    description: Annotated[str, StringConstraints(max_length=20_000, pattern=TEXT_PATTERN)] = ""
    language: Annotated[str, StringConstraints(max_length=20, pattern=TEXT_PATTERN)] = ""
    personas: list[Persona] = Field(default_factory=list)
    stages: list[Stage] = Field(default_factory=list)
    channels: list[Channel] = Field(default_factory=list)
    steps: list[Step] = Field(default_factory=list)
    transitions: list[Transition] = Field(default_factory=list)
    ratings: list[Rating] = Field(default_factory=list)
    opportunities: list[Opportunity] = Field(default_factory=list)
    lanes: tuple[LaneSetting, ...] = DEFAULT_LANES
    metadata: dict[
        Annotated[str, StringConstraints(max_length=200, pattern=TEXT_PATTERN)],
        Annotated[str, StringConstraints(max_length=20_000, pattern=TEXT_PATTERN)],
    ] = Field(default_factory=dict)
    comments: Comments = Field(default_factory=dict)
    """Comments on the journey and its items, by id (:mod:`journeymap.model.comments`)."""
    assessments: Assessments = Field(default_factory=dict)
    """CX maturity self-assessments, by id (:mod:`journeymap.model.maturity`)."""

    SCALAR_FIELDS: ClassVar[tuple[str, ...]] = ("id", "title", "description", "language")

    # Position of each item by key, per collection; built on demand, dropped by
    # :meth:`invalidate` whenever a list changes shape (insert, remove, reorder).
    _positions: dict[str, dict[Any, int]] = PrivateAttr(default_factory=dict)

    def __eq__(self, other: object) -> bool:
        # Compare the document only, not the position cache.
        if not isinstance(other, Journey):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in type(self).model_fields)

    __hash__ = None  # type: ignore[assignment]

    # -- lookups ---------------------------------------------------------------

    def collection(self, name: str) -> list[Any]:
        if name not in COLLECTIONS:
            raise KeyError(f"unknown collection {name!r}")
        return getattr(self, name)

    def invalidate(self, collection: str | None = None) -> None:
        """Forget cached positions after a list was reordered, grown or shrunk."""
        if collection is None:
            self._positions.clear()
        else:
            self._positions.pop(collection, None)

    def position(self, collection: str, key: Any) -> int | None:
        """Index of the item with ``key`` in ``collection``, or ``None``."""
        items = self.collection(collection)
        # The private store directly: ``self._positions`` goes through pydantic's
        # ``__getattr__``, half the cost of a lookup that views make per cell.
        cache: dict[str, dict[Any, int]] = self.__pydantic_private__["_positions"]  # type: ignore[index]
        positions = cache.get(collection)
        if positions is not None and len(positions) == len(items):
            pos = positions.get(key)
            if pos is None:
                return None
            if pos < len(items) and item_key(items[pos]) == key:
                return pos
        positions = {}
        for i, item in enumerate(items):
            positions.setdefault(item_key(item), i)
        cache[collection] = positions
        return positions.get(key)

    def find(self, collection: str, key: Any) -> Any | None:
        pos = self.position(collection, key)
        return None if pos is None else self.collection(collection)[pos]

    def has(self, collection: str, key: Any) -> bool:
        return self.position(collection, key) is not None

    def steps_in_stage(self, stage_id: str) -> list[Step]:
        return [s for s in self.steps if s.stage_id == stage_id]

    def ordered_steps(self) -> list[Step]:
        """Steps in map order: by stage order, then list order within a stage.
        Steps whose stage is unknown come last."""
        rank = {stage.id: i for i, stage in enumerate(self.stages)}
        last = len(rank)
        return sorted(self.steps, key=lambda s: rank.get(s.stage_id, last))

    def rating(self, step_id: str, persona_id: str) -> Rating | None:
        return self.find("ratings", (step_id, persona_id))

    def iter_items(self) -> Iterator[tuple[str, Any]]:
        for name in COLLECTIONS:
            for item in getattr(self, name):
                yield name, item

    def copy_deep(self) -> Journey:
        """An independent copy (items are immutable, so copying the lists suffices)."""
        copy = self.model_copy(
            update={name: list(getattr(self, name)) for name in COLLECTIONS}
            | {
                "metadata": dict(self.metadata),
                "comments": dict(self.comments),
                "assessments": dict(self.assessments),
            }
        )
        copy._positions = {}  # model_copy shares the cache dict; the copy's lists differ
        return copy
