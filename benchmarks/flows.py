"""Event log → flow: the time and peak memory of ``count_flows`` against its floor.

The floor is DuckDB's own query on the same file: order each case's events by
time and count the activity-to-activity moves (``lead`` over the case, then
``GROUP BY``). journeymap's count does more (a pass over the activities, the
match to steps, unmatched events left out, repeats folded, entries and visits),
and the issue allows it 3× the floor for 2 million events over a 20-step
journey, with a peak under 2 GB, and 30 s for 10 million.

Each measurement runs in a fresh process, so its peak resident memory is its
own. The logs are made by DuckDB (never as Python objects) into a scratch
folder: ``python -m benchmarks.flows [--events 2000000,10000000]
[--format parquet|csv] [--engine duckdb|spark] [--json OUT]``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

__all__ = ["main", "make_log", "measure"]

STEPS = 20
EVENTS_PER_CASE = 10
TARGETS = {2_000_000: {"max_ratio": 3.0, "max_peak_mb": 2048.0}, 10_000_000: {"max_seconds": 30.0}}


def journey_of(steps: int = STEPS):  # type: ignore[no-untyped-def]
    from journeymap.model import Journey, Stage, Step, Transition

    ids = [f"s{i:02d}" for i in range(steps)]
    return Journey(
        stages=[Stage(id="st", name="All")],
        steps=[
            Step(
                id=sid,
                title=f"Step {i:02d}",
                stage_id="st",
                kind="start" if i == 0 else "success" if i == steps - 1 else "touchpoint",
            )
            for i, sid in enumerate(ids)
        ],
        transitions=[
            Transition(id=f"t{i:02d}", source=a, target=b)
            for i, (a, b) in enumerate(itertools.pairwise(ids))
        ],
    )


def make_log(path: Path, events: int, fmt: str = "parquet") -> Path:
    """A log of ``events`` events, ten per case, mostly forward along the 20
    steps with skips, returns and an activity that is no step (5 %)."""
    import duckdb

    query = f"""
        SELECT 'c' || (i // {EVENTS_PER_CASE}) AS case_id,
               CASE WHEN hash(i, 7) % 20 = 0 THEN 'Cookie banner'
                    ELSE 'Step ' || lpad(CAST(least({STEPS - 1}, greatest(0,
                        (i % {EVENTS_PER_CASE}) * 2 + CAST(hash(i) % 3 AS INTEGER) - 1))
                        AS VARCHAR), 2, '0') END AS activity,
               TIMESTAMP '2026-11-01' + to_seconds(CAST((i // {EVENTS_PER_CASE}) % 2592000
                   AS BIGINT)) + to_seconds(CAST((i % {EVENTS_PER_CASE}) * 60 + hash(i) % 50
                   AS BIGINT)) AS ts
        FROM range({events}) t(i)
    """
    option = "(FORMAT parquet)" if fmt == "parquet" else "(HEADER, DELIMITER ',')"
    duckdb.sql(f"COPY ({query}) TO '{path}' {option}")
    return path


def _floor(path: Path) -> int:
    import duckdb

    reader = "read_parquet" if path.suffix == ".parquet" else "read_csv"
    rows = duckdb.sql(f"""
        SELECT a, b, count(*) FROM (
            SELECT activity AS a, lead(activity) OVER (PARTITION BY case_id ORDER BY ts) AS b
            FROM {reader}('{path}'))
        WHERE b IS NOT NULL GROUP BY ALL
    """).fetchall()
    return len(rows)


def _journeymap(path: Path, engine: str) -> int:
    from journeymap.evidence.engine import connect
    from journeymap.evidence.flows import count_flows

    flows = count_flows(connect(engine), path, journey_of())
    return len(flows.moves)


def measure(kind: str, path: Path, engine: str = "duckdb") -> dict[str, Any]:
    """Run one measurement in this process: seconds, peak MB, result size.

    The libraries are imported before the clock starts: the figure is the
    counting, not Python's start-up."""
    import duckdb  # noqa: F401

    if kind != "floor":
        import ibis
        import pyarrow  # noqa: F401
        import rapidfuzz  # noqa: F401

        import journeymap.evidence.flows  # noqa: F401

        ibis.duckdb.connect()  # loads ibis's DuckDB back end
    start = time.perf_counter()
    size = _floor(path) if kind == "floor" else _journeymap(path, engine)
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "peak_mb": peak_mb, "pairs": size}


def _in_fresh_process(kind: str, path: Path, engine: str) -> dict[str, Any]:
    code = (
        f"import json; from benchmarks.flows import measure; from pathlib import Path; "
        f"print(json.dumps(measure({kind!r}, Path({str(path)!r}), {engine!r})))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parent.parent,
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.flows", description=__doc__)
    parser.add_argument("--events", default="2000000,10000000")
    parser.add_argument("--format", choices=("parquet", "csv"), default="parquet")
    parser.add_argument("--engine", choices=("duckdb", "spark"), default="duckdb")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--json", metavar="OUT")
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory(prefix="journeymap-flows-") as folder:
        for events in (int(e) for e in args.events.split(",")):
            path = make_log(Path(folder) / f"log-{events}.{args.format}", events, args.format)
            # the two alternate, so a change in the machine's load hits both alike
            runs: dict[str, list[dict[str, Any]]] = {"floor": [], "journeymap": []}
            for _ in range(args.repeats):
                for kind in runs:
                    runs[kind].append(_in_fresh_process(kind, path, args.engine))

            best = {kind: min(r["seconds"] for r in runs[kind]) for kind in runs}
            peak = max(r["peak_mb"] for r in runs["journeymap"])
            target = TARGETS.get(events, {})
            ratio = best["journeymap"] / best["floor"]
            met = (
                ratio <= target.get("max_ratio", float("inf"))
                and peak <= target.get("max_peak_mb", float("inf"))
                and best["journeymap"] <= target.get("max_seconds", float("inf"))
            )
            rows.append(
                {
                    "events": events,
                    "format": args.format,
                    "engine": args.engine,
                    "seconds": best["journeymap"],
                    "floor_seconds": best["floor"],
                    "ratio": ratio,
                    "peak_mb": peak,
                    "file_mb": path.stat().st_size / 1e6,
                    "target": target,
                    "met": met,
                }
            )
            print(
                f"{events:>11,} events ({args.format}, {rows[-1]['file_mb']:.0f} MB), "
                f"{args.engine}: {best['journeymap']:.2f} s, floor {best['floor']:.2f} s, "
                f"{ratio:.2f}× floor, peak {peak:,.0f} MB, target {target}: "
                f"{'met' if met else 'NOT met'}",
                flush=True,
            )
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
