"""The comparison window: two versions of a journey, before and after.

Three parts, over one :class:`~journeymap.analysis.compare.JourneyComparison`:

- the map (a canvas :class:`MapScene` of ``combined_journey``: the after
  version with its removed steps put back) with every removed, added and
  changed step framed and labelled with a symbol and a word, so the marks read
  without colour;
- the emotion at each step, before (dashed) and after (solid), per persona,
  above a strip of the steps marked the same way: the figure of the exported
  page's top half;
- a table of deltas: the whole journey (customers, conversion, drop-off, pain,
  ratings, pain points resolved and new), then each changed step.

The window exports the comparison as a PDF page or a workbook sheet, swaps
before and after, and shows one persona or all. It reads the two journeys and
never changes them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsPathItem,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeymap.model.journey import Journey, Lane, LaneSetting

if TYPE_CHECKING:
    from journeymap.analysis.compare import JourneyComparison, StepComparison
    from journeymap.analysis.phrases import Formatter
    from journeymap.canvas.scene import MapScene
    from journeymap.ui.dialogs import Dialogs

__all__ = ["COMPARED_LANES", "ComparisonMapView", "ComparisonWindow", "mark_steps"]


COMPARED_LANES = (Lane.STEPS, Lane.CHANNEL, Lane.RATINGS, Lane.EMOTION_CURVE, Lane.PAIN_POINTS)
"""The map's rows the comparison shows."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("ComparisonWindow", text)


def _status_words() -> dict[str, str]:
    return {"removed": _tr("− removed"), "added": _tr("+ added"), "changed": _tr("~ changed")}


def _formatter() -> Formatter:
    from PySide6.QtCore import QLocale

    from journeymap.analysis.phrases import Formatter
    from journeymap.canvas.analysis_text import decimal_point

    return Formatter(group=QLocale().groupSeparator() or ",", point=decimal_point())


def mark_steps(map_scene: MapScene, steps: list[StepComparison]) -> list[Any]:
    """Frame each removed, added and changed step's card on ``map_scene`` and
    label it (``+ added``…); a removed card is also hatched. Returns the items."""
    from journeymap.export.compare_page import STATUS_COLOURS

    words = _status_words()
    items: list[Any] = []
    font = QFont()
    font.setPointSizeF(11)
    font.setBold(True)
    for s in steps:
        if s.status == "same":
            continue
        rect = map_scene.step_rect(s.step_id)
        if rect.isEmpty():
            continue
        colour = QColor(STATUS_COLOURS[s.status])
        frame = QPainterPath()
        frame.addRoundedRect(rect.adjusted(-7, -7, 7, 7), 10, 10)
        item = QGraphicsPathItem(frame)
        pen = QPen(colour, 5)
        if s.status == "removed":
            pen.setStyle(Qt.PenStyle.DashLine)
            item.setBrush(QBrush(QColor(255, 255, 255, 150), Qt.BrushStyle.BDiagPattern))
        item.setPen(pen)
        item.setZValue(50)
        map_scene.addItem(item)
        label = QGraphicsSimpleTextItem(words[s.status])
        label.setFont(font)
        label.setBrush(QColor("#ffffff"))
        box = label.boundingRect().adjusted(-6, -3, 6, 3)
        badge = QGraphicsPathItem()
        path = QPainterPath()
        path.addRoundedRect(QRectF(0, 0, box.width(), box.height()), 6, 6)
        badge.setPath(path)
        badge.setBrush(colour)
        badge.setPen(QPen(Qt.PenStyle.NoPen))
        badge.setPos(rect.left() - 7, rect.bottom() + 9)  # under the card: arrow labels run above
        badge.setZValue(51)
        label.setParentItem(badge)
        label.setPos(6, 3)
        map_scene.addItem(badge)
        items += [item, badge]
    return items


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.setHorizontalHeaderLabels(headers)
    return table


def _fill(table: QTableWidget, rows: list[tuple[list[str], QColor | None]]) -> None:
    """Rows of text; numbers right-aligned; a row's colour marks its first cell
    (with its symbol, so the colour is never alone)."""
    table.setRowCount(len(rows))
    bold = table.font()
    bold.setBold(True)
    for row, (cells, colour) in enumerate(rows):
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if col:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            elif colour is not None:
                item.setForeground(colour)
                item.setFont(bold)
            table.setItem(row, col, item)
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


class ComparisonMapView(QGraphicsView):
    """The map of the comparison: pan by dragging, zoom with Ctrl+wheel."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)

    def fit(self) -> None:
        scene = self.scene()
        if scene is not None:
            self.fitInView(scene.itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
            self._sync_detail()

    def show_step(self, rect: QRectF) -> None:
        """Scale so the map's whole height fits (its text readable), then bring
        ``rect`` (a marked step) into the middle."""
        scene = self.scene()
        if scene is None:
            return
        bounds = scene.itemsBoundingRect()
        if bounds.height() <= 0:
            return
        scale = min(1.0, max(0.05, (self.viewport().height() - 8) / bounds.height()))
        self.resetTransform()
        self.scale(scale, scale)
        self._sync_detail()
        if not rect.isEmpty():
            self.centerOn(rect.center().x(), bounds.center().y())

    def zoom(self, factor: float) -> None:
        scale = self.transform().m11() * factor
        if 0.03 <= scale <= 4.0:
            self.scale(factor, factor)
            self._sync_detail()

    def _sync_detail(self) -> None:
        from journeymap.canvas.backdrop import OVERVIEW_ZOOM

        scene = self.scene()
        if scene is not None and hasattr(scene, "set_overview"):
            scene.set_overview(self.transform().m11() < OVERVIEW_ZOOM)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.2 if event.angleDelta().y() > 0 else 1 / 1.2)
            event.accept()
            return
        super().wheelEvent(event)


class ComparisonWindow(QWidget):
    """A window comparing ``before`` with ``after`` (see the module's docstring).

    ``before_name`` and ``after_name`` say where each version came from (a
    file's name, ``HEAD~1``…); ``dialogs`` asks for the export paths.
    """

    def __init__(
        self,
        before: Journey,
        after: Journey,
        before_name: str,
        after_name: str,
        dialogs: Dialogs,
        parent: QWidget | None = None,
    ):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("comparison_window")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialogs = dialogs
        self.before, self.after = before, after
        self.before_name, self.after_name = before_name, after_name
        self.persona_id: str | None = None
        self.comparison: JourneyComparison | None = None
        self.map_scene: MapScene | None = None
        self._chart: Any = None
        self._step_ids: list[str] = []
        self._build()
        self.resize(1400, 900)
        self.refresh()

    # -- building --------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.persona_box = QComboBox()
        self.persona_box.setToolTip(_tr("Compare one persona's ratings and pain points, or all"))
        self.swap_button = QPushButton(_tr("&Swap Before and After"))
        self.fit_button = QPushButton(_tr("&Fit Map"))
        self.export_page_button = QPushButton(_tr("Export &Page…"))
        self.export_page_button.setToolTip(_tr("Save the comparison as a PDF page (or PNG, SVG)"))
        self.export_sheet_button = QPushButton(_tr("Export &Workbook…"))
        self.export_sheet_button.setToolTip(_tr("Save the comparison as a workbook sheet"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(_tr("Persona:")))
        bar.addWidget(self.persona_box)
        bar.addStretch(1)
        for button in (
            self.swap_button,
            self.fit_button,
            self.export_page_button,
            self.export_sheet_button,
        ):
            bar.addWidget(button)
        self.map_view = ComparisonMapView()
        self.chart_holder = QWidget()
        self.chart_layout = QVBoxLayout(self.chart_holder)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.table = _table([_tr("Whole journey"), _tr("Before"), _tr("After"), _tr("Change")])
        self.steps_table = _table(
            [
                _tr("Step"),
                _tr("Customers"),
                _tr("Drop-off"),
                _tr("Pain"),
                _tr("Goal"),
                _tr("Ease"),
                _tr("Emotion"),
            ]
        )
        self.steps_table.setToolTip(
            _tr(
                "The change, after − before; an added or removed step shows its own values. "
                "Click a step to see it on the map."
            )
        )
        self.steps_table.cellClicked.connect(self._step_clicked)
        tables = QSplitter(Qt.Orientation.Vertical)
        tables.addWidget(self.table)
        tables.addWidget(self.steps_table)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.chart_holder)
        lower.addWidget(tables)
        lower.setSizes([800, 560])
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.map_view)
        self.splitter.addWidget(lower)
        self.splitter.setSizes([500, 380])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self.persona_box.currentIndexChanged.connect(self._persona_chosen)
        self.swap_button.clicked.connect(self.swap)
        self.fit_button.clicked.connect(self.map_view.fit)
        self.export_page_button.clicked.connect(self.export_page)
        self.export_sheet_button.clicked.connect(self.export_sheet)

    def _fill_personas(self) -> None:
        self.persona_box.blockSignals(True)
        self.persona_box.clear()
        self.persona_box.addItem(_tr("All personas"), None)
        after_ids = {p.id for p in self.after.personas}
        for persona in self.before.personas:
            if persona.id in after_ids:  # a persona is compared only where both have it
                self.persona_box.addItem(persona.name or persona.id, persona.id)
        index = self.persona_box.findData(self.persona_id)
        self.persona_box.setCurrentIndex(max(index, 0))
        self.persona_box.blockSignals(False)

    # -- showing ---------------------------------------------------------------

    def refresh(self) -> None:
        """Compare again and redraw everything."""
        from journeymap.analysis.compare import compare_journeys

        self._fill_personas()
        self.comparison = c = compare_journeys(self.before, self.after, self.persona_id)
        self.setWindowTitle(
            _tr("Compare: {before} → {after}").format(
                before=self.before_name, after=self.after_name
            )
        )
        self.heading.setText(
            _tr(
                "Before: “{before}” ({where_before})   →   After: “{after}” ({where_after})"
            ).format(
                before=c.before_title,
                where_before=self.before_name,
                after=c.after_title,
                where_after=self.after_name,
            )
        )
        self.note.setText(self._summary(c))
        self._show_map(c)
        self._show_chart(c)
        self._fill_table(c)

    def _summary(self, c: JourneyComparison) -> str:
        if not c.related:
            return _tr(
                "These journeys share {shared} of {total} step ids: they look unrelated, "
                "so their steps are not compared one by one."
            ).format(shared=c.shared_steps, total=c.largest)
        if c.unchanged:
            return _tr("No change: the two versions have the same steps, ratings and transitions.")
        return _tr("{removed} removed, {added} added, {changed} changed steps").format(
            removed=len(c.removed), added=len(c.added), changed=len(c.changed)
        )

    def _show_map(self, c: JourneyComparison) -> None:
        from journeymap.analysis.compare import combined_journey
        from journeymap.analysis.report import analyse
        from journeymap.canvas.marks import marks_from_analysis
        from journeymap.canvas.scene import MapScene, show_map

        journey = combined_journey(self.before, self.after) if c.related else self.after.copy_deep()
        # The rows that tell the two versions apart; the texts stay in the editor.
        journey.lanes = tuple(
            LaneSetting(lane=setting.lane, visible=setting.lane in COMPARED_LANES)
            for setting in journey.lanes
        )
        marks = marks_from_analysis(analyse(self.after, self.persona_id), self.persona_id)
        old = self.map_scene
        self.map_scene = MapScene(journey, self, marks=marks, persona_id=self.persona_id)
        mark_steps(self.map_scene, list(c.steps))
        show_map(self.map_view, self.map_scene)
        if old is not None:
            old.deleteLater()
        self.show_first_change()

    def show_first_change(self) -> None:
        """The map at a readable size, on the first step that changed."""
        if self.map_scene is None or self.comparison is None:
            return
        marked = [s.step_id for s in self.comparison.steps if s.status != "same"]
        rect = self.map_scene.step_rect(marked[0]) if marked else QRectF()
        self.map_view.show_step(rect)

    def _show_chart(self, c: JourneyComparison) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from journeymap.export.compare_page import curves_figure

        if self._chart is not None:
            self.chart_layout.removeWidget(self._chart)
            self._chart.deleteLater()
        texts = {
            "title": _tr("Emotion at each step, before (dashed) and after (solid)"),
            "before": _tr("before"),
            "after": _tr("after"),
            "emotion": _tr("Emotion"),
            "no_emotion": _tr("No ratings of emotion in either version"),
            "marks": _tr("− removed\n+ added\n~ changed"),
            "unrelated": _tr(
                "These journeys share {shared} of {total} step ids: they look unrelated, "
                "so their steps are not compared one by one."
            ),
        }
        self._chart = FigureCanvasQTAgg(curves_figure(c, size=(8.0, 4.2), texts=texts))
        self._chart.setMinimumSize(320, 240)
        self.chart_layout.addWidget(self._chart)

    def _fill_table(self, c: JourneyComparison) -> None:
        from journeymap.export.compare_page import (
            STATUS_COLOURS,
            STATUS_MARKS,
            delta_rows,
            step_rows,
        )

        fmt = _formatter()
        labels = {
            "Customers": _tr("Customers"),
            "Conversion": _tr("Conversion"),
            "Drop-off": _tr("Drop-off"),
            "Pain score": _tr("Pain score"),
            "Goal (mean)": _tr("Goal (mean)"),
            "Ease (mean)": _tr("Ease (mean)"),
            "Emotion (mean)": _tr("Emotion (mean)"),
            "Pain points resolved": _tr("Pain points resolved"),
            "Pain points new": _tr("Pain points new"),
        }
        points = " " + _tr("pp")  # percentage points

        def local(cells: list[str]) -> list[str]:
            return [cell.replace(" pp", points) for cell in cells]

        _fill(self.table, [(local([labels[r[0]], *r[1:]]), None) for r in delta_rows(c, fmt)])
        self._step_ids = []
        rows: list[tuple[list[str], QColor | None]] = []
        for s, cells in step_rows(c, fmt):
            self._step_ids.append(s.step_id)
            rows.append(
                (
                    [f"{STATUS_MARKS[s.status]} {s.title}", *local(cells)],
                    QColor(STATUS_COLOURS[s.status]),
                )
            )
        _fill(self.steps_table, rows)

    def _step_clicked(self, row: int, _column: int) -> None:
        if self.map_scene is not None and 0 <= row < len(self._step_ids):
            rect = self.map_scene.step_rect(self._step_ids[row])
            if not rect.isEmpty():
                self.map_view.centerOn(rect.center())

    # -- commands --------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.show_first_change()  # the view has its size only now

    def _persona_chosen(self, index: int) -> None:
        self.persona_id = self.persona_box.itemData(index)
        self.refresh()

    def swap(self) -> None:
        self.before, self.after = self.after, self.before
        self.before_name, self.after_name = self.after_name, self.before_name
        self.refresh()

    def export_page(self) -> str:
        filters = _tr("PDF page (*.pdf);;PNG image (*.png);;SVG image (*.svg)")
        path = self.dialogs.save_path(
            self, _tr("Export comparison page"), "comparison.pdf", filters
        )
        if path and self.comparison is not None:
            from journeymap.export.compare_page import save_comparison_page

            if "." not in path.rsplit("/", 1)[-1]:
                path += ".pdf"
            self._write(lambda: save_comparison_page(self.comparison, path), path)  # type: ignore[arg-type]
        return path

    def export_sheet(self) -> str:
        filters = _tr("Workbook (*.xlsx)")
        path = self.dialogs.save_path(
            self, _tr("Export comparison workbook"), "comparison.xlsx", filters
        )
        if path and self.comparison is not None:
            from journeymap.export.compare_workbook import write_comparison_workbook

            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            self._write(lambda: write_comparison_workbook(self.comparison, path), path)  # type: ignore[arg-type]
        return path

    def _write(self, write: Any, path: str) -> None:
        from journeymap.export.errors import ExportError

        try:
            write()
        except ExportError as exc:
            self.dialogs.error(self, _tr("Export failed"), str(exc))
            return
        self.dialogs.information(
            self, _tr("Export finished"), _tr("Saved to {path}").format(path=path)
        )
