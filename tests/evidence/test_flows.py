"""Event log → flow on DuckDB: the counts, what is left out, the bad input."""

import pytest

from journeymap.evidence.apply import OBSERVED_LABEL, apply_flows
from journeymap.evidence.engine import connect
from journeymap.evidence.flows import EventLogError, count_flows, guess_columns
from tests.evidence.cases import LOG_HEADER, LOG_ROWS, shop, write_log


@pytest.fixture(scope="module")
def con():
    return connect("duckdb")


def test_entries_visits_and_moves_follow_the_definition(con, tmp_path):
    flows = count_flows(con, write_log(tmp_path), shop())
    assert flows.events == 10
    assert flows.cases == 4
    assert flows.entries == {"s-visit": 3, "s-chat": 1}
    # c1 visit→order; c2 visit→chat→order; c3 chat→visit; c4 visit
    assert flows.moves == {
        ("s-visit", "s-order"): 1,
        ("s-visit", "s-chat"): 1,
        ("s-chat", "s-order"): 1,
        ("s-chat", "s-visit"): 1,
    }
    assert flows.visits == {"s-visit": 4, "s-chat": 2, "s-order": 2}
    assert flows.repeats == 1  # the duplicated event counts once
    assert flows.match.unmatched == [("Cookie banner", 1)]
    assert flows.matched_events == 9


def test_unmatched_events_are_dropped_so_the_steps_around_them_connect(con, tmp_path):
    rows = [
        "c1,Visit website,2026-11-01 10:00:00,x",
        "c1,Newsletter,2026-11-01 10:01:00,x",
        "c1,Order,2026-11-01 10:02:00,x",
    ]
    flows = count_flows(con, write_log(tmp_path, rows), shop())
    assert flows.moves == {("s-visit", "s-order"): 1}


def test_events_are_ordered_by_time_not_by_file_order(con, tmp_path):
    rows = [
        "c1,Order,2026-11-01 10:09:00,x",
        "c1,Visit website,2026-11-01 10:00:00,x",
    ]
    flows = count_flows(con, write_log(tmp_path, rows), shop())
    assert flows.moves == {("s-visit", "s-order"): 1}
    assert flows.entries == {"s-visit": 1}


def test_a_saved_mapping_matches_and_ignores_activities(con, tmp_path):
    rows = [
        "c1,Landing page,2026-11-01 10:00:00,x",
        "c1,Cookie banner,2026-11-01 10:00:01,x",
        "c1,Order,2026-11-01 10:02:00,x",
    ]
    saved = {"landing page": "s-visit", "cookie banner": None}
    flows = count_flows(con, write_log(tmp_path, rows), shop(), saved=saved)
    assert flows.match.by_map == 1
    assert flows.match.ignored == [("Cookie banner", 1)]
    assert flows.match.unmatched == []
    assert flows.moves == {("s-visit", "s-order"): 1}


def test_fuzzy_suggestions_are_reported_not_used(con, tmp_path):
    rows = ["c1,Visit web site,2026-11-01 10:00:00,x", "c1,Order,2026-11-01 10:02:00,x"]
    flows = count_flows(con, write_log(tmp_path, rows), shop())
    assert flows.match.suggestions["Visit web site"][0] == "s-visit"
    assert flows.moves == {}
    assert flows.entries == {"s-order": 1}


def test_a_time_that_does_not_parse_names_the_row(con, tmp_path):
    rows = [*LOG_ROWS[:4], "c9,Order,yesterday at noon,home"]
    with pytest.raises(EventLogError, match=r"row 6: the time 'yesterday at noon'"):
        count_flows(con, write_log(tmp_path, rows), shop())


def test_a_semicolon_separated_latin1_log_reads(con, tmp_path):
    rows = [r.replace(",", ";") for r in LOG_ROWS] + ["c5;Visit website;2026-11-03 08:00:00;Äijä"]
    path = write_log(tmp_path, rows, LOG_HEADER.replace(",", ";"), encoding="latin-1")
    flows = count_flows(con, path, shop(), persona="segment")
    assert flows.cases == 5
    assert flows.persona_visits["Äijä"] == {"s-visit": 1}


def test_an_empty_file_and_a_header_alone_are_refused(con, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(EventLogError, match="empty"):
        count_flows(con, empty, shop())
    with pytest.raises(EventLogError, match="no events"):
        count_flows(con, write_log(tmp_path, [], name="header.csv"), shop())


def test_columns_are_guessed_or_named(con, tmp_path):
    assert guess_columns(["visit_id", "Activity", "Time:Timestamp"]).time == "Time:Timestamp"
    with pytest.raises(EventLogError, match="which column holds the case"):
        guess_columns(["what", "activity", "time"])
    with pytest.raises(EventLogError, match="column 'nope' \\(case\\) does not exist"):
        count_flows(con, write_log(tmp_path), shop(), case="nope")


def test_a_parquet_log_gives_the_same_counts(con, tmp_path):
    import pyarrow.csv
    import pyarrow.parquet

    csv_path = write_log(tmp_path)
    parquet = tmp_path / "log.parquet"
    pyarrow.parquet.write_table(pyarrow.csv.read_csv(csv_path), parquet)
    a = count_flows(con, csv_path, shop())
    b = count_flows(con, parquet, shop())
    assert a.comparable() == b.comparable()


def test_flows_go_into_volumes_and_the_gaps_are_listed(con, tmp_path):
    journey = shop()
    result = apply_flows(journey, count_flows(con, write_log(tmp_path), journey))
    steps = {s.id: s.volume for s in result.journey.steps}
    assert steps == {"s-visit": 3, "s-chat": 2, "s-order": 2, "s-shop": None}
    volumes = {t.id: t.volume for t in result.journey.transitions}
    assert volumes == {
        "t-visit-chat": 1,
        "t-chat-order": 1,
        "t-visit-order": 1,
        "t-order-chat": 0,
        "t-visit-shop": None,  # the log does not see the shop
    }
    assert result.untaken == ["t-order-chat"]
    assert result.undesigned == [("s-chat", "s-visit", 1)]
    assert result.steps_unseen == ["s-shop"]
    assert result.designed_share == pytest.approx(3 / 4)
    assert result.added == []
    assert journey.steps[0].volume is None  # the journey given is left as it was


def test_observed_moves_are_added_on_request(con, tmp_path):
    journey = shop()
    result = apply_flows(journey, count_flows(con, write_log(tmp_path), journey), add_observed=True)
    added = [t for t in result.journey.transitions if t.id in result.added]
    assert [(t.source, t.target, t.volume, t.label) for t in added] == [
        ("s-chat", "s-visit", 1, OBSERVED_LABEL)
    ]


def test_a_utf16_log_with_a_byte_order_mark_reads(con, tmp_path):
    path = write_log(tmp_path, encoding="utf-16")
    assert path.read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff")
    flows = count_flows(con, path, shop())
    assert flows.cases == 4 and flows.repeats == 1


def test_activities_with_tabs_and_double_spaces_match_as_in_python(con, tmp_path):
    rows = [
        'c1,"Visit \t website",2026-11-01 10:00:00,x',
        "c1,  ORDER  ,2026-11-01 10:02:00,x",
    ]
    flows = count_flows(con, write_log(tmp_path, rows), shop())
    assert flows.moves == {("s-visit", "s-order"): 1}
    assert flows.match.unmatched == []
