"""Fixtures of the analysis tests."""

from __future__ import annotations

import pytest
from analysis_cases import hand_journey

from journeymap.model import Journey


@pytest.fixture(params=["shares", "volumes"])
def hand(request) -> Journey:
    return hand_journey(request.param)
