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
from journeymap.export.excel_tables import LAST_ROW, print_landscape, write_table
from journeymap.export.safety import to_cell_text
from journeymap.export.words import Words, word
from journeymap.model.entities import StepKind
from journeymap.model.journey import Journey

if TYPE_CHECKING:
    from journeymap.analysis.results import JourneyAnalysis

__all__ = ["write_channel_switches", "write_charts", "write_overview", "write_pain_points"]

_BOLD = Font(bold=True)
_TITLE = Font(bold=True, size=16)
_HEADING = Font(bold=True, size=12)
_WRAP = Alignment(wrap_text=True, vertical="top")
_TOP = Alignment(vertical="top")


def _text(value: str | None) -> str | None:
    return to_cell_text(value) if value else None


def _cell(ws: Any, value: Any, *, font: Font | None = None, fmt: str | None = None) -> Any:
    cell = WriteOnlyCell(ws, value=value)
    cell.alignment = _TOP
    if font is not None:
        cell.font = font
    if fmt is not None:
        cell.number_format = fmt
    return cell


KEY_FIGURES_WORDS = tuple(
    word(label)
    for label in (
        "Stages",
        "Steps",
        "Personas",
        "Channels",
        "Transitions",
        "Ratings",
        "Opportunities",
        "Customers entering",
        "Customers reaching a success end",
        "Conversion",
        "Steps on the main path",
        "Critical pain points",
        "Major pain points",
        "Minor pain points",
        "Channel switches",
        "Check errors",
        "Check warnings",
    )
)
ALL_PERSONAS = word("all personas")
PAIN_FOR = word("Pain points for")
KEY_FIGURES = word("Key figures")
PERSONA_AVERAGES = word("Persona averages")
PERSONA_HEADER = tuple(
    word(h) for h in ("Name", "Role", "Share", "Ratings", "Goal", "Ease", "Emotion")
)
EDITING = word("Editing this workbook")
EDITING_LINES = tuple(
    word(line)
    for line in (
        "Edit the title and description above, and the sheets Stages, Steps, Transitions,",
        "Ratings, Opportunities, Personas and Channels; add rows at the end of a table.",
        "Then run: journeymap import THIS.xlsx -o NEW.journey.json",
        "Columns with grey italic headers (In, Out, Dropped, Drop-off, names) and the",
        "report sheets are worked out again from the data and ignored on import.",
        "A leading apostrophe keeps text from being run as a formula; it is removed on import.",
    )
)
CHARTS_SHEET = word("Charts")
EMOTION_OF = word("Emotion: {name}")
CHART_COLUMNS = tuple(
    word(h) for h in ("#", "Step", "Stage", "Customers in", "Dropped", "Drop-off")
)
EMOTION_CHART = word("Emotion at every step, in stage order")
EMOTION_AXIS = word("Emotion (−2 … +2)")
DROPPED_CHART = word("Customers lost at each step")
CUSTOMERS = word("Customers")
PAIN_SHEET = word("Pain points")
PAIN_COLUMNS = tuple(
    word(h)
    for h in (
        "Rank",
        "Severity",
        "Step ID",
        "Step",
        "Persona ID",
        "Persona",
        "Score",
        "Affected",
        "Reasons",
    )
)
SEVERITIES = {name: word(name) for name in ("critical", "major", "minor")}
SWITCH_SHEET = word("Channel switches")
SWITCH_COLUMNS = tuple(
    word(h)
    for h in (
        "Transition ID",
        "From",
        "To",
        "From channel",
        "To channel",
        "From owner",
        "To owner",
        "Changes channel",
        "Changes owner",
        "Customers",
        "Reason",
    )
)
YES, NO = word("yes"), word("no")


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
    workbook: Any,
    journey: Journey,
    analysis: JourneyAnalysis,
    persona_id: str | None,
    words: Words,
) -> None:
    """Title and description (read back on import), key figures, personas."""
    ws = workbook.create_sheet(words(OVERVIEW_SHEET))
    print_landscape(ws)
    ws.print_title_rows = None
    for letter, width in zip("ABCDEFG", (34, 70, 10, 10, 10, 10, 10), strict=True):
        ws.column_dimensions[letter].width = width
    labels = [words(label) for label in OVERVIEW_FIELDS]
    # Write-only rows take their height before they are written; a wrapped
    # text needs it, or it runs over the next row. Column B is 70 wide and
    # holds about 60 characters of proportional text a line.
    title = _cell(ws, _text(journey.title), font=_TITLE)
    title.alignment = _WRAP
    ws.row_dimensions[1].height = 24 * min(1 + len(journey.title) // 50, 4)
    ws.append([_cell(ws, labels[0], font=_BOLD), title])
    description = _cell(ws, _text(journey.description))
    description.alignment = _WRAP
    lines = sum(1 + len(part) // 60 for part in journey.description.split("\n"))
    ws.row_dimensions[2].height = 15 * min(max(lines, 1), 25) + 4
    ws.append([_cell(ws, labels[1], font=_BOLD), description])
    persona = journey.find("personas", persona_id) if persona_id else None
    shown = f"{persona.name} ({persona.id})" if persona else words(ALL_PERSONAS)
    ws.append([_cell(ws, words(PAIN_FOR), font=_BOLD), to_cell_text(shown)])
    ws.append([])
    ws.append([_cell(ws, words(KEY_FIGURES), font=_HEADING)])
    for label, value, fmt in _key_figures(journey, analysis):
        ws.append([words(label), _cell(ws, value, fmt=fmt)])
    ws.append([])
    ws.append([_cell(ws, words(PERSONA_AVERAGES), font=_HEADING)])
    header = [words(h) for h in PERSONA_HEADER]
    ws.append([_cell(ws, h, font=_BOLD) for h in header])
    for row in _persona_rows(journey):
        row[2] = _cell(ws, row[2], fmt=PERCENT_FORMAT)
        ws.append(row)
    ws.append([])
    ws.append([_cell(ws, words(EDITING), font=_HEADING)])
    for line in EDITING_LINES:
        ws.append([None, words(line)])


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
    workbook: Any,
    journey: Journey,
    analysis: JourneyAnalysis,
    persona_id: str | None,
    words: Words,
) -> None:
    """Every step in stage order as a table, with a native line chart of each
    persona's emotion (gaps where a persona gave none) and a column chart of the
    customers lost at each step (on its own scale, so small losses show)."""
    stages = {s.id: s.name for s in journey.stages}
    personas = [p for p in journey.personas if persona_id in (None, p.id)]
    names = _unique([words(EMOTION_OF).format(name=p.name) for p in personas])
    heads = [words(h) for h in CHART_COLUMNS]
    columns = [
        Column(heads[0], None, "int", 5),
        Column(heads[1], None, width=30),
        Column(heads[2], None, width=18),
        Column(heads[3], None, "float", 12, number_format="#,##0"),
        Column(heads[4], None, "float", 10, number_format="#,##0"),
        Column(heads[5], None, "percent", 10, number_format=PERCENT_FORMAT),
        *(Column(name, None, "float", 12, number_format="0.0") for name in names),
    ]
    rows = []
    for index, step in enumerate(journey.ordered_steps(), start=1):
        flow = analysis.flow.steps.get(step.id)
        emotions = []
        for p in personas:
            rating = journey.rating(step.id, p.id)
            emotions.append(None if rating is None else rating.emotion)
        rows.append(
            [
                index,
                _text(step.title),
                _text(stages.get(step.stage_id, "")),
                flow.inflow if flow else None,
                flow.dropped if flow else None,
                flow.drop_off_rate if flow else None,
                *emotions,
            ]
        )
    ws, count = write_table(
        workbook, words(CHARTS_SHEET), "MainPath", columns, rows, validate=False
    )
    if count == 0:
        return
    last = count + 1
    categories = Reference(ws, min_col=2, min_row=2, max_row=last)
    # The charts go under the table, as wide as a landscape page, so the sheet
    # prints one page wide at a readable size.
    width = 25.0
    if personas:
        line = LineChart()
        line.title = words(EMOTION_CHART)
        line.y_axis.title = words(EMOTION_AXIS)
        line.y_axis.scaling.min = -2
        line.y_axis.scaling.max = 2
        line.y_axis.majorUnit = 1
        line.height, line.width = 14, width
        line.x_axis.tickLblPos = "low"
        line.x_axis.delete = False
        line.y_axis.delete = False
        line.display_blanks = "gap"
        line.legend.position = "b"
        line.add_data(
            Reference(ws, min_col=7, max_col=6 + len(personas), min_row=1, max_row=last),
            titles_from_data=True,
        )
        line.set_categories(categories)
        markers = ("circle", "square", "triangle", "diamond", "x", "star", "plus")
        for i, series in enumerate(line.series):
            colour = palette.persona_colour(personas[i].colour, i).lstrip("#")
            series.graphicalProperties.line.solidFill = colour
            series.graphicalProperties.line.width = 28575
            series.marker.symbol = markers[i % len(markers)]
            series.marker.size = 7
            series.marker.graphicalProperties.solidFill = colour
            series.smooth = False
        ws.add_chart(line, f"A{last + 3}")
    bars = BarChart()
    bars.type = "col"
    bars.title = words(DROPPED_CHART)
    bars.y_axis.title = words(CUSTOMERS)
    bars.height, bars.width = 13, width
    bars.x_axis.delete = False
    bars.y_axis.delete = False
    bars.legend = None
    bars.gapWidth = 40
    bars.add_data(
        Reference(ws, min_col=5, max_col=5, min_row=1, max_row=last), titles_from_data=True
    )
    bars.set_categories(categories)
    series = bars.series[0]
    series.graphicalProperties.solidFill = palette.BAD.lstrip("#")
    series.graphicalProperties.line.solidFill = "8A3300"
    ws.add_chart(bars, f"A{last + 3 + (31 if personas else 0)}")


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)


def _severity_colours(ws: Any, column: str, words: Words) -> None:
    """Fill each Severity cell with its severity's colour (white bold text); the
    mark before the word keeps it readable without colour."""
    from openpyxl.formatting.rule import Rule
    from openpyxl.styles import PatternFill
    from openpyxl.styles.differential import DifferentialStyle

    for name, colour in palette.SEVERITY.items():
        text = words(SEVERITIES[name])
        fill = colour.lstrip("#").upper()
        style = DifferentialStyle(
            font=Font(bold=True, color="FFFFFFFF" if name != "minor" else "FF000000"),
            fill=PatternFill("solid", start_color=fill, end_color=fill, bgColor=fill),
        )
        rule = Rule(type="containsText", operator="containsText", text=text, dxf=style)
        rule.formula = [f'NOT(ISERROR(SEARCH("{text}",{column}2)))']
        ws.conditional_formatting.add(f"{column}2:{column}{LAST_ROW}", rule)


def write_pain_points(
    workbook: Any, journey: Journey, analysis: JourneyAnalysis, words: Words
) -> None:
    """Pain points worst first, with the reasons the analysis gives."""
    steps = {s.id: s for s in journey.steps}
    personas = {p.id: p.name for p in journey.personas}
    heads = [words(h) for h in PAIN_COLUMNS]
    kinds: tuple[tuple[str, int], ...] = (
        ("int", 7),
        ("text", 14),
        ("text", 16),
        ("text", 30),
        ("text", 14),
        ("text", 18),
        ("float", 9),
        ("float", 11),
        ("text", 60),
    )
    columns = tuple(
        Column(h, None, kind, width, number_format="#,##0" if i == 7 else None)
        for i, (h, (kind, width)) in enumerate(zip(heads, kinds, strict=True))
    )
    separator = "; "
    rows = []
    for rank, point in enumerate(analysis.pain_points, start=1):
        step = steps.get(point.step_id)
        mark = palette.SEVERITY_MARK.get(point.severity, "")
        severity = words(SEVERITIES.get(point.severity, point.severity))
        phrases = point.reason_phrases if len(point.reason_phrases) == len(point.reasons) else ()
        reasons = (
            [words.phrase(p, t) for p, t in zip(phrases, point.reasons, strict=True)]
            if phrases
            else list(point.reasons)
        )
        rows.append(
            [
                rank,
                f"{mark} {severity}".strip(),
                _text(point.step_id),
                _text(step.title) if step else None,
                _text(point.persona_id),
                _text(personas.get(point.persona_id or "", "")),
                round(point.score, 2),
                None if point.affected is None else round(point.affected),
                _text(separator.join(reasons)),
            ]
        )
    ws, _ = write_table(workbook, words(PAIN_SHEET), "PainPoints", columns, rows, validate=False)
    _severity_colours(ws, "B", words)


def write_channel_switches(
    workbook: Any, journey: Journey, analysis: JourneyAnalysis, words: Words
) -> None:
    """Transitions that change channel or owner: where customers repeat their story."""
    steps = {s.id: s.title for s in journey.steps}
    channels = {c.id: c.name for c in journey.channels}
    heads = [words(h) for h in SWITCH_COLUMNS]
    widths = (16, 26, 26, 16, 16, 16, 16, 10, 10, 11, 50)
    columns = tuple(
        Column(h, None, "float", w, number_format="#,##0") if i == 9 else Column(h, None, width=w)
        for i, (h, w) in enumerate(zip(heads, widths, strict=True))
    )
    yes, no = words(YES), words(NO)
    rows = [
        [
            _text(s.transition_id),
            _text(steps.get(s.source_id, s.source_id)),
            _text(steps.get(s.target_id, s.target_id)),
            _text(channels.get(s.from_channel or "", s.from_channel)),
            _text(channels.get(s.to_channel or "", s.to_channel)),
            _text(s.from_owner),
            _text(s.to_owner),
            yes if s.changes_channel else no,
            yes if s.changes_owner else no,
            s.volume,
            _text(words.phrase(s.reason_phrase, s.reason)),
        ]
        for s in analysis.channel_switches
    ]
    write_table(workbook, words(SWITCH_SHEET), "ChannelSwitches", columns, rows, validate=False)
