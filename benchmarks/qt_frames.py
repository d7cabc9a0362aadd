"""Waiting for real paints in an offscreen Qt window, without sleeping."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject

__all__ = ["PaintCounter"]

MAX_ROUNDS = 200


class PaintCounter(QObject):
    """Counts the paint events a widget receives."""

    def __init__(self, widget: Any):
        super().__init__()
        self.count = 0
        self.widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False

    def wait_for_paint(self, app: Any) -> None:
        """Process events until the widget has painted once more.

        The offscreen platform paints exposed widgets from the event loop, as a
        desktop does; if nothing was scheduled, the widget is repainted at once.
        """
        before = self.count
        for _ in range(MAX_ROUNDS):
            app.processEvents()
            if self.count > before:
                return
        self.widget.repaint()
        if self.count == before:
            raise RuntimeError("the view never painted")
