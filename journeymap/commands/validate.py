"""``journeymap validate FILE``: exit 0 when the file is a valid journey, else 1."""

from __future__ import annotations

import argparse
import sys

from journeymap.model import JourneyFileError, load_journey


def run(args: argparse.Namespace) -> int:
    try:
        journey = load_journey(args.file)
    except JourneyFileError as exc:
        for problem in exc.problems:
            print(f"{args.file}: {problem}", file=sys.stderr)
        return 1
    print(
        f"{args.file}: valid — {len(journey.stages)} stages, {len(journey.steps)} steps, "
        f"{len(journey.personas)} personas, {len(journey.ratings)} ratings"
    )
    return 0
