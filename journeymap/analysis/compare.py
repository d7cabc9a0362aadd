"""Two versions of a journey side by side: as-is and to-be, or a file and its past.

``compare_journeys(before, after)`` matches steps by id and reports:

- the steps **removed**, **added** and **changed**. A step is changed when its
  own fields differ (its place in the flow view, ``position``, is layout and
  does not count), or its ratings, its transitions (in or out) or the
  opportunities naming it differ;
- per step and for the whole journey, before and after: customers (inflow;
  for the journey, those entering), drop-off rate (for the journey, the share
  of those entering who do not finish at a success end, unknown when a success
  end's count is), pain score (the sum of the pain points' scores) and the
  mean goal, ease and emotion over the personas who rated it;
- the conversion before and after: the rate of the first start → success end
  conversion, as ``journeymap analyze --json`` lists it first;
- the pain points (step × persona) **resolved** (in before, not in after) and
  **new** (in after, not in before);
- each persona's emotion curve along the main path, before and after.

Two journeys that share few step ids (fewer than a fifth of the larger one's
steps) are **unrelated**: the comparison says so and lists no steps, since
every step would be "removed" and "added".

Everything is plain data; :func:`comparison_to_dict` is the JSON of
``journeymap compare --json`` and :func:`format_comparison` its text.

>>> from journeymap.model import Journey, Stage, Step, Transition
>>> before = Journey(stages=[Stage(id="s", name="All")],
...     steps=[Step(id="a", title="Ask", stage_id="s", kind="start", volume=100),
...            Step(id="b", title="Done", stage_id="s", kind="success")],
...     transitions=[Transition(id="t", source="a", target="b", volume=60)])
>>> after = before.model_copy(update={"transitions": [
...     Transition(id="t", source="a", target="b", volume=90)]})
>>> c = compare_journeys(before, after)
>>> c.changed, c.conversion_before, c.conversion_after
(('a', 'b'), 0.6, 0.9)
>>> compare_journeys(before, before).changed
()
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from journeymap.analysis.phrases import ENGLISH, Formatter
from journeymap.analysis.report import analyse
from journeymap.analysis.results import JourneyAnalysis
from journeymap.model.entities import Step
from journeymap.model.gcpause import gc_paused
from journeymap.model.journey import Journey

__all__ = [
    "UNRELATED_SHARE",
    "JourneyComparison",
    "Measures",
    "StepComparison",
    "combined_journey",
    "combined_order",
    "compare_journeys",
    "comparison_to_dict",
    "delta",
    "format_comparison",
    "mean_text",
    "measure_rows",
    "signed",
]

UNRELATED_SHARE = 0.2
"""Below this share of shared step ids (of the larger journey's steps) two
journeys are unrelated."""

Status = Literal["added", "removed", "changed", "same"]


@dataclass(frozen=True, slots=True)
class Measures:
    """One step, or the whole journey, in one version. ``None`` is unknown or missing."""

    customers: float | None = None
    drop_off_rate: float | None = None
    pain: float = 0.0
    goal: float | None = None
    ease: float | None = None
    emotion: float | None = None


@dataclass(frozen=True, slots=True)
class StepComparison:
    """One step in both versions; ``before`` is ``None`` for an added step,
    ``after`` for a removed one. ``what`` names what changed (fields,
    ``ratings``, ``transitions``, ``opportunities``)."""

    step_id: str
    title: str
    status: Status
    what: tuple[str, ...]
    before: Measures | None
    after: Measures | None


@dataclass(frozen=True)
class JourneyComparison:
    before_title: str
    after_title: str
    persona_id: str | None
    related: bool
    shared_steps: int
    largest: int
    """Steps of the larger version."""
    removed: tuple[str, ...]
    added: tuple[str, ...]
    changed: tuple[str, ...]
    steps: tuple[StepComparison, ...]
    """Every step of either version in :func:`combined_order`; empty when unrelated."""
    total_before: Measures
    total_after: Measures
    conversion_before: float | None
    conversion_after: float | None
    pain_resolved: tuple[tuple[str, str], ...]
    pain_new: tuple[tuple[str, str], ...]
    curves_before: dict[str, list[tuple[str, float | None]]]
    curves_after: dict[str, list[tuple[str, float | None]]]
    persona_names: dict[str, str]
    step_titles: dict[str, str]
    emotions_before: dict[str, dict[str, float]]
    """Persona → step → emotion, as rated in each version (the map's emotion curve)."""
    emotions_after: dict[str, dict[str, float]]
    language: str | None = None
    """The after journey's ``language``: the language a comparison page is written in."""

    @property
    def unchanged(self) -> bool:
        return self.related and not (self.removed or self.added or self.changed)


def combined_order(before: Sequence[str], after: Sequence[str]) -> list[str]:
    """``after``'s order, each id only in ``before`` placed after its
    predecessor there.

    >>> combined_order(["a", "b", "c", "d"], ["a", "x", "c", "d"])
    ['a', 'b', 'x', 'c', 'd']
    >>> combined_order(["z", "a"], ["a"])
    ['z', 'a']
    """
    present = set(after)
    following: dict[str | None, list[str]] = {}
    anchor: str | None = None
    for key in before:
        if key in present:
            anchor = key
        else:
            following.setdefault(anchor, []).append(key)
    out = list(following.get(None, []))
    for key in after:
        out.append(key)
        out.extend(following.get(key, ()))
    return out


def _mean(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return sum(present) / len(present) if present else None


def _what_changed(step_id: str, before: Journey, after: Journey, by_step: dict) -> tuple[str, ...]:
    old: Step | None = before.find("steps", step_id)
    new: Step | None = after.find("steps", step_id)
    if old is None or new is None:  # matched by id, so both are there
        return ()
    what = [
        f for f in type(old).model_fields if f != "position" and getattr(old, f) != getattr(new, f)
    ]
    for part in ("ratings", "transitions", "opportunities"):
        if by_step[part][0].get(step_id, set()) != by_step[part][1].get(step_id, set()):
            what.append(part)
    return tuple(what)


def _group(journey: Journey) -> dict[str, dict[str, set[Any]]]:
    """Per step, the ratings, transitions and opportunities that belong to it."""
    out: dict[str, dict[str, set[Any]]] = {"ratings": {}, "transitions": {}, "opportunities": {}}
    for r in journey.ratings:
        out["ratings"].setdefault(r.step_id, set()).add(r)
    for t in journey.transitions:
        out["transitions"].setdefault(t.source, set()).add(t)
        out["transitions"].setdefault(t.target, set()).add(t)
    for o in journey.opportunities:
        for sid in o.step_ids:
            out["opportunities"].setdefault(sid, set()).add(o)
    return out


def _measures(journey: Journey, analysis: JourneyAnalysis, persona_id: str | None) -> dict:
    pain: dict[str, float] = {}
    for p in analysis.pain_points:
        pain[p.step_id] = pain.get(p.step_id, 0.0) + p.score
    ratings: dict[str, list] = {}
    for r in journey.ratings:
        if persona_id in (None, r.persona_id):
            ratings.setdefault(r.step_id, []).append(r)
    out = {}
    for step in journey.steps:
        f = analysis.flow.steps.get(step.id)
        rs = ratings.get(step.id, [])
        out[step.id] = Measures(
            customers=f.inflow if f else None,
            drop_off_rate=f.drop_off_rate if f else None,
            pain=pain.get(step.id, 0.0),
            goal=_mean(r.goal for r in rs),
            ease=_mean(r.ease for r in rs),
            emotion=_mean(r.emotion for r in rs),
        )
    return out


def _total(journey: Journey, analysis: JourneyAnalysis, persona_id: str | None) -> Measures:
    flow = analysis.flow
    entries = flow.total_entries
    # Lost on the way: those who entered and did not finish at a success end;
    # unknown when any success end's count is.
    ends = [s.id for s in journey.steps if s.kind == "success"]
    completed = [flow.steps[sid].completed if sid in flow.steps else None for sid in ends]
    lost = None
    if entries and ends and all(v is not None for v in completed):
        lost = max(0.0, 1.0 - sum(v for v in completed if v is not None) / entries)
    ratings = [r for r in journey.ratings if persona_id in (None, r.persona_id)]
    return Measures(
        customers=entries,
        drop_off_rate=lost,
        pain=sum(p.score for p in analysis.pain_points),
        goal=_mean(r.goal for r in ratings),
        ease=_mean(r.ease for r in ratings),
        emotion=_mean(r.emotion for r in ratings),
    )


def _conversion(analysis: JourneyAnalysis) -> float | None:
    for rate in analysis.flow.conversions.values():
        return rate
    return None


def compare_journeys(
    before: Journey, after: Journey, persona_id: str | None = None
) -> JourneyComparison:
    """Compare two versions of a journey (see the module's docstring).

    Raises
    ------
    journeymap.analysis.report.UnknownPersonaError
        When ``persona_id`` is given and either version lacks that persona.
    """
    with gc_paused():  # the collector would rescan both journeys' items again and again
        return _compare(before, after, persona_id)


def _compare(before: Journey, after: Journey, persona_id: str | None) -> JourneyComparison:
    a_before = analyse(before, persona_id)
    a_after = analyse(after, persona_id)
    ids_before = [s.id for s in before.ordered_steps()]
    ids_after = [s.id for s in after.ordered_steps()]
    shared = set(ids_before) & set(ids_after)
    largest = max(len(ids_before), len(ids_after))
    related = largest == 0 or len(shared) >= UNRELATED_SHARE * largest
    m_before = _measures(before, a_before, persona_id)
    m_after = _measures(after, a_after, persona_id)
    by_step = {
        part: (g_before[part], g_after[part])
        for g_before, g_after in [(_group(before), _group(after))]
        for part in g_before
    }
    titles = {s.id: s.title for s in before.steps} | {s.id: s.title for s in after.steps}
    steps: list[StepComparison] = []
    if related:
        for sid in combined_order(ids_before, ids_after):
            status: Status
            what: tuple[str, ...] = ()
            if sid not in shared:
                status = "added" if sid in m_after else "removed"
            else:
                what = _what_changed(sid, before, after, by_step)
                status = "changed" if what else "same"
            steps.append(
                StepComparison(sid, titles[sid], status, what, m_before.get(sid), m_after.get(sid))
            )
    pains_before = {(p.step_id, p.persona_id) for p in a_before.pain_points}
    pains_after = {(p.step_id, p.persona_id) for p in a_after.pain_points}
    personas = {p.id: p.name for p in before.personas} | {p.id: p.name for p in after.personas}
    return JourneyComparison(
        before_title=before.title,
        after_title=after.title,
        language=after.language,
        persona_id=persona_id,
        related=related,
        shared_steps=len(shared),
        largest=largest,
        removed=tuple(s.step_id for s in steps if s.status == "removed"),
        added=tuple(s.step_id for s in steps if s.status == "added"),
        changed=tuple(s.step_id for s in steps if s.status == "changed"),
        steps=tuple(steps),
        total_before=_total(before, a_before, persona_id),
        total_after=_total(after, a_after, persona_id),
        conversion_before=_conversion(a_before),
        conversion_after=_conversion(a_after),
        pain_resolved=tuple(p for p in _ranked(a_before) if p not in pains_after),
        pain_new=tuple(p for p in _ranked(a_after) if p not in pains_before),
        curves_before=dict(a_before.summary.emotion_curves),
        curves_after=dict(a_after.summary.emotion_curves),
        persona_names=personas,
        step_titles=titles,
        emotions_before=_emotions(before, persona_id),
        emotions_after=_emotions(after, persona_id),
    )


def _emotions(journey: Journey, persona_id: str | None) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {
        p.id: {} for p in journey.personas if persona_id in (None, p.id)
    }
    for r in journey.ratings:
        if r.emotion is not None and r.persona_id in out:
            out[r.persona_id][r.step_id] = r.emotion
    return out


def _ranked(analysis: JourneyAnalysis) -> list[tuple[str, str]]:
    return [(p.step_id, p.persona_id) for p in analysis.pain_points]


# -- writing it out ---------------------------------------------------------------


def _num(value: float | None) -> float | int | None:
    if value is None:
        return None
    value = round(float(value), 6)
    return int(value) if value.is_integer() and abs(value) < 2**53 else value


def _measures_dict(m: Measures | None) -> dict[str, Any] | None:
    if m is None:
        return None
    return {
        "customers": _num(m.customers),
        "drop_off_rate": _num(m.drop_off_rate),
        "pain": _num(m.pain),
        "goal": _num(m.goal),
        "ease": _num(m.ease),
        "emotion": _num(m.emotion),
    }


def comparison_to_dict(c: JourneyComparison) -> dict[str, Any]:
    """The comparison as JSON-ready data (``journeymap compare --json``)."""
    return {
        "before": {"title": c.before_title},
        "after": {"title": c.after_title},
        "persona": c.persona_id,
        "related": c.related,
        "shared_steps": c.shared_steps,
        "steps": {
            "removed": list(c.removed),
            "added": list(c.added),
            "changed": list(c.changed),
            "details": [
                {
                    "id": s.step_id,
                    "title": s.title,
                    "status": s.status,
                    "what": list(s.what),
                    "before": _measures_dict(s.before),
                    "after": _measures_dict(s.after),
                }
                for s in c.steps
                if s.status != "same"
            ],
        },
        "journey": {
            "before": _measures_dict(c.total_before),
            "after": _measures_dict(c.total_after),
        },
        "conversion": {"before": _num(c.conversion_before), "after": _num(c.conversion_after)},
        "pain_points": {
            "resolved": [{"step_id": s, "persona_id": p} for s, p in c.pain_resolved],
            "new": [{"step_id": s, "persona_id": p} for s, p in c.pain_new],
        },
    }


def signed(value: float | None, fmt: Formatter = ENGLISH, kind: str = "number") -> str:
    """A change written with its sign, through ``fmt``: ``"+120"`` customers,
    ``"−3.2 pp"`` of a rate, ``"+0.5"`` of a rating; ``"?"`` unknown.

    >>> signed(120, kind="count"), signed(-0.032, kind="rate"), signed(0.5), signed(0)
    ('+120', '−3.2 pp', '+0.5', '0')
    """
    if value is None:
        return "?"
    if kind == "count":
        text = fmt.count(abs(value))
        zero = text == "0"
    elif kind == "rate":
        text = fmt.rate(abs(value)).replace(" %", " pp")
        zero = text.startswith("0 ")
    else:
        text = f"{abs(value):.2f}".rstrip("0").rstrip(".").replace(".", fmt.point)
        zero = text == "0"
    if zero:
        return text
    return ("+" if value > 0 else "\u2212") + text


def _line(label: str, before: str, after: str, change: str) -> str:
    return f"  {label:<22} {before:>12} {after:>12} {change:>12}\n"


def mean_text(value: float | None, fmt: Formatter = ENGLISH) -> str:
    """A mean rating with at most two decimals; the minus sign a real one."""
    if value is None:
        return "–"
    text = f"{value:.2f}".rstrip("0").rstrip(".").replace(".", fmt.point)
    return text.replace("-", "\u2212")


def delta(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else b - a


def measure_rows(c: JourneyComparison, fmt: Formatter = ENGLISH) -> list[tuple[str, str, str, str]]:
    """The whole journey's measures as (label, before, after, change): customers,
    conversion, drop-off, pain score and the three mean ratings, labels in English
    (the text report, the exported page and the comparison window each word them)."""
    b, a = c.total_before, c.total_after
    return [
        (
            "Customers",
            fmt.count(b.customers),
            fmt.count(a.customers),
            signed(delta(b.customers, a.customers), fmt, "count"),
        ),
        (
            "Conversion",
            fmt.rate(c.conversion_before),
            fmt.rate(c.conversion_after),
            signed(delta(c.conversion_before, c.conversion_after), fmt, "rate"),
        ),
        (
            "Drop-off",
            fmt.rate(b.drop_off_rate),
            fmt.rate(a.drop_off_rate),
            signed(delta(b.drop_off_rate, a.drop_off_rate), fmt, "rate"),
        ),
        (
            "Pain score",
            mean_text(b.pain, fmt),
            mean_text(a.pain, fmt),
            signed(a.pain - b.pain, fmt),
        ),
        (
            "Goal (mean)",
            mean_text(b.goal, fmt),
            mean_text(a.goal, fmt),
            signed(delta(b.goal, a.goal), fmt),
        ),
        (
            "Ease (mean)",
            mean_text(b.ease, fmt),
            mean_text(a.ease, fmt),
            signed(delta(b.ease, a.ease), fmt),
        ),
        (
            "Emotion (mean)",
            mean_text(b.emotion, fmt),
            mean_text(a.emotion, fmt),
            signed(delta(b.emotion, a.emotion), fmt),
        ),
    ]


def format_comparison(c: JourneyComparison, fmt: Formatter = ENGLISH) -> str:
    """The text report of ``journeymap compare``."""
    out = [f'Before: "{c.before_title}"\nAfter:  "{c.after_title}"\n']
    if c.persona_id:
        out.append(f'Persona: "{c.persona_names.get(c.persona_id, c.persona_id)}"\n')
    if not c.related:
        out.append(
            f"\nThese journeys share {c.shared_steps} of {c.largest} step ids: they look "
            "unrelated, so no step-by-step comparison is made.\n"
        )
    elif c.unchanged:
        out.append("\nNo change: the two versions have the same steps, ratings and transitions.\n")
    else:
        out.append(
            f"\nSteps: {len(c.removed)} removed, {len(c.added)} added, {len(c.changed)} changed\n"
        )
        for s in c.steps:
            if s.status == "same":
                continue
            mark = {"removed": "−", "added": "+", "changed": "~"}[s.status]
            what = f" ({', '.join(s.what)})" if s.what else ""
            out.append(f'  {mark} "{s.title}" [{s.step_id}]{what}\n')
            if s.before and s.after:
                b, a = s.before, s.after
                customers = signed(delta(b.customers, a.customers), fmt, "count")
                drop = signed(delta(b.drop_off_rate, a.drop_off_rate), fmt, "rate")
                pain = signed(a.pain - b.pain, fmt)
                out.append(f"      customers {customers}, drop-off {drop}, pain {pain}\n")
    b, a = c.total_before, c.total_after
    out.append("\nWhole journey" + " " * 11 + f"{'before':>12} {'after':>12} {'change':>12}\n")
    rows = [(label.lower(), *cells) for label, *cells in measure_rows(c, fmt)]
    out.extend(_line(*row) for row in rows)
    out.append(f"\nPain points: {len(c.pain_resolved)} resolved, {len(c.pain_new)} new\n")
    for label, pains in (("resolved", c.pain_resolved), ("new", c.pain_new)):
        for sid, pid in pains[:10]:
            title = c.step_titles.get(sid, sid)
            out.append(f'  {label}: "{title}" for "{c.persona_names.get(pid, pid)}"\n')
        if len(pains) > 10:
            out.append(f"  {label}: {len(pains) - 10} more\n")
    return "".join(out)


def combined_journey(before: Journey, after: Journey) -> Journey:
    """``after`` with the steps only ``before`` has put back where they were, so
    one map can show removed steps beside added ones.

    A removed step comes back after its predecessor in ``before``'s list, with
    its stage (added if ``after`` has none of that id), its ratings by personas
    ``after`` knows and ``before``'s transitions between it and steps the map
    shows; a channel ``after`` lacks is left off.

    >>> from journeymap.model import Journey, Stage, Step
    >>> stages = [Stage(id="s", name="S")]
    >>> b = Journey(stages=stages, steps=[Step(id="a", title="A", stage_id="s"),
    ...                                   Step(id="x", title="X", stage_id="s")])
    >>> a = Journey(stages=stages, steps=[Step(id="a", title="A", stage_id="s"),
    ...                                   Step(id="n", title="N", stage_id="s")])
    >>> [s.id for s in combined_journey(b, a).steps]
    ['a', 'x', 'n']
    """
    after_ids = {s.id for s in after.steps}
    removed = {s.id: s for s in before.steps if s.id not in after_ids}
    if not removed:
        return after.copy_deep()
    stage_ids = combined_order([s.id for s in before.stages], [s.id for s in after.stages])
    stages = {s.id: s for s in before.stages} | {s.id: s for s in after.stages}
    channels = {c.id for c in after.channels}
    steps = {s.id: s for s in after.steps}
    for sid, step in removed.items():
        if step.channel_id is not None and step.channel_id not in channels:
            step = step.model_copy(update={"channel_id": None})
        steps[sid] = step
    order = combined_order([s.id for s in before.steps], [s.id for s in after.steps])
    personas = {p.id for p in after.personas}
    taken = {t.id for t in after.transitions}
    transitions = list(after.transitions) + [
        t
        for t in before.transitions
        if t.id not in taken
        and (t.source in removed or t.target in removed)
        and t.source in steps
        and t.target in steps
    ]
    ratings = list(after.ratings) + [
        r for r in before.ratings if r.step_id in removed and r.persona_id in personas
    ]
    shown_stages = {s.stage_id for s in steps.values()} | {s.id for s in after.stages}
    combined = after.model_copy(
        update={
            "stages": [stages[sid] for sid in stage_ids if sid in shown_stages],
            "steps": [steps[sid] for sid in order],
            "transitions": transitions,
            "ratings": ratings,
            "channels": list(after.channels),
            "personas": list(after.personas),
            "opportunities": list(after.opportunities),
            "metadata": dict(after.metadata),
        }
    )
    combined._positions = {}  # model_copy shares the position cache; the lists differ
    return combined
