"""Checks that a journey's references hold, reported with the path of each problem.

Pydantic checks each item on its own; this module checks what ties items
together: unique ids, and every id that one item uses to point at another (the
fields declared in :data:`journeymap.model.references.REFERENCES`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from journeymap.model.entities import TEXT_PATTERN, refused_character
from journeymap.model.journey import COLLECTIONS, Journey, item_key
from journeymap.model.references import dangling
from journeymap.model.scales import SCALES

__all__ = ["Problem", "format_loc", "problems_from_validation_error", "reference_problems"]


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a journey or a file, at a path like ``steps[3].stage_id``."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


def format_loc(loc: Iterable[object]) -> str:
    """``("steps", 3, "stage_id")`` -> ``"steps[3].stage_id"``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


_FRIENDLY = {
    "string_pattern_mismatch": "must be an id without spaces or control characters",
    "extra_forbidden": "unknown field",
    "missing": "required field is missing",
    "finite_number": "must be a finite number",
}


def _refused_message(value: object) -> str:
    char = refused_character(value) if isinstance(value, str) else None
    which = f"the character U+{ord(char):04X}" if char else "a control character"
    return f"contains {which}, which journeymap does not accept in text; remove it"


def problems_from_validation_error(error: ValidationError, prefix: str = "") -> list[Problem]:
    """Turn pydantic's errors into :class:`Problem` lines with readable paths."""
    problems = []
    for err in error.errors(include_url=False):
        loc = format_loc(err["loc"])
        if prefix:
            loc = f"{prefix}.{loc}" if loc and not loc.startswith("[") else prefix + loc
        kind = err["type"]
        if kind == "string_pattern_mismatch":
            pattern = str(err.get("ctx", {}).get("pattern", ""))
            if pattern == TEXT_PATTERN:
                message = _refused_message(err.get("input"))
            elif pattern.startswith("^#"):
                message = "must be a colour like #1f77b4"
            else:
                message = _FRIENDLY[kind]
        elif kind in ("greater_than_equal", "less_than_equal") and err["loc"][-1] in SCALES:
            scale = SCALES[str(err["loc"][-1])]
            message = f"must be between {scale.low:g} and {scale.high:g}"
        else:
            message = _FRIENDLY.get(kind) or err["msg"]
            if message.startswith("Value error, "):
                message = message.removeprefix("Value error, ")
        problems.append(Problem(loc, message))
    return problems


class _LegacyKey:
    """A version-1 rating's key, for the duplicate check at its own path."""

    def __init__(self, data: Any) -> None:
        self.key: Any = (
            (data.get("step_id"), data.get("persona_id")) if isinstance(data, dict) else id(data)
        )


def _keys(name: str, items: list[Any]) -> list[Any]:
    """The key of each item (:func:`~journeymap.model.journey.item_key`), read
    from the fields directly for the large collections."""
    if name == "measurements":
        return [
            (d["step_id"], d["persona_id"], d["measure"], d["source"], d["label"])
            for d in (m.__dict__ for m in items)
        ]
    if name == "ratings":
        return [
            item.key
            if isinstance(item, _LegacyKey)
            else (item.__dict__["step_id"], item.__dict__["persona_id"])
            for item in items
        ]
    return [item_key(item) for item in items]


def reference_problems(journey: Journey, legacy_ratings: list[Any] | None = None) -> list[Problem]:
    """What is wrong with how ``journey``'s items fit together: every duplicate
    key, then every dangling id (each in file order), then a lane listed twice.

    ``legacy_ratings`` are the ``ratings`` of a version-1 file, which became
    the journey's measurements: their problems are reported at their own
    paths (``ratings[1].persona_id``) instead of the measurements'.

    >>> from journeymap.model import Journey, Stage, Step
    >>> j = Journey(stages=[Stage(id="s1", name="Find")],
    ...             steps=[Step(id="a", title="Search", stage_id="s9")])
    >>> [str(p) for p in reference_problems(j)]
    ['steps[0].stage_id: unknown stage "s9"']
    """
    problems: list[Problem] = []
    for name in COLLECTIONS:
        seen: set[Any] = set()
        items = getattr(journey, name)
        if name == "ratings":
            if legacy_ratings is None:
                # Derived from the measurements, one per pair by construction
                # (Journey.derive_ratings is their only writer): no duplicate.
                continue
            items = [_LegacyKey(r) for r in legacy_ratings]
        keys = _keys(name, items)
        if len(set(keys)) == len(keys):
            continue  # no duplicate (a set of the keys is the quick way to know)
        for i, key in enumerate(keys):
            if key in seen:
                if name == "ratings":
                    what = f'step "{key[0]}" and persona "{key[1]}"'
                elif name == "measurements":
                    step, persona, measure, source, label = (str(k) for k in key)
                    what = f'{measure} of step "{step}" for persona "{persona}" from {source}' + (
                        f' "{label}"' if label else ""
                    )
                else:
                    what = f'"{key}"'
                problems.append(Problem(f"{name}[{i}]", f"duplicate {what}"))
            seen.add(key)
    found = dangling(journey)
    if legacy_ratings is not None:
        # Every measurement came from a rating: report at the rating's path.
        found = [f for f in found if not f[0].startswith("measurements[")]
        known = {
            "step_id": ("step", {s.id for s in journey.steps}),
            "persona_id": ("persona", {p.id for p in journey.personas}),
        }
        own = [
            (f"ratings[{i}].{field}", f'unknown {noun} "{r.get(field)}"')
            for i, r in enumerate(legacy_ratings)
            if isinstance(r, dict)
            for field, (noun, ids) in known.items()
            if r.get(field) not in ids
        ]
        cut = next(
            (i for i, (path, _) in enumerate(found) if path.startswith("opportunities")),
            len(found),
        )
        found[cut:cut] = own
    problems.extend(Problem(path, message) for path, message in found)
    lanes = [setting.lane for setting in journey.lanes]
    if len(set(lanes)) != len(lanes):
        problems.append(Problem("lanes", "a lane is listed more than once"))
    return problems
