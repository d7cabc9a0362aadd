"""Fixtures for the export tests: every example journey, and small journeys to edit."""

from __future__ import annotations

from pathlib import Path

import pytest

from journeymap.model import load_journey

EXAMPLES = sorted((Path(__file__).parents[2] / "examples").glob("*.journey.json"))


def example_ids() -> list[str]:
    return [path.name.split(".")[0] for path in EXAMPLES]


@pytest.fixture(params=EXAMPLES, ids=example_ids())
def example(request):
    """Each example journey in turn."""
    return load_journey(request.param)


@pytest.fixture
def broadband():
    return load_journey(Path(__file__).parents[2] / "examples" / "broadband-support.journey.json")
