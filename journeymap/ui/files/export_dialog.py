"""File ▸ Export… and File ▸ Import…: the dialog, the progress, and the messages.

Map images are drawn by Qt's painting code, which belongs to the GUI thread, so
they are written there behind a busy progress dialog; workbooks, CSV, Mermaid
and charts (matplotlib, Agg) are written in a worker thread on a copy of the
journey, so the window stays responsive.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QWidget,
)

from journeymap.export.api import export_journey, import_journey
from journeymap.export.errors import ExportError, ImportFailed
from journeymap.export.formats import (
    CHARTS,
    EXPORT_FORMATS,
    IMAGE_FORMATS,
    IMPORT_FORMATS,
    PAGES,
    format_from_suffix,
)
from journeymap.export.words import LANGUAGES, language_of
from journeymap.model import Journey
from journeymap.model.ids import slug

__all__ = [
    "ExportDialog",
    "ExportRunner",
    "import_into",
    "install_export_import",
    "mermaid_export_losses",
    "mermaid_losses",
    "shown_notes",
]


def mermaid_losses() -> str:
    """What a Mermaid import leaves out (Mermaid's journey diagram has no room for it)."""
    return QCoreApplication.translate(
        "Import",
        "Mermaid keeps only stages, steps in order, one score per step and the personas who "
        "gave it. Not in the imported journey: channels, owners, branches and loops (steps "
        "are linked one after another), customer counts, goal and ease ratings (the score "
        "becomes emotion), doing / thinking / feeling texts and opportunities.",
    )


def mermaid_export_losses() -> str:
    """What a Mermaid export leaves out (:data:`journeymap.export.mermaid.EXPORT_NOTE`)."""
    return QCoreApplication.translate(
        "Export",
        "Mermaid keeps stages, steps, one emotion score per step and the personas who rated "
        "it; everything else is left out",
    )


def shown_notes(notes: list[str]) -> list[str]:
    """The export's notes in the editor's language (map notes are translated at the source)."""
    from journeymap.export.mermaid import EXPORT_NOTE

    return [mermaid_export_losses() if note == EXPORT_NOTE else note for note in notes]


class _Worker(QObject):
    done = Signal(str, list)
    """The path written and the notes for the user."""
    failed = Signal(str)

    def __init__(self, journey: Journey, path: Path, options: dict):
        super().__init__()
        self.journey, self.path, self.options = journey, path, options

    def run(self) -> None:
        try:
            notes = export_journey(self.journey, self.path, **self.options)
        except ExportError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # an exporter bug must not take the editor down
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.done.emit(str(self.path), list(notes or []))


class ExportRunner(QObject):
    """Runs one export and reports :attr:`finished` (path, notes) or :attr:`failed` (message)."""

    finished = Signal(str, list)
    failed = Signal(str)

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self._window = parent  # the progress dialog's parent
        self._thread: QThread | None = None
        self._worker: _Worker | None = None

    def start(self, journey: Journey, path: Path, options: dict) -> None:
        progress = QProgressDialog(
            self.tr("Exporting {name}…").format(name=path.name), "", 0, 0, self._window
        )
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setValue(0)
        worker = _Worker(journey.copy_deep(), path, options)
        worker.done.connect(self.finished)
        worker.failed.connect(self.failed)
        worker.done.connect(progress.close)
        worker.failed.connect(progress.close)
        if options["fmt"] in IMAGE_FORMATS and options.get("chart") is None:
            progress.setMinimumDuration(0)
            progress.show()
            QCoreApplication.processEvents()
            worker.run()  # Qt painting stays in the GUI thread
            progress.deleteLater()
            return
        thread = QThread(self)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        # quit() is thread-safe: called directly, it needs no event loop turn here.
        worker.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        worker.failed.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        thread.finished.connect(worker.deleteLater)
        thread.finished.connect(progress.deleteLater)
        self._thread, self._worker = thread, worker
        thread.start()

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.wait()


SUMMARY = "summary"
"""The Content choice that writes the executive summary instead of the map."""


class ExportDialog(QDialog):
    """Choose what to export, how, and where."""

    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.window_ = window
        self.setWindowTitle(self.tr("Export"))
        journey = window.document.journey
        form = QFormLayout(self)
        self.format = QComboBox()
        names = {
            "png": self.tr("PNG image"),
            "svg": self.tr("SVG drawing"),
            "pdf": self.tr("PDF document"),
            "xlsx": self.tr("Excel workbook"),
            "csv": self.tr("CSV of steps and ratings"),
            "mmd": self.tr("Mermaid journey text"),
        }
        for fmt in EXPORT_FORMATS:
            self.format.addItem(f"{names.get(fmt, fmt.upper())} (.{fmt})", fmt)
        self.content = QComboBox()
        self.content.addItem(self.tr("The whole map"), None)
        chart_names = {
            "emotion": self.tr("Emotion curve chart"),
            "funnel": self.tr("Drop-off funnel chart"),
            "heatmap": self.tr("Ratings heatmap chart"),
            "sankey": self.tr("Customer flow (Sankey) chart"),
            "roadmap": self.tr("Roadmap page"),
        }
        for chart in CHARTS:
            self.content.addItem(chart_names.get(chart, chart), chart)
        self.content.addItem(self.tr("Executive summary (one A4 page)"), SUMMARY)
        self.language = QComboBox()
        own = {"fi": self.tr("Finnish"), "en": self.tr("English")}
        self.language.addItem(
            self.tr("The journey's language ({0})").format(
                own.get(language_of(journey.language), language_of(journey.language))
            ),
            None,
        )
        for code in LANGUAGES:
            self.language.addItem(own.get(code, code), code)
        self.persona = QComboBox()
        self.persona.addItem(self.tr("All personas"), None)
        for persona in journey.personas:
            self.persona.addItem(persona.name or persona.id, persona.id)
        self.persona.setCurrentIndex(
            max(0, self.persona.findData(window.persona_selector.persona_id()))
        )
        self.dpi = QSpinBox()
        self.dpi.setRange(10, 1200)
        self.dpi.setValue(150)
        self.dpi.setSuffix(" dpi")
        self.pages = QComboBox()
        page_names = {
            "poster": self.tr("One page sized to the map"),
            "a4": self.tr("A4 landscape pages"),
            "a3": self.tr("A3 landscape pages"),
        }
        for pages in PAGES:
            self.pages.addItem(page_names.get(pages, pages), pages)
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Content"), self.content)
        form.addRow(self.tr("Persona"), self.persona)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Resolution"), self.dpi)
        form.addRow(self.tr("PDF pages"), self.pages)
        form.addRow(self.tr("Save to"), where)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.format.currentIndexChanged.connect(self._update)
        self.content.currentIndexChanged.connect(self._update)
        folder = window.document.path.parent if window.document.path else Path.home()
        self._stem = folder / (slug(journey.title, 60) or "journey")
        self._update()

    def options(self) -> dict:
        content = self.content.currentData() if self.content.isEnabled() else None
        return {
            "fmt": self.format.currentData(),
            "persona_id": self.persona.currentData(),
            "dpi": self.dpi.value(),
            "chart": None if content == SUMMARY else content,
            "summary": content == SUMMARY,
            "pages": self.pages.currentData() if self.pages.isEnabled() else "poster",
            "lang": self.language.currentData(),
        }

    def _update(self) -> None:
        fmt = self.format.currentData()
        image = fmt in IMAGE_FORMATS
        self.content.setEnabled(image)
        chart = self.content.currentData() if image else None
        self.dpi.setEnabled(fmt == "png" or chart is not None)
        self.pages.setEnabled(fmt == "pdf" and chart is None)
        self.language.setEnabled(fmt in (*IMAGE_FORMATS, "xlsx"))
        current = Path(self.path.text()) if self.path.text() else self._stem
        self.path.setText(str(current.with_suffix(f".{fmt}")))

    def _browse(self) -> None:
        fmt = self.format.currentData()
        path = self.window_.dialogs.save_path(
            self, self.tr("Export to"), self.path.text(), f"*.{fmt}"
        )
        if path:
            self.path.setText(path)

    def accept(self) -> None:
        path = Path(self.path.text()).expanduser()
        if not self.path.text().strip():
            return
        super().accept()
        self.window_.export_runner.start(self.window_.document.journey, path, self.options())


MAX_WARNINGS_SHOWN = 20


def import_into(window, path: str) -> bool:
    """Open the journey in a workbook or Mermaid file as a new, unsaved journey.
    What the import read but may not be what the file meant (a formula without
    its computed value) is shown once the journey is open."""
    warnings: list[str] = []
    try:
        journey = import_journey(path, warnings=warnings)
    except ImportFailed as exc:
        problems = "\n".join(exc.problems)
        window.dialogs.error(
            window, window.tr("Cannot import"), f"{Path(path).name}: {exc.problems[0]}", problems
        )
        return False
    if not window.files.maybe_save():
        return False
    window.show_journey(journey, None, modified=True)
    if format_from_suffix(path, IMPORT_FORMATS) == "mmd":
        window.dialogs.information(window, window.tr("Imported from Mermaid"), mermaid_losses())
    if warnings:
        window.dialogs.information(
            window, window.tr("Check these cells"), "\n".join(warnings[:MAX_WARNINGS_SHOWN])
        )
    window.show_status(
        window.tr("Imported {name}; save it as a journey file").format(name=Path(path).name)
    )
    return True


def install_export_import(window) -> None:
    """Connect File ▸ Export… and File ▸ Import… of ``window``."""
    window.export_runner = ExportRunner(window)

    def exported(path: str, notes: list | None = None) -> None:
        window.show_status(window.tr("Exported to {path}").format(path=path))
        text = window.tr("Saved to {path}").format(path=path)
        for note in shown_notes(list(notes or [])):
            text += "\n\n" + note[:1].upper() + note[1:]
        window.dialogs.information(window, window.tr("Export finished"), text)

    def failed(message: str) -> None:
        window.dialogs.error(window, window.tr("Export failed"), message)

    window.export_runner.finished.connect(exported)
    window.export_runner.failed.connect(failed)

    def open_export() -> None:
        dialog = ExportDialog(window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.export_dialog = dialog
        dialog.open()

    def open_import() -> None:
        filters = window.tr("Workbooks and Mermaid (*.xlsx *.mmd *.mermaid);;All files (*)")
        path = window.dialogs.open_path(window, window.tr("Import journey"), "", filters)
        if path:
            import_into(window, path)

    window.window_actions.export.triggered.connect(open_export)
    window.window_actions.import_.triggered.connect(open_import)
