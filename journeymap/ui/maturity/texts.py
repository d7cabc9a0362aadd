"""The areas' names and questions in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journeymap.model.entities import MaturityArea

__all__ = ["area_name", "area_question"]

_NAMES = {
    "customer_understanding": "Customer understanding",
    "prioritisation": "Prioritisation",
    "design": "Design",
    "delivery": "Delivery",
    "measurement": "Measurement",
    "culture": "Culture",
}
_QUESTIONS = {
    "customer_understanding": "How well do we know our customers' needs, journeys and "
    "feelings, from data and from meeting them?",
    "prioritisation": "Do customer experience findings decide what we do first, "
    "with owners and budgets?",
    "design": "Do we design services from the customer's journey, across channels and teams?",
    "delivery": "Do our people, partners and systems deliver the designed experience every time?",
    "measurement": "Do we measure the key touchpoints (counts, minutes, euros, scores) "
    "and act on what we find?",
    "culture": "Does everyone, from management to partners, look through the customer's eyes?",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Maturity", text)


def area_name(area: MaturityArea | str) -> str:
    return _tr(_NAMES[str(area)])


def area_question(area: MaturityArea | str) -> str:
    return _tr(_QUESTIONS[str(area)])
