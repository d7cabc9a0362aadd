"""What the map highlights on each step, read from an analysis (no Qt).

:func:`marks_from_analysis` turns a :class:`~journeymap.analysis.report.JourneyAnalysis`
(read by attribute, so any object of that shape works) into per-step drop-off and
pain marks and per-transition volumes. When no analysis is available yet,
:func:`marks_from_measurements` gives the marks that measured volumes alone
support: a step's drop-off is its volume minus the volumes of the transitions
leaving it, and no pain points.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from journeymap.model.journey import Journey

__all__ = [
    "SEVERITY_RANK",
    "DropMark",
    "MapMarks",
    "PainMark",
    "format_count",
    "format_drop",
    "marks_from_analysis",
    "marks_from_measurements",
]

SEVERITY_RANK = {"critical": 3, "major": 2, "minor": 1}


@dataclass(frozen=True)
class DropMark:
    dropped: float
    rate: float | None

    @property
    def level(self) -> int:
        """0 (small) .. 3 (severe): how loudly the map shows this drop-off."""
        rate = self.rate or 0.0
        if rate >= 0.3:
            return 3
        if rate >= 0.15:
            return 2
        if rate >= 0.05 or self.dropped > 0:
            return 1
        return 0


@dataclass(frozen=True)
class PainMark:
    """The worst pain point of a step (over the shown personas)."""

    severity: str
    score: float
    reasons: tuple[str, ...]
    rank: int
    """1 for the worst pain point of the journey."""
    personas: tuple[str, ...] = ()
    phrases: tuple[Any, ...] = ()
    """``reasons`` as the analysis's phrases, for writing them in the editor's
    language (see :mod:`journeymap.canvas.analysis_text`); empty when not known."""


@dataclass
class MapMarks:
    drops: dict[str, DropMark] = field(default_factory=dict)
    pains: dict[str, PainMark] = field(default_factory=dict)
    transition_volumes: dict[str, float] = field(default_factory=dict)
    inflow: dict[str, float] = field(default_factory=dict)

    @property
    def max_volume(self) -> float:
        return max(self.transition_volumes.values(), default=0.0)


def format_count(value: float) -> str:
    """``1234.0`` → ``"1,234"`` (thin grouping; no decimals for counts)."""
    return f"{round(value):,}".replace(",", "\u202f")


def format_drop(mark: DropMark, decimal_point: str = ".") -> str:
    """``"−150 · 20 %"``: customers lost here and the share of those who arrived
    (``"−20 · 1.7 %"``; ``"1,7 %"`` with ``decimal_point=","``)."""
    text = "−" + format_count(mark.dropped)
    if mark.rate is not None:
        pct = mark.rate * 100
        number = f"{pct:.0f}" if pct >= 9.5 else f"{pct:.1f}".removesuffix(".0")
        text += f" · {number.replace('.', decimal_point)} %"
    return text


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


def marks_from_analysis(analysis: Any, persona_id: str | None = None) -> MapMarks:
    """Marks from an analysis result; pain points of other personas are left out
    when ``persona_id`` is given."""
    marks = MapMarks()
    flow = _get(analysis, "flow")
    for step_id, step_flow in (_get(flow, "steps", {}) or {}).items():
        dropped = _get(step_flow, "dropped")
        inflow = _get(step_flow, "inflow")
        if inflow is not None:
            marks.inflow[step_id] = float(inflow)
        if dropped is not None and dropped > 0.5:
            marks.drops[step_id] = DropMark(float(dropped), _get(step_flow, "drop_off_rate"))
    for tid, volume in (_get(flow, "transitions", {}) or {}).items():
        if volume is not None:
            marks.transition_volumes[tid] = float(volume)
    rank = 0
    for point in _get(analysis, "pain_points", []) or []:
        pid = _get(point, "persona_id")
        if persona_id is not None and pid not in (None, persona_id):
            continue
        rank += 1
        step_id = _get(point, "step_id")
        existing = marks.pains.get(step_id)
        if existing is not None:
            # Ranked worst first: the first seen stays; collect the other personas.
            if pid and pid not in existing.personas:
                marks.pains[step_id] = PainMark(
                    existing.severity,
                    existing.score,
                    existing.reasons,
                    existing.rank,
                    (*existing.personas, pid),
                    existing.phrases,
                )
            continue
        marks.pains[step_id] = PainMark(
            str(_get(point, "severity", "minor")),
            float(_get(point, "score", 0.0) or 0.0),
            tuple(_get(point, "reasons", ()) or ()),
            rank,
            (pid,) if pid else (),
            tuple(_get(point, "reason_phrases", ()) or ()),
        )
    return marks


def marks_from_measurements(journey: Journey) -> MapMarks:
    """Marks from measured volumes only (used until an analysis is available)."""
    marks = MapMarks()
    out: dict[str, float] = {}
    known: dict[str, bool] = {}
    for t in journey.transitions:
        volume: float | None = t.volume
        source = journey.find("steps", t.source)
        if volume is None and t.share is not None and source is not None and source.volume:
            volume = t.share * source.volume
        if volume is not None:
            marks.transition_volumes[t.id] = float(volume)
            out[t.source] = out.get(t.source, 0.0) + volume
        known[t.source] = known.get(t.source, True) and volume is not None
    for step in journey.steps:
        if step.volume is None:
            continue
        marks.inflow[step.id] = float(step.volume)
        if step.kind in ("success", "exit") or not known.get(step.id, False):
            continue
        dropped = step.volume - out.get(step.id, 0.0)
        if dropped > 0.5:
            rate = dropped / step.volume if step.volume else None
            marks.drops[step.id] = DropMark(dropped, rate)
    return marks
