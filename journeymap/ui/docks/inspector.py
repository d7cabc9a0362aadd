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
    QCheckBox,
    QComboBox,
    QDockWidget,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journeymap.analysis.evidence import measurement_interval, rating_estimates
from journeymap.canvas.analysis_text import interval_text, mean_text, measure_text, source_text
from journeymap.model import (
    EASE,
    EMOTION,
    GOAL,
    Change,
    ChannelKind,
    Edit,
    EditError,
    MaturityArea,
    Measurement,
    OpportunityStatus,
    Ownership,
    RatingSource,
    RemoveItems,
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
            FieldSpec(
                "rating_sources",
                _tr("Sources that count"),
                "checklist",
                lambda: [(source_text(s.value), s.value) for s in RatingSource],
                tip=_tr(
                    "The ratings on the map and in the analysis are the n-weighted mean of "
                    "the measurements of these sources"
                ),
            ),
        ],
        "personas": [
            FieldSpec("name", _tr("Name")),
            FieldSpec("role", _tr("Role or segment")),
            FieldSpec("description", _tr("Description"), text),
            FieldSpec("goals", _tr("Goals"), text),
            FieldSpec("needs", _tr("Needs"), text),
            FieldSpec("frustrations", _tr("Frustrations"), text),
            FieldSpec("quote", _tr("Quote"), text),
            FieldSpec("picture", _tr("Picture"), "picture"),
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
    """The ratings of one step for every persona, and the measurements behind them.

    Per persona: goal, ease and emotion as typed for one source (the *entry
    source*: the source and label of the step's first measurement for the
    persona, or the one chosen in the source box), its ``n`` and note; a line
    saying what the counted measurements combine to, with the 95 % interval;
    and the list of every measurement (source, label, period, mean, n,
    interval) with a *counts* box (exclude without deleting) and a delete
    button. Every change is an undoable edit.

    Choosing another source for an estimate moves the estimate to that source
    (the values were typed, then their origin said); for measurements of a
    real source it starts a new measurement of the chosen source beside them.
    """

    COLUMNS = ("goal", "ease", "emotion", "n", "source", "note")

    def __init__(self, panel: InspectorPanel):
        super().__init__(panel)
        self.panel = panel
        self.step_id: str | None = None
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[tuple[str, str], OptionalNumberBox | QComboBox | QLineEdit] = {}
        self.summaries: dict[str, QLabel] = {}
        self.tables: dict[str, QWidget] = {}
        """Per persona, the list of its measurements for the step."""
        self.entry: dict[str, tuple[RatingSource, str]] = {}
        """Per persona, the source and label typed values go to, once chosen."""
        self._signature: tuple | None = None

    # -- which measurements the boxes show -------------------------------------

    def entry_source(self, persona_id: str) -> tuple[RatingSource, str]:
        """The source and label the persona's boxes show and write."""
        if persona_id in self.entry:
            return self.entry[persona_id]
        journey = self.panel.document.journey
        if self.step_id is not None:
            for m in journey.measurements_of(self.step_id, persona_id):
                return (m.source, m.label)
        return (RatingSource.ESTIMATE, "")

    def _group(self, persona_id: str) -> dict[str, Measurement]:
        if self.step_id is None:
            return {}
        source, label = self.entry_source(persona_id)
        return {
            m.measure.value: m
            for m in self.panel.document.journey.measurements_of(self.step_id, persona_id)
            if m.source == source and m.label == label
        }

    def show_step(self, step_id: str) -> None:
        journey = self.panel.document.journey
        signature = tuple((p.id, p.name, p.colour) for p in journey.personas)
        if signature != self._signature:
            self._signature = signature
            self._build()
        if step_id != self.step_id:
            self.entry.clear()
        self.step_id = step_id
        for persona in journey.personas:
            group = self._group(persona.id)
            first = next(iter(group.values()), None)
            source, label = self.entry_source(persona.id)
            values: dict[str, Any] = {
                "goal": group["goal"].mean if "goal" in group else None,
                "ease": group["ease"].mean if "ease" in group else None,
                "emotion": group["emotion"].mean if "emotion" in group else None,
                "n": first.n if first is not None else None,
                "source": (source.value, label),
                "note": first.note if first is not None else "",
            }
            for column in self.COLUMNS:
                widget = self.boxes[(persona.id, column)]
                value = values[column]
                widget.blockSignals(True)
                if isinstance(widget, OptionalNumberBox):
                    if first is not None and widget.number() != value:
                        widget.set_number(value)
                    elif first is None and column != "n":
                        widget.set_number(None)
                elif isinstance(widget, QComboBox):
                    self._fill_sources(widget, persona.id, value)
                elif first is not None and widget.text() != (value or ""):
                    widget.setText(value or "")
                widget.blockSignals(False)
            self._show_evidence(persona.id)

    def _fill_sources(self, box: QComboBox, persona_id: str, current: tuple[str, str]) -> None:
        """The persona's existing sources (with their labels), then every source."""
        assert self.step_id is not None
        journey = self.panel.document.journey
        choices: list[tuple[str, str]] = []
        for m in journey.measurements_of(self.step_id, persona_id):
            if (m.source.value, m.label) not in choices:
                choices.append((m.source.value, m.label))
        choices += [(s.value, "") for s in RatingSource if (s.value, "") not in choices]
        if current not in choices:
            choices.insert(0, current)
        box.clear()
        for source, label in choices:
            box.addItem(source_text(source, label), (source, label))
        box.setCurrentIndex(choices.index(current))

    def _show_evidence(self, persona_id: str) -> None:
        assert self.step_id is not None
        journey = self.panel.document.journey
        measurements = journey.measurements_of(self.step_id, persona_id)
        estimates = rating_estimates(journey, [(self.step_id, persona_id)])
        summary = self.summaries[persona_id]
        lines = [
            _tr("{measure} {mean} · n = {n}").format(
                measure=measure_text(e.measure.value), mean=mean_text(e.mean), n=e.n
            )
            + (
                " · " + _tr("95 % {interval}").format(interval=interval_text(e.ci_low, e.ci_high))
                if e.ci_low is not None
                else ""
            )
            for e in estimates
        ]
        if any(e.estimated for e in estimates):
            lines.append(_tr("Values without n are estimates (one answer each)."))
        summary.setText("\n".join(lines))
        summary.setVisible(bool(lines))
        box = self.tables[persona_id]
        layout = box.layout()
        assert isinstance(layout, QVBoxLayout)
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone at once; deleted when the event loop gets to it
                widget.setParent(None)
                widget.deleteLater()
        for row, m in enumerate(measurements):
            layout.addWidget(self._measurement_row(persona_id, row, m))
        box.setVisible(bool(measurements))

    def _measurement_row(self, persona_id: str, row: int, m: Measurement) -> QWidget:
        """One measurement: a box to count it, what it says, a button to delete it."""
        journey = self.panel.document.journey
        line = QWidget()
        line.setObjectName(f"measurement_{persona_id}_{row}")
        h = QHBoxLayout(line)
        h.setContentsMargins(0, 0, 0, 0)
        h.setSpacing(4)
        counted = QCheckBox()
        counted.setObjectName(f"count_measurement_{persona_id}_{row}")
        counted.setChecked(not m.excluded)
        counted.setToolTip(_tr("Count this measurement in the rating (kept either way)"))
        counted.toggled.connect(partial(self._toggled, m.key))
        low, high = measurement_interval(m)
        first = [
            f"{measure_text(m.measure.value)} {mean_text(m.mean)}",
            f"n = {m.n}" if m.n is not None else _tr("estimate"),
        ]
        if low is not None:
            first.append(_tr("95 % {interval}").format(interval=interval_text(low, high)))
        second = [source_text(m.source.value, m.label)]
        if m.period:
            second.append(m.period)
        if m.excluded:
            second.append(_tr("not counted"))
        text = QLabel(" · ".join(first) + "\n" + " · ".join(second))
        text.setTextFormat(Qt.TextFormat.PlainText)
        if m.excluded or not journey.counts(m):
            text.setStyleSheet("color: gray;")
            if not m.excluded:
                text.setToolTip(_tr("Its source does not count (see the journey's sources)"))
        if m.note:
            text.setToolTip(m.note)
        remove = QToolButton()
        remove.setText("✕")
        remove.setObjectName(f"remove_measurement_{persona_id}_{row}")
        remove.setToolTip(_tr("Delete this measurement"))
        remove.setAutoRaise(True)
        remove.clicked.connect(partial(self._remove, m.key))
        h.addWidget(counted)
        h.addWidget(text, 1)
        h.addWidget(remove)
        return line

    def _toggled(self, key: tuple, checked: bool) -> None:
        self.panel.push(UpdateItem("measurements", key, {"excluded": not checked}), False)

    def _remove(self, key: tuple) -> None:
        self.panel.push(RemoveItems("measurements", [key]), False)

    def _build(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.boxes.clear()
        self.summaries.clear()
        self.tables.clear()
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
            source.setToolTip(
                _tr("Which source the values above are from; typing writes that source's values")
            )
            source.activated.connect(partial(self._source_chosen, persona.id, source))
            note = QLineEdit()
            note.setPlaceholderText(_tr("Note"))
            note.textEdited.connect(self._committer(persona.id, "note", note.text))
            for column, widget in (("n", n_box), ("source", source), ("note", note)):
                widget.setObjectName(f"rating_{persona.id}_{column}")
                self.boxes[(persona.id, column)] = widget
            self.grid.addWidget(n_box, row + 2, 0)
            self.grid.addWidget(source, row + 2, 1, 1, 2)
            self.grid.addWidget(note, row + 3, 0, 1, 3)
            summary = QLabel()
            summary.setObjectName(f"rating_{persona.id}_summary")
            summary.setTextFormat(Qt.TextFormat.PlainText)
            self.grid.addWidget(summary, row + 4, 0, 1, 3)
            listing = QWidget()
            listing.setObjectName(f"measurements_{persona.id}")
            listing_layout = QVBoxLayout(listing)
            listing_layout.setContentsMargins(0, 0, 0, 6)
            listing_layout.setSpacing(0)
            self.grid.addWidget(listing, row + 5, 0, 1, 3)
            self.summaries[persona.id] = summary
            self.tables[persona.id] = listing
            row += 6
        for col in range(3):
            self.grid.setColumnStretch(col, 1)

    def _source_chosen(self, persona_id: str, box: QComboBox, _index: int = 0) -> None:
        data = box.currentData()
        if self.step_id is None or data is None:
            return
        source, label = RatingSource(data[0]), data[1]
        current_source, current_label = self.entry_source(persona_id)
        if (source, label) == (current_source, current_label):
            return
        group = self._group(persona_id)
        self.entry[persona_id] = (source, label)
        if group and current_source == RatingSource.ESTIMATE and current_label == label:
            # Typed values whose origin is now said: the estimate becomes that source's.
            edit = SetRating(
                self.step_id, persona_id, {"source": source}, evidence_label=current_label
            )
            if not self.panel.push(edit, False):
                self.entry[persona_id] = (current_source, current_label)
        self.show_step(self.step_id)

    def _committer(
        self, persona_id: str, field: str, read: Callable[[], Any], typing: bool = True
    ) -> Callable[..., None]:
        def commit(*_args: object) -> None:
            if self.step_id is None:
                return
            source, label = self.entry_source(persona_id)
            changes: dict[str, Any] = {field: read(), "source": source}
            group = self._group(persona_id)
            if not group:
                if field in ("n", "note"):
                    return  # kept in its box until a value comes
                n_box = self.boxes[(persona_id, "n")]
                note_box = self.boxes[(persona_id, "note")]
                assert isinstance(n_box, OptionalNumberBox) and isinstance(note_box, QLineEdit)
                changes["n"] = _int(n_box)
                changes["note"] = note_box.text()
            self.entry[persona_id] = (source, label)
            edit = SetRating(self.step_id, persona_id, changes, evidence_label=label)
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
