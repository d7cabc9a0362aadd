"""What is selected in a window, shared by the map, the outline and the panels."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from typing import Any

from PySide6.QtCore import QObject, Signal

__all__ = ["Selection", "SelectionKey"]

SelectionKey = tuple[str, Any]
"""``(collection, key)``, e.g. ``("steps", "s-pay")`` or ``("ratings", ("s-pay", "p-anna"))``."""


class Selection(QObject):
    """An ordered set of selected items. Views set it and follow it; setting the
    same selection again emits nothing, so views that mirror each other don't loop."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._items: list[SelectionKey] = []

    @property
    def items(self) -> list[SelectionKey]:
        return list(self._items)

    def keys(self, collection: str) -> list[Any]:
        return [key for coll, key in self._items if coll == collection]

    @property
    def current(self) -> SelectionKey | None:
        """The item selected last, which the inspector shows."""
        return self._items[-1] if self._items else None

    def set(self, items: Iterable[SelectionKey]) -> None:
        new = list(dict.fromkeys(items))
        if new != self._items:
            self._items = new
            self.changed.emit()

    def clear(self) -> None:
        self.set([])

    def discard(self, removed: Mapping[str, AbstractSet[Any]]) -> None:
        """Drop items that an edit removed."""
        self.set((c, k) for c, k in self._items if k not in removed.get(c, frozenset()))
