"""The three-way merge of journeys: item by item, field by field, ours winning a
conflict, and never an invalid journey."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeymap.model import (
    AddItem,
    EditError,
    Journey,
    MoveItem,
    Persona,
    Rating,
    RemoveItems,
    SetRating,
    Stage,
    Step,
    Transition,
    UpdateItem,
    UpdateJourney,
    reference_problems,
)
from journeymap.model.fileformat import journey_from_data, journey_to_data
from journeymap.model.journey import item_key
from journeymap.model.merge import (
    MISSING,
    Conflict,
    item_path,
    merge_journeys,
    merged_collections,
    merged_scalars,
)
from tests.model.journey_strategies import journeys
from tests.model.journey_strategies import text as text_values


def _base() -> Journey:
    return Journey(
        title="Tax return",
        personas=[Persona(id="anna", name="Anna")],
        stages=[Stage(id="find", name="Find"), Stage(id="file", name="File")],
        steps=[
            Step(id="search", title="Search", stage_id="find", kind="start", volume=100),
            Step(id="login", title="Log in", stage_id="file"),
            Step(id="send", title="Send", stage_id="file", kind="success"),
        ],
        transitions=[
            Transition(id="t1", source="search", target="login"),
            Transition(id="t2", source="login", target="send"),
        ],
        ratings=[Rating(step_id="login", persona_id="anna", ease=2)],
        metadata={"owner": "Tax office"},
    )


def _edited(journey: Journey, *edits) -> Journey:
    copy = journey.copy_deep()
    for edit in edits:
        edit.apply(copy)
    return copy


def test_different_fields_of_one_item_merge_cleanly():
    base = _base()
    ours = _edited(base, UpdateItem("steps", "login", {"title": "Sign in"}))
    theirs = _edited(base, UpdateItem("steps", "login", {"owner": "IT"}))
    result = merge_journeys(base, ours, theirs)
    assert result.clean
    step = result.journey.find("steps", "login")
    assert (step.title, step.owner) == ("Sign in", "IT")


def test_the_same_field_changed_two_ways_is_a_conflict_and_ours_wins():
    base = _base()
    ours = _edited(base, UpdateItem("steps", "login", {"title": "Sign in"}))
    theirs = _edited(base, UpdateItem("steps", "login", {"title": "Authenticate"}))
    result = merge_journeys(base, ours, theirs)
    assert [c.path for c in result.conflicts] == ['steps["login"].title']
    conflict = result.conflicts[0]
    assert (conflict.ours, conflict.theirs, conflict.kind) == ("Sign in", "Authenticate", "field")
    assert result.journey.find("steps", "login").title == "Sign in"


def test_a_rating_conflict_is_named_by_its_measurement():
    """Ratings follow from measurements, so two ways of typing one rating's
    ease conflict on that measurement, and a goal typed on one side merges."""
    base = _base()
    ours = _edited(base, SetRating("login", "anna", {"ease": 1}))
    theirs = _edited(base, SetRating("login", "anna", {"ease": 4, "goal": 5}))
    result = merge_journeys(base, ours, theirs)
    assert [str(c) for c in result.conflicts] == [
        'measurements["login", "anna", "ease", "estimate", ""].mean: '
        "changed in both (ours 1.0, theirs 4.0); ours kept"
    ]
    rating = result.journey.rating("login", "anna")
    assert (rating.ease, rating.goal) == (1, 5)


def test_removed_on_one_side_and_changed_on_the_other_is_a_conflict():
    base = _base()
    ours = _edited(base, RemoveItems("steps", ["login"]))
    theirs = _edited(base, UpdateItem("steps", "login", {"title": "Sign in"}))
    result = merge_journeys(base, ours, theirs)
    assert ('steps["login"]', "removed_ours") in [(c.path, c.kind) for c in result.conflicts]
    assert not result.journey.has("steps", "login")
    # the other way round, ours keeps its changed step
    result = merge_journeys(base, theirs, ours)
    assert [(c.path, c.kind) for c in result.conflicts] == [('steps["login"]', "removed_theirs")]
    assert result.journey.find("steps", "login").title == "Sign in"


def test_a_new_reference_to_an_item_ours_removed_is_dropped_and_reported():
    base = _base()
    ours = _edited(base, RemoveItems("steps", ["send"]))
    theirs = _edited(
        base, AddItem("transitions", Transition(id="t3", source="search", target="send"))
    )
    result = merge_journeys(base, ours, theirs)
    assert not result.journey.has("steps", "send")
    assert not result.journey.has("transitions", "t3")
    assert [(c.path, c.kind) for c in result.conflicts] == [('transitions["t3"]', "dropped")]
    assert reference_problems(result.journey) == []


def test_a_step_theirs_removed_but_ours_now_uses_is_kept():
    base = _base()
    ours = _edited(
        base, AddItem("transitions", Transition(id="t3", source="search", target="send"))
    )
    theirs = _edited(base, RemoveItems("steps", ["send"]))
    result = merge_journeys(base, ours, theirs)
    assert result.journey.has("steps", "send") and result.journey.has("transitions", "t3")
    assert [(c.path, c.kind) for c in result.conflicts] == [('steps["send"]', "restored")]
    assert reference_problems(result.journey) == []


def test_additions_go_after_their_predecessor_and_ours_order_is_kept():
    base = _base()
    ours = _edited(base, AddItem("steps", Step(id="ours", title="O", stage_id="find"), 1))
    theirs = _edited(base, AddItem("steps", Step(id="theirs", title="T", stage_id="file"), 2))
    result = merge_journeys(base, ours, theirs)
    assert result.clean
    assert [s.id for s in result.journey.steps] == ["search", "ours", "login", "theirs", "send"]


def test_a_reorder_on_one_side_is_kept():
    base = _base()
    ours = _edited(base, UpdateJourney({"title": "Tax"}))
    theirs = _edited(base, MoveItem("steps", "send", 1))
    result = merge_journeys(base, ours, theirs)
    assert result.clean
    assert [s.id for s in result.journey.steps] == ["search", "send", "login"]


def test_two_different_reorders_are_a_conflict():
    base = _base()
    ours = _edited(base, MoveItem("steps", "send", 0))
    theirs = _edited(base, MoveItem("steps", "login", 0))
    result = merge_journeys(base, ours, theirs)
    assert [c.path for c in result.conflicts] == ["steps (order)"]
    assert [s.id for s in result.journey.steps] == ["send", "search", "login"]


def test_metadata_merges_key_by_key():
    base = _base()
    ours = _edited(base, UpdateJourney({"metadata": {"owner": "Tax office", "a": "1"}}))
    theirs = _edited(base, UpdateJourney({"metadata": {"b": "2"}}))
    result = merge_journeys(base, ours, theirs)
    assert result.clean
    assert result.journey.metadata == {"a": "1", "b": "2"}


def test_without_a_common_ancestor_every_difference_is_a_conflict():
    ours = _base()
    theirs = _edited(ours, UpdateItem("steps", "login", {"title": "Sign in"}))
    result = merge_journeys(None, ours, theirs)
    assert [c.path for c in result.conflicts] == ['steps["login"].title']
    assert merge_journeys(None, ours, ours.copy_deep()).clean


def test_collections_come_from_the_model():
    """A list of keyed items added to ``Journey`` later merges without a change."""
    collections = merged_collections()
    assert {"steps", "measurements", "opportunities"} <= set(collections)
    assert "ratings" not in collections  # derived from the measurements, never merged
    for name in collections:
        for item in getattr(_base(), name):
            assert collections[name](item) == item_key(item)
    assert "lanes" in merged_scalars() and "steps" not in merged_scalars()


def test_a_collection_added_to_the_model_merges_without_a_change():
    """A journey model with one more list of keyed items (as a later format may
    add) merges that list item by item too."""
    from pydantic import Field

    from journeymap.model.entities import Item

    class Note(Item):
        step_id: str
        author: str
        text: str = ""

        @property
        def key(self) -> tuple[str, str]:
            return (self.step_id, self.author)

    class Wider(Journey):
        notes: list[Note] = Field(default_factory=list)

    assert "notes" in merged_collections(Wider) and "notes" not in merged_scalars(Wider)
    base = Wider(**dict(_base()), notes=[Note(step_id="login", author="ann", text="slow")])
    ours = base.model_copy(update={"notes": [*base.notes, Note(step_id="send", author="bo")]})
    theirs = base.model_copy(
        update={"notes": [Note(step_id="login", author="ann", text="very slow")]}
    )
    result = merge_journeys(base, ours, theirs)
    assert result.clean and isinstance(result.journey, Wider)
    assert [(n.key, n.text) for n in result.journey.notes] == [
        (("login", "ann"), "very slow"),
        (("send", "bo"), ""),
    ]


# -- property: random edits on two branches --------------------------------------


def _random_edit(draw, journey: Journey):
    names = [n for n in merged_collections() if getattr(journey, n)]
    choice = draw(st.sampled_from(["update", "remove", "add", "journey", "move"]))
    text = draw(text_values(max_size=8))
    if choice == "journey" or not names:
        field = draw(st.sampled_from(["title", "description", "metadata"]))
        if field == "metadata":
            return UpdateJourney(
                {"metadata": {**journey.metadata, draw(st.sampled_from("xyz")): text}}
            )
        return UpdateJourney({field: text})
    name = draw(st.sampled_from(names))
    item = draw(st.sampled_from(getattr(journey, name)))
    key = item_key(item)
    if choice == "remove":
        return RemoveItems(name, [key])
    if choice == "move":
        return MoveItem(name, key, draw(st.integers(0, len(getattr(journey, name)) - 1)))
    if choice == "add":
        return _addition(draw, journey, name, text)
    fields = {
        "personas": ("name", "role"),
        "stages": ("name", "description"),
        "channels": ("name", "owner"),
        "steps": ("title", "owner", "doing"),
        "transitions": ("label",),
        "measurements": ("note", "mean"),
        "opportunities": ("title", "owner"),
    }.get(name, ())
    if not fields:
        return RemoveItems(name, [key])
    field = draw(st.sampled_from(fields))
    if name == "measurements" and field == "mean":
        low, high = (-2, 2) if item.measure == "emotion" else (1, 5)
        return UpdateItem(name, key, {"mean": draw(st.integers(low, high))})
    return UpdateItem(name, key, {field: text})


def _addition(draw, journey: Journey, name: str, text: str):
    new_id = "new-" + draw(st.text(alphabet="abcdef", min_size=1, max_size=4))
    if name == "steps" and journey.stages:
        stage = draw(st.sampled_from(journey.stages)).id
        return AddItem("steps", Step(id=new_id, title=text, stage_id=stage))
    if name == "transitions" or (name == "steps" and not journey.stages):
        a, b = draw(st.sampled_from(journey.steps)).id, draw(st.sampled_from(journey.steps)).id
        return AddItem("transitions", Transition(id=new_id, source=a, target=b, label=text))
    if name == "measurements" and journey.personas:
        step = draw(st.sampled_from(journey.steps)).id
        persona = draw(st.sampled_from(journey.personas)).id
        return SetRating(step, persona, {"ease": draw(st.integers(1, 5)), "note": text})
    if name == "stages":
        return AddItem("stages", Stage(id=new_id, name=text))
    return AddItem("personas", Persona(id=new_id, name=text))


@st.composite
def _branch(draw, base: Journey) -> Journey:
    journey = base.copy_deep()
    for _ in range(draw(st.integers(0, 6))):
        edit = _random_edit(draw, journey)
        try:
            edit.apply(journey)
        except EditError:
            continue
    return journey


@st.composite
def _three(draw):
    base = draw(journeys(max_steps=6))
    return base, draw(_branch(base)), draw(_branch(base))


def _conflicted(conflicts: tuple[Conflict, ...], name: str, key: Any, field: str | None) -> bool:
    return any(
        c.collection == name and c.key == key and (field is None or c.field in (None, field))
        for c in conflicts
    )


def _assert_side_kept(base: Journey, side: Journey, result, other: Journey) -> None:
    merged, conflicts = result.journey, result.conflicts
    for name, key_of in merged_collections().items():
        before = {key_of(i): i for i in getattr(base, name)}
        after = {key_of(i): i for i in getattr(side, name)}
        now = {key_of(i): i for i in getattr(merged, name)}
        for key in before.keys() - after.keys():  # removed on this side
            if not _conflicted(conflicts, name, key, None):
                assert key not in now, f"removal of {item_path(name, key)} lost"
        for key, item in after.items():
            old = before.get(key)
            if old == item:
                continue
            if old is None:  # added on this side
                if not _conflicted(conflicts, name, key, None):
                    assert now.get(key) == item, f"addition of {item_path(name, key)} lost"
                continue
            for field in type(item).model_fields:
                value = getattr(item, field)
                if value == getattr(old, field) or _conflicted(conflicts, name, key, field):
                    continue
                assert key in now, f"{item_path(name, key)} lost"
                assert getattr(now[key], field) == value, f"{item_path(name, key)}.{field} lost"
    for field in ("id", "title", "description", "language", "lanes"):
        value = getattr(side, field)
        if value != getattr(base, field) and not any(c.path == field for c in conflicts):
            assert getattr(merged, field) == value, f"{field} lost"
    for key, value in side.metadata.items():
        if base.metadata.get(key, MISSING) != value and not any(
            c.field == "metadata" and c.key == key for c in conflicts
        ):
            assert merged.metadata.get(key) == value


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(_three())
def test_every_non_conflicting_edit_is_in_the_result_and_it_validates(three):
    base, ours, theirs = three
    result = merge_journeys(base, ours, theirs)
    assert reference_problems(result.journey) == []
    assert journey_from_data(journey_to_data(result.journey)) == result.journey
    assert all(c.path for c in result.conflicts), "fell back to ours as it was"
    _assert_side_kept(base, ours, result, theirs)
    _assert_side_kept(base, theirs, result, ours)
    for c in result.conflicts:  # ours wins
        if (
            c.kind == "field"
            and c.collection
            and c.field
            and result.journey.has(c.collection, c.key)
        ):
            assert getattr(result.journey.find(c.collection, c.key), c.field) == c.ours


@settings(max_examples=60)
@given(_three())
def test_merging_with_an_unchanged_side_gives_the_other(three):
    base, ours, _ = three
    assert merge_journeys(base, ours, base.copy_deep()).journey == ours
    assert merge_journeys(base, base.copy_deep(), ours).journey == ours
    assert merge_journeys(base, ours, ours.copy_deep()).clean
