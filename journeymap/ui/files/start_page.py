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

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from journeymap.model import JourneyFileError, load_journey
from journeymap.model.fileformat import SUFFIXES

__all__ = ["StartPage", "TwoLineDelegate", "example_folder", "example_paths"]

PATH_ROLE = Qt.ItemDataRole.UserRole
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1
"""The muted second line of a row (an example's description, a file's folder)."""

COLUMN_MAX_W = 980
"""The start page's content never grows wider than this (pixels)."""


_EXAMPLES = f"*{SUFFIXES[0]}"
"""The example journeys' file names."""


def example_folder() -> Path | None:
    """The folder holding the example journeys, installed or in a source checkout."""
    package = Path(__file__).resolve().parent.parent
    for folder in (package / "examples", package.parent / "examples"):
        if folder.is_dir() and any(folder.glob(_EXAMPLES)):
            return folder
    return None


def example_paths() -> list[Path]:
    folder = example_folder()
    return sorted(folder.glob(_EXAMPLES)) if folder else []


def _example_title(path: Path) -> tuple[str, str]:
    try:
        journey = load_journey(path)
    except JourneyFileError:
        return path.name, ""
    first = journey.description.split(". ")[0].split("\n")[0].strip()
    if len(first) > 90:
        first = first[:89].rsplit(" ", 1)[0] + "…"
    return journey.title or path.name, first


class TwoLineDelegate(QStyledItemDelegate):
    """Rows as a bold title with a muted line of detail below."""

    PAD = 8

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        return bold, QFont(option.font)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        bold, plain = self._fonts(option)
        lines = QFontMetrics(bold).height()
        if index.data(DETAIL_ROLE):
            lines += QFontMetrics(plain).height() + 2
        return QSize(200, lines + 2 * self.PAD)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        enabled = bool(index.flags() & Qt.ItemFlag.ItemIsEnabled)
        pal = option.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        bold, plain = self._fonts(option)
        rect = option.rect.adjusted(self.PAD + 4, self.PAD, -self.PAD, -self.PAD)
        painter.save()
        title_h = QFontMetrics(bold).height()
        title = index.data(Qt.ItemDataRole.DisplayRole) or ""
        painter.setFont(bold if enabled else plain)
        if enabled:
            painter.setPen(index.data(Qt.ItemDataRole.ForegroundRole) or pal.color(text_role))
        else:
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        elided = QFontMetrics(painter.font()).elidedText(
            title, Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(QRect(rect.x(), rect.y(), rect.width(), title_h), 0, elided)
        detail = index.data(DETAIL_ROLE)
        if detail:
            painter.setFont(plain)
            muted = (
                pal.color(text_role) if selected else pal.color(QPalette.ColorRole.PlaceholderText)
            )
            painter.setPen(muted)
            elided = QFontMetrics(plain).elidedText(
                detail, Qt.TextElideMode.ElideRight, rect.width()
            )
            y = rect.y() + title_h + 2
            painter.drawText(
                QRect(rect.x(), y, rect.width(), QFontMetrics(plain).height()), 0, elided
            )
        painter.restore()


class StartPage(QWidget):
    """What the window shows before a journey is open: a centred column of at
    most :data:`COLUMN_MAX_W` pixels, usable by keyboard (Tab moves between the
    buttons and the lists, Enter opens the current row)."""

    new_requested = Signal()
    example_requested = Signal(str)
    open_requested = Signal(str)
    browse_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("start_page")
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        holder = QWidget()
        holder.setMaximumWidth(COLUMN_MAX_W)
        holder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        outer.addWidget(holder, 20)
        outer.addStretch(1)
        column = QVBoxLayout(holder)
        column.setContentsMargins(24, 0, 24, 0)
        column.addStretch(1)
        title = QLabel(self.tr("journeymap"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        title.setFont(font)
        column.addWidget(title)
        lead = QLabel(
            self.tr(
                "Map a customer's journey: stages, touchpoints, what people do, think and "
                "feel, and where the experience breaks."
            )
        )
        lead.setWordWrap(True)
        lead_font = lead.font()
        lead_font.setPointSizeF(lead_font.pointSizeF() * 1.15)
        lead.setFont(lead_font)
        column.addWidget(lead)
        column.addSpacing(16)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New blank journey"))
        self.new_button.setToolTip(self.tr("Start with an empty journey (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_requested)
        self.new_button.setDefault(True)
        self.open_button = QPushButton(self.tr("&Open a file…"))
        self.open_button.setToolTip(self.tr("Open a .journey.json file (Ctrl+O)"))
        self.open_button.clicked.connect(self.browse_requested)
        for button in (self.new_button, self.open_button):
            button.setMinimumHeight(34)
            button.setMinimumWidth(160)
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addSpacing(24)
        lists = QHBoxLayout()
        lists.setSpacing(24)
        column.addLayout(lists)
        self.examples = self._list(
            lists,
            self.tr("Start from an &example"),
            self.tr("A copy opens as a new journey; the example itself stays as it is."),
            3,
        )
        self.examples.itemActivated.connect(
            lambda row: self.example_requested.emit(row.data(PATH_ROLE))
        )
        self.recent = self._list(lists, self.tr("&Recent files"), "", 2)
        self.recent.itemActivated.connect(lambda row: self.open_requested.emit(row.data(PATH_ROLE)))
        column.addSpacing(16)
        help_line = QLabel(
            self.tr(
                "Tab moves between the buttons and the lists; Enter or a double-click opens "
                "the chosen row. Hover over any command to see what it does."
            )
        )
        help_line.setWordWrap(True)
        help_line.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        column.addWidget(help_line)
        column.addStretch(2)
        self._examples_filled = False  # filled when first shown: opening a file skips it
        self.setFocusProxy(self.examples)

    def _list(
        self, parent_layout: QHBoxLayout, heading: str, tip: str, stretch: int
    ) -> QListWidget:
        box = QVBoxLayout()
        box.setSpacing(6)
        label = QLabel(heading)
        label_font = label.font()
        label_font.setBold(True)
        label_font.setPointSizeF(label_font.pointSizeF() * 1.1)
        label.setFont(label_font)
        box.addWidget(label)
        widget = QListWidget()
        widget.setFrameShape(QFrame.Shape.StyledPanel)
        widget.setItemDelegate(TwoLineDelegate(widget))
        widget.setToolTip(tip or heading.replace("&", ""))
        widget.setUniformItemSizes(True)
        widget.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        widget.setMaximumHeight(420)
        label.setBuddy(widget)
        box.addWidget(widget)
        box.addStretch(1)
        parent_layout.addLayout(box, stretch)
        return widget

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_examples()
        super().showEvent(event)

    def ensure_examples(self) -> None:
        """List the examples (read from their files once, when first needed)."""
        if not self._examples_filled:
            self._examples_filled = True
            self._fill_examples()

    def _fill_examples(self) -> None:
        self.examples.clear()
        for path in example_paths():
            title, first_line = _example_title(path)
            row = QListWidgetItem(title, self.examples)
            row.setData(DETAIL_ROLE, first_line)
            row.setData(PATH_ROLE, str(path))
            row.setToolTip(f"{title}\n{first_line}\n{path}" if first_line else f"{title}\n{path}")
        if not self.examples.count():
            row = QListWidgetItem(self.tr("No examples found."), self.examples)
            row.setFlags(Qt.ItemFlag.NoItemFlags)
        self.examples.setCurrentRow(0)

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for path in paths:
            row = QListWidgetItem(Path(path).name, self.recent)
            row.setData(DETAIL_ROLE, str(Path(path).parent))
            row.setData(PATH_ROLE, path)
            row.setToolTip(path)
            if not Path(path).exists():
                row.setForeground(self.palette().placeholderText())
                row.setData(
                    DETAIL_ROLE, self.tr("missing: {folder}").format(folder=Path(path).parent)
                )
        if not self.recent.count():
            row = QListWidgetItem(self.tr("No recent files yet"), self.recent)
            row.setData(DETAIL_ROLE, self.tr("Files you open or save appear here."))
            row.setFlags(Qt.ItemFlag.NoItemFlags)
        else:
            self.recent.setCurrentRow(0)
