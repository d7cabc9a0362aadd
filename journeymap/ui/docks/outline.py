"""The outline: the journey as a tree (stages with their steps, personas,
channels, transitions, opportunities), usable from the keyboard alone.

It shares the window's :class:`Selection` both ways, renames in place (F2 or
double-click) through an :class:`UpdateItem` edit, and refreshes only the
touched rows unless items appeared, disappeared or moved.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QTreeWidget, QTreeWidgetItem

from journeymap.model import Change, EditError, UpdateItem
from journeymap.ui.document.editor_document import EditorDocument
from journeymap.ui.document.selection import Selection, SelectionKey

__all__ = ["OutlineDock", "OutlineTree"]

KEY_ROLE = Qt.ItemDataRole.UserRole
_GROUPS = ("stages", "personas", "channels", "transitions", "opportunities")
_NAME_FIELD = {"steps": "title", "opportunities": "title"}


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class OutlineTree(QTreeWidget):
    """The tree itself; :class:`OutlineDock` puts it in a dock."""

    status = Signal(str)

    def __init__(self, document: EditorDocument, selection: Selection, parent=None):
        super().__init__(parent)
        self.document = document
        self.selection = selection
        self._rows: dict[SelectionKey, QTreeWidgetItem] = {}
        self._groups: dict[str, QTreeWidgetItem] = {}
        self._transitions_of: dict[str, list[str]] = {}
        self._updating = False
        self.setHeaderHidden(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setUniformRowHeights(True)
        self.setToolTip(
            self.tr("The journey as a tree. F2 renames, Delete removes, Alt+↑/↓ moves.")
        )
        self.itemSelectionChanged.connect(self._tree_selection_changed)
        self.itemChanged.connect(self._item_renamed)
        document.changed.connect(self._document_changed)
        document.replaced.connect(self.rebuild)
        selection.changed.connect(self._follow_selection)
        self.rebuild()

    # -- building --------------------------------------------------------------

    def _group_title(self, name: str, count: int) -> str:
        titles = {
            "stages": self.tr("Stages and steps"),
            "personas": self.tr("Personas"),
            "channels": self.tr("Channels"),
            "transitions": self.tr("Transitions"),
            "opportunities": self.tr("Opportunities"),
        }
        return f"{titles[name]} ({count})"

    def _text(self, collection: str, item: Any) -> str:
        journey = self.document.journey
        if collection == "transitions":
            source, target = journey.find("steps", item.source), journey.find("steps", item.target)
            start = source.title if source else item.source
            end = target.title if target else item.target
            text = f"{start} → {end}"
            return f"{text}  ({item.label})" if item.label else text
        text = getattr(item, _NAME_FIELD.get(collection, "name"))
        return text or self.tr("(no name)")

    def _make_row(
        self, parent: QTreeWidgetItem, collection: str, item: Any, index: int | None = None
    ) -> QTreeWidgetItem:
        row = QTreeWidgetItem([self._text(collection, item)])
        if index is None:
            parent.addChild(row)
        else:
            parent.insertChild(index, row)
        row.setData(0, KEY_ROLE, (collection, item.id))
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if collection != "transitions":
            flags |= Qt.ItemFlag.ItemIsEditable
        row.setFlags(flags)
        row.setToolTip(0, row.text(0))
        if collection == "personas":  # a swatch, not coloured text: readable on any palette
            row.setIcon(0, _swatch(item.colour))
        self._rows[(collection, item.id)] = row
        return row

    def rebuild(self) -> None:
        """Build every row anew (after items appeared, disappeared or moved)."""
        journey = self.document.journey
        collapsed_stages = {
            key for key, row in self._rows.items() if key[0] == "stages" and not row.isExpanded()
        }
        collapsed_groups = {n for n, g in self._groups.items() if not g.isExpanded()}
        self._updating = True
        blocker = QSignalBlocker(self)
        try:
            self.clear()
            self._rows.clear()
            self._groups.clear()
            for name in _GROUPS:
                group = QTreeWidgetItem(
                    self, [self._group_title(name, len(journey.collection(name)))]
                )
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                self._groups[name] = group
            by_stage: dict[str, list[Any]] = {}
            for step in journey.steps:
                by_stage.setdefault(step.stage_id, []).append(step)
            for stage in journey.stages:
                row = self._make_row(self._groups["stages"], "stages", stage)
                for step in by_stage.get(stage.id, []):
                    self._make_row(row, "steps", step)
                row.setExpanded(("stages", stage.id) not in collapsed_stages)
            for name in _GROUPS[1:]:
                for item in journey.collection(name):
                    self._make_row(self._groups[name], name, item)
            self._index_transitions()
            for name, group in self._groups.items():
                group.setExpanded(name not in collapsed_groups)
        finally:
            del blocker
            self._updating = False
        self._follow_selection()

    def _index_transitions(self) -> None:
        self._transitions_of = {}
        for transition in self.document.journey.transitions:
            for step_id in {transition.source, transition.target}:
                self._transitions_of.setdefault(step_id, []).append(transition.id)

    def _remove_rows(self, change: Change) -> None:
        for collection, keys in change.removed.items():
            for key in keys:
                row = self._rows.pop((collection, key), None)
                if row is None:
                    continue
                for i in range(row.childCount()):  # a stage's steps
                    child = row.child(i)
                    if child is not None:
                        self._rows.pop(tuple(child.data(0, KEY_ROLE)), None)
                parent = row.parent()
                if parent is not None:
                    parent.removeChild(row)

    def _add_rows(self, change: Change) -> bool:
        """Insert rows for added items where they belong; False when that is unclear."""
        journey = self.document.journey
        for collection in ("stages", "steps", *_GROUPS[1:]):
            keys = change.added.get(collection)
            if not keys:
                continue
            for index, item in enumerate(journey.collection(collection)):
                if item.id not in keys:
                    continue
                if collection == "steps":
                    stage_row = self._rows.get(("stages", item.stage_id))
                    if stage_row is None:
                        return False
                    siblings = [s.id for s in journey.steps if s.stage_id == item.stage_id]
                    self._make_row(stage_row, collection, item, siblings.index(item.id))
                else:
                    self._make_row(self._groups[collection], collection, item, index)
        return True

    def _update_structure(self, change: Change) -> bool:
        """Follow items that appeared or disappeared without rebuilding the tree."""
        if change.reordered or "*" in change.journey:
            return False
        journey = self.document.journey
        for key in change.updated.get("steps", ()):
            row, step = self._rows.get(("steps", key)), journey.find("steps", key)
            if (
                row is None
                or step is None
                or row.parent() is not self._rows.get(("stages", step.stage_id))
            ):
                return False  # moved to another stage
        self._updating = True
        try:
            with QSignalBlocker(self):
                self._remove_rows(change)
                if not self._add_rows(change):
                    return False
                for name, group in self._groups.items():
                    count = len(journey.collection(name))
                    group.setText(0, self._group_title(name, count))
        finally:
            self._updating = False
        if "transitions" in change.added or "transitions" in change.removed:
            self._index_transitions()
        self._follow_selection()
        return True

    def _document_changed(self, change: Change) -> None:
        if change.structural and not self._update_structure(change):
            self.rebuild()
            return
        self._updating = True
        try:
            journey = self.document.journey
            for collection in ("stages", "steps", "personas", "channels", "opportunities"):
                for key in change.updated.get(collection, ()):
                    row, item = self._rows.get((collection, key)), journey.find(collection, key)
                    if row is not None and item is not None:
                        row.setText(0, self._text(collection, item))
                        row.setToolTip(0, row.text(0))
                        if collection == "personas":
                            row.setIcon(0, _swatch(item.colour))
            # A transition's row names its steps: renamed steps rename those rows.
            transitions = set(change.updated.get("transitions", ()))
            for step_id in change.updated.get("steps", ()):
                transitions.update(self._transitions_of.get(step_id, ()))
            for key in transitions:
                row, transition = (
                    self._rows.get(("transitions", key)),
                    journey.find("transitions", key),
                )
                if row is not None and transition is not None:
                    row.setText(0, self._text("transitions", transition))
                    row.setToolTip(0, row.text(0))
        finally:
            self._updating = False

    # -- selection and renaming -------------------------------------------------

    def _tree_selection_changed(self) -> None:
        if self._updating:
            return
        keys = [tuple(row.data(0, KEY_ROLE)) for row in self.selectedItems()]
        current = self.currentItem()
        if current is not None and current.isSelected():
            key = tuple(current.data(0, KEY_ROLE))
            keys = [k for k in keys if k != key] + [key]
        self.selection.set(keys)

    def _follow_selection(self) -> None:
        self._updating = True
        try:
            wanted = [self._rows[key] for key in self.selection.items if key in self._rows]
            with QSignalBlocker(self.selectionModel()):
                self.clearSelection()
                for row in wanted:
                    row.setSelected(True)
            if wanted:
                self.setCurrentItem(wanted[-1], 0, self.selectionModel().SelectionFlag.NoUpdate)
                self.scrollToItem(wanted[-1])
            self.viewport().update()
        finally:
            self._updating = False

    def _item_renamed(self, row: QTreeWidgetItem, _column: int) -> None:
        if self._updating:
            return
        key = row.data(0, KEY_ROLE)
        if not key:
            return
        collection, item_id = key
        item = self.document.journey.find(collection, item_id)
        name_field = _NAME_FIELD.get(collection, "name")
        text = row.text(0).strip()
        if item is None or text == getattr(item, name_field):
            return
        try:
            self.document.push(UpdateItem(collection, item_id, {name_field: text}))
        except EditError as exc:
            self.status.emit(self.tr("Cannot rename: {reason}").format(reason=exc))
            self._updating = True
            row.setText(0, self._text(collection, item))
            self._updating = False

    def rename_current(self) -> bool:
        """Start editing the name of the current row (the Rename action)."""
        row = self.currentItem()
        if row is None or not (row.flags() & Qt.ItemFlag.ItemIsEditable):
            return False
        self.setFocus()
        self.editItem(row, 0)
        return True

    def row_for(self, collection: str, key: Any) -> QTreeWidgetItem | None:
        return self._rows.get((collection, key))


class OutlineDock(QDockWidget):
    """The outline tree in a dock (View ▸ Outline)."""

    def __init__(self, document: EditorDocument, selection: Selection, parent=None):
        super().__init__(self.tr("Outline"), parent)
        self.setObjectName("outline_dock")
        self.tree = OutlineTree(document, selection, self)
        self.setWidget(self.tree)
