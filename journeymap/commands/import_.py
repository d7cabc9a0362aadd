"""``journeymap import IN -o OUT.journey.json``: a journey from a workbook or Mermaid text.

The format comes from IN's suffix (``.xlsx``, ``.mmd``) unless ``--format`` is
given. OUT is written atomically and never overwritten without ``--force``.
Exit 0 when written, 1 when the input is wrong (every problem is listed, with
its sheet and cell or its line), 2 when the command line is.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from journeymap.commands.terminal import safe_text
from journeymap.export.formats import IMPORT_FORMATS, either, format_from_suffix

__all__ = ["HELP", "NAME", "add_arguments", "run"]

NAME = "import"
HELP = "make a journey file from a workbook or Mermaid text"

USAGE = (
    f"usage: journeymap import IN -o OUT.journey.json [--format {{{','.join(IMPORT_FORMATS)}}}]"
    " [--force]"
)
MAX_SHOWN = 50


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="IN")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.journey.json")
    parser.add_argument("--format", choices=IMPORT_FORMATS, help="override the input's suffix")
    parser.add_argument("--force", action="store_true", help="overwrite OUT if it exists")


def _same_file(source: Path, out: Path) -> bool:
    """Whether writing ``out`` would replace ``source``: the same path, a link to
    it, or another name of the same file."""
    try:
        if out.exists() and source.exists() and os.path.samefile(source, out):
            return True
        return source.resolve() == out.resolve()
    except OSError:
        return False


def run(args: argparse.Namespace) -> int:
    from journeymap.analysis.phrases import counted
    from journeymap.export.api import import_journey
    from journeymap.export.errors import ImportFailed
    from journeymap.model import JourneyFileError, save_journey

    fmt = args.format or format_from_suffix(args.file, IMPORT_FORMATS)
    if fmt is None:
        print(USAGE, file=sys.stderr)
        print(
            f"journeymap import: error: cannot tell the format of {args.file!r}; "
            f"it should end in {either([f'.{name}' for name in IMPORT_FORMATS])}, "
            "or give --format",
            file=sys.stderr,
        )
        return 2
    out = Path(args.output)
    if _same_file(Path(args.file), out):
        print(USAGE, file=sys.stderr)
        print(
            f"journeymap import: error: {out} is the input itself; "
            "give another OUT (a .journey.json file)",
            file=sys.stderr,
        )
        return 2
    if not out.name.lower().endswith(".journey.json"):
        print(
            f"warning: {out} does not end in .journey.json; the editor's file dialogs "
            "look for that suffix",
            file=sys.stderr,
        )
    if out.exists() and not args.force:
        print(f"journeymap import: {out} exists; give --force to overwrite it", file=sys.stderr)
        return 1
    warnings: list[str] = []
    try:
        journey = import_journey(args.file, fmt, warnings)
    except ImportFailed as exc:
        shown = exc.problems[:MAX_SHOWN]
        for problem in shown:
            print(safe_text(f"{args.file}: {problem}"), file=sys.stderr)
        if len(exc.problems) > len(shown):
            print(f"{args.file}: … and {len(exc.problems) - len(shown)} more", file=sys.stderr)
        print(f"journeymap import: nothing written to {out}", file=sys.stderr)
        return 1
    for warning in warnings[:MAX_SHOWN]:
        print(safe_text(f"warning: {args.file}: {warning}"), file=sys.stderr)
    if len(warnings) > MAX_SHOWN:
        print(f"warning: {args.file}: … and {len(warnings) - MAX_SHOWN} more", file=sys.stderr)
    try:
        save_journey(journey, out)
    except JourneyFileError as exc:
        print(f"journeymap import: {exc}", file=sys.stderr)
        return 1
    print(
        f"{out}: imported {counted(len(journey.steps), 'step', 'steps')}, "
        f"{counted(len(journey.personas), 'persona', 'personas')} and "
        f"{counted(len(journey.ratings), 'rating', 'ratings')} from {args.file}",
        file=sys.stderr,
    )
    if fmt == "mmd":
        print(
            "note: Mermaid carries only sections, tasks, one score and actors; "
            "channels, volumes, goal and ease are not in it",
            file=sys.stderr,
        )
    return 0
