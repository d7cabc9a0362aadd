"""The Finnish translation: the window speaks Finnish with it installed, texts keep
their placeholders, and the packaged catalogue is the compiled .ts."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from tools import update_translations as update

PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def test_finnish_catalogues_load_for_journeymap_and_qt(finnish):
    assert len(finnish) == 2
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Peru"
    assert QCoreApplication.translate("Actions", "&File") == "&Tiedosto"


def test_english_without_the_translation(qapp):
    assert QCoreApplication.translate("Actions", "&File") == "&File"


def test_main_window_menus_read_in_finnish(finnish, make_window):
    window = make_window()
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&Tiedosto", "&Muokkaa", "&Näytä", "&Lisää", "&Ohje"]
    assert window.window_actions.save_as.text() == "Tallenna &nimellä…"
    assert window.window_actions.add_step.text() == "&Kosketuspiste"
    assert window.undo_action.text() == "&Kumoa"
    assert window.menus["language"].title() == "Ki&eli"
    assert "asiakaspolku" in window.window_actions.new.statusTip()


def test_map_texts_read_in_finnish(finnish):
    from journeymap.canvas.paint import tr

    assert tr("Legend") == "Selite"
    assert tr("critical pain point") == "kriittinen kipupiste"


def test_placeholder_is_filled_in_the_finnish_text(finnish):
    from journeymap.canvas.paint import tr

    assert tr("{count} steps").format(count=7) == "7 kosketuspistettä"
    text = QCoreApplication.translate(
        "FileHandler", "{name} has {count} problems. The first one: {problem}"
    )
    assert text.format(name="a.json", count=3, problem="x") == (
        "Tiedostossa a.json on 3 ongelmaa. Ensimmäinen: x"
    )


def test_every_message_is_translated_and_keeps_its_placeholders():
    messages = update.read_ts()
    assert len(messages) > 300
    for (context, source), (text, kind) in messages.items():
        if kind == "vanished":
            continue
        assert kind == "" and text, f"untranslated in {context}: {source!r}"
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
            f"{context}: {source!r} → {text!r}"
        )
        assert source.count("&") == text.count("&"), f"accelerator: {source!r} → {text!r}"


def test_packaged_catalogue_is_the_compiled_ts(tmp_path):
    fresh = tmp_path / "fresh.qm"
    update.compile_qm(update.TS_FILE, fresh)
    assert fresh.read_bytes() == update.QM_FILE.read_bytes()


def test_menu_accelerators_are_unique_in_finnish(finnish, make_window):
    window = make_window()
    menus = [window.menuBar(), *window.menus.values()]
    for menu in menus:
        keys = [
            match.group(1).lower()
            for action in menu.actions()
            if (match := re.search(r"&(\w)", action.text()))
        ]
        assert len(keys) == len(set(keys)), f"{menu.title()}: {keys}"
