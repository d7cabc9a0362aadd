"""What the flow view's items show, worked out from the journey and its marks.

Plain functions from model data to :class:`~journeymap.ui.flow.items.NodeContent`
and :class:`~journeymap.ui.flow.items.EdgeContent`; the scene calls them for
the items a change touched.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from journeymap.canvas.analysis_text import (
    count_text,
    drop_text,
    list_separator,
    pain_reasons,
    rate_text,
)
from journeymap.canvas.marks import MapMarks
from journeymap.model import Journey, Step, Transition
from journeymap.ui.flow.items import EdgeContent, NodeContent

__all__ = ["KIND_NAMES", "edge_content", "escape", "node_content", "short_text", "volume_ceiling"]

KIND_NAMES = {
    "start": "Start",
    "touchpoint": "Touchpoint",
    "decision": "Decision",
    "success": "Success end",
    "exit": "Exit",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("FlowView", text)


def node_content(journey: Journey, step: Step, marks: MapMarks) -> NodeContent:
    """What the node of ``step`` shows: title, channel, kind, drop-off, worst pain point."""
    channel = journey.find("channels", step.channel_id) if step.channel_id else None
    stage = journey.find("stages", step.stage_id)
    drop = marks.drops.get(step.id)
    pain = marks.pains.get(step.id)
    kind = str(step.kind)
    tip = [f"<b>{escape(step.title)}</b>"]
    facts = [_tr(KIND_NAMES.get(kind, kind))]
    if stage is not None:
        facts.append(escape(stage.name))
    if channel is not None:
        facts.append(escape(channel.name))
    tip.append(" · ".join(facts))
    if drop is not None:
        tip.append(_tr("Drop-off: {0}").format(drop_text(drop)))
    if pain is not None:
        reasons = list_separator().join(pain_reasons(pain))
        tip.append(_tr("Pain point ({0}): {1}").format(_tr(pain.severity), escape(reasons)))
    return NodeContent(
        title=step.title,
        channel=channel.name if channel is not None else "",
        kind=kind,
        drop=drop_text(drop) if drop is not None else "",
        drop_level=drop.level if drop is not None else 0,
        severity=pain.severity if pain is not None else "",
        tooltip="<br>".join(tip),
    )


def edge_content(
    journey: Journey, transition: Transition, marks: MapMarks, max_volume: float
) -> EdgeContent:
    """Label (the measured volume, else the share, else the computed volume,
    else the transition's own words) and width (by volume)."""
    volume: float | None = transition.volume
    if volume is None:
        volume = marks.transition_volumes.get(transition.id)
    share = rate_text(transition.share) if transition.share is not None else ""
    if transition.volume is not None:
        label = count_text(transition.volume)
    elif share:
        label = share
    elif volume is not None:
        label = "≈" + count_text(volume)
    else:
        label = short_text(transition.label, 16)
    width = 1.5
    if volume and max_volume > 0:
        width += 6.5 * math.sqrt(min(1.0, volume / max_volume))
    ends = [journey.find("steps", transition.source), journey.find("steps", transition.target)]
    names = [escape(step.title) if step is not None else "?" for step in ends]
    tip = [f"<b>{names[0]}</b> → <b>{names[1]}</b>"]
    if transition.label:
        tip.append(escape(transition.label))
    if volume is not None:
        customers = _tr("{0} customers").format(count_text(volume))
        tip.append(customers if transition.volume is not None else "≈ " + customers)
    if share:
        tip.append(_tr("{0} of those at '{1}'").format(share, names[0]))
    return EdgeContent(label=label, width=round(width, 2), tooltip="<br>".join(tip))


def volume_ceiling(journey: Journey, marks: MapMarks) -> float:
    """The largest volume on any transition, measured or worked out (edge widths
    are relative to it)."""
    measured = [t.volume for t in journey.transitions if t.volume is not None]
    return max([marks.max_volume, *measured], default=0.0)


def short_text(text: str, limit: int = 28) -> str:
    """One line of at most ``limit`` characters, with "…" when cut."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def escape(text: str) -> str:
    """Text safe to put in a rich-text tooltip."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
