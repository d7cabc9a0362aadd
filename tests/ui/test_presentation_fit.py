"""Every text of a slide fits the box it is given, measured with the font's
metrics, at 1280 × 720 and 3840 × 2160, in English and in Finnish."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPicture

from journeymap.canvas.marks import MapMarks, marks_from_analysis
from journeymap.model.fileformat import load_journey
from journeymap.model.journey import Journey
from journeymap.ui.document.editor_document import EditorDocument
from journeymap.ui.document.live_analysis import LiveAnalysis
from journeymap.ui.present.paint import paint_slide
from journeymap.ui.present.profile import build_profile
from journeymap.ui.present.slide import SlideView, build_slide, rating_summary
from journeymap.ui.present.theme import PlacedText, placed_texts
from tests.ui.conftest import examples_folder

SIZES = [(1280, 720), (3840, 2160)]
EXAMPLES = ["verotus-ilmoitus.journey.json", "broadband-support.journey.json"]
SLACK = 0.5  # a text may touch its box's edge


@pytest.fixture(params=["en", "fi"])
def language(request) -> str:
    if request.param == "fi":
        request.getfixturevalue("finnish")
    return request.param


def analysed_marks(journey: Journey) -> MapMarks:
    """Drop-off and pain points as the presentation shows them."""
    live = LiveAnalysis(EditorDocument(journey), background=False)
    live.recompute()
    assert live.analysis is not None
    return marks_from_analysis(live.analysis, None)


def slides(journey: Journey) -> Iterator[SlideView]:
    """Each step highlighted, for all personas and for the first persona, with the
    room's votes, the key legend, a vote's message and the persona question."""
    marks = analysed_marks(journey)
    stages = [s.id for s in journey.stages]
    personas = [None, journey.personas[0].id if journey.personas else None]
    for n, step in enumerate(journey.ordered_steps()):
        persona = personas[n % 2]
        view = build_slide(
            journey, stages.index(step.stage_id), step.id, persona, marks, {step.id: 12}
        )
        view.armed = ("goal", "ease", "emotion")[n % 3]
        if n % 3 == 1:
            view.toast = "Ease 4 recorded · n = 12 · new workshop rating (was survey) · Niko"
        view.legend = n % 5 == 4
        yield view
    view.prompt = [p.name for p in journey.personas]
    view.prompt_title = "Emotion +2 — for which persona?"
    yield view
    yield from profile_slides(journey, marks)


def profile_slides(journey: Journey, marks: MapMarks) -> Iterator[SlideView]:
    """The persona slide of each persona (key I), and once with the key legend."""
    first = journey.ordered_steps()[0] if journey.steps else None
    for n, persona in enumerate(journey.personas):
        view = build_slide(journey, 0, first.id if first else None, persona.id, marks, {})
        view.profile = build_profile(journey, persona.id)
        assert view.profile is not None
        view.legend = n == len(journey.personas) - 1 and n > 0
        yield view


def painted(view: SlideView, width: int, height: int) -> list[PlacedText]:
    return painted_with_cards(view, width, height)[0]


def painted_with_cards(
    view: SlideView, width: int, height: int
) -> tuple[list[PlacedText], dict[str, QRectF]]:
    picture = QPicture()
    painter = QPainter(picture)
    with placed_texts() as placed:
        cards = paint_slide(painter, width, height, view)
    painter.end()
    return list(placed), cards


def _problems(texts: list[PlacedText], width: int, height: int) -> list[str]:
    found = []
    slide = QRectF(0, 0, width, height).adjusted(-SLACK, -SLACK, SLACK, SLACK)
    for t in texts:
        where = f"{t.text!r} ({t.font.pixelSize()} px) in {t.box.width():.0f}×{t.box.height():.0f}"
        if t.width > t.box.width() + SLACK:
            found.append(f"too wide: {where}, {t.width:.1f} px")
        if t.height > t.box.height() + SLACK:
            found.append(f"too high: {where}, {t.height:.1f} px")
        if not slide.contains(t.box):
            found.append(f"off the slide: {where}")
        if t.role in ("label", "chip") and t.text != t.meant:
            found.append(f"cut: {t.meant!r} shown as {t.text!r}")
    return found


def _overlapping(texts: list[PlacedText]) -> list[str]:
    """Pairs of texts whose boxes overlap (more than a pixel's sliver): one
    would be drawn over the other."""
    found = []
    for a, b in itertools.combinations(texts, 2):
        common = a.box.intersected(b.box)
        if common.width() > 1 and common.height() > 1:
            found.append(f"overlap: {a.text!r} and {b.text!r}")
    return found


def _outside_cards(texts: list[PlacedText], cards: dict[str, QRectF]) -> list[str]:
    """Texts that begin on a step card but reach out of it."""
    found = []
    for t in texts:
        for rect in cards.values():
            if rect.contains(t.box.center()) and not rect.adjusted(
                -SLACK, -SLACK, SLACK, SLACK
            ).contains(t.box):
                found.append(f"out of its card: {t.text!r}")
    return found


@pytest.mark.parametrize("example", EXAMPLES)
@pytest.mark.parametrize(("width", "height"), SIZES)
def test_every_slide_text_fits_its_box(language, example, width, height):
    journey = load_journey(examples_folder() / example)
    problems = []
    count = 0
    for view in slides(journey):
        texts, cards = painted_with_cards(view, width, height)
        count += len(texts)
        problems += _problems(texts, width, height)
        if not view.prompt:
            problems += _outside_cards(texts, cards) + _overlapping(texts)
    assert count > 100  # the slides were drawn, texts and all
    assert problems == []


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_a_vote_message_covers_no_other_text(language, width, height):
    journey = load_journey(examples_folder() / EXAMPLES[0])
    marks = analysed_marks(journey)
    stages = [s.id for s in journey.stages]
    for step in journey.ordered_steps():
        view = build_slide(journey, stages.index(step.stage_id), step.id, None, marks, {})
        if view.current is None or not view.current.pain:
            continue
        view.toast = "Emotion −1 recorded · n = 3 · new workshop rating (was survey)"
        texts = painted(view, width, height)
        toast = [t for t in texts if t.role == "toast"]
        pain = [t for t in texts if t.role == "pain"]
        assert toast and pain
        for other in texts:
            if other.role != "toast":
                assert not toast[0].box.intersects(other.box), other.text
        return
    pytest.fail("no step has a pain point")


def test_every_card_of_a_slide_has_chips_of_one_size(qapp):
    journey = load_journey(examples_folder() / EXAMPLES[0])
    marks = analysed_marks(journey)
    for stage_index, stage in enumerate(journey.stages):
        steps = journey.steps_in_stage(stage.id)
        view = build_slide(journey, stage_index, steps[0].id, None, marks, {})
        texts = painted(view, 1280, 720)
        chips = [t for t in texts if t.role == "chip"]
        assert len(chips) == 3 * len(steps)
        assert len({t.font.pixelSize() for t in chips}) == 1
        assert len({round(t.box.width()) for t in chips}) == 1
        assert len({t.text.split(" ")[0] for t in chips}) == 3  # one form on every card


def test_rating_sources_are_translated(finnish):
    journey = load_journey(examples_folder() / EXAMPLES[0])
    rated = next(r for r in journey.ratings if r.source is not None and r.source.value == "survey")
    _, note = rating_summary(journey, rated.step_id, rated.persona_id)
    assert "kysely" in note
    assert "survey" not in note


def crowded_journey() -> Journey:
    """One stage of fourteen steps with long Finnish titles and quotes, rated."""
    from journeymap.model import Persona, Rating, Stage, Step

    steps = [
        Step(
            id=f"s{i}",
            title=f"Veroilmoituksen esitäytettyjen tietojen tarkistaminen {i}",
            stage_id="only",
            feeling="Epävarma siitä, ovatko kaikki vähennykset mukana ilmoituksessa.",
            kind="decision" if i % 4 == 0 else "touchpoint",
        )
        for i in range(14)
    ]
    ratings = [
        Rating(step_id=s.id, persona_id="p", goal=2.5, ease=1.5, emotion=-1.5) for s in steps
    ]
    return Journey(
        title="Hyvin pitkä asiakaspolun nimi, joka ei mahdu yhdelle riville " * 2,
        personas=[Persona(id="p", name="Niko, ensimmäinen oma veroilmoitus")],
        stages=[Stage(id="only", name="Vaihe, jossa on paljon kosketuspisteitä ja pitkä nimi")],
        steps=steps,
        ratings=ratings,
    )


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_a_crowded_stage_still_fits(language, width, height):
    journey = crowded_journey()
    marks = analysed_marks(journey)
    problems = []
    for step in journey.steps[:3]:
        for persona in (None, "p"):
            view = build_slide(journey, 0, step.id, persona, marks, {step.id: 3})
            texts, cards = painted_with_cards(view, width, height)
            assert len(cards) == 14
            problems += _problems(texts, width, height) + _outside_cards(texts, cards)
            problems += _overlapping(texts)
    assert problems == []


def wordy_persona_journey(picture: str) -> Journey:
    """A persona whose every text is long, with a picture."""
    from journeymap.model import Persona, Stage

    long = "Haluan hoitaa veroasiat ilman, että joudun soittamaan kenellekään tai odottamaan. "
    persona = Persona(
        id="p",
        name="Niko Nieminen, ensimmäistä kertaa itse veroilmoitusta tekevä opiskelija " * 2,
        role="Opiskelija ja osa-aikainen kaupan kassatyöntekijä pääkaupunkiseudulla " * 2,
        share=0.35,
        quote="En ymmärrä, mitä tästä lomakkeesta pitää täyttää ja mitä ei. " * 4,
        goals=long * 8,
        needs=long * 8,
        frustrations=long * 8,
        picture=picture,
    )
    return Journey(title="Verotus", personas=[persona], stages=[Stage(id="s", name="Alku")])


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_persona_slide_fits_with_long_texts_and_a_picture(language, width, height):
    from PySide6.QtGui import QColor, QImage

    from journeymap.canvas.picture import picture_image
    from journeymap.model.entities import picture_uri

    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#cc79a7"))
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    uri = picture_uri(bytes(data.data()), "image/png")
    assert picture_image(uri) is not None
    journey = wordy_persona_journey(uri)
    view = build_slide(journey, 0, None, "p", MapMarks(), {})
    view.profile = build_profile(journey, "p")
    texts = painted(view, width, height)
    assert _problems(texts, width, height) + _overlapping(texts) == []
    shown = " ".join(t.text for t in texts)
    for part in ("Niko", "Opiskelija", "35", "En ymmärrä"):
        assert part in shown
    labels = [t.text for t in texts if t.role == "label"]
    assert len(labels) >= 4  # "PERSONA 1 OF 1" and the three headings
    assert any(t.text.endswith("…") for t in texts)  # the long goals were cut, not spilled
