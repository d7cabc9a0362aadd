"""Graph analytics on a journey: flow and drop-off, pain points, channel switches,
structure checks and summaries. Pure functions returning plain data; no Qt.

Start with :func:`journeymap.analysis.report.analyse`, which runs them all.

The names below are loaded on first use (PEP 562), so that importing a light
module of the package, such as :mod:`journeymap.analysis.phrases`, does not
load networkx, NumPy and SciPy: the editor imports the phrases at start-up and
the analysis itself only after its window has painted. The result types
(:mod:`journeymap.analysis.results`) and :func:`measured_flow` are light too:
their readers load none of the three.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_HOME = {
    "ChannelSwitch": "results",
    "find_channel_switches": "channels",
    "Check": "results",
    "run_checks": "checks",
    "FlowIssue": "results",
    "FlowReport": "results",
    "StepFlow": "results",
    "compute_flow": "flow",
    "JourneyGraph": "graph",
    "build_graph": "graph",
    "index_journey": "graph",
    "measured_flow": "measured",
    "RatingEstimate": "evidence",
    "rating_estimates": "evidence",
    "PainPoint": "results",
    "find_pain_points": "pain_points",
    "JourneyAnalysis": "results",
    "UnknownPersonaError": "report",
    "analyse": "report",
    "analysis_to_dict": "report",
    "format_report": "report",
    "PersonaScore": "results",
    "Summary": "results",
    "summarise": "summary",
    "CostReport": "cost_results",
    "compute_cost": "cost",
    "ServiceLevelReport": "service_levels",
    "find_service_levels": "service_levels",
}

__all__ = [
    "ChannelSwitch",
    "Check",
    "CostReport",
    "FlowIssue",
    "FlowReport",
    "JourneyAnalysis",
    "JourneyGraph",
    "PainPoint",
    "PersonaScore",
    "RatingEstimate",
    "ServiceLevelReport",
    "StepFlow",
    "Summary",
    "UnknownPersonaError",
    "analyse",
    "analysis_to_dict",
    "build_graph",
    "compute_cost",
    "compute_flow",
    "find_channel_switches",
    "find_pain_points",
    "find_service_levels",
    "format_report",
    "index_journey",
    "measured_flow",
    "rating_estimates",
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
    from journeymap.analysis.channels import find_channel_switches
    from journeymap.analysis.checks import run_checks
    from journeymap.analysis.cost import compute_cost
    from journeymap.analysis.cost_results import CostReport
    from journeymap.analysis.flow import compute_flow
    from journeymap.analysis.graph import JourneyGraph, build_graph, index_journey
    from journeymap.analysis.measured import measured_flow
    from journeymap.analysis.pain_points import find_pain_points
    from journeymap.analysis.report import (
        UnknownPersonaError,
        analyse,
        analysis_to_dict,
        format_report,
    )
    from journeymap.analysis.results import (
        ChannelSwitch,
        Check,
        FlowIssue,
        FlowReport,
        JourneyAnalysis,
        PainPoint,
        PersonaScore,
        StepFlow,
        Summary,
    )
    from journeymap.analysis.service_levels import ServiceLevelReport, find_service_levels
    from journeymap.analysis.summary import summarise
