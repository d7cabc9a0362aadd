"""Event log → customer flow, written once in ibis, run on DuckDB or Spark.

An event log has one row per event: a case (a customer or a visit), an
activity and a time, and maybe a persona or segment. The file (CSV or
Parquet) is read by the engine itself and never loaded into Python: only the
counts come back.

One scan of the file does it all (an aggregation by activity, step and step
before, whose rows are few), so the engine's own reading is most of the time:

1. **Activities.** Each activity is matched to a step by its text with case
   and spacing ignored (a step's title, then its id, then the saved activity
   mapping; see :mod:`journeymap.evidence.matching`). The events per activity
   come back, so what matched no step is listed with its count and a fuzzy
   suggestion. A time that does not parse stops the import, naming the row.
2. **Flow.** Events whose activity matches no step are left out, so the steps
   around them still connect. Per case, the rest are ordered by time (ties by
   the steps' map order). Consecutive events at the same step are one visit:
   a duplicated event (same case, activity and time) or a reload counts once
   and is reported as a repeat. Then

   * a step's **entries** are the cases whose first matched event is there;
   * a step's **visits** are its arrivals: entries plus moves into it;
   * a **move** is a case going directly from one step to the next.

The result is :class:`FlowCounts`, plain data; :mod:`journeymap.evidence.apply`
puts it into a journey's volumes.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from journeymap.evidence.matching import ActivityMatch, match_activities, normalise
from journeymap.model.journey import Journey

if TYPE_CHECKING:
    import ibis.expr.types as ir
    from ibis.backends import BaseBackend

__all__ = [
    "COLUMN_GUESSES",
    "EventColumns",
    "EventLogError",
    "FlowCounts",
    "count_flows",
    "event_columns",
    "guess_columns",
    "open_events",
]

COLUMN_GUESSES: dict[str, tuple[str, ...]] = {
    "case": (
        "case",
        "case id",
        "case_id",
        "caseid",
        "case:concept:name",
        "customer",
        "customer id",
        "customer_id",
        "client",
        "client_id",
        "visit",
        "visit_id",
        "session",
        "session_id",
        "user",
        "user_id",
        "userid",
        "asiakas",
        "asiakas_id",
    ),
    "activity": (
        "activity",
        "concept:name",
        "activity name",
        "event",
        "event_name",
        "event name",
        "step",
        "action",
        "touchpoint",
        "page",
        "tapahtuma",
        "vaihe",
    ),
    "time": (
        "timestamp",
        "time:timestamp",
        "time",
        "ts",
        "datetime",
        "date_time",
        "event_time",
        "occurred_at",
        "created_at",
        "date",
        "aika",
        "aikaleima",
    ),
    "persona": ("persona", "segment", "customer_type", "customer type", "asiakastyyppi"),
}
"""Column names tried, in order, for each role (case and spacing ignored)."""


class EventLogError(ValueError):
    """The event log cannot be counted; the message names the file, column or row."""


@dataclass(frozen=True)
class EventColumns:
    case: str
    activity: str
    time: str
    persona: str | None = None


@dataclass
class FlowCounts:
    """What an event log says about the journey's flow (plain data)."""

    columns: EventColumns
    events: int
    """Every event in the file."""
    matched_events: int
    """Events whose activity is a step (before repeats are folded)."""
    cases: int
    """Cases with at least one matched event."""
    repeats: int
    """Consecutive events at the same step, folded into one visit."""
    match: ActivityMatch
    entries: dict[str, int] = field(default_factory=dict)
    visits: dict[str, int] = field(default_factory=dict)
    moves: dict[tuple[str, str], int] = field(default_factory=dict)
    persona_visits: dict[str, dict[str, int]] = field(default_factory=dict)
    """Persona value → step → visits, when a persona column is given."""
    missing_case: int = 0
    """Events without a case, left out."""

    def comparable(self) -> tuple[Any, ...]:
        """Every count, for comparing two engines' results."""
        return (
            self.events,
            self.matched_events,
            self.cases,
            self.repeats,
            sorted(self.entries.items()),
            sorted(self.visits.items()),
            sorted(self.moves.items()),
            sorted((p, sorted(v.items())) for p, v in self.persona_visits.items()),
            self.missing_case,
        )


def guess_columns(
    names: list[str],
    case: str | None = None,
    activity: str | None = None,
    time: str | None = None,
    persona: str | None = None,
) -> EventColumns:
    """The columns to read: those given (which must exist), else a guess.

    >>> guess_columns(["Customer ID", "Event", "Timestamp", "Channel"])
    EventColumns(case='Customer ID', activity='Event', time='Timestamp', persona=None)
    """
    by_key = {normalise(n).replace(" ", "_"): n for n in names}
    given = {"case": case, "activity": activity, "time": time, "persona": persona}
    chosen: dict[str, str | None] = {}
    for role, name in given.items():
        if name is not None:
            if name not in names:
                found = by_key.get(normalise(name).replace(" ", "_"))
                if found is None:
                    raise EventLogError(
                        f"column {name!r} ({role}) does not exist; the "
                        f"columns are {', '.join(repr(n) for n in names)}"
                    )
                name = found
            chosen[role] = name
            continue
        chosen[role] = next(
            (
                by_key[g]
                for g in (normalise(x).replace(" ", "_") for x in COLUMN_GUESSES[role])
                if g in by_key and by_key[g] not in chosen.values()
            ),
            None,
        )
        if chosen[role] is None and role != "persona":
            raise EventLogError(
                f"cannot tell which column holds the {role}; give "
                f"--{role} (columns: {', '.join(repr(n) for n in names)})"
            )
    return EventColumns(
        str(chosen["case"]), str(chosen["activity"]), str(chosen["time"]), chosen["persona"]
    )


def open_events(con: BaseBackend, path: str | Path) -> ir.Table:
    """The engine's own reader on ``path`` (CSV, TSV or Parquet)."""
    path = Path(path)
    if not path.is_file():
        raise EventLogError(f"{path}: no such file")
    if path.stat().st_size == 0:
        raise EventLogError(f"{path}: the file is empty")
    name = con.name
    try:
        if path.suffix.lower() in {".parquet", ".pq"}:
            return con.read_parquet(str(path))
        if name == "duckdb":
            return con.read_csv(str(path), encoding=_duckdb_encoding(path))
        encoding = _spark_encoding(path)
        return con.read_csv(str(path), encoding=encoding, sep=_separator(path, encoding))
    except Exception as exc:  # each engine has its own error types for a bad file
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise EventLogError(f"{path}: cannot be read as a table ({first})") from None


def _sniff_encoding(path: Path) -> str:
    with path.open("rb") as handle:
        head = handle.read(65536)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not merely a character cut at the end
            return "latin-1"
    return "utf-8"


def _separator(path: Path, encoding: str) -> str:
    from journeymap.evidence.tables import sniff_separator

    with path.open("rb") as handle:
        head = handle.read(65536)
    return sniff_separator(
        head.decode(encoding.lower().replace("iso-8859-1", "latin-1"), errors="replace")
    )


def _duckdb_encoding(path: Path) -> str:
    return {"utf-16": "utf-16", "latin-1": "latin-1"}.get(_sniff_encoding(path), "utf-8")


def _spark_encoding(path: Path) -> str:
    return {"utf-16": "UTF-16", "latin-1": "ISO-8859-1"}.get(_sniff_encoding(path), "UTF-8")


def _time_value(column: ir.Column) -> tuple[ir.Value, ir.BooleanValue]:
    """The time to order by and whether it is unreadable."""
    dtype = column.type()
    if dtype.is_timestamp() or dtype.is_date() or dtype.is_numeric():
        return column, column.isnull()
    parsed = column.cast("string").strip().try_cast("timestamp")
    return parsed, parsed.isnull()


def count_flows(
    con: BaseBackend,
    path: str | Path,
    journey: Journey,
    columns: EventColumns | None = None,
    saved: dict[str, str | None] | None = None,
    **given: str | None,
) -> FlowCounts:
    """Count entries, visits and moves of the log at ``path`` on ``con``.

    ``columns`` (or ``case=``, ``activity=``, ``time=``, ``persona=`` names to
    check and guess around) says which columns to read; ``saved`` is a
    confirmed activity mapping. Raises :class:`EventLogError`.
    """
    raw = open_events(con, path)
    if columns is None:
        columns = guess_columns(list(raw.columns), **given)
    return _count(con, raw, path, journey, columns, saved)


def _normalised(activity: ir.StringValue) -> ir.StringValue:
    """:func:`~journeymap.evidence.matching.normalise` in the engine. A regular
    expression per event costs more than the rest of the count, so it runs
    only on the texts that hold a tab, a line break or two spaces in a row."""
    import ibis

    odd = activity.contains("  ")
    for char in "\t\n\r\f\v":
        odd = odd | activity.contains(char)
    spaced = ibis.ifelse(odd, activity.re_replace(r"[ \t\n\r\f\v]+", " "), activity)
    return spaced.strip().lower()


def _lookup(journey: Journey, saved: dict[str, str | None] | None) -> dict[str, str]:
    """Normalised activity → step id, as :func:`match_activities` matches."""
    keys: dict[str, str] = {}
    for step in journey.steps:
        keys.setdefault(normalise(step.id), step.id)
    for step in journey.steps:
        keys[normalise(step.title)] = step.id
    for key, step_id in (saved or {}).items():
        if step_id is not None and key not in keys:
            keys[key] = step_id
    return keys


def _count(
    con: BaseBackend,
    raw: ir.Table,
    path: str | Path,
    journey: Journey,
    columns: EventColumns,
    saved: dict[str, str | None] | None,
) -> FlowCounts:
    """One scan of the log: each event's activity is normalised and joined to
    its step; a window over each case's matched events (the partition holds
    the matched flag, so events of no step never come between two steps) gives
    the step before; one aggregation by activity, step and step before counts
    everything the report needs."""
    import ibis

    time, bad_time = _time_value(raw[columns.time])
    activity = raw[columns.activity].cast("string")
    events = raw.select(
        case=raw[columns.case],
        activity=activity,
        key=_normalised(activity),
        time=time,
        bad_time=bad_time,
        **({"persona": raw[columns.persona].cast("string")} if columns.persona else {}),
    )
    order = {s.id: i for i, s in enumerate(journey.ordered_steps())}
    step_ids = list(order)
    keys = _lookup(journey, saved)
    lookup = ibis.memtable(
        {"lookup_key": list(keys), "step": [order[sid] for sid in keys.values()]},
        schema={"lookup_key": "string", "step": "int64"},
    )
    joined = events.left_join(lookup, events.key == lookup.lookup_key)
    matched = joined.step.notnull() & joined.case.notnull()
    joined = joined.mutate(matched=matched)
    window = ibis.window(
        group_by=[joined.case, joined.matched], order_by=[joined.time, joined.step]
    )
    joined = joined.mutate(
        prev=ibis.ifelse(joined.matched, joined.step.lag().over(window), ibis.null("int64")),
        step=ibis.ifelse(joined.matched, joined.step, ibis.null("int64")),
    )
    group = ["activity", "step", "prev", *(["persona"] if columns.persona else [])]
    try:
        rows = (
            joined.group_by(group)
            .aggregate(
                n=joined.count(),
                bad=joined.bad_time.sum(),
                no_case=joined.case.isnull().sum(),
            )
            .to_pyarrow()
            .to_pylist()
        )
    except Exception as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise EventLogError(f"{path}: cannot be read as an event log ({first})") from None
    total = sum(int(r["n"]) for r in rows)
    if total == 0:
        raise EventLogError(f"{path}: the event log has no events")
    if any(r["bad"] for r in rows):
        raise EventLogError(_bad_time_message(con, raw, columns, path))
    counts: dict[str, int] = defaultdict(int)
    for r in rows:
        counts[r["activity"] if r["activity"] is not None else ""] += int(r["n"])
    match = match_activities(journey, dict(counts), saved)
    flows = FlowCounts(
        columns, total, 0, 0, 0, match, missing_case=sum(int(r["no_case"] or 0) for r in rows)
    )
    persona_visits: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r in rows:
        if r["step"] is None:
            continue
        n = int(r["n"])
        step = step_ids[int(r["step"])]
        prev = step_ids[int(r["prev"])] if r["prev"] is not None else None
        flows.matched_events += n
        if prev == step:
            flows.repeats += n
            continue
        if prev is None:
            flows.entries[step] = flows.entries.get(step, 0) + n
            flows.cases += n
        else:
            flows.moves[(prev, step)] = flows.moves.get((prev, step), 0) + n
        flows.visits[step] = flows.visits.get(step, 0) + n
        if columns.persona:
            persona_visits[r["persona"] or ""][step] += n
    flows.persona_visits = {p: dict(v) for p, v in persona_visits.items()}
    return flows


def _bad_time_message(
    con: BaseBackend, raw: ir.Table, columns: EventColumns, path: str | Path
) -> str:
    """Name the first row whose time does not parse (rows count from 1 after the header)."""
    import ibis

    _time, bad = _time_value(raw[columns.time])
    numbered = raw.mutate(row=ibis.row_number() + 2, bad=bad)
    first = (
        numbered.filter(numbered.bad)
        .order_by("row")
        .select("row", value=numbered[columns.time].cast("string"))
        .limit(1)
        .to_pyarrow()
        .to_pylist()
    )
    count = int(raw.filter(bad).count().to_pyarrow().as_py())
    if not first:
        return f"{path}: {count} times in column {columns.time!r} do not parse"
    row, value = first[0]["row"], first[0]["value"]
    shown = "empty" if value in (None, "") else repr(value)
    more = f" ({count} rows in all)" if count > 1 else ""
    where = f"row {row}" if con.name == "duckdb" else "a row"
    return (
        f"{path}: {where}: the time {shown} in column {columns.time!r} does not parse "
        f"as a date and time{more}"
    )


def event_columns(path: str | Path) -> list[str]:
    """The column names of an event log (read by DuckDB from the file's start)."""
    from journeymap.evidence.engine import connect

    return list(open_events(connect("duckdb"), path).columns)
