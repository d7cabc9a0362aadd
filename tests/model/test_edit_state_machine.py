"""Random sequences of edits, undos and redos on every collection of a journey.

After every step the journey is valid and survives save→load; undoing every edit
in reverse order gives back the journey we started from, and redoing them all
gives the final journey again.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from journeymap.model import (
    COLLECTIONS,
    AddItem,
    Channel,
    ChannelKind,
    CompositeEdit,
    Edit,
    EditError,
    Journey,
    JourneyDocument,
    Lane,
    LaneSetting,
    MoveItem,
    MoveStep,
    Opportunity,
    OpportunityStatus,
    Ownership,
    Persona,
    RatingSource,
    RemoveItems,
    SetRating,
    Stage,
    Step,
    StepKind,
    Transition,
    UpdateItem,
    UpdateJourney,
    dumps_journey,
    load_journey,
    loads_journey,
    reference_problems,
    save_journey,
)
from journeymap.model.evidence import Measure, Measurement
from journeymap.model.journey import DERIVED, item_key
from tests.model.journey_strategies import journeys, text, texts

Factory = Callable[[], Edit]
names = text(max_size=15)
goals = st.none() | st.floats(1, 5)
emotions = st.none() | st.floats(-2, 2)


def _keys(journey: Journey, collection: str) -> list:
    return [item_key(item) for item in journey.collection(collection)]


class _Ids:
    """Ids no generated journey uses: the strategies never produce '~'."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, prefix: str) -> str:
        self.count += 1
        return f"{prefix}~{self.count}"


# -- valid edits -------------------------------------------------------------------
# Each maker looks at a journey and returns a factory for an edit that can be
# applied to it, or None when the journey has nothing to edit that way.


def make_add(draw, journey: Journey, new_id: _Ids) -> Factory | None:
    collection = draw(st.sampled_from([c for c in COLLECTIONS if c not in DERIVED]))
    stages, steps = _keys(journey, "stages"), _keys(journey, "steps")
    personas, channels = _keys(journey, "personas"), _keys(journey, "channels")
    index = draw(st.none() | st.integers(0, len(journey.collection(collection)) + 1))
    if collection == "personas":
        item = Persona(id=new_id("p"), name=draw(names), share=draw(st.none() | st.floats(0, 1)))
    elif collection == "stages":
        item = Stage(id=new_id("s"), name=draw(names), description=draw(texts))
    elif collection == "channels":
        item = Channel(
            id=new_id("c"),
            name=draw(names),
            kind=draw(st.sampled_from(ChannelKind)),
            ownership=draw(st.sampled_from(Ownership)),
        )
    elif collection == "steps":
        if not stages:
            return None
        item = Step(
            id=new_id("step"),
            title=draw(names),
            stage_id=draw(st.sampled_from(stages)),
            channel_id=draw(st.none() | st.sampled_from(channels)) if channels else None,
            kind=draw(st.sampled_from(StepKind)),
            volume=draw(st.none() | st.integers(0, 10**6)),
            feeling=draw(texts),
        )
    elif collection == "transitions":
        if not steps:
            return None
        item = Transition(
            id=new_id("t"),
            source=draw(st.sampled_from(steps)),
            target=draw(st.sampled_from(steps)),
            share=draw(st.none() | st.floats(0, 1)),
        )
    elif collection == "measurements":
        if not steps or not personas:
            return None
        item = Measurement(
            step_id=draw(st.sampled_from(steps)),
            persona_id=draw(st.sampled_from(personas)),
            measure=draw(st.sampled_from(Measure)),
            source=draw(st.sampled_from(RatingSource)),
            label=new_id("label"),
            mean=draw(st.floats(1, 2)),  # on every scale
            n=draw(st.none() | st.integers(1, 500)),
            excluded=draw(st.booleans()),
        )
    else:
        linked = draw(st.lists(st.sampled_from(steps), unique=True, max_size=3)) if steps else []
        item = Opportunity(id=new_id("o"), title=draw(names), step_ids=tuple(linked))
    return lambda: AddItem(collection, item, index)


def _nonempty(journey: Journey) -> list[str]:
    return [name for name in COLLECTIONS if journey.collection(name)]


def make_remove(draw, journey: Journey, new_id: _Ids) -> Factory | None:
    choices = _nonempty(journey)
    if not choices:
        return None
    collection = draw(st.sampled_from(choices))
    keys = draw(
        st.lists(st.sampled_from(_keys(journey, collection)), min_size=1, max_size=3, unique=True)
    )
    return lambda: RemoveItems(collection, keys)


def _changes(draw, journey: Journey, collection: str) -> dict:
    stages, steps = _keys(journey, "stages"), _keys(journey, "steps")
    channels = _keys(journey, "channels")
    options: dict[str, st.SearchStrategy] = {
        "personas": {"name": names, "share": st.none() | st.floats(0, 1), "quote": texts},
        "stages": {"name": names, "description": texts},
        "channels": {
            "name": names,
            "kind": st.sampled_from(ChannelKind),
            "ownership": st.sampled_from(Ownership),
        },
        "steps": {
            "title": names,
            "stage_id": st.sampled_from(stages),
            "channel_id": st.none() | st.sampled_from(channels) if channels else st.none(),
            "kind": st.sampled_from(StepKind),
            "volume": st.none() | st.integers(0, 10**9),
            "duration_min": st.none() | st.floats(0, 600),
            "thinking": texts,
        },
        "transitions": {
            "source": st.sampled_from(steps) if steps else st.nothing(),
            "target": st.sampled_from(steps) if steps else st.nothing(),
            "volume": st.none() | st.integers(0, 10**6),
            "share": st.none() | st.floats(0, 1),
            "label": names,
        },
        "ratings": {
            "goal": goals,
            "ease": goals,
            "emotion": emotions,
            "n": st.none() | st.integers(0, 99),
            "source": st.none() | st.sampled_from(RatingSource),
            "note": texts,
        },
        "opportunities": {
            "title": names,
            "step_ids": st.lists(st.sampled_from(steps), max_size=3).map(tuple)
            if steps
            else st.just(()),
            "impact": st.none() | st.integers(1, 5),
            "status": st.sampled_from(OpportunityStatus),
        },
        "measurements": {
            "mean": st.floats(1, 2),
            "n": st.none() | st.integers(1, 99),
            "sd": st.none() | st.floats(0, 3),
            "excluded": st.booleans(),
            "period": st.sampled_from(["", "2026-11-30"]),
            "note": texts,
        },
    }[collection]
    fields = draw(st.lists(st.sampled_from(sorted(options)), min_size=1, max_size=3, unique=True))
    return {name: draw(options[name]) for name in fields}


def make_update(draw, journey: Journey, new_id: _Ids) -> Factory | None:
    choices = [c for c in _nonempty(journey) if c not in DERIVED]
    if not choices:
        return None
    collection = draw(st.sampled_from(choices))
    key = draw(st.sampled_from(_keys(journey, collection)))
    changes = _changes(draw, journey, collection)
    return lambda: UpdateItem(collection, key, changes)


def make_move(draw, journey: Journey, new_id: _Ids) -> Factory | None:
    choices = [c for c in _nonempty(journey) if c not in DERIVED]
    if not choices:
        return None
    collection = draw(st.sampled_from(choices))
    key = draw(st.sampled_from(_keys(journey, collection)))
    index = draw(st.integers(0, len(journey.collection(collection)) + 1))
    return lambda: MoveItem(collection, key, index)


def make_move_step(draw, journey: Journey, new_id: _Ids) -> Factory | None:
    if not journey.steps:
        return None
    step_id = draw(st.sampled_from(_keys(journey, "steps")))
    stage_id = draw(st.sampled_from(_keys(journey, "stages")))
    in_stage = [s.id for s in journey.steps if s.stage_id == stage_id]
    before = draw(st.none() | st.sampled_from(in_stage)) if in_stage else None
    return lambda: MoveStep(step_id, stage_id, before)


def make_set_rating(draw, journey: Journey, new_id: _Ids) -> Factory | None:
    if not journey.steps or not journey.personas:
        return None
    step_id = draw(st.sampled_from(_keys(journey, "steps")))
    persona_id = draw(st.sampled_from(_keys(journey, "personas")))
    changes = _changes(draw, journey, "ratings")
    return lambda: SetRating(step_id, persona_id, changes)


def make_update_journey(draw, journey: Journey, new_id: _Ids) -> Factory | None:
    options = {
        "title": names,
        "description": texts,
        "language": st.sampled_from(["", "en", "fi"]),
        "metadata": st.dictionaries(text(max_size=8), texts, max_size=2),
        "lanes": st.permutations(list(Lane)).map(
            lambda lanes: tuple(
                LaneSetting(lane=lane, visible=i % 2 == 0) for i, lane in enumerate(lanes)
            )
        ),
    }
    fields = draw(st.lists(st.sampled_from(sorted(options)), min_size=1, max_size=2, unique=True))
    changes = {name: draw(options[name]) for name in fields}
    return lambda: UpdateJourney(changes)


MAKERS = {
    "add": make_add,
    "remove": make_remove,
    "update": make_update,
    "move": make_move,
    "move_step": make_move_step,
    "set_rating": make_set_rating,
    "update_journey": make_update_journey,
}


# -- edits that must be refused ----------------------------------------------------


def make_refused(draw, journey: Journey, new_id: _Ids) -> Edit | None:
    kind = draw(st.sampled_from(["duplicate", "dangling", "scale", "unknown", "composite"]))
    if kind == "duplicate":
        choices = [c for c in _nonempty(journey) if c not in DERIVED]
        if not choices:
            return None
        collection = draw(st.sampled_from(choices))
        return AddItem(collection, draw(st.sampled_from(journey.collection(collection))))
    if kind == "dangling":
        if not journey.steps:
            return None
        step_id = draw(st.sampled_from(_keys(journey, "steps")))
        field = draw(st.sampled_from(["stage_id", "channel_id"]))
        return UpdateItem("steps", step_id, {field: new_id("ghost")})
    if kind == "scale":
        if not journey.steps or not journey.personas:
            return None
        field = draw(st.sampled_from(["goal", "ease", "emotion"]))
        value = draw(st.sampled_from([-3.0, 5.5, 6, float("inf"), float("nan")]))
        return SetRating(journey.steps[0].id, journey.personas[0].id, {field: value})
    if kind == "unknown":
        collection = draw(st.sampled_from(list(COLLECTIONS)))
        key = {
            "ratings": (new_id("ghost"), new_id("ghost")),
            "measurements": (new_id("ghost"), new_id("ghost"), "goal", "survey", ""),
        }.get(collection, new_id("ghost"))
        return RemoveItems(collection, [key])
    # A composite whose last part fails: the parts already made are undone.
    scratch = journey.copy_deep()
    parts = []
    for _ in range(draw(st.integers(1, 3))):
        factory = draw(st.sampled_from(list(MAKERS.values())))(draw, scratch, new_id)
        if factory is not None:
            factory().apply(scratch)
            parts.append(factory())
    parts.append(AddItem("stages", Stage(id=new_id("s"), name="x")))
    parts.append(RemoveItems("stages", [new_id("ghost")]))
    return CompositeEdit(parts, "Fails at the end")


class JourneyEditing(RuleBasedStateMachine):
    @initialize(journey=journeys(max_steps=6))
    def start(self, journey: Journey) -> None:
        self.doc = JourneyDocument(journey)
        self.original = journey.copy_deep()
        self.new_id = _Ids()
        self.done: list[tuple[Edit, Journey]] = []  # edit and the journey before it
        self.undone: list[tuple[Edit, Journey]] = []  # edit and the journey after it
        self.heard: list = []
        self.doc.subscribe(self.heard.append)

    def _push(self, edit: Edit, check_change: bool = True) -> None:
        before = self.doc.journey.copy_deep()
        self.heard.clear()
        change = self.doc.apply(edit)
        assert self.heard == [change]
        if check_change:
            journey = self.doc.journey
            for collection, keys in change.added.items():
                assert all(journey.has(collection, k) for k in keys)
            for collection, keys in change.updated.items():
                assert all(journey.has(collection, k) for k in keys)
            for collection, keys in change.removed.items():
                assert not any(journey.has(collection, k) for k in keys)
        self.done.append((edit, before))
        self.undone.clear()

    @rule(data=st.data(), kind=st.sampled_from(sorted(MAKERS)))
    def edit(self, data, kind: str) -> None:
        factory = MAKERS[kind](data.draw, self.doc.journey, self.new_id)
        if factory is not None:
            self._push(factory())

    @rule(data=st.data())
    def composite(self, data) -> None:
        """Several edits, each made against the journey the previous ones left."""
        scratch = self.doc.journey.copy_deep()
        factories = []
        for _ in range(data.draw(st.integers(2, 4))):
            kind = data.draw(st.sampled_from(sorted(MAKERS)))
            factory = MAKERS[kind](data.draw, scratch, self.new_id)
            if factory is not None:
                factory().apply(scratch)
                factories.append(factory)
        if factories:
            self._push(CompositeEdit([f() for f in factories], "Several"), check_change=False)
            assert self.doc.journey == scratch

    @rule(data=st.data())
    def refused(self, data) -> None:
        edit = make_refused(data.draw, self.doc.journey, self.new_id)
        if edit is None:
            return
        before = self.doc.journey.copy_deep()
        self.heard.clear()
        with pytest.raises(EditError):
            self.doc.apply(edit)
        assert self.doc.journey == before
        assert self.heard == []

    @precondition(lambda self: self.done)
    @rule()
    def undo(self) -> None:
        edit, before = self.done.pop()
        after = self.doc.journey.copy_deep()
        self.doc.revert(edit)
        assert self.doc.journey == before
        self.undone.append((edit, after))

    @precondition(lambda self: self.undone)
    @rule()
    def redo(self) -> None:
        edit, after = self.undone.pop()
        before = self.doc.journey.copy_deep()
        self.doc.apply(edit)
        assert self.doc.journey == after
        self.done.append((edit, before))

    @invariant()
    def valid_and_survives_save_and_load(self) -> None:
        journey = self.doc.journey
        assert reference_problems(journey) == []
        assert loads_journey(dumps_journey(journey)) == journey

    def teardown(self) -> None:
        if not hasattr(self, "doc"):
            return
        final = self.doc.journey.copy_deep()
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "edited.journey.json"
            save_journey(final, path)
            assert load_journey(path) == final
        for edit, before in reversed(self.done):
            self.doc.revert(edit)
            assert self.doc.journey == before
        assert self.doc.journey == self.original
        for edit, _ in self.done:
            self.doc.apply(edit)
        assert self.doc.journey == final


JourneyEditing.TestCase.settings = settings(max_examples=60, stateful_step_count=25, deadline=None)
test_edit_undo_redo_sequences = JourneyEditing.TestCase
