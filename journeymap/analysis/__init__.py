"""Graph analytics on a journey: flow and drop-off, pain points, channel switches,
structure checks and summaries. Pure functions returning plain data; no Qt.

Start with :func:`journeymap.analysis.report.analyse`, which runs them all.

The names below are loaded on first use (PEP 562), so that importing a light
module of the package, such as :mod:`journeymap.analysis.phrases`, does not
load networkx, NumPy and SciPy: the editor imports the phrases at start-up and
the analysis itself only after its window has painted.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_HOME = {
    "ChannelSwitch": "channels",
    "find_channel_switches": "channels",
    "Check": "checks",
    "run_checks": "checks",
    "FlowIssue": "flow",
    "FlowReport": "flow",
    "StepFlow": "flow",
    "compute_flow": "flow",
    "JourneyGraph": "graph",
    "build_graph": "graph",
    "index_journey": "graph",
    "PainPoint": "pain_points",
    "find_pain_points": "pain_points",
    "JourneyAnalysis": "report",
    "UnknownPersonaError": "report",
    "analyse": "report",
    "analysis_to_dict": "report",
    "format_report": "report",
    "PersonaScore": "summary",
    "Summary": "summary",
    "summarise": "summary",
}

__all__ = [
    "ChannelSwitch",
    "Check",
    "FlowIssue",
    "FlowReport",
    "JourneyAnalysis",
    "JourneyGraph",
    "PainPoint",
    "PersonaScore",
    "StepFlow",
    "Summary",
    "UnknownPersonaError",
    "analyse",
    "analysis_to_dict",
    "build_graph",
    "compute_flow",
    "find_channel_switches",
    "find_pain_points",
    "format_report",
    "index_journey",
    "run_checks",
    "summarise",
]


def __getattr__(name: str) -> Any:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # once
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOME})


if TYPE_CHECKING:  # for type checkers and editors: the same names, eagerly
    from journeymap.analysis.channels import ChannelSwitch, find_channel_switches
    from journeymap.analysis.checks import Check, run_checks
    from journeymap.analysis.flow import FlowIssue, FlowReport, StepFlow, compute_flow
    from journeymap.analysis.graph import JourneyGraph, build_graph, index_journey
    from journeymap.analysis.pain_points import PainPoint, find_pain_points
    from journeymap.analysis.report import (
        JourneyAnalysis,
        UnknownPersonaError,
        analyse,
        analysis_to_dict,
        format_report,
    )
    from journeymap.analysis.summary import PersonaScore, Summary, summarise
