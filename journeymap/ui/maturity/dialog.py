"""The CX maturity dialog: one respondent's current and target level per area,
the room's answers so far, and the radar of them all.

Saving pushes one :class:`~journeymap.model.assessment_edits.SetAssessment`, so
an assessment is undone like any edit. "Collect in the room…" opens the slides
(:mod:`journeymap.ui.maturity.slides`).
"""

from __future__ import annotations

import io
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeymap.analysis.maturity import maturity_summary
from journeymap.model import Change, EditError
from journeymap.model.assessment_edits import SetAssessment
from journeymap.model.entities import MaturityArea
from journeymap.model.maturity import Assessment, new_assessment_id
from journeymap.ui.docks.comments import comment_author
from journeymap.ui.document.editor_document import EditorDocument
from journeymap.ui.maturity.texts import area_name, area_question

__all__ = ["MaturityDialog"]

AREAS = tuple(MaturityArea)
CURRENT, TARGET, MEAN, RANGE, LINKED = range(1, 6)


def _level_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, 5)
    box.setSpecialValueText("–")  # 0: not answered
    return box


class MaturityDialog(QDialog):
    """Assess the six areas; shows everyone's answers as a table and a radar."""

    def __init__(self, document: EditorDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("maturity_dialog")
        self.setWindowTitle(self.tr("CX Maturity"))
        self.document = document
        self.respondent = QLineEdit(comment_author())
        self.respondent.setObjectName("maturity_respondent")
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.table = QTableWidget(len(AREAS), 6)
        self.table.setObjectName("maturity_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Area"),
                self.tr("Current"),
                self.tr("Target"),
                self.tr("Mean now → target"),
                self.tr("Range now"),
                self.tr("Opportunities"),
            ]
        )
        self.current: dict[MaturityArea, QSpinBox] = {}
        self.target: dict[MaturityArea, QSpinBox] = {}
        for row, area in enumerate(AREAS):
            item = QTableWidgetItem(area_name(area))
            item.setToolTip(area_question(area))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, item)
            self.current[area], self.target[area] = _level_box(), _level_box()
            self.table.setCellWidget(row, CURRENT, self.current[area])
            self.table.setCellWidget(row, TARGET, self.target[area])
        self.table.verticalHeader().hide()
        self.radar = QLabel()
        self.radar.setObjectName("maturity_radar")
        self.radar.setMinimumSize(380, 360)
        self.radar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count = QLabel()
        self.message = QLabel()
        self.save_button = QPushButton(self.tr("Save Assessment"))
        self.save_button.clicked.connect(self.save)
        self.room_button = QPushButton(self.tr("Collect in the Room…"))
        self.room_button.setToolTip(
            self.tr("Full-screen slides: one area each, keys 1–5 current, Shift+1–5 target")
        )
        self.room_button.clicked.connect(self.open_slides)
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.box.rejected.connect(self.reject)
        self._build()
        self.slides: QWidget | None = None
        document.changed.connect(self._changed)
        self.refresh()

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Respondent:"), self.respondent)
        form.addRow(self.tr("Date:"), self.day)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.table, 1)
        left.addWidget(self.count)
        left.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.room_button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(self.radar, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.box)
        self.resize(1150, 560)

    def _changed(self, change: Change) -> None:
        if "assessments" in change.journey or change.keys("opportunities"):
            self.refresh()

    def refresh(self) -> None:
        journey = self.document.journey
        summary = maturity_summary(journey)
        titles = {o.id: o.title for o in journey.opportunities}
        for row, area in enumerate(AREAS):
            a = summary.area(area)
            mean = (
                f"{_level(a.current)} → {_level(a.target)}"
                if a.current is not None or a.target is not None
                else "–"
            )
            span = f"{a.current_range[0]}–{a.current_range[1]}" if a.current_range else "–"
            linked = "; ".join(titles.get(o, o) for o in a.opportunity_ids)
            for column, text in ((MEAN, mean), (RANGE, span), (LINKED, linked or "–")):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.count.setText(self.tr("{count} assessments so far").format(count=summary.assessments))
        self.radar.setPixmap(_radar_pixmap(journey))

    def assessment(self) -> Assessment | None:
        """The form as an assessment; ``None`` when no level is given."""
        qdate = self.day.date()
        result = Assessment(
            respondent=self.respondent.text().strip() or comment_author(),
            date=date(qdate.year(), qdate.month(), qdate.day()),
        )
        for area in AREAS:
            current, target = self.current[area].value(), self.target[area].value()
            if current or target:
                result = result.with_answer(area, current=current or None, target=target or None)
        return result if result.answers else None

    def save(self) -> None:
        assessment = self.assessment()
        if assessment is None:
            self.message.setText(self.tr("Give at least one area a current or target level."))
            return
        try:
            self.document.push(SetAssessment(new_assessment_id(self.document.journey), assessment))
        except EditError as exc:
            self.message.setText(str(exc))
            return
        self.message.setText(self.tr("Saved. The next respondent can answer."))
        for box in (*self.current.values(), *self.target.values()):
            box.setValue(0)

    def open_slides(self) -> None:
        from journeymap.ui.maturity.slides import MaturitySlides

        slides = MaturitySlides(self.document)
        slides.showFullScreen()
        self.slides = slides


def _level(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.1f}".removesuffix(".0")


def _radar_pixmap(journey) -> QPixmap:
    """The radar drawn by the export's chart, as a picture for the dialog."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from journeymap.export.radar import maturity_figure

    figure = maturity_figure(journey, compact=True)
    figure.set_size_inches(5.4, 5.6)
    FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=72)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap
