"""The start page: a new blank journey, a new journey from an example, or a
recent file.

Examples are the ``*.journey.json`` files of the project's ``examples/`` folder.
``journeymap/examples`` is a symbolic link to that folder, so a built wheel copies
the files into the package (package data ``**/*.json`` in ``pyproject.toml``) and
an installed editor finds them there; a checkout where the link is a plain file
(Windows without symlinks) falls back to the folder next to the package.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journeymap.model import JourneyFileError, load_journey

__all__ = ["StartPage", "example_folder", "example_paths"]

PATH_ROLE = Qt.ItemDataRole.UserRole


def example_folder() -> Path | None:
    """The folder holding the example journeys, installed or in a source checkout."""
    package = Path(__file__).resolve().parent.parent
    for folder in (package / "examples", package.parent / "examples"):
        if folder.is_dir() and any(folder.glob("*.journey.json")):
            return folder
    return None


def example_paths() -> list[Path]:
    folder = example_folder()
    return sorted(folder.glob("*.journey.json")) if folder else []


def _example_title(path: Path) -> tuple[str, str]:
    try:
        journey = load_journey(path)
    except JourneyFileError:
        return path.name, ""
    first = journey.description.split(". ")[0].split("\n")[0].strip()
    if len(first) > 90:
        first = first[:89].rsplit(" ", 1)[0] + "…"
    return journey.title or path.name, first


class StartPage(QWidget):
    """What the window shows before a journey is open."""

    new_requested = Signal()
    example_requested = Signal(str)
    open_requested = Signal(str)
    browse_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("start_page")
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        outer.addLayout(column, 4)
        outer.addStretch(1)
        title = QLabel(self.tr("journeymap"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        title.setFont(font)
        column.addSpacing(24)
        column.addWidget(title)
        lead = QLabel(
            self.tr(
                "Map a customer's journey: stages, touchpoints, what people do, think and "
                "feel, and where the experience breaks."
            )
        )
        lead.setWordWrap(True)
        column.addWidget(lead)
        column.addSpacing(12)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New blank journey"))
        self.new_button.setToolTip(self.tr("Start with an empty journey (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_requested)
        self.open_button = QPushButton(self.tr("Open a file…"))
        self.open_button.setToolTip(self.tr("Open a .journey.json file (Ctrl+O)"))
        self.open_button.clicked.connect(self.browse_requested)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addSpacing(16)
        lists = QHBoxLayout()
        column.addLayout(lists, 1)
        self.examples = self._list(
            lists,
            self.tr("Start from an example"),
            self.tr("A copy opens as a new journey; the example itself stays as it is."),
        )
        self.examples.itemActivated.connect(
            lambda row: self.example_requested.emit(row.data(PATH_ROLE))
        )
        self.recent = self._list(lists, self.tr("Recent files"), "")
        self.recent.itemActivated.connect(lambda row: self.open_requested.emit(row.data(PATH_ROLE)))
        column.addSpacing(24)
        self._fill_examples()

    def _list(self, parent_layout: QHBoxLayout, heading: str, tip: str) -> QListWidget:
        box = QVBoxLayout()
        label = QLabel(f"<b>{heading}</b>")
        box.addWidget(label)
        widget = QListWidget()
        widget.setFrameShape(QFrame.Shape.StyledPanel)
        widget.setAlternatingRowColors(True)
        widget.setToolTip(tip or heading)
        widget.setWordWrap(True)
        widget.setSpacing(3)
        label.setBuddy(widget)
        box.addWidget(widget, 1)
        parent_layout.addLayout(box, 1)
        return widget

    def _fill_examples(self) -> None:
        self.examples.clear()
        for path in example_paths():
            title, first_line = _example_title(path)
            row = QListWidgetItem(f"{title}\n{first_line}" if first_line else title, self.examples)
            row.setData(PATH_ROLE, str(path))
            row.setToolTip(f"{title}\n{path}")
        if not self.examples.count():
            row = QListWidgetItem(self.tr("No examples found."), self.examples)
            row.setFlags(Qt.ItemFlag.NoItemFlags)

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for path in paths:
            row = QListWidgetItem(f"{Path(path).name}\n{Path(path).parent}", self.recent)
            row.setData(PATH_ROLE, path)
            row.setToolTip(path)
            if not Path(path).exists():
                row.setForeground(self.palette().placeholderText())
        if not self.recent.count():
            row = QListWidgetItem(self.tr("Files you open or save appear here."), self.recent)
            row.setFlags(Qt.ItemFlag.NoItemFlags)
