"""The items a journey is made of: personas, stages, channels, steps, transitions,
ratings and opportunities.

Items are immutable values (``frozen``): an edit replaces an item with a new one,
so an undo command can keep the old item as it was. References between items are
by id; every id field is declared in :data:`journeymap.model.references.REFERENCES`.
"""

from __future__ import annotations

import base64
import binascii
import re
from enum import StrEnum
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    StringConstraints,
    field_validator,
    model_validator,
)

from journeymap.model.scales import EASE, EMOTION, GOAL

__all__ = [
    "MAX_PICTURE_BYTES",
    "PICTURE_SIDE",
    "PICTURE_TYPES",
    "REFUSED_CHARACTERS",
    "TEXT_PATTERN",
    "Channel",
    "ChannelKind",
    "Item",
    "MaturityArea",
    "Opportunity",
    "OpportunityStatus",
    "Ownership",
    "Persona",
    "Position",
    "Rating",
    "RatingSource",
    "ServiceLevel",
    "Stage",
    "Step",
    "StepKind",
    "Transition",
    "picture_bytes",
    "picture_uri",
    "refused_character",
]

MAX_TEXT = 20_000
MAX_COUNT = 10**12

REFUSED_CHARACTERS = "\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff"
"""What no text of a journey may hold, as a character-class range: the control
characters other than tab, line feed and carriage return, and the two
non-characters U+FFFE and U+FFFF. None can be written in XML (SVG, workbooks),
and a terminal runs them; they are refused where text enters (a file, an edit,
an import), each with a message naming it, never silently dropped."""
TEXT_PATTERN = f"^[^{REFUSED_CHARACTERS}]*$"
"""The pattern every text field matches (see :data:`REFUSED_CHARACTERS`)."""
_REFUSED = re.compile(f"[{REFUSED_CHARACTERS}]")

Id = Annotated[
    str,
    StringConstraints(
        min_length=1, max_length=200, pattern=r"^[^\s\x00-\x1f" + "\ufffe\uffff" + "]+$"
    ),
]
Text = Annotated[str, StringConstraints(max_length=MAX_TEXT, pattern=TEXT_PATTERN)]
Name = Annotated[str, StringConstraints(max_length=500, pattern=TEXT_PATTERN)]


MAX_PICTURE_BYTES = 512 * 1024
"""The largest persona picture a journey holds, decoded (the editor stores
pictures scaled to :data:`PICTURE_SIDE` pixels, far smaller)."""
PICTURE_SIDE = 256
"""The longer side of a picture the editor stores, in pixels."""
PICTURE_TYPES = {"image/png": b"\x89PNG\r\n\x1a\n", "image/jpeg": b"\xff\xd8\xff"}
"""The picture types a journey holds, each with the bytes its data begins with."""


def picture_uri(data: bytes, mime: str) -> str:
    r"""``data`` (a PNG or JPEG image) as the ``data:`` URI a persona's picture is.

    >>> picture_uri(b"\x89PNG\r\n\x1a\n", "image/png")
    'data:image/png;base64,iVBORw0KGgo='
    """
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def picture_bytes(uri: str) -> tuple[str, bytes]:
    r"""The type and the image data of a persona's picture ``uri``.

    Raises
    ------
    ValueError
        With a message saying what is wrong: not a ``data:`` URI of a PNG or
        JPEG image in base64, base64 that does not decode, data that is not of
        the type named, or more than :data:`MAX_PICTURE_BYTES`.

    >>> picture_bytes("data:image/png;base64,iVBORw0KGgo=")
    ('image/png', b'\x89PNG\r\n\x1a\n')
    >>> picture_bytes("data:image/gif;base64,R0lGODlh")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: a picture must be a PNG or JPEG image ... not 'data:image/gif;base64,R0lGODlh'
    """
    head, comma, body = uri.partition(",")
    mime = head.removeprefix("data:").removesuffix(";base64")
    if (
        not comma
        or not head.startswith("data:")
        or not head.endswith(";base64")
        or (mime not in PICTURE_TYPES)
    ):
        shown = uri if len(uri) <= 40 else uri[:40] + "…"
        raise ValueError(
            "a picture must be a PNG or JPEG image as a data:image/png;base64,… or "
            f"data:image/jpeg;base64,… URI, not {shown!r}"
        )
    if len(body) > (MAX_PICTURE_BYTES + 2) // 3 * 4 + 4:
        raise ValueError(
            f"the picture is larger than {MAX_PICTURE_BYTES // 1024} KB; choose a smaller image"
        )
    try:
        data = base64.b64decode(body, validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("the picture's base64 data does not decode") from None
    if len(data) > MAX_PICTURE_BYTES:
        raise ValueError(
            f"the picture is larger than {MAX_PICTURE_BYTES // 1024} KB; choose a smaller image"
        )
    if not data.startswith(PICTURE_TYPES[mime]):
        raise ValueError(f"the picture's data is not a {mime.split('/')[1].upper()} image")
    return mime, data


def refused_character(text: str) -> str | None:
    r"""The first character of ``text`` a journey refuses, or ``None``.

    >>> refused_character("Pay\x01"), refused_character("Pay\tnow")
    ('\x01', None)
    """
    found = _REFUSED.search(text)
    return found.group(0) if found else None


Colour = Annotated[str, StringConstraints(pattern=r"^#[0-9a-fA-F]{6}$")]

_EXACT_INT = 2**53


def _whole_as_int(value: float) -> float | int:
    return int(value) if value.is_integer() and -_EXACT_INT < value < _EXACT_INT else value


Number = Annotated[float, PlainSerializer(_whole_as_int, when_used="json")]
"""A float that a file writes as ``4`` rather than ``4.0`` when it is whole, so
that a value typed as a whole number reads back as typed. (Done by
pydantic-core while it dumps: a pass over the dumped data afterwards cost more
than the dump.)"""


class Item(BaseModel):
    """Base of every item: unknown fields are refused, values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class StepKind(StrEnum):
    START = "start"
    TOUCHPOINT = "touchpoint"
    DECISION = "decision"
    SUCCESS = "success"
    EXIT = "exit"


class ChannelKind(StrEnum):
    DIGITAL = "digital"
    WEB = "web"
    APP = "app"
    EMAIL = "email"
    CHAT = "chat"
    PHONE = "phone"
    FACE_TO_FACE = "face_to_face"
    SOCIAL = "social"
    MESSAGING = "messaging"
    LETTER = "letter"
    THIRD_PARTY = "third_party"
    OTHER = "other"


class Ownership(StrEnum):
    """Who runs a channel: us, a partner on our behalf, or a third party we don't control."""

    OWNED = "owned"
    PARTNER = "partner"
    THIRD_PARTY = "third_party"


class ServiceLevel(StrEnum):
    """How a touchpoint serves, from waiting to be found to customers serving each other.

    passive: information is there to be found; reactive: we answer when the
    customer contacts us; active: we take part in the customer's contact
    (follow up, suggest); proactive: we contact the customer before they need
    to ask; meta-active: customers themselves take part and create content
    (forums, reviews, peer help).
    """

    PASSIVE = "passive"
    REACTIVE = "reactive"
    ACTIVE = "active"
    PROACTIVE = "proactive"
    META_ACTIVE = "meta_active"


class MaturityArea(StrEnum):
    """The six areas of a CX maturity assessment, in their usual order."""

    CUSTOMER_UNDERSTANDING = "customer_understanding"
    PRIORITISATION = "prioritisation"
    DESIGN = "design"
    DELIVERY = "delivery"
    MEASUREMENT = "measurement"
    CULTURE = "culture"


class RatingSource(StrEnum):
    WORKSHOP = "workshop"
    SURVEY = "survey"
    INTERVIEW = "interview"
    ANALYTICS = "analytics"
    OBSERVATION = "observation"
    ESTIMATE = "estimate"


class OpportunityStatus(StrEnum):
    IDEA = "idea"
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class Persona(Item):
    id: Id
    name: Name
    role: Name = ""
    description: Text = ""
    goals: Text = ""
    needs: Text = ""
    frustrations: Text = ""
    quote: Text = ""
    colour: Colour = "#0072b2"
    share: Number | None = Field(default=None, ge=0, le=1)
    """Share of all customers this persona stands for, 0..1 (optional)."""
    shared_source: Name = ""
    """Where this persona is shared from: the library file, relative to the journey
    file, and the id in it (``library.json#anna``); empty for the journey's own.
    The journey keeps a full copy, so it reads the same without the library."""
    picture: str = ""
    """The persona's picture, embedded in the file as a ``data:image/png;base64,…``
    or ``data:image/jpeg;base64,…`` URI (at most :data:`MAX_PICTURE_BYTES`
    decoded); empty for none. See :func:`picture_bytes`."""

    @field_validator("picture")
    @classmethod
    def _picture_is_an_image(cls, value: str) -> str:
        if value:
            picture_bytes(value)
        return value


class Stage(Item):
    id: Id
    name: Name
    description: Text = ""


class Channel(Item):
    id: Id
    name: Name
    kind: ChannelKind = ChannelKind.OTHER
    owner: Name = ""
    """Team or partner that runs the channel."""
    ownership: Ownership = Ownership.OWNED
    shared_source: Name = ""
    """Where this channel is shared from: the library file, relative to the journey
    file, and the id in it (``library.json#chat``); empty for the journey's own.
    The journey keeps a full copy, so it reads the same without the library."""
    service_level: ServiceLevel | None = None
    """The channel's usual service level; its steps take it unless they give their own."""


class Position(Item):
    """Where a step sits in the flow view (scene coordinates)."""

    x: Number
    y: Number

    @field_validator("x", "y")
    @classmethod
    def _bounded(cls, v: float) -> float:
        if abs(v) > 1e7:
            raise ValueError("must be within ±10,000,000")
        return v


class Step(Item):
    """A touchpoint: one moment of the journey, in one stage, usually in one channel."""

    id: Id
    title: Name
    stage_id: Id
    channel_id: Id | None = None
    kind: StepKind = StepKind.TOUCHPOINT
    owner: Name = ""
    """Team, role or partner behind the touchpoint."""
    backstage: Text = ""
    description: Text = ""
    doing: Text = ""
    thinking: Text = ""
    feeling: Text = ""
    goal: Text = ""
    """What the customer wants to achieve at this step."""
    volume: int | None = Field(default=None, ge=0, le=MAX_COUNT)
    """Measured number of customers who reached this step (optional)."""
    duration_min: Number | None = Field(default=None, ge=0, le=10**7)
    cost_eur: Number | None = Field(default=None, ge=0, le=10**12)
    tags: tuple[
        Annotated[str, StringConstraints(min_length=1, max_length=100, pattern=TEXT_PATTERN)], ...
    ] = ()
    evidence: Text = ""
    position: Position | None = None
    journey_link: Name = ""
    """A sub-journey this step opens: a journey file's path relative to this
    journey's file, with ``/`` between folders (``support/chat.journey.json``)."""
    service_level: ServiceLevel | None = None
    """The touchpoint's service level; ``None`` takes its channel's
    (:func:`journeymap.model.service_levels.effective_level`)."""


class Transition(Item):
    """A move from one step to another. Branches, loops and channel switches are
    all ordinary transitions.

    Carries a measured ``volume`` (customers), a ``share`` of the source step's
    customers (0..1), both, or neither.
    """

    id: Id
    source: Id
    target: Id
    volume: int | None = Field(default=None, ge=0, le=MAX_COUNT)
    share: Number | None = Field(default=None, ge=0, le=1)
    label: Name = ""


class Rating(Item):
    """How one persona experiences one step: the three questions at a touchpoint.

    See :mod:`journeymap.model.scales` for the scales. Any of the three may be
    missing (``None``). A rating is identified by ``(step_id, persona_id)``.
    """

    step_id: Id
    persona_id: Id
    # Bounds checked by pydantic-core itself (a Python validator per value cost a
    # fifth of loading a large journey); the message names the scale's range.
    goal: Number | None = Field(default=None, ge=GOAL.low, le=GOAL.high)
    ease: Number | None = Field(default=None, ge=EASE.low, le=EASE.high)
    emotion: Number | None = Field(default=None, ge=EMOTION.low, le=EMOTION.high)
    n: int | None = Field(default=None, ge=0, le=MAX_COUNT)
    """How many answers the values summarise (sample size)."""
    source: RatingSource | None = None
    note: Text = ""

    @property
    def key(self) -> tuple[str, str]:
        return (self.step_id, self.persona_id)

    @property
    def is_empty(self) -> bool:
        return self.goal is None and self.ease is None and self.emotion is None


class Opportunity(Item):
    """An improvement idea tied to steps: the bridge from a map to a roadmap."""

    id: Id
    title: Name
    description: Text = ""
    step_ids: tuple[Id, ...] = ()
    owner: Name = ""
    impact: int | None = Field(default=None, ge=1, le=5)
    effort: int | None = Field(default=None, ge=1, le=5)
    status: OpportunityStatus = OpportunityStatus.IDEA
    priority: Number | None = Field(default=None, ge=0, le=100)
    """A priority set by hand, 0..100, overriding the computed one
    (:mod:`journeymap.analysis.roadmap`); ``None`` means computed."""
    areas: tuple[MaturityArea, ...] = ()
    """The CX maturity areas this opportunity improves (:mod:`journeymap.model.maturity`)."""

    @model_validator(mode="before")
    @classmethod
    def _dedupe_steps(cls, data: Any) -> Any:
        if isinstance(data, dict) and isinstance(data.get("step_ids"), list | tuple):
            seen: dict[Any, None] = dict.fromkeys(data["step_ids"])
            data = {**data, "step_ids": tuple(seen)}
        return data
