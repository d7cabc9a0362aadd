"""Pain points: the moments, per step and persona, where the experience breaks.

The rule
--------
Each of the three ratings is read against its neutral middle (see
:mod:`journeymap.model.scales`): *badness* is how far below neutral it is and
*goodness* how far above, both 0..1 (goal 1/5 and ease 1/5 and emotion −2 are
badness 1). A missing rating is missing: it is left out, never read as neutral,
and a step with no ratings for a persona is no pain point (the checks list it).

**A bad moment weighs more than a good one of the same size.** A common saying
holds that it takes about twelve good experiences to make up for one bad one,
so goodness offsets badness only at a twelfth of its weight
(:data:`BAD_WEIGHT` = 12)::

    intensity = max(0, mean(badness) − mean(goodness) / 12)

over the ratings present. Goal 5/5 with emotion −2 is still intensity 0.46,
not zero. A step is a pain point when its intensity is above zero.

The score weighs the intensity by the customers it touches and by whether they
leave there::

    score = intensity × reach × persona weight × (1 + drop-off rate)

``reach`` is the step's customers over all customers entering the journey (1
when the flow is unknown) and the drop-off rate is the part of the step's
customers lost there (0 at a success end). The ``persona weight`` is 1 unless
personas carry a ``share`` of the customers; then it is that share times the
number of personas with a share, so that personas of equal share weigh 1 and a
persona standing for half the customers of three weighs 1.5. Severity follows
the score: **critical** from 0.4, **major** from 0.15, **minor** below.
``affected`` is the customers of that persona at the step (inflow × share).

Every pain point gives its reasons as short texts: the ratings below neutral
("goal 2/5", "ease 1/5", "emotion −2") and, when customers are lost there,
"150 customers lost here (20 %)" ("leave here" at an exit). ``reason_phrases``
holds the same reasons as :class:`~journeymap.analysis.phrases.Phrase` objects,
for writing them in another language.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from journeymap.analysis.flow import FlowReport, compute_flow, flow_arrays
from journeymap.analysis.graph import JourneyGraph, index_journey
from journeymap.analysis.pace import EVERY, checkpoint
from journeymap.analysis.phrases import (
    Count,
    Phrase,
    Rate,
    Score,
    format_count,
    format_rate,
    template,
)
from journeymap.analysis.ratings import BAD_WEIGHT, RatingTable, rating_table
from journeymap.analysis.results import PainPoint
from journeymap.model.entities import Rating, StepKind
from journeymap.model.journey import Journey
from journeymap.model.scales import EASE, EMOTION, GOAL, Scale

__all__ = [
    "BAD_WEIGHT",
    "CRITICAL",
    "MAJOR",
    "PainPoint",
    "find_pain_points",
    "format_rating",
    "persona_weights",
    "rating_intensity",
    "rating_measures",
    "rating_phrase",
    "severity_for",
]

CRITICAL = 0.4
"""Lowest score of a critical pain point."""

MAJOR = 0.15
"""Lowest score of a major pain point."""

_SCALES: tuple[tuple[str, Scale], ...] = (("goal", GOAL), ("ease", EASE), ("emotion", EMOTION))
_SPANS = tuple((sc.neutral, sc.neutral - sc.low, sc.high - sc.neutral) for _, sc in _SCALES)

RATING_TEMPLATES = {
    "goal": template("goal {value}"),
    "ease": template("ease {value}"),
    "emotion": template("emotion {value}"),
}
"""A rating as a reason, by scale name."""

LOST_ONE = template("{count} customer lost here ({rate})")
LOST_MANY = template("{count} customers lost here ({rate})")
LEAVE_ONE = template("{count} customer leaves here ({rate})")
LEAVE_MANY = template("{count} customers leave here ({rate})")


@lru_cache(maxsize=4096)
def rating_phrase(scale: Scale, value: float) -> Phrase:
    """A rating as a reason: ``"ease 1/5"``, ``"emotion −2"``.

    >>> rating_phrase(GOAL, 2).text()
    'goal 2/5'
    """
    template_ = RATING_TEMPLATES.get(scale.name, f"{scale.name} {{value}}")
    return Phrase(template_, (("value", Score(scale, value)),))


@lru_cache(maxsize=4096)
def format_rating(scale: Scale, value: float) -> str:
    """``"ease 1/5"``, ``"emotion −2"`` (with a real minus sign).

    >>> format_rating(EMOTION, -2), format_rating(EASE, 1.5)
    ('emotion −2', 'ease 1.5/5')
    """
    return rating_phrase(scale, value).text()


def rating_intensity(rating: Rating) -> float | None:
    """How painful a rating is, 0..1; ``None`` when all three values are missing.

    Examples
    --------
    >>> from journeymap.model import Rating
    >>> rating_intensity(Rating(step_id="s", persona_id="p", emotion=-2))
    1.0
    >>> round(rating_intensity(Rating(step_id="s", persona_id="p", goal=5, emotion=-2)), 3)
    0.458
    >>> rating_intensity(Rating(step_id="s", persona_id="p", goal=4, ease=4))
    0.0
    >>> rating_intensity(Rating(step_id="s", persona_id="p")) is None
    True
    """
    bad = good = 0.0
    count = 0
    # Inlined Scale.badness/goodness: this runs once per rating of large journeys.
    for value, (neutral, down, up) in zip(
        (rating.goal, rating.ease, rating.emotion), _SPANS, strict=True
    ):
        if value is None:
            continue
        count += 1
        if value < neutral:
            bad += (neutral - value) / down
        else:
            good += (value - neutral) / up
    if count == 0:
        return None
    return max(0.0, (bad - good / BAD_WEIGHT) / count)


def rating_measures(rating: Rating) -> tuple[float | None, float | None]:
    """``(intensity, moment)`` of a rating in one pass: the pain intensity 0..1 (see
    :func:`rating_intensity`) and the mean of the values mapped to −1..+1 (neutral
    0). Both ``None`` when all three values are missing.

    >>> from journeymap.model import Rating
    >>> rating_measures(Rating(step_id="s", persona_id="p", goal=5, emotion=-1))
    (0.20833333333333334, 0.25)
    """
    bad = good = 0.0
    count = 0
    for value, (neutral, down, up) in zip(
        (rating.goal, rating.ease, rating.emotion), _SPANS, strict=True
    ):
        if value is None:
            continue
        count += 1
        if value < neutral:
            bad += (neutral - value) / down
        else:
            good += (value - neutral) / up
    if count == 0:
        return None, None
    return max(0.0, (bad - good / BAD_WEIGHT) / count), (good - bad) / count


def persona_weights(journey: Journey) -> dict[str, float]:
    """Each persona's weight in a pain point's score (see the module docstring).

    >>> from journeymap.model import Journey, Persona
    >>> j = Journey(personas=[Persona(id="a", name="A", share=0.5),
    ...                       Persona(id="b", name="B", share=0.25),
    ...                       Persona(id="c", name="C", share=0.25)])
    >>> persona_weights(j)
    {'a': 1.5, 'b': 0.75, 'c': 0.75}
    """
    with_share = [p for p in journey.personas if p.share is not None]
    count = len(with_share)
    return {p.id: 1.0 if p.share is None else p.share * count for p in journey.personas}


def severity_for(score: float) -> str:
    """``"critical"``, ``"major"`` or ``"minor"`` for a pain point's score.

    >>> severity_for(0.5), severity_for(0.2), severity_for(0.01)
    ('critical', 'major', 'minor')
    """
    if score >= CRITICAL:
        return "critical"
    if score >= MAJOR:
        return "major"
    return "minor"


def find_pain_points(
    journey: Journey,
    flow: FlowReport | None = None,
    persona_id: str | None = None,
    *,
    graph: JourneyGraph | None = None,
    table: RatingTable | None = None,
) -> list[PainPoint]:
    """Every pain point of a journey, worst first.

    Parameters
    ----------
    journey : Journey
    flow : FlowReport, optional
        ``compute_flow(journey)``, if already computed.
    persona_id : str, optional
        Only this persona's pain points.
    graph, table : optional
        ``index_journey(journey)`` and ``rating_table(journey, graph)``, if built.

    Returns
    -------
    list of PainPoint
        Ranked by score, highest first; ties in map order, then persona order.

    Examples
    --------
    >>> from journeymap.model import Journey, Persona, Rating, Stage, Step, Transition
    >>> j = Journey(
    ...     personas=[Persona(id="p", name="Pat")],
    ...     stages=[Stage(id="st", name="All")],
    ...     steps=[Step(id="S", title="S", stage_id="st", kind="start", volume=1000),
    ...            Step(id="A", title="A", stage_id="st")],
    ...     transitions=[Transition(id="t", source="S", target="A", share=0.75)],
    ...     ratings=[Rating(step_id="A", persona_id="p", ease=1, emotion=-2),
    ...              Rating(step_id="S", persona_id="p", emotion=1)])
    >>> [(p.step_id, p.severity, p.reasons) for p in find_pain_points(j)]
    [('A', 'critical', ('ease 1/5', 'emotion −2', '750 customers lost here (100 %)'))]
    """
    graph = graph or index_journey(journey)
    flow = flow or compute_flow(journey, graph=graph)
    table = table or rating_table(journey, graph)
    mask = table.intensity > 0  # NaN (no values) is not
    if persona_id is not None:
        wanted = table.persona_ids.index(persona_id) if persona_id in table.persona_ids else -1
        mask &= table.persona == wanted
    rows = np.flatnonzero(mask)
    if rows.size == 0:
        return []
    weights_by_id = persona_weights(journey)
    weight = np.array([weights_by_id[p] for p in table.persona_ids])
    share = [1.0 if p.share is None else p.share for p in journey.personas]
    checkpoint()
    inflow, rate, lost = flow_arrays(flow, graph.step_ids)
    checkpoint()
    total = flow.total_entries
    reach = np.where(np.isnan(inflow), 1.0, inflow / total) if total else np.ones(len(inflow))
    loss_factor = 1.0 + np.clip(np.nan_to_num(rate, nan=0.0), 0.0, 1.0)
    nodes = table.node[rows]
    personas = table.persona[rows]
    scores = table.intensity[rows] * reach[nodes] * weight[personas] * loss_factor[nodes]
    order = np.lexsort((personas, nodes, -scores))
    severities = np.where(
        scores >= CRITICAL, "critical", np.where(scores >= MAJOR, "major", "minor")
    )[order].tolist()
    checkpoint()
    # Plain lists: indexing numpy arrays one item at a time is slow.
    rows_l = rows[order].tolist()
    nodes_l = nodes[order].tolist()
    personas_l = personas[order].tolist()
    scores_l = scores[order].tolist()
    intensity_l = table.intensity[rows[order]].tolist()
    inflow_l, rate_l, lost_l = inflow.tolist(), rate.tolist(), lost.tolist()
    ratings, step_ids, persona_ids = table.ratings, graph.step_ids, table.persona_ids
    step_reasons: dict[int, tuple[tuple[str, ...], tuple[Phrase, ...]]] = {}
    points: list[PainPoint] = []
    for k, (row, node, person, score, severity, intensity) in enumerate(
        zip(rows_l, nodes_l, personas_l, scores_l, severities, intensity_l, strict=True)
    ):
        if not k % EVERY:
            checkpoint()
        r = ratings[row]
        extra = step_reasons.get(node)
        if extra is None:
            extra = _loss_reason(lost_l[node], rate_l[node], graph.kinds[node])
            step_reasons[node] = extra
        texts, phrases = _rating_reasons(r.goal, r.ease, r.emotion)
        v, drop = inflow_l[node], rate_l[node]
        points.append(
            PainPoint(
                step_ids[node],
                persona_ids[person],
                score,
                severity,
                texts + extra[0],
                None if v != v else v * share[person],  # NaN: unknown
                intensity,
                None if drop != drop else drop,
                phrases + extra[1],
            )
        )
    return points


def _loss_reason(
    lost: float, rate: float, kind: StepKind
) -> tuple[tuple[str, ...], tuple[Phrase, ...]]:
    if lost != lost or rate != rate or lost < 0.5:  # NaN: unknown
        return (), ()
    one, many = (LEAVE_ONE, LEAVE_MANY) if kind == StepKind.EXIT else (LOST_ONE, LOST_MANY)
    count = format_count(lost)
    template_ = one if count == "1" else many
    phrase = Phrase(template_, (("count", Count(lost)), ("rate", Rate(rate))))
    # phrase.text(), written out directly: this runs for every step that loses customers.
    return (template_.format(count=count, rate=format_rate(rate)),), (phrase,)


@lru_cache(maxsize=8192)
def _rating_reasons(
    goal: float | None, ease: float | None, emotion: float | None
) -> tuple[tuple[str, ...], tuple[Phrase, ...]]:
    phrases = tuple(
        rating_phrase(scale, value)
        for scale, value in ((GOAL, goal), (EASE, ease), (EMOTION, emotion))
        if value is not None and value < scale.neutral
    )
    return tuple(p.text() for p in phrases), phrases
