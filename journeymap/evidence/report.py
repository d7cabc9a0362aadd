"""The reports of a survey import and an event-log import, as lines of text
(the command line prints them; numbers through the one
:class:`~journeymap.analysis.phrases.Formatter`)."""

from __future__ import annotations

from journeymap.analysis.phrases import Formatter, counted
from journeymap.evidence.apply import FlowResult
from journeymap.evidence.flows import FlowCounts
from journeymap.evidence.survey import SurveyImport
from journeymap.model.journey import Journey
from journeymap.model.scales import SCALES

__all__ = ["flow_report", "shown", "survey_report"]

KINDS = {
    "qualtrics": "a Qualtrics export",
    "surveymonkey": "a SurveyMonkey export",
    "google-forms": "a Google Forms export",
    "microsoft-forms": "a Microsoft Forms export",
    "plain": "a table with one header row",
}
MAX_ROWS_SHOWN = 10
MAX_LISTED = 20


def shown(text: str, limit: int = 60) -> str:
    """An answer or activity quoted for a report: control characters escaped,
    long text cut (nothing in it is ever run)."""
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return repr(text)


def _titles(journey: Journey) -> dict[str, str]:
    return {s.id: s.title for s in journey.steps}


def survey_report(
    imp: SurveyImport,
    journey: Journey,
    fmt: Formatter | None = None,
    header_rows: int | None = None,
) -> list[str]:
    fmt = fmt or Formatter()
    titles = _titles(journey)
    personas = {p.id: p.name for p in journey.personas}
    lines = [
        f"answers: {KINDS.get(imp.table_kind, imp.table_kind)}, "
        f"{fmt.count(imp.rows)} answer rows"
        + (f", {counted(header_rows, 'header row', 'header rows')}" if header_rows else "")
    ]
    if imp.unmapped_personas:
        listed = ", ".join(
            f"{shown(k) if k else '(blank)'} ×{fmt.count(v)}"
            for k, v in sorted(imp.unmapped_personas.items(), key=lambda kv: -kv[1])[:MAX_LISTED]
        )
        lines.append(f"persona answers with no persona in the mapping (left out): {listed}")
    lines.append("per question: used, blank, unmapped, unreadable")
    for q in imp.questions:
        lines.append(
            f"  {q.column} → {titles.get(q.step_id, q.step_id)} ({q.step_id}), {q.measure}: "
            f"{fmt.count(q.used)} used, {fmt.count(q.blank)} blank, "
            f"{fmt.count(q.unmapped)} unmapped, {fmt.count(len(q.unreadable))} unreadable"
        )
        if q.unreadable:
            rows = ", ".join(
                f"row {n} {shown(text, 30)}" for n, text in q.unreadable[:MAX_ROWS_SHOWN]
            )
            more = len(q.unreadable) - MAX_ROWS_SHOWN
            lines.append(f"    unreadable: {rows}" + (f" … and {more} more" if more > 0 else ""))
    lines.append(f"measurements ({len(imp.measurements)}):")
    for m in imp.measurements:
        scale = SCALES[str(m.measure)]
        interval = imp.intervals.get((m.step_id, m.persona_id, str(m.measure)))
        ci = (
            f", 95 % interval {fmt.score(scale, interval[0])} to {fmt.score(scale, interval[1])}"
            if interval
            else ""
        )
        lines.append(
            f"  {titles.get(m.step_id, m.step_id)} × {personas.get(m.persona_id, m.persona_id)}"
            f", {m.measure}: mean {fmt.score(scale, float(m.mean))}, n {fmt.count(m.n)}{ci}"
        )
    lines.append(f"steps measured: {', '.join(imp.steps) or 'none'}")
    lines.append(f"personas measured: {', '.join(imp.personas) or 'none'}")
    return lines


def flow_report(
    flows: FlowCounts, result: FlowResult, journey: Journey, fmt: Formatter | None = None
) -> list[str]:
    fmt = fmt or Formatter()
    titles = _titles(journey)
    c = flows.columns
    lines = [
        f"columns: case {c.case!r}, activity {c.activity!r}, time {c.time!r}"
        + (f", persona {c.persona!r}" if c.persona else ""),
        f"events: {fmt.count(flows.events)}; matched to steps: {fmt.count(flows.matched_events)}"
        f" ({fmt.rate(flows.matched_events / flows.events if flows.events else None)}); "
        f"cases: {fmt.count(flows.cases)}",
        f"repeats folded into one visit (duplicates, reloads): {fmt.count(flows.repeats)}",
    ]
    if flows.missing_case:
        lines.append(f"events without a case (left out): {fmt.count(flows.missing_case)}")
    m = flows.match
    lines.append(f"activities matched: {m.by_title} by title, {m.by_map} by the saved mapping")
    if m.unmatched:
        lines.append("activities that match no step (left out), with events:")
        for activity, n in m.unmatched[:MAX_LISTED]:
            suggestion = m.suggestions.get(activity)
            hint = (
                f"  (perhaps {titles[suggestion[0]]!r} = {suggestion[0]}, score {suggestion[1]:g})"
                if suggestion
                else ""
            )
            lines.append(f"  {shown(activity) if activity else '(blank)'}: {fmt.count(n)}{hint}")
        if len(m.unmatched) > MAX_LISTED:
            lines.append(f"  … and {len(m.unmatched) - MAX_LISTED} more")
    if m.ignored:
        lines.append(
            "activities the mapping leaves out: "
            + ", ".join(f"{shown(a)} ×{fmt.count(n)}" for a, n in m.ignored[:MAX_LISTED])
        )
    starts = {s.id for s in journey.steps if str(s.kind) == "start"}
    late = {sid: n for sid, n in flows.entries.items() if sid not in starts}
    if late:
        lines.append(
            "cases whose first matched event is not at a start step: "
            + ", ".join(f"{titles[sid]} {fmt.count(n)}" for sid, n in late.items())
        )
    lines.append("step volumes from the log:")
    for sid in result.steps_set:
        entries = flows.entries.get(sid, 0)
        lines.append(
            f"  {titles[sid]} ({sid}): {fmt.count(flows.visits.get(sid, 0))} visits"
            + (f", {fmt.count(entries)} entries" if entries else "")
        )
    if result.steps_unseen:
        lines.append(
            "steps the log does not see (volumes left as they were): "
            + ", ".join(result.steps_unseen)
        )
    if result.undesigned:
        verb = "added as observed transitions" if result.added else "not added"
        lines.append(f"moves the design lacks ({verb}):")
        for a, b, n in result.undesigned[:MAX_LISTED]:
            lines.append(f"  {titles[a]} → {titles[b]}: {fmt.count(n)}")
        if len(result.undesigned) > MAX_LISTED:
            lines.append(f"  … and {len(result.undesigned) - MAX_LISTED} more")
    if result.untaken:
        lines.append("designed transitions nobody took: " + ", ".join(result.untaken))
    lines.append(
        f"designed vs observed: {fmt.rate(result.designed_share)} of "
        f"{fmt.count(result.observed_moves)} observed moves follow designed transitions"
    )
    if flows.persona_visits:
        lines.append("visits per persona value:")
        for value, visits in sorted(flows.persona_visits.items()):
            parts = ", ".join(
                f"{titles[s]} {fmt.count(n)}"
                for s, n in sorted(
                    visits.items(),
                    key=lambda kv: (
                        result.steps_set.index(kv[0]) if kv[0] in result.steps_set else 0
                    ),
                )
            )
            lines.append(f"  {shown(value) if value else '(blank)'}: {parts}")
    return lines
