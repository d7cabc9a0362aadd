"""Reviewing what a git merge of the open journey left in conflict.

The merge driver (``journeymap merge``) writes a valid journey in which ours
won every conflict, and git keeps the three versions of the file (base, ours,
theirs) in its index until the file is marked resolved. When the editor opens
(or reloads) a file git still lists as unmerged, it merges those three
versions again with the same code (:func:`journeymap.model.merge.merge_journeys`)
to know the conflicts, and offers to review them: a button in the status bar
and File ▸ Review Merge Conflicts….

The review lists each conflict with its path, ours and theirs; choosing
theirs for some and pressing Apply makes one undoable edit of them all (a
field gets theirs' value, an item ours removed comes back with their
transitions and ratings that went with it, an item theirs removed goes).
Conflicts that cannot be taken back one by one (an order, an item dropped
with a step ours removed) are listed for information.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeymap.canvas.analysis_text import measure_text, source_text
from journeymap.model import (
    AddItem,
    CompositeEdit,
    Edit,
    Journey,
    RemoveItems,
    UpdateItem,
    UpdateJourney,
)
from journeymap.model.journey import item_key
from journeymap.model.merge import MISSING, Conflict

if TYPE_CHECKING:
    from journeymap.ui.document.editor_document import EditorDocument

__all__ = ["ConflictReviewDialog", "describe", "edit_taking_theirs", "reviewable"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConflictReviewDialog", text)


def reviewable(conflict: Conflict) -> bool:
    """Whether theirs' side of ``conflict`` can be taken as one edit."""
    if conflict.kind in ("removed_ours", "removed_theirs", "restored"):
        return True
    if conflict.kind == "field":
        return conflict.field is not None
    if conflict.kind == "dropped":  # a whole item dropped with its target can come back
        return conflict.field is None and conflict.theirs is not MISSING
    return False


def edit_taking_theirs(
    conflict: Conflict, journey: Journey, theirs_journey: Journey | None = None
) -> Edit | None:
    """The edit that gives ``journey`` theirs' side of ``conflict``, or ``None``
    when there is nothing to do (theirs' value is already there).

    An item that comes back (we removed it, they changed it) brings with it,
    when ``theirs_journey`` is given, their items that hang on it and went with
    our removal: its transitions and ratings, say."""
    name, key, field = conflict.collection, conflict.key, conflict.field
    theirs = conflict.theirs
    if conflict.kind == "field" and name is None and field is not None:
        if field == "metadata":
            metadata = dict(journey.metadata)
            if theirs is MISSING:
                metadata.pop(key, None)
            else:
                metadata[key] = theirs
            return UpdateJourney({"metadata": metadata})
        return UpdateJourney({field: theirs})
    if name is None:
        return None
    if conflict.kind == "field" and field is not None:
        if not journey.has(name, key):
            return None
        return UpdateItem(name, key, {field: theirs})
    if theirs is MISSING:  # theirs removed it
        return RemoveItems(name, [key]) if journey.has(name, key) else None
    if journey.has(name, key):
        parts = key if isinstance(key, tuple) else (key,)
        changes = {
            f: getattr(theirs, f)
            for f in type(theirs).model_fields
            if f != "id" and not (isinstance(key, tuple) and getattr(theirs, f) in parts)
        }
        return UpdateItem(name, key, changes)
    back = AddItem(name, theirs)
    along = _belongings(theirs_journey, journey, name, key) if theirs_journey else []
    return CompositeEdit([back, *along], "") if along else back


def _belongings(theirs: Journey, journey: Journey, name: str, key: Any) -> list[Edit]:
    """Their items pointing at ``key`` of ``name`` that ``journey`` lacks and
    whose other references ``journey`` (with the item back) can resolve."""
    from journeymap.model.references import referrers

    edits: list[Edit] = []
    for ref, _index, item in referrers(theirs, name, [key]):
        if ref.on_remove != "cascade":
            continue
        if journey.has(ref.collection, item_key(item)):
            continue
        others = [
            (r, v)
            for r in _references_from(ref.collection)
            for v in r.ids(item)
            if not (r.target == name and v == key)
        ]
        if all(journey.has(r.target, v) for r, v in others):
            edits.append(AddItem(ref.collection, item))
    return edits


def _references_from(collection: str) -> tuple:
    from journeymap.model.references import references_from

    return references_from(collection)


def _kinds() -> dict[str, str]:
    return {
        "field": _tr("changed on both sides"),
        "removed_ours": _tr("we removed it, they changed it"),
        "removed_theirs": _tr("they removed it, we changed it"),
        "restored": _tr("they removed it, we still use it"),
        "dropped": _tr("it used something we removed"),
        "order": _tr("put in order differently"),
    }


def _nouns() -> dict[str, str]:
    return {
        "personas": _tr("Persona"),
        "stages": _tr("Stage"),
        "channels": _tr("Channel"),
        "steps": _tr("Step"),
        "transitions": _tr("Transition"),
        "ratings": _tr("Rating"),
        "measurements": _tr("Measurement"),
        "opportunities": _tr("Opportunity"),
    }


def describe(conflict: Conflict, journeys: list[Journey]) -> str:
    """Where a conflict is, for a person: ``Step “Email support” · title``."""

    def title(collection: str, key: Any) -> str:
        if collection == conflict.collection and key == conflict.key and conflict.field is None:
            for side in (conflict.ours, conflict.theirs):  # a removed item is in neither journey
                label = getattr(side, "title", "") or getattr(side, "name", "")
                if label:
                    return str(label)
        for journey in journeys:
            item = journey.find(collection, key) if collection in Journey.model_fields else None
            if item is not None:
                return str(getattr(item, "title", "") or getattr(item, "name", "") or key)
        return str(key)

    name, key, field = conflict.collection, conflict.key, conflict.field
    if name is None:
        where = _tr("Journey")
        if field == "metadata":
            return f"{where} · metadata · {key}"
        return f"{where} · {field}" if field else where
    noun = _nouns().get(name, name)
    if name == "measurements" and isinstance(key, tuple) and len(key) == 5:
        step, persona, measure, source, label = key
        what = _tr("{measure} of “{step}” by “{persona}”, {source}").format(
            measure=measure_text(str(measure)),
            step=title("steps", step),
            persona=title("personas", persona),
            source=source_text(str(source), str(label)),
        )
    elif name == "ratings" and isinstance(key, tuple):
        what = _tr("{noun} of “{step}” by “{persona}”").format(
            noun=noun, step=title("steps", key[0]), persona=title("personas", key[1])
        )
    elif conflict.kind == "order":
        what = _tr("Order of {collection}").format(collection=name)
    else:
        what = f"{noun} “{title(name, key)}”"
    return f"{what} · {field}" if field else what


def _shown(value: Any) -> str:
    if value is MISSING:
        return _tr("(removed)")
    if hasattr(value, "model_dump"):
        data = value.model_dump(mode="json", exclude_defaults=True)
        label = data.get("title") or data.get("name") or data.get("label") or ""
        return label or str(data)[:80]
    if value is None:
        return "–"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    return text if len(text) <= 80 else text[:79] + "…"


class ConflictReviewDialog(QDialog):
    """The list of conflicts with a choice of ours or theirs for each."""

    def __init__(
        self,
        document: EditorDocument,
        conflicts: list[Conflict],
        parent: QWidget | None = None,
        theirs: Journey | None = None,
    ):
        super().__init__(parent)
        self.theirs = theirs
        self.setWindowTitle(_tr("Review Merge Conflicts"))
        self.document = document
        self.conflicts = conflicts
        self.choices: list[QComboBox | None] = []
        intro = QLabel(
            _tr(
                "The merge kept our version wherever the two sides disagreed. Choose "
                "“theirs” where their version should win, then Apply: the changes are one "
                "step you can undo. Save, then mark the file resolved in git (git add)."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(conflicts), 5)
        self.table.setHorizontalHeaderLabels(
            [_tr("Where"), _tr("Conflict"), _tr("Ours"), _tr("Theirs"), _tr("Keep")]
        )
        journeys = [document.journey]
        kinds = _kinds()
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, conflict in enumerate(conflicts):
            where = QTableWidgetItem(describe(conflict, journeys))
            where.setToolTip(f"{conflict.path}: {conflict.message}")
            self.table.setItem(row, 0, where)
            self.table.setItem(row, 1, QTableWidgetItem(kinds.get(conflict.kind, conflict.kind)))
            self.table.setItem(row, 2, QTableWidgetItem(_shown(conflict.ours)))
            self.table.setItem(row, 3, QTableWidgetItem(_shown(conflict.theirs)))
            if reviewable(conflict):
                box = QComboBox()
                box.addItem(_tr("ours"), "ours")
                box.addItem(_tr("theirs"), "theirs")
                self.table.setCellWidget(row, 4, box)
                self.choices.append(box)
            else:
                note = QTableWidgetItem(_tr("ours (see the note)"))
                note.setToolTip(conflict.message)
                note.setFlags(note.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, 4, note)
                self.choices.append(None)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b2182b")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Close
        )
        buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(900, 420)

    def choose(self, row: int, side: str) -> None:
        box = self.choices[row]
        if box is not None:
            box.setCurrentIndex(box.findData(side))

    def apply(self) -> bool:
        """Push one edit taking theirs wherever chosen; close when it worked."""
        from journeymap.model import EditError

        journey = self.document.journey
        edits = []
        for conflict, box in zip(self.conflicts, self.choices, strict=True):
            if box is not None and box.currentData() == "theirs":
                edit = edit_taking_theirs(conflict, journey, self.theirs)
                if edit is not None:
                    edits.append(edit)
        if not edits:
            self.accept()
            return True
        label = _tr("Take theirs in {count} merge conflicts").format(count=len(edits))
        try:
            self.document.push(CompositeEdit(edits, label))
        except EditError as exc:
            self.problem.setText(_tr("Could not take theirs: {reason}").format(reason=exc))
            return False
        self.accept()
        return True
