"""Groups measured as whole processes: the command line, the exports as a user
runs them, and Mermaid's own renderer as a peer.

Each group runs in a worker like the others, but what it times are the
processes it starts (:mod:`benchmarks.processes`).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any

from benchmarks.processes import journeymap_command, measure_commands, process_env
from benchmarks.timing import failure

__all__ = [
    "FLOW_EVENTS",
    "MERMAID_SIZES",
    "PROCESS_EXPORTS",
    "cli_group",
    "find_mermaid",
    "flows_group",
    "mermaid_group",
]

PROCESS_EXPORTS = ("svg", "pdf", "png", "xlsx", "csv")
MERMAID_SIZES = (100, 300, 1000)
QUICK_MERMAID_SIZES = (300,)
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
MMDC_HINT = "npm install -g @mermaid-js/mermaid-cli with PUPPETEER_SKIP_DOWNLOAD=1"


def cli_group(ctx: Any) -> dict[str, Any]:
    """``journeymap validate`` beside ``json.load`` in a bare interpreter, and
    ``journeymap export FILE -o OUT.fmt`` for each format, each a whole process."""
    path = ctx.journey_path
    env = process_env(ctx.workdir)
    commands: dict[str, list[str]] = {
        "validate_floor": [sys.executable, "-c", f"import json; json.load(open({str(path)!r}))"],
        "validate": journeymap_command("validate", str(path)),
    }
    outputs = {f"process_{fmt}": ctx.workdir / f"process.{fmt}" for fmt in PROCESS_EXPORTS}
    for key, out in outputs.items():
        commands[key] = journeymap_command("export", str(path), "-o", str(out))

    def remove_output(key: str) -> None:
        if key in outputs:
            outputs[key].unlink(missing_ok=True)

    results = measure_commands(
        commands, env=env, repeats=ctx.repeats, budget=ctx.budget, before_each=remove_output
    )
    for key, out in outputs.items():
        if results[key].get("value") is not None and out.exists():
            results[key]["detail"] = f"{out.stat().st_size:,} bytes"
    return results


def find_mermaid(workdir: Path) -> tuple[list[str] | None, str]:
    """The ``mmdc`` command to run (with a puppeteer configuration naming the
    browser), or ``None`` and why it cannot run.

    ``MMDC`` in the environment names the program (empty: do not run the peer)."""
    chosen = os.environ.get("MMDC")
    if chosen == "":
        return None, "MMDC is set empty"
    mmdc = shutil.which(chosen or "mmdc")
    if mmdc is None:
        return None, f"{chosen or 'mmdc'} not found ({MMDC_HINT})"
    browser = os.environ.get("PUPPETEER_EXECUTABLE_PATH") or next(
        (found for name in BROWSERS if (found := shutil.which(name))), None
    )
    if browser is None:
        return None, "no Chromium found for mmdc (Debian: apt-get install chromium)"
    puppeteer = workdir / "puppeteer.json"
    puppeteer.write_text(json.dumps({"executablePath": browser, "args": ["--no-sandbox"]}))
    config = workdir / "mermaid.json"
    # Mermaid refuses texts over 50,000 characters by default; a long journey is more.
    config.write_text(json.dumps({"maxTextSize": 100_000_000}))
    return [mmdc, "-p", str(puppeteer), "-c", str(config), "--quiet"], browser


def mermaid_group(ctx: Any) -> dict[str, Any]:
    """Mermaid's own renderer beside journeymap on the same journey.

    The synthetic journey is written as Mermaid text by journeymap's own
    export, and journeymap imports that text back; then ``mmdc -i J.mmd -o
    J.svg`` and ``journeymap export J.journey.json -o J.svg`` are timed in
    turns, each a whole process."""
    mmdc, why = find_mermaid(ctx.workdir)
    if mmdc is None:
        skipped = {"value": None, "status": "n/a (skipped)", "detail": why}
        return {"mermaid_journeymap": skipped, "mermaid_mmdc": dict(skipped)}
    try:
        mmd, journey_file = _mermaid_journey(ctx)
    except Exception as exc:
        return {"mermaid_journeymap": failure(exc), "mermaid_mmdc": failure(exc)}
    ours, theirs = ctx.workdir / "journeymap.svg", ctx.workdir / "mmdc.svg"
    commands = {
        "mermaid_mmdc": [*mmdc, "-i", str(mmd), "-o", str(theirs)],
        "mermaid_journeymap": journeymap_command("export", str(journey_file), "-o", str(ours)),
    }

    def remove_output(key: str) -> None:
        (theirs if key == "mermaid_mmdc" else ours).unlink(missing_ok=True)

    results = measure_commands(
        commands,
        env=process_env(ctx.workdir),
        repeats=ctx.repeats,
        budget=ctx.budget,
        before_each=remove_output,
    )
    for key, out in (("mermaid_mmdc", theirs), ("mermaid_journeymap", ours)):
        if results[key].get("value") is not None and out.exists():
            results[key]["bytes"] = out.stat().st_size
            results[key]["detail"] = f"SVG {out.stat().st_size:,} bytes"
    return results


def _mermaid_journey(ctx: Any) -> tuple[Path, Path]:
    from benchmarks.journeys import make_journey
    from journeymap.export.api import export_journey, import_journey
    from journeymap.model import save_journey

    journey, _ = make_journey(ctx.size)
    mmd = ctx.workdir / f"journey-{ctx.size}.mmd"
    export_journey(journey, mmd, "mmd")
    imported = import_journey(mmd)
    path = ctx.workdir / f"from-mermaid-{ctx.size}.journey.json"
    save_journey(imported, path)
    return mmd, path


FLOW_EVENTS = (2_000_000,)
"""The event log's size in the full run (its "size" is events, not steps)."""


def flows_group(ctx: Any) -> dict[str, Any]:
    """Event log → flow (:mod:`benchmarks.flows`): ``count_flows`` on a made-up
    Parquet log of ``ctx.size`` events against DuckDB's own query on the same
    file, each in a fresh process, in turns; the size is the number of events."""
    import statistics

    from benchmarks.flows import _in_fresh_process, make_log

    try:
        path = make_log(ctx.workdir / f"log-{ctx.size}.parquet", ctx.size)
    except ImportError as exc:
        return {"flows_count": failure(exc), "flows_floor": failure(exc)}
    runs: dict[str, list[dict[str, Any]]] = {"flows_floor": [], "flows_count": []}
    kinds = {"flows_floor": "floor", "flows_count": "journeymap"}
    try:
        for _ in range(max(1, ctx.repeats)):
            for key in runs:
                runs[key].append(_in_fresh_process(kinds[key], path, "duckdb"))
            if sum(r["seconds"] for r in runs["flows_count"]) > ctx.budget:
                break
    except Exception as exc:
        return {"flows_count": failure(exc), "flows_floor": failure(exc)}
    results: dict[str, Any] = {}
    for key, measured in runs.items():
        seconds = [r["seconds"] for r in measured]
        peak = max(r["peak_mb"] for r in measured)
        results[key] = {
            "value": statistics.median(seconds),
            "min": min(seconds),
            "repeats": len(seconds),
            "detail": f"peak {peak:,.0f} MB",
        }
    return results
