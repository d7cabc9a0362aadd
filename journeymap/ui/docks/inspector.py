"""The inspector: edits every field of the selected item, or of the journey
when nothing is selected.

Each change is an edit pushed through the document; typing in one field is
pushed as mergeable, so a typed word is one undo entry. An edit the model
refuses is shown under the form, next to the field, and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journeymap.model import (
    EASE,
    EMOTION,
    GOAL,
    Change,
    ChannelKind,
    Edit,
    EditError,
    MaturityArea,
    OpportunityStatus,
    Ownership,
    RatingSource,
    ServiceLevel,
    SetRating,
    StepKind,
    UpdateItem,
    UpdateJourney,
)
from journeymap.ui.docks.inspector_fields import FieldSpec, ItemForm, OptionalNumberBox, RatingBox
from journeymap.ui.document.editor_document import EditorDocument
from journeymap.ui.document.selection import Selection

__all__ = ["InspectorDock", "InspectorPanel", "RatingsEditor"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


def _enum_choices(enum: Any, optional: bool = False) -> list[tuple[str, Any]]:
    choices = [(_tr(m.value.replace("_", " ")), m.value) for m in enum]
    return [(_tr("(none)"), None), *choices] if optional else choices


def _specs(document: EditorDocument) -> dict[str, list[FieldSpec]]:
    def ref(collection: str, attr: str, optional: bool):
        def choices():
            items = [
                (getattr(i, attr) or i.id, i.id) for i in document.journey.collection(collection)
            ]
            return [(_tr("(none)"), None), *items] if optional else items

        return choices

    text, number = "text", "number"
    return {
        "journey": [
            FieldSpec("title", _tr("Title")),
            FieldSpec("description", _tr("Description"), text),
            FieldSpec("language", _tr("Language"), tip=_tr("A language code such as en or fi")),
        ],
        "personas": [
            FieldSpec("name", _tr("Name")),
            FieldSpec("role", _tr("Role or segment")),
            FieldSpec("description", _tr("Description"), text),
            FieldSpec("goals", _tr("Goals"), text),
            FieldSpec("needs", _tr("Needs"), text),
            FieldSpec("frustrations", _tr("Frustrations"), text),
            FieldSpec("quote", _tr("Quote"), text),
            FieldSpec("colour", _tr("Colour"), tip=_tr("#rrggbb, e.g. #0072b2")),
            FieldSpec("share", _tr("Share of customers"), number, low=0, high=1, decimals=2),
            FieldSpec(
                "shared_source",
                _tr("Shared from"),
                tip=_tr("library.json#id: the shared item this is a copy of; empty = its own"),
            ),
        ],
        "stages": [
            FieldSpec("name", _tr("Name")),
            FieldSpec("description", _tr("Description"), text),
        ],
        "channels": [
            FieldSpec("name", _tr("Name")),
            FieldSpec("kind", _tr("Kind"), "choice", _enum_choices(ChannelKind)),
            FieldSpec("owner", _tr("Owner"), tip=_tr("The team or partner that runs it")),
            FieldSpec("ownership", _tr("Run by"), "choice", _enum_choices(Ownership)),
            FieldSpec(
                "service_level",
                _tr("Service level"),
                "choice",
                _enum_choices(ServiceLevel, optional=True),
                tip=_tr("Its steps take this level unless they have their own"),
            ),
            FieldSpec(
                "shared_source",
                _tr("Shared from"),
                tip=_tr("library.json#id: the shared item this is a copy of; empty = its own"),
            ),
        ],
        "steps": [
            FieldSpec("title", _tr("Title")),
            FieldSpec("stage_id", _tr("Stage"), "choice", ref("stages", "name", False)),
            FieldSpec("channel_id", _tr("Channel"), "choice", ref("channels", "name", True)),
            FieldSpec("kind", _tr("Kind"), "choice", _enum_choices(StepKind)),
            FieldSpec("goal", _tr("Customer's goal")),
            FieldSpec("doing", _tr("Doing"), text),
            FieldSpec("thinking", _tr("Thinking"), text),
            FieldSpec("feeling", _tr("Feeling"), text),
            FieldSpec("owner", _tr("Owner"), tip=_tr("Team, role or partner behind it")),
            FieldSpec("backstage", _tr("Backstage"), text),
            FieldSpec("description", _tr("Description"), text),
            FieldSpec("volume", _tr("Customers"), number, tip=_tr("How many reached this step")),
            FieldSpec(
                "duration_min", _tr("Duration"), number, high=10**7, decimals=1, suffix=" min"
            ),
            FieldSpec("cost_eur", _tr("Cost"), number, high=10**12, decimals=2, suffix=" €"),
            FieldSpec(
                "service_level",
                _tr("Service level"),
                "choice",
                _enum_choices(ServiceLevel, optional=True),
                tip=_tr("(none) takes the level of the step's channel"),
            ),
            FieldSpec("tags", _tr("Tags"), "tags"),
            FieldSpec("evidence", _tr("Evidence"), text),
            FieldSpec(
                "journey_link",
                _tr("Sub-journey"),
                tip=_tr("A journey file, relative to this one; a double click opens it"),
            ),
        ],
        "transitions": [
            FieldSpec("source", _tr("From"), "choice", ref("steps", "title", False)),
            FieldSpec("target", _tr("To"), "choice", ref("steps", "title", False)),
            FieldSpec("label", _tr("Label")),
            FieldSpec("volume", _tr("Customers"), number),
            FieldSpec(
                "share",
                _tr("Share"),
                number,
                low=0,
                high=1,
                decimals=2,
                tip=_tr("Share of the source step's customers, 0–1"),
            ),
        ],
        "opportunities": [
            FieldSpec("title", _tr("Title")),
            FieldSpec("description", _tr("Description"), text),
            FieldSpec("step_ids", _tr("Steps"), "checklist", ref("steps", "title", False)),
            FieldSpec("owner", _tr("Owner")),
            FieldSpec("impact", _tr("Impact"), number, low=1, high=5, tip=_tr("1 = low, 5 = high")),
            FieldSpec("effort", _tr("Effort"), number, low=1, high=5, tip=_tr("1 = low, 5 = high")),
            FieldSpec(
                "areas",
                _tr("Maturity areas"),
                "checklist",
                _enum_choices(MaturityArea),
                tip=_tr("The CX maturity areas this opportunity improves"),
            ),
            FieldSpec("status", _tr("Status"), "choice", _enum_choices(OpportunityStatus)),
            FieldSpec(
                "priority",
                _tr("Priority"),
                number,
                low=0,
                high=100,
                tip=_tr("0–100, set by hand; empty = computed from impact, effort and pain"),
            ),
        ],
    }


class RatingsEditor(QWidget):
    """Goal, ease and emotion of one step for every persona, plus n, source and note."""

    COLUMNS = ("goal", "ease", "emotion", "n", "source", "note")

    def __init__(self, panel: InspectorPanel):
        super().__init__(panel)
        self.panel = panel
        self.step_id: str | None = None
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[tuple[str, str], OptionalNumberBox | QComboBox | QLineEdit] = {}
        self._signature: tuple | None = None

    def show_step(self, step_id: str) -> None:
        journey = self.panel.document.journey
        signature = tuple((p.id, p.name, p.colour) for p in journey.personas)
        if signature != self._signature:
            self._signature = signature
            self._build()
        self.step_id = step_id
        for persona in journey.personas:
            rating = journey.rating(step_id, persona.id)
            for column in self.COLUMNS:
                widget = self.boxes[(persona.id, column)]
                value = getattr(rating, column) if rating is not None else None
                widget.blockSignals(True)
                if isinstance(widget, OptionalNumberBox):
                    if widget.number() != value:
                        widget.set_number(value)
                elif isinstance(widget, QComboBox):
                    widget.setCurrentIndex(max(0, widget.findData(value)))
                elif widget.text() != (value or ""):
                    widget.setText(value or "")
                widget.blockSignals(False)

    def _build(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.boxes.clear()
        journey = self.panel.document.journey
        if not journey.personas:
            hint = QLabel(_tr("Add a persona (Insert ▸ Persona) to rate this step."))
            hint.setWordWrap(True)
            self.grid.addWidget(hint, 0, 0)
            return
        for col, text in enumerate((_tr("Goal"), _tr("Ease"), _tr("Emotion"))):
            self.grid.addWidget(QLabel(f"<b>{text}</b>"), 0, col)
        row = 1
        for persona in journey.personas:
            name = QLabel(f"<span style='color:{persona.colour}'>●</span> {persona.name}")
            name.setToolTip(persona.role or persona.name)
            self.grid.addWidget(name, row, 0, 1, 3)
            for col, scale in enumerate((GOAL, EASE, EMOTION)):
                box = RatingBox(scale)
                box.setObjectName(f"rating_{persona.id}_{scale.name}")
                box.valueChanged.connect(self._committer(persona.id, scale.name, box.number))
                self.grid.addWidget(box, row + 1, col)
                self.boxes[(persona.id, scale.name)] = box
            n_box = OptionalNumberBox(0, 10**9)
            n_box.setPrefix("n = ")
            n_box.setToolTip(_tr("How many answers the values summarise"))
            n_box.valueChanged.connect(self._committer(persona.id, "n", partial(_int, n_box)))
            source = QComboBox()
            source.setToolTip(_tr("Where the ratings come from"))
            for label, value in _enum_choices(RatingSource, optional=True):
                source.addItem(label, value)
            source.activated.connect(
                self._committer(persona.id, "source", source.currentData, False)
            )
            note = QLineEdit()
            note.setPlaceholderText(_tr("Note"))
            note.textEdited.connect(self._committer(persona.id, "note", note.text))
            for column, widget in (("n", n_box), ("source", source), ("note", note)):
                widget.setObjectName(f"rating_{persona.id}_{column}")
                self.boxes[(persona.id, column)] = widget
            self.grid.addWidget(n_box, row + 2, 0)
            self.grid.addWidget(source, row + 2, 1, 1, 2)
            self.grid.addWidget(note, row + 3, 0, 1, 3)
            row += 4
        for col in range(3):
            self.grid.setColumnStretch(col, 1)

    def _committer(
        self, persona_id: str, field: str, read: Callable[[], Any], typing: bool = True
    ) -> Callable[..., None]:
        def commit(*_args: object) -> None:
            if self.step_id is not None:
                edit = SetRating(self.step_id, persona_id, {field: read()})
                self.panel.push(edit, typing)

        return commit


def _int(box: OptionalNumberBox) -> int | None:
    value = box.number()
    return None if value is None else int(value)


class InspectorPanel(QWidget):
    """The forms, one per kind of item, and the inline message under them."""

    def __init__(self, document: EditorDocument, selection: Selection, parent=None):
        super().__init__(parent)
        self.document = document
        self.selection = selection
        self.current: tuple[str, Any] | None = None
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)
        self.forms: dict[str, ItemForm] = {}
        self._first_refresh = True
        for kind, specs in _specs(document).items():
            form = ItemForm(specs)
            form.edited.connect(self._form_edited)
            self.forms[kind] = form
            self.stack.addWidget(form)
        self.ratings_title = QLabel(self.tr("<b>Ratings per persona</b>"))
        self.ratings = RatingsEditor(self)
        layout.addWidget(self.ratings_title)
        layout.addWidget(self.ratings)
        self.message = QLabel()
        self.message.setObjectName("inspector_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b2182b;")
        self.message.hide()
        layout.addWidget(self.message)
        layout.addStretch(1)
        selection.changed.connect(self.refresh)
        document.changed.connect(self._document_changed)
        document.replaced.connect(self.refresh)
        self.refresh()

    def push(self, edit: Edit, typing: bool) -> bool:
        try:
            self.document.push(edit, mergeable=typing)
        except EditError as exc:
            self.message.setText("⚠ " + str(exc))
            self.message.show()
            return False
        self.message.hide()
        return True

    def _form_edited(self, field: str, value: Any, typing: bool) -> None:
        edit: Edit
        if self.current is None:
            edit = UpdateJourney({field: value})
        else:
            edit = UpdateItem(self.current[0], self.current[1], {field: value})
        self.push(edit, typing)

    def _target(self) -> tuple[str, Any] | None:
        current = self.selection.current
        if current is not None and current[0] == "ratings":
            current = ("steps", current[1][0])
        if current is None or not self.document.journey.has(*current):
            return None
        return current

    def refresh(self) -> None:
        target = self._target()
        if target != self.current:
            self.message.hide()
        self.current = target
        journey = self.document.journey
        kind = "journey" if target is None else target[0]
        item = journey if target is None else journey.find(*target)
        form = self.forms[kind]
        form.load(item)
        if self.stack.currentWidget() is not form or self._first_refresh:
            # Only the shown form counts for the height, so short forms leave no gap.
            self._first_refresh = False
            for page in self.forms.values():
                policy = (
                    QSizePolicy.Policy.Preferred if page is form else QSizePolicy.Policy.Ignored
                )
                page.setSizePolicy(policy, policy)
            self.stack.setCurrentWidget(form)
            self.stack.adjustSize()
        is_step = kind == "steps"
        self.ratings_title.setVisible(is_step)
        self.ratings.setVisible(is_step)
        if is_step and target is not None:
            self.ratings.show_step(target[1])
        self.heading.setText(self._heading(kind, item))

    def _heading(self, kind: str, item: Any) -> str:
        nouns = {
            "journey": self.tr("Journey"),
            "personas": self.tr("Persona"),
            "stages": self.tr("Stage"),
            "channels": self.tr("Channel"),
            "steps": self.tr("Step"),
            "transitions": self.tr("Transition"),
            "opportunities": self.tr("Opportunity"),
        }
        name = getattr(item, "title", None) or getattr(item, "name", None) or ""
        text = f"{nouns[kind]} · {name}" if name else nouns[kind]
        count = len(self.selection.items)
        if count > 1:
            text += "\n" + self.tr("{count} selected; showing the last one").format(count=count)
        return text

    def _document_changed(self, change: Change) -> None:
        target = self.current
        if target is None:
            if change.journey or change.structural:
                self.refresh()
            return
        collection, key = target
        touched = key in change.keys(collection) or change.structural
        if collection == "steps":
            touched = touched or key in change.touched_steps() or bool(change.keys("personas"))
        if touched:
            self.refresh()


class InspectorDock(QDockWidget):
    """The inspector panel in a scrollable dock (View ▸ Inspector)."""

    def __init__(self, document: EditorDocument, selection: Selection, parent=None):
        super().__init__(self.tr("Inspector"), parent)
        self.setObjectName("inspector_dock")
        self.panel = InspectorPanel(document, selection)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.panel)
        self.setWidget(scroll)
