"""The analysis's sentences in the editor's language: pain-point reasons, check
messages and hand-off reasons read in Finnish with the Finnish translation and
locale, and exactly as the analysis wrote them in English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt

from journeymap.analysis import phrases
from journeymap.analysis.phrases import Count, Names, Phrase, Rate, Score
from journeymap.canvas import analysis_text
from journeymap.model.scales import EASE, EMOTION
from tools import update_translations as update

LOST = Phrase(
    "{count} customers lost here ({rate})", (("count", Count(1234)), ("rate", Rate(0.017)))
)


@pytest.fixture
def english(qapp):
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def example(analysed_example):
    return analysed_example


def group_rows(tree, index: int) -> list:
    group = tree.topLevelItem(index)
    return [group.child(i) for i in range(group.childCount())]


def test_phrases_read_in_finnish(finnish):
    text = analysis_text.render(LOST)
    group = QLocale("fi_FI").groupSeparator()  # a no-break space
    assert text == f"1{group}234 asiakasta menetetty (1,7 %)"
    assert analysis_text.render(Phrase("ease {value}", (("value", Score(EASE, 1.5)),))) == (
        "vaivattomuus 1,5/5"
    )
    assert analysis_text.render(Phrase("emotion {value}", (("value", Score(EMOTION, -2)),))) == (
        "tunne −2"
    )
    unreachable = Phrase(
        "{step} cannot be reached from any start", (("step", Names.of(["A", "B", "C"], limit=2)),)
    )
    assert analysis_text.render(unreachable) == (
        "kosketuspisteeseen ”A”, ”B” ja 1 muuta ei pääse mistään alkukohdasta"
    )
    assert analysis_text.list_separator() == "; "


def test_phrases_read_as_the_analysis_wrote_them_in_english(english):
    assert analysis_text.render(LOST) == LOST.text() == "1,234 customers lost here (1.7 %)"
    assert analysis_text.list_separator() == ", "


def test_a_translation_that_does_not_fit_falls_back_to_english(english):
    odd = Phrase("{missing} is not a value here", ())
    assert analysis_text.render(odd, "the English text") == "the English text"
    assert analysis_text.render(None, "as written") == "as written"


def test_insights_dock_speaks_finnish(finnish, example):
    tree = example.insights.tree
    analysis = example.live.analysis
    pains = group_rows(tree, 0)
    worst = analysis.pain_points[0]
    assert worst.reasons[-1] == "20 customers lost here (1.7 %)"  # the analysis stays English
    assert pains[0].text(0).endswith("tavoite 1/5; tunne −1,5; 20 asiakasta menetetty (1,7 %)")
    assert pains[0].toolTip(0).startswith("kriittinen kipupiste, pisteet ")
    switches = {row.toolTip(0) for row in group_rows(tree, 2)}
    assert (
        "Support email → Web chat (kumppanin hoitama): vastuu siirtyy (Customer service "
        "(in-house) → ChatServe (outsourced)), asiakas joutuu kertomaan asiansa uudelleen"
    ) in switches
    assert (
        "At home (router) → Help pages: asiakkaan historian on kuljettava hänen mukanaan "
        "uuteen kanavaan"
    ) in switches
    checks = [row.text(0) for row in group_rows(tree, 3)]
    assert (
        "persoonalta ”Hanna, works from home” puuttuu arvio 1 kosketuspisteestä: "
        "”Posts the story on the forum”"
    ) in checks
    assert any(text.endswith("ja 1 muuta") for text in checks)
    assert (
        "”Explain everything again”, ”Restart the router as the chat tells” muodostavat "
        "silmukan: asiakkaat voivat palata (2 siirtymää)"
    ) in checks


def test_insights_dock_in_english_shows_the_analysis_texts(english, example):
    tree = example.insights.tree
    analysis = example.live.analysis
    pains = group_rows(tree, 0)
    assert pains[0].text(0).endswith(": " + ", ".join(analysis.pain_points[0].reasons))
    switches = [row.toolTip(0) for row in group_rows(tree, 2)]
    assert switches[: len(switches) - 1] == [
        s.reason for s in analysis.channel_switches[: len(switches) - 1]
    ]
    checks = [row.text(0) for row in group_rows(tree, 3)]
    assert checks == [c.message for c in analysis.checks]


def test_map_pain_lane_and_tooltips_speak_finnish(finnish, example):
    from journeymap.ui.flow.content import node_content

    scene = example.map_area.scene
    worst = example.live.analysis.pain_points[0]
    mark = scene.marks.pains[worst.step_id]
    assert analysis_text.pain_reasons(mark)[-1] == "20 asiakasta menetetty (1,7 %)"
    card_tip = scene.card(worst.step_id).tooltip_text()
    assert "Kriittinen: tavoite 1/5; tunne −1,5; 20 asiakasta menetetty (1,7 %)" in card_tip
    lanes = next(
        item
        for item in scene.items()
        if getattr(item, "step_id", None) == worst.step_id and hasattr(item, "pain_lines")
    )
    assert "asiakasta" in " ".join(lanes.pain_lines)
    step = example.document.journey.find("steps", worst.step_id)
    tip = node_content(example.document.journey, step, scene.marks).tooltip
    assert "Kipupiste (kriittinen): tavoite 1/5; tunne −1,5; 20 asiakasta menetetty" in tip


def test_every_template_of_the_analysis_is_in_the_catalogue():
    messages = update.read_ts()
    for template in phrases.TEMPLATES:
        text, kind = messages[("AnalysisText", template)]
        assert kind == "" and text, template


def _same_drop_off_everywhere(example) -> str:
    """The biggest drop-off as the insights list it, checked against the map's
    card, the flow view's node and the slide; the text they all show."""
    from journeymap.canvas.marks import marks_from_analysis
    from journeymap.ui.flow.content import node_content
    from journeymap.ui.present.slide import build_slide

    journey = example.document.journey
    row = group_rows(example.insights.tree, 1)[0]
    ((_, step_id),) = row.data(0, Qt.ItemDataRole.UserRole)
    step = journey.find("steps", step_id)
    scene = example.map_area.scene
    card_text = analysis_text.drop_text(scene.marks.drops[step_id])
    assert row.text(0) == f"{step.title}: {card_text}"
    assert card_text in scene.card(step_id).tooltip_text()
    assert node_content(journey, step, scene.marks).drop == card_text
    marks = marks_from_analysis(example.live.analysis)
    stage = [s.id for s in journey.stages].index(step.stage_id)
    slide = build_slide(journey, stage, step_id, None, marks, {})
    assert slide.current is not None and slide.current.drop == card_text
    return card_text


def test_a_drop_off_reads_the_same_on_the_map_and_in_the_insights(english, example):
    assert _same_drop_off_everywhere(example) == "−60 · 11.1 %"


def test_a_drop_off_reads_the_same_on_the_map_and_in_the_insights_in_finnish(finnish, example):
    assert _same_drop_off_everywhere(example) == "−60 · 11,1 %"
