"""The service-level filter of the toolbar: "All levels" or one level, whose
touchpoints the map shows while the others are dimmed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QSizePolicy

from journeymap.canvas.service_cost import level_text
from journeymap.model.service_levels import LEVEL_ORDER

__all__ = ["LevelSelector"]


class LevelSelector(QComboBox):
    """Emits the chosen level's value (``"reactive"``), or ``None`` for all."""

    level_changed = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("level_selector")
        self.setToolTip(self.tr("Show the touchpoints of one service level; dim the others"))
        self.setStatusTip(self.toolTip())
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.addItem(self.tr("All levels"), None)
        for level in LEVEL_ORDER:
            self.addItem(level_text(level.value), level.value)
        self.currentIndexChanged.connect(lambda _i: self.level_changed.emit(self.level()))

    def level(self) -> str | None:
        return self.currentData()

    def set_level(self, level: str | None) -> None:
        self.setCurrentIndex(max(0, self.findData(level)))
