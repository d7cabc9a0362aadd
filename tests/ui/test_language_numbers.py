"""The chosen language also sets how numbers read: a decimal comma in Finnish."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDoubleSpinBox

from journeymap.ui.app import apply_language
from journeymap.ui.language import ENV_VARIABLE


@pytest.fixture
def restore_language(qapp):
    before = QLocale()
    installed = []
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.mark.parametrize(("code", "shown"), [("fi", "0,5"), ("en", "0.5")])
def test_spin_boxes_follow_the_chosen_language(monkeypatch, qapp, restore_language, code, shown):
    monkeypatch.setenv(ENV_VARIABLE, code)
    restore_language.extend(apply_language(qapp))
    box = QDoubleSpinBox()
    box.setDecimals(1)
    box.setValue(0.5)
    assert box.text() == shown
    box.lineEdit().setText(shown.replace("5", "7"))
    box.interpretText()
    assert box.value() == pytest.approx(0.7)


def test_rating_boxes_write_the_decimal_mark_of_their_locale(qapp):
    from journeymap.model.scales import EMOTION
    from journeymap.ui.docks.inspector_fields import RatingBox

    box = RatingBox(EMOTION)
    box.setLocale(QLocale("fi_FI"))
    box.set_number(-0.5)
    assert box.text().startswith("−0,5") or box.text().startswith("-0,5")
    box.setLocale(QLocale("en_GB"))
    box.set_number(1.5)
    assert "1.5" in box.text()


def test_slide_ratings_use_the_decimal_mark_of_the_language(restore_language):
    from journeymap.ui.present.theme import shown_value

    QLocale.setDefault(QLocale("fi_FI"))
    assert shown_value("emotion", -1.5) == "\u22121,5"
    assert shown_value("goal", 2.7) == "2,7/5"
    QLocale.setDefault(QLocale("en_GB"))
    assert shown_value("goal", 2.7) == "2.7/5"
