"""Copy, paste and duplicate as plain data: which items travel with a
selection, a text form of them, and the edits that add copies of them to a
journey with fresh ids.

Which items travel with a selection and how a copy's references are resolved
follow the references declared in :data:`journeymap.model.references.REFERENCES`.
The text form (marked JSON, :func:`payload_to_text`) can travel through any
clipboard, to this journey or another; the edits of :func:`paste_edits` are
meant to be applied together, as one :class:`~journeymap.model.edits.CompositeEdit`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from journeymap.model.edits import AddItem, Edit
from journeymap.model.entities import Item, Rating, Stage
from journeymap.model.evidence import measurements_from_rating
from journeymap.model.ids import IdMaker
from journeymap.model.journey import COLLECTIONS, DERIVED, NOUNS, Journey, item_key
from journeymap.model.references import Reference, remap, travelling

__all__ = [
    "PasteResult",
    "collect_items",
    "paste_edits",
    "payload_from_text",
    "payload_to_text",
]

_MARK = "journeymap-items"
# Collections whose items have an id of their own (all but ratings and
# measurements): a copy
# gets a fresh one, made from the noun and the copy's name.
_WITH_ID = tuple(name for name, cls in COLLECTIONS.items() if "id" in cls.model_fields)


def _name_field(cls: type[Item]) -> str | None:
    """The field that names an item (a step's ``title``, a stage's ``name``)."""
    return next((f for f in ("title", "name") if f in cls.model_fields), None)


def collect_items(journey: Journey, selected: list[tuple[str, Any]]) -> dict[str, list[Any]]:
    """The items to copy for a selection: the selected items and the items that
    travel with them (:func:`journeymap.model.references.travelling`): the
    steps of selected stages, and the measurements and inner transitions of
    copied steps. A selected rating stands for its measurements (ratings are
    derived, and never copied themselves). Unknown collections and keys are
    ignored.

    >>> from journeymap.model.entities import Rating, Stage, Step
    >>> journey = Journey(stages=[Stage(id="s1", name="Find")],
    ...                   steps=[Step(id="a", title="Search", stage_id="s1")],
    ...                   ratings=[Rating(step_id="a", persona_id="p", goal=4, ease=2)])
    >>> {name: len(items) for name, items in collect_items(journey, [("stages", "s1")]).items()}
    {'stages': 1, 'steps': 1, 'measurements': 2}
    """
    chosen: dict[str, set[Any]] = {name: set() for name in COLLECTIONS}
    for collection, key in selected:
        if collection == "ratings":
            chosen["measurements"].update(
                m.key for m in journey.measurements if m.rating_key == key
            )
        elif collection in chosen and journey.has(collection, key):
            chosen[collection].add(key)
    chosen = travelling(journey, chosen)
    # Keep the journey's order, so pasted stages and steps keep theirs.
    return {
        name: [item for item in journey.collection(name) if item_key(item) in chosen[name]]
        for name in COLLECTIONS
        if chosen[name] and name not in DERIVED
    }


def payload_to_text(items: dict[str, list[Any]]) -> str:
    """Items as text that :func:`payload_from_text` reads back (marked JSON)."""
    data = {
        _MARK: 1,
        "items": {
            name: [item.model_dump(mode="json") for item in values]
            for name, values in items.items()
        },
    }
    return json.dumps(data, ensure_ascii=False, indent=1)


def payload_from_text(text: str) -> dict[str, list[Any]] | None:
    """Items from clipboard text, or ``None`` when the text holds no journeymap items."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if (
        not isinstance(data, dict)
        or data.get(_MARK) != 1
        or not isinstance(data.get("items"), dict)
    ):
        return None
    items: dict[str, list[Any]] = {}
    try:
        for name, values in data["items"].items():
            if name in COLLECTIONS and isinstance(values, list):
                items[name] = [COLLECTIONS[name].model_validate(v) for v in values]
    except ValidationError:
        return None
    return items or None


@dataclass
class PasteResult:
    """What a paste will do: the edits, the new items to select, what was left out."""

    edits: list[Edit] = field(default_factory=list)
    selection: list[tuple[str, Any]] = field(default_factory=list)
    dropped: list[tuple[str, str]] = field(default_factory=list)
    """``("ratings", persona_id)`` (measurements by a persona the journey lacks)
    or ``("transitions", id)`` for what could not come along."""


def paste_edits(
    journey: Journey,
    items: dict[str, list[Any]],
    *,
    target_stage: str | None = None,
    after_step: str | None = None,
    suffix: str = "",
    new_stage_name: str = "Stage 1",
) -> PasteResult:
    """Edits that add copies of ``items`` with fresh ids.

    References follow the copies when the referred item was copied too, else
    stay when the journey has the referred item (unless the item belongs to
    it: a transition needs a copy of the step it leaves, a rating one of its
    step), else are dropped as removal would drop them: a cleared channel, a
    step left out of an opportunity, a transition or rating left out. A step
    with no known stage goes to ``target_stage``, or the journey's first stage,
    or a new stage named ``new_stage_name``. Copied steps go after
    ``after_step`` when it is given. ``suffix`` is appended to the names of
    copied steps, stages and others (" (copy)" for duplicate).

    >>> from journeymap.model.entities import Stage, Step
    >>> journey = Journey(stages=[Stage(id="s1", name="Find")],
    ...                   steps=[Step(id="a", title="Search", stage_id="s1")])
    >>> result = paste_edits(journey, {"steps": list(journey.steps)}, suffix=" (copy)")
    >>> [(e.item.id, e.item.title, e.item.stage_id) for e in result.edits]
    [('step-search-copy', 'Search (copy)', 's1')]
    """
    result = PasteResult()
    if items.get("ratings"):  # copied by an older journeymap: ratings stand for measurements
        items = dict(items)
        old = [r for r in items.pop("ratings") if isinstance(r, Rating)]
        items["measurements"] = [
            *items.get("measurements", []),
            *(m for r in old for m in measurements_from_rating(r)),
        ]
    taken = {name: {item_key(i) for i in journey.collection(name)} for name in COLLECTIONS}
    makers = {name: IdMaker(taken[name]) for name in _WITH_ID}
    ids: dict[str, dict[str, str]] = {name: {} for name in _WITH_ID}
    fallback_stage = target_stage or (journey.stages[0].id if journey.stages else None)

    def fresh(collection: str, old: str, name: str) -> str:
        new = makers[collection](NOUNS[collection], name)  # adds it to taken
        ids[collection][old] = new
        return new

    def stage_for_orphans() -> str:
        # A step must stand in a stage: the target, the first, or a new one.
        nonlocal fallback_stage
        if fallback_stage is None:
            fallback_stage = fresh("stages", "", new_stage_name)
            result.edits.append(AddItem("stages", Stage(id=fallback_stage, name=new_stage_name)))
        return fallback_stage

    misses: list[tuple[Reference, str]] = []

    def resolve(ref: Reference, old: str) -> str | None:
        if old in ids[ref.target]:
            return ids[ref.target][old]
        if ref.on_copy != "belong" and old in taken[ref.target]:
            return old
        if ref.target == "stages":  # a step cannot be without a stage
            return stage_for_orphans()
        misses.append((ref, old))
        return None

    index = journey.position("steps", after_step) if after_step else None
    for collection in COLLECTIONS:
        cls = COLLECTIONS[collection]
        name_field = _name_field(cls)
        for item in items.get(collection, []):
            misses.clear()
            new = remap(item, resolve)
            if new is None:
                left_out = _left_out(collection, item, *misses[-1])
                if left_out is not None and left_out not in result.dropped:
                    result.dropped.append(left_out)
                continue
            update: dict[str, Any] = {}
            name = ""
            if name_field is not None:
                name = update[name_field] = getattr(item, name_field) + suffix
            if collection in ids:
                update["id"] = fresh(collection, item.id, name)
            new = new.model_copy(update=update)
            at = None
            if collection == "steps" and index is not None:
                index = at = index + 1
            result.edits.append(AddItem(collection, new, at))
            if collection in ids:
                result.selection.append((collection, item_key(new)))
    return result


def _left_out(collection: str, item: Item, ref: Reference, old: str) -> tuple[str, str] | None:
    """How a paste reports an item it left out for want of ``old``: by the item's
    id; an item known only by its references (a rating) by the id it lacks, and
    not at all when it belongs to an item that was not copied."""
    if collection in _WITH_ID:
        return (collection, item_key(item))
    if ref.on_copy == "belong":
        return None
    if collection == "measurements":
        return ("ratings", old)
    return (collection, old)
