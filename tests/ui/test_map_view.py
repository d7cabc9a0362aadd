"""The map view: context menu, panning, tooltips, and the live analysis it shows."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import QApplication

from journeymap.model import UpdateItem
from tests.ui.map_fixtures import make_map


def test_context_menu_shows_the_given_actions_and_selects_the_item(qtbot, monkeypatch):
    setup = make_map(qtbot)
    delete = QAction("Delete", setup.view)
    rename = QAction("Rename", setup.view)
    setup.view.set_context_actions([rename, None, delete])
    shown: list[list[str]] = []

    def fake_run(menu, global_pos):
        shown.append([a.text() for a in menu.actions()])

    monkeypatch.setattr(setup.view, "run_menu", fake_run)
    pos = setup.view.mapFromScene(setup.scene.step_rect("s3").center())
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, pos, setup.view.viewport().mapToGlobal(pos)
    )
    QApplication.sendEvent(setup.view.viewport(), event)
    assert shown == [["Rename", "", "Delete"]]
    assert setup.selection.items == [("steps", "s3")]


def test_middle_button_drag_pans(qtbot):
    setup = make_map(qtbot)
    view = setup.view
    view.zoom_in()
    view.zoom_in()
    bar = view.horizontalScrollBar()
    assert bar.maximum() > 0
    before = bar.value()
    viewport = view.viewport()
    start = QPoint(600, 400)
    qtbot.mousePress(viewport, Qt.MouseButton.MiddleButton, pos=start)
    qtbot.mouseMove(viewport, start - QPoint(200, 0))
    qtbot.mouseRelease(viewport, Qt.MouseButton.MiddleButton, pos=start - QPoint(200, 0))
    assert bar.value() > before
    assert setup.document.undo_stack.count() == 0


def test_show_item_scrolls_to_a_far_step(qtbot):
    setup = make_map(qtbot)
    view = setup.view
    view.set_zoom(2.0)
    view.show_item("steps", "s4")
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.intersects(setup.scene.step_rect("s4"))


def test_card_tooltip_names_pain_and_drop(qtbot):
    setup = make_map(qtbot)
    setup.live.recompute()
    card = setup.scene.card("s2")
    text = card.tooltip_text()
    assert text.startswith("Compare offers")
    assert "F2" in text
    pain = setup.scene.marks.pains.get("s2")
    assert pain is not None and pain.reasons[0] in text


def test_live_analysis_coalesces_a_burst_of_edits(qtbot):
    setup = make_map(qtbot, background=True)
    with qtbot.waitSignal(setup.live.updated, timeout=10000):
        pass
    emitted = []
    setup.live.updated.connect(lambda: emitted.append(1))
    for i in range(5):
        setup.document.push(UpdateItem("steps", "s1", {"title": f"Search {i}"}), mergeable=True)
    qtbot.waitUntil(lambda: bool(emitted) and not setup.live.pending, timeout=10000)
    assert emitted == [1]
    assert setup.live.analysis is not None


def test_small_lane_text_is_sketched_only_where_it_cannot_be_read(qtbot, monkeypatch):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    import journeymap.canvas.cells_item as cells_module

    setup = make_map(qtbot)
    written, sketched = [], []
    monkeypatch.setattr(
        cells_module, "draw_lines", lambda p, lines, *a: written.extend(lines) or 0.0
    )
    monkeypatch.setattr(
        cells_module, "sketch_lines", lambda p, lines, *a: sketched.extend(lines) or 0.0
    )
    scene = setup.scene
    rect = scene.map_rect

    def render(zoom: float) -> None:
        for cells in scene._cells.values():
            cells.redraw()
        written.clear()
        sketched.clear()
        image = QImage(
            int(rect.width() * zoom) + 1, int(rect.height() * zoom) + 1, QImage.Format.Format_ARGB32
        )
        painter = QPainter(image)
        scene.render(painter, QRectF(image.rect()), rect)
        painter.end()

    render(1.0)
    assert written and not sketched
    render(0.42)  # between min_text_scale and body_text_scale
    assert sketched and not written
    render(0.2)  # too far out for any text: neither
    assert not sketched and not written


def test_a_zoom_gesture_draws_from_pixmaps_and_ends_crisp(qtbot):
    from PySide6.QtWidgets import QGraphicsItem

    from journeymap.ui.map import view as map_view

    setup = make_map(qtbot)
    view, card = setup.view, setup.scene.card("s1")
    none, cached = QGraphicsItem.CacheMode.NoCache, QGraphicsItem.CacheMode.ItemCoordinateCache
    view.zoom_in()  # one step: drawn crisply at once
    assert view.zooming and card.cacheMode() == none
    view.zoom_out()  # a second step soon after: a gesture
    assert card.cacheMode() == cached
    qtbot.waitUntil(lambda: not view.zooming, timeout=map_view.GESTURE_MS * 8)
    assert card.cacheMode() == none
    view.set_zoom(0.5)  # fit, reset and the like are no gesture
    assert not view.zooming and card.cacheMode() == none
