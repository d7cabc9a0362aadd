"""Fixtures of the analysis tests."""

from __future__ import annotations

import pytest

from journeymap.model import Journey
from tests.analysis.analysis_cases import hand_journey


@pytest.fixture(params=["shares", "volumes"])
def hand(request) -> Journey:
    return hand_journey(request.param)
