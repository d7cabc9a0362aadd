"""File ▸ Import Evidence…: survey answers and event logs into the open journey.

Two tabs build what the command line's ``journeymap evidence survey`` and
``journeymap evidence flows`` take. The survey tab shows the first answers of
the file and lets the user say, per column, which step and measure it answers
and on which scale, and which column tells the persona; the mapping can be
saved as JSON for next month's export and loaded again. The event-log tab
picks the columns (guessed first), the engine and whether to add the moves the
design lacks. Both show the same report as the command line, in a table, and
change the journey through one undoable edit.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from journeymap.model.edits import AddItem, CompositeEdit, Edit, UpdateItem
from journeymap.model.evidence import MEASURES
from journeymap.model.journey import Journey

if TYPE_CHECKING:
    from journeymap.evidence.apply import FlowResult
    from journeymap.evidence.flows import FlowCounts
    from journeymap.evidence.mapping import SurveyMapping
    from journeymap.evidence.survey import SurveyImport
    from journeymap.evidence.tables import AnswersTable

__all__ = ["EvidenceDialog", "evidence_edit", "install_evidence_import"]

PREVIEW_ROWS = 5
MAPPING_FILTER = "Mapping (*.json);;All files (*)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("EvidenceDialog", text)


class _Numbers:
    """Numbers as the editor writes them (the locale's grouping and decimal mark)."""

    @staticmethod
    def count(value: float | None) -> str:
        from journeymap.canvas.analysis_text import count_text

        return count_text(value)

    @staticmethod
    def rate(value: float | None) -> str:
        from journeymap.canvas.analysis_text import rate_text

        return rate_text(value)


def _formatter() -> _Numbers:
    return _Numbers()


def evidence_edit(old: Journey, new: Journey, label: str) -> Edit | None:
    """One undoable edit that turns ``old``'s measurements, step and transition
    volumes into ``new``'s (added transitions and measurements included);
    ``None`` when nothing differs."""
    edits: list[Edit] = []
    before = {m.key: m for m in old.measurements}
    for m in new.measurements:
        was = before.get(m.key)
        if was is None:
            edits.append(AddItem("measurements", m))
        elif was != m:
            fields = ("mean", "n", "sd", "counts", "period", "excluded", "note")
            changes = {f: getattr(m, f) for f in fields if getattr(m, f) != getattr(was, f)}
            edits.append(UpdateItem("measurements", m.key, changes))
    for name in ("steps", "transitions"):
        known = {item.id: item for item in getattr(old, name)}
        for item in getattr(new, name):
            was = known.get(item.id)
            if was is None:
                edits.append(AddItem(name, item))
            elif was.volume != item.volume:
                edits.append(UpdateItem(name, item.id, {"volume": item.volume}))
    return CompositeEdit(edits, label) if edits else None


def _table(headers: list[str], stretch: int | None = 0) -> QTableWidget:
    """A read-only table whose column ``stretch`` takes the room the others leave."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None and headers:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if text[:1].isdigit() or text[:1] in "−+-":
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


class _FileRow(QWidget):
    def __init__(self, dialog: EvidenceDialog, title: str, filters: str) -> None:
        super().__init__()
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        browse = QPushButton(_tr("&Browse…"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self._dialog, self._title, self._filters = dialog, title, filters
        browse.clicked.connect(self.browse)
        self.chosen: list[Any] = []

    def browse(self) -> None:
        window = self._dialog.window_
        path = window.dialogs.open_path(window, self._title, "", self._filters)
        if path:
            self.path.setText(path)
            for callback in self.chosen:
                callback(path)


class SurveyTab(QWidget):
    """Survey answers → survey measurements."""

    def __init__(self, dialog: EvidenceDialog) -> None:
        super().__init__()
        self.dialog = dialog
        self.table_data: AnswersTable | None = None
        self.file = _FileRow(
            dialog,
            _tr("Survey answers"),
            _tr("Survey answers (*.csv *.xlsx *.txt *.tsv);;All files (*)"),
        )
        self.file.chosen.append(self.load_answers)
        self.header_rows = QSpinBox()
        self.header_rows.setRange(0, 20)
        self.header_rows.setSpecialValueText(_tr("as recognised"))
        self.header_rows.valueChanged.connect(lambda _v: self.reload())
        self.kind = QLabel()
        self.persona_column = QComboBox()
        self.persona_column.currentIndexChanged.connect(lambda _i: self.persona_values_changed())
        self.label = QLineEdit()
        self.label.setPlaceholderText(_tr("e.g. Customer survey November 2026"))
        self.period = QLineEdit()
        self.period.setPlaceholderText(_tr("e.g. 2026-11-01/2026-11-30"))

        form = QFormLayout()
        form.addRow(_tr("&Answers:"), self.file)
        form.addRow(_tr("&Header rows:"), self.header_rows)
        form.addRow(_tr("Recognised as:"), self.kind)
        form.addRow(_tr("&Persona column:"), self.persona_column)
        form.addRow(_tr("&Label:"), self.label)
        form.addRow(_tr("P&eriod:"), self.period)

        self.preview = _table([], stretch=None)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.personas = _table([_tr("Answer"), _tr("Persona")], stretch=1)
        self.questions = _table(
            [_tr("Column"), _tr("Step"), _tr("Measure"), _tr("Scale")], stretch=3
        )
        self._first_column(self.questions, 260)
        self.questions.setEditTriggers(QTableWidget.EditTrigger.AllEditTriggers)
        self.report = _table(
            [
                _tr("Question"),
                _tr("Step"),
                _tr("Measure"),
                _tr("Used"),
                _tr("Blank"),
                _tr("Unmapped"),
                _tr("Unreadable (rows)"),
            ],
            stretch=None,
        )
        self._first_column(self.report, 200)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        load = QPushButton(_tr("L&oad Mapping…"))
        save = QPushButton(_tr("Sa&ve Mapping…"))
        load.clicked.connect(self.load_mapping)
        save.clicked.connect(self.save_mapping)
        buttons = QHBoxLayout()
        buttons.addWidget(load)
        buttons.addWidget(save)
        buttons.addStretch(1)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(QLabel(_tr("First answers:")))
        left.addWidget(self.preview, 2)
        left.addWidget(QLabel(_tr("Personas of the answers:")))
        left.addWidget(self.personas, 1)
        right = QVBoxLayout()
        hint = QLabel(
            _tr(
                "Questions: choose a step and a measure for each column that rates "
                "one; the scale is low-high (1-7) or the answers from worst to best, "
                "separated by ';'."
            )
        )
        hint.setWordWrap(True)
        right.addWidget(hint)
        right.addWidget(self.questions, 3)
        right.addLayout(buttons)
        right.addWidget(self.summary)
        right.addWidget(self.report, 2)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)

    @staticmethod
    def _first_column(table: QTableWidget, width: int) -> None:
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(0, width)

    # -- reading the answers ----------------------------------------------------

    def load_answers(self, path: str) -> None:
        self.file.path.setText(path)
        self.reload()

    def reload(self) -> None:
        from journeymap.evidence.tables import TableError, read_answers

        path = self.file.path.text()
        if not path:
            return
        try:
            table = read_answers(path, self.header_rows.value() or None)
        except TableError as exc:
            self.dialog.show_error(_tr("Cannot read the answers"), str(exc))
            return
        self.table_data = table
        self.kind.setText(
            _tr("{kind}: {headers} header rows, {rows} answers").format(
                kind=table.kind,
                headers=len(table.headers),
                rows=_formatter().count(len(table.rows)),
            )
        )
        self._show_preview(table)
        self.persona_column.blockSignals(True)
        self.persona_column.clear()
        self.persona_column.addItem(_tr("(none: every answer is one persona's)"), None)
        for i, name in enumerate(table.names):
            self.persona_column.addItem(name, i)
        self.persona_column.blockSignals(False)
        self.persona_values_changed()
        self._show_questions(table)

    def _show_preview(self, table: AnswersTable) -> None:
        self.preview.setColumnCount(table.width)
        self.preview.setHorizontalHeaderLabels(list(table.names))
        for i in range(table.width):
            self.preview.setColumnWidth(i, 160)
        _fill(
            self.preview,
            [
                list(cells) + [""] * (table.width - len(cells))
                for _n, cells in table.rows[:PREVIEW_ROWS]
            ],
        )

    def _step_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.addItem(_tr("(not a rating)"), None)
        for step in self.dialog.journey().ordered_steps():
            combo.addItem(step.title, step.id)
        return combo

    def _measure_combo(self) -> QComboBox:
        combo = QComboBox()
        names = {"goal": _tr("goal reached"), "ease": _tr("ease"), "emotion": _tr("emotion")}
        for m in MEASURES:
            combo.addItem(names[str(m)], str(m))
        return combo

    def _show_questions(self, table: AnswersTable) -> None:
        self.questions.setRowCount(table.width)
        for i, name in enumerate(table.names):
            item = QTableWidgetItem(name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.questions.setItem(i, 0, item)
            self.questions.setCellWidget(i, 1, self._step_combo())
            self.questions.setCellWidget(i, 2, self._measure_combo())
            self.questions.setItem(i, 3, QTableWidgetItem(self._guess_scale(table, i)))

    @staticmethod
    def _guess_scale(table: AnswersTable, index: int) -> str:
        numbers = []
        for _n, cells in table.rows[:200]:
            text = table.cell(cells, index).replace(",", ".")
            try:
                numbers.append(float(text))
            except ValueError:
                continue
        if len(numbers) < 2:
            return ""
        low, high = min(numbers), max(numbers)
        bottom = 0 if low == 0 else 1
        top = next((t for t in (5, 7, 10, 11) if high <= t), high)
        return f"{bottom:g}-{top:g}"

    def persona_values_changed(self) -> None:
        index = self.persona_column.currentData()
        table = self.table_data
        self.personas.setRowCount(0)
        journey = self.dialog.journey()
        if table is None:
            return
        if index is None:
            self.personas.setRowCount(1)
            self.personas.setItem(0, 0, QTableWidgetItem(_tr("(every answer)")))
            self.personas.setCellWidget(0, 1, self._persona_combo(journey, None))
            return
        values: dict[str, int] = {}
        for _n, cells in table.rows:
            text = table.cell(cells, index)
            values[text] = values.get(text, 0) + 1
        shown = sorted(values.items(), key=lambda kv: -kv[1])[:50]
        self.personas.setRowCount(len(shown))
        for r, (text, _count) in enumerate(shown):
            item = QTableWidgetItem(text or _tr("(blank)"))
            item.setData(Qt.ItemDataRole.UserRole, text)
            self.personas.setItem(r, 0, item)
            self.personas.setCellWidget(r, 1, self._persona_combo(journey, text))

    @staticmethod
    def _persona_combo(journey: Journey, answer: str | None) -> QComboBox:
        combo = QComboBox()
        if answer is not None:
            combo.addItem(_tr("(leave out)"), None)
        for p in journey.personas:
            combo.addItem(p.name, p.id)
        if answer is not None:  # an answer that names a persona picks it
            for i, p in enumerate(journey.personas, start=1):
                if answer.casefold() in (p.name.casefold(), p.id.casefold()):
                    combo.setCurrentIndex(i)
        return combo

    # -- the mapping --------------------------------------------------------------

    def mapping(self) -> SurveyMapping:
        """The mapping the tab shows (raises ``MappingError`` when it is incomplete)."""
        from journeymap.evidence.mapping import parse_mapping

        table = self.table_data
        data: dict[str, Any] = {"questions": []}
        if self.header_rows.value():
            data["header_rows"] = self.header_rows.value()
        if table is not None:
            column = self.persona_column.currentData()
            if column is None:
                combo = self.personas.cellWidget(0, 1)
                if isinstance(combo, QComboBox) and combo.currentData():
                    data["persona_id"] = combo.currentData()
            else:
                values = {}
                for r in range(self.personas.rowCount()):
                    combo = self.personas.cellWidget(r, 1)
                    item = self.personas.item(r, 0)
                    if isinstance(combo, QComboBox) and combo.currentData() and item:
                        values[item.data(Qt.ItemDataRole.UserRole)] = combo.currentData()
                data["persona"] = {"column": table.names[column], "values": values}
            for r in range(self.questions.rowCount()):
                step = self.questions.cellWidget(r, 1)
                measure = self.questions.cellWidget(r, 2)
                scale = self.questions.item(r, 3)
                if not isinstance(step, QComboBox) or step.currentData() is None:
                    continue
                assert isinstance(measure, QComboBox)
                data["questions"].append(
                    {
                        "column": table.names[r],
                        "step": step.currentData(),
                        "measure": measure.currentData(),
                        "scale": _parse_scale(scale.text() if scale else ""),
                    }
                )
        if self.label.text().strip():
            data["label"] = self.label.text().strip()
        if self.period.text().strip():
            data["period"] = self.period.text().strip()
        return parse_mapping(data, _tr("mapping"))

    def show_mapping(self, mapping: SurveyMapping) -> None:
        """Set the tab from a saved mapping (the answers must be loaded first)."""
        if mapping.header_rows and mapping.header_rows != self.header_rows.value():
            self.header_rows.setValue(mapping.header_rows)
        table = self.table_data
        if table is None:
            return
        self.label.setText(mapping.label)
        self.period.setText(mapping.period)
        if mapping.persona is not None:
            column = table.column(mapping.persona.column)
            self.persona_column.setCurrentIndex(0 if column is None else column + 1)
            wanted = {k.casefold(): v for k, v in mapping.persona.values.items()}
            for r in range(self.personas.rowCount()):
                item, combo = self.personas.item(r, 0), self.personas.cellWidget(r, 1)
                if item and isinstance(combo, QComboBox):
                    answer = str(item.data(Qt.ItemDataRole.UserRole)).casefold()
                    combo.setCurrentIndex(max(0, combo.findData(wanted.get(answer))))
        for q in mapping.questions:
            row = table.column(q.column)
            if row is None:
                continue
            step, measure = self.questions.cellWidget(row, 1), self.questions.cellWidget(row, 2)
            if isinstance(step, QComboBox) and isinstance(measure, QComboBox):
                step.setCurrentIndex(max(0, step.findData(q.step)))
                measure.setCurrentIndex(max(0, measure.findData(str(q.measure))))
            text = (
                "; ".join(str(v) for v in q.scale)
                if q.ordered
                else "-".join(f"{v:g}" for v in q.scale)  # type: ignore[str-format]
            )
            self.questions.setItem(row, 3, QTableWidgetItem(text))

    def load_mapping(self) -> None:
        from journeymap.evidence.mapping import MappingError, load_mapping

        window = self.dialog.window_
        path = window.dialogs.open_path(window, _tr("Load mapping"), "", MAPPING_FILTER)
        if not path:
            return
        try:
            self.show_mapping(load_mapping(path))
        except MappingError as exc:
            self.dialog.show_error(_tr("Cannot load the mapping"), str(exc))

    def save_mapping(self) -> None:
        from journeymap.evidence.mapping import MappingError, mapping_json

        try:
            text = mapping_json(self.mapping())
        except MappingError as exc:
            self.dialog.show_error(_tr("The mapping is not complete"), str(exc))
            return
        window = self.dialog.window_
        path = window.dialogs.save_path(
            window, _tr("Save mapping"), "survey-mapping.json", MAPPING_FILTER
        )
        if path:
            Path(path).write_text(text, encoding="utf-8")
            window.show_status(_tr("Mapping saved to {path}").format(path=path))

    # -- the import -----------------------------------------------------------------

    def run(self) -> bool:
        from journeymap.evidence.mapping import MappingError
        from journeymap.evidence.survey import SurveyError, survey_measurements
        from journeymap.model.evidence import merge_measurements

        if self.table_data is None:
            self.dialog.show_error(_tr("No answers"), _tr("Choose a file of survey answers."))
            return False
        journey = self.dialog.journey()
        try:
            mapping = self.mapping()
            label = mapping.label or _tr("Survey {name}").format(
                name=Path(self.file.path.text()).stem
            )
            imp = survey_measurements(self.table_data, mapping, journey, label, mapping.period)
        except MappingError as exc:
            self.dialog.show_error(_tr("The mapping is not complete"), str(exc))
            return False
        except SurveyError as exc:
            self.dialog.show_error(_tr("The mapping does not fit"), str(exc))
            return False
        self.show_report(imp, journey)
        if not imp.measurements:
            self.dialog.show_error(_tr("Nothing imported"), _tr("No answer could be used."))
            return False
        edit = evidence_edit(
            journey, merge_measurements(journey, imp.measurements), _tr("Import survey answers")
        )
        done = _tr("Survey answers imported: {count} measurements").format(
            count=_formatter().count(len(imp.measurements))
        )
        return self.dialog.push(edit, done)

    def show_report(self, imp: SurveyImport, journey: Journey) -> None:
        fmt = _formatter()
        titles = {s.id: s.title for s in journey.steps}
        names = {"goal": _tr("goal reached"), "ease": _tr("ease"), "emotion": _tr("emotion")}
        rows = []
        for q in imp.questions:
            where = ", ".join(str(n) for n, _t in q.unreadable[:8])
            more = "…" if len(q.unreadable) > 8 else ""
            rows.append(
                [
                    q.column,
                    titles.get(q.step_id, q.step_id),
                    names[q.measure],
                    fmt.count(q.used),
                    fmt.count(q.blank),
                    fmt.count(q.unmapped),
                    f"{fmt.count(len(q.unreadable))}" + (f" ({where}{more})" if where else ""),
                ]
            )
        _fill(self.report, rows)
        personas = {p.id: p.name for p in journey.personas}
        self.summary.setText(
            _tr("{count} measurements; steps: {steps}; personas: {personas}").format(
                count=fmt.count(len(imp.measurements)),
                steps=", ".join(titles[s] for s in imp.steps) or "–",
                personas=", ".join(personas[p] for p in imp.personas) or "–",
            )
        )


def _parse_scale(text: str) -> list[Any]:
    text = text.strip()
    if ";" in text:
        return [part.strip() for part in text.split(";") if part.strip()]
    parts = [p for p in text.replace("–", "-").replace(" ", "").split("-") if p]
    if text.startswith("-") and parts:
        parts[0] = "-" + parts[0]
    try:
        return [float(p.replace(",", ".")) for p in parts]
    except ValueError:
        return [text]


class _CountWorker(QObject):
    """Counts an event log off the GUI thread (a big log takes a while)."""

    counted = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        engine: str,
        path: str,
        journey: Journey,
        columns: Any,
        saved: dict[str, str | None] | None,
    ) -> None:
        super().__init__()
        self.args = (engine, path, journey, columns, saved)

    def run(self) -> None:
        from journeymap.evidence.engine import EngineError, connect
        from journeymap.evidence.flows import EventLogError, count_flows

        engine, path, journey, columns, saved = self.args
        try:
            flows = count_flows(connect(engine), path, journey, columns, saved)
        except (EventLogError, EngineError) as exc:
            self.failed.emit(str(exc))
            return
        except Exception as exc:  # an engine's own failure: a message, never a traceback
            self.failed.emit(f"{path}: {type(exc).__name__}: {str(exc).splitlines()[0]}")
            return
        self.counted.emit(flows)


class FlowsTab(QWidget):
    """Event log → step and transition volumes."""

    ROLES = ("case", "activity", "time", "persona")
    finished = Signal(bool)
    """A count ended: whether the journey changed."""

    def __init__(self, dialog: EvidenceDialog) -> None:
        super().__init__()
        self.thread_: QThread | None = None
        self._worker: _CountWorker | None = None
        self._journey: Journey | None = None
        self.dialog = dialog
        self.file = _FileRow(
            dialog, _tr("Event log"), _tr("Event logs (*.csv *.parquet *.tsv *.txt);;All files (*)")
        )
        self.file.chosen.append(self.load_log)
        self.columns = {role: QComboBox() for role in self.ROLES}
        self.activity_map = _FileRow(dialog, _tr("Activity mapping"), MAPPING_FILTER)
        self.engine = QComboBox()
        self.engine.addItem(_tr("DuckDB (on this computer)"), "duckdb")
        self.engine.addItem(_tr("Apache Spark"), "spark")
        self.add_observed = QCheckBox(_tr("Add the moves the design lacks as observed transitions"))
        form = QFormLayout()
        form.addRow(_tr("&Event log:"), self.file)
        labels = {
            "case": _tr("&Case column:"),
            "activity": _tr("&Activity column:"),
            "time": _tr("&Time column:"),
            "persona": _tr("&Persona column:"),
        }
        for role in self.ROLES:
            form.addRow(labels[role], self.columns[role])
        form.addRow(_tr("Activity &mapping:"), self.activity_map)
        form.addRow(_tr("E&ngine:"), self.engine)
        form.addRow("", self.add_observed)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.activities = _table(
            [_tr("Activity that matches no step"), _tr("Events"), _tr("Perhaps")]
        )
        self.moves = _table([_tr("Move the design lacks"), _tr("Customers")])
        self.volumes = _table([_tr("Step"), _tr("Visits"), _tr("Entries")])
        tables = QHBoxLayout()
        tables.addWidget(self.volumes, 1)
        lists = QVBoxLayout()
        lists.addWidget(self.activities, 1)
        lists.addWidget(self.moves, 1)
        tables.addLayout(lists, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addLayout(tables, 1)

    def load_log(self, path: str) -> None:
        from journeymap.evidence.flows import EventLogError, event_columns, guess_columns

        self.file.path.setText(path)
        try:
            names = event_columns(path)
        except EventLogError as exc:
            self.dialog.show_error(_tr("Cannot read the event log"), str(exc))
            return
        try:
            guessed = guess_columns(names)
            chosen: dict[str, str | None] = {
                "case": guessed.case,
                "activity": guessed.activity,
                "time": guessed.time,
                "persona": guessed.persona,
            }
        except EventLogError:
            chosen = {}
        for role, combo in self.columns.items():
            combo.clear()
            if role == "persona":
                combo.addItem(_tr("(none)"), None)
            for name in names:
                combo.addItem(name, name)
            index = combo.findData(chosen.get(role))
            combo.setCurrentIndex(max(0, index))

    def run(self) -> bool:
        """Start counting in a worker thread (``True`` when started);
        :attr:`finished` says whether the journey changed."""
        from journeymap.evidence.flows import EventColumns
        from journeymap.evidence.matching import ActivityMapError, load_activity_map

        path = self.file.path.text()
        if not path:
            self.dialog.show_error(_tr("No event log"), _tr("Choose an event log."))
            return False
        journey = self.dialog.journey()
        chosen = {role: combo.currentData() for role, combo in self.columns.items()}
        if not all(chosen[r] for r in ("case", "activity", "time")):
            self.dialog.show_error(
                _tr("Columns missing"), _tr("Choose the case, activity and time columns.")
            )
            return False
        columns = EventColumns(
            chosen["case"], chosen["activity"], chosen["time"], chosen["persona"]
        )
        try:
            saved = (
                load_activity_map(self.activity_map.path.text(), journey)
                if self.activity_map.path.text()
                else None
            )
        except ActivityMapError as exc:
            self.dialog.show_error(_tr("Cannot count the event log"), str(exc))
            return False
        self._journey = journey
        self.thread_ = QThread(self)
        worker = _CountWorker(self.engine.currentData(), path, journey.copy_deep(), columns, saved)
        worker.moveToThread(self.thread_)
        self.thread_.started.connect(worker.run)
        worker.counted.connect(self._counted)
        worker.failed.connect(self._failed)
        worker.counted.connect(self.thread_.quit)
        worker.failed.connect(self.thread_.quit)
        self.thread_.finished.connect(worker.deleteLater)
        self._worker = worker
        self.summary.setText(_tr("Counting the event log…"))
        self.dialog.import_button.setEnabled(False)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self.thread_.start()
        return True

    def wait(self) -> None:
        """Let a running count finish (the dialog is closing)."""
        if self.thread_ is not None and self.thread_.isRunning():
            self.thread_.quit()
            self.thread_.wait()

    def _ended(self) -> None:
        QGuiApplication.restoreOverrideCursor()
        self.dialog.import_button.setEnabled(True)

    def _failed(self, message: str) -> None:
        self._ended()
        self.summary.setText("")
        self.dialog.show_error(_tr("Cannot count the event log"), message)
        self.finished.emit(False)

    def _counted(self, flows: FlowCounts) -> None:
        from journeymap.evidence.apply import apply_flows

        self._ended()
        journey = self._journey
        assert journey is not None  # set by run()
        result = apply_flows(journey, flows, self.add_observed.isChecked())
        self.show_report(flows, result, journey)
        if not flows.match.steps:
            self.dialog.show_error(
                _tr("Nothing imported"), _tr("No activity of the log matches a step.")
            )
            self.finished.emit(False)
            return
        done = _tr("Event log imported: volumes of {count} steps").format(
            count=_formatter().count(len(result.steps_set))
        )
        pushed = self.dialog.push(
            evidence_edit(journey, result.journey, _tr("Import event log")), done
        )
        self.finished.emit(pushed)

    def show_report(self, flows: FlowCounts, result: FlowResult, journey: Journey) -> None:
        fmt = _formatter()
        titles = {s.id: s.title for s in journey.steps}
        self.summary.setText(
            _tr(
                "{events} events, {matched} at steps, {cases} cases; {repeats} repeats counted "
                "once. {share} of {moves} observed moves follow designed transitions. "
                "Designed transitions nobody took: {untaken}."
            ).format(
                events=fmt.count(flows.events),
                matched=fmt.count(flows.matched_events),
                cases=fmt.count(flows.cases),
                repeats=fmt.count(flows.repeats),
                share=fmt.rate(result.designed_share),
                moves=fmt.count(result.observed_moves),
                untaken=", ".join(result.untaken) or "–",
            )
        )
        rows = []
        for activity, n in flows.match.unmatched:
            hint = flows.match.suggestions.get(activity)
            rows.append([activity or _tr("(blank)"), fmt.count(n), titles[hint[0]] if hint else ""])
        _fill(self.activities, rows)
        _fill(
            self.moves,
            [[f"{titles[a]} → {titles[b]}", fmt.count(n)] for a, b, n in result.undesigned],
        )
        _fill(
            self.volumes,
            [
                [
                    titles[sid],
                    fmt.count(flows.visits.get(sid, 0)),
                    fmt.count(flows.entries.get(sid, 0)),
                ]
                for sid in result.steps_set
            ],
        )


class EvidenceDialog(QDialog):
    """File ▸ Import Evidence…: a tab for survey answers, one for an event log."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(_tr("Import Evidence"))
        self.tabs = QTabWidget()
        self.survey = SurveyTab(self)
        self.flows = FlowsTab(self)
        self.tabs.addTab(self.survey, _tr("&Survey answers"))
        self.tabs.addTab(self.flows, _tr("Event &log"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(
            _tr("&Import"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.import_button.clicked.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(1280, 800)

    def journey(self) -> Journey:
        journey: Journey = self.window_.document.journey
        return journey

    def done(self, result: int) -> None:
        self.flows.wait()
        super().done(result)

    def run(self) -> bool:
        tab = self.tabs.currentWidget()
        assert isinstance(tab, SurveyTab | FlowsTab)
        return tab.run()

    def push(self, edit: Edit | None, done: str) -> bool:
        from journeymap.model.edits import EditError

        if edit is None:
            self.window_.show_status(_tr("The journey already holds this evidence"))
            return True
        try:
            self.window_.document.push(edit)
        except EditError as exc:
            self.show_error(_tr("Cannot import"), str(exc))
            return False
        self.window_.show_status(done)
        return True

    def show_error(self, title: str, text: str) -> None:
        first, _, rest = text.partition("\n")
        self.window_.dialogs.error(self, title, first, rest)


def install_evidence_import(window: Any) -> None:
    """Connect File ▸ Import Evidence… of ``window``."""

    def open_dialog() -> None:
        dialog = EvidenceDialog(window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.evidence_dialog = dialog
        dialog.open()

    window.window_actions.import_evidence.triggered.connect(open_dialog)
