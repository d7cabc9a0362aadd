"""Graph analytics on a journey: flow and drop-off, pain points, channel switches,
structure checks and summaries. Pure functions returning plain data; no Qt.

Start with :func:`journeymap.analysis.report.analyse`, which runs them all.
"""

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
