"""``journeymap evidence survey|flows``: exit codes, reports, nothing written on error,
and the example journey built from data is what the README's commands make."""

import json
import shutil
from pathlib import Path

import pytest

from journeymap.cli import main
from journeymap.model import load_journey
from tests.evidence.cases import shop, write_log

EXAMPLES = Path(__file__).parent.parent / "examples"
DATA = EXAMPLES / "evidence"


@pytest.fixture
def journey_file(tmp_path):
    from journeymap.model import save_journey

    path = tmp_path / "shop.journey.json"
    save_journey(shop(), path)
    return path


def _survey_files(tmp_path, answers: str, mapping: dict) -> tuple[Path, Path]:
    a = tmp_path / "answers.csv"
    a.write_text(answers, encoding="utf-8")
    m = tmp_path / "mapping.json"
    m.write_text(json.dumps(mapping), encoding="utf-8")
    return a, m


MAPPING = {
    "persona_id": "p-home",
    "questions": [{"column": "ease", "step": "s-order", "measure": "ease", "scale": [1, 5]}],
}


def test_the_example_journey_is_what_the_documented_commands_build(tmp_path, capsys):
    out = tmp_path / "built.journey.json"
    design = DATA / "electricity-contract.design.journey.json"
    assert (
        main(
            [
                "evidence",
                "survey",
                str(design),
                str(DATA / "survey-answers.csv"),
                "--mapping",
                str(DATA / "survey-mapping.json"),
                "-o",
                str(out),
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "evidence",
                "flows",
                str(out),
                str(DATA / "events.csv"),
                "--activity-map",
                str(DATA / "activity-map.json"),
                "--add-observed",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    built = load_journey(out)
    assert built == load_journey(DATA / "electricity-contract.journey.json")
    report = capsys.readouterr().out
    assert "row 21 '=1+1'" in report
    assert "designed vs observed" in report
    assert {m.source for m in built.measurements} == {"workshop", "survey"}


def test_survey_writes_measurements_and_reports(tmp_path, journey_file, capsys):
    answers, mapping = _survey_files(tmp_path, "id,ease\n1,4\n2,5\n3,\n4,x\n", MAPPING)
    out = tmp_path / "out.journey.json"
    code = main(
        [
            "evidence",
            "survey",
            str(journey_file),
            str(answers),
            "--mapping",
            str(mapping),
            "-o",
            str(out),
            "--label",
            "Pilot",
            "--period",
            "2026-11",
        ]
    )
    assert code == 0
    captured = capsys.readouterr()
    assert "2 used, 1 blank, 0 unmapped, 1 unreadable" in captured.out
    assert "unreadable: row 5 'x'" in captured.out
    [m] = load_journey(out).measurements
    assert (m.label, m.period, m.n, m.mean) == ("Pilot", "2026-11", 2, 4.5)


@pytest.mark.parametrize(
    ("answers", "mapping", "message"),
    [
        (
            "ease\n4\n",
            {**MAPPING, "questions": [{**MAPPING["questions"][0], "column": "joy"}]},
            "column 'joy' does not exist",
        ),
        (
            "ease\n4\n",
            {**MAPPING, "questions": [{**MAPPING["questions"][0], "step": "s-x"}]},
            "step 's-x'",
        ),
        ("", MAPPING, "the file is empty"),
        ("ease\nx\n", MAPPING, "no answer could be used"),
    ],
)
def test_survey_input_errors_exit_1_and_write_nothing(
    tmp_path, journey_file, capsys, answers, mapping, message
):
    answers_path, mapping_path = _survey_files(tmp_path, answers, mapping)
    before = journey_file.read_bytes()
    code = main(
        [
            "evidence",
            "survey",
            str(journey_file),
            str(answers_path),
            "--mapping",
            str(mapping_path),
            "-o",
            str(journey_file),
        ]
    )
    assert code == 1
    assert message in capsys.readouterr().err
    assert journey_file.read_bytes() == before


def test_flows_write_volumes_and_refuse_a_bad_log(tmp_path, journey_file, capsys):
    out = tmp_path / "out.journey.json"
    assert (
        main(["evidence", "flows", str(journey_file), str(write_log(tmp_path)), "-o", str(out)])
        == 0
    )
    report = capsys.readouterr().out
    assert "'Cookie banner': 1" in report
    assert "designed transitions nobody took: t-order-chat" in report
    assert load_journey(out).steps[0].volume == 3
    bad = write_log(tmp_path, ["c1,Order,not a time,x"], name="bad.csv")
    before = out.read_bytes()
    assert main(["evidence", "flows", str(out), str(bad), "-o", str(out)]) == 1
    assert "row 2: the time 'not a time'" in capsys.readouterr().err
    assert out.read_bytes() == before


def test_existing_output_needs_force_and_a_wrong_command_line_exits_2(
    tmp_path, journey_file, capsys
):
    other = tmp_path / "other.journey.json"
    shutil.copy(journey_file, other)
    assert (
        main(["evidence", "flows", str(journey_file), str(write_log(tmp_path)), "-o", str(other)])
        == 1
    )
    assert "give --force" in capsys.readouterr().err
    with pytest.raises(SystemExit) as caught:
        main(["evidence", "flows", str(journey_file)])
    assert caught.value.code == 2
    with pytest.raises(SystemExit) as caught:
        main(["evidence", "flows", str(journey_file), "x.csv", "-o", "y", "--engine", "pandas"])
    assert caught.value.code == 2


def test_the_example_built_from_data_analyses_and_exports(tmp_path):
    from journeymap.analysis.report import analyse
    from journeymap.export.api import export_journey

    journey = load_journey(DATA / "electricity-contract.journey.json")
    analysis = analyse(journey)
    codes = {c.code for c in analysis.checks}
    assert not [c for c in analysis.checks if c.severity == "error"]
    assert not [c for c in codes if "volume" in c or "inconsistent" in c]
    sign = analysis.flow.steps["s-sign"]
    assert sign.inflow == journey.steps[-1].volume
    out = tmp_path / "map.png"
    export_journey(journey, out, "png")
    assert out.stat().st_size > 10_000


def test_the_activity_map_to_confirm_holds_matches_and_suggestions(tmp_path, journey_file):
    rows = [
        "c1,Visit web site,2026-11-01 10:00:00,x",
        "c1,Order,2026-11-01 10:02:00,x",
        "c1,Cookie banner,2026-11-01 10:03:00,x",
    ]
    written = tmp_path / "activities.json"
    code = main(
        [
            "evidence",
            "flows",
            str(journey_file),
            str(write_log(tmp_path, rows)),
            "-o",
            str(tmp_path / "out.journey.json"),
            "--write-activity-map",
            str(written),
        ]
    )
    assert code == 0
    activities = json.loads(written.read_text(encoding="utf-8"))["activities"]
    assert activities == {"Order": "s-order", "Visit web site": "s-visit", "Cookie banner": None}
