"""The persona form's picture: a thumbnail with "Choose Picture…" and
"Remove Picture"; a change is an ordinary field edit, so it is undoable."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from journeymap.canvas.picture import draw_picture, picture_from_file, picture_image

__all__ = ["PictureBox"]

THUMB = 64


class PictureBox(QWidget):
    """Shows a picture ``data:`` URI; :attr:`chosen` carries a new one (``""``: removed)."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.uri = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.thumb = QLabel()
        self.thumb.setObjectName("picture_thumb")
        self.thumb.setFixedSize(THUMB, THUMB)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.thumb)
        buttons = QVBoxLayout()
        self.choose = QPushButton(self.tr("Choose Picture…"))
        self.choose.setObjectName("choose_picture")
        self.choose.clicked.connect(self._ask)
        self.remove = QPushButton(self.tr("Remove Picture"))
        self.remove.setObjectName("remove_picture")
        self.remove.clicked.connect(lambda: self.chosen.emit(""))
        buttons.addWidget(self.choose)
        buttons.addWidget(self.remove)
        layout.addLayout(buttons)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b2182b;")
        self.message.hide()
        buttons.addWidget(self.message)
        layout.addStretch(1)
        self.set_uri("")

    def set_uri(self, uri: str) -> None:
        """Show ``uri`` (a persona's picture)."""
        self.uri = uri
        image = picture_image(uri)
        self.remove.setEnabled(bool(uri))
        if image is None:
            self.thumb.setPixmap(QPixmap())
            self.thumb.setText(self.tr("No picture"))
            self.thumb.setStyleSheet("color: palette(mid); border: 1px dashed palette(mid);")
            return
        self.thumb.setStyleSheet("")
        self.thumb.setPixmap(_thumbnail(image, self.devicePixelRatioF()))

    def choose_file(self, path: str) -> bool:
        """Read the image at ``path`` and emit it; ``False`` (and a message) when it
        is not an image."""
        try:
            uri = picture_from_file(path)
        except ValueError as error:
            self.message.setText(
                "⚠ " + self.tr("Not a picture: {reason}").format(reason=str(error))
            )
            self.message.show()
            return False
        self.message.hide()
        self.chosen.emit(uri)
        return True

    def _ask(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose Picture"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"),
        )
        if path:
            self.choose_file(path)


def _thumbnail(image: QImage, ratio: float) -> QPixmap:
    pixmap = QPixmap(round(THUMB * ratio), round(THUMB * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw_picture(painter, QRectF(0, 0, THUMB, THUMB), image, THUMB / 2)
    painter.end()
    return pixmap
