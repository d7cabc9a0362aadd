"""Measure journeymap's hot paths beside their floors.

Usage::

    python benchmarks/run.py                 # the full run (a few minutes)
    python benchmarks/run.py --quick         # fewer sizes and repetitions (a few minutes)
    python benchmarks/run.py --json out.json --sizes 100,2000

Every figure is the median of several repetitions, measured in a worker process
of its own group (Qt offscreen), so a crash in one part does not stop the run.
Figures whose code is missing are reported as "n/a (not available)". The run
always exits 0 once it has printed its table.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.cases import GROUPS, scratch_folder
from benchmarks.figures import FIGURES, FLOOR_GROUPS, GROWTH_LIMIT, GROWTH_SIZES, SCALE_SIZES
from benchmarks.process_cases import FLOW_EVENTS, MERMAID_SIZES, QUICK_MERMAID_SIZES
from benchmarks.report import assemble, format_table, peer_lines
from benchmarks.startup import measure_startup
from benchmarks.worker import MARKER

__all__ = ["main"]

HERE = Path(__file__).resolve().parent
FULL_SIZES = (100, 1000, 2000, 10000)
QUICK_SIZES = (100, 2000)
WORKER_TIMEOUT = 900
OWN_SIZES: dict[str, tuple[tuple[int, ...], tuple[int, ...]]] = {
    "scale": (SCALE_SIZES, ()),
    "mermaid": (MERMAID_SIZES, QUICK_MERMAID_SIZES),
    "flows": (FLOW_EVENTS, ()),
}
"""Groups measured at sizes of their own: (full run, quick run). With
``--sizes`` they take those sizes too; a quick run leaves out a group with no
quick sizes unless ``--only`` names it (``scale`` makes a 100,000-step journey;
``flows``' sizes are events in a log, not steps)."""
WITHOUT_JOURNEY = {"flows"}
"""Groups that need no journey file of their size."""


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="benchmarks/run.py", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer sizes and repetitions")
    parser.add_argument("--json", metavar="OUT", help="also write the results to this JSON file")
    parser.add_argument("--sizes", help="comma-separated step counts (default 100,1000,2000,10000)")
    parser.add_argument("--repeats", type=int, help="repetitions per figure (median taken)")
    parser.add_argument(
        "--budget", type=float, help="seconds per figure after which no new repetition starts"
    )
    parser.add_argument(
        "--only",
        help="comma-separated groups to run: startup," + ",".join(GROUPS),
    )
    args = parser.parse_args(argv)
    args.explicit_sizes = bool(args.sizes)
    if args.sizes:
        try:
            args.sizes = tuple(int(s) for s in args.sizes.split(",") if s.strip())
        except ValueError:
            parser.error("--sizes takes whole numbers separated by commas")
        if not args.sizes or min(args.sizes) < 2:
            parser.error("--sizes needs step counts of at least 2")
    else:
        args.sizes = QUICK_SIZES if args.quick else FULL_SIZES
    args.startup_repeats = args.repeats or (3 if args.quick else 7)
    args.repeats = args.repeats or (3 if args.quick else 5)
    args.budget = args.budget if args.budget is not None else (1.5 if args.quick else 8.0)
    known = {"startup", *GROUPS}
    named = set(args.only.split(",")) if args.only else set()
    args.only = named or known
    if args.only - known:
        parser.error(f"unknown group(s): {', '.join(sorted(args.only - known))}")
    args.group_sizes = {}
    for group, (full, quick) in OWN_SIZES.items():
        sizes = args.sizes if args.explicit_sizes else quick if args.quick else full
        if not sizes and group in named:
            sizes = full
        if sizes:
            args.group_sizes[group] = tuple(sizes)
        else:
            args.only.discard(group)
    return args


def run_worker(group: str, journey: Path, size: int, args, workdir: Path) -> dict[str, Any]:
    """Run one group in a fresh process; a crash becomes a failure result."""
    folder = workdir / f"{group}-{size}"
    folder.mkdir(parents=True, exist_ok=True)
    command = [
        sys.executable, str(HERE / "worker.py"), group, str(journey), str(size),
        str(args.repeats), str(args.budget), str(folder),
    ]  # fmt: skip
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MPLBACKEND": "Agg"}
    # The real window keeps its settings, recent files and autosaves here, not the user's.
    env["XDG_CONFIG_HOME"] = str(folder / "config")
    env["XDG_DATA_HOME"] = str(folder / "data")
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=WORKER_TIMEOUT, env=env
        )
    except subprocess.TimeoutExpired:
        return {"_group": {"value": None, "status": "n/a (timed out)"}}
    for line in reversed(done.stdout.splitlines()):
        if line.startswith(MARKER):
            return json.loads(line[len(MARKER) :])
    last = (done.stderr.strip().splitlines() or ["no output"])[-1]
    return {"_group": {"value": None, "status": "n/a (crashed)", "detail": last}}


def machine() -> dict[str, Any]:
    info: dict[str, Any] = {
        "cpu": platform.processor() or platform.machine(),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
    }
    try:
        lscpu = subprocess.run(["lscpu"], capture_output=True, text=True, timeout=10).stdout
        for line in lscpu.splitlines():
            if line.startswith("Model name:"):
                info["cpu"] = line.split(":", 1)[1].strip()
    except (OSError, subprocess.SubprocessError):
        pass
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        info["pyside6"] = PySide6.__version__
        info["qt"] = qVersion()
    except ImportError:
        info["qt"] = "not installed"
    return info


def _progress(text: str) -> None:
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


def collect(args: argparse.Namespace, workdir: Path) -> tuple[dict, dict]:
    """Measure every selected group at every size: ``{size: {key: result}}``."""
    from benchmarks.journeys import example_path, write_journey

    measured: dict[Any, dict[str, Any]] = {}
    generators: dict[int, str] = {}
    chosen = [g for g in GROUPS if g in args.only]
    own = args.group_sizes
    every_size = sorted({*args.sizes, *(n for g in chosen if g in own for n in own[g])})
    for size in every_size:
        groups = [g for g in chosen if size in own.get(g, args.sizes)]
        if not groups:
            continue
        measured[size] = {}
        try:
            if all(g in WITHOUT_JOURNEY for g in groups):
                path = workdir / "no-journey"  # flows makes an event log of its own
            else:
                path, generators[size] = write_journey(size, workdir)
        except Exception as exc:
            failed = {
                "value": None, "status": "n/a (error)",
                "detail": f"generating the journey: {type(exc).__name__}: {exc}",
            }  # fmt: skip
            for group in groups:
                results = {"_group": failed}
                _spread_group_failure(group, results)
                measured[size].update(results)
            continue
        for group in groups:
            started = time.perf_counter()
            results = run_worker(group, path, size, args, workdir)
            _progress(f"  {size:>6} steps  {group:<12} {time.perf_counter() - started:6.1f} s")
            _spread_group_failure(group, results)
            measured[size].update(results)
    if "startup" in args.only:
        example = example_path() or _startup_stand_in(workdir)
        measured["startup"] = measure_startup(example, repeats=args.startup_repeats)
        _progress("  start-up measured")
    return measured, generators


def _startup_stand_in(workdir: Path) -> Path:
    """A small journey to start the editor on while ``examples/`` is empty."""
    from benchmarks.journeys import write_stand_in

    return write_stand_in(100, workdir)


def _spread_group_failure(group: str, results: dict[str, Any]) -> None:
    failed = results.pop("_group", None)
    if failed is None:
        return
    keys = [f.key for f in FIGURES if f.group == group]
    keys += [k for k, g in FLOOR_GROUPS.items() if g == group]
    for key in keys:
        results.setdefault(key, failed)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    workdir = scratch_folder()
    _progress(f"journeymap benchmark: sizes {', '.join(map(str, args.sizes))}; work in {workdir}")
    measured, generators = collect(args, workdir)
    report = assemble(measured, args.sizes, only=args.only, group_sizes=args.group_sizes)
    report["meta"] = {
        "date": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime()),
        "machine": machine(),
        "sizes": list(args.sizes),
        "group_sizes": {group: list(sizes) for group, sizes in args.group_sizes.items()},
        "repeats": args.repeats,
        "budget_s": args.budget,
        "quick": args.quick,
        "generator": sorted(set(generators.values())),
        "growth": f"{GROWTH_SIZES[0]} → {GROWTH_SIZES[1]} steps, at most ~{GROWTH_LIMIT:g}×",
    }
    print(format_table(report))
    for line in peer_lines(report):
        print(line)
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
        _progress(f"results written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
