"""Choosing the editor's language: the system's by default, JOURNEYMAP_LANG, or
View ▸ Language stored for the next start; and the update script's extraction."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from journeymap.ui.language import (
    ENV_VARIABLE,
    chosen_language,
    chosen_locale,
    store_language,
)
from tools import update_translations as update


def test_system_language_by_default(monkeypatch):
    monkeypatch.delenv(ENV_VARIABLE, raising=False)
    assert chosen_language() == ""
    assert chosen_locale() == QLocale.system()


def test_stored_choice_applies(monkeypatch):
    monkeypatch.delenv(ENV_VARIABLE, raising=False)
    store_language("fi")
    assert chosen_locale().language() == QLocale.Language.Finnish


def test_environment_overrides_the_stored_choice(monkeypatch):
    store_language("fi")
    monkeypatch.setenv(ENV_VARIABLE, "en")
    assert chosen_language() == "en"
    assert chosen_locale().language() == QLocale.Language.English


def test_unknown_language_in_environment_is_ignored(monkeypatch):
    store_language("fi")
    monkeypatch.setenv(ENV_VARIABLE, "klingon")
    assert chosen_language() == "fi"


def test_language_menu_stores_the_choice_and_says_when_it_applies(monkeypatch, make_window):
    monkeypatch.delenv(ENV_VARIABLE, raising=False)
    window = make_window()
    menu = window.menus["language"]
    names = [action.text() for action in menu.actions()]
    assert names == ["System Default", "English", "Suomi"]
    assert menu.actions()[0].isChecked()
    menu.actions()[2].trigger()
    assert chosen_language() == "fi"
    assert "starts again" in window.statusBar().currentMessage()
    menu.actions()[0].trigger()
    assert chosen_language() == ""


def test_texts_are_extracted_under_the_contexts_pyside_looks_up():
    found, _warnings = update.extract()
    # tr = self.tr inside class Actions
    assert ("Actions", "&File") in found
    # a module helper imported from map_paint: QCoreApplication.translate("MapScene", ...)
    assert ("MapScene", "(untitled)") in found
    # texts of a constant table passed to the helper
    assert ("MapScene", "Touchpoints") in found
    # texts only known at run time
    assert ("Inspector", "face to face") in found


def test_merge_keeps_translations_and_borrows_them_for_new_contexts():
    found = {("A", "Save"): [], ("B", "Save"): [], ("B", "New"): []}
    old = {("A", "Save"): ("Tallenna", ""), ("A", "Gone"): ("Poissa", "")}
    merged = update.merge(found, old)
    assert merged[("A", "Save")][:2] == ("Tallenna", "")
    assert merged[("B", "Save")][:2] == ("Tallenna", "")
    assert merged[("B", "New")][:2] == ("", "unfinished")
    assert merged[("A", "Gone")][:2] == ("Poissa", "vanished")
