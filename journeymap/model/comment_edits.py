"""The edit of comments: add, answer, resolve, reopen, edit or remove one
comment (see :mod:`journeymap.model.comments`).

>>> from journeymap.model import Journey, Stage, Step
>>> from journeymap.model.comments import STAMP, comments_on, new_comment, with_reply
>>> j = Journey(stages=[Stage(id="st", name="S")],
...             steps=[Step(id="s1", title="Call", stage_id="st")])
>>> c = new_comment(("steps", "s1"), "Pat", "Queue is long", now=STAMP)
>>> add = SetComment("comment-1", c)
>>> add.apply(j).journey, [x.text for _, x in comments_on(j, ("steps", "s1"))], add.label
({'comments'}, ['Queue is long'], 'Add comment')
>>> answered = with_reply(c, "Sam", "We add a callback", now=STAMP)
>>> _ = SetComment("comment-1", answered.model_copy(update={"resolved": True})).apply(j)
>>> j.comments["comment-1"].resolved, len(j.comments["comment-1"].replies)
(True, 1)
"""

from __future__ import annotations

from typing import Any

from journeymap.model.comments import Comment
from journeymap.model.edits import LABEL_TEMPLATES, Change, Edit, EditError, EditLabel

__all__ = ["ADD", "ANSWER", "EDIT", "REMOVE", "REOPEN", "RESOLVE", "SetComment"]


def _label(text: str) -> str:
    LABEL_TEMPLATES[text] = None
    return text


ADD = _label("Add comment")
ANSWER = _label("Answer comment")
RESOLVE = _label("Resolve comment")
REOPEN = _label("Reopen comment")
EDIT = _label("Edit comment")
REMOVE = _label("Remove comment")


class SetComment(Edit):
    """Put ``comment`` under ``comment_id`` (add or replace), or remove the
    comment with ``None``. The one edit of comments."""

    def __init__(self, comment_id: str, comment: Comment | None, label: str = ""):
        self.comment_id = comment_id
        self.comment = comment
        self.old: Comment | None = None
        self._applied = False
        self.label = label
        self._default_label = label == ""

    def _name_for(self, old: Comment | None) -> None:
        if not self._default_label:
            return
        new = self.comment
        if new is None:
            template = REMOVE
        elif old is None:
            template = ADD
        elif len(new.replies) > len(old.replies):
            template = ANSWER
        elif new.resolved != old.resolved:
            template = RESOLVE if new.resolved else REOPEN
        else:
            template = EDIT
        self.label_parts = EditLabel(template)
        self.label = template

    def apply(self, journey: Any) -> Change:
        old = journey.comments.get(self.comment_id)
        if self.comment is None and old is None:
            raise EditError(f'there is no comment "{self.comment_id}"')
        self.old = old
        self._name_for(old)
        self._put(journey, self.comment)
        return Change(journey={"comments"})

    def revert(self, journey: Any) -> Change:
        self._put(journey, self.old)
        return Change(journey={"comments"})

    def _put(self, journey: Any, comment: Comment | None) -> None:
        comments = dict(journey.comments)
        if comment is None:
            comments.pop(self.comment_id, None)
        else:
            comments[self.comment_id] = comment
        journey.comments = comments
