"""Runs one group of figures in its own process and prints the results as JSON.

``python benchmarks/worker.py GROUP JOURNEY SIZE REPEATS BUDGET WORKDIR``; the
last line of the output is a JSON object ``{figure: result}``. Qt runs
offscreen. The process leaves with ``os._exit`` so that Qt's teardown cannot
turn a finished measurement into a crash.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.cases import Context, run_group

MARKER = "BENCHMARK-RESULT "


def main(argv: list[str]) -> None:
    group, journey, size, repeats, budget, workdir = argv
    ctx = Context(Path(journey), int(size), int(repeats), float(budget), Path(workdir))
    results = run_group(group, ctx)
    sys.stdout.write(MARKER + json.dumps(results) + "\n")
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv[1:])
