"""The benchmark machinery runs end to end on a tiny journey and reports every figure.

Only the shape of the output is checked here; timings live in benchmarks/.
"""

import json
import subprocess
import sys
from pathlib import Path

from benchmarks.figures import FIGURES

ROOT = Path(__file__).resolve().parent.parent
COLUMNS = ("figure", "size", "value", "floor", "ratio", "growth", "target")


def test_tiny_run_reports_every_figure(tmp_path):
    out = tmp_path / "bench.json"
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--sizes", "12,30",
         "--repeats", "1", "--budget", "0", "--json", str(out)],
        capture_output=True, text=True, timeout=600, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    header = done.stdout.splitlines()[0].split()
    assert tuple(header) == COLUMNS

    report = json.loads(out.read_text())
    assert report["meta"]["sizes"] == [12, 30]
    assert report["meta"]["machine"]["cpus"] >= 1
    assert set(report["figures"]) == {figure.key for figure in FIGURES}
    for key, entry in report["figures"].items():
        expected = ["example"] if key == "startup" else ["12", "30"]
        assert list(entry["sizes"]) == expected, key
        for row in entry["sizes"].values():
            if row["value"] is None:
                assert row["status"].startswith("n/a"), (key, row)
            else:
                assert row["status"] == "ok", (key, row)
                assert row["value"] > 0
                assert row["repeats"] == 1
                if row["floor"] is not None:
                    assert row["ratio"] == row["value"] / row["floor"]
        assert entry["target_met"] in (True, False, None)


def test_floors_and_model_figures_are_measured(tmp_path):
    """Floors need only the libraries, and the model always exists: they are
    numbers, never "n/a"."""
    out = tmp_path / "bench.json"
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--sizes", "15",
         "--repeats", "2", "--only", "model,paint_floor,export_xlsx", "--json", str(out)],
        capture_output=True, text=True, timeout=600, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    figures = json.loads(out.read_text())["figures"]
    assert set(figures) == {"load", "save", "analyse", "export_xlsx"}
    load = figures["load"]["sizes"]["15"]
    assert load["value"] > 0 and load["floor"] > 0 and load["ratio"] > 0
    assert figures["save"]["sizes"]["15"]["value"] > 0
    assert figures["export_xlsx"]["sizes"]["15"]["floor"] > 0
