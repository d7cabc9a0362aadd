"""The window's central area: the map and the flow view, as tabs.

The factory keeps the main window independent of how the map is built; it
hands back the pieces the window talks to (zoom, show an item, persona,
context menu).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from journeymap.ui.document.editor_document import EditorDocument, collector
from journeymap.ui.document.live_analysis import LiveAnalysis
from journeymap.ui.document.selection import Selection
from journeymap.ui.map.scene import EditorMapScene
from journeymap.ui.map.view import MapView, readable_zoom

__all__ = ["MapArea"]


class MapArea(QTabWidget):
    """Tabs "Map" (the journey map) and "Flow" (the same journey as a graph)."""

    def __init__(
        self,
        document: EditorDocument,
        selection: Selection,
        live: LiveAnalysis,
        parent=None,
    ):
        super().__init__(parent)
        self.setObjectName("map_area")
        self.setDocumentMode(True)
        self.scene = EditorMapScene(document, selection, self, live_analysis=live)
        self.view = MapView(self.scene)
        self.view.setObjectName("map_view")
        self._parts = (document, selection, live)
        self._persona_id: str | None = None
        self._flow: Any | None = None
        # The flow view (and its modules) are made when its tab is first shown,
        # which keeps them out of the editor's start-up.
        self._flow_page = QWidget()
        self._flow_layout = QVBoxLayout(self._flow_page)
        self._flow_layout.setContentsMargins(0, 0, 0, 0)
        self.addTab(self.view, self.tr("Map"))
        self.addTab(self._flow_page, self.tr("Flow"))
        self.currentChanged.connect(self._tab_changed)
        self.setTabToolTip(0, self.tr("Stages as columns, lanes as rows"))
        self.setTabToolTip(1, self.tr("The steps and transitions as a graph"))
        self.edit_failed = self.scene.edit_failed
        self.scene.caught_up.connect(self._freeze_drawn)

    def _freeze_drawn(self) -> None:
        """The map's work in slices (a big relayout, new highlights) is over:
        what it made lives until the next such work (the routes of every
        arrow: 11,723 at 10,000 steps), so it is frozen with the rest of the
        journey at the collector's next tick, and the once-a-minute full
        collection does not scan it again and again (24,000 objects scattered
        among the frozen ones took 7–20 ms to scan, most of a frame)."""
        policy = collector()
        if policy is not None:
            policy.freeze_soon()

    @property
    def flow(self) -> Any:
        """The :class:`~journeymap.ui.flow.view.FlowView` (made on first use)."""
        if self._flow is None:
            from journeymap.ui.flow.view import FlowView

            document, selection, live = self._parts
            self._flow = FlowView(document, selection, live_analysis=live)
            self._flow.setObjectName("flow_view")
            self._flow.set_persona(self._persona_id)
            self._flow_layout.addWidget(self._flow)
            self._flow.show()  # children added to a shown page need it
        return self._flow

    def _tab_changed(self, index: int) -> None:
        if self.widget(index) is self._flow_page:
            self.flow  # noqa: B018 - made now, shown by the tab

    def _current_view(self) -> Any:
        current = self.currentWidget()
        return self.flow if current is self._flow_page else current

    def zoom_in(self) -> None:
        view = self._current_view()
        if hasattr(view, "zoom_in"):
            view.zoom_in()

    def zoom_out(self) -> None:
        view = self._current_view()
        if hasattr(view, "zoom_out"):
            view.zoom_out()

    def fit_all(self) -> None:
        view = self._current_view()
        if hasattr(view, "fit_all"):
            view.fit_all()

    def reset_view(self) -> None:
        """After a journey opens: the map from its start at the readable zoom,
        where its smallest text is as large as the window's own
        (:func:`~journeymap.ui.map.view.readable_zoom`)."""
        self.setCurrentWidget(self.view)
        self.view.set_zoom(readable_zoom(self.scene.map_style))
        self.view.horizontalScrollBar().setValue(self.view.horizontalScrollBar().minimum())
        self.view.verticalScrollBar().setValue(self.view.verticalScrollBar().minimum())

    def show_item(self, collection: str, key: Any) -> None:
        self.setCurrentWidget(self.view)
        self.view.show_item(collection, key)

    def set_persona(self, persona_id: str | None) -> None:
        self.scene.set_persona(persona_id)
        self._persona_id = persona_id
        if self._flow is not None:
            self._flow.set_persona(persona_id)

    def set_context_actions(self, actions: list[QAction]) -> None:
        self.view.set_context_actions(actions)
