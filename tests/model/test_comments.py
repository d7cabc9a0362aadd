"""Comments: in the file keyed by id, one undoable edit for every change, and
kept when their item is removed."""

from __future__ import annotations

import json

import pytest

from journeymap.model import (
    Journey,
    JourneyFileError,
    Persona,
    RemoveItems,
    Stage,
    Step,
    dumps_journey,
    loads_journey,
)
from journeymap.model.comment_edits import SetComment
from journeymap.model.comments import (
    STAMP,
    comments_on,
    new_comment,
    new_comment_id,
    target_exists,
    with_reply,
)


def _journey() -> Journey:
    return Journey(
        stages=[Stage(id="st", name="S")],
        steps=[Step(id="s1", title="Call", stage_id="st")],
        personas=[Persona(id="p", name="Pat")],
    )


def test_comments_round_trip_through_the_file_as_an_object_keyed_by_id():
    journey = _journey()
    comment = with_reply(
        new_comment(("ratings", "s1", "p"), "Ann", "Is 2 right?", now=STAMP),
        "Ben",
        "Yes, from the survey",
        now=STAMP,
    )
    SetComment("comment-1", comment).apply(journey)
    SetComment("comment-2", new_comment(("journey",), "Ann", "Draft", now=STAMP)).apply(journey)
    text = dumps_journey(journey)
    data = json.loads(text)
    assert sorted(data["comments"]) == ["comment-1", "comment-2"]
    assert data["comments"]["comment-1"]["target"] == ["ratings", "s1", "p"]
    assert data["comments"]["comment-1"]["created"] == "2026-01-02T09:30:00Z"
    assert loads_journey(text) == journey


def test_a_file_without_comments_writes_none():
    assert "comments" not in json.loads(dumps_journey(_journey()))


def test_a_comment_with_a_malformed_target_is_refused_with_its_path():
    data = json.loads(dumps_journey(_journey()))
    data["comments"] = {
        "c": {"target": ["steps"], "author": "A", "created": "2026-01-02T09:30:00Z", "text": "x"}
    }
    with pytest.raises(JourneyFileError) as caught:
        loads_journey(json.dumps(data))
    assert any("comments" in str(p) for p in caught.value.problems)


@pytest.mark.parametrize(
    ("change", "label"),
    [
        (lambda c: with_reply(c, "B", "ok", now=STAMP), "Answer comment"),
        (lambda c: c.model_copy(update={"resolved": True}), "Resolve comment"),
        (lambda c: c.model_copy(update={"text": "Longer queue"}), "Edit comment"),
        (lambda c: None, "Remove comment"),
    ],
)
def test_every_change_is_one_edit_that_reverts(change, label):
    journey = _journey()
    comment = new_comment(("steps", "s1"), "Ann", "Queue", now=STAMP)
    SetComment("comment-1", comment).apply(journey)
    before = journey.copy_deep()
    edit = SetComment("comment-1", change(comment))
    assert edit.apply(journey).journey == {"comments"}
    assert edit.label == label
    assert journey != before
    edit.revert(journey)
    assert journey == before
    edit.apply(journey)  # redo
    assert journey != before


def test_removing_a_step_keeps_its_comments_and_undo_restores_the_item():
    journey = _journey()
    SetComment("comment-1", new_comment(("steps", "s1"), "Ann", "Queue", now=STAMP)).apply(journey)
    remove = RemoveItems("steps", ["s1"])
    remove.apply(journey)
    ((cid, comment),) = comments_on(journey, ("steps", "s1"))
    assert cid == "comment-1" and not target_exists(journey, comment.target)
    remove.revert(journey)
    assert target_exists(journey, comment.target)


def test_new_ids_do_not_collide():
    journey = _journey()
    ids = set()
    for _ in range(50):
        cid = new_comment_id(journey)
        SetComment(cid, new_comment(("journey",), "A", "x", now=STAMP)).apply(journey)
        ids.add(cid)
    assert len(ids) == 50 and all(i.startswith("comment-") for i in ids)
