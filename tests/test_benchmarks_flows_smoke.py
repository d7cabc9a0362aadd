"""The event-log benchmark's machinery on a tiny log: the output's shape and the
floor's agreement with journeymap's count, never a timing."""

import json

from benchmarks import flows


def test_the_flow_benchmark_runs_and_reports_each_figure(tmp_path, capsys):
    out = tmp_path / "flows.json"
    assert flows.main(["--events", "2000", "--repeats", "1", "--json", str(out)]) == 0
    [row] = json.loads(out.read_text())
    assert row["events"] == 2000
    assert row["seconds"] > 0 and row["floor_seconds"] > 0 and row["peak_mb"] > 0
    assert "floor" in capsys.readouterr().out


def test_the_made_up_log_has_cases_moves_and_an_activity_of_no_step(tmp_path):
    path = flows.make_log(tmp_path / "log.parquet", 5000)
    from journeymap.evidence.engine import connect
    from journeymap.evidence.flows import count_flows

    counted = count_flows(connect("duckdb"), path, flows.journey_of())
    assert counted.events == 5000
    assert counted.cases == 500
    assert counted.match.unmatched[0][0] == "Cookie banner"
    assert sum(counted.moves.values()) > 0
