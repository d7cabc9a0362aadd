"""Edit ▸ Preferences…: the name written on comments and answers."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from journeymap.ui.docks.comments import comment_author, set_comment_author

__all__ = ["PreferencesDialog"]


class PreferencesDialog(QDialog):
    """The preferences; OK stores them (QSettings), Cancel forgets the changes."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("preferences_dialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.author = QLineEdit(comment_author())
        self.author.setObjectName("preferences_author")
        self.author.setMaxLength(500)
        self.author.setToolTip(self.tr("Written on your comments and answers"))
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Your name in comments:"), self.author)
        form.addRow(self.box)

    def accept(self) -> None:
        set_comment_author(self.author.text())
        super().accept()
