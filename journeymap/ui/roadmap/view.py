"""The Roadmap tab: the journey's opportunities as a board by status and as an
impact × effort matrix, filterable by owner, persona and CX maturity area.

Cards come from :func:`journeymap.analysis.roadmap.build_roadmap` over the
journey and the live analysis's pain points, highest priority first. Dragging
a card to another column changes its status, to another cell its impact and
effort; each move is one :class:`~journeymap.model.UpdateItem` pushed on the
window's undo stack, and the view redraws from the journey when the change
comes back. Clicking a card selects its steps and the opportunity (the
inspector shows it); a double click shows its first step on the map.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMenu,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from journeymap.analysis.roadmap import BOARD_STATUSES, Roadmap, RoadmapCard, build_roadmap
from journeymap.canvas.analysis_text import count_text, list_separator
from journeymap.model import Change, EditError, MaturityArea, OpportunityStatus, UpdateItem
from journeymap.ui.maturity.texts import area_name
from journeymap.ui.roadmap.cards import ID_ROLE, CardData, CardList

if TYPE_CHECKING:
    from journeymap.ui.document.editor_document import EditorDocument
    from journeymap.ui.document.live_analysis import LiveAnalysis
    from journeymap.ui.document.selection import Selection

__all__ = ["RoadmapView", "status_name"]

IMPACTS = (5, 4, 3, 2, 1)
EFFORTS = (1, 2, 3, 4, 5)
UNRATED = (None, None)
_ALL = "\x00all"
_NO_OWNER = ""


def _tr(text: str) -> str:
    return QCoreApplication.translate("RoadmapView", text)


def status_name(status: OpportunityStatus) -> str:
    names = {
        OpportunityStatus.IDEA: _tr("Idea"),
        OpportunityStatus.PLANNED: _tr("Planned"),
        OpportunityStatus.IN_PROGRESS: _tr("In progress"),
        OpportunityStatus.DONE: _tr("Done"),
        OpportunityStatus.DROPPED: _tr("Dropped"),
    }
    return names[status]


class RoadmapView(QWidget):
    """The roadmap of one open journey."""

    show_requested = Signal(str, object)
    """Show this item on the map: ``(collection, key)``."""
    status = Signal(str)
    """A message for the status bar (a refused edit)."""

    def __init__(
        self,
        document: EditorDocument,
        selection: Selection,
        live: LiveAnalysis,
        ask_priority: Callable[[str, float], float | None] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("roadmap_view")
        self.document = document
        self.selection = selection
        self.live = live
        self.ask_priority = ask_priority
        self.roadmap = Roadmap(())
        self.lists: list[CardList] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(self._filters())
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._board(), _tr("Board"))
        self.tabs.addTab(self._matrix(), _tr("Impact × effort"))
        layout.addWidget(self.tabs, 1)
        self.legend = QLabel(
            _tr(
                "Priority 0–100 = impact × (6 − effort) ÷ 25 × (½ + ½ × the pain at the linked "
                "steps, relative to the worst step); * set by hand. Drag a card to change its "
                "status, impact or effort."
            )
        )
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: #5f6b7a;")
        layout.addWidget(self.legend)
        for card_list in self.lists:
            card_list.card_dropped.connect(self.move_card)
            card_list.itemClicked.connect(self._clicked)
            card_list.itemActivated.connect(self._activated)
            card_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            card_list.customContextMenuRequested.connect(
                lambda pos, lst=card_list: self._context_menu(lst, pos)
            )
        document.changed.connect(self._document_changed)
        document.replaced.connect(self.refresh)
        live.updated.connect(self.refresh)
        self.refresh()

    # -- building ----------------------------------------------------------------

    def _filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(_tr("Owner:")))
        self.owner_box = QComboBox()
        self.owner_box.setObjectName("roadmap_owner")
        self.owner_box.setMinimumContentsLength(16)
        row.addWidget(self.owner_box)
        row.addSpacing(12)
        row.addWidget(QLabel(_tr("Persona:")))
        self.persona_box = QComboBox()
        self.persona_box.setObjectName("roadmap_persona")
        self.persona_box.setMinimumContentsLength(16)
        row.addWidget(self.persona_box)
        row.addSpacing(12)
        row.addWidget(QLabel(_tr("Area:")))
        self.area_box = QComboBox()
        self.area_box.setObjectName("roadmap_area")
        self.area_box.setToolTip(_tr("Show the opportunities that improve this CX maturity area"))
        self.area_box.setMinimumContentsLength(16)
        row.addWidget(self.area_box)
        row.addSpacing(12)
        self.count_label = QLabel()
        row.addWidget(self.count_label)
        row.addStretch(1)
        self.owner_box.currentIndexChanged.connect(self._filter_changed)
        self.persona_box.currentIndexChanged.connect(self._filter_changed)
        self.area_box.currentIndexChanged.connect(self._filter_changed)
        return row

    def _board(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 6, 0, 0)
        self.columns: dict[OpportunityStatus, CardList] = {}
        self.column_titles: dict[OpportunityStatus, QLabel] = {}
        for status in BOARD_STATUSES:
            box = QVBoxLayout()
            title = QLabel()
            title.setStyleSheet("font-weight: bold; padding: 2px 4px;")
            box.addWidget(title)
            card_list = CardList(status)
            card_list.setObjectName(f"roadmap_column_{status.value}")
            box.addWidget(card_list, 1)
            row.addLayout(box, 1)
            self.columns[status] = card_list
            self.column_titles[status] = title
            self.lists.append(card_list)
        return page

    def _matrix(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 6, 0, 0)
        grid.setSpacing(4)
        self.cells: dict[tuple[int | None, int | None], CardList] = {}
        axis = QLabel(_tr("Impact ↑   Effort →"))
        axis.setStyleSheet("font-weight: bold;")
        grid.addWidget(axis, 0, 0)
        for column, effort in enumerate(EFFORTS, start=1):
            label = QLabel(_tr("Effort {n}").format(n=effort))
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(label, 0, column)
        for row, impact in enumerate(IMPACTS, start=1):
            label = QLabel(_tr("Impact {n}").format(n=impact))
            grid.addWidget(label, row, 0)
            for column, effort in enumerate(EFFORTS, start=1):
                card_list = CardList((impact, effort), compact=True)
                card_list.setObjectName(f"roadmap_cell_{impact}_{effort}")
                card_list.setFrameShape(QFrame.Shape.StyledPanel)
                # Quick wins (high impact, low effort) tinted, big bets and fill-ins lighter.
                value = impact * (6 - effort)
                tint = "#e3f1ea" if value >= 15 else "#f4f7f5" if value >= 8 else "#fafafa"
                card_list.setStyleSheet(f"QListWidget {{ background: {tint}; }}")
                grid.addWidget(card_list, row, column)
                self.cells[impact, effort] = card_list
                self.lists.append(card_list)
        unrated = CardList(UNRATED, compact=True)
        unrated.setObjectName("roadmap_cell_unrated")
        self.unrated_title = QLabel()
        self.unrated_title.setStyleSheet("font-weight: bold;")
        grid.addWidget(self.unrated_title, 0, len(EFFORTS) + 1)
        grid.addWidget(unrated, 1, len(EFFORTS) + 1, len(IMPACTS), 1)
        self.cells[UNRATED] = unrated
        self.lists.append(unrated)
        for column in range(1, len(EFFORTS) + 2):
            grid.setColumnStretch(column, 1)
        for row in range(1, len(IMPACTS) + 1):
            grid.setRowStretch(row, 1)
        return page

    # -- showing -----------------------------------------------------------------

    def _document_changed(self, change: Change) -> None:
        touched = ("opportunities", "steps", "personas", "ratings")
        if change.structural or any(change.keys(c) for c in touched):
            self.refresh()

    def _fill_filters(self, full: Roadmap) -> None:
        journey = self.document.journey
        owner, persona, area = self.owner_filter(), self.persona_filter(), self.area_filter()
        for box in (self.owner_box, self.persona_box, self.area_box):
            box.blockSignals(True)
            box.clear()
        self.owner_box.addItem(_tr("All owners"), _ALL)
        self.owner_box.addItem(_tr("No owner"), _NO_OWNER)
        for name in full.owners():
            self.owner_box.addItem(name, name)
        self.persona_box.addItem(_tr("All personas"), _ALL)
        for p in journey.personas:
            self.persona_box.addItem(p.name or p.id, p.id)
        self.area_box.addItem(_tr("All areas"), _ALL)
        for a in MaturityArea:
            self.area_box.addItem(area_name(a), a.value)
        chosen = (self.owner_box, owner), (self.persona_box, persona), (self.area_box, area)
        for box, value in chosen:
            index = box.findData(_ALL if value is None else value)
            box.setCurrentIndex(max(0, index))
            box.blockSignals(False)

    def owner_filter(self) -> str | None:
        value = self.owner_box.currentData()
        return None if value in (None, _ALL) else value

    def persona_filter(self) -> str | None:
        value = self.persona_box.currentData()
        return None if value in (None, _ALL) else value

    def area_filter(self) -> MaturityArea | None:
        value = self.area_box.currentData()
        return None if value in (None, _ALL) else MaturityArea(value)

    def set_filters(
        self,
        owner: str | None = None,
        persona_id: str | None = None,
        area: MaturityArea | None = None,
    ) -> None:
        """Show only ``owner``'s cards (``""``: those without one) concerning
        ``persona_id`` that improve ``area``."""
        self.owner_box.setCurrentIndex(
            max(0, self.owner_box.findData(_ALL if owner is None else owner))
        )
        self.persona_box.setCurrentIndex(
            max(0, self.persona_box.findData(_ALL if persona_id is None else persona_id))
        )
        self.area_box.setCurrentIndex(
            max(0, self.area_box.findData(_ALL if area is None else MaturityArea(area).value))
        )
        self.refresh()

    def _filter_changed(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Redraw every card from the journey and the latest analysis."""
        journey = self.document.journey
        analysis = self.live.analysis
        full = build_roadmap(journey, analysis.pain_points if analysis is not None else [])
        self._fill_filters(full)
        self.roadmap = full.filtered(self.owner_filter(), self.persona_filter(), self.area_filter())
        steps = {s.id: s.title for s in journey.steps}
        selected = set(self.selection.keys("opportunities"))
        for card_list in self.lists:
            card_list.clear()
        for card in self.roadmap.cards:
            data, tip = self._card_data(card, steps)
            item = self.columns[card.status].add_card(card.opportunity_id, data, tip)
            item.setSelected(card.opportunity_id in selected)
            place = (card.impact, card.effort)
            cell = self.cells.get(place, self.cells[UNRATED])
            cell.add_card(card.opportunity_id, data, tip).setSelected(
                card.opportunity_id in selected
            )
        for status, title in self.column_titles.items():
            count = len(self.columns[status].ids())
            title.setText(f"{status_name(status)} · {count_text(count)}")
        self.unrated_title.setText(
            _tr("Not rated · {n}").format(n=count_text(self.cells[UNRATED].count()))
        )
        self.count_label.setText(
            _tr("{shown} of {total} opportunities").format(
                shown=count_text(len(self.roadmap.cards)), total=count_text(len(full.cards))
            )
        )

    def _card_data(self, card: RoadmapCard, steps: dict[str, str]) -> tuple[CardData, str]:
        parts = []
        if card.impact is not None:
            parts.append(_tr("impact {n}").format(n=card.impact))
        if card.effort is not None:
            parts.append(_tr("effort {n}").format(n=card.effort))
        if card.owner:
            parts.append(card.owner)
        details = " · ".join(parts) or _tr("impact and effort not rated")
        names = [steps.get(s, s) for s in card.step_ids]
        step_text = (
            _tr("Steps: {names}").format(names=list_separator().join(names))
            if names
            else _tr("No linked steps")
        )
        if card.pain_points:
            severities = {"critical": _tr("critical"), "major": _tr("major"), "minor": _tr("minor")}
            pain = _tr("{n} pain points, worst {severity}").format(
                n=count_text(len(card.pain_points)),
                severity=severities.get(card.worst_severity or "", card.worst_severity or ""),
            )
        else:
            pain = _tr("No pain points at its steps")
        areas = (
            _tr("Areas: {names}").format(
                names=list_separator().join(area_name(a) for a in card.areas)
            )
            if card.areas
            else ""
        )
        priority = count_text(card.priority)
        data = CardData(
            card.title,
            priority,
            details,
            step_text,
            card.worst_severity,
            pain,
            card.overridden,
            areas,
        )
        tip = "\n".join(t for t in (card.title, details, step_text, areas, pain) if t)
        if card.overridden:
            tip += "\n" + _tr("Priority set by hand: {set} (computed: {computed})").format(
                set=priority, computed=count_text(card.computed_priority)
            )
        return data, tip

    # -- interaction -------------------------------------------------------------

    def card(self, opportunity_id: str) -> RoadmapCard | None:
        return next((c for c in self.roadmap.cards if c.opportunity_id == opportunity_id), None)

    def _clicked(self, item: QListWidgetItem) -> None:
        opportunity_id = item.data(ID_ROLE)
        card = self.card(opportunity_id)
        steps = [("steps", s) for s in card.step_ids] if card is not None else []
        self.selection.set([*steps, ("opportunities", opportunity_id)])

    def _activated(self, item: QListWidgetItem) -> None:
        self._clicked(item)
        card = self.card(item.data(ID_ROLE))
        if card is not None and card.step_ids:
            self.show_requested.emit("steps", card.step_ids[0])

    def move_card(self, opportunity_id: str, place: Any) -> bool:
        """Give the opportunity the status or the ``(impact, effort)`` of ``place``
        as one undoable edit; False when nothing changed or the edit was refused."""
        opportunity = self.document.journey.find("opportunities", opportunity_id)
        if opportunity is None:
            return False
        if isinstance(place, OpportunityStatus):
            changes: dict[str, Any] = {"status": place}
            label = _tr("Move “{title}” to {status}").format(
                title=opportunity.title, status=status_name(place)
            )
        else:
            impact, effort = place
            changes = {"impact": impact, "effort": effort}
            label = _tr("Rate “{title}”: impact {impact}, effort {effort}").format(
                title=opportunity.title,
                impact="–" if impact is None else impact,
                effort="–" if effort is None else effort,
            )
        changes = {k: v for k, v in changes.items() if getattr(opportunity, k) != v}
        if not changes:
            return False
        return self._push(UpdateItem("opportunities", opportunity_id, changes, label))

    def set_priority(self, opportunity_id: str, value: float | None) -> bool:
        """Set the priority by hand (``None``: computed again), one undoable edit."""
        opportunity = self.document.journey.find("opportunities", opportunity_id)
        if opportunity is None or opportunity.priority == value:
            return False
        label = (
            _tr("Set the priority of “{title}”")
            if value is not None
            else _tr("Compute the priority of “{title}”")
        ).format(title=opportunity.title)
        return self._push(UpdateItem("opportunities", opportunity_id, {"priority": value}, label))

    def _push(self, edit: UpdateItem) -> bool:
        try:
            self.document.push(edit)
        except EditError as exc:
            self.status.emit(str(exc))
            return False
        return True

    def _context_menu(self, card_list: CardList, pos: QPoint) -> None:
        item = card_list.itemAt(pos)
        if item is None:
            return
        menu = self.card_menu(item.data(ID_ROLE))
        menu.exec(card_list.viewport().mapToGlobal(pos))

    def card_menu(self, opportunity_id: str) -> QMenu:
        """The context menu of one card: move it, set or clear its priority, show its steps."""
        menu = QMenu(self)
        card = self.card(opportunity_id)
        move = menu.addMenu(_tr("Move to"))
        for status in BOARD_STATUSES:
            action = move.addAction(status_name(status))
            action.setEnabled(card is None or card.status != status)
            action.triggered.connect(lambda _c=False, s=status: self.move_card(opportunity_id, s))
        set_priority: QAction = menu.addAction(_tr("Set Priority…"))
        set_priority.triggered.connect(lambda: self._ask_priority(opportunity_id))
        computed = menu.addAction(_tr("Use Computed Priority"))
        computed.setEnabled(card is not None and card.overridden)
        computed.triggered.connect(lambda: self.set_priority(opportunity_id, None))
        show = menu.addAction(_tr("Show Steps on Map"))
        show.setEnabled(card is not None and bool(card.step_ids))
        if card is not None and card.step_ids:
            first = card.step_ids[0]
            show.triggered.connect(lambda: self.show_requested.emit("steps", first))
        return menu

    def _ask_priority(self, opportunity_id: str) -> None:
        card = self.card(opportunity_id)
        if card is None or self.ask_priority is None:
            return
        value = self.ask_priority(card.title, card.priority)
        if value is not None:
            self.set_priority(opportunity_id, value)
