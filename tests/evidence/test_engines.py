"""The flow aggregation is written once and gives identical counts on DuckDB
and Spark. Spark starts once per test session (it takes seconds); it is skipped
where pyspark is not installed, unless ``JOURNEYMAP_REQUIRE_SPARK=1`` (set by
``.ci/run``), which makes a missing Spark fail the run instead."""

import os
import shutil
from pathlib import Path

import pytest

from journeymap.evidence.apply import apply_flows
from journeymap.evidence.engine import connect
from journeymap.evidence.flows import count_flows
from journeymap.evidence.matching import load_activity_map
from journeymap.model import load_journey
from tests.evidence.cases import LOG_ROWS, shop, write_log

EXAMPLES = Path(__file__).parents[2] / "examples" / "evidence"


@pytest.fixture(scope="session")
def spark():
    # Spark is an optional extra (journeymap[spark]) and needs Java: a developer
    # without them may skip these tests; .ci/run sets JOURNEYMAP_REQUIRE_SPARK=1,
    # so there a missing Spark or Java fails instead of skipping.
    try:
        import pyspark  # noqa: F401
    except ImportError:
        if os.environ.get("JOURNEYMAP_REQUIRE_SPARK") == "1":
            pytest.fail("JOURNEYMAP_REQUIRE_SPARK=1 but pyspark is not installed")
        pytest.skip("pyspark is not installed (pip install 'journeymap[spark]')")
    if shutil.which("java") is None and "JAVA_HOME" not in os.environ:
        if os.environ.get("JOURNEYMAP_REQUIRE_SPARK") == "1":
            pytest.fail("JOURNEYMAP_REQUIRE_SPARK=1 but there is no Java runtime")
        pytest.skip("Spark needs a Java runtime")
    from journeymap.evidence.engine import spark_session

    session = spark_session("local[2]")
    yield connect("spark", "local[2]")
    session.stop()


def test_both_engines_count_the_same_log_identically(spark, tmp_path):
    journey = shop()
    path = write_log(tmp_path, [*LOG_ROWS, "c5,Order,2026-11-03 10:00:00,"])
    duck = count_flows(connect("duckdb"), path, journey, persona="segment")
    other = count_flows(spark, path, journey, persona="segment")
    assert duck.comparable() == other.comparable()
    assert duck.match == other.match
    assert duck.moves  # something was counted


def test_both_engines_build_the_same_example_journey(spark):
    journey = load_journey(EXAMPLES / "electricity-contract.design.journey.json")
    saved = load_activity_map(EXAMPLES / "activity-map.json", journey)
    results = [
        apply_flows(
            journey,
            count_flows(con, EXAMPLES / "events.csv", journey, saved=saved),
            add_observed=True,
        ).journey
        for con in (connect("duckdb"), spark)
    ]
    assert results[0] == results[1]
    assert results[0].steps[0].volume == 1600
