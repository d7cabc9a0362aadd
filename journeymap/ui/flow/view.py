"""The flow view: the journey drawn as a graph, for journeys that branch a lot.

Steps are nodes and transitions are edges, laid out left to right
(:mod:`journeymap.ui.flow.layout`). Nodes can be dragged; where they are put is
saved in the journey (``Step.position``) as one undoable edit per drag. A small
toolbar re-runs the layout ("Auto layout", one undo entry) and zooms. The
selection is shared with the other views.

The main window places a :class:`FlowView` in a tab or a dock::

    flow = FlowView(document, selection)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QToolBar, QVBoxLayout, QWidget

from journeymap.ui.document.editor_document import EditorDocument
from journeymap.ui.document.selection import Selection
from journeymap.ui.flow.scene import FlowScene

if TYPE_CHECKING:
    from journeymap.ui.document.live_analysis import LiveAnalysis

__all__ = ["FlowGraphicsView", "FlowView"]

MIN_SCALE = 0.2
"""The farthest zoom out: a node still holds one line of its title at the
legible size (:data:`~journeymap.ui.flow.items.MIN_TITLE_PX` on screen)."""
MAX_SCALE = 4.0
ZOOM_STEP = 1.25
READABLE_SCALE = 0.55
"""Fit and the first view of a large journey zoom out no further than this, where
every node still shows three lines of its title at a legible size; a journey
too large for that starts at its left end and scrolls."""


class FlowGraphicsView(QGraphicsView):
    """Zoom with Ctrl+wheel (around the mouse), pan with the middle button or
    the wheel, rubber-band select with the left button on empty space."""

    zoomed = Signal(float)

    def __init__(self, scene: FlowScene, parent: QWidget | None = None):
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self._pan_from: QPoint | None = None

    @property
    def scale_factor(self) -> float:
        return self.transform().m11()

    def set_scale(self, scale: float) -> None:
        scale = max(MIN_SCALE, min(MAX_SCALE, scale))
        current = self.scale_factor
        if current > 0 and abs(scale - current) > 1e-9:
            self.scale(scale / current, scale / current)
            self.zoomed.emit(scale)

    def zoom_by(self, factor: float) -> None:
        self.set_scale(self.scale_factor * factor)

    def fit_all(self) -> None:
        """The whole journey, never larger than 100 % nor smaller than
        :data:`READABLE_SCALE`; a journey too large for that is shown from its
        left end at that scale (the rest scrolls)."""
        rect = self.scene().itemsBoundingRect()
        if rect.isNull():
            return
        self.fitInView(rect.adjusted(-30, -30, 30, 30), Qt.AspectRatioMode.KeepAspectRatio)
        if self.scale_factor > 1.0:
            self.set_scale(1.0)
            self.centerOn(rect.center())
        elif self.scale_factor < READABLE_SCALE:
            self.set_scale(READABLE_SCALE)
            visible = self.mapToScene(self.viewport().rect()).boundingRect()
            self.centerOn(rect.left() + visible.width() / 2 - 30, rect.center().y())
        self.zoomed.emit(self.scale_factor)

    def show_start(self) -> None:
        """Fit small journeys; show the left end of a large one at a readable size."""
        self.fit_all()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_by(ZOOM_STEP**steps)
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            here = event.position().toPoint()
            delta = here - self._pan_from
            self._pan_from = here
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton and self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)


def _default_live_analysis(document: EditorDocument, parent: QWidget) -> LiveAnalysis | None:
    try:
        from journeymap.ui.document.live_analysis import LiveAnalysis
    except ImportError:
        return None
    return LiveAnalysis(document, parent)


class FlowView(QWidget):
    """The journey as a graph: a toolbar and a zoomable, pannable graph view.

    Parameters
    ----------
    document
        The journey being edited; the view follows its ``changed`` and
        ``replaced`` signals and pushes its edits there.
    selection
        The selection shared with the other views.
    parent
        The parent widget.
    live_analysis
        A :class:`~journeymap.ui.document.live_analysis.LiveAnalysis` to take drop-off and
        pain points from (share the main window's); when omitted, one is made
        the first time the view is shown.

    The graph is built the first time the view is shown, and follows the
    document from then on.
    """

    def __init__(
        self,
        document: EditorDocument,
        selection: Selection,
        parent: QWidget | None = None,
        *,
        live_analysis: LiveAnalysis | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("FlowView")
        self.document = document
        self.selection = selection
        self.live_analysis = live_analysis
        # Built when first shown: a journey of thousands of steps costs nothing
        # while its flow view sits in a hidden tab.
        self.scene = FlowScene(document, selection, self, live_analysis=live_analysis, build=False)
        self.view = FlowGraphicsView(self.scene, self)
        self.toolbar = QToolBar(self.tr("Flow"), self)
        self._make_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view)
        self._shown_once = False
        document.replaced.connect(self._after_replace)
        selection.changed.connect(self._reveal_selection)

    def _make_actions(self) -> None:
        # No shortcuts here: the window's View menu sends Ctrl++, Ctrl+- and
        # Ctrl+0 to whichever tab is showing, and a second binding would make
        # them ambiguous.
        def action(text: str, tip: str, slot) -> QAction:
            act = QAction(text, self)
            act.setToolTip(tip)
            act.setStatusTip(tip)
            act.triggered.connect(slot)
            self.toolbar.addAction(act)
            return act

        self.auto_layout_action = action(
            self.tr("Auto layout"),
            self.tr("Lay out all steps afresh, left to right (one undoable change)"),
            self.auto_layout,
        )
        self.toolbar.addSeparator()
        self.zoom_in_action = action(
            self.tr("Zoom in"), self.tr("Zoom in (Ctrl++ or Ctrl+wheel)"), self.zoom_in
        )
        self.zoom_out_action = action(
            self.tr("Zoom out"), self.tr("Zoom out (Ctrl+- or Ctrl+wheel)"), self.zoom_out
        )
        self.zoom_reset_action = action(self.tr("100 %"), self.tr("Actual size"), self.zoom_reset)
        self.fit_action = action(
            self.tr("Fit"),
            self.tr("Show the whole journey, or as much of it as stays legible (Ctrl+0)"),
            self.fit_all,
        )

    # -- public ----------------------------------------------------------------

    def auto_layout(self) -> bool:
        """Re-run the layout for every step as one undoable edit."""
        done = self.scene.auto_layout()
        if done:
            self.view.show_start()
        return done

    def zoom_in(self) -> None:
        self.view.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.view.zoom_by(1 / ZOOM_STEP)

    def zoom_reset(self) -> None:
        self.view.set_scale(1.0)

    def fit_all(self) -> None:
        self.view.fit_all()

    def set_persona(self, persona_id: str | None) -> None:
        """Show the pain points of one persona, or of all with ``None``."""
        self.scene.set_persona(persona_id)

    def show_item(self, collection: str, key: Any) -> None:
        """Scroll a step's node or a transition's edge into view."""
        item = self.scene.item_for(collection, key)
        if item is not None:
            self.view.ensureVisible(item, 60, 60)

    # -- internals -------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.scene.built:
            if self.live_analysis is None:
                self.live_analysis = _default_live_analysis(self.document, self)
                if self.live_analysis is not None:
                    self.scene.set_live_analysis(self.live_analysis)
            self.scene.rebuild()
        if not self._shown_once:
            self._shown_once = True
            self.view.show_start()

    def _after_replace(self) -> None:
        if self.isVisible():
            self.view.show_start()
        else:
            self._shown_once = False

    def _reveal_selection(self) -> None:
        current = self.selection.current
        if current is None or not self.isVisible() or self.view.hasFocus():
            return
        item = self.scene.item_for(*current)
        if item is None:
            return
        visible = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        if not visible.contains(item.sceneBoundingRect().center()):
            self.view.ensureVisible(item, 60, 60)
