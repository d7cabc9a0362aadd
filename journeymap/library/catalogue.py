"""The catalogue of a library folder: every journey in it, what it holds and
when it last changed.

A library is a folder; its journeys are the ``*.journey.json`` and
``*.journey`` files in it and in its sub-folders (hidden folders such as
``.git`` are skipped), at most :data:`MAX_JOURNEYS`. A file that cannot be read
or validated is listed with its problems, never dropped and never fatal.

**Last change.** When the folder is in a git work tree, a file committed and
unchanged since has the date of the last commit that touched it; a file
changed since, or not committed, has its modification time, as has every
file outside git. ``LibraryEntry.change_source`` says which (``"git"`` or
``"file"``). Git is asked twice for the whole folder, not once per file.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from journeymap.model.fileformat import SUFFIXES, JourneyFileError, load_journey
from journeymap.model.journey import Journey

__all__ = [
    "MAX_JOURNEYS",
    "WORST_PAINS",
    "Library",
    "LibraryEntry",
    "WorstPain",
    "is_journey_file",
    "scan_library",
]

MAX_JOURNEYS = 2_000
"""A library lists at most this many journeys (the rest are named as left out)."""
WORST_PAINS = 3
"""How many of each journey's worst pain points the catalogue keeps."""
GIT_TIMEOUT_S = 20


@dataclass(frozen=True)
class WorstPain:
    """One of a journey's worst pain points, with the names a reader needs."""

    step_id: str
    step_title: str
    persona_id: str
    persona_name: str
    score: float
    severity: str


@dataclass(frozen=True, eq=False)
class LibraryEntry:
    """One journey file of a library. ``problems`` is not empty for a broken
    file, and then only ``path``, ``relative``, ``last_change`` and
    ``change_source`` are known."""

    path: Path
    relative: str
    """The path within the library, with ``/``."""
    last_change: datetime | None
    change_source: str
    journey: Journey | None = None
    worst_pains: tuple[WorstPain, ...] = ()
    conversion: float | None = None
    """Customers finishing at a success end over those entering (``None``: unknown)."""
    problems: tuple[str, ...] = ()

    @property
    def broken(self) -> bool:
        return bool(self.problems)

    @property
    def title(self) -> str:
        return self.journey.title if self.journey is not None else self.path.name

    @property
    def step_count(self) -> int:
        return len(self.journey.steps) if self.journey is not None else 0

    @property
    def persona_names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.journey.personas) if self.journey is not None else ()


@dataclass(frozen=True, eq=False)
class Library:
    """A scanned library folder."""

    folder: Path
    entries: tuple[LibraryEntry, ...]
    in_git: bool = False
    left_out: int = 0
    """Journey files beyond :data:`MAX_JOURNEYS`, not listed."""
    notes: tuple[str, ...] = field(default=())

    @property
    def journeys(self) -> list[LibraryEntry]:
        return [e for e in self.entries if not e.broken]

    @property
    def broken(self) -> list[LibraryEntry]:
        return [e for e in self.entries if e.broken]

    def entry(self, relative: str) -> LibraryEntry | None:
        return next((e for e in self.entries if e.relative == relative), None)


def is_journey_file(path: Path) -> bool:
    name = path.name.lower()
    return any(name.endswith(suffix) for suffix in SUFFIXES) and not name.startswith(".")


def _journey_files(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root) / name
            if is_journey_file(path) and path.is_file():
                yield path


def scan_library(folder: str | os.PathLike[str], *, analyse_journeys: bool = True) -> Library:
    """Read every journey of ``folder`` (see the module).

    Raises
    ------
    NotADirectoryError
        When ``folder`` is not a folder.
    """
    root = Path(folder)
    if not root.is_dir():
        raise NotADirectoryError(f"{root}: not a folder")
    root = root.resolve()
    files = list(_journey_files(root))
    left_out = max(0, len(files) - MAX_JOURNEYS)
    files = files[:MAX_JOURNEYS]
    git_dates = _git_dates(root)
    entries = []
    for path in files:
        relative = path.relative_to(root).as_posix()
        changed, source = _last_change(path, relative, git_dates)
        entries.append(_read_entry(path, relative, changed, source, analyse_journeys))
    notes = (f"{left_out} more journey files not listed",) if left_out else ()
    return Library(root, tuple(entries), git_dates is not None, left_out, notes)


def _read_entry(
    path: Path, relative: str, changed: datetime | None, source: str, analyse_journeys: bool
) -> LibraryEntry:
    try:
        journey = load_journey(path)
    except JourneyFileError as exc:
        problems = tuple(str(p) for p in exc.problems) or (str(exc),)
        return LibraryEntry(path, relative, changed, source, problems=problems)
    if not analyse_journeys:
        return LibraryEntry(path, relative, changed, source, journey)
    try:
        pains, rate = _worst_pains(journey)
    except Exception as exc:  # an analysis bug must not hide the other journeys
        return LibraryEntry(
            path, relative, changed, source, journey, problems=(f"cannot be analysed: {exc}",)
        )
    return LibraryEntry(path, relative, changed, source, journey, pains, rate)


def _worst_pains(journey: Journey) -> tuple[tuple[WorstPain, ...], float | None]:
    from journeymap.analysis.report import analyse
    from journeymap.library.links import conversion

    analysis = analyse(journey)
    steps = {s.id: s.title for s in journey.steps}
    personas = {p.id: p.name for p in journey.personas}
    ranked = sorted(analysis.pain_points, key=lambda p: -p.score)[:WORST_PAINS]
    pains = tuple(
        WorstPain(
            p.step_id,
            steps.get(p.step_id, p.step_id),
            p.persona_id,
            personas.get(p.persona_id, p.persona_id),
            p.score,
            p.severity,
        )
        for p in ranked
    )
    return pains, conversion(analysis.flow)


# -- last change ---------------------------------------------------------------


def _git(folder: Path, *args: str) -> str | None:
    try:
        result = subprocess.run(
            ["git", "-c", "core.quotepath=off", "-C", str(folder), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=GIT_TIMEOUT_S,
            env={**os.environ, "GIT_OPTIONAL_LOCKS": "0", "LC_ALL": "C"},
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout if result.returncode == 0 else None


def _git_dates(folder: Path) -> dict[str, datetime | None] | None:
    """Path within ``folder`` → the date of the last commit touching it, or
    ``None`` for a file changed since or never committed; ``None`` outside git."""
    if _git(folder, "rev-parse", "--is-inside-work-tree") is None:
        return None
    log = _git(folder, "log", "--format=%x00%cI", "--name-only", "--relative", "--", ".")
    dates: dict[str, datetime | None] = {}
    current: datetime | None = None
    for line in (log or "").splitlines():
        if line.startswith("\x00"):
            try:
                current = datetime.fromisoformat(line[1:])
            except ValueError:
                current = None
        elif line and current is not None:
            dates.setdefault(line, current)
    status = _git(folder, "status", "--porcelain", "-z", "--untracked-files=all", "--", ".")
    prefix = (_git(folder, "rev-parse", "--show-prefix") or "").strip()
    for record in (status or "").split("\x00"):
        if len(record) > 3 and record[2] == " ":
            name = record[3:]
            dates[name.removeprefix(prefix)] = None  # changed since: its own time
    return dates


def _last_change(
    path: Path, relative: str, git_dates: dict[str, datetime | None] | None
) -> tuple[datetime | None, str]:
    if git_dates is not None:
        committed = git_dates.get(relative)
        if committed is not None:
            return committed, "git"
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, tz=UTC), "file"
    except OSError:
        return None, "file"
