"""Service levels: the mix per stage, and reactive hand-offs.

Each touchpoint serves at a level (see
:class:`~journeymap.model.entities.ServiceLevel`): its own, else its channel's.
This module reports

* the **mix per stage**: how many touchpoints of a stage serve at each level,
  with a sentence for the level most of them share ("4 of 6 touchpoints in
  "Support" are reactive");
* **reactive hand-offs**: channel switches (from
  :func:`~journeymap.analysis.channels.find_channel_switches`) from a passive
  or reactive touchpoint to a passive or reactive touchpoint in another
  channel. The customer waited, got nothing, and asked again elsewhere (writes,
  waits, then calls); a proactive contact at the first touchpoint would have
  saved the switch. Busiest first, as the switches come.

It only reads the switches it is given, so it loads neither NumPy nor networkx.

>>> from journeymap.model import Channel, Journey, Stage, Step
>>> j = Journey(stages=[Stage(id="s", name="Support")],
...     channels=[Channel(id="mail", name="Email", service_level="reactive")],
...     steps=[Step(id=f"s{i}", title=f"S{i}", stage_id="s", channel_id="mail")
...            for i in range(4)] + [Step(id="x", title="X", stage_id="s")])
>>> report = find_service_levels(j, [])
>>> report.stages[0].phrase.text()
'4 of 5 touchpoints in "Support" are reactive'
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from journeymap.analysis.pace import paced
from journeymap.analysis.phrases import Count, Phrase, Quoted, template
from journeymap.analysis.results import ChannelSwitch
from journeymap.model.entities import ServiceLevel
from journeymap.model.journey import Journey
from journeymap.model.service_levels import LEVEL_ORDER, effective_level

__all__ = [
    "LEVEL_NAMES",
    "ReactiveHandOff",
    "ServiceLevelReport",
    "StageLevelMix",
    "find_service_levels",
]

LEVEL_NAMES: dict[ServiceLevel, str] = {
    ServiceLevel.PASSIVE: template("passive"),
    ServiceLevel.REACTIVE: template("reactive"),
    ServiceLevel.ACTIVE: template("active"),
    ServiceLevel.PROACTIVE: template("proactive"),
    ServiceLevel.META_ACTIVE: template("meta-active"),
}
"""Each level's name, as a template so that it is translated."""

MIX_ONE = template("{count} of {total} touchpoints in {stage} is {level}")
MIX_MANY = template("{count} of {total} touchpoints in {stage} are {level}")
REACTIVE_SWITCH = template(
    "{source} is {level}: customers then switch to {target}; "
    "a proactive contact could save the switch"
)

WAITING_LEVELS = frozenset({ServiceLevel.PASSIVE, ServiceLevel.REACTIVE})
"""Levels where the customer has to come and ask, and may wait."""


@dataclass(frozen=True, slots=True)
class StageLevelMix:
    """The service levels of one stage's touchpoints.

    ``counts`` holds ``(level, touchpoints)`` in level order, levels present
    only; ``unset`` counts touchpoints without a level. ``phrase`` names the
    level most touchpoints share (``None`` when none has a level).
    """

    stage_id: str
    touchpoints: int
    counts: tuple[tuple[ServiceLevel, int], ...]
    unset: int
    phrase: Phrase | None = None


@dataclass(frozen=True, slots=True)
class ReactiveHandOff:
    """A channel switch out of a passive or reactive touchpoint."""

    transition_id: str
    source_id: str
    target_id: str
    level: ServiceLevel
    volume: float | None
    phrase: Phrase


@dataclass(frozen=True)
class ServiceLevelReport:
    """Every step's level (its own or its channel's), the mix per stage in stage
    order, and the reactive hand-offs."""

    levels: dict[str, ServiceLevel | None]
    stages: list[StageLevelMix]
    reactive_hand_offs: list[ReactiveHandOff]

    @property
    def has_levels(self) -> bool:
        return any(level is not None for level in self.levels.values())


def level_phrase(level: ServiceLevel) -> Phrase:
    """The level's name as a phrase (translated by the editor)."""
    return Phrase(LEVEL_NAMES[level])


def find_service_levels(journey: Journey, switches: list[ChannelSwitch]) -> ServiceLevelReport:
    """The service levels of a journey's touchpoints.

    Parameters
    ----------
    journey : Journey
    switches : list of ChannelSwitch
        The journey's channel switches, busiest first.
    """
    levels = {step.id: effective_level(journey, step) for step in paced(journey.steps)}
    by_stage: dict[str, list[ServiceLevel | None]] = {stage.id: [] for stage in journey.stages}
    for step in paced(journey.steps):
        found = by_stage.get(step.stage_id)
        if found is not None:
            found.append(levels[step.id])
    stages = [_mix(stage.id, stage.name, by_stage[stage.id]) for stage in paced(journey.stages)]
    titles = {step.id: step.title for step in paced(journey.steps)}
    hand_offs = []
    for switch in paced(switches):
        level = levels.get(switch.source_id)
        if (
            not switch.changes_channel
            or level is None
            or level not in WAITING_LEVELS
            or levels.get(switch.target_id) not in WAITING_LEVELS
        ):
            continue
        phrase = Phrase(
            REACTIVE_SWITCH,
            (
                ("source", Quoted(titles.get(switch.source_id, switch.source_id))),
                ("level", level_phrase(level)),
                ("target", Quoted(titles.get(switch.target_id, switch.target_id))),
            ),
        )
        hand_offs.append(
            ReactiveHandOff(
                switch.transition_id,
                switch.source_id,
                switch.target_id,
                level,
                switch.volume,
                phrase,
            )
        )
    return ServiceLevelReport(levels=levels, stages=stages, reactive_hand_offs=hand_offs)


def _mix(stage_id: str, name: str, in_stage: list[ServiceLevel | None]) -> StageLevelMix:
    counter = Counter(level for level in in_stage if level is not None)
    counts = tuple((level, counter[level]) for level in LEVEL_ORDER if counter[level])
    phrase = None
    if counts:
        level, count = max(counts, key=lambda lc: lc[1])  # the first of equals
        phrase = Phrase(
            MIX_ONE if count == 1 else MIX_MANY,
            (
                ("count", Count(count)),
                ("total", Count(len(in_stage))),
                ("stage", Quoted(name)),
                ("level", level_phrase(level)),
            ),
        )
    return StageLevelMix(
        stage_id=stage_id,
        touchpoints=len(in_stage),
        counts=counts,
        unset=len(in_stage) - sum(counter.values()),
        phrase=phrase,
    )
