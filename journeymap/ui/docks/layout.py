"""The window's docks, made and placed together once the journey is there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from journeymap.ui.docks.comments import CommentsDock
from journeymap.ui.docks.history import HistoryDock
from journeymap.ui.docks.insights import InsightsDock
from journeymap.ui.docks.inspector import InspectorDock
from journeymap.ui.docks.outline import OutlineDock

if TYPE_CHECKING:
    from journeymap.ui.main_window import MainWindow

__all__ = ["add_docks"]


def add_docks(window: MainWindow) -> None:
    """Give ``window`` its outline, inspector, insights, history and comments
    (``window.outline`` …), placed as a first start shows them."""
    document, selection, show_item = window.document, window.selection, window.map_area.show_item
    window.outline = OutlineDock(document, selection, window)
    window.inspector = InspectorDock(document, selection, window)
    window.insights = InsightsDock(document, selection, window.live, show_item, window)
    window.history = HistoryDock(document, window)
    window.comments = CommentsDock(document, selection, show_item, window)
    area = Qt.DockWidgetArea
    # Outline and inspector take the full height; insights sit under the map,
    # where their long lines fit.
    window.setCorner(Qt.Corner.BottomLeftCorner, area.LeftDockWidgetArea)
    window.setCorner(Qt.Corner.BottomRightCorner, area.RightDockWidgetArea)
    window.addDockWidget(area.LeftDockWidgetArea, window.outline)
    window.addDockWidget(area.RightDockWidgetArea, window.inspector)
    window.addDockWidget(area.RightDockWidgetArea, window.history)
    window.tabifyDockWidget(window.inspector, window.history)
    window.addDockWidget(area.RightDockWidgetArea, window.comments)
    window.tabifyDockWidget(window.history, window.comments)
    window.addDockWidget(area.BottomDockWidgetArea, window.insights)
    if window.isVisible():  # a staged start: widgets added to a shown window stay hidden
        for dock in (window.outline, window.inspector, window.history, window.comments):
            dock.show()
        window.insights.show()
    window.inspector.raise_()
    window.resizeDocks([window.outline, window.inspector], [270, 360], Qt.Orientation.Horizontal)
    window.resizeDocks([window.insights], [230], Qt.Orientation.Vertical)
