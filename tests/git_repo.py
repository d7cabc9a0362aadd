"""A scratch git repository for the tests of versions: comparing with a revision
and merging with journeymap's merge driver."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def need_git() -> None:
    """Skip the calling test where git is not installed.

    git is an optional tool for journeymap (only ``--rev``, File ▸ Compare With
    a Revision and the merge driver use it), so a machine without it cannot run
    these tests; the CI machine works on a git clone and always has it.
    """
    if shutil.which("git") is None:
        pytest.skip("git is not installed")


def git(repo: Path, *args: str, check: bool = False) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=check)


def journeymap_command() -> str:
    """How git runs journeymap: the installed script, else this Python's module."""
    script = Path(sys.executable).parent / "journeymap"
    return str(script) if script.exists() else f"{sys.executable} -m journeymap"


def merge_repo(path: Path) -> Path:
    """An empty repository at ``path`` on branch main, with an author and
    journeymap as the merge driver of ``*.journey.json``."""
    need_git()
    path.mkdir(parents=True)
    git(path, "init", "-q", "-b", "main", check=True)
    git(path, "config", "user.email", "team@example.org", check=True)
    git(path, "config", "user.name", "Team", check=True)
    (path / ".gitattributes").write_text("*.journey.json merge=journeymap\n")
    driver = f"{journeymap_command()} merge %O %A %B %P"
    git(path, "config", "merge.journeymap.driver", driver, check=True)
    return path
