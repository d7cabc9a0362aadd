"""``journeymap export`` and ``journeymap import`` from the command line: exit codes,
messages, and never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from journeymap.cli import main
from journeymap.model import load_journey

EXAMPLE = Path(__file__).parents[1] / "examples" / "broadband-support.journey.json"


def _run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".mmd"])
def test_export_picks_the_format_from_the_suffix(capsys, tmp_path, suffix):
    out = tmp_path / f"map{suffix}"
    code, stdout, stderr = _run(capsys, "export", EXAMPLE, "-o", out)
    assert code == 0
    assert out.stat().st_size > 100
    assert str(out) in stderr and stdout == ""  # a confirmation, not a result


def test_format_option_overrides_the_suffix(capsys, tmp_path):
    out = tmp_path / "steps.txt"
    code, _, _ = _run(capsys, "export", EXAMPLE, "-o", out, "--format", "csv")
    assert code == 0
    assert out.read_text(encoding="utf-8-sig").startswith("stage_id,stage,step_id")


def test_chart_export(capsys, tmp_path):
    out = tmp_path / "funnel.png"
    code, _, _ = _run(capsys, "export", EXAMPLE, "-o", out, "--chart", "funnel", "--dpi", "50")
    assert code == 0
    assert out.read_bytes().startswith(b"\x89PNG")


def test_map_image_export_goes_to_the_map_renderer(capsys, tmp_path):
    out = tmp_path / "map.png"
    code, stdout, stderr = _run(capsys, "export", EXAMPLE, "-o", out, "--dpi", "40")
    assert code == 0 and "map (PNG)" in stderr and stdout == ""
    assert out.read_bytes().startswith(b"\x89PNG")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["-o", "out.docx"], "cannot tell the format"),
        (["-o", "out.xlsx", "--chart", "emotion"], "--chart makes an image"),
        (["-o", "out.png", "--dpi", "0"], "--dpi must be between 10 and 1200, not 0"),
        (["-o", "out.png", "--dpi", "5000"], "--dpi must be between 10 and 1200, not 5000"),
        (["-o", "out.png", "--pages", "a4"], "--pages a4 tiles a PDF map; a png is one picture"),
        (["-o", "out.pdf", "--pages", "a3", "--chart", "funnel"], "--pages a3 tiles a PDF map"),
    ],
)
def test_usage_errors_exit_2(capsys, tmp_path, argv, message):
    code, _, err = _run(
        capsys, "export", EXAMPLE, *[str(tmp_path / a) if a.startswith("out") else a for a in argv]
    )
    assert code == 2
    assert message in err and "usage:" in err


def test_bad_input_exits_1(capsys, tmp_path):
    broken = tmp_path / "broken.journey.json"
    broken.write_text('{"steps": [{"id": "a"}]}', encoding="utf-8")
    code, _, err = _run(capsys, "export", broken, "-o", tmp_path / "x.xlsx")
    assert code == 1 and "steps[0]" in err
    code, _, err = _run(capsys, "export", tmp_path / "none.json", "-o", tmp_path / "x.csv")
    assert code == 1 and "no such file" in err
    code, _, err = _run(capsys, "export", EXAMPLE, "-o", tmp_path / "x.csv", "--persona", "zz")
    assert code == 1 and "unknown persona 'zz'" in err
    code, _, err = _run(capsys, "export", EXAMPLE, "-o", tmp_path / "no" / "dir" / "x.csv")
    assert code == 1 and "does not exist" in err


def test_import_round_trip_and_overwrite_rules(capsys, tmp_path):
    workbook = tmp_path / "map.xlsx"
    assert _run(capsys, "export", EXAMPLE, "-o", workbook)[0] == 0
    out = tmp_path / "back.journey.json"
    code, stdout, stderr = _run(capsys, "import", workbook, "-o", out)
    assert code == 0 and "imported 25 steps" in stderr and stdout == ""
    assert load_journey(out) == load_journey(EXAMPLE)
    before = out.read_bytes()
    code, _, err = _run(capsys, "import", workbook, "-o", out)
    assert code == 1 and "--force" in err
    assert out.read_bytes() == before
    assert _run(capsys, "import", workbook, "-o", out, "--force")[0] == 0


def test_import_mermaid_notes_what_is_lost(capsys, tmp_path):
    text = tmp_path / "j.mmd"
    text.write_text("journey\n  title T\n  section S\n    A: 4: Ann\n", encoding="utf-8")
    out = tmp_path / "j.journey.json"
    code, _, err = _run(capsys, "import", text, "-o", out)
    assert code == 0 and "note:" in err
    assert load_journey(out).steps[0].title == "A"


def test_import_errors(capsys, tmp_path):
    code, _, err = _run(capsys, "import", tmp_path / "x.docx", "-o", tmp_path / "o.journey.json")
    assert code == 2 and "usage:" in err
    bad = tmp_path / "bad.mmd"
    bad.write_text("journey\n section S\n  A: 11\n", encoding="utf-8")
    code, _, err = _run(capsys, "import", bad, "-o", tmp_path / "o.journey.json")
    assert code == 1 and "line 3: the score must be" in err and "nothing written" in err
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"PK\x03\x04 not really")
    code, _, err = _run(capsys, "import", fake, "-o", tmp_path / "o.journey.json")
    assert code == 1 and "workbook" in err
    assert not (tmp_path / "o.journey.json").exists()


def test_usage_errors_write_nothing(capsys, tmp_path):
    out = tmp_path / "map.png"
    assert _run(capsys, "export", EXAMPLE, "-o", out, "--dpi", "0")[0] == 2
    assert not out.exists()


def test_import_refuses_to_overwrite_its_own_input(capsys, tmp_path):
    workbook = tmp_path / "map.xlsx"
    assert _run(capsys, "export", EXAMPLE, "-o", workbook)[0] == 0
    before = workbook.read_bytes()
    code, _, err = _run(capsys, "import", workbook, "-o", workbook, "--force")
    assert code == 2 and "is the input itself" in err
    assert workbook.read_bytes() == before


def test_import_refuses_its_input_through_a_link(capsys, tmp_path):
    workbook = tmp_path / "map.xlsx"
    assert _run(capsys, "export", EXAMPLE, "-o", workbook)[0] == 0
    before = workbook.read_bytes()
    link = tmp_path / "link.journey.json"
    link.symlink_to(workbook)
    hard = tmp_path / "hard.journey.json"
    hard.hardlink_to(workbook)
    for out in (link, hard):
        code, _, err = _run(capsys, "import", workbook, "-o", out, "--force")
        assert code == 2 and "is the input itself" in err
    assert workbook.read_bytes() == before
    assert link.is_symlink()


def test_import_warns_when_out_is_not_a_journey_file(capsys, tmp_path):
    text = tmp_path / "j.mmd"
    text.write_text("journey\n  section S\n    A: 4\n", encoding="utf-8")
    code, _, err = _run(capsys, "import", text, "-o", tmp_path / "j.json")
    assert code == 0 and "does not end in .journey.json" in err
    code, _, err = _run(capsys, "import", text, "-o", tmp_path / "k.journey.json")
    assert code == 0 and "does not end in" not in err


@pytest.mark.parametrize(
    ("suffix", "magic"), [(".png", b"\x89PNG"), (".pdf", b"%PDF"), (".svg", b"<?xml")]
)
def test_maturity_radar_export(capsys, tmp_path, suffix, magic):
    out = tmp_path / f"maturity{suffix}"
    code, _, stderr = _run(capsys, "export", EXAMPLE, "-o", out, "--chart", "maturity")
    assert code == 0 and "maturity chart" in stderr
    assert out.read_bytes().startswith(magic)
    if suffix == ".svg":
        assert "understanding" in out.read_text(encoding="utf-8")  # text stays text


def test_analyze_json_reports_cost_and_service_levels_of_the_example(capsys):
    import json

    code, stdout, _ = _run(capsys, "analyze", EXAMPLE, "--json")
    assert code == 0
    data = json.loads(stdout)
    totals = data["cost"]["totals"]
    assert totals["entered"] == 1200
    assert totals["euros"] > 0 and totals["euros_per_entrant"] == pytest.approx(
        totals["euros"] / 1200, rel=1e-5
    )
    lost_and_completed = totals["lost_euros"] + totals["completed"] * totals["euros_per_completer"]
    assert lost_and_completed == pytest.approx(totals["euros"], rel=1e-5)
    assert {s["id"] for s in data["cost"]["steps"]} >= {"no-answer", "cancel"}
    assert data["service_levels"]["steps"]["email"] == "reactive"
