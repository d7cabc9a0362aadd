"""A three-way merge of journeys, item by item and field by field.

``merge_journeys(base, ours, theirs)`` is what ``journeymap merge`` (the git
merge driver) runs. It never writes conflict markers: the result is always a
valid journey, and where the two sides disagree ours wins and the disagreement
is returned as a :class:`Conflict` naming its path.

The rules:

- The collections merged item by item are derived from the :class:`Journey`
  model: every field holding a list or tuple of items keyed by ``id`` (or by a
  ``key`` property, as a rating is). A collection added to the model later
  merges with no change here. Every other field of the journey (``title``,
  ``lanes``…) merges as one value, except a dictionary (``metadata``), which
  merges key by key.
- Within an item each field merges on its own: changed on one side only, that
  side's value; changed the same way on both, that value; changed two ways, a
  conflict, ours kept. An item added on both sides with the same key merges
  the same way, every differing field being a conflict.
- An item removed on one side and left alone on the other is removed. Removed
  on one side and changed on the other is a conflict: ours wins (removed if
  ours removed it, kept as ours has it if theirs did).
- Order: ours' order is kept, unless only theirs reordered the items both
  sides kept, then theirs' order is. Each side's additions go after their
  predecessor on that side. Both sides reordering differently is a conflict.
- References must hold. A removal on one side can leave the other side's new
  reference pointing at nothing (theirs adds a transition to a step ours
  removed). Ours wins here too: an item ours still has is kept (restored
  if theirs removed it), and an item ours removed stays removed, the item
  pointing at it following the model's own removal rules
  (:data:`journeymap.model.references.REFERENCES`: a transition or a rating is
  dropped, a channel cleared, an opportunity's step unlinked). Each is a
  conflict, so nothing is lost silently.

>>> from journeymap.model.entities import Stage, Step
>>> base = Journey(stages=[Stage(id="s", name="Find")],
...                steps=[Step(id="a", title="Search", stage_id="s")])
>>> ours = base.model_copy(update={"title": "Tax return"})
>>> theirs = base.model_copy(update={"steps": [Step(id="a", title="Look up", stage_id="s")]})
>>> result = merge_journeys(base, ours, theirs)
>>> result.journey.title, result.journey.steps[0].title, result.conflicts
('Tax return', 'Look up', ())
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Literal, get_args, get_origin

from pydantic import ValidationError

from journeymap.model.entities import Item
from journeymap.model.gcpause import gc_paused
from journeymap.model.journey import DERIVED, Journey
from journeymap.model.references import REFERENCES, Reference
from journeymap.model.validation import reference_problems

__all__ = [
    "Conflict",
    "ConflictKind",
    "MergeResult",
    "item_path",
    "merge_journeys",
    "merged_collections",
    "merged_scalars",
]

ConflictKind = Literal["field", "removed_ours", "removed_theirs", "restored", "dropped", "order"]
"""What a conflict is about:

- ``field``: one field (of an item, or of the journey) changed two ways;
- ``removed_ours`` / ``removed_theirs``: an item removed on that side and
  changed on the other;
- ``restored``: an item theirs removed, kept because ours still refers to it;
- ``dropped``: an item (or one of its references) gone because it pointed at an
  item ours removed;
- ``order``: a collection reordered two ways.
"""


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()
"""An absent value: a metadata key one side does not have, an item one side removed."""
_NO_BASE: Any = object()  # no common ancestor: every difference is a conflict


@dataclass(frozen=True)
class Conflict:
    """One place where ours and theirs disagree; the result holds ours.

    ``collection`` and ``key`` name the item (``None`` for a journey field),
    ``field`` the field (``None`` for a whole item or an order). ``ours`` and
    ``theirs`` are the two values (an item for a whole-item conflict,
    :data:`MISSING` for an absent side), so an editor can offer either.
    """

    path: str
    message: str
    kind: ConflictKind
    collection: str | None = None
    key: Any = None
    field: str | None = None
    ours: Any = MISSING
    theirs: Any = MISSING

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True)
class MergeResult:
    """The merged journey (valid, ours winning every conflict) and the conflicts."""

    journey: Journey
    conflicts: tuple[Conflict, ...]

    @property
    def clean(self) -> bool:
        return not self.conflicts


# -- what merges ---------------------------------------------------------------


def _item_class(annotation: Any) -> type[Item] | None:
    origin = get_origin(annotation)
    args = get_args(annotation)
    if origin not in (list, tuple) or not args:
        return None
    cls = args[0]
    if isinstance(cls, type) and issubclass(cls, Item):
        return cls
    return None


def _key_getter(cls: type[Item]) -> Callable[[Any], Any] | None:
    if isinstance(getattr(cls, "key", None), property):
        return lambda item: item.key
    if "id" in cls.model_fields:
        return lambda item: item.id
    return None


def merged_collections(model: type[Journey] = Journey) -> dict[str, Callable[[Any], Any]]:
    """The journey's fields that merge item by item, each with its key function,
    in the model's field order (which is the file's order).

    >>> list(merged_collections())[:4]
    ['personas', 'stages', 'channels', 'steps']
    """
    out: dict[str, Callable[[Any], Any]] = {}
    for name, info in model.model_fields.items():
        if name in DERIVED:
            continue  # follows from the others (ratings from measurements): never merged
        cls = _item_class(info.annotation)
        getter = _key_getter(cls) if cls is not None else None
        if getter is not None:
            out[name] = getter
    return out


def merged_scalars(model: type[Journey] = Journey) -> tuple[str, ...]:
    """The journey's other fields, each merged as one value (a dictionary key by key).

    >>> merged_scalars()[:5]
    ('id', 'title', 'description', 'language', 'rating_sources')
    """
    collections = merged_collections(model)
    return tuple(
        name
        for name in model.model_fields
        if name not in collections and name not in DERIVED and name != "format_version"
    )


# -- paths and messages --------------------------------------------------------


def item_path(collection: str, key: Any) -> str:
    """``steps["pay"]``, ``ratings["pay", "anna"]``: an item by its key.

    >>> item_path("ratings", ("pay", "anna"))
    'ratings["pay", "anna"]'
    """
    parts = key if isinstance(key, tuple) else (key,)
    return f"{collection}[{', '.join(json.dumps(p, ensure_ascii=False) for p in parts)}]"


def _shown(value: Any) -> str:
    if value is MISSING:
        return "absent"
    if isinstance(value, Item):
        value = value.model_dump(mode="json", exclude_defaults=True)
    elif isinstance(value, tuple) and value and hasattr(value[0], "model_dump"):
        value = [v.model_dump(mode="json") for v in value]
    elif hasattr(value, "model_dump"):
        value = value.model_dump(mode="json")
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:57] + "…"


def _noun(collection: str) -> str:
    return collection[:-3] + "y" if collection.endswith("ies") else collection.rstrip("s")


# -- the merge -----------------------------------------------------------------


def _three_way(base: Any, ours: Any, theirs: Any) -> tuple[Any, bool]:
    """The merged value and whether it is a conflict (ours kept)."""
    if ours == theirs:
        return ours, False
    if base is not _NO_BASE and ours == base:
        return theirs, False
    if base is not _NO_BASE and theirs == base:
        return ours, False
    return ours, True


class _Merger:
    def __init__(self, base: Journey | None, ours: Journey, theirs: Journey) -> None:
        self.base = base
        self.ours = ours
        self.theirs = theirs
        self.conflicts: list[Conflict] = []
        self.model = type(ours)
        self.collections = merged_collections(self.model)
        # collection -> key -> item, for each side and the result
        self.b = {n: self._index(base, n) for n in self.collections}
        self.o = {n: self._index(ours, n) for n in self.collections}
        self.t = {n: self._index(theirs, n) for n in self.collections}
        self.result: dict[str, dict[Any, Any]] = {}
        self.how = "changed in both" if base is not None else "added in both"

    def _index(self, journey: Journey | None, name: str) -> dict[Any, Any]:
        if journey is None:
            return {}
        key = self.collections[name]
        return {key(item): item for item in getattr(journey, name)}

    def conflict(self, path: str, message: str, kind: ConflictKind, **where: Any) -> None:
        self.conflicts.append(Conflict(path, message, kind, **where))

    # items

    def merge_collection(self, name: str) -> None:
        b, o, t = self.b[name], self.o[name], self.t[name]
        out: dict[Any, Any] = {}
        for key in _union(o, t, b):
            merged = self.merge_item(name, key, b.get(key), o.get(key), t.get(key))
            if merged is not None:
                out[key] = merged
        self.result[name] = out

    def merge_item(self, name: str, key: Any, b: Any, o: Any, t: Any) -> Any:
        if o is None and t is None:
            return None
        if o is not None and o is t:  # the same object: untouched on both sides
            return o
        path = item_path(name, key)
        where = {"collection": name, "key": key}
        if o is None or t is None:
            if b is None:  # added on one side
                return o if o is not None else t
            if o is None:
                if t != b:
                    self.conflict(
                        path,
                        f"removed in ours, changed in theirs; the {_noun(name)} stays removed",
                        "removed_ours",
                        ours=MISSING,
                        theirs=t,
                        **where,
                    )
                return None
            if o != b:
                self.conflict(
                    path,
                    f"changed in ours, removed in theirs; ours' {_noun(name)} kept",
                    "removed_theirs",
                    ours=o,
                    theirs=MISSING,
                    **where,
                )
                return o
            return None
        if o == t:
            return o
        return self.merge_fields(name, key, b, o, t)

    def merge_fields(self, name: str, key: Any, b: Any, o: Any, t: Any) -> Any:
        changes: dict[str, Any] = {}
        for field in type(o).model_fields:
            ov, tv = getattr(o, field), getattr(t, field)
            bv = _NO_BASE if b is None else getattr(b, field)
            value, clash = _three_way(bv, ov, tv)
            if clash:
                how = "changed in both" if b is not None else "added in both"
                self.conflict(
                    f"{item_path(name, key)}.{field}",
                    f"{how} (ours {_shown(ov)}, theirs {_shown(tv)}); ours kept",
                    "field",
                    collection=name,
                    key=key,
                    field=field,
                    ours=ov,
                    theirs=tv,
                )
            if value != ov:
                changes[field] = value
        if not changes:
            return o
        try:
            return type(o).model_validate({**dict(o), **changes})
        except ValidationError:  # the two sides' fields do not fit together: keep ours
            self.conflict(
                item_path(name, key),
                "the two sides' changes do not make a valid item; ours kept",
                "field",
                collection=name,
                key=key,
                ours=o,
                theirs=t,
            )
            return o

    # journey fields

    def merge_scalar(self, name: str) -> Any:
        ov, tv = getattr(self.ours, name), getattr(self.theirs, name)
        bv = _NO_BASE if self.base is None else getattr(self.base, name)
        if isinstance(ov, dict):
            return self.merge_dict(name, bv if isinstance(bv, dict) else {}, ov, tv)
        value, clash = _three_way(bv, ov, tv)
        if clash:
            self.conflict(
                name,
                f"{self.how} (ours {_shown(ov)}, theirs {_shown(tv)}); ours kept",
                "field",
                field=name,
                ours=ov,
                theirs=tv,
            )
        return value

    def merge_dict(self, name: str, b: dict, o: dict, t: dict) -> dict:
        out = {}
        for key in _union(o, t, b):
            ov, tv = o.get(key, MISSING), t.get(key, MISSING)
            bv = b.get(key, MISSING) if self.base is not None else _NO_BASE
            value, clash = _three_way(bv, ov, tv)
            if clash:
                self.conflict(
                    f"{name}[{json.dumps(key, ensure_ascii=False)}]",
                    f"{self.how} (ours {_shown(ov)}, theirs {_shown(tv)}); ours kept",
                    "field",
                    field=name,
                    key=key,
                    ours=ov,
                    theirs=tv,
                )
            if value is not MISSING:
                out[key] = value
        return out

    # references

    def repair_references(self) -> None:
        """Make every reference hold; ours wins (see the module's docstring)."""
        changed = True
        while changed:
            changed = False
            for ref in REFERENCES:
                if ref.collection in self.result and ref.target in self.result:
                    changed |= self._repair(ref)

    def _repair(self, ref: Reference) -> bool:
        targets = self.result[ref.target]
        items = self.result[ref.collection]
        field = ref.field
        if ref.many:
            named = {v for item in items.values() for v in getattr(item, field)}
        else:
            named = {getattr(item, field) for item in items.values()}
        named.discard(None)
        if named <= targets.keys():  # the common case: nothing points at a missing item
            return False
        changed = False
        for key, item in list(items.items()):
            missing = [v for v in ref.ids(item) if v not in targets]
            if not missing:
                continue
            changed = True
            path = f"{item_path(ref.collection, key)}.{ref.field}"
            restorable = [v for v in missing if v in self.o[ref.target]]
            for value in restorable:
                targets[value] = self.o[ref.target][value]
                self.conflict(
                    item_path(ref.target, value),
                    f"removed in theirs, but ours still refers to it ({path}); ours' "
                    f"{_noun(ref.target)} kept",
                    "restored",
                    collection=ref.target,
                    key=value,
                    ours=targets[value],
                    theirs=MISSING,
                )
            gone = [v for v in missing if v not in restorable]
            if not gone:
                continue
            what = ref.unknown(gone[0]).replace("unknown ", "")
            where = {"collection": ref.collection, "key": key, "field": ref.field}
            if ref.on_remove == "cascade":
                del items[key]
                self.conflict(
                    item_path(ref.collection, key),
                    f"refers to {what}, removed in ours; the {_noun(ref.collection)} is dropped",
                    "dropped",
                    collection=ref.collection,
                    key=key,
                    ours=MISSING,
                    theirs=item,
                )
            elif ref.on_remove == "clear":
                items[key] = item.model_copy(update={ref.field: None})
                self.conflict(
                    path,
                    f"refers to {what}, removed in ours; cleared",
                    "dropped",
                    ours=None,
                    theirs=getattr(item, ref.field),
                    **where,
                )
            else:
                kept = tuple(v for v in getattr(item, ref.field) if v not in gone)
                items[key] = item.model_copy(update={ref.field: kept})
                self.conflict(
                    path,
                    f"refers to {what}, removed in ours; the reference is dropped",
                    "dropped",
                    ours=kept,
                    theirs=getattr(item, ref.field),
                    **where,
                )
        return changed

    # order

    def ordered(self, name: str) -> list[Any]:
        kept = self.result[name]
        # The indexes keep each list's order (a key repeated in a list, which
        # validation refuses anyway, counts once).
        base, ours, theirs = list(self.b[name]), list(self.o[name]), list(self.t[name])
        in_all = self.b[name].keys() & self.o[name].keys() & self.t[name].keys()
        b_seq = [k for k in base if k in in_all]
        o_seq = [k for k in ours if k in in_all]
        t_seq = [k for k in theirs if k in in_all]
        primary, secondary = ours, theirs
        if o_seq == b_seq and t_seq != b_seq:
            primary, secondary = theirs, ours
        elif o_seq != b_seq and t_seq != b_seq and o_seq != t_seq:
            self.conflict(
                f"{name} (order)",
                "reordered differently on both sides; ours' order kept",
                "order",
                collection=name,
            )
        seq = [k for k in primary if k in kept]
        placed = set(seq)
        after: dict[Any, list[Any]] = {}
        anchor: Any = MISSING
        for k in secondary:
            if k in placed:
                anchor = k
            elif k in kept:
                after.setdefault(anchor, []).append(k)
                placed.add(k)
        out = list(after.get(MISSING, []))
        for k in seq:
            out.append(k)
            out.extend(after.get(k, ()))
        # items restored from ours that neither order placed (not expected, but never lose one)
        out.extend(k for k in kept if k not in placed)
        return [kept[k] for k in out]

    def run(self) -> MergeResult:
        for name in self.collections:
            self.merge_collection(name)
        scalars = {name: self.merge_scalar(name) for name in merged_scalars(self.model)}
        self.repair_references()
        data: dict[str, Any] = dict(scalars)
        data.update({name: self.ordered(name) for name in self.collections})
        journey = self.model(**data)
        problems = reference_problems(journey)
        if problems:  # never a broken journey: fall back to ours as it is
            self.conflict(
                "",
                f"the merged journey would not be valid ({problems[0]}); ours kept as it is",
                "field",
            )
            journey = self.ours.copy_deep()
        return MergeResult(journey, tuple(self.conflicts))


def _union(*dicts: dict) -> Iterable[Any]:
    seen: dict[Any, None] = {}
    for d in dicts:
        seen.update(dict.fromkeys(d))
    return seen


def merge_journeys(base: Journey | None, ours: Journey, theirs: Journey) -> MergeResult:
    """Merge ``ours`` and ``theirs``, two journeys changed from ``base``.

    Parameters
    ----------
    base : Journey or None
        The common ancestor; ``None`` when there is none (both sides added the
        file), so every difference is a conflict.
    ours, theirs : Journey
        The two changed versions.

    Returns
    -------
    MergeResult
        A valid journey (ours winning every conflict) and the conflicts in the
        order they were found: collections in file order, then journey fields,
        then references.
    """
    with gc_paused():  # the collector would rescan every item of three journeys, often
        return _Merger(base, ours, theirs).run()
