"""Field widgets of the inspector, and a form built from a list of field specs.

Number boxes hold only values the model accepts: their range is the model's,
and the lowest position of the box means "missing" (shown as "–"), so an
out-of-range value cannot be entered.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from journeymap.model import Scale
from journeymap.ui.docks.picture_box import PictureBox

__all__ = ["FieldSpec", "ItemForm", "OptionalNumberBox", "RatingBox"]

MISSING_TEXT = "–"


class OptionalNumberBox(QDoubleSpinBox):
    """A number in ``low..high`` or missing (the position below ``low``).

    Values between "missing" and ``low`` are never accepted.
    """

    def __init__(
        self,
        low: float,
        high: float,
        *,
        decimals: int = 0,
        step: float = 1.0,
        suffix: str = "",
        parent: QWidget | None = None,
    ):
        self.low = low
        self.missing_at = low - step
        super().__init__(parent)
        self.setDecimals(decimals)
        self.setSingleStep(step)
        self.setRange(self.missing_at, high)
        self.setSpecialValueText(MISSING_TEXT)
        self.setSuffix(suffix)
        self.setKeyboardTracking(True)
        self.setAccelerated(True)
        self.setCorrectionMode(QDoubleSpinBox.CorrectionMode.CorrectToPreviousValue)

    def number(self) -> float | None:
        value = self.value()
        return None if value < self.low else value

    def set_number(self, value: float | None) -> None:
        with QSignalBlocker(self):
            self.setValue(self.missing_at if value is None else value)

    def textFromValue(self, value: float) -> str:
        if value < self.low:
            return MISSING_TEXT
        if not self.decimals():
            return f"{value:.0f}"
        text = f"{value:.{self.decimals()}f}".rstrip("0").rstrip(".")
        return text.replace(".", self.locale().decimalPoint())  # 0,5 in Finnish

    def valueFromText(self, text: str) -> float:
        body = self._body(text)
        if body in ("", MISSING_TEXT, "-", "—"):
            return self.missing_at
        try:
            return float(body.replace(",", "."))
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        body = self._body(text)
        if body in ("", MISSING_TEXT):
            return QValidator.State.Acceptable, text, pos
        if body in ("-", "+", ".", ",", "-.", "+."):
            return QValidator.State.Intermediate, text, pos
        try:
            value = float(body.replace(",", "."))
        except ValueError:
            return QValidator.State.Invalid, text, pos
        if round(value, self.decimals()) != value:
            return QValidator.State.Invalid, text, pos
        if self.low <= value <= self.maximum():
            return QValidator.State.Acceptable, text, pos
        # "0" on the way to "0.5" is not wrong yet; beyond the range it is.
        return (
            QValidator.State.Intermediate if value < self.low else QValidator.State.Invalid,
            text,
            pos,
        )

    def _body(self, text: str) -> str:
        body = text.strip()
        if self.prefix() and body.startswith(self.prefix().strip()):
            body = body[len(self.prefix().strip()) :].strip()
        if self.suffix() and body.endswith(self.suffix().strip()):
            body = body[: -len(self.suffix().strip())].strip()
        return body


class RatingBox(OptionalNumberBox):
    """One rating (goal, ease or emotion) on its scale; "–" means missing."""

    def __init__(self, scale: Scale, parent: QWidget | None = None):
        self.scale = scale
        super().__init__(scale.low, scale.high, decimals=1, step=1.0, parent=parent)
        self.setToolTip(
            self.tr("{name}: {low:g} = {low_label}, {high:g} = {high_label}; “–” = missing").format(
                name=scale.name,
                low=scale.low,
                low_label=scale.low_label,
                high=scale.high,
                high_label=scale.high_label,
            )
        )

    def textFromValue(self, value: float) -> str:
        text = super().textFromValue(value)
        if self.scale.low < 0 and value > 0:
            return "+" + text
        return text


@dataclass(frozen=True)
class FieldSpec:
    """One field of a form: the model attribute, its label, and the widget kind.

    ``kind`` is ``line``, ``text``, ``choice`` (``choices``: (label, value) pairs,
    or a callable giving them), ``number`` (``low``/``high``/``decimals``,
    missing allowed), ``tags``, ``checklist`` (a callable giving (label, value)) or
    ``picture`` (a persona's picture, :class:`~journeymap.ui.docks.picture_box.PictureBox`).
    """

    name: str
    label: str
    kind: str = "line"
    choices: Sequence[tuple[str, Any]] | Callable[[], Sequence[tuple[str, Any]]] = ()
    low: float = 0
    high: float = 10**12
    decimals: int = 0
    suffix: str = ""
    tip: str = ""


class ItemForm(QWidget):
    """A form for one kind of item; emits :attr:`edited` with (field, value, typing)."""

    edited = Signal(str, object, bool)

    def __init__(self, specs: Sequence[FieldSpec], parent: QWidget | None = None):
        super().__init__(parent)
        self.specs = list(specs)
        self.widgets: dict[str, QWidget] = {}
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        for spec in self.specs:
            widget = self._make(spec)
            if spec.tip:
                widget.setToolTip(spec.tip)
            label = QLabel(spec.label)
            label.setBuddy(widget)
            self.layout_.addRow(label, widget)
            self.widgets[spec.name] = widget

    def _make(self, spec: FieldSpec) -> QWidget:
        widget: QWidget
        if spec.kind == "text":
            widget = self._text_box(spec.name)
        elif spec.kind == "choice":
            widget = self._choice_box(spec.name)
        elif spec.kind == "number":
            widget = self._number_box(spec)
        elif spec.kind == "checklist":
            widget = self._checklist(spec.name)
        elif spec.kind == "picture":
            widget = PictureBox()
            widget.chosen.connect(partial(self._emit, spec.name, typing=False))
        else:
            widget = self._line_box(spec)
        widget.setObjectName(f"field_{spec.name}")
        return widget

    def _text_box(self, name: str) -> QPlainTextEdit:
        widget = QPlainTextEdit()
        widget.setTabChangesFocus(True)
        widget.setFixedHeight(widget.fontMetrics().lineSpacing() * 2 + 14)
        widget.textChanged.connect(lambda: self._emit(name, widget.toPlainText(), True))
        return widget

    def _choice_box(self, name: str) -> QComboBox:
        widget = QComboBox()
        widget.activated.connect(lambda _i: self._emit(name, widget.currentData(), False))
        return widget

    def _number_box(self, spec: FieldSpec) -> OptionalNumberBox:
        widget = OptionalNumberBox(spec.low, spec.high, decimals=spec.decimals, suffix=spec.suffix)
        if spec.decimals:
            widget.setSingleStep(10**-spec.decimals if spec.high <= 1 else 1)
            widget.missing_at = spec.low - widget.singleStep()
            widget.setMinimum(widget.missing_at)
        widget.valueChanged.connect(lambda _v: self._emit(spec.name, widget.number(), True))
        return widget

    def _checklist(self, name: str) -> QListWidget:
        widget = QListWidget()
        widget.setMaximumHeight(120)
        widget.itemChanged.connect(lambda _i: self._emit(name, self._checked(widget), False))
        return widget

    def _line_box(self, spec: FieldSpec) -> QLineEdit:
        name = spec.name
        widget = QLineEdit()
        widget.setClearButtonEnabled(spec.kind != "tags")
        if spec.kind == "tags":
            widget.setPlaceholderText(self.tr("comma, separated, tags"))
            widget.textEdited.connect(lambda t: self._emit(name, _tags(t), True))
        else:
            widget.textEdited.connect(lambda t: self._emit(name, t, True))
        return widget

    def _emit(self, name: str, value: Any, typing: bool) -> None:
        if not self.signalsBlocked():
            self.edited.emit(name, value, typing)

    @staticmethod
    def _checked(widget: QListWidget) -> tuple:
        return tuple(
            widget.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        )

    def load(self, item: Any) -> None:
        """Show ``item``'s values; a widget already showing the value is left alone
        (so the cursor of the field being typed in does not jump)."""
        with QSignalBlocker(self):
            for spec in self.specs:
                self._load_field(spec, getattr(item, spec.name))

    def _load_field(self, spec: FieldSpec, value: Any) -> None:
        widget = self.widgets[spec.name]
        blocker = QSignalBlocker(widget)
        if isinstance(widget, QPlainTextEdit):
            if widget.toPlainText() != value:
                widget.setPlainText(value)
        elif isinstance(widget, QComboBox):
            choices = list(spec.choices() if callable(spec.choices) else spec.choices)
            shown = [(widget.itemText(i), widget.itemData(i)) for i in range(widget.count())]
            if shown != choices:  # refill only when the choices changed
                widget.clear()
                for label, data in choices:
                    widget.addItem(label, data)
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif isinstance(widget, OptionalNumberBox):
            if widget.number() != value:
                widget.set_number(value)
        elif isinstance(widget, QListWidget):
            widget.clear()
            options = spec.choices() if callable(spec.choices) else spec.choices
            for label, data in options:
                row = QListWidgetItem(label, widget)
                row.setData(Qt.ItemDataRole.UserRole, data)
                row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                row.setCheckState(
                    Qt.CheckState.Checked if data in value else Qt.CheckState.Unchecked
                )
        elif isinstance(widget, PictureBox):
            if widget.uri != value:
                widget.set_uri(value)
        elif isinstance(widget, QLineEdit):
            text = ", ".join(value) if spec.kind == "tags" else str(value)
            same_tags = spec.kind == "tags" and _tags(widget.text()) == tuple(value)
            if not same_tags and widget.text() != text:
                widget.setText(text)
                if not widget.hasFocus():
                    widget.setCursorPosition(0)  # show a long text from its start
        del blocker


def _tags(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(t.strip() for t in text.split(",") if t.strip()))
