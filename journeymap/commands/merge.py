"""``journeymap merge BASE OURS THEIRS [PATH]``: a git merge driver for journey files.

Set up once per repository::

    echo '*.journey.json merge=journeymap' >> .gitattributes
    git config merge.journeymap.driver "journeymap merge %O %A %B"

(``%P`` may follow as a fourth argument: the file's path, used in messages.)
The merged journey is written to OURS, valid and in the file's key order.
Exit 0: merged cleanly. Exit 1: conflicts (OURS holds the merge with ours
winning each, and every conflict is listed on stderr with its path), or a file
that cannot be read (OURS is left as it was). Conflict markers are never
written. An empty BASE (git's way of saying there is no common ancestor) makes
every difference a conflict.
"""

from __future__ import annotations

import argparse
import sys

__all__ = ["HELP", "NAME", "add_arguments", "run"]

NAME = "merge"
HELP = "merge two changed versions of a journey (a git merge driver)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Three-way merge of journey files, item by item; the result is written to OURS. "
        "As a git merge driver: git config merge.journeymap.driver "
        '"journeymap merge %O %A %B"'
    )
    parser.add_argument("base", help="the common ancestor (git's %%O)")
    parser.add_argument("ours", help="our version, replaced by the result (git's %%A)")
    parser.add_argument("theirs", help="their version (git's %%B)")
    parser.add_argument("path", nargs="?", help="the file's path in the repository (git's %%P)")


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from journeymap.model import JourneyFileError, load_journey, save_journey
    from journeymap.model.merge import merge_journeys

    name = args.path or args.ours
    try:
        base_path = Path(args.base)
        no_ancestor = base_path.is_file() and base_path.stat().st_size == 0
        base = None if no_ancestor else load_journey(base_path)
        ours = load_journey(args.ours)
        theirs = load_journey(args.theirs)
    except (JourneyFileError, OSError) as exc:
        problems = getattr(exc, "problems", [exc])
        where = getattr(exc, "path", None) or name
        for problem in problems:
            print(f"journeymap merge: {where}: {problem}", file=sys.stderr)
        print(f"journeymap merge: {name}: not merged; ours left as it was", file=sys.stderr)
        return 1
    result = merge_journeys(base, ours, theirs)
    try:
        save_journey(result.journey, args.ours)
    except JourneyFileError as exc:
        print(f"journeymap merge: {exc}", file=sys.stderr)
        return 1
    if result.clean:
        return 0
    count = len(result.conflicts)
    noun = "conflict" if count == 1 else "conflicts"
    # Without %P git gives only a temporary file's name; git names the file itself.
    where = f"{args.path}: " if args.path else ""
    print(f"journeymap merge: {where}{count} {noun}, ours kept in each:", file=sys.stderr)
    for conflict in result.conflicts:
        print(f"  {conflict}", file=sys.stderr)
    return 1
