"""The journey document: flat, ordered lists of items that refer to each other by id."""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum
from typing import Annotated, Any, ClassVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    StringConstraints,
    ValidationError,
    field_validator,
    model_validator,
)

from journeymap.model.comments import Comments
from journeymap.model.entities import (
    TEXT_PATTERN,
    Channel,
    Item,
    Opportunity,
    Persona,
    Rating,
    RatingSource,
    Stage,
    Step,
    Transition,
)
from journeymap.model.evidence import Measurement, measurements_from_rating
from journeymap.model.maturity import Assessments
from journeymap.model.scales import SCALES

__all__ = [
    "ALL_SOURCES",
    "COLLECTIONS",
    "DEFAULT_LANES",
    "DERIVED",
    "FORMAT_VERSION",
    "NOUNS",
    "OPTIONAL_LANES",
    "Journey",
    "Lane",
    "LaneSetting",
    "item_key",
]

FORMAT_VERSION = 2
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
    "measurements": Measurement,
}

DERIVED = frozenset({"ratings"})
"""Collections computed from others and not written to a file: ``ratings`` is
derived from ``measurements`` (see :meth:`Journey.derive_ratings`)."""

ALL_SOURCES: tuple[RatingSource, ...] = tuple(RatingSource)

_BY_RATING = "measurements by rating"
"""The position cache of each ``(step_id, persona_id)``'s measurements."""

NOUNS: dict[str, str] = {
    "personas": "persona",
    "stages": "stage",
    "channels": "channel",
    "steps": "step",
    "transitions": "transition",
    "ratings": "rating",
    "opportunities": "opportunity",
    "measurements": "measurement",
}
"""What one item of each collection is called in labels and messages."""


def item_key(item: Item) -> Any:
    """The identity of an item within its collection: its id, or for a rating
    the pair ``(step_id, persona_id)``, or for a measurement its
    :attr:`~journeymap.model.evidence.Measurement.key`."""
    cls = item.__class__
    if cls is Measurement or cls is Rating:
        return item.key  # type: ignore[attr-defined]
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
    ratings: list[Rating] = Field(default_factory=list, exclude=True)
    """The rating each step has for each persona, derived from ``measurements``
    (never written to a file). Given when a journey is built, ratings become
    measurements as a version-1 file's do (see :func:`measurements_from_rating`)."""
    opportunities: list[Opportunity] = Field(default_factory=list)
    measurements: list[Measurement] = Field(default_factory=list)
    rating_sources: tuple[RatingSource, ...] = ALL_SOURCES
    """The sources whose measurements count in the ratings (all by default)."""
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

    @field_validator("rating_sources", mode="after")
    @classmethod
    def _sources_in_order(cls, value: tuple[RatingSource, ...]) -> tuple[RatingSource, ...]:
        return tuple(s for s in ALL_SOURCES if s in value)

    @model_validator(mode="before")
    @classmethod
    def _ratings_to_measurements(cls, data: Any) -> Any:
        """Ratings given to a new journey become measurements (unless the same
        measure of the same source is measured already)."""
        if not isinstance(data, dict) or not data.get("ratings"):
            return data
        ratings = data["ratings"]
        if not isinstance(ratings, list | tuple):
            return data
        given = list(data.get("measurements") or [])
        keys = {m.key for m in given if isinstance(m, Measurement)}
        try:
            checked = [Rating.model_validate(r) for r in ratings]
        except (ValidationError, TypeError):
            return data  # the ratings field reports the problems at their paths
        data = dict(data)
        del data["ratings"]
        for rating in checked:
            for m in measurements_from_rating(rating):
                if m.key not in keys:
                    given.append(m)
                    keys.add(m.key)
        data["measurements"] = given
        return data

    @model_validator(mode="after")
    def _derive(self) -> Journey:
        self.derive_ratings()
        return self

    # Position of each item by key, per collection; built on demand, dropped by
    # :meth:`invalidate` whenever a list changes shape (insert, remove, reorder).
    _positions: dict[str, dict[Any, int]] = PrivateAttr(default_factory=dict)

    def __eq__(self, other: object) -> bool:
        # Compare the document only, not the position cache.
        if not isinstance(other, Journey):
            return NotImplemented
        # Derived ratings follow the measurements (their order may differ).
        return all(
            getattr(self, f) == getattr(other, f)
            for f in type(self).model_fields
            if f not in DERIVED
        )

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
            if collection == "measurements":
                self._positions.pop(_BY_RATING, None)

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
        """The rating derived from the counted measurements, or ``None``."""
        return self.find("ratings", (step_id, persona_id))

    # -- evidence --------------------------------------------------------------

    def counts(self, measurement: Measurement) -> bool:
        """Whether ``measurement`` counts in its rating: not excluded, and of a
        source the journey counts."""
        return not measurement.excluded and measurement.source in self.rating_sources

    def measurements_of(self, step_id: str, persona_id: str) -> list[Measurement]:
        """Every measurement of a step for a persona, counted or not, in file order.

        Answered from the positions of each pair's measurements, kept with the
        other position caches (dropped when the list changes shape; an item
        replaced in place keeps its key, so its position stays right).
        """
        cache: dict[str, Any] = self.__pydantic_private__["_positions"]  # type: ignore[index]
        items = self.measurements
        by_rating = cache.get(_BY_RATING)
        if by_rating is None or by_rating[0] != len(items):
            index: dict[tuple[str, str], list[int]] = {}
            for i, m in enumerate(items):
                index.setdefault((m.step_id, m.persona_id), []).append(i)
            by_rating = (len(items), index)
            cache[_BY_RATING] = by_rating
        return [items[i] for i in by_rating[1].get((step_id, persona_id), ())]

    def derive_ratings(
        self, keys: set[tuple[str, str]] | None = None
    ) -> dict[str, set[tuple[str, str]]]:
        """Bring ``ratings`` in line with the measurements, for the ``(step_id,
        persona_id)`` pairs in ``keys`` (all when ``None``).

        A rating is the n-weighted mean of each measure over the counted
        measurements; its ``n`` is the most answers any measure has (``None``
        when every counted measurement is an estimate); its ``source`` the
        one source when all of them share it; its ``note`` the notes of its
        measurements. Ratings stand in the order of their first measurements.
        Returns the keys ``added``, ``updated`` and ``removed``.
        """
        out: dict[str, set[tuple[str, str]]] = {"added": set(), "updated": set(), "removed": set()}
        sources = frozenset(self.rating_sources)
        if keys is None:
            # Everything (a load, the counted sources changed), in one pass:
            # the ratings come in the order of their first measurements.
            previous = {r.key: r for r in self.ratings}
            fresh = list(_ratings_of(self.measurements, sources).values())
            for rating in fresh:
                before = previous.pop(rating.key, None)
                if before is None:
                    out["added"].add(rating.key)
                elif before != rating:
                    out["updated"].add(rating.key)
            out["removed"] = set(previous)
            self.ratings[:] = fresh
            self.invalidate("ratings")
            return out
        groups = {key: self.measurements_of(*key) for key in keys}
        wanted = set(keys)
        new_ratings: dict[tuple[str, str], Rating | None] = {
            key: _rating_from(key, groups.get(key, []), sources) for key in wanted
        }
        kept: list[Rating] = []
        seen: set[tuple[str, str]] = set()
        for old in self.ratings:
            key = old.key
            if key not in new_ratings:
                kept.append(old)
                continue
            seen.add(key)
            new = new_ratings[key]
            if new is None:
                out["removed"].add(key)
            else:
                kept.append(new)
                if new != old:
                    out["updated"].add(key)
        for key in set(new_ratings) - seen:
            new = new_ratings[key]
            if new is not None:
                kept.append(new)
                out["added"].add(key)
        if out["added"]:
            # Ratings stand in the order of their first measurements.
            first: dict[tuple[str, str], int] = {}
            for i, m in enumerate(self.measurements):
                first.setdefault((m.step_id, m.persona_id), i)
            kept.sort(key=lambda r: first.get(r.key, len(first)))
        self.ratings[:] = kept
        self.invalidate("ratings")
        return out

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


_SLOT = {"goal": 0, "ease": 1, "emotion": 2}
_BOUNDS = tuple((SCALES[name].low, SCALES[name].high) for name in ("goal", "ease", "emotion"))


def _rating_from(
    key: tuple[str, str], measurements: list[Measurement], sources: frozenset[RatingSource]
) -> Rating | None:
    """The rating of ``key``: per measure the n-weighted mean of the counted
    measurements (what :func:`journeymap.model.evidence.pool` computes)."""
    return _ratings_of(measurements, sources).get(key)


def _ratings_of(
    measurements: list[Measurement], sources: frozenset[RatingSource]
) -> dict[tuple[str, str], Rating]:
    """The rating of every ``(step_id, persona_id)`` the measurements have one
    for, in the order of their first measurements: per measure the n-weighted
    mean of the counted measurements (what :func:`journeymap.model.evidence.pool`
    computes).

    One pass of plain arithmetic over the fields themselves: loading a journey
    derives every rating (266,000 measurements for 20,000 steps and five
    personas), so this loop is kept tight.
    """
    # Per pair: weight, total and "some n known" per measure (goal, ease,
    # emotion), then the one source (or None), whether sources mix, the notes.
    sums: dict[tuple[str, str], list[Any]] = {}
    slot_of = _SLOT
    for m in measurements:
        d = m.__dict__
        key = (d["step_id"], d["persona_id"])
        acc = sums.get(key)
        if acc is None:
            acc = sums[key] = [0, 0, 0, 0.0, 0.0, 0.0, False, False, False, None, False, []]
        note = d["note"]
        if note and note not in acc[11]:
            acc[11].append(note)
        source = d["source"]
        if d["excluded"] or source not in sources:
            continue
        slot = slot_of[d["measure"]]
        n = d["n"]
        if n is None:
            n = 1
        else:
            acc[6 + slot] = True
        acc[slot] += n
        acc[3 + slot] += n * d["mean"]
        first = acc[9]
        if first is None:
            acc[9] = source
        elif source != first:
            acc[10] = True
    out: dict[tuple[str, str], Rating] = {}
    (glow, ghigh), (elow, ehigh), (mlow, mhigh) = _BOUNDS
    fields = _RATING_FIELDS
    for key, acc in sums.items():
        source = acc[9]
        if source is None:
            continue
        wg, we, wm = acc[0], acc[1], acc[2]
        goal = ease = emotion = None
        if wg:
            goal = acc[3] / wg
            goal = glow if goal < glow else ghigh if goal > ghigh else goal
        if we:
            ease = acc[4] / we
            ease = elow if ease < elow else ehigh if ease > ehigh else ease
        if wm:
            emotion = acc[5] / wm
            emotion = mlow if emotion < mlow else mhigh if emotion > mhigh else emotion
        n = None
        if acc[6]:
            n = wg
        if acc[7] and (n is None or we > n):
            n = we
        if acc[8] and (n is None or wm > n):
            n = wm
        rating = _new_rating(Rating)
        _set(
            rating,
            "__dict__",
            {
                "step_id": key[0],
                "persona_id": key[1],
                "goal": goal,
                "ease": ease,
                "emotion": emotion,
                "n": n,
                "source": None if acc[10] else source,
                "note": "\n".join(acc[11]),
            },
        )
        # What ``Rating.model_construct`` sets, a quarter of its time (a load
        # builds every rating; tests/model/test_evidence.py checks they agree).
        _set(rating, "__pydantic_fields_set__", set(fields))
        _set(rating, "__pydantic_extra__", None)
        _set(rating, "__pydantic_private__", None)
        out[key] = rating
    return out


_new_rating = Rating.__new__
_set = object.__setattr__
_RATING_FIELDS = frozenset(Rating.model_fields)
