"""The CX maturity dialog and the room's slides."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt

from journeymap.analysis.maturity import maturity_summary
from journeymap.model.entities import MaturityArea


def _dialog(window):
    window.maturity_action.trigger()
    return window.maturity_dialog


def test_the_dialog_saves_one_undoable_assessment(example, qtbot):
    dialog = _dialog(example)
    before = len(example.document.journey.assessments)
    assert dialog.count.text() == f"{before} assessments so far"
    dialog.respondent.setText("Liisa")
    dialog.current[MaturityArea.DESIGN].setValue(2)
    dialog.target[MaturityArea.DESIGN].setValue(5)
    dialog.current[MaturityArea.CULTURE].setValue(1)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    journey = example.document.journey
    assert len(journey.assessments) == before + 1
    mine = [a for a in journey.assessments.values() if a.respondent == "Liisa"]
    assert len(mine) == 1
    assert mine[0].answer(MaturityArea.DESIGN).target == 5
    assert mine[0].answer(MaturityArea.CULTURE).target is None
    assert mine[0].answer(MaturityArea.DELIVERY).current is None
    assert dialog.count.text() == f"{before + 1} assessments so far"
    assert dialog.current[MaturityArea.DESIGN].value() == 0  # ready for the next person
    assert not dialog.radar.pixmap().isNull()
    if os.environ.get("JOURNEYMAP_SHOTS"):
        dialog.grab().save(os.environ["JOURNEYMAP_SHOTS"] + "/maturity_dialog.png")
    example.document.undo_stack.undo()
    assert len(example.document.journey.assessments) == before
    dialog.close()


def test_an_empty_form_saves_nothing(example, qtbot):
    dialog = _dialog(example)
    before = dict(example.document.journey.assessments)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert example.document.journey.assessments == before
    assert "at least one area" in dialog.message.text()
    dialog.close()


def test_slides_collect_votes_with_keys_and_undo(window, qtbot):
    from journeymap.ui.maturity.slides import MaturitySlides

    slides = MaturitySlides(window.document)
    qtbot.addWidget(slides)
    slides.resize(1280, 720)
    slides.show()
    for key in (Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_3):
        qtbot.keyClick(slides, key)
    qtbot.keyClick(slides, Qt.Key.Key_5, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(slides, Qt.Key.Key_Exclam, Qt.KeyboardModifier.ShiftModifier)
    area = MaturityArea.CUSTOMER_UNDERSTANDING
    assert slides.votes(area, "current") == [2, 3, 3]
    assert slides.votes(area, "target") == [5, 1]
    qtbot.keyClick(slides, Qt.Key.Key_Right)
    assert slides.area == MaturityArea.PRIORITISATION
    qtbot.keyClick(slides, Qt.Key.Key_4)
    journey = window.document.journey
    assert len(journey.assessments) == 3  # three people voted on the first area
    first = journey.assessments["room-001"]
    assert first.answer(MaturityArea.PRIORITISATION).current == 4
    summary = maturity_summary(journey).area(area)
    assert summary.current_range == (2, 3) and summary.target == 3
    if os.environ.get("JOURNEYMAP_SHOTS"):
        qtbot.keyClick(slides, Qt.Key.Key_Left)
        slides.grab().save(os.environ["JOURNEYMAP_SHOTS"] + "/maturity_slide.png")
        qtbot.keyClick(slides, Qt.Key.Key_Right)
    qtbot.keyClick(slides, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert journey.assessments["room-001"].answer(MaturityArea.PRIORITISATION).current is None
    qtbot.keyClick(slides, Qt.Key.Key_Escape)
    assert not slides.isVisible()


def test_the_inspector_links_an_opportunity_to_areas(example, qtbot):
    from PySide6.QtWidgets import QListWidget

    example.selection.set([("opportunities", "opp-skip-script")])
    inspector = example.inspector
    areas = inspector.findChild(QListWidget, "field_areas")
    assert areas is not None and areas.count() == 6
    design = next(
        areas.item(i)
        for i in range(areas.count())
        if areas.item(i).data(Qt.ItemDataRole.UserRole) == "design"
    )
    design.setCheckState(Qt.CheckState.Checked)
    opp = example.document.journey.find("opportunities", "opp-skip-script")
    assert opp.areas == (MaturityArea.DESIGN,)
    summary = maturity_summary(example.document.journey)
    assert "opp-skip-script" in summary.area(MaturityArea.DESIGN).opportunity_ids
