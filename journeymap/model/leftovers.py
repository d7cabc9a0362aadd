"""Temporary files of writers that died, found by the process id in their name.

An atomic save writes ``.NAME.<pid>.<random>.tmp`` beside its target and renames
it into place; a process killed between the two leaves the temporary file (a
killed 48 MB save leaves 48 MB). The next save beside it, or the next start for
autosaves, removes those whose process is no longer running. A file of a live
process (another save in progress) is never touched; a file without a process
id in its name (written by an older journeymap) only once it is a day old.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

__all__ = ["STALE_AFTER_S", "remove_dead_writers_files", "temp_prefix"]

STALE_AFTER_S = 24 * 3600
"""A temporary file without a process id is stale after this many seconds."""


def temp_prefix(stem: str) -> str:
    """The prefix of this process's temporary files for ``stem``: ``.stem.<pid>.``."""
    return f".{stem}.{os.getpid()}."


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # no cheap, harmless liveness check: rely on the age rule
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: someone else's live process
        return True
    return True


def remove_dead_writers_files(folder: Path, stem: str) -> list[Path]:
    """Remove the temporary files for ``stem`` in ``folder`` whose writer is gone;
    returns what was removed. Never raises: cleaning up is a courtesy."""
    pattern = re.compile(rf"^\.{re.escape(stem)}\.(?:(\d+)\.)?[^.]+\.tmp$")
    removed: list[Path] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    now = time.time()
    for name in names:
        match = pattern.match(name)
        if not match:
            continue
        path = folder / name
        pid = match.group(1)
        try:
            if pid is not None:
                if _alive(int(pid)):
                    continue
            elif now - path.stat().st_mtime < STALE_AFTER_S:
                continue
            path.unlink()
            removed.append(path)
        except (OSError, ValueError):
            continue
    return removed
