"""The layers import downward only: ui → export → analysis → model.

The model, the analysis, the command line and every exporter but the map image
never load Qt, so everything an analyst needs runs on a machine without a display.
"""

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import journeymap

PACKAGE = Path(journeymap.__file__).parent
QT_FREE_PACKAGES = ["journeymap.model", "journeymap.analysis", "journeymap.commands"]
QT_FREE_MODULES = [
    "journeymap.cli",
    "journeymap.palette",
    "journeymap.synthetic",
    *(
        f"journeymap.export.{info.name}"
        for info in pkgutil.iter_modules([str(PACKAGE / "export")])
        if info.name != "map_image"
    ),
]
# What each layer may import from the project (besides itself).
ALLOWED = {
    "model": set(),
    "analysis": {"model"},
    "export": {"model", "analysis", "palette"},
}


def _run_and_print(code: str) -> str:
    """Run ``code`` in a fresh interpreter; what it printed."""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def _qt_modules_after_import(modules: list[str]) -> str:
    return _run_and_print(
        "import importlib, pkgutil, sys\n"
        f"for name in {modules!r}:\n"
        "    pkg = importlib.import_module(name)\n"
        "    for info in pkgutil.walk_packages(getattr(pkg, '__path__', []), name + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "print(','.join(sorted(m for m in sys.modules if m.startswith('PySide6'))))\n"
    )


@pytest.mark.parametrize("package", QT_FREE_PACKAGES)
def test_package_does_not_import_qt(package):
    assert _qt_modules_after_import([package]) == "", f"{package} imports Qt"


def test_headless_modules_do_not_import_qt():
    assert _qt_modules_after_import(QT_FREE_MODULES) == ""


def _project_imports(path: Path) -> set[str]:
    """First-level journeymap subpackages a module imports, at any depth of the file."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = []
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        for name in names:
            parts = name.split(".")
            if parts[0] == "journeymap" and len(parts) > 1:
                found.add(parts[1])
    return found


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_layers_import_only_downward(layer):
    wrong = {}
    for path in sorted((PACKAGE / layer).glob("*.py")):
        if layer == "export" and path.stem == "map_image":
            continue  # renders the editor's own map scene: the one sanctioned exception
        upward = _project_imports(path) - ALLOWED[layer] - {layer}
        if upward:
            wrong[path.name] = sorted(upward)
    assert wrong == {}


def test_the_editor_starts_without_the_heavy_libraries():
    """The window paints before the analysis (networkx, NumPy, SciPy) and the
    exporters (matplotlib, openpyxl) load: they are imported when first used."""
    loaded = _run_and_print(
        "import sys\n"
        "import journeymap.ui.app, journeymap.ui.main_window\n"
        "heavy = ('networkx', 'numpy', 'scipy', 'matplotlib', 'openpyxl')\n"
        "print(','.join(sorted(m for m in heavy if m in sys.modules)))\n"
    )
    assert loaded == ""


def test_the_analysis_loads_one_big_module_per_turn_of_the_event_loop():
    """After start-up, the first analysis imports NumPy, then SciPy's parts, then
    itself, letting the window handle its events between them; networkx, which
    only ``build_graph`` uses, stays out."""
    example = PACKAGE.parent / "examples" / "broadband-support.journey.json"
    turns = _run_and_print(
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from journeymap.model import load_journey\n"
        "from journeymap.ui.editor_document import EditorDocument\n"
        "from journeymap.ui.live_analysis import ANALYSIS_IMPORTS, LiveAnalysis\n"
        "app = QApplication([])\n"
        "doc = EditorDocument()\n"
        f"doc.replace(load_journey({str(example)!r}))\n"
        "live = LiveAnalysis(doc, delay_ms=0)\n"
        "seen = []\n"
        "def turn():\n"
        "    seen.append(sum(name in sys.modules for name in ANALYSIS_IMPORTS))\n"
        "    if live.analysis is not None:\n"
        "        print(','.join(map(str, seen)), 'networkx' in sys.modules)\n"
        "        app.quit()\n"
        "    else:\n"
        "        QTimer.singleShot(0, turn)  # after what is queued now, as the imports are\n"
        "QTimer.singleShot(0, turn)\n"
        "live.schedule()\n"
        "app.exec()\n"
    )
    counts, networkx = turns.split()
    seen = set(map(int, counts.split(",")))
    assert set(range(1, 7)) <= seen  # one more module at a time, each state seen
    assert networkx == "False"
