"""Start-up: a new process from launch to its first painted window."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

__all__ = ["measure_startup", "time_to_first_paint"]

PROBE = Path(__file__).resolve().parent / "startup_probe.py"
TIMEOUT = 60


def time_to_first_paint(command: list[str], home: Path | None = None) -> float:
    """Seconds from launching ``command`` until it prints ``painted``.

    With ``home``, the process keeps its settings and autosaves under that folder
    instead of the user's (the editor remembers the files it opens).

    Raises
    ------
    LookupError
        The program is not in the tree (the probe exits with status 3).
    RuntimeError
        The process ended or hung without painting.
    """
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # An installed program starts from compiled bytecode (pip compiles it; an
    # editable install writes it on the first run). Let the warm-up round write
    # it here too, so that the figure is a user's second start, not a compile.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if home is not None:
        env["XDG_CONFIG_HOME"] = str(home / "config")
        env["XDG_DATA_HOME"] = str(home / "data")
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    try:
        line = process.stdout.readline()
        elapsed = time.perf_counter() - started
        _, err = process.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise RuntimeError("the window never painted") from None
    if line.strip() == "painted":
        return elapsed
    if process.returncode == 3:
        raise LookupError(err.strip().splitlines()[-1] if err.strip() else "not available")
    detail = err.strip().splitlines()[-1] if err.strip() else f"exit status {process.returncode}"
    raise RuntimeError(detail)


def _summary(samples: list[float]) -> dict[str, Any]:
    return {"value": statistics.median(samples), "min": min(samples), "repeats": len(samples)}


def measure_startup(example: Path, repeats: int) -> dict[str, Any]:
    """The editor's start-up on ``example`` and the bare PySide6 floor, taken
    in turns so that both see the same machine state."""
    commands = {
        "startup_floor": [sys.executable, str(PROBE), "bare"],
        "startup": [sys.executable, str(PROBE), "app", str(example)],
    }
    samples: dict[str, list[float]] = {key: [] for key in commands}
    failed: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="journeymap-startup-") as home:
        for attempt in range(repeats + 1):  # the first round warms the file cache
            for key, command in commands.items():
                if key in failed:
                    continue
                try:
                    elapsed = time_to_first_paint(command, Path(home))
                except Exception as exc:
                    failed[key] = _failed(exc)
                    continue
                if attempt:
                    samples[key].append(elapsed)
    results = {key: failed.get(key) or _summary(samples[key]) for key in commands}
    if "startup" not in failed:
        results["startup"]["detail"] = f"journeymap {example.name}"
    return results


def _failed(exc: Exception) -> dict[str, Any]:
    if isinstance(exc, LookupError):
        return {"value": None, "status": "n/a (not available)", "detail": str(exc)}
    return {"value": None, "status": "n/a (error)", "detail": str(exc)}
