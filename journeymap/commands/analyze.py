"""``journeymap analyze FILE [--json] [--persona ID]``: drop-off, pain points,
channel switches and checks, as a readable report or a JSON object."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from journeymap.library.links import LinkedConversion

from journeymap.commands.terminal import safe_json, safe_text

__all__ = ["HELP", "NAME", "add_arguments", "run"]

NAME = "analyze"
HELP = "report drop-off, pain points and checks"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file")
    parser.add_argument("--json", action="store_true", help="print a JSON object")
    parser.add_argument("--persona", metavar="ID", help="only this persona's pain points")
    parser.add_argument(
        "--follow-links",
        action="store_true",
        help="take the drop-off at a step linked to a sub-journey from its conversion",
    )


def run(args: argparse.Namespace) -> int:
    from journeymap.analysis.report import (
        UnknownPersonaError,
        analyse,
        analysis_to_dict,
        format_report,
    )
    from journeymap.model import JourneyFileError, load_journey

    try:
        journey = load_journey(args.file)
    except JourneyFileError as exc:
        for problem in exc.problems:
            print(safe_text(f"{args.file}: {problem}"), file=sys.stderr)
        return 1
    linked: list[LinkedConversion] = []
    if getattr(args, "follow_links", False):
        from journeymap.library.links import follow_links

        journey, linked = follow_links(journey, args.file)
        for link in linked:
            taken = "" if link.applied else f" not used: {link.reason}"
            rate = "?" if link.conversion is None else f"{link.conversion:.1%}"
            print(
                f"note: step {link.step_id}: sub-journey {link.link}, conversion {rate}{taken}",
                file=sys.stderr,
            )
    try:
        analysis = analyse(journey, persona_id=getattr(args, "persona", None))
    except UnknownPersonaError as exc:
        print(safe_text(f"{args.file}: {exc}"), file=sys.stderr)
        return 1
    if args.json:
        data = analysis_to_dict(analysis, journey)
        if linked:
            data["sub_journeys"] = [
                {
                    "step": link.step_id,
                    "link": link.link,
                    "conversion": link.conversion,
                    "applied": link.applied,
                    "reason": link.reason,
                }
                for link in linked
            ]
        sys.stdout.write(safe_json(json.dumps(data, ensure_ascii=False, indent=2)) + "\n")
    else:
        sys.stdout.write(safe_text(format_report(analysis, journey)))
    return 0
