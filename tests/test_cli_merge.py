"""``journeymap merge``: the git merge driver, on files and in a real ``git merge``."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from journeymap.cli import main
from journeymap.model import (
    Journey,
    RemoveItems,
    Stage,
    Step,
    UpdateItem,
    UpdateJourney,
    load_journey,
    save_journey,
)
from journeymap.model.fileformat import dumps_journey
from tests.git_repo import git, merge_repo


def _base() -> Journey:
    return Journey(
        title="Broadband support",
        stages=[Stage(id="ask", name="Ask")],
        steps=[
            Step(id="mail", title="Email support", stage_id="ask", kind="start"),
            Step(id="chat", title="Open chat", stage_id="ask"),
        ],
    )


def _edited(journey: Journey, *edits) -> Journey:
    copy = journey.copy_deep()
    for edit in edits:
        edit.apply(copy)
    return copy


def _files(tmp_path: Path, ours: Journey, theirs: Journey, base: Journey | None = None):
    paths = (
        tmp_path / "base.journey.json",
        tmp_path / "ours.journey.json",
        tmp_path / "theirs.journey.json",
    )
    if base is None:
        paths[0].write_text("")
    else:
        save_journey(base, paths[0])
    save_journey(ours, paths[1])
    save_journey(theirs, paths[2])
    return [str(p) for p in paths]


def test_a_clean_merge_writes_ours_in_the_canonical_order(tmp_path, capsys):
    base = _base()
    ours = _edited(base, UpdateJourney({"title": "Support"}))
    theirs = _edited(base, UpdateItem("steps", "chat", {"owner": "Partner"}))
    paths = _files(tmp_path, ours, theirs, base)
    assert main(["merge", *paths]) == 0
    merged = load_journey(paths[1])
    assert merged.title == "Support" and merged.find("steps", "chat").owner == "Partner"
    assert Path(paths[1]).read_text(encoding="utf-8") == dumps_journey(merged)
    assert capsys.readouterr().err == ""


def test_a_conflict_exits_1_keeps_ours_and_lists_every_path(tmp_path, capsys):
    base = _base()
    ours = _edited(base, UpdateJourney({"title": "Ours"}), RemoveItems("steps", ["chat"]))
    theirs = _edited(
        base, UpdateJourney({"title": "Theirs"}), UpdateItem("steps", "chat", {"owner": "X"})
    )
    paths = _files(tmp_path, ours, theirs, base)
    assert main(["merge", *paths, "support.journey.json"]) == 1
    err = capsys.readouterr().err
    assert "support.journey.json: 2 conflicts" in err
    assert '  steps["chat"]: removed in ours, changed in theirs' in err
    assert '  title: changed in both (ours "Ours", theirs "Theirs"); ours kept' in err
    merged = load_journey(paths[1])
    assert merged.title == "Ours" and not merged.has("steps", "chat")


def test_an_empty_base_means_no_common_ancestor(tmp_path, capsys):
    ours = _base()
    theirs = _edited(ours, UpdateJourney({"description": "new"}))
    paths = _files(tmp_path, ours, theirs)
    assert main(["merge", *paths]) == 1
    assert "description: added in both" in capsys.readouterr().err
    assert load_journey(paths[1]).description == ""


def test_an_unreadable_side_leaves_ours_as_it_was(tmp_path, capsys):
    base = _base()
    paths = _files(tmp_path, base, base, base)
    Path(paths[2]).write_text("<<<<<<< not json", encoding="utf-8")
    before = Path(paths[1]).read_bytes()
    assert main(["merge", *paths]) == 1
    err = capsys.readouterr().err
    assert "theirs.journey.json" in err and "not valid JSON" in err and "Traceback" not in err
    assert Path(paths[1]).read_bytes() == before


# -- a real git merge --------------------------------------------------------------


def _git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    return git(repo, *args, check=check)


@pytest.fixture
def repo(tmp_path):
    repo = merge_repo(tmp_path / "repo")
    save_journey(_base(), repo / "support.journey.json")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "base")
    return repo


def _commit_on(repo: Path, branch: str, journey: Journey, new: bool = True) -> None:
    _git(repo, "checkout", "-q", *(["-b"] if new else []), branch)
    save_journey(journey, repo / "support.journey.json")
    _git(repo, "commit", "-q", "-am", branch)


def test_git_merge_runs_the_driver_and_merges_two_branches(repo):
    base = _base()
    _commit_on(repo, "title", _edited(base, UpdateJourney({"title": "Support"})))
    _git(repo, "checkout", "-q", "main")
    _commit_on(repo, "owner", _edited(base, UpdateItem("steps", "mail", {"owner": "Helpdesk"})))
    done = _git(repo, "merge", "-q", "--no-edit", "title", check=False)
    assert done.returncode == 0, done.stderr
    merged = load_journey(repo / "support.journey.json")
    assert (merged.title, merged.find("steps", "mail").owner) == ("Support", "Helpdesk")


def test_git_merge_with_a_conflict_leaves_a_valid_journey_without_markers(repo):
    base = _base()
    _commit_on(repo, "a", _edited(base, UpdateItem("steps", "chat", {"title": "Chat (partner)"})))
    _git(repo, "checkout", "-q", "main")
    _commit_on(repo, "b", _edited(base, UpdateItem("steps", "chat", {"title": "Live chat"})))
    done = _git(repo, "merge", "--no-edit", "a", check=False)
    assert done.returncode != 0
    assert 'steps["chat"].title: changed in both' in done.stdout + done.stderr
    text = (repo / "support.journey.json").read_text(encoding="utf-8")
    assert "<<<<<<<" not in text and ">>>>>>>" not in text
    json.loads(text)
    assert load_journey(repo / "support.journey.json").find("steps", "chat").title == "Live chat"
    unmerged = _git(repo, "ls-files", "-u", "support.journey.json").stdout
    assert len(unmerged.splitlines()) == 3  # git keeps base, ours and theirs for review
