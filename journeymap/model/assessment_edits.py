"""The edit of CX maturity assessments: add, change or remove one assessment
(see :mod:`journeymap.model.maturity`).

>>> from journeymap.model import Journey
>>> from journeymap.model.maturity import Assessment, MaturityArea
>>> j = Journey()
>>> a = Assessment(respondent="Pat", date="2026-03-01")
>>> edit = SetAssessment("assessment-1", a.with_answer(MaturityArea.DESIGN, current=2))
>>> edit.apply(j).journey, edit.label
({'assessments'}, 'Add assessment')
>>> edit.revert(j).journey, j.assessments
({'assessments'}, {})
"""

from __future__ import annotations

from typing import Any

from journeymap.model.edits import LABEL_TEMPLATES, Change, Edit, EditError, EditLabel
from journeymap.model.maturity import Assessment

__all__ = ["SetAssessment"]


def _label(text: str) -> str:
    LABEL_TEMPLATES[text] = None
    return text


ADD = _label("Add assessment")
CHANGE = _label("Change assessment")
REMOVE = _label("Remove assessment")


class SetAssessment(Edit):
    """Put ``assessment`` under ``assessment_id`` (add or replace), or remove it
    with ``None``."""

    def __init__(self, assessment_id: str, assessment: Assessment | None, label: str = ""):
        self.assessment_id = assessment_id
        self.assessment = assessment
        self.old: Assessment | None = None
        self.label = label
        self._default_label = label == ""

    def apply(self, journey: Any) -> Change:
        old = journey.assessments.get(self.assessment_id)
        if self.assessment is None and old is None:
            raise EditError(f'there is no assessment "{self.assessment_id}"')
        self.old = old
        if self._default_label:
            template = REMOVE if self.assessment is None else ADD if old is None else CHANGE
            self.label_parts = EditLabel(template)
            self.label = template
        self._put(journey, self.assessment)
        return Change(journey={"assessments"})

    def revert(self, journey: Any) -> Change:
        self._put(journey, self.old)
        return Change(journey={"assessments"})

    def _put(self, journey: Any, assessment: Assessment | None) -> None:
        found = dict(journey.assessments)
        if assessment is None:
            found.pop(self.assessment_id, None)
        else:
            found[self.assessment_id] = assessment
        journey.assessments = found
