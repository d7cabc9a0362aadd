"""``journeymap analyze FILE [--json] [--persona ID]``: drop-off, pain points,
channel switches and checks, as a readable report or a JSON object."""

from __future__ import annotations

import argparse
import json
import sys

from journeymap.analysis.report import (
    UnknownPersonaError,
    analyse,
    analysis_to_dict,
    format_report,
)
from journeymap.model import JourneyFileError, load_journey

__all__ = ["run"]


def run(args: argparse.Namespace) -> int:
    try:
        journey = load_journey(args.file)
    except JourneyFileError as exc:
        for problem in exc.problems:
            print(f"{args.file}: {problem}", file=sys.stderr)
        return 1
    try:
        analysis = analyse(journey, persona_id=getattr(args, "persona", None))
    except UnknownPersonaError as exc:
        print(f"{args.file}: {exc}", file=sys.stderr)
        return 1
    if args.json:
        data = analysis_to_dict(analysis, journey)
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(format_report(analysis, journey))
    return 0
