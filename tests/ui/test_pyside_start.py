"""PySide6 reads the source of every module imported after it, unless the
editor has spared it (``journeymap.ui.pyside_start``, which ``ui/app.py``
imports first); Qt keeps its own names either way."""

from __future__ import annotations

import subprocess
import sys

COUNT_SCANS = """
import inspect, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import PySide6.QtCore
if sys.argv[1] == "editor":
    import journeymap.ui.app
scanned = []
real = inspect.getsource
inspect.getsource = lambda obj: scanned.append(obj.__name__) or real(obj)
import colorsys  # a module nothing has imported yet
from PySide6.QtCore import QObject
item = QObject()
item.setObjectName("kept")
print(len(scanned), item.objectName(), hasattr(item, "object_name"))
"""


def _run(mode: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", COUNT_SCANS, mode], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_pyside_reads_a_later_modules_source_by_itself():
    scans, name, snake = _run("bare")
    assert int(scans) >= 1  # what the editor spares is real
    assert (name, snake) == ("kept", "False")


def test_the_editor_spares_the_scan_and_keeps_qts_names():
    scans, name, snake = _run("editor")
    assert int(scans) == 0
    assert (name, snake) == ("kept", "False")
