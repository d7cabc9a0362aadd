"""The map at its default zoom and after Fit: text as large as the window's own,
the height filled, and the lane labels and stage headers pinned while scrolling."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from journeymap.canvas.layout import GUTTER, HEADER_H
from journeymap.model.fileformat import load_journey
from journeymap.ui.map.view import MIN_TEXT_PX, readable_zoom
from tests.ui.conftest import examples_folder
from tests.ui.map_fixtures import make_map

TAX = examples_folder() / "verotus-ilmoitus.journey.json"


@pytest.fixture
def drawn_fonts(monkeypatch) -> list[QFont]:
    """Every font the map's items set while they draw (or record) themselves."""
    fonts: list[QFont] = []
    original = QPainter.setFont

    def recording(painter: QPainter, font: QFont) -> None:
        fonts.append(QFont(font))
        original(painter, font)

    monkeypatch.setattr(QPainter, "setFont", recording)
    return fonts


def _render(view) -> QImage:
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    view.render(painter)
    painter.end()
    return image


def test_the_default_zoom_shows_every_map_text_at_least_11_px(qtbot, drawn_fonts):
    setup = make_map(qtbot, load_journey(TAX))
    setup.live.recompute()
    setup.view.set_zoom(readable_zoom(setup.scene.map_style))
    _render(setup.view)
    sizes = {font.pixelSize() for font in drawn_fonts if font.pixelSize() > 0}
    assert sizes, "the map drew no text"
    on_screen = min(sizes) * setup.view.transform().m11()
    assert on_screen >= MIN_TEXT_PX


def test_opening_a_journey_starts_at_the_readable_zoom(make_window):
    window = make_window()
    window.resize(1920, 1080)
    assert window.files.open_path(TAX)
    view = window.map_area.view
    style = window.map_area.scene.map_style
    assert view.zoom == pytest.approx(readable_zoom(style))
    assert style.small_font.pixelSize() * view.zoom >= MIN_TEXT_PX
    assert view.mapToScene(0, 0).x() == pytest.approx(0, abs=1)


def test_fit_fills_the_height_of_the_view(qtbot):
    setup = make_map(qtbot, load_journey(TAX))
    view = setup.view
    view.fit_all()
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    height = setup.scene.map_rect.height()
    assert shown.height() >= height  # the whole height is in view
    assert shown.height() <= height * 1.1  # and fills it: no empty two thirds
    assert shown.width() < setup.scene.map_rect.width()  # the rest scrolls


def test_fit_of_a_small_map_shows_all_of_it(qtbot):
    setup = make_map(qtbot)
    view = setup.view
    view.fit_all()
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.contains(setup.scene.map_rect.adjusted(1, 1, -1, -1))


def _scrolled(qtbot):
    setup = make_map(qtbot, load_journey(TAX))
    view = setup.view
    view.set_zoom(1.0)
    view.horizontalScrollBar().setValue(900)
    view.verticalScrollBar().setValue(400)
    return setup


def test_stage_headers_stay_pinned_at_the_top_when_scrolled_down(qtbot):
    setup = _scrolled(qtbot)
    view = setup.view
    assert view.mapToScene(0, 0).y() > HEADER_H  # the headers scrolled away
    image = _render(view)
    header = setup.scene.map_style.header
    x = int(GUTTER * view.zoom) + 200
    assert image.pixelColor(x, int(HEADER_H * view.zoom / 2)) == header
    assert image.pixelColor(x, int(HEADER_H * view.zoom) + 30) != header


def test_a_click_on_a_pinned_header_selects_its_stage(qtbot):
    setup = _scrolled(qtbot)
    view = setup.view
    pos = QPoint(int(GUTTER * view.zoom) + 200, int(HEADER_H * view.zoom / 2))
    stage = view.pinned_stage_at(pos)
    assert stage is not None
    band = setup.scene.layout.stages[stage]
    assert band.x <= view.mapToScene(pos).x() < band.right
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert setup.selection.items == [("stages", stage)]


def test_the_pinned_ratings_lane_keeps_its_persona_names(qtbot, drawn_fonts, monkeypatch):
    setup = _scrolled(qtbot)
    view = setup.view
    names: list[str] = []
    import journeymap.canvas.header_items as header_items

    original = header_items.draw_lines

    def recording(painter, lines, *args, **kwargs):
        names.extend(lines)
        return original(painter, lines, *args, **kwargs)

    monkeypatch.setattr(header_items, "draw_lines", recording)
    assert view.mapToScene(0, 0).x() > GUTTER  # the gutter scrolled away
    _render(view)
    shown = " ".join(names)
    for persona in setup.document.journey.personas:
        assert persona.name.split(",")[0] in shown


def test_a_selected_step_is_revealed_clear_of_the_pinned_labels(qtbot):
    setup = _scrolled(qtbot)
    view = setup.view
    steps = setup.document.journey.ordered_steps()
    # a step just left of the view, which a plain "ensure visible" would leave
    # half under the pinned lane labels
    left = view.mapToScene(0, 0).x()
    step = next(s for s in reversed(steps) if setup.scene.step_rect(s.id).right() < left + 100)
    setup.selection.set([("steps", step.id)])
    card = QRectF(view.mapFromScene(setup.scene.step_rect(step.id)).boundingRect())
    assert card.left() >= GUTTER * view.zoom
    assert card.top() >= HEADER_H * view.zoom
    assert view.clear_area().contains(card)


def test_a_click_on_the_pinned_lane_labels_does_not_select_what_lies_under_them(qtbot):
    setup = _scrolled(qtbot)
    view = setup.view
    card_row = setup.scene.layout.lanes[0]
    view.verticalScrollBar().setValue(0)
    y = int(view.mapFromScene(0, card_row.y + 120).y())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(40, y))
    assert setup.selection.items == []


def test_f2_on_a_step_under_the_pinned_headers_brings_its_editor_into_the_clear(qtbot):
    setup = _scrolled(qtbot)
    view = setup.view
    step = setup.document.journey.ordered_steps()[5]
    setup.selection.set([("steps", step.id)])
    view.verticalScrollBar().setValue(int(setup.scene.step_rect(step.id).top()) + 40)
    assert not view.clear_area().contains(
        QRectF(view.mapFromScene(setup.scene.step_rect(step.id)).boundingRect())
    )
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = setup.scene.rename_editor()
    assert editor is not None
    shown = QRectF(
        view.mapFromScene(editor.graphicsProxyWidget().sceneBoundingRect()).boundingRect()
    )
    assert view.clear_area().contains(shown)
    setup.scene.cancel_rename()


def test_a_double_click_on_a_pinned_stage_header_renames_it_in_view(qtbot):
    setup = _scrolled(qtbot)
    view = setup.view
    pos = QPoint(int(GUTTER * view.zoom) + 200, int(HEADER_H * view.zoom / 2))
    stage = view.pinned_stage_at(pos)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    editor = setup.scene.rename_editor()
    assert editor is not None
    assert editor.text() == setup.document.journey.find("stages", stage).name
    shown = QRectF(
        view.mapFromScene(editor.graphicsProxyWidget().sceneBoundingRect()).boundingRect()
    )
    assert QRectF(view.viewport().rect()).intersects(shown)
    assert not view._headers_pinned()  # scrolled to the real header
    setup.scene.cancel_rename()


def test_scrolling_never_smears_the_pinned_labels_across_the_map(qtbot):
    """Scrolling moves drawn pixels; what the window shows afterwards (the
    offscreen screen's copy of it) must equal the view drawn afresh."""
    from PySide6.QtWidgets import QApplication

    setup = make_map(qtbot, load_journey(TAX))
    view = setup.view
    view.set_zoom(1.0)
    bars = view.horizontalScrollBar(), view.verticalScrollBar()
    moves = [(0, 400), (0, 520), (0, 640), (0, 580), (1, 200), (0, 760), (0, 700), (1, 260)]
    for bar, value in moves:
        bars[bar].setValue(value)
        qtbot.wait(5)
    QApplication.processEvents()
    assert view._labels_pinned() and view._headers_pinned()
    shown = QApplication.primaryScreen().grabWindow(view.winId()).toImage()
    viewport = view.viewport()
    offset = viewport.mapTo(view, QPoint(0, 0))
    fresh = viewport.grab().toImage()
    samples = differ = 0
    for y in range(0, fresh.height(), 2):
        for x in range(0, fresh.width(), 2):
            samples += 1
            a = shown.pixelColor(x + offset.x(), y + offset.y())
            b = fresh.pixelColor(x, y)
            far = max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue()))
            differ += far > 40  # not a shade of antialiasing: a misplaced pixel
    assert samples > 100000
    assert differ / samples < 0.0005
