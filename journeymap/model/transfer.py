"""Copy, paste and duplicate as plain data: which items travel, and the edits that
put copies of them into a journey with fresh ids.

No Qt here: the clipboard holds :func:`payload_to_text` and the edit actions
turn :func:`paste_edits` into one undo step.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from journeymap.model.edits import AddItem, Edit
from journeymap.model.entities import Stage
from journeymap.model.ids import new_id
from journeymap.model.journey import COLLECTIONS, Journey
from journeymap.model.journey import item_key

__all__ = [
    "PasteResult",
    "collect_items",
    "paste_edits",
    "payload_from_text",
    "payload_to_text",
]

_MARK = "journeymap-items"
_PREFIX = {
    "personas": "persona",
    "stages": "stage",
    "channels": "channel",
    "steps": "step",
    "transitions": "transition",
    "opportunities": "opportunity",
}


def collect_items(journey: Journey, selected: list[tuple[str, Any]]) -> dict[str, list[Any]]:
    """The items to copy for a selection: the selected items, the steps of
    selected stages, and the ratings and inner transitions of copied steps."""
    chosen: dict[str, set[Any]] = {name: set() for name in COLLECTIONS}
    for collection, key in selected:
        if collection in chosen and journey.has(collection, key):
            chosen[collection].add(key)
    for step in journey.steps:
        if step.stage_id in chosen["stages"]:
            chosen["steps"].add(step.id)
    steps = chosen["steps"]
    for transition in journey.transitions:
        if transition.source in steps and transition.target in steps:
            chosen["transitions"].add(transition.id)
    for rating in journey.ratings:
        if rating.step_id in steps:
            chosen["ratings"].add(rating.key)
    # Keep the journey's order, so pasted stages and steps keep theirs.
    return {
        name: [item for item in journey.collection(name) if item_key(item) in chosen[name]]
        for name in COLLECTIONS
        if chosen[name]
    }


def payload_to_text(items: dict[str, list[Any]]) -> str:
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
    """``("ratings", persona_id)`` or ``("transitions", id)`` for what could not come along."""


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
    stay when the journey has the referred item, else are dropped (a step with
    no known stage goes to ``target_stage``, or the first stage, or a new one).
    ``new_stage_name`` names that new stage. ``suffix`` is appended to the names
    of copied steps, stages and others (" (copy)" for duplicate).
    """
    result = PasteResult()
    taken = {name: {item_key(i) for i in journey.collection(name)} for name in COLLECTIONS}
    ids: dict[str, dict[str, str]] = {name: {} for name in _PREFIX}

    def fresh(collection: str, old: str, name: str) -> str:
        new = new_id(_PREFIX[collection], taken[collection], name)
        taken[collection].add(new)
        ids[collection][old] = new
        return new

    def ref(collection: str, old: str | None) -> str | None:
        if old is None:
            return None
        if old in ids[collection]:
            return ids[collection][old]
        return old if old in taken[collection] else None

    def add(collection: str, item: Any, index: int | None = None) -> None:
        result.edits.append(AddItem(collection, item, index))
        result.selection.append((collection, item_key(item)))

    for collection in ("personas", "stages", "channels"):
        for item in items.get(collection, []):
            name = item.name + suffix
            add(
                collection,
                item.model_copy(update={"id": fresh(collection, item.id, name), "name": name}),
            )
    fallback_stage = target_stage or (journey.stages[0].id if journey.stages else None)
    if items.get("steps") and fallback_stage is None and not items.get("stages"):
        fallback_stage = fresh("stages", "", new_stage_name)
        result.edits.append(AddItem("stages", Stage(id=fallback_stage, name=new_stage_name)))
    index = journey.position("steps", after_step) if after_step else None
    for step in items.get("steps", []):
        stage = ref("stages", step.stage_id) or fallback_stage
        title = step.title + suffix
        new = step.model_copy(
            update={
                "id": fresh("steps", step.id, title),
                "title": title,
                "stage_id": stage,
                "channel_id": ref("channels", step.channel_id),
            }
        )
        index = None if index is None else index + 1
        add("steps", new, index)
    for transition in items.get("transitions", []):
        source, target = ref("steps", transition.source), ref("steps", transition.target)
        if transition.source not in ids["steps"] or source is None or target is None:
            result.dropped.append(("transitions", transition.id))
            continue
        new_key = fresh("transitions", transition.id, "")
        add(
            "transitions",
            transition.model_copy(update={"id": new_key, "source": source, "target": target}),
        )
    for rating in items.get("ratings", []):
        step, persona = ids["steps"].get(rating.step_id), ref("personas", rating.persona_id)
        if step is None:
            continue
        if persona is None:
            result.dropped.append(("ratings", rating.persona_id))
            continue
        result.edits.append(
            AddItem("ratings", rating.model_copy(update={"step_id": step, "persona_id": persona}))
        )
    for opportunity in items.get("opportunities", []):
        title = opportunity.title + suffix
        steps = tuple(s for s in (ref("steps", old) for old in opportunity.step_ids) if s)
        new = opportunity.model_copy(
            update={
                "id": fresh("opportunities", opportunity.id, title),
                "title": title,
                "step_ids": steps,
            }
        )
        add("opportunities", new)
    return result
