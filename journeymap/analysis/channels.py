"""Channel switches and silo hand-offs: where the customer may tell the story again.

A transition is a **channel switch** when its two steps are in different
channels (a step without a channel switches nothing). It is a **hand-off** when
the steps have different owners. A step's owner is its own ``owner`` when set,
otherwise the ``owner`` of its channel; a move into a channel run by a partner
or a third party counts as a hand-off too, since that channel rarely sees what
the customer already told us. The reason given says the customer repeats their
story when the new channel is a conversation (email, chat, phone, messaging,
social media, a letter or a desk); elsewhere, that the new owner may not see
what came before. ``reason_phrase`` is the reason as a
:class:`~journeymap.analysis.phrases.Phrase`, for writing it in another language.
"""

from __future__ import annotations

import numpy as np

from journeymap.analysis.flow import FlowReport, compute_flow
from journeymap.analysis.graph import JourneyGraph, index_journey
from journeymap.analysis.pace import paced
from journeymap.analysis.phrases import Phrase, template
from journeymap.analysis.results import ChannelSwitch
from journeymap.model.entities import Channel, ChannelKind, Ownership, Step
from journeymap.model.journey import Journey

__all__ = ["ChannelSwitch", "find_channel_switches", "step_owner"]

# Channels where the customer talks to someone, and so may have to start over.
_CONVERSATION = {
    ChannelKind.EMAIL,
    ChannelKind.CHAT,
    ChannelKind.PHONE,
    ChannelKind.FACE_TO_FACE,
    ChannelKind.MESSAGING,
    ChannelKind.SOCIAL,
    ChannelKind.LETTER,
}

_OWNERSHIP_TEXT = {
    Ownership.PARTNER: template("partner-run"),
    Ownership.THIRD_PARTY: template("third party, outside our control"),
}

SWITCH = template("{from_channel} → {to_channel}")
SWITCH_OUTSIDE = template("{from_channel} → {to_channel} ({outside})")
SAME_CHANNEL = template("same channel")
REPEATS_STORY = template("the customer repeats their story")
MAY_NOT_SEE = template("who may not see what came before")
HAND_OFF = template("hand-off from {from_owner} to {to_owner}, {consequence}")
TAKES_OVER = template("another team takes over, {consequence}")
HISTORY_FOLLOWS = template("the customer's history must follow them to the new channel")
WITH_HEAD = template("{head}: {reason}")


def step_owner(step: Step, channels: dict[str, Channel]) -> str:
    """The team, role or partner behind a step: its own owner, else its channel's."""
    if step.owner:
        return step.owner
    channel = channels.get(step.channel_id or "")
    return channel.owner if channel else ""


def find_channel_switches(
    journey: Journey, flow: FlowReport | None = None, *, graph: JourneyGraph | None = None
) -> list[ChannelSwitch]:
    """Transitions that change channel or owner, busiest first.

    Parameters
    ----------
    journey : Journey
    flow : FlowReport, optional
        ``compute_flow(journey)``, if already computed; gives each switch its volume.
    graph : JourneyGraph, optional
        ``index_journey(journey)``, if already built.

    Returns
    -------
    list of ChannelSwitch
        By customers on the transition (unknown last), then in transition order.

    Examples
    --------
    >>> from journeymap.model import Channel, Journey, Stage, Step, Transition
    >>> j = Journey(
    ...     stages=[Stage(id="st", name="Support")],
    ...     channels=[Channel(id="em", name="email", owner="Support"),
    ...               Channel(id="ch", name="chat", kind="chat", owner="ChatCo",
    ...                       ownership="partner")],
    ...     steps=[Step(id="a", title="Email", stage_id="st", channel_id="em"),
    ...            Step(id="b", title="Chat", stage_id="st", channel_id="ch")],
    ...     transitions=[Transition(id="t", source="a", target="b", volume=120)])
    >>> print(find_channel_switches(j)[0].reason)
    email → chat (partner-run): hand-off from Support to ChatCo, the customer repeats their story
    """
    graph = graph or index_journey(journey)
    flow = flow or compute_flow(journey, graph=graph)
    channels = {c.id: c for c in journey.channels}
    steps = journey.ordered_steps()  # the graph's step order
    channel_code = _codes([s.channel_id for s in steps])
    owner_code = _codes([step_owner(s, channels) or None for s in paced(steps)])
    source = np.asarray(graph.edge_source, dtype=np.int64)
    target = np.asarray(graph.edge_target, dtype=np.int64)
    # Only transitions whose channel or owner differs can be switches.
    candidates = np.flatnonzero(
        (channel_code[source] != channel_code[target]) | (owner_code[source] != owner_code[target])
    )
    volumes = flow.transitions
    reasons: dict[tuple, tuple[Phrase, str]] = {}  # few channels and owners: many repeats
    found: list[tuple[bool, float, int, ChannelSwitch]] = []
    for e in paced(candidates.tolist()):
        tid = graph.edge_ids[e]
        volume = volumes.get(tid)
        switch = _switch(tid, steps[source[e]], steps[target[e]], channels, volume, reasons)
        if switch is not None:
            found.append((volume is None, -(volume or 0.0), e, switch))
    found.sort(key=lambda item: item[:3])
    return [item[3] for item in found]


def _codes(values: list[str | None]) -> np.ndarray:
    """A number per distinct value (``None`` is -1), for comparing in bulk."""
    numbers: dict[str | None, int] = {None: -1}
    return np.array([numbers.setdefault(v, len(numbers)) for v in values], dtype=np.int64)


def _switch(
    transition_id: str,
    source: Step,
    target: Step,
    channels: dict[str, Channel],
    volume: float | None,
    reasons: dict[tuple, tuple[Phrase, str]],
) -> ChannelSwitch | None:
    from_channel, to_channel = source.channel_id, target.channel_id
    changes_channel = (
        from_channel is not None and to_channel is not None and from_channel != to_channel
    )
    from_owner, to_owner = step_owner(source, channels), step_owner(target, channels)
    source_ch, target_ch = channels.get(from_channel or ""), channels.get(to_channel or "")
    into_outside = (
        changes_channel
        and target_ch is not None
        and target_ch.ownership != Ownership.OWNED
        and (source_ch is None or source_ch.ownership != target_ch.ownership)
    )
    changes_owner = bool(from_owner and to_owner and from_owner != to_owner) or into_outside
    if not (changes_channel or changes_owner):
        return None
    key = (from_channel, to_channel, from_owner, to_owner, changes_channel, changes_owner)
    known = reasons.get(key)
    if known is None:
        phrase = _reason(source_ch, target_ch, from_owner, to_owner, changes_channel, changes_owner)
        known = reasons[key] = (phrase, phrase.text())
    return ChannelSwitch(
        transition_id=transition_id,
        source_id=source.id,
        target_id=target.id,
        from_channel=from_channel,
        to_channel=to_channel,
        from_owner=from_owner,
        to_owner=to_owner,
        changes_channel=changes_channel,
        changes_owner=changes_owner,
        volume=volume,
        reason=known[1],
        reason_phrase=known[0],
    )


def _reason(
    source_ch: Channel | None,
    target_ch: Channel | None,
    from_owner: str,
    to_owner: str,
    changes_channel: bool,
    changes_owner: bool,
) -> Phrase:
    head: Phrase | None
    if changes_channel:
        names = (
            ("from_channel", source_ch.name if source_ch else "?"),
            ("to_channel", target_ch.name if target_ch else "?"),
        )
        outside = _OWNERSHIP_TEXT.get(target_ch.ownership) if target_ch else None
        if outside and (source_ch is None or source_ch.ownership != target_ch.ownership):  # type: ignore[union-attr]
            head = Phrase(SWITCH_OUTSIDE, (*names, ("outside", Phrase(outside))))
        else:
            head = Phrase(SWITCH, names)
    elif source_ch is None and target_ch is None:
        head = None
    else:
        head = Phrase(SAME_CHANNEL)
    # Where the customer talks to the new owner, the story is told again; elsewhere
    # the risk is that the new owner cannot see what happened before.
    talks = target_ch is not None and target_ch.kind in _CONVERSATION
    consequence = Phrase(REPEATS_STORY if talks else MAY_NOT_SEE)
    if changes_owner and from_owner and to_owner and from_owner != to_owner:
        reason = Phrase(
            HAND_OFF,
            (("from_owner", from_owner), ("to_owner", to_owner), ("consequence", consequence)),
        )
    elif changes_owner:
        reason = Phrase(TAKES_OVER, (("consequence", consequence),))
    else:
        reason = Phrase(HISTORY_FOLLOWS)
    return reason if head is None else Phrase(WITH_HEAD, (("head", head), ("reason", reason)))
