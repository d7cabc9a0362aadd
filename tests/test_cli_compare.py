"""``journeymap compare``: two files, or a file and a git revision."""

from __future__ import annotations

import json
import subprocess

import pytest

from journeymap.cli import main
from journeymap.model import save_journey
from tests.analysis.compare_cases import as_is, to_be
from tests.git_repo import need_git


@pytest.fixture
def pair(tmp_path):
    before, after = tmp_path / "as-is.journey.json", tmp_path / "to-be.journey.json"
    save_journey(as_is(), before)
    save_journey(to_be(), after)
    return str(before), str(after)


def test_json_lists_steps_conversion_and_pain_points(pair, capsys):
    assert main(["compare", *pair, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["steps"]["removed"] == ["no-answer"]
    assert data["steps"]["added"] == ["answer"]
    assert "open-chat" in data["steps"]["changed"]
    assert data["conversion"]["before"] != data["conversion"]["after"]
    assert {"step_id": "no-answer", "persona_id": "p-retiree"} in data["pain_points"]["resolved"]


def test_text_report_and_persona(pair, capsys):
    assert main(["compare", *pair, "--persona", "p-gamer"]) == 0
    out = capsys.readouterr().out
    assert 'Persona: "' in out and '− "No answer for two days" [no-answer]' in out
    assert main(["compare", *pair, "--persona", "nobody"]) == 1
    assert 'unknown persona "nobody"' in capsys.readouterr().err


def test_a_file_with_itself_lists_no_change(pair, capsys):
    assert main(["compare", pair[0], pair[0], "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["steps"] == {"removed": [], "added": [], "changed": [], "details": []}


def test_wrong_command_lines_exit_2(pair, capsys):
    assert main(["compare", pair[0]]) == 2
    assert main(["compare", *pair, "--rev", "HEAD"]) == 2
    assert "BEFORE and AFTER, or FILE --rev REV" in capsys.readouterr().err


def test_a_broken_file_exits_1(pair, tmp_path, capsys):
    broken = tmp_path / "broken.journey.json"
    broken.write_text("{", encoding="utf-8")
    assert main(["compare", pair[0], str(broken)]) == 1
    assert "not valid JSON" in capsys.readouterr().err


def test_a_file_outside_git_has_no_revisions(pair, capsys):
    need_git()
    assert main(["compare", pair[0], "--rev", "HEAD"]) == 1
    assert "is not in a git repository" in capsys.readouterr().err


@pytest.fixture
def repo(tmp_path):
    need_git()
    repo = tmp_path / "repo"
    (repo / "maps").mkdir(parents=True)
    run = lambda *a: subprocess.run(["git", *a], cwd=repo, check=True, capture_output=True)  # noqa: E731
    run("init", "-q")
    run("config", "user.email", "team@example.org")
    run("config", "user.name", "Team")
    path = repo / "maps" / "support.journey.json"
    save_journey(as_is(), path)
    run("add", ".")
    run("commit", "-q", "-m", "as-is")
    save_journey(to_be(), path)
    run("commit", "-q", "-am", "to-be")
    return path


def test_a_file_against_a_git_revision(repo, capsys, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)  # the file's own repository answers, wherever we are
    assert main(["compare", str(repo), "--rev", "HEAD~1", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["steps"]["removed"] == ["no-answer"] and data["after"]["title"].endswith("same day")
    assert main(["compare", str(repo), "--rev", "HEAD", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["steps"]["changed"] == []


def test_a_revision_that_does_not_exist_exits_1(repo, capsys):
    assert main(["compare", str(repo), "--rev", "no-such-branch"]) == 1
    err = capsys.readouterr().err
    assert "no-such-branch" in err and "Traceback" not in err
