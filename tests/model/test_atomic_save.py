"""A save that fails half-way leaves the previous file exactly as it was, says why,
and leaves no temporary files behind."""

import errno
import os
import stat

import pytest

from journeymap.model import (
    Journey,
    JourneyFileError,
    Stage,
    Step,
    fileformat,
    load_journey,
    save_journey,
)


def _journey(title: str) -> Journey:
    return Journey(
        title=title,
        stages=[Stage(id="s1", name="Föö — 改善")],
        steps=[Step(id="a", title="Search", stage_id="s1", feeling="😕")],
    )


@pytest.fixture
def saved(tmp_path):
    path = tmp_path / "lunch.journey.json"
    save_journey(_journey("Before"), path)
    return path


def _disk_full(*args, **kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _assert_failed_cleanly(caught, path, old_bytes, reason):
    assert path.read_bytes() == old_bytes
    assert load_journey(path).title == "Before"
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    message = str(caught.value)
    assert message.startswith(f"{path}: could not save")
    assert reason in message


@pytest.mark.parametrize(
    "target",
    [
        pytest.param((os, "replace"), id="replace"),
        pytest.param((os, "fsync"), id="fsync"),
        pytest.param((fileformat.tempfile, "mkstemp"), id="mkstemp"),
        pytest.param((os, "chmod"), id="chmod"),
    ],
)
def test_a_failing_step_leaves_the_old_file_untouched(saved, monkeypatch, target):
    old = saved.read_bytes()
    monkeypatch.setattr(*target, _disk_full)
    with pytest.raises(JourneyFileError) as caught:
        save_journey(_journey("After"), saved)
    monkeypatch.undo()
    _assert_failed_cleanly(caught, saved, old, "No space left on device")


def test_a_write_that_fails_half_way_leaves_no_temporary_file(saved, monkeypatch):
    old = saved.read_bytes()
    real_fdopen = os.fdopen

    class HalfWritten:
        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, data):
            self.handle.write(data[: len(data) // 2])
            raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(os, "fdopen", lambda fd, mode: HalfWritten(real_fdopen(fd, mode)))
    with pytest.raises(JourneyFileError) as caught:
        save_journey(_journey("After"), saved)
    monkeypatch.undo()
    _assert_failed_cleanly(caught, saved, old, os.strerror(errno.EIO))


def test_saving_into_a_missing_folder_says_why(tmp_path):
    path = tmp_path / "no-such-folder" / "j.journey.json"
    with pytest.raises(JourneyFileError, match="could not save: No such file or directory"):
        save_journey(_journey("After"), path)
    assert not path.parent.exists()


def test_saving_over_a_folder_keeps_the_folder_and_says_why(tmp_path):
    folder = tmp_path / "taken.journey.json"
    folder.mkdir()
    (folder / "inside.txt").write_text("keep me")
    with pytest.raises(JourneyFileError, match="could not save"):
        save_journey(_journey("After"), folder)
    assert (folder / "inside.txt").read_text() == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken.journey.json"]


def test_a_successful_save_replaces_the_file_and_keeps_its_permissions(saved):
    saved.chmod(0o640)
    save_journey(_journey("After"), saved)
    assert load_journey(saved).title == "After"
    assert stat.S_IMODE(saved.stat().st_mode) == 0o640
    assert sorted(p.name for p in saved.parent.iterdir()) == [saved.name]


def test_a_new_file_gets_ordinary_permissions(tmp_path):
    path = tmp_path / "new.journey.json"
    old_mask = os.umask(0o022)
    try:
        save_journey(_journey("New"), path)
    finally:
        os.umask(old_mask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644  # not mkstemp's private 0o600


def test_saved_text_is_utf8_with_characters_kept(saved):
    text = saved.read_bytes().decode("utf-8")
    assert "Föö — 改善" in text and "😕" in text
    assert "\\u" not in text
