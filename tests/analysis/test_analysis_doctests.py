"""The examples in the analysis docstrings run and hold."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import journeymap.analysis

MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(journeymap.analysis.__path__, "journeymap.analysis.")
)


def test_every_module_is_covered():
    assert {"journeymap.analysis.flow", "journeymap.analysis.report"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    if name.rsplit(".", 1)[-1] in ("flow", "pain_points", "channels", "checks", "report"):
        assert result.attempted > 0
