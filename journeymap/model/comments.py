"""Comments on a journey and its items: who wrote what, when, the answers, and
whether the thread is resolved.

A comment is about the journey itself, a stage, a step, a persona, an
opportunity, or a rating (a step and a persona). It lives in
``journey.comments``, a dictionary keyed by the comment's id (the key is the id), written to the
file as an object of id → comment: two people who each add a comment on their
own branch add two different keys, so git merges them item by item. Ids carry a
random part (``comment-3f9a1c2e``) so that they never collide across copies.

A comment outlives its item: removing a step keeps its comments, which then say
they are about a removed item (:func:`target_exists`), so nothing anyone wrote
is lost by an edit elsewhere.

Every change is one :class:`~journeymap.model.comment_edits.SetComment` edit
(add, answer, resolve, reopen, edit, remove), undoable like any other.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import Field, StringConstraints, model_validator

from journeymap.model.entities import MAX_TEXT, Item, Name

__all__ = [
    "STAMP",
    "TARGET_COLLECTIONS",
    "Comment",
    "Reply",
    "Target",
    "comments_on",
    "new_comment",
    "new_comment_id",
    "target_exists",
    "target_of",
    "with_reply",
]

TARGET_COLLECTIONS = ("journey", "stages", "steps", "personas", "ratings", "opportunities")
"""What a comment can be about."""

Part = Annotated[str, StringConstraints(min_length=1, max_length=200, pattern=r"^[^\x00-\x1f]+$")]
Target = tuple[str, ...]
"""``("journey",)``, ``("steps", id)`` or ``("ratings", step_id, persona_id)``."""

STAMP = datetime(2026, 1, 2, 9, 30, tzinfo=UTC)
"""A fixed time for examples and tests."""


class Reply(Item):
    """An answer in a comment's thread."""

    author: Name
    created: datetime
    text: Annotated[str, StringConstraints(min_length=1, max_length=MAX_TEXT)]


class Comment(Item):
    """A comment on the journey or one of its items, with its answers."""

    target: tuple[Part, ...] = Field(default=("journey",), min_length=1, max_length=3)
    """What the comment is about (see :data:`Target`)."""
    author: Name
    created: datetime
    text: Annotated[str, StringConstraints(min_length=1, max_length=MAX_TEXT)]
    resolved: bool = False
    replies: tuple[Reply, ...] = ()

    @model_validator(mode="after")
    def _target_shape(self) -> Comment:
        kind, rest = self.target[0], self.target[1:]
        wanted = 0 if kind == "journey" else 2 if kind == "ratings" else 1
        if kind not in TARGET_COLLECTIONS or len(rest) != wanted:
            raise ValueError(
                f"target must be journey, or a stage, step, persona or opportunity with its id, "
                f"or a rating with its step and persona ids; found {list(self.target)}"
            )
        return self


CommentId = Annotated[
    str, StringConstraints(min_length=1, max_length=200, pattern=r"^[^\s\x00-\x1f]+$")
]
Comments = dict[CommentId, Comment]
"""The type of ``Journey.comments``."""


def target_of(collection: str, key: Any) -> Target:
    """The target of a comment on the item ``key`` of ``collection`` (``"journey"``
    for the journey itself)."""
    if collection == "journey":
        return ("journey",)
    if collection == "ratings":
        return ("ratings", *key)
    return (collection, key)


def _key(target: Target) -> Any:
    return tuple(target[1:]) if target[0] == "ratings" else target[1]


def target_exists(journey: Any, target: Target) -> bool:
    """True when the item the comment is about is still in the journey."""
    if target[0] == "journey":
        return True
    return bool(journey.has(target[0], _key(target)))


def comments_on(journey: Any, target: Target) -> list[tuple[str, Comment]]:
    """The comments about one item with their ids, oldest first."""
    target = tuple(target)
    found = [(cid, c) for cid, c in journey.comments.items() if c.target == target]
    return sorted(found, key=lambda pair: pair[1].created)


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now(UTC)).replace(microsecond=0)


def new_comment_id(journey: Any) -> str:
    """A fresh comment id, with a random part so that copies never collide."""
    while True:
        cid = f"comment-{secrets.token_hex(4)}"
        if cid not in journey.comments:
            return cid


def new_comment(target: Target, author: str, text: str, *, now: datetime | None = None) -> Comment:
    """A new comment (add it under :func:`new_comment_id` with
    :class:`~journeymap.model.comment_edits.SetComment`)."""
    return Comment(target=target, author=author, created=_now(now), text=text)


def with_reply(comment: Comment, author: str, text: str, *, now: datetime | None = None) -> Comment:
    """``comment`` with one more answer at the end of its thread."""
    reply = Reply(author=author, created=_now(now), text=text)
    return comment.model_copy(update={"replies": (*comment.replies, reply)})
