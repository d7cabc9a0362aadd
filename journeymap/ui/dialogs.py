"""Every message box and file dialog of the editor, behind one small object.

Windows ask :class:`Dialogs` instead of calling ``QMessageBox``/``QFileDialog``
directly, so tests replace the whole object with a scripted fake and no modal
dialog ever blocks a headless run.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from journeymap.model.fileformat import SUFFIXES

__all__ = ["JOURNEY_FILTER", "Dialogs", "Recovery", "UnsavedAnswer"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


JOURNEY_FILTER = f"Journey files ({' '.join(f'*{suffix}' for suffix in SUFFIXES)});;All files (*)"


class UnsavedAnswer(StrEnum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Recovery(StrEnum):
    RESTORE = "restore"
    DISCARD = "discard"
    LATER = "later"


class Dialogs:
    """The real dialogs. Each method blocks until the user answers."""

    def error(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        """Tell the user that something failed; ``details`` goes in the expandable part."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok)
        box.setParent(parent, box.windowFlags())
        if details:
            box.setDetailedText(details)
        box.exec()

    def information(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def ask_unsaved(self, parent: QWidget | None, name: str) -> UnsavedAnswer:
        """Save, discard or cancel before the journey ``name`` is closed."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(_tr("Unsaved changes"))
        box.setText(_tr("Save the changes to “{name}” before closing it?").format(name=name))
        box.setInformativeText(_tr("Your changes are lost if you don't save them."))
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
        box.setDefaultButton(buttons.Save)
        answer = box.exec()
        if answer == buttons.Save:
            return UnsavedAnswer.SAVE
        if answer == buttons.Discard:
            return UnsavedAnswer.DISCARD
        return UnsavedAnswer.CANCEL

    def ask_recover(self, parent: QWidget | None, description: str) -> Recovery:
        """Offer to restore unsaved work found after a crash."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(_tr("Recover unsaved work"))
        box.setText(_tr("journeymap was closed before some work was saved."))
        box.setInformativeText(description)
        restore = box.addButton(_tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(_tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(_tr("Decide later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.exec()
        if box.clickedButton() is restore:
            return Recovery.RESTORE
        if box.clickedButton() is discard:
            return Recovery.DISCARD
        return Recovery.LATER

    def ask_reload(self, parent: QWidget | None, path: str, modified: bool) -> bool:
        """The file changed on disk: reload it (True) or keep the window's version."""
        text = _tr("“{path}” was changed by another program.").format(path=path)
        more = (
            _tr("Reload it and lose your unsaved changes?")
            if modified
            else _tr("Reload it from disk?")
        )
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            parent, _tr("File changed on disk"), f"{text}\n\n{more}", buttons.Yes | buttons.No
        )
        return answer == buttons.Yes

    def open_path(self, parent: QWidget | None, title: str, folder: str, filters: str) -> str:
        """A path to read, or ``""`` when cancelled."""
        path, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
        return path

    def save_path(self, parent: QWidget | None, title: str, suggestion: str, filters: str) -> str:
        """A path to write, or ``""`` when cancelled. The dialog asks before overwriting."""
        path, _ = QFileDialog.getSaveFileName(parent, title, suggestion, filters)
        return path

    def about(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.about(parent, title, text)

    def ask_number(
        self, parent: QWidget | None, title: str, label: str, value: float, low: int, high: int
    ) -> int | None:
        """A whole number between ``low`` and ``high``, or ``None`` when cancelled."""
        from PySide6.QtWidgets import QInputDialog

        number, ok = QInputDialog.getInt(parent, title, label, round(value), low, high)
        return number if ok else None

    def open_folder(self, parent: QWidget | None, title: str, folder: str) -> str:
        """A folder to read, or ``""`` when cancelled."""
        return QFileDialog.getExistingDirectory(parent, title, folder)

    def ask_update_shared(self, parent: QWidget | None, text: str, details: str) -> bool:
        """Shared personas or channels changed in the library: update the copies?"""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(_tr("Shared items changed"))
        box.setText(text)
        box.setInformativeText(_tr("The update is one change you can undo."))
        box.setDetailedText(details)
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Yes | buttons.No)
        box.setDefaultButton(buttons.Yes)
        return box.exec() == buttons.Yes
