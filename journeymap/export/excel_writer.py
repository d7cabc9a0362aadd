"""Write a journey as an analyst's Excel workbook that imports back unchanged.

Sheets, in order: Overview, Charts, Stages, Steps, Transitions, Ratings,
Pain points, Channel switches, Opportunities, Roadmap, Personas, Channels, and the
hidden ``_journeymap`` sheet. The data sheets follow :mod:`journeymap.export.excel_layout`;
the report sheets (Overview figures, Charts, Pain points, Channel switches, Roadmap)
come from the analysis and are ignored on import. openpyxl is imported only here and
in the modules this one loads, so importing :mod:`journeymap.export` stays light.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from journeymap.export.errors import ExportError
from journeymap.export.excel_layout import (
    DATA_SHEETS,
    META_SHEET,
    WORKBOOK_MARKER,
    SheetSpec,
    sheet_for,
)
from journeymap.export.excel_words import localised_columns
from journeymap.export.safety import to_cell_text
from journeymap.export.words import Words, words_for
from journeymap.model.entities import Step
from journeymap.model.fileformat import replacement_mode
from journeymap.model.journey import ALL_SOURCES, Journey
from journeymap.model.leftovers import remove_dead_writers_files, temp_prefix

if TYPE_CHECKING:
    from journeymap.analysis.results import JourneyAnalysis, StepFlow

__all__ = ["LAYOUT_VERSION", "SHEET_ORDER", "write_workbook"]

LAYOUT_VERSION = 2
SHEET_ORDER = (
    "stages",
    "steps",
    "transitions",
    "ratings",
    "measurements",
    "pain points",
    "channel switches",
    "opportunities",
    "roadmap",
    "personas",
    "channels",
)


def _computed_values(
    spec: SheetSpec, journey: Journey, analysis: JourneyAnalysis
) -> dict[str, Callable[[Any], Any]]:
    """Functions item -> value for the computed columns of ``spec``, by header."""
    flow = analysis.flow
    steps = {s.id: s for s in journey.steps}
    stages = {s.id: s for s in journey.stages}
    personas = {p.id: p for p in journey.personas}

    def step_flow(read: Callable[[StepFlow], float | None]) -> Callable[[Step], float | None]:
        def get(step: Step) -> float | None:
            entry = flow.steps.get(step.id)
            return None if entry is None else read(entry)

        return get

    def title(step_id: str) -> str | None:
        step = steps.get(step_id)
        return None if step is None else to_cell_text(step.title) or None

    if spec.collection == "stages":
        counts: dict[str, int] = {}
        for step in journey.steps:
            counts[step.stage_id] = counts.get(step.stage_id, 0) + 1
        return {"Steps": lambda stage: counts.get(stage.id, 0)}
    if spec.collection == "steps":
        return {
            "Stage": lambda s: (
                to_cell_text(stages[s.stage_id].name) if s.stage_id in stages else None
            ),
            "In": step_flow(lambda f: f.inflow),
            "Out": step_flow(lambda f: f.outflow),
            "Dropped": step_flow(lambda f: f.dropped),
            "Drop-off": step_flow(lambda f: f.drop_off_rate),
            **_cost_values(analysis),
        }
    if spec.collection == "transitions":
        return {
            "From": lambda t: title(t.source),
            "To": lambda t: title(t.target),
            "Customers": lambda t: flow.transitions.get(t.id),
        }
    if spec.collection in ("ratings", "measurements"):
        return {
            "Step": lambda r: title(r.step_id),
            "Persona": lambda r: (
                to_cell_text(personas[r.persona_id].name) if r.persona_id in personas else None
            ),
        }
    return {}


def _cost_values(analysis: JourneyAnalysis) -> dict[str, Callable[[Step], float | None]]:
    cost = analysis.cost
    if cost is None:
        return {}

    def read(field: str) -> Callable[[Step], float | None]:
        def get(step: Step) -> float | None:
            entry = cost.steps.get(step.id)
            return None if entry is None else getattr(entry, field)

        return get

    return {
        "Minutes so far": read("spent_minutes"),
        "Cost so far (€)": read("spent_euros"),
        "Drop-off cost (€)": read("drop_off_euros"),
    }


def _rows(spec: SheetSpec, journey: Journey, analysis: JourneyAnalysis) -> Iterator[list[Any]]:
    from journeymap.export.excel_cells import cell_writer

    computed = _computed_values(spec, journey, analysis)
    getters = [
        computed.get(c.header, lambda _item: None) if c.computed else cell_writer(c)
        for c in spec.columns
    ]
    for item in journey.collection(spec.collection):
        yield [get(item) for get in getters]


def _write_data_sheet(
    workbook: Any, spec: SheetSpec, journey: Journey, analysis: JourneyAnalysis, words: Words
) -> Any:
    from journeymap.export.excel_tables import write_table

    ws, _ = write_table(
        workbook,
        words(spec.name),
        spec.table,
        localised_columns(spec.columns, words),
        _rows(spec, journey, analysis),
    )
    if spec.collection == "personas":
        _colour_personas(ws, journey)
    return ws


def _colour_personas(ws: Any, journey: Journey) -> None:
    """Show each persona's colour in its Colour cell (conditional formats keep
    the write-only stream simple)."""
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import PatternFill

    column = sheet_for("personas").column_of("colour")
    assert column is not None
    letter = chr(ord("A") + column)
    for row, persona in enumerate(journey.personas, start=2):
        colour = persona.colour.lstrip("#").upper()
        ws.conditional_formatting.add(
            f"{letter}{row}",
            FormulaRule(
                formula=["TRUE"], fill=PatternFill("solid", start_color=colour, end_color=colour)
            ),
        )


def _write_meta(workbook: Any, journey: Journey) -> None:
    ws = workbook.create_sheet(META_SHEET)
    ws.sheet_state = "hidden"
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 60
    lanes = [setting.model_dump(mode="json") for setting in journey.lanes]
    rows: list[tuple[str, Any]] = [
        (WORKBOOK_MARKER, LAYOUT_VERSION),
        ("format_version", journey.format_version),
        ("id", journey.id),
        ("language", journey.language),
        ("lanes", json.dumps(lanes, ensure_ascii=False)),
    ]
    if journey.rating_sources != ALL_SOURCES:
        rows.append(("rating_sources", ", ".join(str(s) for s in journey.rating_sources)))
    rows += [(f"metadata.{key}", value) for key, value in journey.metadata.items()]
    # Comments and assessments whole, one JSON object a row, so the workbook reads back
    # equal; the sheets a person reads are "Comments" and "CX maturity".
    rows += [(f"comments.{cid}", c.model_dump_json()) for cid, c in journey.comments.items()]
    rows += [(f"assessments.{aid}", a.model_dump_json()) for aid, a in journey.assessments.items()]
    ws.append(["key", "value"])
    for key, value in rows:
        ws.append([to_cell_text(key), to_cell_text(value) if isinstance(value, str) else value])


def write_workbook(
    journey: Journey,
    path: str | os.PathLike[str],
    analysis: JourneyAnalysis,
    *,
    persona_id: str | None = None,
    lang: str | None = None,
) -> None:
    """Write ``journey`` to the workbook ``path`` (replaced atomically).

    Parameters
    ----------
    journey : Journey
        The journey to write; every item goes into its data sheet.
    path : path-like
        Where the ``.xlsx`` goes.
    analysis : JourneyAnalysis
        The result of ``journeymap.analysis.report.analyse(journey, persona_id)``,
        which fills the computed columns and the report sheets.
    persona_id : str, optional
        The persona the report sheets focus on (all personas when ``None``).
    lang : str, optional
        The language of sheet names, headers and report texts (``"en"``,
        ``"fi"``); the journey's ``language`` when ``None``. The reader
        recognises every language.
    """
    from openpyxl import Workbook

    from journeymap.export import excel_maturity, excel_report, excel_service

    words = words_for(lang or journey.language)
    workbook = Workbook(write_only=True)
    excel_report.write_overview(workbook, journey, analysis, persona_id, words)
    excel_report.write_charts(workbook, journey, analysis, persona_id, words)
    for name in SHEET_ORDER:
        if name == "pain points":
            excel_report.write_pain_points(workbook, journey, analysis, words)
        elif name == "channel switches":
            excel_report.write_channel_switches(workbook, journey, analysis, words)
            excel_service.write_time_and_cost(workbook, journey, analysis, words)
            excel_service.write_service_levels(workbook, journey, analysis, words)
            excel_maturity.write_maturity(workbook, journey, words)
            excel_maturity.write_comments(workbook, journey, words)
        elif name == "roadmap":
            from journeymap.export.roadmap_sheet import write_roadmap_sheet

            write_roadmap_sheet(workbook, journey, analysis, words)
        else:
            spec = next(s for s in DATA_SHEETS if s.collection == name)
            _write_data_sheet(workbook, spec, journey, analysis, words)
    _write_meta(workbook, journey)
    _save(workbook, Path(path))


def _save(workbook: Any, path: Path) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    tmp_name = None
    try:
        remove_dead_writers_files(folder, path.name)
        fd, tmp_name = tempfile.mkstemp(prefix=temp_prefix(path.name), suffix=".tmp", dir=folder)
        os.close(fd)
        workbook.save(tmp_name)
        os.chmod(tmp_name, replacement_mode(path))
        os.replace(tmp_name, path)
        tmp_name = None
    except OSError as exc:
        raise ExportError(f"{path}: could not write the workbook: {exc.strerror or exc}") from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
