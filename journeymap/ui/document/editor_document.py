"""The journey being edited in the window: the model document plus its undo stack.

Every change goes through :meth:`EditorDocument.push`: the model edit is wrapped
in a ``QUndoCommand``, applied by the model's :class:`JourneyDocument`, and the
resulting :class:`Change` is emitted as :attr:`EditorDocument.changed`, so the
scene and the panels refresh only the touched items. "Unsaved" is the undo
stack's clean state.

An undo entry's text (the History dock, Edit ▸ Undo) is the edit's label; a
label the model made itself (``Edit.label_parts``) is shown in the editor's
language (context ``EditLabel``), one given by the editor is already translated.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from journeymap.model import Change, Edit, Journey, JourneyDocument
from journeymap.ui.gc_collector import GuiThreadCollector, collector_of

__all__ = ["THAW_STEPS", "EditCommand", "EditorDocument", "collector", "edit_label"]

THAW_STEPS = 500
"""A journey at least this long is worth a full garbage collection when it
closes or is replaced (see :mod:`journeymap.ui.gc_collector`); a smaller one's
few objects are left frozen."""


def collector() -> GuiThreadCollector | None:
    """The application's garbage-collection policy, when it has one."""
    return collector_of(QCoreApplication.instance())


def _tr(text: str) -> str:
    return QCoreApplication.translate("EditLabel", text)


def edit_label(edit: Edit) -> str:
    """``edit``'s label in the editor's language ("Nimeä kosketuspiste ”Chat”
    uudelleen"); its own label when the model did not name it."""
    parts = getattr(edit, "label_parts", None)
    if parts is None:
        return edit.label
    try:
        return _tr(parts.template).format_map(dict(parts.values))
    except (KeyError, IndexError, ValueError):
        return edit.label


_MERGE_ID = 0x4A4D  # all edit commands share one id; Edit.merge_with decides


class EditCommand(QUndoCommand):
    """A model :class:`Edit` on the undo stack.

    ``mergeable`` commands (typing in one field) fold into the previous one when
    the model edit agrees, so a typed word is one undo step.
    """

    def __init__(self, document: EditorDocument, edit: Edit, mergeable: bool = False):
        super().__init__(edit_label(edit))
        self.document = document
        self.edit = edit
        self.mergeable = mergeable
        self._first = True

    def redo(self) -> None:
        if self._first:
            # push() already applied it, to catch EditError before the stack sees it.
            self._first = False
            return
        self.document._apply(self.edit)
        self.setText(edit_label(self.edit))

    def undo(self) -> None:
        self.document._revert(self.edit)

    def id(self) -> int:
        return _MERGE_ID if self.mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or not other.mergeable:
            return False
        return self.edit.merge_with(other.edit)


class EditorDocument(QObject):
    """Owns the journey of one window, its file path and its undo stack."""

    changed = Signal(object)  # Change
    """After every applied or reverted edit, with the keys that changed."""
    replaced = Signal()
    """After a different journey was loaded (open, new, recover): views rebuild."""
    path_changed = Signal(object)  # Path | None

    def __init__(self, journey: Journey | None = None, path: Path | None = None, parent=None):
        super().__init__(parent)
        self.model = JourneyDocument(journey)
        self.undo_stack = QUndoStack(self)
        self._path = path
        gc_policy = collector()
        if gc_policy is not None:
            gc_policy.freeze_soon()  # after the views built from it, at the next tick

    @property
    def journey(self) -> Journey:
        return self.model.journey

    @property
    def path(self) -> Path | None:
        return self._path

    def set_path(self, path: Path | None) -> None:
        self._path = path
        self.path_changed.emit(path)

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def push(self, edit: Edit, mergeable: bool = False) -> Change:
        """Apply ``edit`` and put it on the undo stack.

        Raises :class:`EditError` (and changes nothing) when the edit cannot be
        made; callers show the message to the user.
        """
        change = self._apply(edit)
        self.undo_stack.push(EditCommand(self, edit, mergeable))
        return change

    def replace(self, journey: Journey, path: Path | None = None) -> None:
        """Show a different journey; the undo history starts afresh."""
        gc_policy = collector()
        if gc_policy is not None:
            if len(self.journey.steps) >= THAW_STEPS:
                gc_policy.journey_closed()  # its objects must become collectable
            gc_policy.freeze_soon()
        self.undo_stack.clear()
        self.model.replace(journey)
        self.set_path(path)
        self.undo_stack.setClean()
        self.replaced.emit()

    def _apply(self, edit: Edit) -> Change:
        change = self.model.apply(edit)
        self.changed.emit(change)
        return change

    def _revert(self, edit: Edit) -> Change:
        change = self.model.revert(edit)
        self.changed.emit(change)
        return change
