"""Gestures on the map that change the journey: rename in place, drag a step to
another place or stage, connect two steps.

Each gesture ends in exactly one edit pushed on the document (nothing while the
mouse moves); the scene then redraws from the resulting change. Mixed into
:class:`~journeymap.ui.map.scene.EditorMapScene`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLineF, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsProxyWidget, QLineEdit

from journeymap.canvas.card_item import StepCardItem
from journeymap.canvas.header_items import StageHeaderItem
from journeymap.canvas.layout import COLUMN_GAP, COLUMN_W, STAGE_PAD
from journeymap.model import AddItem, EditError, MoveStep, Transition, UpdateItem, new_id

if TYPE_CHECKING:
    from journeymap.canvas.scene import MapScene
    from journeymap.ui.document.editor_document import EditorDocument

    _Scene = MapScene
else:
    _Scene = object  # mixed into EditorMapScene, which is a MapScene

__all__ = ["InlineEditor", "MapEditing"]


class InlineEditor(QLineEdit):
    """A one-line editor over a title: Enter commits, Esc cancels, leaving commits."""

    committed = Signal(str)
    cancelled = Signal()

    def __init__(self, text: str):
        super().__init__(text)
        self._done = False
        self.setFrame(True)
        self.selectAll()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._finish(commit=True)
        elif event.key() == Qt.Key.Key_Escape:
            self._finish(commit=False)
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self._finish(commit=True)

    def _finish(self, commit: bool) -> None:
        if self._done:
            return
        self._done = True
        if commit:
            self.committed.emit(self.text())
        else:
            self.cancelled.emit()


class MapEditing(_Scene):
    """Editing gestures of the map scene (see module docstring)."""

    document: EditorDocument
    edit_failed: Signal  # provided by EditorMapScene: Signal(str)

    def _init_editing(self) -> None:
        self._editor_proxy: QGraphicsProxyWidget | None = None
        self._drag_origin: QPointF | None = None
        self._drop_marker: QGraphicsLineItem | None = None
        self._connect_line: QGraphicsLineItem | None = None

    # -- pushing edits ---------------------------------------------------------

    def push_edit(self, edit: Any) -> bool:
        """Push ``edit``; a refused edit is reported through ``edit_failed``."""
        try:
            self.document.push(edit)
        except EditError as exc:
            self.edit_failed.emit(str(exc))
            return False
        return True

    # -- rename in place -------------------------------------------------------

    @property
    def renaming(self) -> bool:
        return self._editor_proxy is not None

    def begin_rename(self, key: tuple[str, Any] | None = None) -> bool:
        """Open the inline editor on a step title or a stage name (the selected
        one when ``key`` is ``None``). Returns False when there is nothing to rename."""
        if key is None:
            keys = [k for k in self.selected_keys() if k[0] in ("steps", "stages")]
            if len(keys) != 1:
                return False
            key = keys[0]
        item = self.item_for(key)
        model = self.journey.find(*key)
        if not isinstance(item, (StepCardItem, StageHeaderItem)) or model is None:
            return False
        self.cancel_rename()
        field = "title" if key[0] == "steps" else "name"
        editor = InlineEditor(getattr(model, field))
        style = self.map_style
        editor.setFont(style.title_font if key[0] == "steps" else style.header_font)
        rect = item.mapRectToScene(item.title_rect())
        proxy = self.addWidget(editor)
        proxy.setZValue(100)
        proxy.setPos(rect.topLeft())
        proxy.resize(rect.width(), max(rect.height(), editor.sizeHint().height()))
        self._editor_proxy = proxy
        editor.committed.connect(lambda text: self._commit_rename(key, field, text))
        editor.cancelled.connect(self.cancel_rename)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        proxy.setFocus(Qt.FocusReason.OtherFocusReason)
        editor.selectAll()
        return True

    def rename_editor(self) -> InlineEditor | None:
        widget = self._editor_proxy.widget() if self._editor_proxy is not None else None
        return widget if isinstance(widget, InlineEditor) else None

    def cancel_rename(self) -> None:
        proxy, self._editor_proxy = self._editor_proxy, None
        if proxy is None:
            return
        proxy.hide()
        # Removed later: we may be inside the editor's own key or focus handler.
        QTimer.singleShot(0, self, lambda: self._drop_proxy(proxy))  # not after the scene

    def _drop_proxy(self, proxy: QGraphicsProxyWidget) -> None:
        if proxy.scene() is self:
            self.removeItem(proxy)
        proxy.deleteLater()

    def _commit_rename(self, key: tuple[str, Any], field: str, text: str) -> None:
        self.cancel_rename()
        text = text.strip()
        model = self.journey.find(*key)
        if model is None or not text or text == getattr(model, field):
            return
        self.push_edit(UpdateItem(key[0], key[1], {field: text}))

    # -- drag a step -------------------------------------------------------------

    def begin_step_drag(self, card: Any) -> None:
        self._drag_origin = card.pos()
        card.setZValue(50)
        card.setOpacity(0.85)
        self._drop_marker = self.addLine(QLineF(), QPen(self.map_style.selection, 4))
        self._drop_marker.setZValue(49)

    def update_step_drag(self, card: Any, delta: QPointF) -> None:
        if self._drag_origin is None:
            return
        card.setPos(self._drag_origin + delta)
        stage, before = self.drop_target(card)
        if self._drop_marker is not None:
            x = self._slot_x(stage, before)
            box = self.layout.card(card.step_id)
            self._drop_marker.setLine(QLineF(x, box.y - 10, x, box.bottom + 10))
            self._drop_marker.setVisible(x is not None and stage is not None)

    def drop_target(self, card: Any) -> tuple[str | None, str | None]:
        centre = card.pos().x() + COLUMN_W / 2
        return self.layout.insertion_at(centre, moving=card.step_id)

    def _slot_x(self, stage: str | None, before: str | None) -> float:
        if stage is None:
            return 0.0
        if before is not None:
            return self.layout.column_x[before] - COLUMN_GAP / 2
        band = self.layout.stages[stage]
        return band.right - STAGE_PAD / 2

    def finish_step_drag(self, card: Any) -> None:
        stage, before = self.drop_target(card)
        origin, self._drag_origin = self._drag_origin, None
        if self._drop_marker is not None:
            self.removeItem(self._drop_marker)
            self._drop_marker = None
        card.setOpacity(1.0)
        card.setZValue(2)
        if origin is not None:
            card.setPos(origin)
        if stage is None or self._is_same_place(card.step_id, stage, before):
            return
        self.push_edit(MoveStep(card.step_id, stage, before))

    def _is_same_place(self, step_id: str, stage: str, before: str | None) -> bool:
        if self.layout.step_stage.get(step_id) != stage:
            return False
        order = [s for s in self.layout.order if self.layout.step_stage.get(s) == stage]
        i = order.index(step_id)
        following = order[i + 1] if i + 1 < len(order) else None
        return before == following

    # -- connect two steps ---------------------------------------------------------

    def begin_connect(self, card: Any, pos: QPointF) -> None:
        start = card.mapToScene(card.connector_rect().center())
        pen = QPen(self.map_style.selection, 2.5, Qt.PenStyle.DashLine)
        self._connect_line = self.addLine(QLineF(start, pos), pen)
        self._connect_line.setZValue(60)

    def update_connect(self, pos: QPointF) -> None:
        if self._connect_line is not None:
            line = self._connect_line.line()
            self._connect_line.setLine(QLineF(line.p1(), pos))

    def card_at(self, pos: QPointF) -> Any | None:
        from journeymap.canvas.card_item import StepCardItem

        for item in self.items(pos):
            if isinstance(item, StepCardItem):
                return item
        return None

    def finish_connect(self, card: Any, pos: QPointF) -> None:
        if self._connect_line is not None:
            self.removeItem(self._connect_line)
            self._connect_line = None
        target = self.card_at(pos)
        if target is None or target is card:
            return
        self.connect_steps(card.step_id, target.step_id)

    def connect_steps(self, source: str, target: str) -> str | None:
        """Push a new transition ``source → target``; returns its id."""
        taken = {t.id for t in self.journey.transitions}
        tid = new_id("t", taken, f"{source} {target}")
        ok = self.push_edit(
            AddItem("transitions", Transition(id=tid, source=source, target=target))
        )
        return tid if ok else None
