"""The outline: the journey as a tree (stages with their steps, personas,
channels, transitions, opportunities), usable from the keyboard alone.

The tree is a view of :class:`OutlineModel`, which makes its rows on demand
from the journey: the view asks only for the rows it shows, so a 10,000-step
journey costs a few lists of ids, not 20,000 tree items. It shares the window's
:class:`Selection` both ways, renames in place (F2 or double-click) through an
:class:`UpdateItem` edit, repaints only the touched rows on an update, and
follows items that appeared, disappeared or moved without losing what is
expanded or selected.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QTreeView

from journeymap.model import Change, EditError, UpdateItem
from journeymap.ui.document.editor_document import EditorDocument
from journeymap.ui.document.selection import Selection, SelectionKey

__all__ = ["LONG_LIST", "OPEN_STEPS", "OutlineDock", "OutlineModel", "OutlineTree"]

KEY_ROLE = Qt.ItemDataRole.UserRole
_GROUPS = ("stages", "personas", "channels", "transitions", "opportunities")
_NAME_FIELD = {"steps": "title", "opportunities": "title"}
LONG_LIST = 1000
"""A group or stage with more rows than this starts collapsed."""
OPEN_STEPS = 300
"""The stages start open in order while their steps together stay within this
many rows. The tree lays out every open row again after each step added,
removed or moved (it asks the model for each row's index and flags: 16 ms for
1,000 rows, the third of such an edit's budget on a 2,000-step map)."""
_GROUP_ROWS = 0
"""Internal id of a group row (a child of the root)."""
_STEPS_OF_STAGE = len(_GROUPS) + 1
"""Internal id of a step row is this plus its stage's row; of an item row in group
``g``, ``g + 1``."""

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
"""The invisible root's index (a default argument, never changed)."""

_ITEM_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
_LEAF_FLAGS = _ITEM_FLAGS | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemNeverHasChildren
"""A step, persona, channel or opportunity: renamed in place, no rows under it."""
_FLAGS = {
    _GROUP_ROWS: Qt.ItemFlag.ItemIsEnabled,
    1: _ITEM_FLAGS | Qt.ItemFlag.ItemIsEditable,  # a stage, its steps under it
    1 + _GROUPS.index("transitions"): _ITEM_FLAGS | Qt.ItemFlag.ItemNeverHasChildren,
}
"""Flags by the row's parent (the index's internal id); others are ``_LEAF_FLAGS``."""


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class OutlineModel(QAbstractItemModel):
    """The journey as rows: five groups, the stages' steps under their stage.

    A row is addressed by its parent, encoded in the index's internal id (see
    :data:`_STEPS_OF_STAGE`); texts, tooltips and swatches are read from the
    journey when the view asks for them. :meth:`key` and :meth:`index_for`
    translate between rows and selection keys ``(collection, id)``.
    """

    status = Signal(str)
    """A rename was refused; the reason, for the status bar."""

    def __init__(self, document: EditorDocument, parent: Any = None):
        super().__init__(parent)
        self.document = document
        self._ids: dict[str, list[str]] = {}
        self._steps_of: list[list[str]] = []
        self._stage_row: dict[str, int] = {}
        """Each step's stage row (its parent)."""
        self._rows: dict[int, dict[str, int]] = {}
        """``id → row`` per parent code, made when first asked for (see :meth:`index_for`)."""
        self._transitions_of: dict[str, list[str]] | None = None
        self._swatches: dict[str, QIcon] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._index_journey()

    # -- the journey's shape ------------------------------------------------------

    def _index_journey(self) -> None:
        """Lists of ids per parent row and each step's stage (linear time)."""
        journey = self.document.journey
        self._ids = {name: [item.id for item in journey.collection(name)] for name in _GROUPS}
        stage_rows = {stage_id: row for row, stage_id in enumerate(self._ids["stages"])}
        self._steps_of = [[] for _ in stage_rows]
        self._stage_row = {}
        for step in journey.steps:
            stage_row = stage_rows.get(step.stage_id)
            if stage_row is None:
                continue
            self._stage_row[step.id] = stage_row
            self._steps_of[stage_row].append(step.id)
        self._rows = {}
        self._transitions_of = None

    def _steps_changed(self, change: Change) -> bool:
        """Follow a change whose only rows that appear, go or move are steps
        (and transitions): the lists of the stages those steps left or joined
        are made anew, the rest stay. ``False`` when the change is of another
        kind (then everything is indexed anew)."""
        others = set(_GROUPS) - {"transitions"}
        if others & {*change.added, *change.removed, *change.reordered}:
            return False
        named = set(change.added.get("steps", ())) | set(change.removed.get("steps", ()))
        if "steps" in change.reordered:
            moved = change.updated.get("steps", set())
            if not moved:
                return False  # reordered without naming the steps: anything may have moved
            named |= moved
        journey = self.document.journey
        if "transitions" in {*change.added, *change.removed, *change.reordered}:
            self._ids["transitions"] = [t.id for t in journey.transitions]
            self._rows.pop(1 + _GROUPS.index("transitions"), None)
            self._transitions_of = None
        if not named:
            return True
        stage_rows = {stage_id: row for row, stage_id in enumerate(self._ids["stages"])}
        touched = {self._stage_row.pop(sid) for sid in named if sid in self._stage_row}
        for step in journey.steps:
            if step.id in named:
                row = stage_rows.get(step.stage_id)
                if row is not None:
                    self._stage_row[step.id] = row
                    touched.add(row)
        for row in touched:
            self._steps_of[row] = []
            self._rows.pop(_STEPS_OF_STAGE + row, None)
        if touched:
            for step in journey.steps:
                row = self._stage_row.get(step.id)
                if row in touched:
                    self._steps_of[row].append(step.id)
        return True

    def _transitions_by_step(self) -> dict[str, list[str]]:
        """``step id → ids of the transitions that name it`` (made when first needed)."""
        if self._transitions_of is None:
            found: dict[str, list[str]] = {}
            for transition in self.document.journey.transitions:
                for step_id in {transition.source, transition.target}:
                    found.setdefault(step_id, []).append(transition.id)
            self._transitions_of = found
        return self._transitions_of

    def key(self, index: Index) -> SelectionKey | None:
        """The ``(collection, id)`` of an item's row; ``None`` for a group's."""
        if not index.isValid():
            return None
        code, row = index.internalId(), index.row()
        if code == _GROUP_ROWS:
            return None
        if code >= _STEPS_OF_STAGE:
            steps = self._steps_of[code - _STEPS_OF_STAGE]
            return ("steps", steps[row]) if row < len(steps) else None
        name = _GROUPS[code - 1]
        ids = self._ids[name]
        return (name, ids[row]) if row < len(ids) else None

    def index_for(self, collection: str, key: Any) -> QModelIndex:
        """The row of an item (invalid when it has none)."""
        if collection == "steps":
            stage_row = self._stage_row.get(key)
            if stage_row is None:
                return QModelIndex()
            code, ids = _STEPS_OF_STAGE + stage_row, self._steps_of[stage_row]
        elif collection in _GROUPS:
            code, ids = 1 + _GROUPS.index(collection), self._ids[collection]
        else:
            return QModelIndex()
        rows = self._rows.get(code)
        if rows is None:
            rows = self._rows[code] = {item_id: row for row, item_id in enumerate(ids)}
        row = rows.get(key)
        return QModelIndex() if row is None else self.createIndex(row, 0, id=code)

    def group_index(self, name: str) -> QModelIndex:
        return self.createIndex(_GROUPS.index(name), 0, id=_GROUP_ROWS)

    # -- QAbstractItemModel ---------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            code = _GROUP_ROWS
        elif parent.internalId() == _GROUP_ROWS:
            code = parent.row() + 1
        elif parent.internalId() == 1:  # a stage: its steps
            code = _STEPS_OF_STAGE + parent.row()
        else:
            return QModelIndex()
        if row >= self._count(code):
            return QModelIndex()
        return self.createIndex(row, 0, id=code)

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        code = index.internalId()
        if code == _GROUP_ROWS:
            return QModelIndex()
        if code >= _STEPS_OF_STAGE:
            return self.createIndex(code - _STEPS_OF_STAGE, 0, id=1)
        return self.createIndex(code - 1, 0, id=_GROUP_ROWS)

    def _count(self, code: int) -> int:
        if code == _GROUP_ROWS:
            return len(_GROUPS)
        if code >= _STEPS_OF_STAGE:
            stage_row = code - _STEPS_OF_STAGE
            return len(self._steps_of[stage_row]) if stage_row < len(self._steps_of) else 0
        return len(self._ids[_GROUPS[code - 1]])

    def rowCount(self, parent: Index = _ROOT) -> int:
        if not parent.isValid():
            return len(_GROUPS)
        code = parent.internalId()
        if code == _GROUP_ROWS:
            return self._count(parent.row() + 1)
        if code == 1:
            return self._count(_STEPS_OF_STAGE + parent.row())
        return 0

    def hasChildren(self, parent: Index = _ROOT) -> bool:
        return self.rowCount(parent) > 0

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Asked for every row the tree lays out: from the row's parent alone, with
        # the flags combined once (see _FLAGS), not per call.
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _FLAGS.get(index.internalId(), _LEAF_FLAGS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = self.key(index)
        if key is None:  # a group
            if role == Qt.ItemDataRole.DisplayRole:
                name = _GROUPS[index.row()]
                return self._group_title(name, len(self._ids[name]))
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return self._text(*key)
        if role == KEY_ROLE:
            return key
        if role == Qt.ItemDataRole.DecorationRole and key[0] == "personas":
            # A swatch, not coloured text: readable on any palette.
            persona = self.document.journey.find("personas", key[1])
            if persona is None:
                return None
            icon = self._swatches.get(persona.colour)
            if icon is None:
                icon = self._swatches[persona.colour] = _swatch(persona.colour)
            return icon
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        key = self.key(index)
        if key is None or role != Qt.ItemDataRole.EditRole:
            return False
        collection, item_id = key
        item = self.document.journey.find(collection, item_id)
        name_field = _NAME_FIELD.get(collection, "name")
        text = str(value).strip()
        if item is None or text == getattr(item, name_field):
            return False
        try:
            self.document.push(UpdateItem(collection, item_id, {name_field: text}))
        except EditError as exc:
            self.status.emit(self.tr("Cannot rename: {reason}").format(reason=exc))
            return False
        return True

    # -- texts ------------------------------------------------------------------------

    def _group_title(self, name: str, count: int) -> str:
        titles = {
            "stages": self.tr("Stages and steps"),
            "personas": self.tr("Personas"),
            "channels": self.tr("Channels"),
            "transitions": self.tr("Transitions"),
            "opportunities": self.tr("Opportunities"),
        }
        return f"{titles[name]} ({count})"

    def _text(self, collection: str, item_id: str) -> str:
        journey = self.document.journey
        item = journey.find(collection, item_id)
        if item is None:
            return ""
        if collection == "transitions":
            source, target = journey.find("steps", item.source), journey.find("steps", item.target)
            start = source.title if source else item.source
            end = target.title if target else item.target
            text = f"{start} → {end}"
            return f"{text}  ({item.label})" if item.label else text
        text = getattr(item, _NAME_FIELD.get(collection, "name"))
        return text or self.tr("(no name)")

    # -- following the document ---------------------------------------------------------

    def reset(self) -> None:
        """Everything anew (another journey)."""
        self.beginResetModel()
        self._index_journey()
        self.endResetModel()

    def follow(self, change: Change) -> None:
        """Follow ``change``: rows that moved, appeared or went, then texts."""
        if change.structural:
            self._relayout(change)
        updated = {
            (collection, key)
            for collection in ("stages", "steps", "personas", "channels", "opportunities")
            for key in change.updated.get(collection, ())
        }
        # A transition's row names its steps: renamed steps rename those rows.
        transitions = set(change.updated.get("transitions", ()))
        for step_id in change.updated.get("steps", ()):
            transitions.update(self._transitions_by_step().get(step_id, ()))
        updated.update(("transitions", key) for key in transitions)
        for collection, key in updated:
            index = self.index_for(collection, key)
            if index.isValid():
                self.dataChanged.emit(index, index)

    def _relayout(self, change: Change | None = None) -> None:
        """New lists of ids (only the stages' whose steps ``change`` names, when
        it names them); the view's expanded and selected rows follow their items
        (a persistent index of an item that went becomes invalid)."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        keys = [self.key(index) or ("", _GROUPS[index.row()]) for index in old]
        if change is None or not self._steps_changed(change):
            self._index_journey()
        new = [
            self.group_index(item_id) if collection == "" else self.index_for(collection, item_id)
            for collection, item_id in keys
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()


class OutlineTree(QTreeView):
    """The tree itself; :class:`OutlineDock` puts it in a dock."""

    status = Signal(str)

    def __init__(self, document: EditorDocument, selection: Selection, parent=None):
        super().__init__(parent)
        self.document = document
        self.selection = selection
        self.outline = OutlineModel(document, self)
        self._updating = False
        self.setModel(self.outline)
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
        self.outline.status.connect(self.status)
        self.selectionModel().selectionChanged.connect(self._tree_selection_changed)
        self.selectionModel().currentChanged.connect(self._tree_selection_changed)
        document.changed.connect(self._document_changed)
        document.replaced.connect(self.rebuild)
        selection.changed.connect(self._follow_selection)
        self._expand_all_groups_and_stages()
        self._follow_selection()

    def _expand_all_groups_and_stages(self) -> None:
        """Open every group of at most :data:`LONG_LIST` rows, and the stages
        in order while their steps together stay within :data:`OPEN_STEPS`:
        the view lays out every open row (before the window's first paint,
        and again after every structural edit), and a list that long is read
        by opening it (or by selecting on the map, which opens its row's
        parent)."""
        model = self.outline
        for row in range(model.rowCount()):
            group = model.index(row, 0)
            self.setExpanded(group, model.rowCount(group) <= LONG_LIST)
        stages = model.group_index("stages")
        budget = OPEN_STEPS
        for row in range(model.rowCount(stages)):
            stage = model.index(row, 0, stages)
            rows = model.rowCount(stage)
            self.setExpanded(stage, rows <= budget)
            if rows <= budget:
                budget -= rows

    def rebuild(self) -> None:
        """Every row anew (another journey): groups and stages expanded."""
        self._updating = True
        try:
            self.outline.reset()
            self._expand_all_groups_and_stages()
        finally:
            self._updating = False
        self._follow_selection()

    def _document_changed(self, change: Change) -> None:
        self._updating = True
        try:
            self.outline.follow(change)
            # A new stage opens, as every stage does in a new outline.
            for stage_id in change.added.get("stages", ()):
                self.setExpanded(self.outline.index_for("stages", stage_id), True)
        finally:
            self._updating = False
        if change.structural:
            self._follow_selection()

    # -- selection and renaming -------------------------------------------------

    def selected_keys(self) -> list[SelectionKey]:
        """The keys of the selected rows, the current one last."""
        model = self.outline
        keys = [k for k in map(model.key, self.selectionModel().selectedRows()) if k]
        current = model.key(self.currentIndex())
        if current is not None and current in keys:
            keys = [k for k in keys if k != current] + [current]
        return keys

    def _tree_selection_changed(self, *_args: object) -> None:
        if self._updating:
            return
        self.selection.set(self.selected_keys())

    def _follow_selection(self, *_args: object) -> None:
        self._updating = True
        try:
            model = self.outline
            wanted = [model.index_for(*key) for key in self.selection.items]
            wanted = [index for index in wanted if index.isValid()]
            chosen = QItemSelection()
            for index in wanted:
                chosen.select(index, index)
            flags = QItemSelectionModel.SelectionFlag
            selection_model = self.selectionModel()
            selection_model.select(chosen, flags.ClearAndSelect)
            if wanted:
                selection_model.setCurrentIndex(wanted[-1], flags.NoUpdate)
                self.scrollTo(wanted[-1])
        finally:
            self._updating = False

    def rename_current(self) -> bool:
        """Start editing the name of the current row (the Rename action)."""
        index = self.currentIndex()
        if not index.isValid() or not (self.outline.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        self.setFocus()
        self.edit(index)
        return True

    def index_for(self, collection: str, key: Any) -> QModelIndex:
        """The row of an item (invalid when it has none)."""
        return self.outline.index_for(collection, key)


class OutlineDock(QDockWidget):
    """The outline tree in a dock (View ▸ Outline)."""

    def __init__(self, document: EditorDocument, selection: Selection, parent=None):
        super().__init__(self.tr("Outline"), parent)
        self.setObjectName("outline_dock")
        self.tree = OutlineTree(document, selection, self)
        self.setWidget(self.tree)
