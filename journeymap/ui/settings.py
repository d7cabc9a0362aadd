"""The editor's preferences file and its list of recent files.

Kept apart from :mod:`journeymap.ui.files.handler` (which re-exports them) so
that the window's first frame, which shows the recent files and the chosen
language, reads them without loading the journey model.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

__all__ = ["MAX_RECENT", "RECENT_FILES_KEY", "app_settings", "recent_files"]

RECENT_FILES_KEY = "files/recent"
"""list[str]: most recently opened or saved journey files, newest first."""
MAX_RECENT = 10


def app_settings() -> QSettings:
    """The editor's preferences (an INI file in the user's config folder)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "journeymap", "editor")


def recent_files() -> list[str]:
    value = app_settings().value(RECENT_FILES_KEY, [])
    if isinstance(value, str):  # QSettings returns a lone string for a 1-item list
        value = [value]
    elif not isinstance(value, list):  # None: nothing stored
        value = []
    return [str(v) for v in value][:MAX_RECENT]
