"""A journey file's other versions, read from git.

``journey_at_revision(path, rev)`` reads the file as it was at any revision git
understands (``HEAD~3``, a branch, a tag, a commit), by running ``git show
REV:./NAME`` in the file's folder, so the file's own repository answers
wherever the command was started. ``unmerged_versions(path)`` reads the three
versions git keeps of a file while a merge of it is unresolved (stages 1, 2
and 3 of the index: base, ours, theirs), which is how the editor finds the
conflicts the merge driver left.

Nothing runs through a shell, and git's own words reach the user when it refuses.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from journeymap.model.fileformat import JourneyFileError, loads_journey
from journeymap.model.journey import Journey

__all__ = ["journey_at_revision", "unmerged_versions"]

_TIMEOUT = 30


def _git(folder: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    git = shutil.which("git")
    if git is None:
        raise JourneyFileError("git is not installed, so no revision can be read")
    try:
        return subprocess.run(
            [git, *args],
            cwd=folder,
            capture_output=True,
            timeout=_TIMEOUT,
            check=False,
            env={**os.environ, "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"},
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise JourneyFileError(f"git could not be run: {exc}") from None


def _first_line(error: bytes) -> str:
    lines = [line.strip() for line in error.decode("utf-8", "replace").splitlines() if line.strip()]
    return lines[0].removeprefix("fatal: ") if lines else "git refused"


def _in_repository(path: Path) -> Path:
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise JourneyFileError("no such folder", folder)
    done = _git(folder, "rev-parse", "--is-inside-work-tree")
    if done.returncode != 0 or done.stdout.strip() != b"true":
        raise JourneyFileError("is not in a git repository, so it has no revisions", path)
    return folder


def journey_at_revision(path: str | os.PathLike[str], rev: str) -> Journey:
    """The journey ``path`` held at revision ``rev``.

    Raises
    ------
    JourneyFileError
        When the file is outside git, the revision does not exist, the file
        did not exist at that revision, or what it held is not a valid journey.
    """
    path = Path(path).absolute()
    folder = _in_repository(path)
    if rev.startswith("-"):
        raise JourneyFileError(f'"{rev}" is not a revision', path)
    done = _git(folder, "show", f"{rev}:./{path.name}")
    where = f"{path}@{rev}"
    if done.returncode != 0:
        raise JourneyFileError(_first_line(done.stderr), where)
    try:
        return loads_journey(done.stdout)
    except JourneyFileError as exc:
        raise JourneyFileError(exc.problems, where) from None


def unmerged_versions(
    path: str | os.PathLike[str],
) -> tuple[Journey | None, Journey, Journey] | None:
    """Base, ours and theirs of a file whose merge git has not yet seen
    resolved, or ``None`` when there is no unresolved merge of it (or no git,
    or a version is not a readable journey). The base is ``None`` when both
    sides added the file."""
    path = Path(path).absolute()
    try:
        folder = _in_repository(path)
        listed = _git(folder, "ls-files", "-u", "--", path.name)
    except JourneyFileError:
        return None
    stages = {
        line.split()[2]
        for line in listed.stdout.decode("utf-8", "replace").splitlines()
        if len(line.split()) >= 3
    }
    if not {"2", "3"} <= stages:
        return None
    versions: dict[str, Journey] = {}
    for stage in sorted(stages & {"1", "2", "3"}):
        done = _git(folder, "show", f":{stage}:./{path.name}")
        if done.returncode != 0:
            return None
        try:
            versions[stage] = loads_journey(done.stdout)
        except JourneyFileError:
            return None
    return versions.get("1"), versions["2"], versions["3"]
