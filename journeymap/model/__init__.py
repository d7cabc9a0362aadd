"""The journey document model: items, the journey, the references between
items, edits and the file format.

Nothing here imports Qt.

The names below are loaded on first use (PEP 562), as in
:mod:`journeymap.analysis`: a reader of one module (``journeymap validate``
needs the file format, not the edits, the merge or the document) builds only
the model classes that module needs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_HOME = {
    "JourneyDocument": "document",
    "AddItem": "edits",
    "Change": "edits",
    "CompositeEdit": "edits",
    "Edit": "edits",
    "EditError": "edits",
    "MoveItem": "edits",
    "MoveStep": "edits",
    "PutMeasurement": "edits",
    "RemoveItems": "edits",
    "SetRating": "edits",
    "UpdateItem": "edits",
    "UpdateJourney": "edits",
    "Channel": "entities",
    "ChannelKind": "entities",
    "MaturityArea": "entities",
    "Opportunity": "entities",
    "OpportunityStatus": "entities",
    "Ownership": "entities",
    "Persona": "entities",
    "Position": "entities",
    "Rating": "entities",
    "RatingSource": "entities",
    "ServiceLevel": "entities",
    "Stage": "entities",
    "Step": "entities",
    "StepKind": "entities",
    "Transition": "entities",
    "Measure": "evidence",
    "Measurement": "evidence",
    "merge_measurements": "evidence",
    "JourneyFileError": "fileformat",
    "dumps_journey": "fileformat",
    "encode_json": "fileformat",
    "load_journey": "fileformat",
    "loads_journey": "fileformat",
    "save_journey": "fileformat",
    "new_id": "ids",
    "COLLECTIONS": "journey",
    "FORMAT_VERSION": "journey",
    "Journey": "journey",
    "Lane": "journey",
    "LaneSetting": "journey",
    "REFERENCES": "references",
    "Reference": "references",
    "EASE": "scales",
    "EMOTION": "scales",
    "GOAL": "scales",
    "SCALES": "scales",
    "Scale": "scales",
    "Problem": "validation",
    "reference_problems": "validation",
}

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


def __getattr__(name: str) -> Any:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # once
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOME})


if TYPE_CHECKING:  # for type checkers and editors: the same names, eagerly
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
