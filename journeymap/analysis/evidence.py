"""How sure each rating is: the measurements behind it, combined, with a 95 % interval.

A rating of a step for a persona is derived from its measurements (see
:mod:`journeymap.model.evidence`): per measure, the n-weighted mean of the
measurements that count (not excluded, of a source the journey counts). This
module adds how sure that mean is:

- **The interval** is the two-sided 95 % Student t-interval of the mean,
  ``mean ± t(0.975, N - 1) · s / √N``, from ``scipy.stats.t``, where ``N`` is
  the answers counted and ``s`` the sample standard deviation of all of them
  taken together (the pooled spread: each part's own spread, from its ``sd``
  or its ``counts`` per scale point, plus how far each part's mean lies from
  the whole mean; see :func:`journeymap.model.evidence.pool`). An interval is
  cut to the scale's ends (a mean of 4.9 cannot be 5.2).
- **When the spread is not known** (a typed value, a survey summary without
  ``sd`` or ``counts``, any part of more than one answer without them) no
  interval is given: ``ci_low`` and ``ci_high`` are ``None``. Neither is one
  for a single answer (``N = 1``), which has no spread.
- **An estimate** (a measurement without ``n``) counts as one answer; its
  ``n`` is reported as ``None`` and the combined value is marked ``estimated``.

No Qt here.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from journeymap.model import Journey
from journeymap.model.evidence import MEASURES, Measure, Measurement, pool

__all__ = [
    "FEW_ANSWERS",
    "RatingEstimate",
    "SourceEstimate",
    "estimate",
    "measurement_interval",
    "rating_estimates",
    "ratings_to_dicts",
    "t_interval",
]

FEW_ANSWERS = 5
"""Below this many answers a rating is shown as unsure (a hollow chip on the map)."""


def t_interval(mean: float, sd: float | None, n: int) -> tuple[float | None, float | None]:
    """The two-sided 95 % t-interval of a mean of ``n`` answers with sample
    standard deviation ``sd``; ``(None, None)`` when it cannot be known.

    >>> low, high = t_interval(3.0, 1.0, 10)
    >>> round(low, 3), round(high, 3)
    (2.285, 3.715)
    >>> t_interval(3.0, None, 10), t_interval(3.0, 1.0, 1)
    ((None, None), (None, None))
    """
    if sd is None or n < 2:
        return None, None
    if sd == 0:
        return mean, mean
    below, above = _t_quantiles(n - 1)
    scale = sd / math.sqrt(n)
    # What scipy's ``t.interval(0.95, n - 1, loc=mean, scale=scale)`` computes,
    # with its quantiles looked up once per sample size instead of per call.
    return float(below * scale + mean), float(above * scale + mean)


@lru_cache(maxsize=4096)
def _t_quantiles(df: int) -> tuple[float, float]:
    """The 2.5 % and 97.5 % quantiles of Student's t with ``df`` degrees of freedom."""
    from scipy import stats

    confidence = 0.95
    return (
        float(stats.t.ppf((1.0 - confidence) / 2, df)),
        float(stats.t.ppf((1.0 + confidence) / 2, df)),
    )


@dataclass(frozen=True, slots=True)
class SourceEstimate:
    """One counted measurement: its source and label, mean, n and interval."""

    source: str
    label: str
    mean: float
    n: int | None
    """``None`` for an estimate (counted as one answer)."""
    ci_low: float | None
    ci_high: float | None


@dataclass(frozen=True, slots=True)
class RatingEstimate:
    """One measure of a step for a persona, over the counted measurements."""

    step_id: str
    persona_id: str
    measure: Measure
    mean: float
    n: int
    """Answers counted (an estimate counts as one)."""
    ci_low: float | None
    ci_high: float | None
    estimated: bool
    """Some counted measurement had no ``n``."""
    sources: tuple[SourceEstimate, ...]
    left_out: int = 0
    """Measurements of this measure that are kept but not counted (excluded,
    or of a source the journey does not count)."""

    @property
    def unsure(self) -> bool:
        """Fewer than :data:`FEW_ANSWERS` answers, or only estimates."""
        return self.n < FEW_ANSWERS or all(s.n is None for s in self.sources)


_ENDS = {measure: (measure.scale.low, measure.scale.high) for measure in MEASURES}
"""Each measure's scale ends, looked up once (an enum's ``value`` is slow to read)."""


def _clip(measure: Measure, value: float | None) -> float | None:
    if value is None:
        return None
    low, high = _ENDS[measure]
    return min(high, max(low, value))


def measurement_interval(m: Measurement) -> tuple[float | None, float | None]:
    """The 95 % interval of one measurement's mean, cut to its scale's ends."""
    low, high = t_interval(m.mean, m.spread(), m.weight)
    if low is None:
        return None, None
    return _clip(m.measure, low), _clip(m.measure, high)


def _source(m: Measurement) -> SourceEstimate:
    low, high = measurement_interval(m)
    return SourceEstimate(m.source.value, m.label, m.mean, m.n, low, high)


def estimate(journey: Journey, parts: Sequence[Measurement]) -> RatingEstimate | None:
    """Combine the measurements of one measure of one step and persona (all of
    the same key but source and label); ``None`` when none of them counts."""
    counted = [m for m in parts if journey.counts(m)]
    pooled = pool(counted)
    if pooled is None:
        return None
    first = counted[0]
    low, high = t_interval(pooled.mean, pooled.sd, pooled.n)
    measure = first.measure
    bottom, top = _ENDS[measure]
    return RatingEstimate(
        first.step_id,
        first.persona_id,
        measure,
        float(min(top, max(bottom, pooled.mean))),
        pooled.n,
        _clip(measure, low),
        _clip(measure, high),
        pooled.estimated,
        tuple(_source(m) for m in counted),
        len(parts) - len(counted),
    )


def rating_estimates(
    journey: Journey, keys: Iterable[tuple[str, str]] | None = None
) -> list[RatingEstimate]:
    """Every measure of every rating (or of the ``(step_id, persona_id)`` pairs
    in ``keys``), in the order of the journey's ratings, then goal, ease,
    emotion."""
    groups: dict[tuple[str, str], dict[Measure, list[Measurement]]] = {}
    chosen = (
        journey.measurements
        if keys is None
        else [m for key in dict.fromkeys(keys) for m in journey.measurements_of(*key)]
    )
    for m in chosen:
        groups.setdefault((m.step_id, m.persona_id), {}).setdefault(m.measure, []).append(m)
    out: list[RatingEstimate] = []
    order = [r.key for r in journey.ratings if r.key in groups]
    order += [key for key in groups if not journey.has("ratings", key)]
    for key in order:
        by_measure = groups[key]
        for measure in MEASURES:
            found = estimate(journey, by_measure.get(measure, []))
            if found is not None:
                out.append(found)
    return out


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def ratings_to_dicts(estimates: Iterable[RatingEstimate]) -> list[dict[str, object]]:
    """The ``ratings`` of ``journeymap analyze --json``: one entry per step,
    persona and measure, with the sources it is made of."""
    return [
        {
            "step_id": e.step_id,
            "persona_id": e.persona_id,
            "measure": e.measure.value,
            "mean": _round(e.mean),
            "n": e.n,
            "ci_low": _round(e.ci_low),
            "ci_high": _round(e.ci_high),
            "sources": [
                {
                    "source": s.source,
                    "label": s.label,
                    "mean": _round(s.mean),
                    "n": s.n,
                    "ci_low": _round(s.ci_low),
                    "ci_high": _round(s.ci_high),
                }
                for s in e.sources
            ],
        }
        for e in estimates
    ]
