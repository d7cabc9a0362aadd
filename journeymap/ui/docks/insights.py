"""Insights: the worst pain points, the biggest drop-offs, channel switches,
check problems and (after an event-log import) designed vs observed, refreshed
whenever the live analysis is.

The lists are worked out in slices, a group per turn of the event loop, after
the turn the result arrives in (``LiveAnalysis.on_landed``), and shown at once
when all are ready, so the window answers between them and the dock never
shows groups of two results; when no group's entries changed the list is
left as it is.

Clicking an entry (or pressing Enter on it) selects its steps and asks the map
to bring the first one into view.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterator
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
Group = tuple[str, Listed, str]
"""A group as shown: its title, its entries and what it says when it has none."""
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
        self._shown: list[Group] | None = None
        live.on_landed(self, self._refreshing)
        self.refresh()

    def _title(self, step_id: str) -> str:
        step = self.document.journey.find("steps", step_id)
        return step.title if step is not None and step.title else step_id

    def _group_item(self, group: Group) -> QTreeWidgetItem:
        """The item of a group of the first rows of a ranked list (not yet in the tree)."""
        title, (rows, total), empty = group
        item = QTreeWidgetItem([f"{title} ({total})"])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        for text, keys, badge, tip in rows:
            row = QTreeWidgetItem(item, [text])
            row.setData(0, KEYS_ROLE, keys)
            row.setToolTip(0, tip or text)
            if badge:
                row.setIcon(0, _badge(*badge))
        if total > len(rows):
            more = QTreeWidgetItem(
                item, [self.tr("… and {count} more").format(count=total - len(rows))]
            )
            more.setFlags(Qt.ItemFlag.ItemIsEnabled)
            more.setForeground(0, self.palette().placeholderText())
        if not rows:
            row = QTreeWidgetItem(item, [empty])
            row.setFlags(Qt.ItemFlag.ItemIsEnabled)
            row.setForeground(0, self.palette().placeholderText())
        return item

    def refresh(self) -> None:
        """Show the live analysis's latest result now, in this turn."""
        for _ in self._refreshing():
            pass

    def _refreshing(self) -> Iterator[None]:
        """Work out the groups of the latest result, one per step, then show
        them all in the last (see the module text)."""
        analysis = self.live.analysis
        if analysis is None:
            self._shown = None
            self._show_no_analysis()
            return
        groups: list[Group] = []
        for make in self._group_makers(analysis):
            groups.append(make())
            yield
        self._show(groups)

    def _group_makers(self, analysis: JourneyAnalysis) -> list[Callable[[], Group]]:
        journey = self.document.journey
        makers: list[Callable[[], Group]] = [
            lambda: (
                self.tr("Pain points"),
                self._pain_rows(analysis),
                self.tr("No pain points: every rated step is at or above neutral."),
            ),
            lambda: (
                self.tr("Biggest drop-offs"),
                self._drop_rows(analysis),
                self.tr("No drop-off known: add customer counts to steps or transitions."),
            ),
            lambda: (
                self.tr("Channel switches"),
                self._switch_rows(analysis),
                self.tr("No channel or owner switches."),
            ),
            lambda: (self.tr("Checks"), self._check_rows(analysis), self.tr("No problems found.")),
        ]
        observed = observed_rows(journey)
        if observed is not None:
            makers.append(lambda: (self.tr("Designed vs observed"), observed, ""))
        makers += [
            lambda: (
                self.tr("Time and cost"),
                cost_rows(journey, analysis),
                self.tr("No time or cost known: give steps minutes or euros."),
            ),
            lambda: (
                self.tr("Service levels"),
                service_level_rows(journey, analysis),
                self.tr("No service levels: give steps or channels a level."),
            ),
        ]
        return makers

    def _show(self, groups: list[Group]) -> None:
        """Show ``groups``; nothing is rebuilt when they equal what is shown."""
        if groups == self._shown and self.topLevelItemCount() == len(groups):
            return
        self._shown = groups
        self.clear()
        items = [self._group_item(group) for group in groups]
        self.addTopLevelItems(items)
        for item in items:
            item.setExpanded(True)

    def _show_no_analysis(self) -> None:
        self.clear()
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
