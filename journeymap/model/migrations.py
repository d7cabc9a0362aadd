"""Chained migrations of the file format, applied to the raw JSON data before validation.

Each migration takes the data of version ``v`` and returns the data of ``v + 1``.
Add a function and register it in :data:`MIGRATIONS` whenever the format changes;
old files then open through the whole chain.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from journeymap.model.journey import FORMAT_VERSION

__all__ = ["MIGRATIONS", "MigrationError", "detect_version", "migrate"]

Data = dict[str, Any]


class MigrationError(ValueError):
    """The data's version cannot be brought to the current one."""


def _listed(data: Data, key: str) -> list:
    """``data[key]`` when it is a list; anything else is left for validation to report."""
    value = data.get(key)
    return value if isinstance(value, list) else []


def _v0_to_v1(data: Data) -> Data:
    """Version 0 (the first drafts) called steps ``touchpoints``, named the stage
    reference ``stage``, and rated emotion on 1..5 like the other two questions.
    Version 1 renames those and moves emotion to -2..+2 (neutral 0)."""
    data = dict(data)
    if "touchpoints" in data and "steps" in data:
        raise MigrationError(
            "a version-0 file holds its steps under 'touchpoints'; this one has both "
            "'touchpoints' and 'steps', and journeymap will not guess which to keep: "
            "merge them into one list"
        )
    if "touchpoints" in data:
        data["steps"] = data.pop("touchpoints")
    steps = []
    for step in _listed(data, "steps"):
        if isinstance(step, dict) and "stage" in step:
            step = dict(step)
            step["stage_id"] = step.pop("stage")
        steps.append(step)
    if isinstance(data.get("steps"), list):
        data["steps"] = steps
    ratings = []
    for rating in _listed(data, "ratings"):
        if isinstance(rating, dict):
            rating = dict(rating)
            for old, new in (("step", "step_id"), ("persona", "persona_id")):
                if old in rating:
                    rating[new] = rating.pop(old)
            if isinstance(rating.get("emotion"), int | float) and not isinstance(
                rating.get("emotion"), bool
            ):
                rating["emotion"] = rating["emotion"] - 3
        ratings.append(rating)
    if isinstance(data.get("ratings"), list):
        data["ratings"] = ratings
    data["format_version"] = 1
    return data


def _v1_to_v2(data: Data) -> Data:
    """Version 1 kept one rating per step and persona (goal, ease, emotion, n,
    source, note). Version 2 keeps the evidence apart, as measurements, and
    derives the ratings from them. The old ``ratings`` are left in place: the
    journey reads them as measurements, each value one measurement of the
    rating's source (``estimate`` when it had none) with its ``n`` (none when
    it had none or 0) and its note (see
    :func:`journeymap.model.evidence.measurements_from_rating`), so a wrong
    value is still reported at its path, ``ratings[2].emotion``."""
    data = dict(data)
    data["format_version"] = 2
    return data


MIGRATIONS: dict[int, Callable[[Data], Data]] = {0: _v0_to_v1, 1: _v1_to_v2}


_V0_STEP_KEYS = {"stage"}
_V0_RATING_KEYS = {"step", "persona"}
_V1_STEP_KEYS = {"stage_id"}
_V1_RATING_KEYS = {"step_id", "persona_id"}


def _keys(data: Data, collection: str) -> set[str]:
    return {key for item in _listed(data, collection) if isinstance(item, dict) for key in item}


def detect_version(data: Data) -> int:
    """The version of a file without ``format_version``, read from its keys.

    Version 0 files had no version; version 1 files always have one, but a file
    edited by hand may have lost it, and reading it as version 0 would move
    every emotion by −3 without a word. So the keys decide: ``touchpoints``,
    ``stage``, ``step`` or ``persona`` say 0; ``stage_id``, ``step_id`` or
    ``persona_id`` say 1; both at once are refused. A file with neither (no
    steps, no ratings) reads the same either way.

    >>> detect_version({"steps": [{"id": "a", "stage_id": "s"}]})
    1
    >>> detect_version({"touchpoints": [{"id": "a", "stage": "s"}]})
    0
    """
    steps = _keys(data, "steps") | _keys(data, "touchpoints")
    ratings = _keys(data, "ratings")
    old = "touchpoints" in data or steps & _V0_STEP_KEYS or ratings & _V0_RATING_KEYS
    new = steps & _V1_STEP_KEYS or ratings & _V1_RATING_KEYS
    if old and new:
        raise MigrationError(
            "format_version is missing, and the file mixes the names of version 0 "
            "('touchpoints', 'stage', 'step', 'persona') with those of version 1 "
            "('stage_id', 'step_id', 'persona_id'); add the right format_version"
        )
    return 1 if new else 0


def migrate(data: Data) -> Data:
    """Bring ``data`` to :data:`FORMAT_VERSION`, or raise :class:`MigrationError`.

    A file without ``format_version`` is read as the version its keys show
    (:func:`detect_version`).
    """
    version = data["format_version"] if "format_version" in data else detect_version(data)
    if isinstance(version, bool) or not isinstance(version, int):
        raise MigrationError("format_version must be a whole number")
    if version > FORMAT_VERSION:
        raise MigrationError(
            f"the file is format version {version}, but this journeymap reads versions up to "
            f"{FORMAT_VERSION}; open it with a newer journeymap"
        )
    if version < 0:
        raise MigrationError(f"format_version {version} is not a valid version")
    while version < FORMAT_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
    return data
