"""Removing an item removes what hangs on it; revert puts everything back in its
original place; an edit that cannot be made changes nothing."""

import pytest

from journeymap.model import (
    AddItem,
    Channel,
    CompositeEdit,
    EditError,
    Journey,
    JourneyDocument,
    Measurement,
    MoveItem,
    MoveStep,
    Opportunity,
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


def _journey() -> Journey:
    return Journey(
        title="Broadband fault",
        personas=[Persona(id="hanna", name="Hanna"), Persona(id="raimo", name="Raimo")],
        stages=[
            Stage(id="notice", name="Notice"),
            Stage(id="ask", name="Ask"),
            Stage(id="fix", name="Fix"),
        ],
        channels=[
            Channel(id="email", name="Email", kind="email"),
            Channel(id="chat", name="Chat", kind="chat", ownership="partner"),
        ],
        steps=[
            Step(id="fault", title="Fault", stage_id="notice", kind="start", volume=100),
            Step(id="mail", title="Email support", stage_id="ask", channel_id="email"),
            Step(id="wait", title="No answer", stage_id="ask", channel_id="email"),
            Step(id="chat", title="Chat", stage_id="ask", channel_id="chat"),
            Step(id="visit", title="Technician", stage_id="fix"),
            Step(id="fixed", title="Fixed", stage_id="fix", kind="success"),
        ],
        transitions=[
            Transition(id="t1", source="fault", target="mail", volume=80),
            Transition(id="t2", source="mail", target="wait", volume=80),
            Transition(id="t3", source="wait", target="chat", volume=60),
            Transition(id="t4", source="chat", target="visit", volume=30),
            Transition(id="t5", source="visit", target="fixed", volume=28),
            Transition(id="t6", source="chat", target="mail", volume=5, label="loop"),
        ],
        ratings=[
            Rating(step_id="fault", persona_id="hanna", emotion=-1),
            Rating(step_id="wait", persona_id="hanna", goal=1, ease=1, emotion=-2, n=40),
            Rating(step_id="wait", persona_id="raimo", emotion=-1.5),
            Rating(step_id="chat", persona_id="raimo", goal=2, ease=1),
            Rating(step_id="visit", persona_id="hanna", goal=5),
        ],
        opportunities=[
            Opportunity(id="o1", title="Shared history", step_ids=("chat", "wait", "visit")),
            Opportunity(id="o2", title="Answer in a day", step_ids=("wait",)),
        ],
    )


@pytest.fixture
def doc() -> JourneyDocument:
    return JourneyDocument(_journey())


def _apply_and_revert(doc: JourneyDocument, edit):
    before = doc.journey.copy_deep()
    change = doc.apply(edit)
    after = doc.journey.copy_deep()
    assert reference_problems(doc.journey) == []
    doc.revert(edit)
    assert doc.journey == before
    return change, after


def test_remove_stage_removes_its_steps_their_transitions_ratings_and_opportunity_links(doc):
    change, after = _apply_and_revert(doc, RemoveItems("stages", ["ask"]))
    assert [s.id for s in after.stages] == ["notice", "fix"]
    assert [s.id for s in after.steps] == ["fault", "visit", "fixed"]
    assert [t.id for t in after.transitions] == ["t5"]
    assert [r.key for r in after.ratings] == [("fault", "hanna"), ("visit", "hanna")]
    assert [o.step_ids for o in after.opportunities] == [("visit",), ()]
    assert change.removed["steps"] == {"mail", "wait", "chat"}
    assert change.removed["transitions"] == {"t1", "t2", "t3", "t4", "t6"}
    assert change.updated["opportunities"] == {"o1", "o2"}


def test_remove_persona_removes_only_its_ratings(doc):
    change, after = _apply_and_revert(doc, RemoveItems("personas", ["raimo"]))
    assert {r.persona_id for r in after.ratings} == {"hanna"}
    assert len(after.ratings) == 3
    assert change.removed["ratings"] == {("wait", "raimo"), ("chat", "raimo")}
    assert after.steps == doc.journey.steps


def test_remove_channel_leaves_its_steps_without_a_channel(doc):
    change, after = _apply_and_revert(doc, RemoveItems("channels", ["email"]))
    assert [s.channel_id for s in after.steps] == [None, None, None, "chat", None, None]
    assert change.updated["steps"] == {"mail", "wait"}
    assert "steps" not in change.removed


def test_remove_steps_drops_them_from_opportunities(doc):
    change, after = _apply_and_revert(doc, RemoveItems("steps", ["wait", "visit"]))
    assert [o.step_ids for o in after.opportunities] == [("chat",), ()]
    assert [t.id for t in after.transitions] == ["t1", "t6"]
    assert change.removed["ratings"] == {("wait", "hanna"), ("wait", "raimo"), ("visit", "hanna")}


def test_revert_restores_the_original_order_of_every_list(doc):
    original = doc.journey.copy_deep()
    # Remove items from the middle of several lists at once, then undo.
    edit = RemoveItems("steps", ["mail", "chat"])
    doc.apply(edit)
    doc.revert(edit)
    assert [s.id for s in doc.journey.steps] == [s.id for s in original.steps]
    assert [t.id for t in doc.journey.transitions] == [t.id for t in original.transitions]
    assert [r.key for r in doc.journey.ratings] == [r.key for r in original.ratings]
    assert doc.journey == original


def test_undo_a_sequence_in_reverse_order_gives_back_the_original(doc):
    original = doc.journey.copy_deep()
    edits = [
        AddItem("stages", Stage(id="after", name="Afterwards")),
        MoveStep("fixed", "after"),
        SetRating("fixed", "raimo", {"emotion": 1.5, "n": 3}),
        MoveItem("stages", "fix", 0),
        UpdateItem("steps", "chat", {"channel_id": "email", "title": "Chat (outsourced)"}),
        RemoveItems("personas", ["hanna"]),
        UpdateJourney({"title": "Fault, revised", "metadata": {"owner": "CX team"}}),
        RemoveItems("stages", ["ask"]),
    ]
    states = []
    for edit in edits:
        states.append(doc.journey.copy_deep())
        doc.apply(edit)
        assert reference_problems(doc.journey) == []
    final = doc.journey.copy_deep()
    for edit, state in zip(reversed(edits), reversed(states), strict=True):
        doc.revert(edit)
        assert doc.journey == state
    assert doc.journey == original
    for edit in edits:
        doc.apply(edit)
    assert doc.journey == final


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (AddItem("steps", Step(id="x", title="X", stage_id="nowhere")), 'unknown stage "nowhere"'),
        (AddItem("steps", Step(id="mail", title="Again", stage_id="ask")), "already"),
        (AddItem("transitions", Transition(id="t9", source="mail", target="ghost")), "ghost"),
        (
            AddItem(
                "measurements",
                Measurement(
                    step_id="mail", persona_id="nobody", measure="goal", source="survey", mean=3
                ),
            ),
            "nobody",
        ),
        (AddItem("opportunities", Opportunity(id="o9", title="Idea", step_ids=("zz",))), "zz"),
        (RemoveItems("steps", ["mail", "ghost"]), 'no step "ghost"'),
        (UpdateItem("steps", "mail", {"channel_id": "fax"}), 'unknown channel "fax"'),
        (UpdateItem("steps", "mail", {"volume": -1}), "volume"),
        (UpdateItem("personas", "hanna", {"colour": "blue"}), "colour"),
        (UpdateItem("stages", "ghost", {"name": "Ghost"}), 'no stage "ghost"'),
        (MoveItem("stages", "ghost", 0), 'no stage "ghost"'),
        (MoveStep("mail", "nowhere"), 'no stage "nowhere"'),
        (MoveStep("mail", "fix", before="chat"), 'not in stage "fix"'),
        (SetRating("mail", "hanna", {"emotion": 3}), "between -2 and 2"),
        (SetRating("mail", "hanna", {"goal": float("nan")}), "finite"),
        (SetRating("ghost", "hanna", {"goal": 3}), "ghost"),
        (UpdateJourney({"title": "x" * 600}), "title"),
        (
            CompositeEdit(
                [
                    UpdateItem("steps", "mail", {"title": "Changed"}),
                    RemoveItems("stages", ["fix"]),
                    AddItem("stages", Stage(id="ask", name="Duplicate")),
                ],
                "Paste",
            ),
            "already",
        ),
    ],
)
def test_an_edit_that_cannot_be_made_raises_and_changes_nothing(doc, edit, message):
    before = doc.journey.copy_deep()
    heard = []
    doc.subscribe(heard.append)
    with pytest.raises(EditError, match=message):
        doc.apply(edit)
    assert doc.journey == before
    assert heard == []


@pytest.mark.parametrize(
    "make",
    [
        lambda: UpdateItem("steps", "mail", {"id": "other"}),
        lambda: UpdateItem("steps", "mail", {"colour": "#000000"}),
        lambda: UpdateItem("steps", "mail", {}),
        lambda: RemoveItems("steps", []),
        lambda: RemoveItems("nonsense", ["a"]),
        lambda: SetRating("mail", "hanna", {"mood": 1}),
        lambda: UpdateJourney({"personas": []}),
        lambda: AddItem("stages", Step(id="s", title="S", stage_id="ask")),
    ],
)
def test_a_malformed_edit_is_refused_when_made(make):
    with pytest.raises(EditError):
        make()


def test_change_names_the_touched_items(doc):
    change = doc.apply(SetRating("mail", "raimo", {"ease": 2}))
    assert change.added == {
        "ratings": {("mail", "raimo")},
        "measurements": {("mail", "raimo", "ease", "estimate", "")},
    }
    assert change.touched_steps() == {"mail"}
    change = doc.apply(SetRating("mail", "raimo", {"ease": None}))
    assert change.removed == {
        "ratings": {("mail", "raimo")},
        "measurements": {("mail", "raimo", "ease", "estimate", "")},
    }
    assert doc.journey.rating("mail", "raimo") is None
    change = doc.apply(MoveStep("visit", "ask", before="mail"))
    assert change.reordered == {"steps"} and change.updated == {"steps": {"visit"}}
    assert [s.id for s in doc.journey.ordered_steps()][:3] == ["fault", "visit", "mail"]


def test_a_copy_does_not_share_lookups_with_the_journey_it_was_copied_from():
    journey = _journey()
    assert journey.has("steps", "mail")
    copy = journey.copy_deep()
    edits = JourneyDocument(copy)
    edits.apply(RemoveItems("steps", ["fixed"]))
    edits.apply(AddItem("steps", Step(id="new", title="New", stage_id="fix")))
    assert copy.has("steps", "new")
    # Same number of steps in both, but different ones: the original must still
    # find its own step.
    assert journey.has("steps", "fixed")
    assert journey.find("steps", "fixed").title == "Fixed"
    assert not journey.has("steps", "new")
