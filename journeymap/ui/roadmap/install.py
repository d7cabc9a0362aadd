"""Puts the Roadmap tab beside the map and the flow view of a window.

The tab's view (:class:`~journeymap.ui.roadmap.view.RoadmapView`) is made when
the tab is first shown, so its modules stay out of the editor's start-up.
View ▸ Roadmap (Ctrl+R) shows it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from journeymap.ui.main_window import MainWindow
    from journeymap.ui.roadmap.view import RoadmapView

__all__ = ["RoadmapTab", "install_roadmap"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("RoadmapTab", text)


class RoadmapTab(QObject):
    """The Roadmap tab of one window and the action that shows it."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.page = QWidget()
        self.page.setObjectName("roadmap_page")
        self._layout = QVBoxLayout(self.page)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._view: RoadmapView | None = None
        area = window.map_area
        self.index = area.addTab(self.page, _tr("Roadmap"))
        area.setTabToolTip(
            self.index, _tr("The opportunities as a board by status and an impact × effort matrix")
        )
        area.currentChanged.connect(self._tab_changed)
        self.action = QAction(_tr("&Roadmap"), window)
        self.action.setShortcut(QKeySequence("Ctrl+R"))
        tip = _tr("Show the opportunities as a roadmap")
        self.action.setStatusTip(tip)
        self.action.setToolTip(f"{tip} (Ctrl+R)")
        self.action.triggered.connect(self.show)

    @property
    def view(self) -> RoadmapView:
        """The roadmap view (made on first use)."""
        if self._view is None:
            from journeymap.ui.roadmap.view import RoadmapView

            window = self.window
            self._view = RoadmapView(
                window.document, window.selection, window.live, ask_priority=self._ask_priority
            )
            self._view.show_requested.connect(window.map_area.show_item)
            self._view.status.connect(window.show_status)
            self._layout.addWidget(self._view)
            self._view.show()
        return self._view

    def _tab_changed(self, index: int) -> None:
        if index == self.index:
            self.view  # noqa: B018 - made now, shown by the tab

    def show(self) -> None:
        self.window.show_map()
        self.window.map_area.setCurrentWidget(self.page)

    def _ask_priority(self, title: str, value: float) -> float | None:
        number = self.window.dialogs.ask_number(
            self.window,
            _tr("Set Priority"),
            _tr("Priority of “{title}”, 0–100:").format(title=title),
            value,
            0,
            100,
        )
        return None if number is None else float(number)


def install_roadmap(window: MainWindow) -> RoadmapTab:
    """Add the Roadmap tab and View ▸ Roadmap to ``window``."""
    tab = RoadmapTab(window)
    view_menu = window.menus["view"]
    actions = view_menu.actions()
    after = actions.index(window.window_actions.zoom_fit) + 1
    if after < len(actions):
        view_menu.insertAction(actions[after], tab.action)
    else:
        view_menu.addAction(tab.action)
    return tab
