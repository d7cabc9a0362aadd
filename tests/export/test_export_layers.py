"""The Qt-free export modules load neither Qt nor, until used, openpyxl or matplotlib."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

LIGHT = [
    "journeymap.export.api",
    "journeymap.export.csv_export",
    "journeymap.export.mermaid",
    "journeymap.export.mermaid_reader",
    "journeymap.export.safety",
    "journeymap.export.limits",
    "journeymap.export.excel_layout",
    "journeymap.export.excel_cells",
    "journeymap.export.excel_reader",
    "journeymap.export.excel_writer",
    "journeymap.export.charts",
    "journeymap.commands.export",
    "journeymap.commands.import_",
]


def test_importing_the_export_modules_stays_light():
    code = (
        "import importlib, sys\n"
        f"for name in {LIGHT!r}: importlib.import_module(name)\n"
        "heavy = sorted(m for m in sys.modules\n"
        "               if m.split('.')[0] in ('PySide6', 'openpyxl', 'matplotlib'))\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == ""


def test_a_workbook_export_never_loads_qt(tmp_path):
    code = (
        "import sys\n"
        "from journeymap.export.api import export_journey\n"
        "from benchmarks.synthetic import synthetic_journey\n"
        f"export_journey(synthetic_journey(30, 2), {str(tmp_path / 'a.xlsx')!r}, 'xlsx')\n"
        f"export_journey(synthetic_journey(30, 2), {str(tmp_path / 'a.png')!r}, 'png',"
        " chart='emotion', dpi=30)\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "[]"


def test_exporting_every_format_loads_no_editor_module(tmp_path):
    """The map image is painted by the canvas alone: no window, undo stack or live
    analysis of the editor is built, so an export runs without the editor."""
    example = Path(__file__).resolve().parents[2] / "examples" / "broadband-support.journey.json"
    code = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from journeymap.export.api import export_journey\n"
        "from journeymap.model import load_journey\n"
        f"journey = load_journey({str(example)!r})\n"
        "for fmt in ('png', 'svg', 'pdf', 'xlsx', 'csv', 'mmd'):\n"
        f"    export_journey(journey, {str(tmp_path)!r} + '/map.' + fmt, fmt, dpi=30)\n"
        f"export_journey(journey, {str(tmp_path)!r} + '/tiles.pdf', 'pdf', pages='a4')\n"
        "print(sorted(m for m in sys.modules if m.startswith('journeymap.ui')))\n"
        "print('journeymap.canvas.scene' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    assert out[0] == "[]"
    assert out[1] == "True"  # the map really was drawn, by the canvas
    assert {p.name for p in tmp_path.iterdir()} >= {"map.png", "map.svg", "map.pdf", "map.xlsx"}
