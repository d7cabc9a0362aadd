"""CX maturity self-assessments: how an organisation rates its customer-experience
leadership in six areas, now and as a target.

An :class:`Assessment` is one respondent's answers on one date: per
:class:`MaturityArea`, the current and the target level on 1–5 (either may be
missing). Assessments live in ``journey.assessments``, a dictionary keyed by id
(written as an object of id → assessment, so two branches that each add
assessments merge item by item; ids carry a random part). An opportunity can
name the areas it improves (``Opportunity.areas``), which links a gap to the
work that closes it.

>>> a = Assessment(respondent="Pat", date="2026-03-01",
...                answers=[AreaAnswer(area="design", current=2, target=4)])
>>> a.answer(MaturityArea.DESIGN).target, a.answer(MaturityArea.CULTURE).current
(4, None)
"""

from __future__ import annotations

import secrets
from datetime import date as Date
from typing import Annotated, Any

from pydantic import Field, StringConstraints, model_validator

from journeymap.model.entities import Item, MaturityArea, Name, Text

__all__ = [
    "AREA_NAMES",
    "LEVELS",
    "AreaAnswer",
    "Assessment",
    "Assessments",
    "MaturityArea",
    "new_assessment_id",
]


AREA_NAMES: dict[MaturityArea, str] = {
    MaturityArea.CUSTOMER_UNDERSTANDING: "Customer understanding",
    MaturityArea.PRIORITISATION: "Prioritisation",
    MaturityArea.DESIGN: "Design",
    MaturityArea.DELIVERY: "Delivery",
    MaturityArea.MEASUREMENT: "Measurement",
    MaturityArea.CULTURE: "Culture",
}
"""Each area's name in English (the editor translates them)."""

LEVELS = (1, 5)
"""The lowest and highest maturity level."""

Level = Annotated[int, Field(ge=LEVELS[0], le=LEVELS[1])]


class AreaAnswer(Item):
    """One area's current and target level (1–5, ``None`` when not answered)."""

    area: MaturityArea
    current: Level | None = None
    target: Level | None = None


class Assessment(Item):
    """One respondent's self-assessment on one date."""

    respondent: Name
    date: Date
    answers: tuple[AreaAnswer, ...] = ()
    note: Text = ""

    @model_validator(mode="after")
    def _one_answer_per_area(self) -> Assessment:
        areas = [a.area for a in self.answers]
        if len(set(areas)) != len(areas):
            raise ValueError("an area is answered more than once")
        return self

    def answer(self, area: MaturityArea) -> AreaAnswer:
        """The answer for ``area`` (an empty one when not answered)."""
        for answer in self.answers:
            if answer.area == area:
                return answer
        return AreaAnswer(area=area)

    def with_answer(self, area: MaturityArea, **levels: int | None) -> Assessment:
        """A copy with ``area``'s ``current`` and/or ``target`` set, in area order."""
        answers = {a.area: a for a in self.answers}
        answers[area] = self.answer(area).model_copy(update=levels)
        ordered = tuple(answers[a] for a in MaturityArea if a in answers)
        return self.model_copy(update={"answers": ordered})


AssessmentId = Annotated[
    str, StringConstraints(min_length=1, max_length=200, pattern=r"^[^\s\x00-\x1f]+$")
]
Assessments = dict[AssessmentId, Assessment]
"""The type of ``Journey.assessments``."""


def new_assessment_id(journey: Any) -> str:
    """A fresh assessment id, with a random part so that copies never collide."""
    while True:
        aid = f"assessment-{secrets.token_hex(4)}"
        if aid not in journey.assessments:
            return aid
