"""Event-log activities matched to the journey's steps.

An activity matches a step when their texts are equal with case and spacing
ignored: first the step's title, then its id. A saved activity mapping (JSON,
``{"activities": {"activity": "step id" or null}}``) the user has confirmed
comes next; ``null`` says "not a step, leave it out" and silences the
suggestion. What is left gets a fuzzy suggestion (rapidfuzz's ``WRatio`` over
the step titles, 80 or more of 100), which is only reported, never used: a
wrong guess would move customers between steps without anyone noticing.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from journeymap.model.journey import Journey

__all__ = [
    "ActivityMapError",
    "ActivityMatch",
    "activity_map_json",
    "load_activity_map",
    "match_activities",
    "normalise",
]

SUGGESTION_CUTOFF = 80.0
MAX_MAP_BYTES = 5 * 1024 * 1024


class ActivityMapError(ValueError):
    """The saved activity mapping is missing or wrong; the message names it."""


_SPACE = re.compile(r"[ \t\n\r\f\v]+")


def normalise(text: str) -> str:
    """Case and spacing ignored, as the engines' SQL does it (runs of ASCII
    white space as one space, trimmed, lower case).

    >>> normalise("  Pay   the  BILL ")
    'pay the bill'
    """
    return _SPACE.sub(" ", text).strip(" ").lower()


@dataclass(frozen=True)
class ActivityMatch:
    """How every activity of a log was matched.

    ``steps`` maps an activity to the step it counts for; ``unmatched`` lists
    the activities left out with their event counts (most first), and
    ``suggestions`` a likely step for some of them as ``(step id, score)``.
    """

    steps: dict[str, str]
    unmatched: list[tuple[str, int]]
    ignored: list[tuple[str, int]]
    """Activities the saved mapping says are not steps, with their counts."""
    suggestions: dict[str, tuple[str, float]]
    by_title: int
    by_map: int


def load_activity_map(path: str | Path, journey: Journey) -> dict[str, str | None]:
    """Read a saved activity mapping; every step it names must exist."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_MAP_BYTES:
            raise ActivityMapError(f"{path}: too big for an activity mapping")
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except OSError as exc:
        raise ActivityMapError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ActivityMapError(f"{path}: not JSON ({exc})") from None
    activities = data.get("activities") if isinstance(data, dict) else None
    if not isinstance(activities, dict):
        raise ActivityMapError(f'{path}: expected {{"activities": {{activity: step id}}}}')
    steps = {s.id for s in journey.steps}
    result: dict[str, str | None] = {}
    for activity, step in activities.items():
        if step is not None and not isinstance(step, str):
            raise ActivityMapError(f"{path}: activities.{activity}: a step id or null")
        if step is not None and step not in steps:
            raise ActivityMapError(
                f"{path}: activities.{activity}: step {step!r} does not exist in the journey"
            )
        result[normalise(str(activity))] = step
    return result


def match_activities(
    journey: Journey,
    counts: dict[str, int],
    saved: dict[str, str | None] | None = None,
) -> ActivityMatch:
    """Match the activities ``counts`` names (activity → events) to steps.

    >>> from journeymap.model import Journey, Stage, Step
    >>> j = Journey(stages=[Stage(id="a", name="A")],
    ...             steps=[Step(id="s-pay", title="Pay the bill", stage_id="a")])
    >>> m = match_activities(j, {"pay the  bill": 5, "Pay bil": 2, "login": 1})
    >>> m.steps, m.unmatched, m.suggestions
    ({'pay the  bill': 's-pay'}, [('Pay bil', 2), ('login', 1)], {'Pay bil': ('s-pay', 85.5)})
    """
    by_title: dict[str, str] = {}
    for step in journey.steps:
        by_title.setdefault(normalise(step.id), step.id)
    for step in journey.steps:
        by_title[normalise(step.title)] = step.id  # a title wins over an id
    saved = saved or {}
    steps: dict[str, str] = {}
    unmatched: list[tuple[str, int]] = []
    ignored: list[tuple[str, int]] = []
    n_title = n_map = 0
    for activity, count in counts.items():
        key = normalise(activity)
        if key and key in by_title:
            steps[activity] = by_title[key]
            n_title += 1
        elif key in saved:
            target = saved[key]
            if target is None:
                ignored.append((activity, count))
            else:
                steps[activity] = target
                n_map += 1
        else:
            unmatched.append((activity, count))
    unmatched.sort(key=lambda item: (-item[1], item[0]))
    ignored.sort(key=lambda item: (-item[1], item[0]))
    return ActivityMatch(steps, unmatched, ignored, _suggest(journey, unmatched), n_title, n_map)


def _suggest(journey: Journey, unmatched: list[tuple[str, int]]) -> dict[str, tuple[str, float]]:
    if not unmatched or not journey.steps:
        return {}
    from rapidfuzz import fuzz, process, utils

    titles = [s.title for s in journey.steps]
    suggestions: dict[str, tuple[str, float]] = {}
    for activity, _count in unmatched[:1000]:
        found = process.extractOne(
            activity,
            titles,
            scorer=fuzz.WRatio,
            processor=utils.default_process,
            score_cutoff=SUGGESTION_CUTOFF,
        )
        if found is not None:
            suggestions[activity] = (journey.steps[found[2]].id, round(float(found[1]), 1))
    return suggestions


def activity_map_json(match: ActivityMatch) -> str:
    """A mapping file to confirm: what matched, and the suggestions for the rest
    (``null`` where there is none), for the user to edit and pass back."""
    activities: dict[str, str | None] = dict(match.steps)
    for activity, _count in match.unmatched:
        suggestion = match.suggestions.get(activity)
        activities[activity] = suggestion[0] if suggestion else None
    for activity, _count in match.ignored:
        activities[activity] = None
    return json.dumps({"activities": activities}, ensure_ascii=False, indent=2) + "\n"
