"""``journeymap validate`` on broken files: exit 1, one clear line per problem naming
where it is, and never a traceback."""

import subprocess
import sys
from pathlib import Path

import pytest

from journeymap.cli import main
from journeymap.model.fileformat import MAX_FILE_BYTES

DATA = Path(__file__).parent / "data"
BROKEN = DATA / "broken"
EXAMPLES = Path(__file__).parent.parent / "examples"

# File -> text every problem report must contain (one problem per entry).
EXPECTED = {
    "truncated.journey.json": ["not valid JSON: Expecting ',' delimiter at line 56, column 4"],
    "wrong-types.journey.json": [
        "title: Input should be a valid string",
        "stages: Input should be a valid list",
        "steps[1].volume: Input should be a valid integer",
        "ratings[0].goal: Input should be a valid number",
    ],
    "dangling-ids.journey.json": [
        'steps[1].channel_id: unknown channel "kiosk"',
        'steps[3].stage_id: unknown stage "s9"',
        'transitions[2].target: unknown step "dessert"',
        'ratings[1].persona_id: unknown persona "trucker"',
        'opportunities[0].step_ids[2]: unknown step "nowhere"',
    ],
    "duplicate-ids.journey.json": [
        'personas[2]: duplicate "family"',
        'steps[4]: duplicate "queue"',
        'ratings[2]: duplicate step "queue" and persona "family"',
    ],
    "duplicate-lanes.journey.json": ["lanes: a lane is listed more than once"],
    "huge-float.journey.json": [
        "steps[0].volume: must be a finite number",
        "ratings[1].goal: must be a finite number",
    ],
    "huge-integer.journey.json": ["not a journey file: a number in it has thousands of digits"],
    "big-integer.journey.json": ["steps[0].volume: Input should be less than or equal to"],
    "nan.journey.json": ["not a journey file: NaN is not a number journeymap accepts"],
    "infinity.journey.json": ["not a journey file: -Infinity is not a number journeymap accepts"],
    "binary-garbage.journey.json": ["not a journey file: not UTF-8 text"],
    "utf16.journey.json": ["not a journey file: not UTF-8 text"],
    "lone-surrogate.journey.json": ["title: Input should be a valid string"],
    "empty.journey.json": ["the file is empty"],
    "whitespace.journey.json": ["the file is empty"],
    "array.journey.json": ["expected a JSON object at the top, found list"],
    "string.journey.json": ["expected a JSON object at the top, found str"],
    "deep-nesting.journey.json": ["not a journey file: the JSON is nested too deeply"],
    "newer-version.journey.json": [
        "format_version: the file is format version 99, but this journeymap reads versions up to"
    ],
    "unknown-fields.journey.json": [
        "steps[0].mood: unknown field",
        "ratings[0].score: unknown field",
        "colour_scheme: unknown field",
    ],
    "out-of-scale.journey.json": [
        "steps[0].volume: Input should be greater than or equal to 0",
        "transitions[1].share: Input should be less than or equal to 1",
        "ratings[0].ease: must be between 1 and 5",
        "ratings[1].emotion: must be between -2 and 2",
    ],
    "bad-values.journey.json": [
        "personas[0].colour: must be a colour like #1f77b4",
        "steps[0].id: must be an id without spaces or control characters",
        "steps[1].kind: Input should be 'start', 'touchpoint', 'decision', 'success' or 'exit'",
        'transitions[0].source: unknown step "park"',  # in the same run as the type errors
    ],
    # Type errors, out-of-range ratings and unknown ids, all in one run.
    "every-problem-at-once.journey.json": [
        "steps[0].volume: Input should be a valid integer",
        "ratings[0].emotion: must be between -2 and 2",
        'steps[1].stage_id: unknown stage "eat"',
        'ratings[1].persona_id: unknown persona "driver"',
    ],
    # Text that no XML writer can carry and a terminal would run: refused, named.
    "control-characters.journey.json": [
        "title: contains the character U+0007, which journeymap does not accept in text",
        "personas[0].name: contains the character U+FFFE",
        "steps[0].title: contains the character U+001B",
    ],
    # Version 0 kept steps under "touchpoints": with both, neither is dropped silently.
    "v0-steps-and-touchpoints.journey.json": [
        "format_version: a version-0 file holds its steps under 'touchpoints'; this one has both"
    ],
    # No format_version, and names of both versions: not guessed (emotions would shift).
    "mixed-version-names.journey.json": [
        "format_version: format_version is missing, and the file mixes the names of version 0"
    ],
    # A version-0 file: its emotion -2 was on the old 1..5 scale, so it moves to -5.
    "steps-not-a-list.journey.json": [
        "steps: Input should be a valid list",
        "ratings[0].emotion: must be between -2 and 2",
    ],
}


def _validate(path: Path, capsys) -> tuple[int, list[str], str]:
    code = main(["validate", str(path)])
    out, err = capsys.readouterr()
    return code, err.splitlines(), out


def _assert_clear_failure(code: int, lines: list[str], path: Path, expected: list[str]) -> None:
    assert code == 1
    assert len(lines) == len(expected), lines
    for line, fragment in zip(lines, expected, strict=True):
        assert line.startswith(f"{path}: ")
        assert fragment in line
    text = "\n".join(lines)
    assert "Traceback" not in text
    assert "unexpected error" not in text


# Workbooks and Mermaid files of the corpus, through ``journeymap import``.
IMPORT_EXPECTED = {
    "bad-cells-and-unknown-stage.xlsx": [
        "Steps!H2: Volume must be a number, found 'lots'",
        'Steps!C3: unknown stage "dessert"',  # in the same run as the bad cell
    ],
    "control-character.xlsx": ["Steps!B2: contains the character U+0007"],
    "deep-lanes.xlsx": [
        "_journeymap!B6: lanes must be a JSON list of lanes; this one is nested too deeply"
    ],
    "utf16-doctype.xlsx": ["part xl/sharedStrings2.xml declares a document type or XML entities"],
    "control-character.mmd": ["line 4: task name contains the character U+0007"],
    "both-kinds-of-error.mmd": [
        "line 3: the score must be a number from 1 to 5, found '9'",
        "line 4: expected 'section NAME' or a task",
    ],
}


def test_every_file_of_the_corpus_has_its_expected_messages():
    assert sorted(p.name for p in BROKEN.iterdir()) == sorted({**EXPECTED, **IMPORT_EXPECTED})


@pytest.mark.parametrize("name", sorted(IMPORT_EXPECTED))
def test_broken_import_gives_exit_1_and_one_clear_line_per_problem(name, capsys, tmp_path):
    path = BROKEN / name
    out = tmp_path / "out.journey.json"
    code = main(["import", str(path), "-o", str(out)])
    stdout, err = capsys.readouterr()
    lines = err.splitlines()
    assert lines[-1] == f"journeymap import: nothing written to {out}"
    _assert_clear_failure(code, lines[:-1], path, IMPORT_EXPECTED[name])
    assert stdout == "" and not out.exists()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_file_gives_exit_1_and_one_clear_line_per_problem(name, capsys):
    path = BROKEN / name
    code, lines, out = _validate(path, capsys)
    _assert_clear_failure(code, lines, path, EXPECTED[name])
    assert out == ""


def test_a_file_over_the_size_cap_is_refused_without_being_read(tmp_path, capsys):
    path = tmp_path / "huge.journey.json"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk space
    code, lines, _ = _validate(path, capsys)
    _assert_clear_failure(
        code, lines, path, [f"journeymap opens journey files up to {MAX_FILE_BYTES / 1e6:.0f} MB"]
    )


def test_a_folder_is_not_a_journey_file(tmp_path, capsys):
    folder = tmp_path / "looks-like.journey.json"
    folder.mkdir()
    code, lines, _ = _validate(folder, capsys)
    _assert_clear_failure(code, lines, folder, ["is a folder, not a journey file"])


def test_a_missing_file_is_named(tmp_path, capsys):
    path = tmp_path / "gone.journey.json"
    code, lines, _ = _validate(path, capsys)
    _assert_clear_failure(code, lines, path, ["no such file"])


@pytest.mark.parametrize(
    "name",
    [
        "dangling-ids.journey.json",
        "binary-garbage.journey.json",
        "deep-nesting.journey.json",
        "huge-integer.journey.json",
        "newer-version.journey.json",
    ],
)
def test_the_real_command_fails_cleanly(name):
    path = BROKEN / name
    done = subprocess.run(
        [sys.executable, "-m", "journeymap", "validate", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    _assert_clear_failure(done.returncode, done.stderr.splitlines(), path, EXPECTED[name])
    assert done.stdout == ""


def test_the_real_command_accepts_a_valid_file():
    path = EXAMPLES / "broadband-support.journey.json"
    done = subprocess.run(
        [sys.executable, "-m", "journeymap", "validate", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"{path}: valid")
    assert "Traceback" not in done.stderr


def test_validate_without_a_file_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["validate"])
    assert caught.value.code == 2
    assert "usage" in capsys.readouterr().err
