"""The examples in the export modules' docstrings run and hold."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "journeymap.export.safety",
    "journeymap.export.mermaid",
    "journeymap.export.excel_cells",
    "journeymap.export.charts",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0
    assert result.failed == 0
