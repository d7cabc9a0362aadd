"""CX maturity in the room: full-screen slides, one area each.

Keys:

1 – 5 : one person's vote for the area's current level
Shift+1 – 5 : one person's vote for the target level
Right, Space, PageDown / Left, PageUp : next / previous area
Ctrl+Z / Ctrl+Y : undo / redo a vote
Esc : leave

The room's votes become assessments "Room vote 1", "Room vote 2"…: the n-th
vote on an area goes into the n-th of them, so each vote stays one answer (the
radar shows their spread) and every vote is one undoable
:class:`~journeymap.model.assessment_edits.SetAssessment`. The counts are read
back from the journey, so an undone vote stops counting at once.
"""

from __future__ import annotations

from datetime import date
from statistics import mean

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from journeymap.model import Change, EditError
from journeymap.model.assessment_edits import SetAssessment
from journeymap.model.entities import MaturityArea
from journeymap.model.maturity import Assessment
from journeymap.ui.document.editor_document import EditorDocument
from journeymap.ui.maturity.texts import area_name, area_question
from journeymap.ui.present.theme import HERE, INK, PAPER, SOFT_INK, draw_lines, font, wrap

__all__ = ["MaturitySlides"]

AREAS = tuple(MaturityArea)
DIGITS: dict[int, int] = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 6)}
SHIFTED: dict[int, int] = {
    getattr(Qt.Key, name): n
    for name, n in (
        ("Key_Exclam", 1),
        ("Key_At", 2),
        ("Key_QuoteDbl", 2),
        ("Key_NumberSign", 3),
        ("Key_Dollar", 4),
        ("Key_currency", 4),
        ("Key_Percent", 5),
    )
}
"""What Shift+1..5 types on US and Nordic keyboards."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("MaturitySlides", text)


class MaturitySlides(QWidget):
    """The slides; votes go to the document as they are given."""

    def __init__(self, document: EditorDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("maturity_slides")
        self.setWindowTitle(_tr("CX maturity"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.document = document
        self.index = 0
        self.prefix = "room"
        self.respondent = _tr("Room vote {number}")
        document.changed.connect(self._changed)

    @property
    def area(self) -> MaturityArea:
        return AREAS[self.index]

    def votes(self, area: MaturityArea, which: str) -> list[int]:
        """The room's votes on ``area`` (``"current"`` or ``"target"``), in order."""
        found = []
        for aid, assessment in sorted(self.document.journey.assessments.items()):
            if aid.startswith(f"{self.prefix}-"):
                value = getattr(assessment.answer(area), which)
                if value is not None:
                    found.append(value)
        return found

    def vote(self, which: str, level: int) -> None:
        """One person's vote: into the first room assessment without this answer."""
        journey = self.document.journey
        number = 1
        while True:
            aid = f"{self.prefix}-{number:03d}"
            existing = journey.assessments.get(aid)
            if existing is None or getattr(existing.answer(self.area), which) is None:
                break
            number += 1
        base = existing or Assessment(
            respondent=self.respondent.format(number=number), date=date.today()
        )
        try:
            self.document.push(SetAssessment(aid, base.with_answer(self.area, **{which: level})))
        except EditError:
            return

    def go(self, step: int) -> None:
        self.index = max(0, min(len(AREAS) - 1, self.index + step))
        self.update()

    def _changed(self, change: Change) -> None:
        if "assessments" in change.journey:
            self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if event.matches(QKeySequence.StandardKey.Undo):
            self.document.undo_stack.undo()
        elif event.matches(QKeySequence.StandardKey.Redo):
            self.document.undo_stack.redo()
        elif key == Qt.Key.Key_Escape:
            self.close()
        elif key in DIGITS:
            self.vote("target" if shift else "current", DIGITS[key])
        elif key in SHIFTED:
            self.vote("target", SHIFTED[key])
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown):
            self.go(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace):
            self.go(-1)
        else:
            super().keyPressEvent(event)

    # -- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        u = min(w / 1920, h / 1080)
        painter.fillRect(self.rect(), PAPER)
        margin = 90 * u
        head = _tr("CX maturity · area {n} of {count}").format(n=self.index + 1, count=len(AREAS))
        draw_lines(painter, [head], font(30 * u), margin, 50 * u, SOFT_INK, w - 2 * margin)
        title = font(84 * u, bold=True)
        draw_lines(painter, [area_name(self.area)], title, margin, 110 * u, INK, w - 2 * margin)
        question = wrap(area_question(self.area), font(38 * u), w - 2 * margin, 3)
        draw_lines(painter, question, font(38 * u), margin, 240 * u, SOFT_INK, w - 2 * margin)
        top = 440 * u
        for which, label in (("current", _tr("Now")), ("target", _tr("Target"))):
            self._paint_tally(painter, u, margin, top, label, self.votes(self.area, which))
            top += 250 * u
        keys = _tr("1–5 now · Shift+1–5 target · ← → area · Ctrl+Z undo · Esc leave")
        draw_lines(painter, [keys], font(28 * u), margin, h - 80 * u, SOFT_INK, w - 2 * margin)
        painter.end()

    def _paint_tally(
        self, painter: QPainter, u: float, x: float, top: float, label: str, votes: list[int]
    ) -> None:
        shown = f"{mean(votes):.1f}".removesuffix(".0") if votes else "–"
        heading = _tr("{label}: {mean} ({count} votes)").format(
            label=label, mean=shown, count=len(votes)
        )
        draw_lines(painter, [heading], font(44 * u, bold=True), x, top, INK, 5 * 230 * u)
        most = max((votes.count(n) for n in range(1, 6)), default=0) or 1
        bar_w, gap = 190 * u, 40 * u
        for n in range(1, 6):
            count = votes.count(n)
            left = x + (n - 1) * (bar_w + gap)
            base = top + 200 * u
            height = 110 * u * count / most
            painter.fillRect(QRectF(left, base - height, bar_w, height), HERE)
            draw_lines(painter, [f"{n}: {count}"], font(32 * u), left, base + 6 * u, INK, bar_w)
