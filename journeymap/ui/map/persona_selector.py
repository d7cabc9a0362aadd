"""The persona selector of the toolbar: "All personas" or one of them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QComboBox, QSizePolicy

from journeymap.model import Change
from journeymap.ui.document.editor_document import EditorDocument

__all__ = ["PersonaSelector"]


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class PersonaSelector(QComboBox):
    """Chooses whose ratings and emotion curve the map shows; emits the persona id
    (``None`` for all) when the choice changes."""

    persona_changed = Signal(object)

    def __init__(self, document: EditorDocument, parent=None):
        super().__init__(parent)
        self.setObjectName("persona_selector")
        self.document = document
        self.setToolTip(self.tr("Show every persona, or one persona's ratings and emotion curve"))
        self.setStatusTip(self.toolTip())
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.currentIndexChanged.connect(lambda _i: self.persona_changed.emit(self.persona_id()))
        document.changed.connect(self._document_changed)
        document.replaced.connect(self.rebuild)
        self.rebuild()

    def persona_id(self) -> str | None:
        return self.currentData()

    def set_persona_id(self, persona_id: str | None) -> None:
        self.setCurrentIndex(max(0, self.findData(persona_id)))

    def rebuild(self) -> None:
        current = self.persona_id()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("All personas"), None)
        for persona in self.document.journey.personas:
            self.addItem(_swatch(persona.colour), persona.name or persona.id, persona.id)
        index = self.findData(current)
        self.setCurrentIndex(max(0, index))
        self.blockSignals(False)
        if index < 0 and current is not None:
            self.persona_changed.emit(None)

    def _document_changed(self, change: Change) -> None:
        if change.keys("personas") or "personas" in change.reordered:
            self.rebuild()
