"""A journey being edited: applies edits and tells listeners what changed.

This is the one choke point for changes. The Qt layer wraps :meth:`apply` and
:meth:`revert` in ``QUndoCommand`` objects and listens for changes to refresh
only the touched items; tests use it directly, without Qt.
"""

from __future__ import annotations

from collections.abc import Callable

from journeymap.model.edits import Change, Edit
from journeymap.model.journey import Journey

__all__ = ["JourneyDocument", "Listener"]

Listener = Callable[[Change], None]


class JourneyDocument:
    def __init__(self, journey: Journey | None = None):
        self.journey = journey if journey is not None else Journey()
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(change)`` after every change; returns an unsubscribe function."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def apply(self, edit: Edit) -> Change:
        change = edit.apply(self.journey)
        self._notify(change)
        return change

    def revert(self, edit: Edit) -> Change:
        change = edit.revert(self.journey)
        self._notify(change)
        return change

    def replace(self, journey: Journey) -> None:
        """Swap in a different journey (open, new, recover); listeners get a change
        that names every item, which views treat as "rebuild"."""
        self.journey = journey
        change = Change(reordered={"personas", "stages", "channels", "steps"})
        change.journey = {"*"}
        self._notify(change)

    def _notify(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)
