"""``journeymap compare BEFORE AFTER [--json] [--persona ID]`` and
``journeymap compare FILE --rev REV``: as-is against to-be, or a file against
its version in git.

Steps are matched by id; the report lists the steps removed, added and
changed, the change in customers, drop-off, pain and ratings per step and for
the whole journey, the conversion before and after, and the pain points
resolved and new (see :mod:`journeymap.analysis.compare`). With ``--rev`` the
version at REV is "before" and the file as it is now "after".
"""

from __future__ import annotations

import argparse
import json
import sys

__all__ = ["HELP", "NAME", "add_arguments", "run"]

NAME = "compare"
HELP = "compare two journeys (as-is and to-be), or a file with a git revision"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "before", metavar="BEFORE", help="the earlier (as-is) journey, or FILE with --rev"
    )
    parser.add_argument("after", metavar="AFTER", nargs="?", help="the later (to-be) journey")
    parser.add_argument(
        "--rev", metavar="REV", help="compare FILE with its version at this git revision"
    )
    parser.add_argument("--json", action="store_true", help="print a JSON object")
    parser.add_argument(
        "--persona", metavar="ID", help="only this persona's ratings and pain points"
    )
    parser.add_argument(
        "--to",
        metavar="OUT",
        help="also write the comparison: a page (.pdf, .png, .svg) or a workbook sheet (.xlsx)",
    )


def run(args: argparse.Namespace) -> int:
    if (args.after is None) == (args.rev is None):
        print(
            "journeymap compare: error: give BEFORE and AFTER, or FILE --rev REV",
            file=sys.stderr,
        )
        return 2

    out_kind = None
    if args.to is not None:
        out_kind = args.to.lower().rsplit(".", 1)[-1] if "." in args.to else ""
        if out_kind not in ("pdf", "png", "svg", "xlsx"):
            print(
                f"journeymap compare: error: --to {args.to}: write .pdf, .png, .svg or .xlsx",
                file=sys.stderr,
            )
            return 2

    from journeymap.analysis.compare import (
        compare_journeys,
        comparison_to_dict,
        format_comparison,
    )
    from journeymap.analysis.report import UnknownPersonaError
    from journeymap.model import JourneyFileError, load_journey
    from journeymap.model.revisions import journey_at_revision

    try:
        if args.rev is not None:
            before = journey_at_revision(args.before, args.rev)
            after = load_journey(args.before)
        else:
            before = load_journey(args.before)
            after = load_journey(args.after)
    except JourneyFileError as exc:
        where = f"{exc.path}: " if exc.path else ""
        for problem in exc.problems:
            print(f"journeymap compare: {where}{problem}", file=sys.stderr)
        return 1
    try:
        comparison = compare_journeys(before, after, persona_id=args.persona)
    except UnknownPersonaError as exc:
        print(f"journeymap compare: {exc} in one of the journeys", file=sys.stderr)
        return 1
    if args.to is not None:
        from journeymap.export.errors import ExportError

        try:
            if out_kind == "xlsx":
                from journeymap.export.compare_workbook import write_comparison_workbook

                write_comparison_workbook(comparison, args.to)
            else:
                from journeymap.export.compare_page import save_comparison_page

                save_comparison_page(comparison, args.to)
        except ExportError as exc:
            print(f"journeymap compare: {exc}", file=sys.stderr)
            return 1
        print(f"journeymap compare: wrote {args.to}", file=sys.stderr)
    if args.json:
        data = comparison_to_dict(comparison)
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(format_comparison(comparison))
    return 0
