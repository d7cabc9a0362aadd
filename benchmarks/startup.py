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

__all__ = ["longest_stall", "measure_startup", "time_to_first_paint"]

PROBE = Path(__file__).resolve().parent / "startup_probe.py"
TIMEOUT = 60


def _environment(home: Path | None) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # An installed program starts from compiled bytecode (pip compiles it; an
    # editable install writes it on the first run). Let the warm-up round write
    # it here too, so that the figure is a user's second start, not a compile.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if home is not None:
        env["XDG_CONFIG_HOME"] = str(home / "config")
        env["XDG_DATA_HOME"] = str(home / "data")
    return env


def longest_stall(command: list[str], home: Path | None = None) -> float:
    """Seconds: the longest the window's event loop did not turn between the
    journey painted and the first analysis landed, as ``command`` (the probe
    in ``analysis`` mode) reports it."""
    result = subprocess.run(
        command, capture_output=True, text=True, env=_environment(home), timeout=TIMEOUT
    )
    words = result.stdout.split()
    if result.returncode == 0 and len(words) == 2 and words[0] == "stall":
        return float(words[1]) / 1000
    if result.returncode == 3:
        raise LookupError(result.stderr.strip().splitlines()[-1] if result.stderr.strip() else "")
    lines = result.stderr.strip().splitlines()
    raise RuntimeError(lines[-1] if lines else f"exit status {result.returncode}")


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
    env = _environment(home)
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
    in turns so that both see the same machine state: the window with its
    menus and toolbar (``startup``), the journey's map painted
    (``startup_journey``), and the longest the window then does not answer
    until its first analysis has landed (``startup_stall``)."""
    commands = {
        "startup_floor": [sys.executable, str(PROBE), "bare"],
        "startup": [sys.executable, str(PROBE), "app", str(example)],
        "startup_journey": [sys.executable, str(PROBE), "journey", str(example)],
        "startup_stall": [sys.executable, str(PROBE), "analysis", str(example)],
    }
    samples: dict[str, list[float]] = {key: [] for key in commands}
    failed: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="journeymap-startup-") as home:
        for attempt in range(repeats + 1):  # the first round warms the file cache
            for key, command in commands.items():
                if key in failed:
                    continue
                measure = longest_stall if key == "startup_stall" else time_to_first_paint
                try:
                    elapsed = measure(command, Path(home))
                except Exception as exc:
                    failed[key] = _failed(exc)
                    continue
                if attempt:
                    samples[key].append(elapsed)
    results = {key: failed.get(key) or _summary(samples[key]) for key in commands}
    for key in commands:
        if key != "startup_floor" and key not in failed:
            results[key]["detail"] = f"journeymap {example.name}"
    return results


def _failed(exc: Exception) -> dict[str, Any]:
    if isinstance(exc, LookupError):
        return {"value": None, "status": "n/a (not available)", "detail": str(exc)}
    return {"value": None, "status": "n/a (error)", "detail": str(exc)}
