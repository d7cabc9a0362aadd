"""The undo history as a list: every entry is an edit's label; clicking one
goes back (or forward) to that point."""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget, QUndoView

from journeymap.ui.document.editor_document import EditorDocument

__all__ = ["HistoryDock"]


class HistoryDock(QDockWidget):
    """``QUndoView`` of the document's undo stack (View ▸ History)."""

    def __init__(self, document: EditorDocument, parent=None):
        super().__init__(self.tr("History"), parent)
        self.setObjectName("history_dock")
        self.view = QUndoView(document.undo_stack)
        self.view.setEmptyLabel(self.tr("<opened>"))
        self.view.setToolTip(self.tr("Every change so far; click one to go back to it"))
        self.setWidget(self.view)
