"""``journeymap analyze`` and ``journeymap validate`` on journey files."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from journeymap.cli import main
from journeymap.model import (
    Journey,
    Persona,
    Rating,
    Stage,
    Step,
    Transition,
    save_journey,
)


def _hand_journey(*, dead_end: bool = False) -> Journey:
    shares = {"SA": 0.7, "AB": 8 / 15, "AC": 4 / 15, "CA": 0.25, "CB": 0.5, "BE": 0.9}
    steps = [
        Step(id="S", title="Notice the fault", stage_id="st", kind="start", volume=1000),
        Step(id="A", title="Email support", stage_id="st"),
        Step(id="C", title="Chat", stage_id="st"),
        Step(id="B", title="Technician visit", stage_id="st"),
        Step(id="E", title="Working again", stage_id="st", kind="success"),
    ]
    if dead_end:
        steps.append(Step(id="Z", title="Forum post", stage_id="st"))
    return Journey(
        title="Broadband fault",
        personas=[Persona(id="p", name="Pia"), Persona(id="q", name="Quentin")],
        stages=[Stage(id="st", name="Support")],
        steps=steps,
        transitions=[
            Transition(id=k, source=k[0], target=k[1], share=v) for k, v in shares.items()
        ],
        ratings=[
            Rating(step_id="A", persona_id="p", emotion=-2, ease=1),
            Rating(step_id="B", persona_id="q", goal=2),
        ],
    )


@pytest.fixture
def journey_file(tmp_path):
    path = tmp_path / "fault.journey.json"
    save_journey(_hand_journey(), path)
    return path


def test_analyze_prints_a_readable_report(journey_file, capsys):
    assert main(["analyze", str(journey_file)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Broadband fault — journey analysis")
    assert '−150 · 20 % lost at "Email support" of 750' in out
    assert "emotion −2" in out
    assert 'Conversion "Notice the fault" → "Working again": 45 %' in out


def test_analyze_json(journey_file, capsys):
    assert main(["analyze", str(journey_file), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"steps", "pain_points", "channel_switches", "checks"} <= set(data)
    steps = {s["id"]: s for s in data["steps"]}
    assert steps["A"]["in"] == 750 and steps["A"]["out"] == 600
    assert steps["A"]["dropped"] == 150 and steps["A"]["drop_off_rate"] == 0.2
    assert steps["E"]["in"] == 450 and steps["E"]["dropped"] == 0
    assert [(p["step_id"], p["persona_id"]) for p in data["pain_points"]] == [
        ("A", "p"),
        ("B", "q"),
    ]


def test_analyze_one_persona(journey_file, capsys):
    assert main(["analyze", str(journey_file), "--json", "--persona", "q"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["persona"] == "q"
    assert [p["persona_id"] for p in data["pain_points"]] == ["q"]


def test_analyze_unknown_persona(journey_file, capsys):
    assert main(["analyze", str(journey_file), "--persona", "nobody"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert 'unknown persona "nobody" (personas: p, q)' in captured.err


def test_analyze_broken_file(tmp_path, capsys):
    path = tmp_path / "broken.journey.json"
    path.write_text('{"steps": [{"id": "a"}]}', encoding="utf-8")
    assert main(["analyze", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "steps[0].title: required field is missing" in captured.err


def test_analyze_missing_file(tmp_path, capsys):
    assert main(["analyze", str(tmp_path / "none.journey.json")]) == 1
    assert "no such file" in capsys.readouterr().err


def test_validate_adds_analysis_warnings_on_stdout(tmp_path, capsys):
    path = tmp_path / "dead.journey.json"
    save_journey(_hand_journey(dead_end=True), path)
    assert main(["validate", str(path)]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert lines[0].endswith("valid — 1 stage, 6 steps, 2 personas, 2 ratings")
    assert f'{path}: warning: unreachable: "Forum post" cannot be reached from any start' in lines
    assert any(": warning: dead_end:" in line for line in lines)
    assert lines[-1].endswith("'journeymap analyze' lists them")
    assert captured.err == ""


def test_validate_broken_file_keeps_one_line_per_problem(tmp_path, capsys):
    path = tmp_path / "bad.journey.json"
    path.write_text(
        '{"stages": [], "steps": [{"id": "a", "title": "A", "stage_id": "s9"}]}',
        encoding="utf-8",
    )
    assert main(["validate", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [f'{path}: steps[0].stage_id: unknown stage "s9"']


def test_analyze_as_a_program(journey_file):
    done = subprocess.run(
        [sys.executable, "-m", "journeymap", "analyze", str(journey_file), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["conversions"] == [{"start": "S", "end": "E", "rate": 0.45}]


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path):
    from benchmarks.synthetic import synthetic_journey

    path = tmp_path / "big.journey.json"
    save_journey(synthetic_journey(400, 3), path)
    proc = subprocess.Popen(
        [sys.executable, "-m", "journeymap.cli", "analyze", "--json", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    proc.stdout.close()  # like `| head` that has gone before the report is written
    _, err = proc.communicate(timeout=120)
    assert b"Traceback" not in err and b"BrokenPipe" not in err
    assert proc.returncode == 1
