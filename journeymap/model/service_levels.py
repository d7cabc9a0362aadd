"""A touchpoint's service level: its own, or its channel's.

>>> from journeymap.model import Channel, Journey, Stage, Step
>>> j = Journey(stages=[Stage(id="s", name="S")],
...     channels=[Channel(id="mail", name="Email", service_level="reactive")],
...     steps=[Step(id="a", title="Write", stage_id="s", channel_id="mail"),
...            Step(id="b", title="Reminder", stage_id="s", channel_id="mail",
...                 service_level="proactive"),
...            Step(id="c", title="Read", stage_id="s")])
>>> [str(effective_level(j, s)) for s in j.steps]
['reactive', 'proactive', 'None']
"""

from __future__ import annotations

from journeymap.model.entities import ServiceLevel, Step
from journeymap.model.journey import Journey

__all__ = ["LEVEL_ORDER", "ServiceLevel", "effective_level"]

LEVEL_ORDER: tuple[ServiceLevel, ...] = tuple(ServiceLevel)
"""From the least to the most engaged level."""


def effective_level(journey: Journey, step: Step) -> ServiceLevel | None:
    """The step's own service level, else its channel's, else ``None``."""
    if step.service_level is not None:
        return step.service_level
    if step.channel_id is None:
        return None
    channel = journey.find("channels", step.channel_id)
    return channel.service_level if channel is not None else None
