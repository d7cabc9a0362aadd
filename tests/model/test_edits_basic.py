"""Edit commands apply and revert to an equal journey, and cascade on removal."""

import pytest

from journeymap.model import (
    AddItem,
    Journey,
    JourneyDocument,
    MoveStep,
    Persona,
    RemoveItems,
    SetRating,
    Stage,
    Step,
    Transition,
    UpdateItem,
)
from journeymap.model.edits import Change, EditError


@pytest.fixture
def doc():
    j = Journey(
        title="Lunch stop",
        personas=[Persona(id="p-family", name="Family")],
        stages=[Stage(id="s-arrive", name="Arrive"), Stage(id="s-eat", name="Eat")],
        steps=[
            Step(id="park", title="Park the car", stage_id="s-arrive"),
            Step(id="queue", title="Burger queue", stage_id="s-eat"),
            Step(id="buffet", title="Buffet", stage_id="s-eat"),
        ],
        transitions=[
            Transition(id="t1", source="park", target="queue"),
            Transition(id="t2", source="queue", target="buffet"),
        ],
    )
    return JourneyDocument(j)


def test_remove_step_cascades_and_revert_restores_order(doc):
    before = doc.journey.copy_deep()
    doc.apply(SetRating("queue", "p-family", {"emotion": -2}))
    with_rating = doc.journey.copy_deep()
    edit = RemoveItems("steps", ["queue"])
    change = doc.apply(edit)
    assert [s.id for s in doc.journey.steps] == ["park", "buffet"]
    assert doc.journey.transitions == []
    assert doc.journey.ratings == []
    assert change.removed["transitions"] == {"t1", "t2"}
    doc.revert(edit)
    assert doc.journey == with_rating
    assert doc.journey != before


def test_move_step_to_other_stage_and_back(doc):
    before = doc.journey.copy_deep()
    edit = MoveStep("buffet", "s-arrive", before="park")
    doc.apply(edit)
    assert [s.id for s in doc.journey.ordered_steps()] == ["buffet", "park", "queue"]
    assert doc.journey.find("steps", "buffet").stage_id == "s-arrive"
    doc.revert(edit)
    assert doc.journey == before


def test_impossible_value_is_refused_and_changes_nothing(doc):
    before = doc.journey.copy_deep()
    with pytest.raises(EditError, match="between 1 and 5"):
        doc.apply(SetRating("queue", "p-family", {"ease": 6}))
    with pytest.raises(EditError, match='unknown stage "nope"'):
        doc.apply(UpdateItem("steps", "queue", {"stage_id": "nope"}))
    with pytest.raises(EditError, match="already"):
        doc.apply(AddItem("stages", Stage(id="s-eat", name="Again")))
    assert doc.journey == before


def test_typing_merges_into_one_edit(doc):
    first = UpdateItem("steps", "park", {"title": "P"})
    doc.apply(first)
    second = UpdateItem("steps", "park", {"title": "Pa"})
    doc.apply(second)
    assert first.merge_with(second)
    doc.revert(first)
    assert doc.journey.find("steps", "park").title == "Park the car"


def test_a_change_says_which_fields_were_updated_when_it_knows(doc):
    step = doc.journey.steps[0]
    change = doc.apply(UpdateItem("steps", step.id, {"title": "New"}))
    assert change.updated_fields("steps") == {"title"}
    assert change.updated_fields("stages") == set()  # nothing updated there
    other = doc.apply(UpdateItem("steps", step.id, {"doing": "Waits"}))
    assert change.merge(other).updated_fields("steps") == {"title", "doing"}
    unknown = Change()
    unknown.add("updated", "steps", step.id)  # e.g. a cascade rewrote it
    assert unknown.updated_fields("steps") is None
    assert change.merge(unknown).updated_fields("steps") is None
