"""Structure and data checks: what in a journey looks unfinished or contradictory.

Each :class:`Check` has a stable ``code`` that tools may rely on:

======================  ========  ===============================================
code                    severity  meaning
======================  ========  ===============================================
broken_reference        error     an id points at nothing (a journey edited in memory)
no_steps                info      the journey has no steps yet
no_start                warning   no step is marked as a start
no_success_end          info      no step is marked as a success end
unreachable             warning   a step no start leads to
dead_end                warning   a step with no way out that is not a success end or exit
missing_ratings         warning   steps a persona has no rating for (one check per persona)
cycle                   info      a loop: customers can come back (allowed, reported)
start_volume_assumed    info      a start without a volume; 1,000 customers assumed
flow_unknown            info      steps whose customers cannot be worked out
more_out_than_in        warning   more customers leave a step than reach it
shares_over_100         warning   the shares out of a step add up to more than 100 %
share_volume_mismatch   warning   a transition's share and volume disagree
step_volume_mismatch    warning   a step's measured volume and its transitions in disagree
flow_unsolvable         warning   a loop nobody leaves (shares around it reach 100 %)
======================  ========  ===============================================

Contradictory data is reported, never corrected: the flow keeps the numbers it
was given.

Checking needs neither NumPy nor SciPy (``journeymap validate`` runs on this
module alone): given no flow and no rating table, it works the flow out without
the conversions and reads the ratings in one plain pass.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from journeymap.analysis.flow import DEFAULT_COHORT, FlowReport, compute_flow
from journeymap.analysis.graph import (
    END_KINDS,
    JourneyGraph,
    index_journey,
    reachable,
)
from journeymap.analysis.pace import paced
from journeymap.analysis.phrases import Count, Names, Phrase, Quoted, plural, template
from journeymap.analysis.results import Check
from journeymap.model.entities import Rating, StepKind
from journeymap.model.journey import Journey

if TYPE_CHECKING:
    from journeymap.analysis.ratings import RatingTable

__all__ = ["SEVERITIES", "Check", "run_checks"]

SEVERITIES = ("error", "warning", "info")

_LISTED = 5
"""How many step names a message lists before "and N more"."""


BROKEN_TRANSITION = template("transition {transition} connects a step that does not exist")
BROKEN_RATING = template(
    "a rating of step {step} by persona {persona} refers to an item that does not exist"
)
NO_STEPS = template("the journey has no steps yet")
NO_START = template("no step is marked as a start; the steps nothing leads to are used instead")
UNREACHABLE = template("{step} cannot be reached from any start")
DEAD_END = template("{step} leads nowhere but is not marked as a success end or an exit")
NO_SUCCESS_END = template("no step is marked as a success end, so there is no conversion to report")
MISSING_RATINGS_ONE = template("{persona} has no ratings at {count} step: {steps}")
MISSING_RATINGS_MANY = template("{persona} has no ratings at {count} steps: {steps}")
START_VOLUME_ASSUMED = template(
    "the start {step} has no volume; {count} customers are assumed, so counts are notional "
    "and rates are real"
)
FLOW_UNKNOWN_ONE = template(
    "customers at {count} step cannot be worked out (a transition with no volume or share "
    "leads there): {steps}"
)
FLOW_UNKNOWN_MANY = template(
    "customers at {count} steps cannot be worked out (a transition with no volume or share "
    "leads there): {steps}"
)
RETURNS_ONE = template("{steps} returns to itself: customers can come back ({count} transition)")
RETURNS_MANY = template("{steps} returns to itself: customers can come back ({count} transitions)")
LOOP_ONE = template("{steps} form a loop: customers can come back ({count} transition)")
LOOP_MANY = template("{steps} form a loop: customers can come back ({count} transitions)")


def _check(
    code: str,
    severity: str,
    phrase: Phrase,
    step_ids: tuple[str, ...] = (),
    transition_ids: tuple[str, ...] = (),
) -> Check:
    return Check(code, severity, phrase.text(), step_ids, transition_ids, phrase)


def run_checks(
    journey: Journey,
    flow: FlowReport | None = None,
    *,
    graph: JourneyGraph | None = None,
    table: RatingTable | None = None,
) -> list[Check]:
    """Check a journey's structure and flow data.

    Parameters
    ----------
    journey : Journey
    flow : FlowReport, optional
        ``compute_flow(journey)``, if already computed.
    graph, table : optional
        ``index_journey(journey)`` and ``rating_table(journey, graph)``, if built.

    Returns
    -------
    list of Check
        Errors first, then warnings, then information.

    Examples
    --------
    >>> from journeymap.model import Journey, Stage, Step, Transition
    >>> j = Journey(
    ...     stages=[Stage(id="st", name="All")],
    ...     steps=[Step(id="s", title="Start", stage_id="st", kind="start", volume=10),
    ...            Step(id="a", title="Call", stage_id="st"),
    ...            Step(id="z", title="Lost", stage_id="st")],
    ...     transitions=[Transition(id="t", source="s", target="a", share=0.5)])
    >>> [(c.code, c.step_ids) for c in run_checks(j)]  # doctest: +NORMALIZE_WHITESPACE
    [('unreachable', ('z',)), ('dead_end', ('a',)), ('dead_end', ('z',)),
     ('no_success_end', ())]
    """
    graph = graph or index_journey(journey)
    flow = flow or compute_flow(journey, graph=graph, conversions=False)
    titles = {s.id: s.title for s in journey.steps}
    broken, rated = _rated(journey, graph, table)
    checks = _references(graph, broken)
    checks += _structure(graph, titles)
    checks += _ratings(journey, graph, rated)
    checks += _flow(flow, titles)
    checks += _cycles(graph, titles)
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    return sorted(checks, key=lambda c: rank[c.severity])


def _title(step_id: str, titles: dict[str, str]) -> str:
    return titles.get(step_id) or step_id


def _name(step_id: str, titles: dict[str, str]) -> Quoted:
    return Quoted(_title(step_id, titles))


def _names(step_ids: list[str] | tuple[str, ...], titles: dict[str, str]) -> Names:
    shown = tuple(_title(s, titles) for s in step_ids[:_LISTED])
    return Names(shown, len(step_ids))


def _rated(
    journey: Journey, graph: JourneyGraph, table: RatingTable | None
) -> tuple[list[Rating], list[set[int]]]:
    """The ratings pointing at no step or persona, and per persona the steps
    (by number) it has a rating with at least one value for."""
    rated: list[set[int]] = [set() for _ in journey.personas]
    if table is not None:
        present = table.present
        for node, column in paced(
            zip(table.node[present].tolist(), table.persona[present].tolist(), strict=True)
        ):
            rated[column].add(node)
        return table.broken, rated
    persona_index = {p.id: i for i, p in enumerate(journey.personas)}
    index = graph.index
    broken: list[Rating] = []
    for r in paced(journey.ratings):
        node, column = index.get(r.step_id), persona_index.get(r.persona_id)
        if node is None or column is None:
            broken.append(r)
        elif r.goal is not None or r.ease is not None or r.emotion is not None:
            rated[column].add(node)
    return broken, rated


def _references(graph: JourneyGraph, broken: list[Rating]) -> list[Check]:
    """Transitions and ratings that point at nothing (possible in a journey being
    edited; a loaded file has none, :func:`journeymap.model.reference_problems`
    checks those)."""
    checks = [
        _check(
            "broken_reference",
            "error",
            Phrase(BROKEN_TRANSITION, (("transition", Quoted(tid)),)),
            transition_ids=(tid,),
        )
        for tid in graph.dangling
    ]
    for r in broken:
        checks.append(
            _check(
                "broken_reference",
                "error",
                Phrase(
                    BROKEN_RATING, (("step", Quoted(r.step_id)), ("persona", Quoted(r.persona_id)))
                ),
            )
        )
    return checks


def _structure(graph: JourneyGraph, titles: dict[str, str]) -> list[Check]:
    if graph.n_steps == 0:
        return [_check("no_steps", "info", Phrase(NO_STEPS))]
    checks: list[Check] = []
    if not graph.has_declared_start():
        checks.append(_check("no_start", "warning", Phrase(NO_START)))
    starts = graph.start_indices()
    seen = reachable(graph, starts)
    for node, sid in enumerate(paced(graph.step_ids)):
        if not seen[node]:
            checks.append(
                _check(
                    "unreachable",
                    "warning",
                    Phrase(UNREACHABLE, (("step", _name(sid, titles)),)),
                    (sid,),
                )
            )
    for node, sid in enumerate(paced(graph.step_ids)):
        if not graph.out_edges[node] and graph.kinds[node] not in END_KINDS:
            checks.append(
                _check(
                    "dead_end",
                    "warning",
                    Phrase(DEAD_END, (("step", _name(sid, titles)),)),
                    (sid,),
                )
            )
    if StepKind.SUCCESS not in graph.kinds:
        checks.append(_check("no_success_end", "info", Phrase(NO_SUCCESS_END)))
    return checks


def _ratings(journey: Journey, graph: JourneyGraph, rated: list[set[int]]) -> list[Check]:
    titles = {s.id: s.title for s in journey.steps} if journey.personas else {}
    checks = []
    for column, persona in enumerate(journey.personas):
        have = rated[column]
        missing = [sid for i, sid in enumerate(paced(graph.step_ids)) if i not in have]
        if not missing:
            continue
        phrase = Phrase(
            plural(len(missing), MISSING_RATINGS_ONE, MISSING_RATINGS_MANY),
            (
                ("persona", persona.name or persona.id),
                ("count", Count(len(missing))),
                ("steps", _names(missing, titles)),
            ),
        )
        checks.append(_check("missing_ratings", "warning", phrase, tuple(missing)))
    return checks


def _flow(flow: FlowReport, titles: dict[str, str]) -> list[Check]:
    checks = [
        Check(
            issue.code,
            "warning",
            issue.message,
            issue.step_ids,
            issue.transition_ids,
            issue.phrase,
        )
        for issue in flow.issues
    ]
    for sid in flow.assumed_entries:
        phrase = Phrase(
            START_VOLUME_ASSUMED, (("step", _name(sid, titles)), ("count", Count(DEFAULT_COHORT)))
        )
        checks.append(_check("start_volume_assumed", "info", phrase, (sid,)))
    unknown = [sid for sid, s in flow.steps.items() if s.inflow is None]
    if unknown:
        phrase = Phrase(
            plural(len(unknown), FLOW_UNKNOWN_ONE, FLOW_UNKNOWN_MANY),
            (("count", Count(len(unknown))), ("steps", _names(unknown, titles))),
        )
        checks.append(_check("flow_unknown", "info", phrase, tuple(unknown)))
    return checks


def _cycles(graph: JourneyGraph, titles: dict[str, str]) -> list[Check]:
    checks = []
    for comp in paced(graph.components()):
        node = comp[0]
        if len(comp) == 1 and not any(graph.edge_target[e] == node for e in graph.out_edges[node]):
            continue
        ids = tuple(graph.step_ids[i] for i in comp)
        members = set(comp)
        inside = tuple(
            graph.edge_ids[e]
            for i in comp
            for e in graph.out_edges[i]
            if graph.edge_target[e] in members
        )
        one, many = (RETURNS_ONE, RETURNS_MANY) if len(comp) == 1 else (LOOP_ONE, LOOP_MANY)
        phrase = Phrase(
            plural(len(inside), one, many),
            (("steps", _names(ids, titles)), ("count", Count(len(inside)))),
        )
        checks.append(_check("cycle", "info", phrase, ids, inside))
    return checks
