"""Roadmap cards: a list of cards that takes cards dragged from another list.

A :class:`CardList` is one board column or one matrix cell. Its items carry
an opportunity id; dragging one onto another list emits
:attr:`CardList.card_dropped` with the id and the list's ``place`` (a status,
or an ``(impact, effort)`` pair). The list never moves the item itself: the
view turns the drop into an undoable edit and redraws from the journey.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from journeymap.palette import SEVERITY, SEVERITY_MARK

__all__ = ["CARD_MIME", "CardData", "CardDelegate", "CardList"]

CARD_MIME = "application/x-journeymap-opportunity"
ID_ROLE = Qt.ItemDataRole.UserRole
CARD_ROLE = Qt.ItemDataRole.UserRole + 1

Place = Any
"""Where a list sits: an ``OpportunityStatus`` or an ``(impact, effort)`` pair."""


class CardData:
    """What a card shows, already in the editor's language."""

    def __init__(
        self,
        title: str,
        priority: str,
        details: str,
        steps: str,
        severity: str | None,
        pain: str,
        overridden: bool,
        areas: str = "",
    ):
        self.title = title
        self.priority = priority
        self.details = details
        self.steps = steps
        self.severity = severity
        self.pain = pain
        self.overridden = overridden
        self.areas = areas
        """The CX maturity areas the opportunity improves, as one short line."""


class CardDelegate(QStyledItemDelegate):
    """Paints a card: priority badge, title, details, steps, CX maturity areas
    and pain, with a severity stripe that also carries a mark (never colour
    alone)."""

    def __init__(self, compact: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.compact = compact

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        card: CardData | None = index.data(CARD_ROLE)
        lines = 3 if self.compact else 6 if card is not None and card.areas else 5
        height = option.fontMetrics.height() * lines + 18  # type: ignore[attr-defined]
        view = self.parent()
        width = view.viewport().width() - 2 if isinstance(view, QListWidget) else 160
        return QSize(max(80, width), height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        card: CardData | None = index.data(CARD_ROLE)
        if card is None:
            super().paint(painter, option, index)
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(3, 3, -3, -3)  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        painter.setPen(
            QPen(QColor("#0072b2") if selected else QColor("#b8bcc4"), 2 if selected else 1)
        )
        painter.setBrush(QColor("#eaf3fb") if selected else QColor("#ffffff"))
        painter.drawRoundedRect(rect, 6, 6)
        stripe = QColor(SEVERITY.get(card.severity or "", "#c9ced6"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(stripe)
        painter.drawRoundedRect(QRect(rect.left(), rect.top(), 6, rect.height()), 3, 3)
        metrics = option.fontMetrics  # type: ignore[attr-defined]
        line = metrics.height()
        inner = rect.adjusted(12, 6, -8, -6)
        badge_w = metrics.horizontalAdvance("100*") + 14
        badge = QRect(inner.right() - badge_w + 1, inner.top(), badge_w, line + 4)
        painter.setBrush(QColor("#1f2933"))
        painter.drawRoundedRect(badge, 4, 4)
        bold = QFont(option.font)  # type: ignore[attr-defined]
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor("#ffffff"))
        badge_text = card.priority + ("*" if card.overridden else "")
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, badge_text)
        painter.setPen(QColor("#1f2933"))
        title_width = inner.width() - badge_w - 6
        bold_metrics = QFontMetrics(bold)
        title_lines = _wrapped(bold_metrics, card.title, title_width, 2)
        for i, text in enumerate(title_lines):
            row = QRect(inner.left(), inner.top() + i * line, title_width, line + 4)
            painter.drawText(row, Qt.AlignmentFlag.AlignVCenter, text)
        painter.setFont(option.font)  # type: ignore[attr-defined]
        # In a matrix cell the cell itself says impact and effort.
        rows = [card.pain] if self.compact else [card.details, card.steps, card.areas, card.pain]
        y = inner.top() + line * len(title_lines) + 6
        for text in rows:
            if not text:
                continue
            colour = "#5f6b7a"
            if text is card.areas:
                colour = "#0b5c8a"
            if text is card.pain and card.severity:
                colour = SEVERITY[card.severity]
                text = f"{SEVERITY_MARK[card.severity]} {text}"
            painter.setPen(QColor(colour))
            row = QRect(inner.left(), y, inner.width(), line)
            painter.drawText(
                row,
                Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, row.width()),
            )
            y += line
        painter.restore()


def _wrapped(metrics: QFontMetrics, text: str, width: int, lines: int) -> list[str]:
    """``text`` in at most ``lines`` lines of ``width`` pixels, by words; the last
    line elided when the text does not fit."""
    out: list[str] = []
    words = text.split()
    while words and len(out) < lines - 1:
        taken = 1
        while (
            taken < len(words) and metrics.horizontalAdvance(" ".join(words[: taken + 1])) <= width
        ):
            taken += 1
        out.append(" ".join(words[:taken]))
        words = words[taken:]
    if words:
        out.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return [metrics.elidedText(t, Qt.TextElideMode.ElideRight, width) for t in out] or [""]


class CardList(QListWidget):
    """One column of the board or one cell of the matrix."""

    card_dropped = Signal(str, object)
    """An opportunity id was dropped here; the second value is :attr:`place`."""

    def __init__(self, place: Place, compact: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.place = place
        self.setItemDelegate(CardDelegate(compact, self))
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(1)

    def add_card(self, opportunity_id: str, card: CardData, tip: str) -> QListWidgetItem:
        item = QListWidgetItem(card.title)
        item.setData(ID_ROLE, opportunity_id)
        item.setData(CARD_ROLE, card)
        item.setToolTip(tip)
        self.addItem(item)
        return item

    def ids(self) -> list[str]:
        return [self.item(i).data(ID_ROLE) for i in range(self.count())]

    # -- drag and drop -------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [CARD_MIME]

    def mimeData(self, items: Any) -> QMimeData:
        data = QMimeData()
        if items:
            data.setData(CARD_MIME, QByteArray(str(items[0].data(ID_ROLE)).encode("utf-8")))
        return data

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(CARD_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(CARD_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if not event.mimeData().hasFormat(CARD_MIME):
            event.ignore()
            return
        opportunity_id = bytes(event.mimeData().data(CARD_MIME).data()).decode("utf-8")
        # Ignore the drop for Qt (it would move the item itself); the view
        # redraws from the journey after the edit.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        self.card_dropped.emit(opportunity_id, self.place)
