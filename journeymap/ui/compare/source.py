"""File ▸ Compare With…: what to compare the open journey with.

Another journey file (the other one is the earlier version by default; a
choice makes it the later one), or the open journey's own file at a git
revision (any revision git understands; that version is the earlier one). A
file that cannot be read, a file outside git or a revision git does not know
is said under the fields, and the dialog stays open.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from journeymap.model import Journey, JourneyFileError, load_journey

if TYPE_CHECKING:
    from journeymap.ui.dialogs import Dialogs

__all__ = ["CompareWithDialog"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompareWithDialog", text)


class CompareWithDialog(QDialog):
    """Asks for the other version; after ``accept`` the pair is in ``before``,
    ``after``, ``before_name`` and ``after_name``."""

    def __init__(
        self,
        journey: Journey,
        path: Path | None,
        dialogs: Dialogs,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(_tr("Compare With"))
        self.journey = journey
        self.path = path
        self.dialogs = dialogs
        self.before: Journey | None = None
        self.after: Journey | None = None
        self.before_name = self.after_name = ""
        self.file_choice = QRadioButton(_tr("Another &journey file:"))
        self.rev_choice = QRadioButton(_tr("This file at a git &revision:"))
        group = QButtonGroup(self)
        group.addButton(self.file_choice)
        group.addButton(self.rev_choice)
        self.file_edit = QLineEdit()
        self.file_edit.setPlaceholderText(_tr("path of a .journey.json file"))
        browse = QPushButton(_tr("&Browse…"))
        browse.clicked.connect(self.browse)
        self.rev_edit = QLineEdit("HEAD")
        self.rev_edit.setToolTip(
            _tr("A commit, branch or tag, or HEAD~1 for the one before the last")
        )
        self.role = QComboBox()
        self.role.addItem(_tr("the earlier version (before, as-is)"), "before")
        self.role.addItem(_tr("the later version (after, to-be)"), "after")
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b2182b")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        grid = QGridLayout()
        grid.addWidget(self.file_choice, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        grid.addLayout(row, 0, 1)
        grid.addWidget(QLabel(_tr("The other file is")), 1, 0, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.role, 1, 1)
        grid.addWidget(self.rev_choice, 2, 0)
        grid.addWidget(self.rev_edit, 2, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("&Compare"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        if path is None:
            self.rev_choice.setEnabled(False)
            self.rev_edit.setEnabled(False)
            self.rev_choice.setToolTip(_tr("Save the journey first: only a file has revisions"))
        (self.rev_choice if path is not None else self.file_choice).setChecked(True)
        self.file_edit.textEdited.connect(lambda _t: self.file_choice.setChecked(True))
        self.rev_edit.textEdited.connect(lambda _t: self.rev_choice.setChecked(True))
        self.resize(620, self.sizeHint().height())

    def browse(self) -> None:
        from journeymap.ui.dialogs import JOURNEY_FILTER

        folder = str(self.path.parent) if self.path else ""
        chosen = self.dialogs.open_path(self, _tr("Compare with"), folder, JOURNEY_FILTER)
        if chosen:
            self.file_edit.setText(chosen)
            self.file_choice.setChecked(True)

    def accept(self) -> None:
        """Read the other version; stay open and say why when it cannot be read."""
        from journeymap.model.revisions import journey_at_revision

        this_name = self.path.name if self.path else _tr("this journey")
        try:
            if self.rev_choice.isChecked() and self.path is not None:
                rev = self.rev_edit.text().strip()
                if not rev:
                    self.problem.setText(_tr("Give a revision, such as HEAD or HEAD~1."))
                    return
                other = journey_at_revision(self.path, rev)
                self.before, self.after = other, self.journey
                self.before_name, self.after_name = f"{this_name} @ {rev}", this_name
            else:
                text = self.file_edit.text().strip()
                if not text:
                    self.problem.setText(_tr("Choose a journey file to compare with."))
                    return
                other = load_journey(text)
                other_name = Path(text).name
                if self.role.currentData() == "before":
                    self.before, self.after = other, self.journey
                    self.before_name, self.after_name = other_name, this_name
                else:
                    self.before, self.after = self.journey, other
                    self.before_name, self.after_name = this_name, other_name
        except JourneyFileError as exc:
            self.problem.setText(exc.summary())
            return
        super().accept()
