"""Steps and their ratings as one flat CSV table, for spreadsheets and scripts.

One row per step and persona that rated it, in map order (stage order, then the
steps' order within a stage); a step nobody rated gets one row with the persona
columns empty. The step's columns repeat on each of its rows, so the table can
be filtered and pivoted as it is.

The rating columns (``goal``, ``ease``, ``emotion``, ``n``) hold what the
counted measurements combine to (see :mod:`journeymap.analysis.evidence`);
``source`` is set when they all come from one source. The columns after
``note`` say how sure each value is: its 95 % interval (``goal_ci_low``,
``goal_ci_high``..., empty when the spread is unknown) and ``sources``, every
counted measurement as ``source "label" n=N`` (``n=?`` for an estimate),
separated by ``; ``.

Encoding: UTF-8 with a byte-order mark (``utf-8-sig``), because Excel reads a
CSV without one in the system's legacy code page and garbles ``ä`` and ``€``;
Python's ``csv`` module, pandas and LibreOffice all read the mark correctly.
Rows end in CRLF and fields are quoted by the ``csv`` module when needed. Text
that a spreadsheet would run as a formula gets a leading apostrophe, as in the
workbook (see :mod:`journeymap.export.safety`).
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path
from typing import Any

from journeymap.analysis.evidence import RatingEstimate, estimate
from journeymap.export.safety import neutralise
from journeymap.model.evidence import MEASURES, Measure, Measurement
from journeymap.model.gcpause import gc_paused
from journeymap.model.journey import Journey
from journeymap.model.service_levels import effective_level

__all__ = ["COLUMNS", "ENCODING", "csv_text", "write_csv"]

ENCODING = "utf-8-sig"
COLUMNS = (
    "stage_id",
    "stage",
    "step_id",
    "step",
    "kind",
    "channel_id",
    "channel",
    "owner",
    "volume",
    "in",
    "out",
    "dropped",
    "drop_off_rate",
    "duration_min",
    "cost_eur",
    "service_level",
    "persona_id",
    "persona",
    "goal",
    "ease",
    "emotion",
    "n",
    "source",
    "note",
    "goal_ci_low",
    "goal_ci_high",
    "ease_ci_low",
    "ease_ci_high",
    "emotion_ci_low",
    "emotion_ci_high",
    "sources",
)
_RATING_COLUMNS = len(COLUMNS) - COLUMNS.index("persona_id")


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _level(journey: Journey, step: Any) -> str | None:
    """The step's service level, its own or its channel's (see the README)."""
    level = effective_level(journey, step)
    return None if level is None else level.value


def _rows(journey: Journey, flow: Any):
    """The rows as written: every value already through :func:`_cell`."""
    stages = {s.id: s.name for s in journey.stages}
    channels = {c.id: c.name for c in journey.channels}
    personas = journey.personas
    ratings = {(r.step_id, r.persona_id): r for r in journey.ratings}  # one pass, no find per cell
    parts: dict[tuple[str, str], dict[Measure, list[Measurement]]] = {}
    for m in journey.measurements:
        parts.setdefault((m.step_id, m.persona_id), {}).setdefault(m.measure, []).append(m)
    for step in journey.ordered_steps():
        entry = flow.steps.get(step.id) if flow is not None else None
        head = [
            step.stage_id,
            stages.get(step.stage_id, ""),
            step.id,
            step.title,
            step.kind.value,
            step.channel_id,
            channels.get(step.channel_id or "", ""),
            step.owner,
            step.volume,
            entry.inflow if entry else None,
            entry.outflow if entry else None,
            entry.dropped if entry else None,
            entry.drop_off_rate if entry else None,
            step.duration_min,
            step.cost_eur,
            _level(journey, step),
        ]
        head = [_cell(v) for v in head]  # once per step, not per persona
        rated = [(p, r) for p in personas if (r := ratings.get((step.id, p.id))) is not None]
        if not rated:
            yield [*head, *([""] * _RATING_COLUMNS)]
        for persona, rating in rated:
            # Made as its row is written: a journey's million estimates are
            # never held at once.
            sure = _estimates(journey, parts.get((step.id, persona.id), {}))
            yield [
                *head,
                *(
                    _cell(v)
                    for v in (
                        persona.id,
                        persona.name,
                        rating.goal,
                        rating.ease,
                        rating.emotion,
                        rating.n,
                        rating.source.value if rating.source else None,
                        rating.note,
                        *_sureness(sure),
                    )
                ),
            ]


def _estimates(
    journey: Journey, by_measure: dict[Measure, list[Measurement]]
) -> dict[str, RatingEstimate]:
    """The estimate of each measure of one step and persona, by measure name."""
    found = {}
    for measure in MEASURES:
        e = estimate(journey, by_measure.get(measure, []))
        if e is not None:
            found[measure.value] = e
    return found


def _sureness(estimates: dict[str, RatingEstimate]) -> list[Any]:
    """The interval of each measure and the list of counted sources."""
    out: list[Any] = []
    sources: dict[tuple[str, str], int | None] = {}
    for measure in MEASURES:
        e = estimates.get(measure.value)
        out += [None, None] if e is None else [_short(e.ci_low), _short(e.ci_high)]
        for s in e.sources if e is not None else ():
            key = (s.source, s.label)
            sources[key] = max(sources.get(key) or 0, s.n or 0) or None
    out.append(
        "; ".join(
            f"{source}{f' {label!r}' if label else ''} n={n if n is not None else '?'}"
            for (source, label), n in sources.items()
        )
    )
    return out


def _short(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def csv_text(journey: Journey, flow: Any = None) -> str:
    """The CSV as text (without the byte-order mark).

    Parameters
    ----------
    journey : Journey
    flow : FlowReport, optional
        Fills the ``in``, ``out``, ``dropped`` and ``drop_off_rate`` columns.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    # Half a million rows' worth of estimates and cells, none of them in a
    # cycle: with the collector on, it rescans them all again and again.
    with gc_paused():
        writer.writerows(_rows(journey, flow))
    return buffer.getvalue()


def write_csv(journey: Journey, path: str | os.PathLike[str], flow: Any = None) -> None:
    """Write the CSV of ``journey`` to ``path`` (UTF-8 with a byte-order mark)."""
    Path(path).write_text(csv_text(journey, flow), encoding=ENCODING, newline="")
