"""The back ends the flow aggregation runs on: DuckDB (embedded, the default)
or Apache Spark, both through ibis, so the query is written once.

Spark runs in local mode (``local[*]``) unless a master is given: the
``--master`` option, else the ``JOURNEYMAP_SPARK_MASTER`` environment variable,
else Spark's own ``spark.master`` setting (``spark-submit``, ``SPARK_CONF_DIR``).
One Spark session serves the whole process; starting it takes seconds.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ibis.backends import BaseBackend

__all__ = ["ENGINES", "EngineError", "connect"]

ENGINES = ("duckdb", "spark")
MASTER_VARIABLE = "JOURNEYMAP_SPARK_MASTER"


class EngineError(RuntimeError):
    """The engine could not be started (Spark or Java missing, a master unreachable)."""


def connect(engine: str = "duckdb", master: str | None = None) -> BaseBackend:
    """An ibis connection to ``engine``."""
    if engine == "duckdb":
        import ibis

        return ibis.duckdb.connect()
    if engine == "spark":
        return _spark(master)
    raise EngineError(f"unknown engine {engine!r}; choose {' or '.join(ENGINES)}")


def spark_session(master: str | None = None) -> Any:
    """The process's Spark session, started on first use."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise EngineError(
            "the Spark engine needs pyspark: pip install 'journeymap[spark]' (and a Java runtime)"
        ) from None
    builder = SparkSession.builder.appName("journeymap")
    master = master or os.environ.get(MASTER_VARIABLE)
    if master:
        builder = builder.master(master)
    elif "SPARK_CONF_DIR" not in os.environ and "spark.master" not in os.environ.get(
        "PYSPARK_SUBMIT_ARGS", ""
    ):
        builder = builder.master("local[*]")
    builder = (
        builder.config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.ansi.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
    )
    if not master:
        builder = builder.config("spark.sql.shuffle.partitions", "8")
    try:
        session = builder.getOrCreate()
    except Exception as exc:  # py4j and Java report start-up failures in many types
        raise EngineError(f"Spark could not start: {str(exc).splitlines()[0]}") from None
    session.sparkContext.setLogLevel("ERROR")
    return session


def _spark(master: str | None) -> BaseBackend:
    session = spark_session(master)
    import ibis

    return ibis.pyspark.connect(session)
