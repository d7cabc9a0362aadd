"""The journey document model: items, the journey, the references between
items, edits and the file format.

Nothing here imports Qt.
"""

from journeymap.model.document import JourneyDocument
from journeymap.model.edits import (
    AddItem,
    Change,
    CompositeEdit,
    Edit,
    EditError,
    MoveItem,
    MoveStep,
    PutMeasurement,
    RemoveItems,
    SetRating,
    UpdateItem,
    UpdateJourney,
)
from journeymap.model.entities import (
    Channel,
    ChannelKind,
    MaturityArea,
    Opportunity,
    OpportunityStatus,
    Ownership,
    Persona,
    Position,
    Rating,
    RatingSource,
    ServiceLevel,
    Stage,
    Step,
    StepKind,
    Transition,
)
from journeymap.model.evidence import Measure, Measurement, merge_measurements
from journeymap.model.fileformat import (
    JourneyFileError,
    dumps_journey,
    encode_json,
    load_journey,
    loads_journey,
    save_journey,
)
from journeymap.model.ids import new_id
from journeymap.model.journey import COLLECTIONS, FORMAT_VERSION, Journey, Lane, LaneSetting
from journeymap.model.references import REFERENCES, Reference
from journeymap.model.scales import EASE, EMOTION, GOAL, SCALES, Scale
from journeymap.model.validation import Problem, reference_problems

__all__ = [
    "COLLECTIONS",
    "EASE",
    "EMOTION",
    "FORMAT_VERSION",
    "GOAL",
    "REFERENCES",
    "SCALES",
    "AddItem",
    "Change",
    "Channel",
    "ChannelKind",
    "CompositeEdit",
    "Edit",
    "EditError",
    "Journey",
    "JourneyDocument",
    "JourneyFileError",
    "Lane",
    "LaneSetting",
    "MaturityArea",
    "Measure",
    "Measurement",
    "MoveItem",
    "MoveStep",
    "Opportunity",
    "OpportunityStatus",
    "Ownership",
    "Persona",
    "Position",
    "Problem",
    "PutMeasurement",
    "Rating",
    "RatingSource",
    "Reference",
    "RemoveItems",
    "Scale",
    "ServiceLevel",
    "SetRating",
    "Stage",
    "Step",
    "StepKind",
    "Transition",
    "UpdateItem",
    "UpdateJourney",
    "dumps_journey",
    "encode_json",
    "load_journey",
    "loads_journey",
    "merge_measurements",
    "new_id",
    "reference_problems",
    "save_journey",
]
