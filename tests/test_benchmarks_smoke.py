"""The benchmark machinery runs end to end on a tiny journey and reports every figure.

Only the shape of the output is checked here; timings live in benchmarks/.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

from benchmarks.figures import FIGURES

ROOT = Path(__file__).resolve().parent.parent
COLUMNS = ("figure", "size", "value", "floor", "ratio", "growth", "target")


def test_tiny_run_reports_every_figure(tmp_path):
    out = tmp_path / "bench.json"
    env = {**os.environ, "MMDC": ""}  # the Mermaid peer is skipped, and says so
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--sizes", "12,30",
         "--repeats", "1", "--budget", "0", "--json", str(out)],
        capture_output=True, text=True, timeout=900, cwd=tmp_path, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    header = done.stdout.splitlines()[0].split()
    assert tuple(header) == COLUMNS
    assert "12 steps: n/a (skipped): MMDC is set empty" in done.stdout

    report = json.loads(out.read_text())
    assert report["meta"]["sizes"] == [12, 30]
    assert report["meta"]["machine"]["cpus"] >= 1
    assert set(report["figures"]) == {figure.key for figure in FIGURES}
    groups = {figure.key: figure.group for figure in FIGURES}
    for key, entry in report["figures"].items():
        expected = ["example"] if groups[key] == "startup" else ["12", "30"]
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
    figures = report["figures"]
    # What a user feels is measured, not skipped: the real window, the edits,
    # the highlights, frames under load, and whole processes beside their floor.
    for key in ("window_open", "add_step", "remove_step", "move_step", "highlights",
                "pan_during_analysis", "zoom_during_analysis", "analysis_freeze", "pan_full_gc",
                "process_svg", "process_csv", "analyse_scale", "export_csv_scale"):  # fmt: skip
        assert figures[key]["sizes"]["30"]["status"] == "ok", (key, figures[key]["sizes"]["30"])
    for key in ("startup", "startup_journey", "startup_stall"):
        assert figures[key]["sizes"]["example"]["status"] == "ok", (key, figures[key])
    assert figures["startup_journey"]["sizes"]["example"]["floor"] > 0
    validate = figures["validate"]["sizes"]["30"]
    assert validate["floor"] > 0 and validate["cpu"] > 0
    assert figures["mermaid_journeymap"]["sizes"]["12"]["status"] == "n/a (skipped)"
    own = {"scale": [12, 30], "mermaid": [12, 30], "flows": [12, 30]}
    assert report["meta"]["group_sizes"] == own


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


def test_the_report_judges_the_issues_targets():
    """Targets at several sizes, a second limit, growth between other sizes,
    and "no size slower than a larger one" are each judged."""
    from benchmarks.report import assemble

    def result(value):
        return {"value": value, "status": "ok", "repeats": 1}

    measured = {
        100: {"export_png": result(1.5), "pan_frame": result(0.010), "export_pdf": result(0.1)},
        2000: {"export_png": result(1.2), "pan_frame": result(0.012), "export_pdf": result(1.0)},
        10000: {"export_png": result(4.0), "pan_frame": result(0.020), "export_pdf": result(11.0)},
    }
    report = assemble(measured, (100, 2000, 10000), only={"export_png", "gui", "export_pdf"})
    figures = report["figures"]
    assert figures["export_png"]["misses"] == ["1.50 s at 100 steps", "100 steps slower than 2,000"]
    assert figures["pan_frame"]["misses"] == ["20.0 ms at 10,000 steps"]
    assert figures["export_pdf"]["misses"] == ["11.00 s at 10,000 steps"]
    scale = assemble(
        {10000: {"analyse_scale": result(1.0)}, 100000: {"analyse_scale": result(13.0)}},
        (100,), only={"scale"}, group_sizes={"scale": (10000, 100000)},
    )["figures"]["analyse_scale"]  # fmt: skip
    assert scale["growth"] == 13.0 and scale["misses"] == ["grows 13.0×"]


def test_the_mermaid_peer_says_which_tool_is_missing(tmp_path, monkeypatch):
    from benchmarks.process_cases import find_mermaid

    monkeypatch.setenv("MMDC", str(tmp_path / "no-such-mmdc"))
    command, why = find_mermaid(tmp_path)
    assert command is None and "not found" in why and "mermaid-cli" in why
    fake = tmp_path / "mmdc"
    fake.write_text("#!/bin/sh\n")
    fake.chmod(0o755)
    monkeypatch.setenv("MMDC", str(fake))
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("PUPPETEER_EXECUTABLE_PATH", raising=False)
    command, why = find_mermaid(tmp_path)
    assert command is None and "Chromium" in why
