"""Text a journey accepts, however odd, never breaks a writer: every SVG stays
well-formed XML, the workbook is written and reads back equal. (Text a journey
refuses, the C0 controls and U+FFFE/U+FFFF, never gets this far.)"""

from __future__ import annotations

import pytest

from journeymap.export.api import export_journey, import_journey
from journeymap.model import Journey, Persona, Rating, Stage, Step, Transition
from journeymap.model.entities import refused_character
from tests.export.svg_text import svg_texts

# The font has no glyph for a C1 control or a non-character: a box is drawn, as
# any program draws it; the warning says nothing these tests check.
pytestmark = pytest.mark.filterwarnings("ignore:Glyph .* missing from font")

ODD = "Tab\there\r\nDEL\x7f C1\x85\x9b non\ufdd0char \U0001fffe astral \U0001f600 rtl\u202e."


def _odd_journey() -> Journey:
    return Journey(
        title=f"Odd {ODD}",
        personas=[Persona(id="p", name=f"Pia {ODD}")],
        stages=[Stage(id="s", name=f"Stage {ODD}")],
        steps=[
            Step(id="a", title=f"Start {ODD}", stage_id="s", kind="start", volume=100),
            Step(id="b", title=f"End {ODD}", stage_id="s", kind="success", doing=ODD),
        ],
        transitions=[Transition(id="t", source="a", target="b", share=0.5, label=ODD)],
        ratings=[
            Rating(step_id="a", persona_id="p", goal=2, ease=1, emotion=-2, note=ODD),
            Rating(step_id="b", persona_id="p", goal=5, emotion=2),
        ],
    )


def test_the_odd_text_is_accepted_by_the_model():
    assert refused_character(ODD) is None
    assert _odd_journey().steps[0].title.endswith(ODD)


@pytest.mark.parametrize("chart", [None, "emotion", "funnel", "heatmap"])
def test_svg_stays_well_formed(tmp_path, chart):
    out = tmp_path / "odd.svg"
    export_journey(_odd_journey(), out, "svg", chart=chart)
    texts = svg_texts(out)  # parses: well-formed
    assert any("Pia" in t for t in texts) or chart == "funnel"


def test_workbook_is_written_and_reads_back_equal(tmp_path):
    out = tmp_path / "odd.xlsx"
    journey = _odd_journey()
    export_journey(journey, out, "xlsx")
    assert import_journey(out) == journey


def test_a_control_character_in_a_workbook_cell_is_refused_with_its_cell(tmp_path):
    import openpyxl

    out = tmp_path / "ctrl.xlsx"
    export_journey(_odd_journey(), out, "xlsx")
    workbook = openpyxl.load_workbook(out)
    workbook["Steps"]["B2"] = "Bell_x0007_"  # how a workbook carries U+0007
    workbook.save(out)
    from journeymap.export.errors import ImportFailed

    with pytest.raises(ImportFailed) as caught:
        import_journey(out)
    assert any(
        p.startswith("Steps!B2: contains the character U+0007") for p in caught.value.problems
    )


def test_a_control_character_in_mermaid_is_refused_with_its_line(tmp_path):
    path = tmp_path / "ctrl.mmd"
    path.write_text("journey\n  section S\n    Bell\x07: 3\n", encoding="utf-8")
    from journeymap.export.errors import ImportFailed

    with pytest.raises(ImportFailed) as caught:
        import_journey(path)
    assert caught.value.problems == [
        "line 3: task name contains the character U+0007, which journeymap does not accept "
        "in text; remove it"
    ]


@pytest.mark.parametrize("fmt", ["png", "pdf", "csv", "mmd"])
def test_every_other_format_is_written(tmp_path, fmt):
    out = tmp_path / f"odd.{fmt}"
    export_journey(_odd_journey(), out, fmt, dpi=40)
    assert out.stat().st_size > 100
    if fmt == "mmd":  # Mermaid text reads back: the odd text broke no line
        assert [s.title.split()[0] for s in import_journey(out).steps] == ["Start", "End"]
