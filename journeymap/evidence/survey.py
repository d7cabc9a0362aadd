"""Survey answers → measurements, with a report of what was used.

For each question of the mapping, each answer row is

* **blank** when the cell is empty (left out);
* **unmapped** when the row's persona answer has no persona in the mapping
  (left out and counted);
* **unreadable** when the answer is not on the question's scale: not a number
  between ``low`` and ``high`` (a decimal comma is fine; text after a leading
  number such as ``5 - Very easy`` is ignored), or not one of its ordered
  answers; the row numbers are reported. Text that looks like a formula
  (``=1+1``) is never evaluated and so is unreadable;
* **used** otherwise: rescaled linearly from the question's scale onto the
  measure's (goal and ease 1..5, emotion -2..+2; an ordered list's first answer
  is the bottom, its last the top).

The used answers of one step, persona and measure (several questions may feed
the same one) make one :class:`~journeymap.model.evidence.Measurement` of source
``survey``: mean, ``n``, the sample standard deviation and, when every answer
lands on a whole point of the measure's scale, the count per point. The
report gives its two-sided 95 % t-interval.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field

from journeymap.evidence.mapping import Question, SurveyMapping
from journeymap.evidence.tables import AnswersTable
from journeymap.model.entities import RatingSource
from journeymap.model.evidence import Measure, Measurement, scale_points
from journeymap.model.journey import Journey

__all__ = [
    "QuestionReport",
    "SurveyError",
    "SurveyImport",
    "rescale",
    "survey_measurements",
    "t_interval",
]

_NUMBER = re.compile(r"^[+-]?(\d+(?:[.,]\d+)?|[.,]\d+)(?:\s*(?:[-–=:.)]\s*|\s+)\D.*)?$")
"""A number, optionally followed by a label: ``4``, ``4,5``, ``5 - Very easy``."""


class SurveyError(ValueError):
    """The mapping does not fit the table or the journey; ``problems`` lists every reason."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class QuestionReport:
    """What became of one question's answers."""

    column: str
    step_id: str
    measure: str
    used: int = 0
    blank: int = 0
    unmapped: int = 0
    unreadable: list[tuple[int, str]] = field(default_factory=list)
    """``(row number, answer)`` of every answer that was not on the scale."""


@dataclass
class SurveyImport:
    """The result of reading a survey: the measurements and the report."""

    measurements: list[Measurement]
    questions: list[QuestionReport]
    table_kind: str
    rows: int
    unmapped_personas: dict[str, int]
    """Persona answers that have no persona in the mapping, with their count."""
    intervals: dict[tuple[str, str, str], tuple[float, float] | None]
    """``(step, persona, measure)`` → its 95 % t-interval (``None`` for one answer)."""

    @property
    def steps(self) -> list[str]:
        return sorted({m.step_id for m in self.measurements})

    @property
    def personas(self) -> list[str]:
        return sorted({m.persona_id for m in self.measurements})


def rescale(value: float, low: float, high: float, measure: Measure) -> float:
    """``value`` on ``low..high`` mapped linearly onto the measure's scale.

    >>> rescale(7, 1, 7, Measure.EASE), rescale(4, 1, 7, Measure.EMOTION)
    (5.0, 0.0)
    >>> rescale(0, 0, 10, Measure.GOAL)
    1.0
    """
    scale = measure.scale
    return scale.low + (value - low) / (high - low) * (scale.high - scale.low)


def t_interval(values: list[float]) -> tuple[float, float] | None:
    """The two-sided 95 % t-interval of the mean (``None`` under two values).

    >>> t_interval([1.0, 2.0, 3.0])
    (-0.4841..., 4.4841...)
    """
    n = len(values)
    if n < 2:
        return None
    from scipy.stats import t  # lazy: only imports need it

    mean = sum(values) / n
    sd = math.sqrt(sum((v - mean) ** 2 for v in values) / (n - 1))
    half = float(t.ppf(0.975, n - 1)) * sd / math.sqrt(n)
    return (mean - half, mean + half)


def _loose(text: str) -> str:
    return " ".join(text.split()).casefold()


def _answer(text: str, question: Question) -> float | None:
    """The answer on the question's own scale, ``None`` when not on it."""
    if question.ordered:
        order = [_loose(str(v)) for v in question.scale]
        key = _loose(text)
        return float(order.index(key)) if key in order else None
    match = _NUMBER.match(text)
    if not match:
        return None
    value = float(match.group(1).replace(",", "."))
    if text.lstrip().startswith("-"):
        value = -value
    low, high = sorted(float(v) for v in question.scale)
    return value if low <= value <= high else None


def _bounds(question: Question) -> tuple[float, float]:
    if question.ordered:
        return 0.0, float(len(question.scale) - 1)
    low, high = question.scale
    return float(low), float(high)


def _check(table: AnswersTable, mapping: SurveyMapping, journey: Journey) -> list[str]:
    problems: list[str] = []
    steps = {s.id for s in journey.steps}
    personas = {p.id for p in journey.personas}
    columns = [q.column for q in mapping.questions]
    if mapping.persona is not None:
        columns.append(mapping.persona.column)
    for column in columns:
        if table.column(column) is None:
            problems.append(
                f"column {column!r} does not exist in the answers "
                f"(columns: {', '.join(repr(n) for n in table.names[:12])}"
                f"{', …' if len(table.names) > 12 else ''})"
            )
    for q in mapping.questions:
        if q.step not in steps:
            problems.append(
                f"step {q.step!r} (question {q.column!r}) does not exist in the journey"
            )
    if mapping.persona is not None:
        for text, pid in mapping.persona.values.items():
            if pid not in personas:
                problems.append(f"persona {pid!r} (answer {text!r}) does not exist in the journey")
    elif mapping.persona_id is not None:
        if mapping.persona_id not in personas:
            problems.append(f"persona {mapping.persona_id!r} does not exist in the journey")
    elif len(personas) != 1:
        problems.append(
            "the mapping names no persona column and no persona_id, and the "
            f"journey has {len(personas)} personas"
        )
    return problems


def survey_measurements(
    table: AnswersTable,
    mapping: SurveyMapping,
    journey: Journey,
    label: str = "",
    period: str = "",
) -> SurveyImport:
    """Read the answers the mapping names into survey measurements.

    Raises :class:`SurveyError` naming every column, step or persona the
    mapping names that does not exist; nothing is read then.
    """
    problems = _check(table, mapping, journey)
    if problems:
        raise SurveyError(problems)
    label = label or mapping.label
    period = period or mapping.period
    persona_index = table.column(mapping.persona.column) if mapping.persona else None
    persona_values = (
        {_loose(k): v for k, v in mapping.persona.values.items()} if mapping.persona else {}
    )
    fixed = mapping.persona_id or (journey.personas[0].id if mapping.persona is None else None)
    unmapped: dict[str, int] = defaultdict(int)
    row_persona: list[str | None] = []
    for _number, cells in table.rows:
        if persona_index is None:
            row_persona.append(fixed)
            continue
        text = table.cell(cells, persona_index)
        pid = persona_values.get(_loose(text))
        if pid is None:
            unmapped[text] += 1
        row_persona.append(pid)

    values: dict[tuple[str, str, Measure], list[float]] = defaultdict(list)
    reports: list[QuestionReport] = []
    for q in mapping.questions:
        index = table.column(q.column)
        assert index is not None  # checked above
        report = QuestionReport(table.names[index], q.step, str(q.measure))
        low, high = _bounds(q)
        for (number, cells), pid in zip(table.rows, row_persona, strict=True):
            text = table.cell(cells, index)
            if not text:
                report.blank += 1
            elif pid is None:
                report.unmapped += 1
            else:
                raw = _answer(text, q)
                if raw is None:
                    report.unreadable.append((number, text))
                else:
                    report.used += 1
                    values[(q.step, pid, q.measure)].append(rescale(raw, low, high, q.measure))
        reports.append(report)

    order = {s.id: i for i, s in enumerate(journey.ordered_steps())}
    porder = {p.id: i for i, p in enumerate(journey.personas)}
    measurements: list[Measurement] = []
    intervals: dict[tuple[str, str, str], tuple[float, float] | None] = {}
    for (step, pid, measure), answers in sorted(
        values.items(),
        key=lambda kv: (
            order.get(kv[0][0], 0),
            porder.get(kv[0][1], 0),
            list(Measure).index(kv[0][2]),
        ),
    ):
        measurements.append(_measurement(step, pid, measure, answers, label, period))
        intervals[(step, pid, str(measure))] = t_interval(answers)
    return SurveyImport(
        measurements, reports, table.kind, len(table.rows), dict(unmapped), intervals
    )


def _measurement(
    step: str, persona: str, measure: Measure, answers: list[float], label: str, period: str
) -> Measurement:
    n = len(answers)
    mean = sum(answers) / n
    scale = measure.scale
    mean = min(max(mean, scale.low), scale.high)  # rounding must not leave the scale
    sd = math.sqrt(sum((v - mean) ** 2 for v in answers) / (n - 1)) if n > 1 else None
    points = scale_points(measure)
    counts: tuple[int, ...] | None = None
    if all(abs(v - round(v)) < 1e-9 for v in answers):
        tally = [0] * len(points)
        for v in answers:
            tally[points.index(float(round(v)))] += 1
        counts = tuple(tally)
    return Measurement(
        step_id=step,
        persona_id=persona,
        measure=measure,
        source=RatingSource.SURVEY,
        label=label,
        period=period,
        mean=round(mean, 6),
        n=n,
        sd=round(sd, 6) if sd is not None else None,
        counts=counts,
    )
