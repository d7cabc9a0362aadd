"""The workbook's layout, defined once for the writer and the reader.

Each data sheet holds one collection of the journey, one item per row in list
order, under a header row. A :class:`Column` names the model field a column
carries and how its cells are written and read; columns without a field are
computed (drop-off, names looked up from ids) and are ignored on import. The
reader finds columns by their header text, so a person may reorder columns or
add their own; it ignores columns it does not know.

Journey-level data that has no place on a sheet a person reads (id, language,
lanes, metadata, the format version) lives in the hidden sheet ``_journeymap``,
one ``key | value`` row each; metadata keys are written ``metadata.KEY``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from journeymap.model.entities import (
    ChannelKind,
    OpportunityStatus,
    Ownership,
    RatingSource,
    ServiceLevel,
    StepKind,
)
from journeymap.model.evidence import Measure
from journeymap.model.scales import EASE, EMOTION, GOAL, Scale

__all__ = [
    "DATA_SHEETS",
    "META_SHEET",
    "OVERVIEW_FIELDS",
    "OVERVIEW_SHEET",
    "PERCENT_FORMAT",
    "WORKBOOK_MARKER",
    "Column",
    "SheetSpec",
    "sheet_for",
]

WORKBOOK_MARKER = "journeymap workbook"
META_SHEET = "_journeymap"
OVERVIEW_SHEET = "Overview"
OVERVIEW_FIELDS = {"Title": "title", "Description": "description"}
"""Labels in column A of the overview whose value (column B) is read on import."""
PERCENT_FORMAT = "0.0%"


@dataclass(frozen=True)
class Column:
    """One column of a data sheet.

    ``kind`` says how a cell is written and read: ``id`` and ``ref`` (an id,
    blank means none), ``text``, ``int``, ``float``, ``percent`` (a 0..1 float
    shown as %), ``enum`` (one of ``choices``), ``list`` (ids or tags, comma
    separated), ``x``/``y`` (the two halves of a step's position), ``bool``
    (TRUE or FALSE), ``counts`` (whole numbers, comma separated).
    """

    header: str
    field: str | None = None
    kind: str = "text"
    width: float = 14
    scale: Scale | None = None
    choices: tuple[str, ...] = ()
    bounds: tuple[float, float] | None = None
    """Allowed range of a number, for data validation (ratings use ``scale``)."""
    number_format: str | None = None
    optional: bool = False
    """A column added to the layout later: a workbook without it (written by
    an older journeymap, or by a person who left it out) reads as if each of
    its cells were blank."""

    @property
    def computed(self) -> bool:
        return self.field is None


@dataclass(frozen=True)
class SheetSpec:
    """A data sheet: its name, the collection it carries, the table name, columns."""

    name: str
    collection: str
    table: str
    columns: tuple[Column, ...]
    id_prefix: str = ""
    """Prefix for ids given to rows a person added without one ("" = no id)."""
    optional: bool = False
    """A workbook may lack the sheet (one written before the sheet existed)."""

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.columns]

    def column_of(self, field: str) -> int | None:
        """0-based position of the column carrying ``field``."""
        for i, column in enumerate(self.columns):
            if column.field == field:
                return i
        return None


def _choices(enum: type[Enum]) -> tuple[str, ...]:
    return tuple(member.value for member in enum)


_WIDE, _TEXT = 40, 28

PERSONAS = SheetSpec(
    "Personas",
    "personas",
    "Personas",
    (
        Column("ID", "id", "id", 16),
        Column("Name", "name", width=22),
        Column("Role", "role", width=20),
        Column("Share", "share", "percent", 10, bounds=(0, 1), number_format=PERCENT_FORMAT),
        Column("Colour", "colour", width=10),
        Column("Description", "description", width=_WIDE),
        Column("Goals", "goals", width=_TEXT),
        Column("Needs", "needs", width=_TEXT),
        Column("Frustrations", "frustrations", width=_TEXT),
        Column("Quote", "quote", width=_TEXT),
        Column("Shared source", "shared_source", width=24, optional=True),
    ),
    "persona",
)

STAGES = SheetSpec(
    "Stages",
    "stages",
    "Stages",
    (
        Column("ID", "id", "id", 16),
        Column("Name", "name", width=24),
        Column("Description", "description", width=_WIDE),
        Column("Steps", None, "int", 8),
    ),
    "stage",
)

CHANNELS = SheetSpec(
    "Channels",
    "channels",
    "Channels",
    (
        Column("ID", "id", "id", 16),
        Column("Name", "name", width=22),
        Column("Kind", "kind", "enum", 14, choices=_choices(ChannelKind)),
        Column("Owner", "owner", width=22),
        Column("Ownership", "ownership", "enum", 13, choices=_choices(Ownership)),
        Column("Shared source", "shared_source", width=24, optional=True),
        Column(
            "Service level",
            "service_level",
            "enum",
            13,
            choices=_choices(ServiceLevel),
            optional=True,
        ),
    ),
    "channel",
)

STEPS = SheetSpec(
    "Steps",
    "steps",
    "Steps",
    (
        Column("ID", "id", "id", 16),
        Column("Title", "title", width=30),
        Column("Stage ID", "stage_id", "ref", 14),
        Column("Stage", None, width=18),
        Column("Channel ID", "channel_id", "ref", 14),
        Column("Kind", "kind", "enum", 12, choices=_choices(StepKind)),
        Column("Owner", "owner", width=18),
        Column("Volume", "volume", "int", 11, bounds=(0, 10**12), number_format="#,##0"),
        Column("In", None, "float", 10, number_format="#,##0"),
        Column("Out", None, "float", 10, number_format="#,##0"),
        Column("Dropped", None, "float", 10, number_format="#,##0"),
        Column("Drop-off", None, "percent", 10, number_format=PERCENT_FORMAT),
        Column("Duration (min)", "duration_min", "float", 10, bounds=(0, 10**7)),
        Column("Cost (€)", "cost_eur", "float", 10, bounds=(0, 10**12), number_format="#,##0.00"),
        Column("Customer goal", "goal", width=_TEXT),
        Column("Doing", "doing", width=_TEXT),
        Column("Thinking", "thinking", width=_TEXT),
        Column("Feeling", "feeling", width=_TEXT),
        Column("Description", "description", width=_WIDE),
        Column("Backstage", "backstage", width=_TEXT),
        Column("Tags", "tags", "list", 18),
        Column("Evidence", "evidence", width=_TEXT),
        Column("X", "position", "x", 8),
        Column("Y", "position", "y", 8),
        Column("Journey link", "journey_link", width=26, optional=True),
        Column(
            "Service level",
            "service_level",
            "enum",
            13,
            choices=_choices(ServiceLevel),
            optional=True,
        ),
        Column("Minutes so far", None, "float", 10, number_format="#,##0.0"),
        Column("Cost so far (€)", None, "float", 10, number_format="#,##0.00"),
        Column("Drop-off cost (€)", None, "float", 11, number_format="#,##0"),
    ),
    "step",
)

TRANSITIONS = SheetSpec(
    "Transitions",
    "transitions",
    "Transitions",
    (
        Column("ID", "id", "id", 16),
        Column("From step ID", "source", "ref", 16),
        Column("To step ID", "target", "ref", 16),
        Column("From", None, width=26),
        Column("To", None, width=26),
        Column("Volume", "volume", "int", 11, bounds=(0, 10**12), number_format="#,##0"),
        Column("Share", "share", "percent", 10, bounds=(0, 1), number_format=PERCENT_FORMAT),
        Column("Customers", None, "float", 11, number_format="#,##0"),
        Column("Label", "label", width=22),
    ),
    "transition",
)

RATINGS = SheetSpec(
    "Ratings",
    "ratings",
    "Ratings",
    (
        Column("Step ID", "step_id", "ref", 16),
        Column("Step", None, width=30),
        Column("Persona ID", "persona_id", "ref", 14),
        Column("Persona", None, width=18),
        Column("Goal", "goal", "float", 9, scale=GOAL),
        Column("Ease", "ease", "float", 9, scale=EASE),
        Column("Emotion", "emotion", "float", 9, scale=EMOTION),
        Column("n", "n", "int", 8, bounds=(0, 10**12)),
        Column("Source", "source", "enum", 13, choices=_choices(RatingSource)),
        Column("Note", "note", width=_WIDE),
    ),
)

OPPORTUNITIES = SheetSpec(
    "Opportunities",
    "opportunities",
    "Opportunities",
    (
        Column("ID", "id", "id", 16),
        Column("Title", "title", width=32),
        Column("Step IDs", "step_ids", "list", 22),
        Column("Owner", "owner", width=18),
        Column("Impact", "impact", "int", 9, bounds=(1, 5)),
        Column("Effort", "effort", "int", 9, bounds=(1, 5)),
        Column("Status", "status", "enum", 13, choices=_choices(OpportunityStatus)),
        Column("Priority", "priority", "float", 9, bounds=(0, 100), optional=True),
        Column("Description", "description", width=_WIDE),
        Column("Maturity areas", "areas", "list", 24, optional=True),
    ),
    "opportunity",
)

MEASUREMENTS = SheetSpec(
    "Measurements",
    "measurements",
    "Measurements",
    (
        Column("Step ID", "step_id", "ref", 16),
        Column("Step", None, width=30),
        Column("Persona ID", "persona_id", "ref", 14),
        Column("Persona", None, width=18),
        Column("Measure", "measure", "enum", 10, choices=_choices(Measure)),
        Column("Source", "source", "enum", 13, choices=_choices(RatingSource)),
        Column("Label", "label", width=26),
        Column("Period", "period", width=22),
        Column("Mean", "mean", "float", 9, bounds=(-2, 5), number_format="0.00"),
        Column("n", "n", "int", 8, bounds=(1, 10**12)),
        Column("SD", "sd", "float", 8, bounds=(0, 100), number_format="0.00"),
        Column("Counts", "counts", "counts", 18),
        Column("Excluded", "excluded", "bool", 10),
        Column("Note", "note", width=_WIDE),
    ),
    optional=True,
)
"""Every measurement a rating is made of. On import, when this sheet is there,
the Ratings sheet (which shows what the measurements combine to) is not read."""

DATA_SHEETS: tuple[SheetSpec, ...] = (
    PERSONAS,
    STAGES,
    CHANNELS,
    STEPS,
    TRANSITIONS,
    RATINGS,
    OPPORTUNITIES,
    MEASUREMENTS,
)
"""In the order the journey's collections are built (the file order)."""


def sheet_for(collection: str) -> SheetSpec:
    """The data sheet carrying ``collection``."""
    for spec in DATA_SHEETS:
        if spec.collection == collection:
            return spec
    raise KeyError(collection)
