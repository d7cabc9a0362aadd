"""Presentation mode: project a journey to a workshop room, one stage at a time,
and capture the room's ratings live.

The window is full screen, high contrast and keyboard driven (a clicker remote
sends Page Down / Page Up). It reads the model and changes it only through
``document.push(PutMeasurement(...))`` when the room votes, so every vote is on the
editor's undo stack and shows in the editor behind at once.

Keys
----
Right / Left, Page Down / Page Up : next / previous step, across stages
Down / Up : next / previous stage; Home / End: first / last stage
P, Tab (Shift+Tab back) : persona: All → each persona → All
I : the persona slide (profile) of the shown persona, or the first; again (or Esc) back
G, E, M : choose the scale to vote on (goal, ease, emotion); it stays chosen
1 – 5 : one person's vote on the chosen scale (emotion 1..5 = −2..+2)
Ctrl+Z / Ctrl+Y (Ctrl+Shift+Z) : undo / redo
? or H : show or hide the key legend
Esc : leave (or cancel the persona question)

With "All personas" shown, a vote first asks on screen which persona it is for
(one digit key). How votes combine with an existing rating is described in
:mod:`journeymap.model.votes`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent, QPainter, QScreen
from PySide6.QtWidgets import QWidget

from journeymap.canvas.marks import MapMarks, marks_from_analysis, marks_from_measurements
from journeymap.model import Change, EditError, PutMeasurement
from journeymap.model.votes import Vote, VoteTally, key_to_value
from journeymap.ui.document.editor_document import EditorDocument
from journeymap.ui.document.live_analysis import LiveAnalysis
from journeymap.ui.present.paint import PAPER, paint_slide
from journeymap.ui.present.profile import build_profile
from journeymap.ui.present.slide import SlideView, build_slide
from journeymap.ui.present.theme import SCALE_LABEL, shown_value

__all__ = ["PresentationWindow"]

TOAST_MS = 4000
CURSOR_HIDE_MS = 2000

SCALE_KEYS: dict[int, str] = {Qt.Key.Key_G: "goal", Qt.Key.Key_E: "ease", Qt.Key.Key_M: "emotion"}
DIGITS: dict[int, int] = {getattr(Qt.Key, f"Key_{d}"): d for d in range(1, 10)}


def tr(text: str) -> str:
    return QCoreApplication.translate("PresentationWindow", text)


class PresentationWindow(QWidget):
    """A full-screen walk through ``document``'s journey for a workshop room.

    Parameters
    ----------
    document : EditorDocument
        The journey being edited; votes are pushed onto its undo stack.
    live_analysis : LiveAnalysis or None
        The editor's analysis, for drop-off and pain marks; ``None`` makes the
        window run its own.
    persona_id : str, optional
        The persona shown first (``None``: all personas).
    """

    closed = Signal()
    """After the window was closed (Esc or otherwise)."""

    def __init__(
        self,
        document: EditorDocument,
        live_analysis: LiveAnalysis | None,
        persona_id: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(tr("Presentation"))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.document = document
        self._own_analysis = live_analysis is None
        self.analysis = live_analysis or LiveAnalysis(document, self)
        journey = document.journey
        self.persona_id = persona_id if persona_id and journey.has("personas", persona_id) else None
        self.stage_index = 0
        self.step_id: str | None = None
        self.armed: str | None = None
        self.pending: tuple[str, float] | None = None
        self.legend = False
        self.profile = False
        self.toast = ""
        self.tally = VoteTally()
        self._marks: MapMarks | None = None
        self._card_rects: dict[str, QRectF] = {}
        self._cursor_timer = QTimer(self)
        self._cursor_timer.setSingleShot(True)
        self._cursor_timer.setInterval(CURSOR_HIDE_MS)
        self._cursor_timer.timeout.connect(lambda: self.setCursor(Qt.CursorShape.BlankCursor))
        self._toast_timer = QTimer(self)
        self._toast_timer.setSingleShot(True)
        self._toast_timer.setInterval(TOAST_MS)
        self._toast_timer.timeout.connect(self._clear_toast)
        document.changed.connect(self._on_changed)
        document.replaced.connect(self._on_replaced)
        self.analysis.updated.connect(self._on_analysis)
        self._go_to_slot(0)

    # -- public ---------------------------------------------------------------

    def start(self, screen: QScreen | None = None) -> None:
        """Show full screen and take the keyboard.

        Parameters
        ----------
        screen : QScreen, optional
            Where to show (a projector); by default the parent window's screen.
        """
        parent = self.parentWidget()
        target = screen or (parent.screen() if parent is not None else None)
        if target is not None:
            self.setScreen(target)
            self.setGeometry(target.geometry())
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()

    def slide(self) -> SlideView:
        """What is shown now."""
        journey = self.document.journey
        index = self.document.undo_stack.index()
        votes: dict[str, int] = {}
        for vote in self.tally.effective(index):
            if self.persona_id is None or vote.persona_id == self.persona_id:
                votes[vote.step_id] = votes.get(vote.step_id, 0) + 1
        view = build_slide(
            journey, self.stage_index, self.step_id, self.persona_id, self.marks(), votes
        )
        if self.profile and self.persona_id is not None:
            view.profile = build_profile(journey, self.persona_id)
        view.armed = self.armed
        view.toast = self.toast
        view.legend = self.legend
        if self.pending is not None:
            scale, value = self.pending
            view.prompt = [p.name for p in journey.personas]
            view.prompt_title = tr("{scale} {value} — for which persona?").format(
                scale=tr(SCALE_LABEL[scale]), value=_shown(scale, value)
            )
        return view

    def marks(self) -> MapMarks:
        """The marks of the shown persona: from the live analysis, or from
        measured volumes until it has run."""
        if self._marks is None:
            result = self.analysis.analysis
            journey = self.document.journey
            self._marks = (
                marks_from_analysis(result, self.persona_id)
                if result is not None
                else marks_from_measurements(journey)
            )
        return self._marks

    # -- navigation -----------------------------------------------------------

    def _slots(self) -> list[tuple[int, str | None]]:
        """Every place the highlight can be: each step, or an empty stage."""
        journey = self.document.journey
        slots: list[tuple[int, str | None]] = []
        for i, stage in enumerate(journey.stages):
            steps = journey.steps_in_stage(stage.id)
            if steps:
                slots.extend((i, s.id) for s in steps)
            else:
                slots.append((i, None))
        return slots

    def _slot_index(self) -> int:
        slots = self._slots()
        for i, slot in enumerate(slots):
            if slot == (self.stage_index, self.step_id):
                return i
        return next((i for i, s in enumerate(slots) if s[0] >= self.stage_index), 0)

    def _go_to_slot(self, index: int) -> None:
        slots = self._slots()
        if not slots:
            self.stage_index, self.step_id = 0, None
        else:
            self.stage_index, self.step_id = slots[max(0, min(index, len(slots) - 1))]
        self.update()

    def move_step(self, delta: int) -> None:
        self.profile = False
        self._go_to_slot(self._slot_index() + delta)

    def go_to_step(self, step_id: str) -> bool:
        """Highlight ``step_id``; ``False`` (and no move) when it is not on the map."""
        for i, slot in enumerate(self._slots()):
            if slot[1] == step_id:
                self._go_to_slot(i)
                return True
        return False

    def go_to_stage(self, index: int) -> None:
        self.profile = False
        stages = self.document.journey.stages
        if not stages:
            return
        index = max(0, min(index, len(stages) - 1))
        slots = self._slots()
        self._go_to_slot(next(i for i, s in enumerate(slots) if s[0] == index))

    def toggle_profile(self) -> None:
        """Show or hide the persona slide (of the shown persona, or the first)."""
        personas = self.document.journey.personas
        if not self.profile and not personas:
            self._show_toast(tr("Add a persona first: the journey has none"))
            return
        self.profile = not self.profile
        if self.profile and self.persona_id is None:
            self.persona_id = personas[0].id
            self._marks = None
        self.update()

    def cycle_persona(self, delta: int = 1) -> None:
        choices: list[str | None] = [] if self.profile else [None]
        choices += [p.id for p in self.document.journey.personas]
        if not choices:
            return
        current = choices.index(self.persona_id) if self.persona_id in choices else 0
        self.persona_id = choices[(current + delta) % len(choices)]
        self._marks = None
        self.update()

    # -- votes ----------------------------------------------------------------

    def vote(self, scale: str, value: float, persona_id: str | None = None) -> bool:
        """Record one person's vote for the highlighted step; ``True`` if recorded."""
        journey = self.document.journey
        persona_id = persona_id or self.persona_id
        step = journey.find("steps", self.step_id) if self.step_id is not None else None
        if self.step_id is None or step is None:
            self._show_toast(tr("No step to vote on in this stage"))
            return False
        if persona_id is None:
            if not journey.personas:
                self._show_toast(tr("Add a persona first: votes are per persona"))
                return False
            self.pending = (scale, value)
            self.update()
            return False
        stack = self.document.undo_stack
        self.tally.forget_undone(stack.index())
        result = self.tally.result(journey, self.step_id, persona_id, scale, value, stack.index())
        persona = journey.find("personas", persona_id)
        persona_name = persona.name if persona is not None else persona_id  # the edit refuses it
        label = tr("Workshop vote: {scale} {value} for '{step}' ({persona})").format(
            scale=tr(SCALE_LABEL[scale]).lower(),
            value=_shown(scale, value),
            step=step.title,
            persona=persona_name,
        )
        try:
            self.document.push(PutMeasurement(result.measurement, label=label))
        except EditError as error:
            self._show_toast(str(error))
            return False
        self.tally.add(Vote(self.step_id, persona_id, scale, value, stack.index(), result.base))
        text = tr("{scale} {value} recorded · n = {n}").format(
            scale=tr(SCALE_LABEL[scale]), value=_shown(scale, value), n=result.n
        )
        if self.persona_id is None:
            text += f" · {persona_name}"
        self._show_toast(text)
        return True

    def _answer_prompt(self, digit: int) -> None:
        personas = self.document.journey.personas
        if self.pending is None or not 1 <= digit <= len(personas):
            return
        scale, value = self.pending
        self.pending = None
        self.vote(scale, value, personas[digit - 1].id)

    # -- events ---------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if event.matches(QKeySequence.StandardKey.Undo):
            self.pending = None
            self.document.undo_stack.undo()
        elif event.matches(QKeySequence.StandardKey.Redo):
            self.document.undo_stack.redo()
        elif key == Qt.Key.Key_Escape:
            if self.pending is not None:
                self.pending = None
                self.update()
            elif self.profile:
                self.profile = False
                self.update()
            else:
                self.close()
        elif self.pending is not None:
            if key in DIGITS:
                self._answer_prompt(DIGITS[key])
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space):
            self.move_step(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace):
            self.move_step(-1)
        elif key == Qt.Key.Key_Down:
            self.go_to_stage(self.stage_index + 1)
        elif key == Qt.Key.Key_Up:
            self.go_to_stage(self.stage_index - 1)
        elif key == Qt.Key.Key_Home:
            self.go_to_stage(0)
        elif key == Qt.Key.Key_End:
            self.go_to_stage(len(self.document.journey.stages) - 1)
        elif key in (Qt.Key.Key_P, Qt.Key.Key_Tab):
            self.cycle_persona(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
        elif key == Qt.Key.Key_Backtab:
            self.cycle_persona(-1)
        elif key == Qt.Key.Key_I:
            self.toggle_profile()
        elif self.profile and key in (*SCALE_KEYS, *DIGITS):
            self._show_toast(tr("Votes are for steps: press I to go back to the stages"))
        elif key in SCALE_KEYS:
            scale = SCALE_KEYS[key]
            self.armed = None if self.armed == scale else scale
            self.update()
        elif key in DIGITS:
            self._digit(DIGITS[key])
        elif key in (Qt.Key.Key_Question, Qt.Key.Key_H, Qt.Key.Key_F1):
            self.legend = not self.legend
            self.update()
        else:
            super().keyPressEvent(event)

    def _digit(self, digit: int) -> None:
        if self.armed is None:
            self._show_toast(tr("Press G (goal), E (ease) or M (emotion) first"))
            return
        value = key_to_value(self.armed, digit)
        if value is None:
            self._show_toast(tr("Votes are 1 to 5"))
            return
        self.vote(self.armed, value)

    def focusNextPrevChild(self, next: bool) -> bool:  # Qt names the argument
        return False  # Tab cycles personas instead

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), PAPER)
            self._card_rects = paint_slide(painter, self.width(), self.height(), self.slide())
        finally:
            painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click on a card highlights its step (the cursor shows on movement)."""
        if self.pending is None and event.button() == Qt.MouseButton.LeftButton:
            for step_id, rect in self._card_rects.items():
                if rect.contains(event.position()):
                    self.step_id = step_id
                    self.update()
                    return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.setCursor(Qt.CursorShape.ArrowCursor)
        self._cursor_timer.start()
        super().mouseMoveEvent(event)

    def closeEvent(self, event) -> None:
        self._toast_timer.stop()
        self._cursor_timer.stop()
        if self._own_analysis:
            self.analysis.stop()
        super().closeEvent(event)
        self.closed.emit()

    # -- model updates --------------------------------------------------------

    def _on_changed(self, change: Change) -> None:
        self._marks = None
        journey = self.document.journey
        if self.persona_id is not None and not journey.has("personas", self.persona_id):
            self.persona_id = None
            self.profile = False
        if self.step_id is not None and not journey.has("steps", self.step_id):
            self._go_to_slot(self._slot_index())
        elif self.step_id is not None:
            step = journey.find("steps", self.step_id)
            stages = [s.id for s in journey.stages]
            if step is not None and step.stage_id in stages:
                self.stage_index = stages.index(step.stage_id)
        self.update()

    def _on_replaced(self) -> None:
        self.tally.clear()
        self.pending = None
        self.profile = False
        self.persona_id = None
        self._marks = None
        self._go_to_slot(0)

    def _on_analysis(self) -> None:
        self._marks = None
        self.update()

    def _show_toast(self, text: str) -> None:
        self.toast = text
        self._toast_timer.start()
        self.update()

    def _clear_toast(self) -> None:
        self.toast = ""
        self.update()


def _shown(scale: str, value: float) -> str:
    """A vote as said in the room: ``"2"``, ``"−1"``, ``"+2"``."""
    return shown_value(scale, value, denominator=False)
