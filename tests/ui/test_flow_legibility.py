"""The flow view stays legible at every zoom: node titles at least 11 px on
screen (details give way first), Fit never shows empty boxes, and edge labels
do not sit on one another."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter

from journeymap.model.fileformat import load_journey
from journeymap.ui.document.editor_document import EditorDocument
from journeymap.ui.document.live_analysis import LiveAnalysis
from journeymap.ui.document.selection import Selection
from journeymap.ui.flow.items import (
    MIN_TITLE_PX,
    NODE_H,
    NODE_W,
    FlowEdgeItem,
    FlowNodeItem,
    FlowStyle,
    NodeContent,
    layout_node_text,
)
from journeymap.ui.flow.view import MAX_SCALE, MIN_SCALE, READABLE_SCALE, FlowView
from tests.ui.conftest import examples_folder

TAX = examples_folder() / "verotus-ilmoitus.journey.json"
ZOOMS = [MIN_SCALE, 0.3, READABLE_SCALE, 0.7, 1.0, 2.0, MAX_SCALE]
TITLES = [
    "Tekstiviestimuistutus määräpäivästä",
    "Kirjautuminen verkkoasiointiin",
    "Tiedot ovat oikein, ei tarvitse tehdä mitään",
    "Pay",
]


@pytest.fixture
def tax_flow(qtbot):
    document = EditorDocument(load_journey(TAX))
    live = LiveAnalysis(document, background=False)
    live.recompute()
    view = FlowView(document, Selection(), live_analysis=live)
    qtbot.addWidget(view)
    view.resize(1280, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.mark.parametrize("zoom", ZOOMS)
@pytest.mark.parametrize("title", TITLES)
def test_a_title_is_legible_and_fits_its_node_at_every_zoom(qapp, zoom, title):
    style = FlowStyle.for_background(dark=False)
    content = NodeContent(title=title, channel="Verkkoasiointi", drop="−150 · 20 %", drop_level=2)
    text = layout_node_text(content, style, zoom)
    metrics = QFontMetricsF(text.title_font)
    small = QFontMetricsF(style.small_font)
    assert text.lines  # the title is never what gives way
    assert text.title_font.pixelSize() * zoom >= MIN_TITLE_PX - 0.01
    assert all(metrics.horizontalAdvance(line) <= NODE_W - 20 for line in text.lines)
    used = metrics.lineSpacing() * len(text.lines)
    used += (small.lineSpacing() + 3) * (int(text.channel) + int(text.drop))
    assert used <= NODE_H - 16
    if style.small_font.pixelSize() * zoom < 8:  # details too small to read are left out
        assert not text.channel and not text.drop


def test_at_the_readable_zoom_titles_take_three_lines_and_details_give_way(qapp):
    style = FlowStyle.for_background(dark=False)
    long = NodeContent(title=TITLES[2], channel="Kirje", drop="−96 · 1 %")
    assert len(layout_node_text(long, style, READABLE_SCALE).lines) == 3
    content = NodeContent(title=TITLES[1], channel="Kirje", drop="−96 · 1 %")
    text = layout_node_text(content, style, READABLE_SCALE)
    assert " ".join(text.lines) == TITLES[1]  # whole, not cut
    assert not text.channel and not text.drop
    full = layout_node_text(content, style, 1.0)
    assert full.channel and full.drop


def test_fit_shows_titles_in_every_node_it_shows(tax_flow, monkeypatch):
    tax_flow.fit_all()
    assert tax_flow.view.scale_factor >= READABLE_SCALE
    drawn: list[str] = []
    original = QPainter.drawText

    def recording(painter, *args):
        drawn.extend(a for a in args if isinstance(a, str))
        return original(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", recording)
    viewport = tax_flow.view.viewport()
    image = QImage(viewport.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    tax_flow.view.render(painter)
    painter.end()
    shown = tax_flow.view.mapToScene(viewport.rect()).boundingRect()
    nodes = [
        item
        for item in tax_flow.scene.items(shown)
        if isinstance(item, FlowNodeItem) and shown.contains(item.sceneBoundingRect())
    ]
    assert len(nodes) >= 6
    text = " ".join(drawn)
    for node in nodes:
        first = node.text_at(tax_flow.view.scale_factor).lines[0]
        assert first.rstrip("…") in text, node.content.title


def test_fit_of_a_small_journey_shows_all_of_it(qtbot):
    from tests.ui.test_flow_view import support_journey

    document = EditorDocument(support_journey())
    view = FlowView(document, Selection(), live_analysis=LiveAnalysis(document, background=False))
    qtbot.addWidget(view)
    view.resize(1280, 700)
    view.show()
    qtbot.waitExposed(view)
    view.fit_all()
    shown = view.view.mapToScene(view.view.viewport().rect()).boundingRect()
    assert shown.contains(view.scene.itemsBoundingRect())


def test_edge_labels_cover_no_node_and_no_other_label(tax_flow):
    labels = [
        (edge.transition_id, edge.label_rect())
        for edge in tax_flow.scene.edges.values()
        if not edge.label_rect().isNull()
    ]
    assert len(labels) > 20
    for (a, box_a), (b, box_b) in itertools.combinations(labels, 2):
        assert not box_a.intersects(box_b), (a, b)
    nodes = [node.mapRectToScene(node.rect()) for node in tax_flow.scene.nodes.values()]
    for transition_id, box in labels:
        assert not any(node.intersects(box) for node in nodes), transition_id


def test_a_label_moves_off_a_label_that_takes_its_place(tax_flow):
    scene = tax_flow.scene
    edges = [e for e in scene.edges.values() if len(e.label_places()) > 1]
    first, second = edges[0], edges[1]
    # put the second label exactly where the first one is, then let the scene place it
    second.set_label_rect(first.label_rect())
    scene.place_labels([second])
    assert not second.label_rect().intersects(first.label_rect())
    assert second.label_rect() in second.label_places()
    assert isinstance(second, FlowEdgeItem)
