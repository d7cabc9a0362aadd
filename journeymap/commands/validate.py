"""``journeymap validate FILE``: exit 0 when the file is a valid journey, else 1.

A broken file gives one line per problem on stderr. A valid file gives a
summary line on stdout, then one line per analysis warning (dead ends,
unreachable steps, contradictory volumes...) and a count of notes; those do
not change the exit code, since the file itself is fine.

Validating runs the analysis's checks alone (``run_checks``), which need
neither NumPy, SciPy nor networkx: the command stays a quick, light process.
"""

from __future__ import annotations

import argparse
import sys

from journeymap.commands.terminal import safe_text

__all__ = ["HELP", "NAME", "add_arguments", "run"]

NAME = "validate"
HELP = "check a journey file; exit 1 if it is broken"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file")


def run(args: argparse.Namespace) -> int:
    from journeymap.model.gcpause import gc_paused

    # The collector stays off for the whole command: loading and checking make
    # no cyclic garbage, and switching it back on between them made it scan
    # every object of the journey at once (a quarter of the command's time).
    with gc_paused():
        return _validate(args.file)


def _validate(path: str) -> int:
    from journeymap.analysis.checks import run_checks
    from journeymap.analysis.phrases import counted
    from journeymap.model import JourneyFileError, load_journey

    try:
        journey = load_journey(path)
    except JourneyFileError as exc:
        for problem in exc.problems:
            print(safe_text(f"{path}: {problem}"), file=sys.stderr)
        return 1
    print(
        f"{path}: valid — {counted(len(journey.stages), 'stage', 'stages')}, "
        f"{counted(len(journey.steps), 'step', 'steps')}, "
        f"{counted(len(journey.personas), 'persona', 'personas')}, "
        f"{counted(len(journey.ratings), 'rating', 'ratings')}"
    )
    checks = run_checks(journey)
    notes = 0
    for check in checks:
        if check.severity == "info":
            notes += 1
            continue
        print(safe_text(f"{path}: {check.severity}: {check.code}: {check.message}"))
    if notes:
        print(
            f"{path}: {notes} note{'s' if notes != 1 else ''} "
            "(loops, assumed volumes...); 'journeymap analyze' lists them"
        )
    return 0
