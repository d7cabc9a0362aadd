"""Test set-up shared by the whole suite: headless Qt, isolated folders and settings."""

import atexit
import os

# Before anything imports Qt: no display on test machines.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "journeymap",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
# CI runs the properties with ten times the examples (`.ci/run` passes
# `--hypothesis-profile=ci`, which Hypothesis's pytest plugin loads after this file);
# tests that set their own `max_examples` (the slow round trips, the state
# machine) keep it. Locally: `pytest --hypothesis-profile=ci`. The CI profile is
# derandomized: it tries the same examples on every run, so a red build is one anyone
# can reproduce from the commit alone; the random search goes on in ordinary runs.
settings.register_profile(
    "ci", parent=settings.get_profile("journeymap"), max_examples=1000, derandomize=True
)
settings.load_profile("journeymap")

# The suite also collects the docstring examples of every module of the package and
# of the synthetic journeys (`--doctest-modules`, `testpaths` in pyproject.toml); they
# run under the offscreen Qt set above. `__main__.py` runs the program when imported:
# never collected.
collect_ignore = ["journeymap/__main__.py"]


_SESSION = {"finished": False}


def pytest_sessionfinish(session, exitstatus):
    _SESSION["finished"] = True


@atexit.register
def _refuse_silent_exit():
    # A SystemExit raised inside a Qt slot ends the interpreter with its code,
    # possibly 0, in the middle of the run; never let that pass for success.
    if not _SESSION["finished"]:
        os.write(2, b"\nthe test process ended before the test session finished\n")
        os._exit(70)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Every test gets its own config and data folders (QSettings, autosave)."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    yield home
