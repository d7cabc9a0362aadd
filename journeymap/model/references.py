"""How the items of a journey point at each other, declared once.

Items refer to each other by id only: a step names its stage and channel, a
transition its two steps, a measurement its step and persona, an opportunity
its steps. (Ratings are derived from the measurements and hold no reference of
their own: they come and go with their measurements.) :data:`REFERENCES`
declares every such field: the collection that holds it, the collection it
points into, and what becomes of the item holding it when the item it points
at is removed or copied. The rest of the model reads the
references from here and names no id field itself:

- removal cascades (:class:`journeymap.model.edits.RemoveItems`) through
  :func:`cascade`;
- the reference checks of edits (:func:`missing`) and of whole journeys
  (:func:`journeymap.model.validation.reference_problems`, through
  :func:`dangling`);
- copy and paste (:mod:`journeymap.model.transfer`) through :func:`travelling`
  and :func:`remap`.

A new id field on an item is one more :class:`Reference` in :data:`REFERENCES`.
The collections are declared in :data:`journeymap.model.journey.COLLECTIONS` so
that every reference points at a collection declared before its own; copy and
paste rely on that order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import KW_ONLY, dataclass
from operator import attrgetter
from typing import Any, Literal, TypeVar

from journeymap.model.entities import Item
from journeymap.model.journey import COLLECTIONS, NOUNS, Journey, item_key

__all__ = [
    "REFERENCES",
    "Cascade",
    "OnCopy",
    "OnRemove",
    "Reference",
    "cascade",
    "dangling",
    "dangling_in_data",
    "missing",
    "references_from",
    "references_to",
    "referrers",
    "remap",
    "travelling",
]

OnRemove = Literal["cascade", "clear", "unlink"]
"""What removing an item does to an item pointing at it."""
OnCopy = Literal["belong", "follow", "refer"]
"""Whether an item travels in a copy with the item it points at."""

_ItemT = TypeVar("_ItemT", bound=Item)


@dataclass(frozen=True, slots=True)
class Reference:
    """One field by which the items of ``collection`` point at items of ``target``.

    Parameters
    ----------
    collection : str
        The collection whose items hold the field (a name in ``COLLECTIONS``).
    field : str
        The field's name on those items.
    target : str
        The collection the ids in the field name; its items have an ``id``.
    many : bool
        The field holds a tuple of ids; otherwise one id, or ``None`` when the
        field is optional.
    on_remove : {"cascade", "clear", "unlink"}
        What removing a target does to an item pointing at it: ``cascade``
        removes the item too, ``clear`` sets the field to ``None``, ``unlink``
        drops the id from the tuple. A paste treats an id it can resolve
        neither to a copy nor to an item of the journey the same way, except
        that a step, which cannot be without a stage, goes to another stage.
    on_copy : {"belong", "follow", "refer"}
        ``belong``: the item is part of its target; it travels with it in a
        copy, and a paste keeps it only beside a copy of the target.
        ``follow``: it travels with its target; pasted without it, it points
        at the journey's own item if there is one. ``refer``: the reference
        does not make the item travel; pasted, it points at the copy of its
        target, else at the journey's own item. An item with ``belong`` or
        ``follow`` references travels when every one of them points at a
        travelling item.

    Examples
    --------
    >>> ref = Reference("steps", "channel_id", "channels", on_remove="clear")
    >>> ref.unknown("fax")
    'unknown channel "fax"'
    """

    collection: str
    field: str
    target: str
    _: KW_ONLY
    many: bool = False
    on_remove: OnRemove
    on_copy: OnCopy = "refer"

    def __post_init__(self) -> None:
        if self.on_remove == "unlink" and not self.many:
            raise ValueError(f"{self.collection}.{self.field}: only a tuple of ids can unlink")
        if self.on_remove != "unlink" and self.many:
            raise ValueError(f"{self.collection}.{self.field}: a tuple of ids can only unlink")

    def ids(self, item: Item) -> tuple[str, ...]:
        """The ids ``item`` holds in this field, none when it is ``None``.

        Examples
        --------
        >>> from journeymap.model.entities import Step
        >>> ref = Reference("steps", "channel_id", "channels", on_remove="clear")
        >>> ref.ids(Step(id="a", title="Pay", stage_id="s1", channel_id="web"))
        ('web',)
        >>> ref.ids(Step(id="a", title="Pay", stage_id="s1"))
        ()
        """
        value = getattr(item, self.field)
        if self.many:
            return tuple(value)
        return () if value is None else (value,)

    def unknown(self, value: str) -> str:
        """The message for an id in this field that names no item."""
        return f'unknown {NOUNS[self.target]} "{value}"'


REFERENCES: tuple[Reference, ...] = (
    Reference("steps", "stage_id", "stages", on_remove="cascade", on_copy="follow"),
    Reference("steps", "channel_id", "channels", on_remove="clear"),
    Reference("transitions", "source", "steps", on_remove="cascade", on_copy="belong"),
    Reference("transitions", "target", "steps", on_remove="cascade", on_copy="follow"),
    Reference("opportunities", "step_ids", "steps", many=True, on_remove="unlink"),
    Reference("measurements", "step_id", "steps", on_remove="cascade", on_copy="belong"),
    Reference("measurements", "persona_id", "personas", on_remove="cascade"),
)
"""Every id field of every item, in collection order and, within a collection,
in the order of the item's fields (the order problems are reported in)."""

_FROM: dict[str, tuple[Reference, ...]] = {
    name: tuple(r for r in REFERENCES if r.collection == name) for name in COLLECTIONS
}
_TO: dict[str, tuple[Reference, ...]] = {
    name: tuple(r for r in REFERENCES if r.target == name) for name in COLLECTIONS
}
_COLLECTION_OF: dict[type[Item], str] = {cls: name for name, cls in COLLECTIONS.items()}


def references_from(collection: str) -> tuple[Reference, ...]:
    """The references the items of ``collection`` hold, in declaration order.

    Examples
    --------
    >>> [ref.field for ref in references_from("measurements")]
    ['step_id', 'persona_id']
    """
    return _FROM.get(collection, ())


def references_to(collection: str) -> tuple[Reference, ...]:
    """The references that point into ``collection``, in declaration order.

    Examples
    --------
    >>> [f"{ref.collection}.{ref.field}" for ref in references_to("personas")]
    ['measurements.persona_id']
    """
    return _TO.get(collection, ())


def referrers(
    journey: Journey, collection: str, keys: Iterable[Any]
) -> list[tuple[Reference, int, Item]]:
    """The items of ``journey`` that point at one of ``keys`` of ``collection``.

    Parameters
    ----------
    journey : Journey
        The journey to search.
    collection : str
        The collection the keys belong to.
    keys : iterable
        Keys (ids) of items of ``collection``.

    Returns
    -------
    list of (Reference, int, Item)
        Each pointing item with the reference it points through and its index
        in its list: reference by reference in declaration order, then in list
        order. An item pointing through two references appears twice.

    Examples
    --------
    >>> from journeymap.model.entities import Stage, Step
    >>> journey = Journey(
    ...     stages=[Stage(id="s1", name="Find"), Stage(id="s2", name="Buy")],
    ...     steps=[Step(id="a", title="Search", stage_id="s1"),
    ...            Step(id="b", title="Pay", stage_id="s2")],
    ... )
    >>> [(ref.field, index, item.id) for ref, index, item in referrers(journey, "stages", ["s2"])]
    [('stage_id', 1, 'b')]
    """
    wanted = set(keys)
    found: list[tuple[Reference, int, Item]] = []
    if not wanted:
        return found
    for ref in references_to(collection):
        items = journey.collection(ref.collection)
        found.extend((ref, index, items[index]) for index in _hits(items, ref, wanted))
    return found


def _hits(items: list[Any], ref: Reference, wanted: set[Any]) -> list[int]:
    """The indexes of ``items`` whose ``ref`` field names one of ``wanted``."""
    name = ref.field
    if ref.many:
        return [i for i, item in enumerate(items) if not wanted.isdisjoint(getattr(item, name))]
    return [i for i, item in enumerate(items) if getattr(item, name) in wanted]


@dataclass
class Cascade:
    """What removing some items takes with it (see :func:`cascade`)."""

    removed: dict[str, set[Any]]
    """The keys to remove, per collection: the items asked for and every item
    whose ``cascade`` reference points at a removed one."""
    rewritten: dict[str, dict[int, Item]]
    """Per collection, by index, the new value of each item that stays but
    loses a reference (``clear`` or ``unlink``), in collection and index order."""


def cascade(journey: Journey, collection: str, keys: Iterable[Any]) -> Cascade:
    """What removing ``keys`` of ``collection`` from ``journey`` takes with it.

    Follows ``cascade`` references until nothing more goes (a stage takes its
    steps, which take their transitions and measurements), then rewrites the items
    that stay but point at a removed item. The journey is not changed.

    Parameters
    ----------
    journey : Journey
        The journey the items are removed from.
    collection : str
        The collection of the items asked for.
    keys : iterable
        Their keys (ids, or ``(step_id, persona_id)`` pairs of ratings).

    Returns
    -------
    Cascade
        The keys to remove per collection and the rewritten items by index.

    Examples
    --------
    >>> from journeymap.model.entities import Channel, Stage, Step
    >>> journey = Journey(
    ...     stages=[Stage(id="s1", name="Find")],
    ...     channels=[Channel(id="web", name="Web")],
    ...     steps=[Step(id="a", title="Search", stage_id="s1", channel_id="web")],
    ... )
    >>> cascade(journey, "stages", ["s1"]).removed
    {'stages': {'s1'}, 'steps': {'a'}}
    >>> plan = cascade(journey, "channels", ["web"])
    >>> plan.removed, plan.rewritten["steps"][0].channel_id
    ({'channels': {'web'}}, None)
    """
    removed: dict[str, set[Any]] = {collection: set(keys)}
    # Field changes of the items that lose a reference, by collection and index.
    changes: dict[str, dict[int, dict[str, Any]]] = {}
    pending = [(collection, removed[collection])]
    while pending:
        target, gone = pending.pop()
        grown: dict[str, set[Any]] = {}
        for ref in references_to(target):
            items = journey.collection(ref.collection)
            hits = _hits(items, ref, gone)
            if not hits:
                continue
            if ref.on_remove == "cascade":
                taken = removed.setdefault(ref.collection, set())
                new_keys = {item_key(items[index]) for index in hits} - taken
                taken |= new_keys
                grown.setdefault(ref.collection, set()).update(new_keys)
                continue
            by_index = changes.setdefault(ref.collection, {})
            for index in hits:
                fields = by_index.setdefault(index, {})
                if ref.on_remove == "clear":
                    fields[ref.field] = None
                else:
                    kept = fields.get(ref.field, getattr(items[index], ref.field))
                    fields[ref.field] = tuple(value for value in kept if value not in gone)
        pending.extend((name, keys) for name, keys in grown.items() if keys)
    rewritten: dict[str, dict[int, Item]] = {}
    for name in COLLECTIONS:
        if name not in changes:
            continue
        items = journey.collection(name)
        gone = removed.get(name, set())
        for index in sorted(changes[name]):
            item = items[index]
            if item_key(item) not in gone:
                new = item.model_copy(update=changes[name][index])
                rewritten.setdefault(name, {})[index] = new
    return Cascade(removed, rewritten)


def missing(journey: Journey, item: Item) -> list[tuple[Reference, str]]:
    """The ids ``item`` points at that name no item of ``journey``.

    ``item`` need not be in the journey (an edit checks an item before adding
    it).

    Parameters
    ----------
    journey : Journey
        The journey the ids should name items of.
    item : Item
        A persona, stage, channel, step, transition, rating or opportunity.

    Returns
    -------
    list of (Reference, str)
        Each unknown id with the reference holding it, in declaration order.

    Examples
    --------
    >>> from journeymap.model.entities import Stage, Step
    >>> journey = Journey(stages=[Stage(id="s1", name="Find")])
    >>> step = Step(id="a", title="Search", stage_id="s1", channel_id="fax")
    >>> [(ref.field, value) for ref, value in missing(journey, step)]
    [('channel_id', 'fax')]
    """
    return [
        (ref, value)
        for ref in references_from(_COLLECTION_OF[type(item)])
        for value in ref.ids(item)
        if not journey.has(ref.target, value)
    ]


def _all_known(items: list[Any], ref: Reference, ids: set[Any]) -> bool:
    """Whether every id in ``ref``'s field of ``items`` names an item of ``ids``."""
    get = attrgetter(ref.field)
    if ref.many:
        used = {one for value in map(get, items) for one in value}
    else:
        used = set(map(get, items))
        used.discard(None)
    return used <= ids


def dangling(journey: Journey) -> list[tuple[str, str]]:
    """Every id in ``journey`` that names no item, with its path, in file order.

    Parameters
    ----------
    journey : Journey
        The journey to check.

    Returns
    -------
    list of (str, str)
        ``(path, message)`` pairs: ``steps[3].stage_id`` or
        ``opportunities[0].step_ids[1]`` and ``unknown stage "s9"``.

    Examples
    --------
    >>> from journeymap.model.entities import Stage, Step
    >>> journey = Journey(stages=[Stage(id="s1", name="Find")],
    ...                   steps=[Step(id="a", title="Search", stage_id="s9")])
    >>> dangling(journey)
    [('steps[0].stage_id', 'unknown stage "s9"')]
    """
    known: dict[str, set[Any]] = {}
    found: list[tuple[str, str]] = []
    for name in COLLECTIONS:
        refs = references_from(name)
        if not refs:
            continue
        for ref in refs:
            if ref.target not in known:
                known[ref.target] = {item_key(i) for i in journey.collection(ref.target)}
        checks = [(ref, ref.field, known[ref.target]) for ref in refs]
        items = journey.collection(name)
        if all(_all_known(items, ref, ids) for ref, _, ids in checks):
            continue  # the quick way to know, for the common case
        for index, item in enumerate(items):
            for ref, field_name, ids in checks:
                value = getattr(item, field_name)
                if not ref.many:
                    if value is not None and value not in ids:
                        found.append((f"{name}[{index}].{field_name}", ref.unknown(value)))
                    continue
                for k, one in enumerate(value):
                    if one not in ids:
                        found.append((f"{name}[{index}].{field_name}[{k}]", ref.unknown(one)))
    return found


def dangling_in_data(data: Mapping[str, Any], *, partial: bool = False) -> list[tuple[str, str]]:
    """:func:`dangling` for decoded JSON that did not validate as a journey, so
    that a file's unknown ids are reported in the same run as its type errors.

    Only ids that are strings are checked (another type is a type error,
    reported by validation); an item counts as known when its ``id`` is a
    string, even if some other field of it is wrong. ``partial``: a collection
    missing from ``data`` was not read (not: is empty), so ids pointing into it
    are not checked.

    >>> dangling_in_data({"stages": [{"id": "s1", "name": 5}],
    ...                   "steps": [{"id": "a", "stage_id": "s9"}, {"stage_id": "s1"}]})
    [('steps[0].stage_id', 'unknown stage "s9"')]
    """

    def listed(name: str) -> list[Any]:
        value = data.get(name)
        return value if isinstance(value, list) else []

    found: list[tuple[str, str]] = []
    for name in COLLECTIONS:
        # A version-1 file's ratings hold the ids its measurements will.
        refs = references_from("measurements" if name == "ratings" else name)
        for ref in refs:
            if not isinstance(data.get(ref.target, []), list) or (
                partial and ref.target not in data
            ):
                continue  # the whole list is wrong (validation reports it) or unread
            ids = {
                item["id"]
                for item in listed(ref.target)
                if isinstance(item, dict) and isinstance(item.get("id"), str)
            }
            for index, item in enumerate(listed(name)):
                value = item.get(ref.field) if isinstance(item, dict) else None
                if not ref.many:
                    if isinstance(value, str) and value not in ids:
                        found.append((f"{name}[{index}].{ref.field}", ref.unknown(value)))
                    continue
                for k, one in enumerate(value if isinstance(value, list) else []):
                    if isinstance(one, str) and one not in ids:
                        found.append((f"{name}[{index}].{ref.field}[{k}]", ref.unknown(one)))
    found.sort(key=lambda pair: _path_order(pair[0]))
    return found


def _path_order(path: str) -> tuple[int, int, str]:
    """Sort key: collections in file order, then items, then fields."""
    name, _, rest = path.partition("[")
    index, _, tail = rest.partition("]")
    return (list(COLLECTIONS).index(name), int(index), tail)


def travelling(journey: Journey, chosen: Mapping[str, Iterable[Any]]) -> dict[str, set[Any]]:
    """The keys of the items that travel in a copy of ``chosen``.

    The chosen items travel, and so does every item whose ``belong`` and
    ``follow`` references all point at travelling items: the steps of a
    chosen stage, the measurements of a travelling step, a transition between two
    travelling steps.

    Parameters
    ----------
    journey : Journey
        The journey copied from.
    chosen : mapping of str to iterable
        Keys of chosen items per collection.

    Returns
    -------
    dict of str to set
        Keys per collection (every collection named, maybe with no keys).

    Examples
    --------
    >>> from journeymap.model.entities import Stage, Step, Transition
    >>> journey = Journey(
    ...     stages=[Stage(id="s1", name="Find"), Stage(id="s2", name="Buy")],
    ...     steps=[Step(id="a", title="Search", stage_id="s1"),
    ...            Step(id="b", title="Compare", stage_id="s1"),
    ...            Step(id="c", title="Pay", stage_id="s2")],
    ...     transitions=[Transition(id="t1", source="a", target="b"),
    ...                  Transition(id="t2", source="b", target="c")],
    ... )
    >>> keys = travelling(journey, {"stages": ["s1"]})
    >>> sorted(keys["steps"]), sorted(keys["transitions"])
    (['a', 'b'], ['t1'])
    """
    out: dict[str, set[Any]] = {name: set(chosen.get(name, ())) for name in COLLECTIONS}
    # Collection order puts every target before the items pointing at it, so
    # one pass sees each target's travellers complete.
    for name in COLLECTIONS:
        refs = [ref for ref in references_from(name) if ref.on_copy != "refer"]
        if not refs:
            continue
        keys = out[name]
        for item in journey.collection(name):
            if all(_all_in(ref.ids(item), out[ref.target]) for ref in refs):
                keys.add(item_key(item))
    return out


def _all_in(values: tuple[str, ...], keys: set[Any]) -> bool:
    return bool(values) and all(value in keys for value in values)


def remap(item: _ItemT, resolve: Callable[[Reference, str], str | None]) -> _ItemT | None:
    """A copy of ``item`` with every id it points through replaced.

    Parameters
    ----------
    item : Item
        A persona, stage, channel, step, transition, rating or opportunity.
    resolve : callable
        ``resolve(reference, old_id)`` gives the new id, or ``None`` when the
        id cannot be kept. It is called reference by reference in declaration
        order, and stops at the first ``cascade`` reference it cannot resolve.

    Returns
    -------
    Item or None
        The copy; an id resolved to ``None`` is cleared (``clear``) or dropped
        from its tuple (``unlink``). ``None`` when a ``cascade`` reference
        cannot be resolved: the item cannot exist without it.

    Examples
    --------
    >>> from journeymap.model.entities import Step
    >>> step = Step(id="a", title="Search", stage_id="s1", channel_id="web")
    >>> moved = remap(step, lambda ref, old: {"s1": "s2"}.get(old))
    >>> moved.stage_id, moved.channel_id
    ('s2', None)
    >>> remap(step, lambda ref, old: None) is None
    True
    """
    update: dict[str, Any] = {}
    for ref in references_from(_COLLECTION_OF[type(item)]):
        value = getattr(item, ref.field)
        if ref.many:
            resolved = (resolve(ref, old) for old in value)
            update[ref.field] = tuple(new for new in resolved if new is not None)
        elif value is not None:
            new = resolve(ref, value)
            if new is None and ref.on_remove == "cascade":
                return None
            update[ref.field] = new
    return item.model_copy(update=update) if update else item
