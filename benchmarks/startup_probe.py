"""A process that starts, shows its first window, prints ``painted`` and quits.

``python benchmarks/startup_probe.py bare`` shows an empty ``QMainWindow`` with
nothing but PySide6: the start-up floor. ``python benchmarks/startup_probe.py
app FILE`` starts journeymap's editor on FILE through its command line
(``journeymap.cli.main``). The parent measures the time from launch to the
``painted`` line.

The probe waits for the first paint of any window by filtering the
application's events once its event loop starts (``QApplication.exec`` is
wrapped), so the editor needs no benchmark hook of its own.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

PAINTED = "painted"
NOT_AVAILABLE = 3


class _FirstPaint(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self.seen
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window().isVisible()
        ):
            self.seen = True
            # After this paint and the ones queued with it have finished.
            QTimer.singleShot(0, _report_and_quit)
        return False


def _report_and_quit() -> None:
    sys.stdout.write(PAINTED + "\n")
    sys.stdout.flush()
    os._exit(0)


_watcher = _FirstPaint()
_original_exec = QApplication.exec


def _exec_watching(*_args):
    QCoreApplication.instance().installEventFilter(_watcher)
    return _original_exec()  # static in PySide6: called as app.exec() or QApplication.exec()


def bare() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    QApplication.exec = _exec_watching
    return app.exec()


def journeymap_app(path: str) -> int:
    QApplication.exec = _exec_watching
    try:
        import journeymap.ui.app  # noqa: F401
    except ImportError as exc:
        sys.stderr.write(f"not available: {exc}\n")
        return NOT_AVAILABLE
    from journeymap.cli import main

    return main(["open", path])


if __name__ == "__main__":
    mode = sys.argv[1] if len(sys.argv) > 1 else "bare"
    sys.exit(bare() if mode == "bare" else journeymap_app(sys.argv[2]))
