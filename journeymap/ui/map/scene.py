"""The map in the editor: the drawn map plus the window's document, selection
and live analysis.

:class:`EditorMapScene` is a :class:`~journeymap.canvas.scene.MapScene` that
follows an :class:`~journeymap.ui.document.editor_document.EditorDocument`
(``changed`` refreshes the named items, ``replaced`` rebuilds), shows what the
:class:`~journeymap.ui.document.live_analysis.LiveAnalysis` finds, mirrors the
window's shared :class:`~journeymap.ui.document.selection.Selection`, and adds
the editing gestures of :class:`~journeymap.ui.map.editing.MapEditing` (rename
in place, drag a step, connect two steps), each ending in one pushed edit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent

from journeymap.canvas.scene import MapScene
from journeymap.canvas.style import MapStyle
from journeymap.model import Change
from journeymap.ui.document.editor_document import EditorDocument
from journeymap.ui.document.live_analysis import LiveAnalysis
from journeymap.ui.document.selection import Selection, SelectionKey
from journeymap.ui.map.editing import MapEditing

__all__ = ["EditorMapScene"]


class EditorMapScene(MapEditing, MapScene):
    """The map of ``document``'s journey, sharing ``selection`` with other views.

    Parameters
    ----------
    document:
        The journey being edited; the scene never changes it except by pushing edits.
    selection:
        The window's shared selection; the scene follows it and sets it.
    live_analysis:
        Where drop-off and pain points come from; a private one is made if omitted.
    map_style, recorded:
        As for :class:`~journeymap.canvas.scene.MapScene`.
    """

    edit_failed = Signal(str)
    """An edit made on the map was refused; the text says why."""
    sub_journey_requested = Signal(str)
    """A step linking to a sub-journey was double-clicked: its id."""

    def __init__(
        self,
        document: EditorDocument,
        selection: Selection,
        parent: Any = None,
        *,
        live_analysis: LiveAnalysis | None = None,
        map_style: MapStyle | None = None,
        recorded: bool = True,
    ):
        self._init_editing()
        self._syncing = False
        self.document = document
        self.selection = selection
        MapScene.__init__(self, document.journey, parent, map_style=map_style, recorded=recorded)
        self.sliced_updates = True  # a new analysis never freezes the window
        self.live_analysis = live_analysis or LiveAnalysis(document, self)
        self.live_analysis.updated.connect(self._on_analysis)
        document.changed.connect(self._on_changed)
        document.replaced.connect(self._on_replaced)
        selection.changed.connect(self._follow_selection)
        self.selectionChanged.connect(self._publish_selection)
        if self.live_analysis.analysis is not None:
            self._on_analysis()

    # -- following the document ------------------------------------------------

    def rebuild(self) -> None:
        self.cancel_rename()
        self._syncing = True  # removing items must not empty the shared selection
        try:
            super().rebuild()
        finally:
            self._syncing = False
        self._follow_selection()

    def _step_built(self, step_id: str) -> None:
        """A big journey's step got its items after the first paint: selected
        there if it is selected."""
        if ("steps", step_id) in self.selection.items:
            card = self._cards.get(step_id)
            if card is not None and not card.isSelected():
                self._syncing = True
                try:
                    card.setSelected(True)
                finally:
                    self._syncing = False

    def _on_replaced(self) -> None:
        self.set_journey(self.document.journey)

    def _on_changed(self, change: Change) -> None:
        if self.renaming and change.removed and "*" not in change.journey:
            self.cancel_rename()
        self.apply_change(change)
        if change.removed:
            self.selection.discard(change.removed)

    def _on_analysis(self) -> None:
        live = self.live_analysis
        if live.marks is not None and live.marks_persona == self.persona_id:
            # Made on the analysis worker, and compared there with the marks shown.
            if live.marks_base is not None and live.marks_base is self.marks:
                known = set(self._cells) if live.marks_changes is None else live.marks_changes
                self.apply_marks(live.marks, known)
            else:
                self.apply_marks(live.marks)
        else:
            self.show_analysis(live.analysis)

    def set_persona(self, persona_id: str | None) -> None:
        """Show one persona (or all) and analyse for it."""
        super().set_persona(persona_id)
        self.live_analysis.set_persona(self.persona_id)

    # -- selection ---------------------------------------------------------------

    def _publish_selection(self) -> None:
        if self._syncing:
            return
        mine = set(self.selected_keys())
        kept = [k for k in self.selection.items if k in mine]
        added = [k for k in self.selected_keys() if k not in kept]
        self._syncing = True
        try:
            self.selection.set(kept + sorted(added, key=str))
        finally:
            self._syncing = False

    def _follow_selection(self) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            wanted: set[SelectionKey] = set(self.selection.items)
            for selected in self.selectedItems():
                if getattr(selected, "key", None) not in wanted:
                    selected.setSelected(False)
            for key in wanted:
                item = self.item_for(key)
                if item is not None and not item.isSelected():
                    item.setSelected(True)
        finally:
            self._syncing = False

    # -- keys --------------------------------------------------------------------

    def activate_step(self, key: tuple[str, Any]) -> None:
        step = self.document.journey.find(*key) if key[0] == "steps" else None
        if step is not None and step.journey_link:
            self.sub_journey_requested.emit(step.id)
        else:
            self.begin_rename(key)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F2 and not self.renaming and self.begin_rename():
            event.accept()
            return
        super().keyPressEvent(event)
