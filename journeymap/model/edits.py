"""Edit commands: every change the editor makes to a journey.

An edit is plain data (ids, old and new values), never widgets. ``apply`` makes
the change and ``revert`` undoes it; both return a :class:`Change` naming the
items touched, so views refresh only those. ``apply`` then ``revert`` gives back
a journey equal to the one before, and an edit can be applied again after a
revert (redo). The UI wraps each edit in a ``QUndoCommand``.

An edit that cannot be made (an unknown id, an impossible value) raises
:class:`EditError` before touching the journey.

Every edit has a ``label`` for the undo history ("Rename step 'Open chat'").
When the edit names itself (no label given), ``label_parts`` holds the same
label as an :class:`EditLabel`, an English template and its values, so the
editor can show it in its own language; the templates are in
:data:`LABEL_TEMPLATES`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from journeymap.model.entities import Item, Rating, RatingSource, Step
from journeymap.model.evidence import MEASURES, Measurement
from journeymap.model.journey import COLLECTIONS, DERIVED, NOUNS, Journey, item_key
from journeymap.model.references import cascade, missing
from journeymap.model.validation import problems_from_validation_error

__all__ = [
    "AddItem",
    "Change",
    "CompositeEdit",
    "Edit",
    "EditError",
    "EditLabel",
    "MoveItem",
    "MoveStep",
    "PutMeasurement",
    "RemoveItems",
    "SetRating",
    "UpdateItem",
    "UpdateJourney",
    "default_source",
]

# Fields that identify an item and so never change.
KEY_FIELDS = {"id", "step_id", "persona_id"}


class EditError(ValueError):
    """An edit that cannot be made; the message is fit to show to a user."""


@dataclass(frozen=True, slots=True)
class EditLabel:
    """An undo entry's name: an English template and its values.

    >>> EditLabel("Rename step '{name}'", (("name", "Open chat"),)).text()
    "Rename step 'Open chat'"
    """

    template: str
    values: tuple[tuple[str, str], ...] = ()

    def text(self) -> str:
        """The label in English (what :attr:`Edit.label` says)."""
        return self.template.format_map(dict(self.values))


LABEL_TEMPLATES: dict[str, None] = {}
"""Every template of an edit's own label, in the order declared."""


def _label_template(text: str) -> str:
    LABEL_TEMPLATES[text] = None
    return text


_ITEM_LABELS = {
    (verb, collection): _label_template(f"{verb} {noun} '{{name}}'")
    for verb in ("Add", "Remove", "Rename", "Edit", "Move")
    for collection, noun in NOUNS.items()
}
_REMOVE_MANY = {c: _label_template(f"Remove {{count}} {c}") for c in NOUNS}
_RATE = _label_template("Rate step '{step}' for '{persona}'")
_MEASURE = _label_template("Record {measure} of step '{step}' for '{persona}'")
_RENAME_JOURNEY = _label_template("Rename journey")
_EDIT_JOURNEY = _label_template("Edit journey")


@dataclass
class Change:
    """Which items an edit touched, per collection, by key.

    ``journey`` names the journey-level fields changed (title, lanes...).
    ``reordered`` names collections whose order changed. ``fields`` names, per
    collection, the fields of its updated items that changed, when that is
    known (see :meth:`updated_fields`).
    """

    added: dict[str, set[Any]] = field(default_factory=dict)
    removed: dict[str, set[Any]] = field(default_factory=dict)
    updated: dict[str, set[Any]] = field(default_factory=dict)
    reordered: set[str] = field(default_factory=set)
    journey: set[str] = field(default_factory=set)
    fields: dict[str, set[str]] = field(default_factory=dict)

    def add(self, kind: str, collection: str, key: Any) -> None:
        getattr(self, kind).setdefault(collection, set()).add(key)

    def updated_fields(self, collection: str) -> set[str] | None:
        """The fields changed in the updated items of ``collection`` (empty when
        none was updated), or ``None`` when any field may have changed."""
        if collection not in self.updated:
            return set()
        return self.fields.get(collection)

    def merge(self, other: Change) -> Change:
        merged_fields = {}
        for collection in {*self.updated, *other.updated}:
            mine, theirs = self.updated_fields(collection), other.updated_fields(collection)
            if mine is not None and theirs is not None:
                merged_fields[collection] = mine | theirs
        for kind in ("added", "removed", "updated"):
            mine = getattr(self, kind)
            for collection, keys in getattr(other, kind).items():
                mine.setdefault(collection, set()).update(keys)
        self.fields = merged_fields
        self.reordered |= other.reordered
        self.journey |= other.journey
        return self

    def keys(self, collection: str) -> set[Any]:
        """Every key of ``collection`` added, removed or updated."""
        out: set[Any] = set()
        for kind in (self.added, self.removed, self.updated):
            out |= kind.get(collection, set())
        return out

    def touched_steps(self) -> set[str]:
        """Steps whose drawing may change: the steps themselves and those whose
        ratings changed."""
        steps = self.keys("steps")
        steps.update(key[0] for key in self.keys("ratings"))
        steps.update(key[0] for key in self.keys("measurements"))
        return steps

    @property
    def structural(self) -> bool:
        """True when items appeared, disappeared or moved (layout may change)."""
        return bool(self.added or self.removed or self.reordered)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.updated or self.reordered or self.journey)


def _deriving(method: Any) -> Any:
    """Wrap an edit's ``apply`` or ``revert`` so that the journey's derived
    ratings follow the measurements it touched (and all of them when the
    counted sources changed); the ratings that changed join the change."""

    def wrapper(self: Edit, journey: Journey) -> Change:
        change: Change = method(self, journey)
        if "rating_sources" in change.journey:
            derived = journey.derive_ratings()
        else:
            keys = {key[:2] for key in change.keys("measurements")}
            if not keys:
                return change
            derived = journey.derive_ratings(keys)
        for kind, keys in derived.items():
            for key in keys:
                change.add(kind, "ratings", key)
        _settle(change, journey, "ratings")
        return change

    wrapper.__name__ = method.__name__
    wrapper.__doc__ = method.__doc__
    wrapper.__wrapped__ = method  # type: ignore[attr-defined]
    return wrapper


def _settle(change: Change, journey: Journey, collection: str) -> None:
    """Name each key of ``collection`` once, by where it ended: a rating that
    went and came back within one edit was updated; one no longer there was
    removed."""
    added = change.added.get(collection, set())
    removed = change.removed.get(collection, set())
    updated = change.updated.get(collection, set())
    keys = added | removed | updated
    if len(keys) == len(added) + len(removed) + len(updated):
        return
    settled: dict[str, set[Any]] = {"added": set(), "removed": set(), "updated": set()}
    for key in keys:
        if not journey.has(collection, key):
            settled["removed"].add(key)
        elif key in added and key not in removed:
            settled["added"].add(key)
        else:
            settled["updated"].add(key)
    for kind, found in settled.items():
        if found:
            getattr(change, kind)[collection] = found
        else:
            getattr(change, kind).pop(collection, None)


class Edit:
    """Base of all edits. Subclasses implement ``apply`` and ``revert``.

    Every ``apply`` and ``revert`` is wrapped so that the ratings derived from
    the measurements it touched are brought up to date before it returns.
    """

    label: str = ""
    label_parts: EditLabel | None = None
    """``label`` as a template and values, when the edit named itself."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name in ("apply", "revert"):
            if name in cls.__dict__:
                setattr(cls, name, _deriving(cls.__dict__[name]))

    def _name(self, template: str, **values: str) -> None:
        parts = EditLabel(template, tuple(values.items()))
        self.label, self.label_parts = parts.text(), parts

    def apply(self, journey: Journey) -> Change:
        raise NotImplementedError

    def revert(self, journey: Journey) -> Change:
        raise NotImplementedError

    def merge_with(self, other: Edit) -> bool:
        """Absorb ``other`` (applied right after this one) into this edit, so typing
        in a field becomes one undo step. Returns False when they cannot merge."""
        return False


def _noun(collection: str) -> str:
    if collection not in COLLECTIONS:
        raise EditError(f"unknown kind of item: {collection!r}")
    return NOUNS[collection]


def _describe(item: Any) -> str:
    """An item's name for a label: its title or name, shortened, else its key."""
    name = getattr(item, "title", None) or getattr(item, "name", None)
    if name:
        return _short(name)
    key = item_key(item)
    return " / ".join(str(k) for k in key if k) if isinstance(key, tuple) else f"{key}"


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _key_text(collection: str, key: Any) -> str:
    if collection == "ratings":
        return f'step "{key[0]}" and persona "{key[1]}"'
    if collection == "measurements":
        label = f" {key[4]!r}" if key[4] else ""
        return f'{key[2]} of step "{key[0]}" and persona "{key[1]}" from {key[3]}{label}'
    return f'"{key}"'


def _position(journey: Journey, collection: str, key: Any) -> int:
    pos = journey.position(collection, key)
    if pos is None:
        raise EditError(f"there is no {_noun(collection)} {_key_text(collection, key)}")
    return pos


def _not_derived(collection: str) -> None:
    if collection in DERIVED:
        raise EditError(f"{collection} follow from their measurements and are not edited directly")


def _check_references(journey: Journey, item: Item) -> None:
    unknown = missing(journey, item)
    if unknown:
        ref, value = unknown[0]
        raise EditError(f"{ref.field}: {ref.unknown(value)}")


def _validated(cls: type[Item], data: dict[str, Any]) -> Any:
    try:
        return cls.model_validate(data)
    except ValidationError as exc:
        raise EditError("; ".join(str(p) for p in problems_from_validation_error(exc))) from None


def _insert(journey: Journey, collection: str, index: int, item: Any) -> None:
    journey.collection(collection).insert(index, item)
    journey.invalidate(collection)


def _pop(journey: Journey, collection: str, index: int) -> Any:
    item = journey.collection(collection).pop(index)
    journey.invalidate(collection)
    return item


class AddItem(Edit):
    """Add ``item`` to ``collection`` at ``index`` (the end when ``None``)."""

    def __init__(self, collection: str, item: Item, index: int | None = None, label: str = ""):
        self.collection = collection
        self.item = item
        self.index = index
        self.label = label
        if not label:
            _noun(collection)
            self._name(_ITEM_LABELS["Add", collection], name=_describe(item))
        if not isinstance(item, COLLECTIONS[collection]):
            raise EditError(f"a {type(item).__name__} cannot be added to {collection}")
        _not_derived(collection)

    def apply(self, journey: Journey) -> Change:
        key = item_key(self.item)
        if journey.has(self.collection, key):
            raise EditError(
                f"there is already a {NOUNS[self.collection]} {_key_text(self.collection, key)}"
            )
        _check_references(journey, self.item)
        items = journey.collection(self.collection)
        index = len(items) if self.index is None else max(0, min(self.index, len(items)))
        _insert(journey, self.collection, index, self.item)
        change = Change()
        change.add("added", self.collection, key)
        return change

    def revert(self, journey: Journey) -> Change:
        key = item_key(self.item)
        _pop(journey, self.collection, _position(journey, self.collection, key))
        change = Change()
        change.add("removed", self.collection, key)
        return change


class RemoveItems(Edit):
    """Remove items and everything that hangs on them.

    What hangs on an item is declared in
    :data:`journeymap.model.references.REFERENCES`: removing a stage removes its
    steps; removing a step removes its transitions and ratings and drops it from
    opportunities; removing a persona removes its ratings; removing a channel
    leaves its steps without a channel. ``revert`` puts every item back at its
    original position.
    """

    def __init__(self, collection: str, keys: Iterable[Any], label: str = ""):
        self.collection = collection
        self.keys = list(dict.fromkeys(keys))
        _noun(collection)
        if not self.keys:
            raise EditError("nothing to remove")
        self.label = label
        # Filled in by apply: (collection, index, item) of removed items, and
        # (collection, index, old item) of items rewritten to drop a reference.
        self._removed: list[tuple[str, int, Any]] = []
        self._rewritten: list[tuple[str, int, Any]] = []

    def _plan(self, journey: Journey) -> tuple[dict[str, set[Any]], dict[str, dict[int, Any]]]:
        for key in self.keys:
            _position(journey, self.collection, key)
        if self.collection == "ratings":
            # A rating is removed by removing every measurement it is made of.
            pairs = set(self.keys)
            keys = [m.key for m in journey.measurements if m.rating_key in pairs]
            plan = cascade(journey, "measurements", keys)
        else:
            plan = cascade(journey, self.collection, self.keys)
        return plan.removed, plan.rewritten

    def apply(self, journey: Journey) -> Change:
        remove, rewrite = self._plan(journey)
        if not self.label:
            first = journey.find(self.collection, self.keys[0])
            if len(self.keys) == 1:
                self._name(_ITEM_LABELS["Remove", self.collection], name=_describe(first))
            else:
                self._name(_REMOVE_MANY[self.collection], count=str(len(self.keys)))
        change = Change()
        self._rewritten = []
        for collection, by_index in rewrite.items():
            items = journey.collection(collection)
            for index, new in by_index.items():
                self._rewritten.append((collection, index, items[index]))
                items[index] = new
                change.add("updated", collection, item_key(new))
        self._removed = []
        for collection in COLLECTIONS:
            keys = remove.get(collection)
            if not keys:
                continue
            items = journey.collection(collection)
            kept = []
            for index, item in enumerate(items):
                key = item_key(item)
                if key in keys:
                    self._removed.append((collection, index, item))
                    change.add("removed", collection, key)
                else:
                    kept.append(item)
            items[:] = kept
            journey.invalidate(collection)
        return change

    def revert(self, journey: Journey) -> Change:
        change = Change()
        # Indices were recorded in ascending order per collection, so inserting
        # in that order rebuilds the original lists exactly.
        for collection, index, item in self._removed:
            journey.collection(collection).insert(index, item)
            journey.invalidate(collection)
            change.add("added", collection, item_key(item))
        for collection, index, old in self._rewritten:
            journey.collection(collection)[index] = old
            change.add("updated", collection, item_key(old))
        self._removed, self._rewritten = [], []
        return change


class UpdateItem(Edit):
    """Change some fields of one item. Keys (``id``) never change."""

    def __init__(self, collection: str, key: Any, changes: dict[str, Any], label: str = ""):
        _noun(collection)
        if not changes:
            raise EditError("nothing to change")
        bad = set(changes) & KEY_FIELDS
        if bad:
            raise EditError(f"{', '.join(sorted(bad))} cannot be changed")
        unknown = set(changes) - set(COLLECTIONS[collection].model_fields)
        if unknown:
            raise EditError(f"unknown field {', '.join(sorted(unknown))}")
        _not_derived(collection)
        self.collection = collection
        self.key = key
        self.changes = dict(changes)
        self.label = label
        self._old: Any = None

    def apply(self, journey: Journey) -> Change:
        pos = _position(journey, self.collection, self.key)
        items = journey.collection(self.collection)
        old = items[pos]
        new = _validated(type(old), {**dict(old), **self.changes})
        if item_key(new) != self.key:
            if journey.has(self.collection, item_key(new)):
                raise EditError(
                    f"there is already a {NOUNS[self.collection]} "
                    f"{_key_text(self.collection, item_key(new))}"
                )
            raise EditError("the source, label and measure of a measurement cannot be changed")
        _check_references(journey, new)
        if not self.label:
            verb = "Rename" if set(self.changes) <= {"title", "name"} else "Edit"
            self._name(_ITEM_LABELS[verb, self.collection], name=_describe(old))
        self._old = old
        items[pos] = new
        return self._change()

    def revert(self, journey: Journey) -> Change:
        pos = _position(journey, self.collection, self.key)
        journey.collection(self.collection)[pos] = self._old
        return self._change()

    def _change(self) -> Change:
        change = Change(fields={self.collection: set(self.changes)})
        change.add("updated", self.collection, self.key)
        return change

    def merge_with(self, other: Edit) -> bool:
        if (
            isinstance(other, UpdateItem)
            and other.collection == self.collection
            and other.key == self.key
            and set(other.changes) == set(self.changes)
        ):
            self.changes = dict(other.changes)
            return True
        return False


class MoveItem(Edit):
    """Move one item to ``index`` in its list (reorder stages, personas, lanes of items)."""

    def __init__(self, collection: str, key: Any, index: int, label: str = ""):
        _noun(collection)
        _not_derived(collection)
        self.collection = collection
        self.key = key
        self.index = index
        self.label = label
        self._old_index: int | None = None

    def apply(self, journey: Journey) -> Change:
        pos = _position(journey, self.collection, self.key)
        items = journey.collection(self.collection)
        if not self.label:
            self._name(_ITEM_LABELS["Move", self.collection], name=_describe(items[pos]))
        index = max(0, min(self.index, len(items) - 1))
        self._old_index = pos
        _insert(journey, self.collection, index, _pop(journey, self.collection, pos))
        change = Change(reordered={self.collection})
        return change

    def revert(self, journey: Journey) -> Change:
        pos = _position(journey, self.collection, self.key)
        assert self._old_index is not None
        _insert(journey, self.collection, self._old_index, _pop(journey, self.collection, pos))
        return Change(reordered={self.collection})


class MoveStep(Edit):
    """Move a step into ``stage_id``, just before ``before`` (a step id in that
    stage), or after the stage's last step when ``before`` is ``None``."""

    def __init__(self, step_id: str, stage_id: str, before: str | None = None, label: str = ""):
        if before == step_id:
            before = None
        self.step_id = step_id
        self.stage_id = stage_id
        self.before = before
        self.label = label
        self._old: tuple[int, Step] | None = None

    def apply(self, journey: Journey) -> Change:
        pos = _position(journey, "steps", self.step_id)
        if not journey.has("stages", self.stage_id):
            raise EditError(f'there is no stage "{self.stage_id}"')
        if self.before is not None:
            before = journey.find("steps", self.before)
            if before is None or before.stage_id != self.stage_id:
                raise EditError(f'step "{self.before}" is not in stage "{self.stage_id}"')
        old = journey.steps[pos]
        if not self.label:
            self._name(_ITEM_LABELS["Move", "steps"], name=_describe(old))
        self._old = (pos, old)
        _pop(journey, "steps", pos)
        new = old.model_copy(update={"stage_id": self.stage_id})
        if self.before is not None:
            index = _position(journey, "steps", self.before)
        else:
            in_stage = [i for i, s in enumerate(journey.steps) if s.stage_id == self.stage_id]
            index = in_stage[-1] + 1 if in_stage else len(journey.steps)
        _insert(journey, "steps", index, new)
        change = Change(reordered={"steps"})
        change.add("updated", "steps", self.step_id)
        return change

    def revert(self, journey: Journey) -> Change:
        assert self._old is not None
        index, old = self._old
        _pop(journey, "steps", _position(journey, "steps", self.step_id))
        _insert(journey, "steps", index, old)
        change = Change(reordered={"steps"})
        change.add("updated", "steps", self.step_id)
        return change


class SetRating(Edit):
    """Set a persona's ratings of a step: the measurements of one source.

    ``changes`` may hold ``goal``, ``ease``, ``emotion``, ``n``, ``source`` and
    ``note``. The values are written to the measurements of ``source`` with
    ``evidence_label`` (one per measure, made when missing); a value of
    ``None`` removes that measurement. Without ``source`` the values go to the
    source the step's measurements for the persona already come from (the
    first one when there are several), else to ``estimate``. Measurements of
    any other source or label are never touched.

    ``n`` and ``note`` apply to every measurement of that source and label;
    a new measurement takes them from its siblings when not given. A change of
    ``source`` alone moves the measurements of the current source to the new
    one (the values were typed, then their origin said), unless the new source
    has measurements of its own for the same measure and label.

    The rating itself follows from the measurements (see
    :meth:`journeymap.model.journey.Journey.derive_ratings`).
    """

    def __init__(
        self,
        step_id: str,
        persona_id: str,
        changes: dict[str, Any],
        label: str = "",
        *,
        evidence_label: str = "",
    ):
        bad = set(changes) - (set(Rating.model_fields) - KEY_FIELDS)
        if bad:
            raise EditError(f"unknown rating field {', '.join(sorted(bad))}")
        self.step_id = step_id
        self.persona_id = persona_id
        self.changes = dict(changes)
        self.evidence_label = evidence_label
        self.label = label
        self._done: list[Edit] = []

    @property
    def key(self) -> tuple[str, str]:
        return (self.step_id, self.persona_id)

    def _source(self, journey: Journey) -> RatingSource:
        if "source" in self.changes:
            given = self.changes["source"]
            return RatingSource(given) if given is not None else RatingSource.ESTIMATE
        return default_source(journey, self.step_id, self.persona_id, self.evidence_label)

    def _plan(self, journey: Journey) -> list[Edit]:
        checked = _validated(
            Rating, {"step_id": self.step_id, "persona_id": self.persona_id, **self.changes}
        )
        for collection, key, noun in (
            ("steps", self.step_id, "step"),
            ("personas", self.persona_id, "persona"),
        ):
            if not journey.has(collection, key):
                raise EditError(f'{noun}_id: unknown {noun} "{key}"')
        values = [m for m in MEASURES if m.value in self.changes]
        source = self._source(journey)
        mine = [
            m
            for m in journey.measurements_of(self.step_id, self.persona_id)
            if m.label == self.evidence_label
        ]
        group = {m.measure: m for m in mine if m.source == source}
        edits: list[Edit] = []
        current = default_source(journey, self.step_id, self.persona_id, self.evidence_label)
        if "source" in self.changes and not values and current != source:
            # A measure the new source has already stays with the old one.
            moving = [m for m in mine if m.source == current and m.measure not in group]
            for m in moving:
                edits.append(RemoveItems("measurements", [m.key]))
                edits.append(AddItem("measurements", m.model_copy(update={"source": source})))
            group |= {m.measure: m.model_copy(update={"source": source}) for m in moving}
        n: int | None = checked.n or None
        extra: dict[str, Any] = {
            name: (n if name == "n" else checked.note)
            for name in ("n", "note")
            if name in self.changes
        }
        sibling = next(iter(group.values()), None)
        for measure in MEASURES:
            old = group.get(measure)
            if measure not in values:
                if old is not None:
                    update = {k: v for k, v in extra.items() if getattr(old, k) != v}
                    if update:
                        edits.append(UpdateItem("measurements", old.key, update))
                continue
            value = getattr(checked, measure.value)
            if value is None:
                if old is not None:
                    edits.append(RemoveItems("measurements", [old.key]))
                continue
            if old is not None:
                wanted: dict[str, Any] = {"mean": value, **extra}
                update = {k: v for k, v in wanted.items() if getattr(old, k) != v}
                if update:
                    edits.append(UpdateItem("measurements", old.key, update))
                continue
            data = {
                "step_id": self.step_id,
                "persona_id": self.persona_id,
                "measure": measure,
                "source": source,
                "label": self.evidence_label,
                "mean": value,
                "n": sibling.n if sibling else None,
                "note": sibling.note if sibling else "",
            }
            edits.append(AddItem("measurements", _validated(Measurement, {**data, **extra})))
        return edits

    def apply(self, journey: Journey) -> Change:
        edits = self._plan(journey)
        if not self.label:
            step = journey.find("steps", self.step_id)
            persona = journey.find("personas", self.persona_id)
            self._name(_RATE, step=_describe(step), persona=_describe(persona))
        change = Change()
        done: list[Edit] = []
        try:
            for edit in edits:
                change.merge(edit.apply(journey))
                done.append(edit)
        except EditError:
            for edit in reversed(done):
                edit.revert(journey)
            raise
        self._done = done
        return change

    def revert(self, journey: Journey) -> Change:
        change = Change()
        for edit in reversed(self._done):
            change.merge(edit.revert(journey))
        return change

    def merge_with(self, other: Edit) -> bool:
        """Typing in one box: merge when both only updated the same measurements
        (a redo plans again from the newest values; an undo restores the oldest)."""
        if not (
            isinstance(other, SetRating)
            and other.key == self.key
            and other.evidence_label == self.evidence_label
            and set(other.changes) == set(self.changes)
        ):
            return False
        mine = [e for e in self._done if isinstance(e, UpdateItem)]
        theirs = [e for e in other._done if isinstance(e, UpdateItem)]
        if len(mine) != len(self._done) or len(theirs) != len(other._done):
            return False
        if not {e.key for e in theirs} <= {e.key for e in mine}:
            return False
        self.changes = dict(other.changes)
        return True


def default_source(
    journey: Journey, step_id: str, persona_id: str, label: str = ""
) -> RatingSource:
    """The source values typed for a step and persona go to when none is
    named: that of their first measurement with ``label``, else ``estimate``."""
    for m in journey.measurements_of(step_id, persona_id):
        if m.label == label:
            return m.source
    return RatingSource.ESTIMATE


class PutMeasurement(Edit):
    """Add a measurement, or replace the one with the same key (a workshop's
    vote updates the workshop's own measurement this way, and nothing else)."""

    def __init__(self, measurement: Measurement, label: str = ""):
        self.measurement = measurement
        self.label = label
        self._old: tuple[int, Measurement] | None = None

    def apply(self, journey: Journey) -> Change:
        m = self.measurement
        if not self.label:
            step = journey.find("steps", m.step_id)
            persona = journey.find("personas", m.persona_id)
            self._name(
                _MEASURE,
                measure=m.measure.value,
                step=_describe(step) if step else m.step_id,
                persona=_describe(persona) if persona else m.persona_id,
            )
        _check_references(journey, m)
        pos = journey.position("measurements", m.key)
        change = Change()
        if pos is None:
            self._old = None
            _insert(journey, "measurements", len(journey.measurements), m)
            change.add("added", "measurements", m.key)
        else:
            self._old = (pos, journey.measurements[pos])
            journey.measurements[pos] = m
            change.add("updated", "measurements", m.key)
        return change

    def revert(self, journey: Journey) -> Change:
        m = self.measurement
        pos = _position(journey, "measurements", m.key)
        change = Change()
        if self._old is None:
            _pop(journey, "measurements", pos)
            change.add("removed", "measurements", m.key)
        else:
            journey.measurements[pos] = self._old[1]
            change.add("updated", "measurements", m.key)
        return change


class UpdateJourney(Edit):
    """Change journey-level fields: title, description, language, lanes,
    metadata, and which sources count in the ratings."""

    FIELDS = ("id", "title", "description", "language", "lanes", "metadata", "rating_sources")

    def __init__(self, changes: dict[str, Any], label: str = ""):
        bad = set(changes) - set(self.FIELDS)
        if bad:
            raise EditError(f"{', '.join(sorted(bad))} cannot be changed here")
        if not changes:
            raise EditError("nothing to change")
        self.changes = dict(changes)
        self.label = label
        if not label:
            self._name(_RENAME_JOURNEY if set(changes) == {"title"} else _EDIT_JOURNEY)
        self._old: dict[str, Any] = {}

    def apply(self, journey: Journey) -> Change:
        probe = {name: self.changes.get(name, getattr(journey, name)) for name in self.FIELDS}
        try:
            checked = Journey.model_validate(probe)
        except ValidationError as exc:
            raise EditError(
                "; ".join(str(p) for p in problems_from_validation_error(exc))
            ) from None
        self._old = {name: getattr(journey, name) for name in self.changes}
        for name in self.changes:
            setattr(journey, name, getattr(checked, name))
        return Change(journey=set(self.changes))

    def revert(self, journey: Journey) -> Change:
        for name, value in self._old.items():
            setattr(journey, name, value)
        return Change(journey=set(self._old))

    def merge_with(self, other: Edit) -> bool:
        if isinstance(other, UpdateJourney) and set(other.changes) == set(self.changes):
            self.changes = dict(other.changes)
            return True
        return False


class CompositeEdit(Edit):
    """Several edits as one undo step (paste, duplicate, delete a selection)."""

    def __init__(self, edits: Sequence[Edit], label: str):
        self.edits = list(edits)
        self.label = label
        # Named after one of its edits: show that edit's label in any language.
        self.label_parts = next(
            (e.label_parts for e in self.edits if e.label_parts and e.label == label), None
        )

    def apply(self, journey: Journey) -> Change:
        change = Change()
        done: list[Edit] = []
        try:
            for edit in self.edits:
                change.merge(edit.apply(journey))
                done.append(edit)
        except EditError:
            for edit in reversed(done):
                edit.revert(journey)
            raise
        return change

    def revert(self, journey: Journey) -> Change:
        change = Change()
        for edit in reversed(self.edits):
            change.merge(edit.revert(journey))
        return change
