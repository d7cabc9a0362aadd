"""On a poster a step card holds its whole title (and channel and owner),
growing to fit; the editor's cards keep their size and cut with "…"."""

from __future__ import annotations

from journeymap.canvas.layout import CARD_H
from journeymap.export.map_image import _dispose, render_map
from journeymap.model import Channel, Journey, Persona, Stage, Step
from tests.export.svg_text import svg_texts

TITLE = (
    "Checks the pre-filled income, deductions and the tax card change request "
    "before signing in with the bank's strong identification"
)
CHANNEL = "MyTax e-service for individuals and estates of deceased persons"
OWNER = "Individual taxation, customer service unit for the capital region"


def journey() -> Journey:
    return Journey(
        title="Poster",
        personas=[Persona(id="p", name="Niko")],
        stages=[Stage(id="s", name="Check")],
        channels=[Channel(id="c", name=CHANNEL, kind="web")],
        steps=[
            Step(id="long", title=TITLE, stage_id="s", channel_id="c", owner=OWNER),
            Step(id="short", title="Signs in", stage_id="s"),
        ],
    )


def _scene(poster: bool):
    from journeymap.canvas.scene import MapScene

    return MapScene(journey(), poster=poster, recorded=False)


def test_a_poster_card_shows_its_whole_title_and_grows(qapp):
    poster, editor = _scene(True), _scene(False)
    try:
        card = poster.card_item("long") if hasattr(poster, "card_item") else poster._cards["long"]
        card.ensure()
        assert card.title == TITLE
        assert len(card.title_lines) > 2
        assert card.channel_text == CHANNEL and card.owner_text == OWNER
        assert poster.layout.card_h > CARD_H
        assert poster.layout.card("short").h == poster.layout.card_h  # a row of one height
        assert card.boundingRect().height() > CARD_H + 24
        same = editor._cards["long"]
        same.ensure()
        assert same.title.endswith("…") and len(same.title_lines) == 2
        assert same.channel_text.endswith("…")
        assert editor.layout.card_h == CARD_H
    finally:
        _dispose(poster)
        _dispose(editor)


def test_the_poster_file_draws_the_whole_title(qapp, tmp_path):
    render_map(journey(), tmp_path / "map.svg", lang="en")
    text = " ".join(svg_texts(tmp_path / "map.svg"))
    assert " ".join(TITLE.split()[-6:]) in " ".join(text.split())
    assert "identification" in text and "capital region" in text
    assert "…" not in text
