"""The command line as a new user meets it, and with hostile input: mistyped
commands, no display, pipes and devices as FILE, text that would drive the
terminal. Exit codes as the README states them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from journeymap import cli
from journeymap.cli import main
from journeymap.model import Journey, Persona, Rating, Stage, Step, save_journey

EXAMPLE = Path(__file__).parents[1] / "examples" / "broadband-support.journey.json"
ROOT = Path(__file__).parents[1]


def _run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


@pytest.mark.parametrize(
    ("word", "suggestion"),
    [("valdiate", "validate"), ("analyse", "analyze"), ("exprot", "export"), ("improt", "import")],
)
def test_a_mistyped_command_is_a_usage_error_with_a_suggestion(capsys, word, suggestion):
    code, out, err = _run(capsys, word, EXAMPLE)
    assert code == 2 and out == ""
    assert f"unknown command '{word}'; did you mean '{suggestion}'?" in err


def test_an_unknown_word_lists_the_commands(capsys):
    code, _, err = _run(capsys, "frobnicate")
    assert code == 2
    assert "unknown command 'frobnicate'; the commands are validate, analyze" in err


def test_a_missing_journey_file_is_named_not_opened(capsys, tmp_path, monkeypatch):
    monkeypatch.setattr(cli, "display_problem", lambda: None)
    code, _, err = _run(capsys, tmp_path / "gone.journey.json")
    assert code == 1 and "gone.journey.json: no such file" in err


def test_an_existing_file_as_first_word_opens_the_editor(capsys, monkeypatch, tmp_path):
    opened: list[str | None] = []
    monkeypatch.setattr(cli, "display_problem", lambda: None)
    import journeymap.ui.app

    monkeypatch.setattr(journeymap.ui.app, "run_gui", lambda path: opened.append(path) or 0)
    odd = tmp_path / "validate"  # a file named like a command still opens with a path
    odd.write_text("{}", encoding="utf-8")
    assert _run(capsys, EXAMPLE)[0] == 0
    assert opened == [str(EXAMPLE)]


@pytest.mark.parametrize(
    ("env", "problem"),
    [
        ({}, True),
        ({"DISPLAY": ":0"}, False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, False),
        ({"QT_QPA_PLATFORM": "offscreen"}, False),
    ],
)
def test_display_problem(env, problem):
    if sys.platform in ("win32", "darwin"):
        # Windows and macOS draw without DISPLAY/WAYLAND_DISPLAY: there is nothing to check.
        pytest.skip("only X11/Wayland systems need a display variable")
    assert (cli.display_problem(env) is not None) == problem


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="X11/Wayland only")
def test_the_editor_without_a_display_says_so_in_one_line():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [sys.executable, "-m", "journeymap", str(EXAMPLE)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
    )
    assert done.returncode == 1  # not 134, a Qt abort
    assert done.stderr.strip().splitlines() == [
        "journeymap: cannot open the editor: no display (neither DISPLAY nor WAYLAND_DISPLAY "
        "is set); the commands validate, analyze, export and import work without one"
    ]


# -- pipes and devices ------------------------------------------------------------


def _commands(path: Path, tmp_path: Path) -> list[list[str]]:
    return [
        ["validate", str(path)],
        ["analyze", str(path)],
        ["export", str(path), "-o", str(tmp_path / "out.csv")],
    ]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_as_file_is_refused_by_every_command_without_hanging(tmp_path):
    fifo = tmp_path / "pipe.journey.json"
    os.mkfifo(fifo)
    mmd = tmp_path / "pipe.mmd"
    os.mkfifo(mmd)
    runs = [
        *_commands(fifo, tmp_path),
        ["import", str(mmd), "-o", str(tmp_path / "o.journey.json")],
    ]
    for argv in runs:
        done = subprocess.run(
            [sys.executable, "-m", "journeymap", *argv],
            capture_output=True,
            text=True,
            timeout=60,  # a hang fails here instead of blocking the suite
            cwd=ROOT,
        )
        assert done.returncode == 1, (argv, done.stderr)
        assert "is a pipe" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_as_file_is_refused_before_reading(capsys, tmp_path, device):
    for argv in _commands(Path(device), tmp_path):
        code, _, err = _run(capsys, *argv)
        assert code == 1 and "is a device or socket" in err
    code, _, err = _run(
        capsys, "import", device, "--format", "mmd", "-o", tmp_path / "o.journey.json"
    )
    assert code == 1 and "is a device or socket" in err


# -- the terminal -------------------------------------------------------------------


def _journey_with_title(title: str) -> Journey:
    return Journey(
        title="Escapes",
        personas=[Persona(id="p", name="Pia")],
        stages=[Stage(id="s", name="Ask")],
        steps=[
            Step(id="a", title=title, stage_id="s", kind="start", volume=100),
        ],
        ratings=[Rating(step_id="a", persona_id="p", goal=1, ease=1, emotion=-2)],
    )


def test_analyze_never_prints_a_control_character_from_the_journey(capsys, tmp_path):
    # C0 controls are refused at input; what text may still hold (C1 controls
    # such as CSI, DEL, direction overrides) is escaped on the way out.
    path = tmp_path / "escapes.journey.json"
    save_journey(_journey_with_title("Pay\x9b2J\x7f now\u202e"), path)
    code, out, _ = _run(capsys, "analyze", path)
    assert code == 0
    assert "Pay\\x9b2J\\x7f now\\u202e" in out
    assert not any(ch in out for ch in "\x9b\x7f\u202e\x1b\x07")
    code, out, _ = _run(capsys, "analyze", "--json", path)
    assert code == 0 and not any(ch in out for ch in "\x9b\x7f\u202e")
    data = json.loads(out)  # still the same JSON
    assert "Pay\x9b2J\x7f now\u202e" in json.dumps(data, ensure_ascii=False)


def test_an_escape_sequence_in_a_file_is_refused_and_not_echoed(capsys, tmp_path):
    path = tmp_path / "esc.journey.json"
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["steps"][0]["title"] = "\x1b]0;owned\x07Notice"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = _run(capsys, "validate", path)
    assert code == 1 and out == ""
    assert "steps[0].title: contains the character U+001B" in err
    assert "\x1b" not in err and "\x07" not in err
