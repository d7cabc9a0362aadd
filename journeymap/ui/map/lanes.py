"""Showing, hiding and reordering the map's lanes.

The lanes live in ``journey.lanes`` (a tuple of ``LaneSetting(lane, visible)``),
so every change here is one :class:`~journeymap.model.UpdateJourney` edit: it is
undoable and saved with the file. :class:`LaneMenu` fills View ▸ Lanes with one
checkable action per lane; :class:`ArrangeLanesDialog` shows all lanes in a list
with check boxes and Move up / Move down buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journeymap.canvas.header_items import LANE_TITLES
from journeymap.canvas.paint import tr
from journeymap.model import Change, EditError, UpdateJourney
from journeymap.model.journey import Lane, LaneSetting
from journeymap.ui.document.editor_document import EditorDocument

__all__ = [
    "ArrangeLanesDialog",
    "LaneMenu",
    "lane_title",
    "lanes_edit",
    "push_visibility",
    "with_visibility",
]

LANE_ROLE = Qt.ItemDataRole.UserRole


def lane_title(lane: Lane) -> str:
    """The lane's name as the map's gutter shows it, translated."""
    return tr(LANE_TITLES.get(lane, str(lane)))


def with_visibility(
    lanes: tuple[LaneSetting, ...], lane: Lane, visible: bool
) -> tuple[LaneSetting, ...]:
    """``lanes`` with ``lane`` shown or hidden (a lane missing from ``lanes`` is
    added at the end)."""
    out = [LaneSetting(lane=s.lane, visible=visible) if s.lane == lane else s for s in lanes]
    if all(s.lane != lane for s in lanes):
        out.append(LaneSetting(lane=lane, visible=visible))
    return tuple(out)


def lanes_edit(lanes: tuple[LaneSetting, ...], label: str) -> UpdateJourney:
    """The one edit that sets ``journey.lanes`` to ``lanes``."""
    return UpdateJourney({"lanes": tuple(lanes)}, label=label)


def _complete(lanes: tuple[LaneSetting, ...]) -> tuple[LaneSetting, ...]:
    """Every lane once: the journey's order, then any lane it does not name
    (hidden, as the map treats it)."""
    named = {s.lane for s in lanes}
    missing = tuple(LaneSetting(lane=lane, visible=False) for lane in Lane if lane not in named)
    return tuple(lanes) + missing


def push_visibility(document: EditorDocument, lane: Lane, visible: bool) -> str:
    """Show or hide ``lane`` with one undoable edit; returns an error text or ``""``."""
    lanes = document.journey.lanes
    if not visible and [s.lane for s in lanes if s.visible] == [lane]:
        return tr("The map needs at least one lane")
    verb = tr("Show lane '{name}'") if visible else tr("Hide lane '{name}'")
    try:
        document.push(
            lanes_edit(with_visibility(lanes, lane, visible), verb.format(name=lane_title(lane)))
        )
    except EditError as exc:
        return str(exc)
    return ""


class LaneMenu(QObject):
    """View ▸ Lanes: one checkable action per lane, then "Arrange Lanes…"."""

    status = Signal(str)
    """A lane change was refused; the text says why."""

    def __init__(self, document: EditorDocument, menu: QMenu, arrange: QAction):
        super().__init__(menu)
        self.document = document
        self.menu = menu
        self.lane_actions: dict[Lane, QAction] = {}
        for lane in Lane:
            action = QAction(lane_title(lane), self)  # menu.clear() would delete it
            action.setCheckable(True)
            action.setStatusTip(tr("Show or hide the lane '{name}'").format(name=lane_title(lane)))
            action.toggled.connect(lambda on, ln=lane: self._toggled(ln, on))
            self.lane_actions[lane] = action
        menu.aboutToShow.connect(self.sync)
        document.changed.connect(self._on_changed)
        document.replaced.connect(self.sync)
        self._arrange = arrange
        self._syncing = False
        self.sync()

    def _on_changed(self, change: Change) -> None:
        if "lanes" in change.journey:
            self.sync()

    def sync(self) -> None:
        """Order and check the actions as the journey's lanes are."""
        self._syncing = True
        try:
            self.menu.clear()
            lanes = _complete(self.document.journey.lanes)
            visible = [s for s in lanes if s.visible]
            for setting in lanes:
                action = self.lane_actions[setting.lane]
                action.setChecked(setting.visible)
                # The last visible lane stays: a map without lanes shows nothing.
                action.setEnabled(not (setting.visible and len(visible) == 1))
                self.menu.addAction(action)
            self.menu.addSeparator()
            self.menu.addAction(self._arrange)
        finally:
            self._syncing = False

    def _toggled(self, lane: Lane, on: bool) -> None:
        if self._syncing:
            return
        problem = push_visibility(self.document, lane, on)
        if problem:
            self.status.emit(problem)
            self.sync()


class ArrangeLanesDialog(QDialog):
    """All lanes in map order, each with a check box (shown) and Move Up / Move
    Down buttons (also Alt+Up / Alt+Down in the list). OK pushes one edit."""

    def __init__(self, document: EditorDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("arrange_lanes_dialog")
        self.setWindowTitle(self.tr("Arrange Lanes"))
        self.document = document
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr("Tick the lanes the map shows; the list's order is their order, top to bottom.")
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        row = QHBoxLayout()
        layout.addLayout(row, 1)
        self.list = QListWidget()
        self.list.setObjectName("lane_list")
        self.list.installEventFilter(self)
        hint.setBuddy(self.list)
        row.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        row.addLayout(buttons)
        self.up_button = QPushButton(self.tr("Move &Up"))
        self.up_button.setToolTip(self.tr("Move the lane one place up (Alt+Up)"))
        self.down_button = QPushButton(self.tr("Move &Down"))
        self.down_button.setToolTip(self.tr("Move the lane one place down (Alt+Down)"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        layout.addWidget(self.box)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        for setting in _complete(document.journey.lanes):
            item = QListWidgetItem(lane_title(setting.lane), self.list)
            item.setData(LANE_ROLE, setting.lane)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if setting.visible else Qt.CheckState.Unchecked
            )
        self.list.currentRowChanged.connect(self._update_buttons)
        self.list.itemChanged.connect(self._update_buttons)
        self.list.setCurrentRow(0)
        self.list.setFocus()
        self.resize(380, 400)
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Alt+Up / Alt+Down in the list move the current lane."""
        if (
            watched is self.list
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(watched, event)

    def lanes(self) -> tuple[LaneSetting, ...]:
        """The lanes as the list shows them now."""
        out = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            visible = item.checkState() == Qt.CheckState.Checked
            out.append(LaneSetting(lane=item.data(LANE_ROLE), visible=visible))
        return tuple(out)

    def move_current(self, step: int) -> None:
        """Move the current lane ``step`` places (−1 up, +1 down)."""
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def _update_buttons(self, *_args) -> None:
        row = self.list.currentRow()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)
        none = not any(s.visible for s in self.lanes())
        self.problem.setText(self.tr("Show at least one lane.") if none else "")
        self.problem.setVisible(none)
        self.box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not none)

    def accept(self) -> None:
        lanes = self.lanes()
        if lanes != tuple(self.document.journey.lanes):
            try:
                self.document.push(lanes_edit(lanes, self.tr("Arrange lanes")))
            except EditError as exc:
                self.problem.setText(str(exc))
                self.problem.show()
                return
        super().accept()
