"""The workbook's report sheets, made from the analysis and ignored on import:
Overview (with the editable title and description), Charts (the main path with a
native emotion-curve line chart and a drop-off column chart), Pain points and
Channel switches.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Alignment, Font

from journeymap import palette
from journeymap.export.excel_layout import OVERVIEW_FIELDS, OVERVIEW_SHEET, PERCENT_FORMAT, Column
from journeymap.export.excel_tables import print_landscape, write_table
from journeymap.export.safety import to_cell_text
from journeymap.model.entities import StepKind
from journeymap.model.journey import Journey

if TYPE_CHECKING:
    from journeymap.analysis.results import JourneyAnalysis

__all__ = ["write_channel_switches", "write_charts", "write_overview", "write_pain_points"]

_BOLD = Font(bold=True)
_TITLE = Font(bold=True, size=16)
_HEADING = Font(bold=True, size=12)
_WRAP = Alignment(wrap_text=True, vertical="top")


def _text(value: str | None) -> str | None:
    return to_cell_text(value) if value else None


def _cell(ws: Any, value: Any, *, font: Font | None = None, fmt: str | None = None) -> Any:
    cell = WriteOnlyCell(ws, value=value)
    if font is not None:
        cell.font = font
    if fmt is not None:
        cell.number_format = fmt
    return cell


def _key_figures(journey: Journey, analysis: JourneyAnalysis) -> list[tuple[str, Any, str | None]]:
    flow = analysis.flow
    entering = [v for v in flow.entries.values() if v is not None] if flow.entries else []
    success_ids = {s.id for s in journey.steps if s.kind == StepKind.SUCCESS}
    reached = [
        f.inflow for sid, f in flow.steps.items() if sid in success_ids and f.inflow is not None
    ]
    started = sum(entering) if entering else None
    succeeded = sum(reached) if reached else None
    conversion = succeeded / started if started and succeeded is not None else None
    severities = [p.severity for p in analysis.pain_points]
    checks = [c.severity for c in analysis.checks]
    return [
        ("Stages", len(journey.stages), None),
        ("Steps", len(journey.steps), None),
        ("Personas", len(journey.personas), None),
        ("Channels", len(journey.channels), None),
        ("Transitions", len(journey.transitions), None),
        ("Ratings", len(journey.ratings), None),
        ("Opportunities", len(journey.opportunities), None),
        ("Customers entering", started, "#,##0"),
        ("Customers reaching a success end", succeeded, "#,##0"),
        ("Conversion", conversion, PERCENT_FORMAT),
        ("Steps on the main path", len(analysis.summary.main_path), None),
        ("Critical pain points", severities.count("critical"), None),
        ("Major pain points", severities.count("major"), None),
        ("Minor pain points", severities.count("minor"), None),
        ("Channel switches", len(analysis.channel_switches), None),
        ("Check errors", checks.count("error"), None),
        ("Check warnings", checks.count("warning"), None),
    ]


def _persona_rows(journey: Journey) -> list[list[Any]]:
    rows = []
    for persona in journey.personas:
        mine = [r for r in journey.ratings if r.persona_id == persona.id]

        def mean(field: str, mine=mine) -> float | None:
            values = [getattr(r, field) for r in mine if getattr(r, field) is not None]
            return round(sum(values) / len(values), 2) if values else None

        rows.append(
            [
                _text(persona.name),
                _text(persona.role),
                persona.share,
                len(mine),
                mean("goal"),
                mean("ease"),
                mean("emotion"),
            ]
        )
    return rows


def write_overview(
    workbook: Any, journey: Journey, analysis: JourneyAnalysis, persona_id: str | None
) -> None:
    """Title and description (read back on import), key figures, personas."""
    ws = workbook.create_sheet(OVERVIEW_SHEET)
    print_landscape(ws)
    ws.print_title_rows = None
    for letter, width in zip("ABCDEFG", (34, 70, 10, 10, 10, 10, 10), strict=True):
        ws.column_dimensions[letter].width = width
    labels = list(OVERVIEW_FIELDS)
    ws.append([_cell(ws, labels[0], font=_BOLD), _cell(ws, _text(journey.title), font=_TITLE)])
    description = _cell(ws, _text(journey.description))
    description.alignment = _WRAP
    ws.append([_cell(ws, labels[1], font=_BOLD), description])
    lines = sum(1 + len(part) // 90 for part in journey.description.split("\n"))
    ws.row_dimensions[2].height = 15 * min(max(lines, 1), 25)
    persona = journey.find("personas", persona_id) if persona_id else None
    shown = f"{persona.name} ({persona.id})" if persona else "all personas"
    ws.append([_cell(ws, "Pain points for", font=_BOLD), to_cell_text(shown)])
    ws.append([])
    ws.append([_cell(ws, "Key figures", font=_HEADING)])
    for label, value, fmt in _key_figures(journey, analysis):
        ws.append([label, _cell(ws, value, fmt=fmt)])
    ws.append([])
    ws.append([_cell(ws, "Persona averages", font=_HEADING)])
    header = ["Name", "Role", "Share", "Ratings", "Goal", "Ease", "Emotion"]
    ws.append([_cell(ws, h, font=_BOLD) for h in header])
    for row in _persona_rows(journey):
        row[2] = _cell(ws, row[2], fmt=PERCENT_FORMAT)
        ws.append(row)
    ws.append([])
    ws.append([_cell(ws, "Editing this workbook", font=_HEADING)])
    for line in (
        "Edit the title and description above, and the sheets Stages, Steps, Transitions,",
        "Ratings, Opportunities, Personas and Channels; add rows at the end of a table.",
        "Then run: journeymap import THIS.xlsx -o NEW.journey.json",
        "Columns with grey italic headers (In, Out, Dropped, Drop-off, names) and the",
        "report sheets are worked out again from the data and ignored on import.",
        "A leading apostrophe keeps text from being run as a formula; it is removed on import.",
    ):
        ws.append([None, line])


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for name in names:
        base = " ".join(name.split())[:200] or "?"
        count = seen.get(base.lower(), 0)
        seen[base.lower()] = count + 1
        out.append(base if count == 0 else f"{base} ({count + 1})")
    return out


def write_charts(
    workbook: Any, journey: Journey, analysis: JourneyAnalysis, persona_id: str | None
) -> None:
    """The main path as a table, with a native line chart of the emotion curve per
    persona and a column chart of customers in and dropped at each step."""
    summary = analysis.summary
    steps = {s.id: s for s in journey.steps}
    stages = {s.id: s.name for s in journey.stages}
    personas = [p for p in journey.personas if persona_id in (None, p.id)]
    curves = {
        pid: dict(points) for pid, points in summary.emotion_curves.items() if points is not None
    }
    names = _unique([f"Emotion: {p.name}" for p in personas])
    columns = [
        Column("#", None, "int", 5),
        Column("Step", None, width=30),
        Column("Stage", None, width=18),
        Column("Customers in", None, "float", 12, number_format="#,##0"),
        Column("Dropped", None, "float", 10, number_format="#,##0"),
        Column("Drop-off", None, "percent", 10, number_format=PERCENT_FORMAT),
        *(Column(name, None, "float", 12, number_format="0.0") for name in names),
    ]
    rows = []
    for index, step_id in enumerate(summary.main_path, start=1):
        step = steps.get(step_id)
        flow = analysis.flow.steps.get(step_id)
        rows.append(
            [
                index,
                _text(step.title if step else step_id),
                _text(stages.get(step.stage_id, "")) if step else None,
                flow.inflow if flow else None,
                flow.dropped if flow else None,
                flow.drop_off_rate if flow else None,
                *(curves.get(p.id, {}).get(step_id) for p in personas),
            ]
        )
    ws, count = write_table(workbook, "Charts", "MainPath", columns, rows, validate=False)
    if count == 0:
        return
    last = count + 1
    categories = Reference(ws, min_col=2, min_row=2, max_row=last)
    anchor_col = len(columns) + 2
    anchor_letter = _letter(anchor_col)
    if personas:
        line = LineChart()
        line.title = "Emotion along the main path"
        line.y_axis.title = "Emotion (−2 … +2)"
        line.y_axis.scaling.min = -2
        line.y_axis.scaling.max = 2
        line.y_axis.majorUnit = 1
        line.height, line.width = 10, 26
        line.x_axis.tickLblPos = "low"
        line.x_axis.delete = False
        line.y_axis.delete = False
        line.legend.position = "b"
        line.add_data(
            Reference(ws, min_col=7, max_col=6 + len(personas), min_row=1, max_row=last),
            titles_from_data=True,
        )
        line.set_categories(categories)
        markers = ("circle", "square", "triangle", "diamond", "x", "star", "plus")
        for i, series in enumerate(line.series):
            colour = palette.PERSONA_COLOURS[i % len(palette.PERSONA_COLOURS)].lstrip("#")
            series.graphicalProperties.line.solidFill = colour
            series.graphicalProperties.line.width = 28575
            series.marker.symbol = markers[i % len(markers)]
            series.marker.graphicalProperties.solidFill = colour
            series.smooth = False
        ws.add_chart(line, f"{anchor_letter}2")
    bars = BarChart()
    bars.type = "col"
    bars.title = "Customers in and dropped along the main path"
    bars.y_axis.title = "Customers"
    bars.height, bars.width = 10, 26
    bars.x_axis.delete = False
    bars.y_axis.delete = False
    bars.legend.position = "b"
    bars.add_data(
        Reference(ws, min_col=4, max_col=5, min_row=1, max_row=last), titles_from_data=True
    )
    bars.set_categories(categories)
    bars.series[0].graphicalProperties.solidFill = palette.GOOD.lstrip("#")
    bars.series[1].graphicalProperties.solidFill = palette.BAD.lstrip("#")
    ws.add_chart(bars, f"{anchor_letter}24")


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)


def write_pain_points(workbook: Any, journey: Journey, analysis: JourneyAnalysis) -> None:
    """Pain points worst first, with the reasons the analysis gives."""
    steps = {s.id: s for s in journey.steps}
    personas = {p.id: p.name for p in journey.personas}
    columns = (
        Column("Rank", None, "int", 7),
        Column("Severity", None, width=12),
        Column("Step ID", None, width=16),
        Column("Step", None, width=30),
        Column("Persona ID", None, width=14),
        Column("Persona", None, width=18),
        Column("Score", None, "float", 9),
        Column("Affected", None, "float", 11),
        Column("Reasons", None, width=60),
    )
    rows = []
    for rank, point in enumerate(analysis.pain_points, start=1):
        step = steps.get(point.step_id)
        mark = palette.SEVERITY_MARK.get(point.severity, "")
        rows.append(
            [
                rank,
                f"{mark} {point.severity}".strip(),
                _text(point.step_id),
                _text(step.title) if step else None,
                _text(point.persona_id),
                _text(personas.get(point.persona_id or "", "")),
                round(point.score, 2),
                None if point.affected is None else round(point.affected),
                _text("; ".join(point.reasons)),
            ]
        )
    write_table(workbook, "Pain points", "PainPoints", columns, rows, validate=False)


def write_channel_switches(workbook: Any, journey: Journey, analysis: JourneyAnalysis) -> None:
    """Transitions that change channel or owner: where customers repeat their story."""
    steps = {s.id: s.title for s in journey.steps}
    channels = {c.id: c.name for c in journey.channels}
    columns = (
        Column("Transition ID", None, width=16),
        Column("From", None, width=26),
        Column("To", None, width=26),
        Column("From channel", None, width=16),
        Column("To channel", None, width=16),
        Column("From owner", None, width=16),
        Column("To owner", None, width=16),
        Column("Changes channel", None, width=10),
        Column("Changes owner", None, width=10),
        Column("Customers", None, "float", 11, number_format="#,##0"),
        Column("Reason", None, width=50),
    )
    rows = [
        [
            _text(s.transition_id),
            _text(steps.get(s.source_id, s.source_id)),
            _text(steps.get(s.target_id, s.target_id)),
            _text(channels.get(s.from_channel or "", s.from_channel)),
            _text(channels.get(s.to_channel or "", s.to_channel)),
            _text(s.from_owner),
            _text(s.to_owner),
            "yes" if s.changes_channel else "no",
            "yes" if s.changes_owner else "no",
            s.volume,
            _text(s.reason),
        ]
        for s in analysis.channel_switches
    ]
    write_table(workbook, "Channel switches", "ChannelSwitches", columns, rows, validate=False)
