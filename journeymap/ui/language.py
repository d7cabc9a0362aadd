"""Which language the editor speaks: the system's, or one chosen in View ▸ Language.

The choice is made once, when the application starts (:func:`chosen_locale`):

1. the environment variable ``JOURNEYMAP_LANG`` (``fi`` or ``en``), if set;
2. otherwise the choice stored in the preferences by the View ▸ Language menu;
3. otherwise the system's locale.

A choice in the menu is stored and applies at the next start; the status bar
says so. Texts are translated with Qt's own catalogues (``journeymap_fi.qm``,
and ``qtbase_fi.qm`` for Qt's standard dialogs), see
:func:`journeymap.ui.app.install_translations`.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from journeymap.ui.settings import app_settings

__all__ = [
    "ENV_VARIABLE",
    "LANGUAGES",
    "LANGUAGE_KEY",
    "add_language_menu",
    "chosen_language",
    "chosen_locale",
    "store_language",
]

ENV_VARIABLE = "JOURNEYMAP_LANG"
LANGUAGE_KEY = "ui/language"
LANGUAGES = {"en": "English", "fi": "Suomi"}
"""Language code → its name in that language (shown untranslated in the menu)."""

_LOCALES = {"en": "en_GB", "fi": "fi_FI"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Language", text)


def _known(code: object) -> str:
    code = str(code or "").strip().lower()[:2]
    return code if code in LANGUAGES else ""


def stored_language() -> str:
    """The language chosen in the menu: ``"fi"``, ``"en"``, or ``""`` for the system's."""
    return _known(app_settings().value(LANGUAGE_KEY, ""))


def store_language(code: str) -> None:
    """Remember ``code`` (``"fi"``, ``"en"`` or ``""`` for the system's) for the next start."""
    app_settings().setValue(LANGUAGE_KEY, _known(code))


def chosen_language() -> str:
    """``JOURNEYMAP_LANG`` if it names a known language, else the stored choice;
    ``""`` means the system's language."""
    return _known(os.environ.get(ENV_VARIABLE)) or stored_language()


def chosen_locale() -> QLocale:
    """The locale whose translations the editor loads at start."""
    code = chosen_language()
    if not code:
        return QLocale.system()
    return QLocale(_LOCALES[code])


def add_language_menu(window: QMainWindow, menu: QMenu) -> QMenu:
    """Add View ▸ Language to ``menu``: the system's language, English or Suomi.

    Picking one stores it and tells, in the status bar, that it applies at the
    next start. ``window.show_status(text)`` is used if the window has it.
    """
    submenu = menu.addMenu(_tr("Lan&guage"))
    submenu.setObjectName("language_menu")
    group = QActionGroup(submenu)
    current = stored_language()
    for code, name in [("", _tr("System Default")), *LANGUAGES.items()]:
        action = QAction(name, submenu)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        action.setStatusTip(_tr("The language of menus and texts, from the next start"))
        group.addAction(action)
        submenu.addAction(action)

    def chosen(action: QAction) -> None:
        store_language(action.data())
        text = _tr("The language changes when journeymap starts again")
        if os.environ.get(ENV_VARIABLE):
            text += _tr(" (unless {variable} is set)").format(variable=ENV_VARIABLE)
        show = getattr(window, "show_status", None)
        if show is not None:
            show(text)

    group.triggered.connect(chosen)
    return submenu
