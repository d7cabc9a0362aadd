"""The survey mapping: which column answers which question of which step.

Saved as JSON beside the answers, so next month's export imports the same way::

    {
      "header_rows": 3,
      "persona": {"column": "Q1", "values": {"Private customer": "p-home"}},
      "questions": [
        {"column": "Q2", "step": "s-order", "measure": "ease", "scale": [1, 7]},
        {"column": "Q3", "step": "s-order", "measure": "emotion",
         "scale": ["Very unhappy", "Unhappy", "Neutral", "Happy", "Very happy"]}
      ],
      "label": "Customer survey November 2026",
      "period": "2026-11-01/2026-11-30"
    }

``header_rows`` is optional when the export is recognised (see
:mod:`journeymap.evidence.tables`). Without ``persona``, every answer belongs to
``persona_id`` (or to the journey's only persona). ``label`` and ``period`` are
optional and name the measurements made (the command line may override them).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from journeymap.model.evidence import Measure

__all__ = [
    "MappingError",
    "PersonaColumn",
    "Question",
    "SurveyMapping",
    "load_mapping",
    "mapping_json",
]

MAX_MAPPING_BYTES = 5 * 1024 * 1024
Text = Annotated[str, Field(min_length=1, max_length=500)]


class MappingError(ValueError):
    """The mapping file is missing or wrong; the message names where."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PersonaColumn(_Strict):
    column: Text
    values: dict[str, Text] = Field(min_length=1)
    """Answer text → persona id (case and spacing of the answer are ignored)."""


class Question(_Strict):
    column: Text
    step: Text
    measure: Measure
    scale: tuple[float, float] | tuple[Text, ...]
    """``[low, high]`` of the question's numbers, or its answer texts low → high."""

    @field_validator("scale")
    @classmethod
    def _scale(cls, value: tuple[float, float] | tuple[str, ...]) -> tuple:
        if value and all(isinstance(v, str) for v in value):
            keys = [" ".join(str(v).split()).casefold() for v in value]
            if len(value) < 2:
                raise ValueError("an ordered scale needs at least two answers")
            if len(set(keys)) != len(keys):
                raise ValueError("an ordered scale names the same answer twice")
            return value
        low, high = value
        if low == high:
            raise ValueError("low and high of a scale must differ")
        return value

    @property
    def ordered(self) -> bool:
        return isinstance(self.scale[0], str)


class SurveyMapping(_Strict):
    header_rows: int | None = Field(default=None, ge=1, le=20)
    persona: PersonaColumn | None = None
    persona_id: Text | None = None
    questions: tuple[Question, ...] = Field(min_length=1)
    label: str = Field(default="", max_length=500)
    period: str = Field(default="", max_length=500)


def load_mapping(path: str | Path) -> SurveyMapping:
    """Read a mapping file; :class:`MappingError` names the file and the field."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_MAPPING_BYTES:
            raise MappingError(f"{path}: too big for a mapping")
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except OSError as exc:
        raise MappingError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise MappingError(f"{path}: not JSON ({exc})") from None
    return parse_mapping(data, str(path))


def parse_mapping(data: object, where: str = "mapping") -> SurveyMapping:
    try:
        return SurveyMapping.model_validate(data)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            loc = ".".join(str(part) for part in error["loc"]) or "(top)"
            problems.append(f"{where}: {loc}: {error['msg']}")
        raise MappingError("\n".join(problems)) from None


def mapping_json(mapping: SurveyMapping) -> str:
    """The mapping as the JSON text saved for the next import."""
    data = mapping.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
    data["questions"] = [{**q, "scale": list(q["scale"])} for q in data.get("questions", [])]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
