"""The catalogue of a library folder: entries, broken files, last change."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import UTC, datetime

import pytest

from journeymap.library.catalogue import scan_library
from tests.library.helpers import funnel, write


def test_lists_journeys_with_title_steps_personas_and_worst_pains(tmp_path):
    write(tmp_path, "order.journey.json", funnel("Order", persona_name="Anna"))
    write(tmp_path, "sub/return.journey", funnel("Return", persona_name="Ben"))
    library = scan_library(tmp_path)
    assert [e.relative for e in library.journeys] == ["order.journey.json", "sub/return.journey"]
    order = library.entry("order.journey.json")
    assert order is not None
    assert (order.title, order.step_count, order.persona_names) == ("Order", 3, ("Anna",))
    assert order.worst_pains and order.worst_pains[0].step_title == "Pay online"
    assert order.worst_pains[0].persona_name == "Anna"
    assert order.conversion == pytest.approx(0.6)


def test_broken_files_are_listed_with_their_problem_and_others_still_read(tmp_path):
    write(tmp_path, "good.journey.json", funnel())
    (tmp_path / "cut.journey.json").write_text('{"format_version": 1, "title": ', "utf-8")
    (tmp_path / "binary.journey").write_bytes(b"\xff\xfe\x00garbage")
    library = scan_library(tmp_path)
    assert [e.relative for e in library.journeys] == ["good.journey.json"]
    broken = {e.relative: e.problems for e in library.broken}
    assert set(broken) == {"cut.journey.json", "binary.journey"}
    assert all(problems and problems[0] for problems in broken.values())


def test_hidden_folders_and_other_files_are_not_journeys(tmp_path):
    write(tmp_path, ".git/x.journey.json", funnel())
    (tmp_path / "notes.json").write_text("{}", "utf-8")
    (tmp_path / "library.json").write_text("{}", "utf-8")
    assert scan_library(tmp_path).entries == ()


def test_not_a_folder_is_refused(tmp_path):
    with pytest.raises(NotADirectoryError):
        scan_library(tmp_path / "missing")


def test_outside_git_the_last_change_is_the_file_time(tmp_path):
    path = write(tmp_path, "a.journey.json", funnel())
    os.utime(path, (1_600_000_000, 1_600_000_000))
    entry = scan_library(tmp_path, analyse_journeys=False).entries[0]
    assert entry.change_source == "file"
    assert entry.last_change == datetime.fromtimestamp(1_600_000_000, tz=UTC)


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_in_git_a_committed_file_has_its_commit_date_and_a_changed_one_its_time(tmp_path):
    def git(*args: str, date: str = "2021-05-04T10:00:00+00:00") -> None:
        env = {**os.environ, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date}
        subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@e", *args],
            cwd=tmp_path,
            check=True,
            capture_output=True,
            env=env,
        )

    git("init", "-q")
    write(tmp_path, "maps/old.journey.json", funnel("Old"))
    write(tmp_path, "maps/edited.journey.json", funnel("Edited"))
    write(tmp_path, "maps/kesämökki matka.journey.json", funnel("Non-ASCII name"))
    git("add", ".")
    git("commit", "-qm", "first")
    write(tmp_path, "maps/edited.journey.json", funnel("Edited again"))
    write(tmp_path, "maps/new.journey.json", funnel("New"))
    library = scan_library(tmp_path / "maps", analyse_journeys=False)
    assert library.in_git
    by_name = {e.relative: e for e in library.entries}
    old = by_name["old.journey.json"]
    assert (old.change_source, old.last_change) == (
        "git",
        datetime(2021, 5, 4, 10, tzinfo=UTC),
    )
    assert by_name["kesämökki matka.journey.json"].change_source == "git"
    assert by_name["edited.journey.json"].change_source == "file"
    assert by_name["new.journey.json"].change_source == "file"
