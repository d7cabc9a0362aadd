"""Whole processes, as a user runs them: the command, Python's start and every
import included.

A figure here is the time from launching a command until it has exited, and
the CPU time of that process and its children (``getrusage``), measured from
the parent. The commands of one figure group run in turns (A, B, A, B...) so a
change in the machine's load hits them alike; a first, untimed round warms the
file cache and writes the bytecode an installed program would have.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

__all__ = [
    "journeymap_command",
    "measure_commands",
    "process_env",
    "timed_run",
]

TIMEOUT = 900


def process_env(home: Path) -> dict[str, str]:
    """The environment of a measured process: offscreen Qt, settings and
    autosaves under ``home``, and bytecode written as an installed program's is."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MPLBACKEND": "Agg"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["XDG_DATA_HOME"] = str(home / "data")
    return env


def journeymap_command(*args: str) -> list[str]:
    """``journeymap ARGS`` run by this interpreter (what the installed script runs)."""
    return [sys.executable, "-m", "journeymap", *args]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_run(
    command: Sequence[str], env: dict[str, str], cwd: Path | None = None
) -> tuple[float, float]:
    """Run ``command`` to its end: ``(wall seconds, CPU seconds)``.

    Raises
    ------
    RuntimeError
        The command failed; the message is the last line it wrote to stderr.
    """
    cpu = _children_cpu()
    started = time.perf_counter()
    done = subprocess.run(
        list(command), capture_output=True, text=True, env=env, cwd=cwd, timeout=TIMEOUT
    )
    wall = time.perf_counter() - started
    if done.returncode != 0:
        lines = (done.stderr or done.stdout).strip().splitlines()
        raise RuntimeError(lines[-1] if lines else f"exit status {done.returncode}")
    return wall, _children_cpu() - cpu


def measure_commands(
    commands: dict[str, Sequence[str]],
    *,
    env: dict[str, str],
    repeats: int,
    budget: float,
    before_each: Callable[[str], None] | None = None,
    cwd: Path | None = None,
) -> dict[str, dict[str, Any]]:
    """Time every command ``repeats`` times in turns, after one untimed round.

    ``before_each(key)`` runs untimed before each command (to remove an output
    a command would refuse to overwrite, say). A round starts only while the
    timed work stays within ``budget`` seconds (one round always runs). A
    command that fails is reported as ``n/a (error)`` and left out of the
    later rounds.

    Returns
    -------
    dict
        Per key: ``value`` (median wall seconds), ``min``, ``cpu`` (median CPU
        seconds of the process and its children) and ``repeats``; or a failure.
    """
    walls: dict[str, list[float]] = {key: [] for key in commands}
    cpus: dict[str, list[float]] = {key: [] for key in commands}
    failed: dict[str, dict[str, Any]] = {}
    spent = 0.0
    for attempt in range(max(1, repeats) + 1):
        if attempt > 1 and spent >= budget:
            break
        for key, command in commands.items():
            if key in failed:
                continue
            if before_each is not None:
                before_each(key)
            try:
                wall, cpu = timed_run(command, env, cwd)
            except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
                failed[key] = {"value": None, "status": "n/a (error)", "detail": str(exc)}
                continue
            if attempt:  # the first round warms up
                walls[key].append(wall)
                cpus[key].append(cpu)
                spent += wall
    results: dict[str, dict[str, Any]] = {}
    for key in commands:
        if key in failed:
            results[key] = failed[key]
        else:
            results[key] = {
                "value": statistics.median(walls[key]),
                "min": min(walls[key]),
                "cpu": statistics.median(cpus[key]),
                "repeats": len(walls[key]),
            }
    return results
