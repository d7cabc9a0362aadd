"""Insights: the worst pain points, the biggest drop-offs, channel switches,
check problems and (after an event-log import) designed vs observed, refreshed
whenever the live analysis is.

Clicking an entry (or pressing Enter on it) selects its steps and asks the map
to bring the first one into view.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QDockWidget, QStyle, QTreeWidget, QTreeWidgetItem, QWidget

from journeymap.canvas.analysis_text import (
    check_message,
    drop_text,
    list_separator,
    pain_reasons,
    switch_reason,
)
from journeymap.canvas.marks import DropMark
from journeymap.palette import SEVERITY, SEVERITY_MARK
from journeymap.ui.docks.insights_service import cost_rows, observed_rows, service_level_rows
from journeymap.ui.document.editor_document import EditorDocument
from journeymap.ui.document.selection import Selection

if TYPE_CHECKING:
    from journeymap.analysis.results import JourneyAnalysis
    from journeymap.ui.document.live_analysis import LiveAnalysis

__all__ = ["InsightsDock", "InsightsTree"]

KEYS_ROLE = Qt.ItemDataRole.UserRole
MAX_ROWS = 10

Keys = list[tuple[str, str]]
"""The items an entry selects: ``(collection, key)`` pairs."""
Row = tuple[str, Keys, tuple[str, str] | None, str]
"""One entry: its text, the items it selects, its badge (colour, mark) and its tip."""
Listed = tuple[list[Row], int]
"""The first entries of a ranked list, and how many the whole list has."""
_CHECK_MARK = {"error": "×", "warning": "!", "info": "i"}
_CHECK_COLOUR = {"error": SEVERITY["critical"], "warning": SEVERITY["major"], "info": "#0072b2"}


def _badge(colour: str, mark: str) -> QIcon:
    """A filled circle in ``colour`` carrying ``mark``: reads without colour too."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(QColor(colour).darker(130))
    painter.drawEllipse(2, 2, 28, 28)
    font = QFont()
    font.setPixelSize(20)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, mark)
    painter.end()
    return QIcon(pixmap)


class InsightsTree(QTreeWidget):
    """The ranked lists, one group each."""

    def __init__(
        self,
        document: EditorDocument,
        selection: Selection,
        live: LiveAnalysis,
        show_item: Callable[[str, str], None] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.document = document
        self.selection = selection
        self.live = live
        self.show_item = show_item
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setWordWrap(True)
        self.setToolTip(self.tr("Click an entry to select its steps on the map"))
        self.setIconSize(self.iconSize().expandedTo(QSize(16, 16)))
        self.itemClicked.connect(self._activate)
        self.itemActivated.connect(self._activate)
        live.updated.connect(self.refresh)
        self.refresh()

    def _title(self, step_id: str) -> str:
        step = self.document.journey.find("steps", step_id)
        return step.title if step is not None and step.title else step_id

    def _group(self, title: str, listed: Listed, empty: str) -> None:
        """A group of the first rows of a ranked list; ``listed`` is (rows, total)."""
        rows, total = listed
        group = QTreeWidgetItem(self, [f"{title} ({total})"])
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        for text, keys, badge, tip in rows:
            row = QTreeWidgetItem(group, [text])
            row.setData(0, KEYS_ROLE, keys)
            row.setToolTip(0, tip or text)
            if badge:
                row.setIcon(0, _badge(*badge))
        if total > len(rows):
            more = QTreeWidgetItem(
                group, [self.tr("… and {count} more").format(count=total - len(rows))]
            )
            more.setFlags(Qt.ItemFlag.ItemIsEnabled)
            more.setForeground(0, self.palette().placeholderText())
        if not rows:
            row = QTreeWidgetItem(group, [empty])
            row.setFlags(Qt.ItemFlag.ItemIsEnabled)
            row.setForeground(0, self.palette().placeholderText())
        group.setExpanded(True)

    def refresh(self) -> None:
        self.clear()
        analysis = self.live.analysis
        if analysis is None:
            failure = getattr(self.live, "failure", None)
            if failure:
                text = self.tr(
                    "The analysis failed, so the map shows only the customer counts you "
                    "entered. Your journey is not affected."
                )
                row = QTreeWidgetItem(self, [text])
                warning = QStyle.StandardPixmap.SP_MessageBoxWarning
                row.setIcon(0, self.style().standardIcon(warning))
                row.setToolTip(0, f"{text}\n\n{failure}")
                detail = QTreeWidgetItem(row, [failure])
                detail.setFlags(Qt.ItemFlag.ItemIsEnabled)
                detail.setForeground(0, self.palette().placeholderText())
                row.setExpanded(True)
            else:
                row = QTreeWidgetItem(self, [self.tr("No analysis yet.")])
            row.setFlags(Qt.ItemFlag.ItemIsEnabled)
            return
        self._group(
            self.tr("Pain points"),
            self._pain_rows(analysis),
            self.tr("No pain points: every rated step is at or above neutral."),
        )
        self._group(
            self.tr("Biggest drop-offs"),
            self._drop_rows(analysis),
            self.tr("No drop-off known: add customer counts to steps or transitions."),
        )
        self._group(
            self.tr("Channel switches"),
            self._switch_rows(analysis),
            self.tr("No channel or owner switches."),
        )
        self._group(self.tr("Checks"), self._check_rows(analysis), self.tr("No problems found."))
        journey = self.document.journey
        observed = observed_rows(journey)
        if observed is not None:
            self._group(self.tr("Designed vs observed"), observed, "")
        self._group(
            self.tr("Time and cost"),
            cost_rows(journey, analysis),
            self.tr("No time or cost known: give steps minutes or euros."),
        )
        self._group(
            self.tr("Service levels"),
            service_level_rows(journey, analysis),
            self.tr("No service levels: give steps or channels a level."),
        )

    def _pain_rows(self, analysis: JourneyAnalysis) -> Listed:
        journey = self.document.journey
        rows: list[Row] = []
        for pain in analysis.pain_points[:MAX_ROWS]:
            persona = journey.find("personas", pain.persona_id) if pain.persona_id else None
            who = f" — {persona.name}" if persona is not None else ""
            mark = SEVERITY_MARK.get(pain.severity, "")
            text = f"{self._title(pain.step_id)}{who}: {list_separator().join(pain_reasons(pain))}"
            tip = self.tr("{severity} pain point, score {score}").format(
                severity=self.tr(pain.severity), score=QLocale().toString(pain.score, "f", 2)
            )
            badge = (SEVERITY.get(pain.severity, SEVERITY["minor"]), mark)
            rows.append((text, [("steps", pain.step_id)], badge, tip))
        return rows, len(analysis.pain_points)

    def _drop_rows(self, analysis: JourneyAnalysis) -> Listed:
        """The steps that lose customers, most first, written as the map's cards
        write them (:func:`~journeymap.canvas.analysis_text.drop_text`); the
        marks the live analysis made on its worker when they are this analysis's."""
        marks = getattr(self.live, "marks", None)
        if marks is not None and self.live.analysis is analysis:
            drops = list(marks.drops.items())
        else:
            drops = [
                (step_id, mark)
                for step_id, flow in analysis.flow.steps.items()
                if (mark := DropMark.of(flow)) is not None
            ]
        # Most first; equal ones in map order, as a stable sort leaves them.
        top = heapq.nlargest(MAX_ROWS, drops, key=lambda drop: drop[1].dropped)
        rows: list[Row] = []
        for step_id, mark in top:
            text = f"{self._title(step_id)}: {drop_text(mark)}"
            rows.append((text, [("steps", step_id)], None, ""))
        return rows, len(drops)

    def _switch_rows(self, analysis: JourneyAnalysis) -> Listed:
        journey = self.document.journey

        def name(channel_id: str | None) -> str:
            channel = journey.find("channels", channel_id) if channel_id else None
            return channel.name if channel is not None else (channel_id or "?")

        rows: list[Row] = []
        for switch in analysis.channel_switches[:MAX_ROWS]:
            text = (
                f"{self._title(switch.source_id)} → {self._title(switch.target_id)}: "
                f"{name(switch.from_channel)} → {name(switch.to_channel)}"
            )
            keys: Keys = [("steps", switch.source_id), ("steps", switch.target_id)]
            rows.append((text, keys, None, switch_reason(switch)))
        return rows, len(analysis.channel_switches)

    def _check_rows(self, analysis: JourneyAnalysis) -> Listed:
        rows: list[Row] = []
        for check in analysis.checks[:MAX_ROWS]:
            keys: Keys = [("steps", s) for s in check.step_ids]
            keys += [("transitions", t) for t in check.transition_ids]
            badge = (
                _CHECK_COLOUR.get(check.severity, "#0072b2"),
                _CHECK_MARK.get(check.severity, ""),
            )
            rows.append((check_message(check), keys, badge, check.code))
        return rows, len(analysis.checks)

    def _activate(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        stored: Keys = row.data(0, KEYS_ROLE) or []
        keys = [(collection, key) for collection, key in stored]
        keys = [k for k in keys if self.document.journey.has(*k)]
        if not keys:
            return
        self.selection.set(keys)
        if self.show_item is not None:
            self.show_item(*keys[0])


class InsightsDock(QDockWidget):
    """The insights list in a dock (View ▸ Insights)."""

    def __init__(
        self,
        document: EditorDocument,
        selection: Selection,
        live: LiveAnalysis,
        show_item: Callable[[str, str], None] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(self.tr("Insights"), parent)
        self.setObjectName("insights_dock")
        self.tree = InsightsTree(document, selection, live, show_item, self)
        self.setWidget(self.tree)
