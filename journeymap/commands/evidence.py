"""``journeymap evidence survey|flows``: ratings and flows from real data.

``survey JOURNEY ANSWERS --mapping MAPPING.json -o OUT`` turns survey answers
(CSV or XLSX) into survey measurements of the journey's steps;
``flows JOURNEY EVENTS -o OUT`` counts an event log (CSV or Parquet) into the
steps' and transitions' volumes, on DuckDB or (``--engine spark``) Spark.

The report goes to stdout, the confirmation to stderr. Exit 0 when OUT is
written; 1 when an input is wrong (every reason named, nothing written); 2 when
the command line is. OUT may be JOURNEY itself; any other existing file needs
``--force``. The save is atomic: a failure leaves the old file as it was.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from journeymap.model import Journey

__all__ = ["HELP", "NAME", "add_arguments", "run"]

NAME = "evidence"
HELP = "ratings from survey answers, volumes from an event log"
ENGINES = ("duckdb", "spark")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(
        dest="evidence", metavar="KIND", required=True, parser_class=type(parser)
    )
    survey = sub.add_parser("survey", help="survey answers (CSV, XLSX) → survey measurements")
    survey.add_argument("journey", metavar="JOURNEY")
    survey.add_argument("answers", metavar="ANSWERS")
    survey.add_argument(
        "--mapping",
        required=True,
        metavar="MAPPING.json",
        help="which column answers which step and measure",
    )
    survey.add_argument(
        "--label", help="name of the survey (default: the mapping's, else the answers file's name)"
    )
    survey.add_argument("--period", help="ISO date or period of the answers")
    _output(survey)

    flows = sub.add_parser(
        "flows", help="an event log (CSV, Parquet) → step and transition volumes"
    )
    flows.add_argument("journey", metavar="JOURNEY")
    flows.add_argument("events", metavar="EVENTS")
    flows.add_argument("--case", metavar="COL", help="column of the case (customer or visit)")
    flows.add_argument("--activity", metavar="COL", help="column of the activity")
    flows.add_argument("--time", metavar="COL", help="column of the timestamp")
    flows.add_argument("--persona", metavar="COL", help="column of the persona or segment")
    flows.add_argument(
        "--activity-map",
        metavar="MAP.json",
        help='confirmed matches: {"activities": {activity: step id or null}}',
    )
    flows.add_argument(
        "--write-activity-map",
        metavar="MAP.json",
        help="write the matches and suggestions to confirm",
    )
    flows.add_argument(
        "--add-observed",
        action="store_true",
        help="add the moves the design lacks as observed transitions",
    )
    flows.add_argument("--engine", choices=ENGINES, default="duckdb")
    flows.add_argument(
        "--master",
        metavar="URL",
        help="Spark master (default: JOURNEYMAP_SPARK_MASTER, else local)",
    )
    _output(flows)


def _output(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", required=True, metavar="OUT.journey.json")
    parser.add_argument("--force", action="store_true", help="overwrite OUT if it exists")


def _fail(message: str) -> int:
    for line in message.splitlines():
        print(f"journeymap evidence: {line}", file=sys.stderr)
    return 1


def run(args: argparse.Namespace) -> int:
    from journeymap.model import JourneyFileError, load_journey

    out = Path(args.output)
    if out.exists() and not args.force and out.resolve() != Path(args.journey).resolve():
        return _fail(f"{out} exists; give --force to overwrite it")
    try:
        journey = load_journey(args.journey)
    except JourneyFileError as exc:
        return _fail(str(exc))
    if args.evidence == "survey":
        return _survey(args, journey, out)
    return _flows(args, journey, out)


def _survey(args: argparse.Namespace, journey: Journey, out: Path) -> int:
    from journeymap.evidence.mapping import MappingError, load_mapping
    from journeymap.evidence.report import survey_report
    from journeymap.evidence.survey import SurveyError, survey_measurements
    from journeymap.evidence.tables import TableError, read_answers
    from journeymap.model.evidence import merge_measurements

    try:
        mapping = load_mapping(args.mapping)
        table = read_answers(args.answers, mapping.header_rows)
        label = args.label or mapping.label or f"Survey {Path(args.answers).stem}"
        imp = survey_measurements(table, mapping, journey, label, args.period or "")
    except (MappingError, TableError) as exc:
        return _fail(f"{exc}\nnothing written to {out}")
    except SurveyError as exc:
        return _fail(
            "\n".join(f"{args.mapping}: {p}" for p in exc.problems) + f"\nnothing written to {out}"
        )
    for line in survey_report(imp, journey, header_rows=len(table.headers)):
        print(line)
    if not imp.measurements:
        return _fail(f"no answer could be used; nothing written to {out}")
    try:
        updated = merge_measurements(journey, imp.measurements)
    except ValueError as exc:
        return _fail(f"{exc}\nnothing written to {out}")
    from journeymap.analysis.phrases import counted

    what = counted(len(imp.measurements), "survey measurement", "survey measurements")
    return _save(updated, out, f"{what} ({label!r})")


def _flows(args: argparse.Namespace, journey: Journey, out: Path) -> int:
    from journeymap.evidence.apply import apply_flows
    from journeymap.evidence.engine import EngineError, connect
    from journeymap.evidence.flows import EventLogError, count_flows
    from journeymap.evidence.matching import (
        ActivityMapError,
        activity_map_json,
        load_activity_map,
    )
    from journeymap.evidence.report import flow_report

    try:
        saved = load_activity_map(args.activity_map, journey) if args.activity_map else None
        con = connect(args.engine, args.master)
        flows = count_flows(
            con,
            args.events,
            journey,
            saved=saved,
            case=args.case,
            activity=args.activity,
            time=args.time,
            persona=args.persona,
        )
    except (EventLogError, ActivityMapError, EngineError) as exc:
        return _fail(f"{exc}\nnothing written to {out}")
    if args.write_activity_map:
        Path(args.write_activity_map).write_text(activity_map_json(flows.match), encoding="utf-8")
        print(f"activity mapping to confirm written to {args.write_activity_map}", file=sys.stderr)
    if not flows.match.steps:
        for line in flow_report(flows, apply_flows(journey, flows), journey):
            print(line)
        return _fail(f"no activity of {args.events} matches a step; nothing written to {out}")
    result = apply_flows(journey, flows, add_observed=args.add_observed)
    for line in flow_report(flows, result, journey):
        print(line)
    from journeymap.analysis.phrases import Formatter, counted

    cases = Formatter().count(flows.cases)
    steps = counted(len(result.steps_set), "step", "steps")
    return _save(result.journey, out, f"volumes of {steps} from {cases} cases")


def _save(journey: Journey, out: Path, what: str) -> int:
    from journeymap.model import JourneyFileError, save_journey

    try:
        save_journey(journey, out)
    except JourneyFileError as exc:
        return _fail(str(exc))
    print(f"{out}: {what}", file=sys.stderr)
    return 0
