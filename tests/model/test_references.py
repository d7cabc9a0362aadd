"""The references between items are declared once, completely, and removal,
validation and copy and paste all follow that one declaration."""

from __future__ import annotations

import typing
from typing import Any

import pytest

from journeymap.model import (
    COLLECTIONS,
    REFERENCES,
    AddItem,
    Channel,
    CompositeEdit,
    EditError,
    Journey,
    JourneyDocument,
    Opportunity,
    Persona,
    Rating,
    Reference,
    RemoveItems,
    Stage,
    Step,
    Transition,
    reference_problems,
)
from journeymap.model.entities import Id
from journeymap.model.journey import DERIVED, item_key
from journeymap.model.references import (
    cascade,
    dangling,
    missing,
    references_from,
    references_to,
    referrers,
    travelling,
)
from journeymap.model.transfer import collect_items, paste_edits

_ID_CONSTRAINT = typing.get_args(Id)[1]


def _holds_id(annotation: Any, metadata: list[Any]) -> bool:
    """Whether a field's type is built on the model's ``Id`` (alone, optional, a tuple)."""
    if _ID_CONSTRAINT in metadata:
        return True
    return any(
        arg is _ID_CONSTRAINT or arg == _ID_CONSTRAINT or _holds_id(arg, [])
        for arg in typing.get_args(annotation)
    )


def _id_fields() -> set[tuple[str, str]]:
    """Every field of every item that holds ids of other items (all but the key ``id``)."""
    return {
        (collection, name)
        for collection, cls in COLLECTIONS.items()
        if collection not in DERIVED  # ratings follow their measurements
        for name, info in cls.model_fields.items()
        if name != "id" and _holds_id(info.annotation, info.metadata)
    }


DECLARED = {(ref.collection, ref.field) for ref in REFERENCES}


# -- the declaration ---------------------------------------------------------


def test_every_field_named_like_a_reference_is_declared():
    named = {
        (collection, name)
        for collection, cls in COLLECTIONS.items()
        if collection not in DERIVED
        for name, info in cls.model_fields.items()
        if name.endswith(("_id", "_ids"))
        # A rating's ``source`` is where its values came from, not an item.
        or (name in ("source", "target") and _holds_id(info.annotation, info.metadata))
    }
    assert named - DECLARED == set()


def test_every_field_holding_ids_is_declared_and_nothing_else():
    assert _id_fields() == DECLARED
    assert len(DECLARED) == len(REFERENCES)


@pytest.mark.parametrize("ref", REFERENCES, ids=lambda r: f"{r.collection}.{r.field}")
def test_a_declared_reference_matches_its_field(ref: Reference):
    info = COLLECTIONS[ref.collection].model_fields[ref.field]
    assert "id" in COLLECTIONS[ref.target].model_fields
    assert ref.many == (typing.get_origin(info.annotation) is tuple)
    optional = not info.is_required() and info.default is None
    assert (ref.on_remove == "clear") == optional
    # Copy and paste walk the collections in order: targets come first.
    assert list(COLLECTIONS).index(ref.target) < list(COLLECTIONS).index(ref.collection)


def test_a_reference_that_cannot_do_what_it_says_is_refused():
    with pytest.raises(ValueError, match="unlink"):
        Reference("steps", "stage_id", "stages", on_remove="unlink")
    with pytest.raises(ValueError, match="tuple"):
        Reference("opportunities", "step_ids", "steps", many=True, on_remove="cascade")


def test_lookups_by_collection_follow_the_declaration():
    for name in COLLECTIONS:
        assert references_from(name) == tuple(r for r in REFERENCES if r.collection == name)
        assert references_to(name) == tuple(r for r in REFERENCES if r.target == name)
    assert references_from("nonsense") == references_to("nonsense") == ()


# -- a journey that uses every reference -------------------------------------


def _journey() -> Journey:
    return Journey(
        personas=[Persona(id="p1", name="Anna"), Persona(id="p2", name="Raimo")],
        stages=[Stage(id="s1", name="Find"), Stage(id="s2", name="Buy")],
        channels=[Channel(id="web", name="Web"), Channel(id="phone", name="Phone")],
        steps=[
            Step(id="a", title="Search", stage_id="s1", channel_id="web"),
            Step(id="b", title="Compare", stage_id="s1", channel_id="web"),
            Step(id="c", title="Call", stage_id="s2", channel_id="phone"),
            Step(id="d", title="Pay", stage_id="s2"),
        ],
        transitions=[
            Transition(id="t1", source="a", target="b"),
            Transition(id="t2", source="b", target="c"),
            Transition(id="t3", source="c", target="d"),
            Transition(id="t4", source="d", target="a"),
        ],
        ratings=[
            Rating(step_id="a", persona_id="p1", goal=4),
            Rating(step_id="b", persona_id="p2", ease=2),
            Rating(step_id="c", persona_id="p1", emotion=-1),
            Rating(step_id="d", persona_id="p2", goal=5),
        ],
        opportunities=[
            Opportunity(id="o1", title="One number", step_ids=("a", "c")),
            Opportunity(id="o2", title="Clear prices", step_ids=("b",)),
            Opportunity(id="o3", title="Later"),
        ],
    )


def test_the_journey_uses_every_reference_and_is_whole():
    journey = _journey()
    assert reference_problems(journey) == []
    for ref in REFERENCES:
        assert any(ref.ids(item) for item in journey.collection(ref.collection)), ref


def _every_item() -> list[tuple[str, Any]]:
    return [(name, item_key(item)) for name, item in _journey().iter_items() if name not in DERIVED]


@pytest.mark.parametrize(("collection", "key"), _every_item())
def test_removing_any_item_leaves_nothing_dangling_and_follows_each_reference(collection, key):
    journey = _journey()
    before = journey.copy_deep()
    pointing = referrers(journey, collection, [key])
    plan = cascade(journey, collection, [key])
    doc = JourneyDocument(journey)
    edit = RemoveItems(collection, [key])
    doc.apply(edit)
    # Validation finds nothing the cascade left behind.
    assert reference_problems(journey) == []
    for ref, _, item in pointing:
        after = journey.find(ref.collection, item_key(item))
        if ref.on_remove == "cascade":
            assert after is None
            assert item_key(item) in plan.removed[ref.collection]
        elif ref.on_remove == "clear":
            assert getattr(after, ref.field) is None
        else:
            assert getattr(after, ref.field) == tuple(
                v for v in getattr(item, ref.field) if v != key
            )
    doc.revert(edit)
    assert journey == before


def test_a_cascade_follows_references_through_several_collections():
    plan = cascade(_journey(), "stages", ["s1"])
    assert plan.removed == {
        "stages": {"s1"},
        "steps": {"a", "b"},
        "transitions": {"t1", "t2", "t4"},
        "measurements": {("a", "p1", "goal", "estimate", ""), ("b", "p2", "ease", "estimate", "")},
    }
    assert {i: o.step_ids for i, o in plan.rewritten["opportunities"].items()} == {
        0: ("c",),
        1: (),
    }


def test_an_item_losing_two_references_is_rewritten_once_with_both_changes():
    journey = _journey()
    journey.opportunities[0] = Opportunity(id="o1", title="One number", step_ids=("a", "c", "d"))
    journey.invalidate("opportunities")
    plan = cascade(journey, "stages", ["s1", "s2"])
    assert plan.rewritten["opportunities"][0].step_ids == ()
    assert set(plan.removed["steps"]) == {"a", "b", "c", "d"}


def _broken() -> Journey:
    """Every reference holds one id that names nothing, ``x-<field>``, each in
    an item of its own."""
    journey = _journey()
    for ref in REFERENCES:
        items = journey.collection(ref.collection)
        holding = [i for i, item in enumerate(items) if ref.ids(item)]
        at = holding[references_from(ref.collection).index(ref)]
        value = (f"x-{ref.field}",) if ref.many else f"x-{ref.field}"
        items[at] = items[at].model_copy(update={ref.field: value})
        journey.invalidate(ref.collection)
    return journey


def test_validation_reports_each_declared_reference_with_its_path_and_message():
    journey = _broken()
    problems = reference_problems(journey)
    assert [(p.path, p.message) for p in problems] == dangling(journey)
    fields = [p.path.split(".", 1)[1] for p in problems]
    assert fields == [f"{r.field}[0]" if r.many else r.field for r in REFERENCES]
    assert [p.message for p in problems] == [r.unknown(f"x-{r.field}") for r in REFERENCES]
    assert [str(p) for p in problems][:2] == [
        'steps[0].stage_id: unknown stage "x-stage_id"',
        'steps[1].channel_id: unknown channel "x-channel_id"',
    ]
    assert 'opportunities[0].step_ids[0]: unknown step "x-step_ids"' in map(str, problems)


@pytest.mark.parametrize("ref", REFERENCES, ids=lambda r: f"{r.collection}.{r.field}")
def test_an_edit_refuses_each_declared_reference_that_names_nothing(ref: Reference):
    broken = _broken()
    item = next(i for i in broken.collection(ref.collection) if f"x-{ref.field}" in ref.ids(i))
    assert missing(_journey(), item) == [(ref, f"x-{ref.field}")]
    journey = _journey()
    if "id" in COLLECTIONS[ref.collection].model_fields:  # else its key is new already
        item = item.model_copy(update={"id": "new"})
    with pytest.raises(EditError, match=f'^{ref.field}: unknown .* "x-{ref.field}"$'):
        JourneyDocument(journey).apply(AddItem(ref.collection, item))


# -- removal and paste agree ---------------------------------------------------


def _pasted(result, collection: str) -> list[Any]:
    return [e.item for e in result.edits if isinstance(e, AddItem) and e.collection == collection]


@pytest.mark.parametrize("ref", REFERENCES, ids=lambda r: f"{r.collection}.{r.field}")
def test_a_paste_without_a_target_does_what_removing_the_target_does(ref: Reference):
    """Copy an item, remove what it points at, paste the copy: the copy loses
    the reference as the item itself does when its target is removed."""
    source = _journey()
    item = next(i for i in source.collection(ref.collection) if ref.ids(i))
    target = ref.ids(item)[0]
    # The item, and what it belongs to besides the target under test.
    selected = [(ref.collection, item_key(item))] + [
        (other.target, value)
        for other in references_from(ref.collection)
        if other.on_copy == "belong" and other != ref
        for value in other.ids(item)
    ]
    payload = collect_items(source, selected)
    assert payload[ref.collection] == [item]

    removed = source.copy_deep()
    JourneyDocument(removed).apply(RemoveItems(ref.target, [target]))
    kept = removed.find(ref.collection, item_key(item))

    result = paste_edits(removed, payload)
    copies = _pasted(result, ref.collection)
    destination = removed.copy_deep()
    JourneyDocument(destination).apply(CompositeEdit(result.edits, "Paste"))
    assert reference_problems(destination) == []

    if ref.on_remove == "cascade":
        assert kept is None
        if ref.target == "stages":
            # The one exception: a pasted step goes to a stage of the journey.
            assert [getattr(c, ref.field) for c in copies] == [removed.stages[0].id]
        else:
            assert copies == []
    else:
        assert kept is not None and len(copies) == 1
        assert getattr(copies[0], ref.field) == getattr(kept, ref.field)


def test_copying_everything_and_pasting_it_back_points_every_copy_at_copies():
    journey = _journey()
    payload = collect_items(journey, _every_item())
    assert {name: len(items) for name, items in payload.items()} == {
        name: len(journey.collection(name)) for name in COLLECTIONS if name not in DERIVED
    }
    result = paste_edits(journey, payload, suffix=" (copy)")
    assert result.dropped == []
    new_keys = {name: {item_key(i) for i in _pasted(result, name)} for name in COLLECTIONS}
    for ref in REFERENCES:
        for copy in _pasted(result, ref.collection):
            assert set(ref.ids(copy)) <= new_keys[ref.target], (ref, copy)
    JourneyDocument(journey).apply(CompositeEdit(result.edits, "Paste"))
    assert reference_problems(journey) == []
    assert len(journey.steps) == 8


def test_what_travels_with_a_selection_follows_belong_and_follow_references():
    journey = _journey()
    keys = travelling(journey, {"steps": ["a", "b"]})
    assert keys["transitions"] == {"t1"}  # both ends travel
    # A measurement belongs to its step.
    assert {key[:2] for key in keys["measurements"]} == {("a", "p1"), ("b", "p2")}
    assert keys["opportunities"] == set() and keys["personas"] == set()
    keys = travelling(journey, {"stages": ["s2"]})
    assert keys["steps"] == {"c", "d"} and keys["transitions"] == {"t3"}


# -- paste, case by case ---------------------------------------------------------


def test_a_transition_needs_a_copy_of_the_step_it_leaves_but_not_of_its_target():
    journey = _journey()
    forward = paste_edits(journey, collect_items(journey, [("steps", "a"), ("transitions", "t1")]))
    assert [(t.source, t.target) for t in _pasted(forward, "transitions")] == [("step-search", "b")]
    backward = paste_edits(journey, collect_items(journey, [("steps", "b"), ("transitions", "t1")]))
    assert _pasted(backward, "transitions") == []
    assert backward.dropped == [("transitions", "t1")]


def test_ratings_go_with_their_step_and_are_left_out_by_a_missing_persona():
    source = _journey()
    payload = collect_items(source, [("steps", "a"), ("ratings", ("c", "p1"))])
    other = Journey(stages=[Stage(id="x", name="Elsewhere")])
    result = paste_edits(other, payload)
    # The rating of "a" needs persona p1, which the other journey lacks; the
    # rating of "c" came without its step and is not news.
    assert result.dropped == [("ratings", "p1")]
    assert _pasted(result, "measurements") == []
    step = _pasted(result, "steps")[0]
    assert (step.stage_id, step.channel_id) == ("x", None)


def test_pasted_steps_go_after_the_given_step_in_order():
    journey = _journey()
    result = paste_edits(
        journey, collect_items(journey, [("steps", "c"), ("steps", "d")]), after_step="a"
    )
    assert [(e.item.id, e.index) for e in result.edits if e.collection == "steps"] == [
        ("step-call", 1),
        ("step-pay", 2),
    ]


def test_a_step_whose_stage_did_not_come_along_gets_a_stage_even_with_other_stages():
    source = _journey()
    payload = collect_items(source, [("stages", "s1"), ("steps", "c")])
    result = paste_edits(Journey(), payload, new_stage_name="Stage 1")
    destination = Journey()
    JourneyDocument(destination).apply(CompositeEdit(result.edits, "Paste"))
    assert reference_problems(destination) == []
    assert [s.name for s in destination.stages] == ["Find", "Stage 1"]
    assert {s.title: s.stage_id for s in destination.steps} == {
        "Search": "stage-find",
        "Compare": "stage-find",
        "Call": "stage-stage-1",
    }
    # The new stage is not selected: it was made, not pasted.
    assert ("stages", "stage-stage-1") not in result.selection


def test_a_duplicate_measurement_is_named_in_words():
    """Two measurements with one key: the message names the measure, step,
    persona, source and label as a person writes them, not as Python prints enums."""
    from journeymap.model import Journey
    from journeymap.model.entities import Persona, Stage, Step
    from journeymap.model.evidence import Measurement
    from journeymap.model.validation import reference_problems

    journey = Journey(
        stages=[Stage(id="s", name="S")],
        steps=[Step(id="a", title="A", stage_id="s")],
        personas=[Persona(id="p", name="P")],
    )
    twice = Measurement(
        step_id="a", persona_id="p", measure="emotion", source="survey", label="Nov", mean=1, n=3
    )
    journey.measurements[:] = [twice, twice]
    assert [str(p) for p in reference_problems(journey)] == [
        'measurements[1]: duplicate emotion of step "a" for persona "p" from survey "Nov"'
    ]
