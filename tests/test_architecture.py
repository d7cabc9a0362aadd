"""The layers import downward only, as ``docs/architecture.md`` draws them:

    model ← analysis ← canvas ← (export, ui) ← commands ← cli

``library`` (a folder of journeys) sits beside ``canvas``: it may use the model
and the analysis, and everything above them may use it. ``palette`` (colours)
and the package's ``__init__`` sit under everything. The
editor may use the exporters (its export dialog); nothing below it imports it.
Every module of every package is read, relative imports included. The model,
the analysis, the command line and every exporter but the map image never load
Qt, so everything an analyst needs runs on a machine without a display.
"""

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import journeymap

PACKAGE = Path(journeymap.__file__).parent
QT_FREE_PACKAGES = [
    "journeymap.model",
    "journeymap.analysis",
    "journeymap.library",
    "journeymap.evidence",
    "journeymap.commands",
]
QT_FREE_MODULES = [
    "journeymap.cli",
    "journeymap.palette",
    *(
        f"journeymap.export.{info.name}"
        for info in pkgutil.iter_modules([str(PACKAGE / "export")])
        if info.name not in {"map_image", "svg_writer", "svg_elements"}
    ),
]
BOTTOM = {"", "palette"}
"""``journeymap`` itself (its version) and the colours: anyone may import them."""
ALLOWED: dict[str, set[str]] = {
    "palette": set(),
    "model": set(),
    "analysis": {"model"},
    "canvas": {"model", "analysis"},
    "library": {"model", "analysis"},
    "evidence": {"model", "analysis"},
    "export": {"model", "analysis", "canvas", "library"},
    "ui": {"model", "analysis", "canvas", "export", "library", "evidence"},
    "commands": {"model", "analysis", "canvas", "export", "ui", "library", "evidence"},
    "cli": {"model", "analysis", "canvas", "export", "ui", "commands", "library", "evidence"},
    "__main__": {"cli"},
    "translations": set(),
}
"""What each part of the package may import from the project besides itself."""


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


def _layer_of(module: str) -> str:
    """``journeymap.canvas.scene`` → ``canvas``; ``journeymap`` → ``""``."""
    parts = module.split(".")
    layer = parts[1] if len(parts) > 1 else ""
    return layer if layer in ALLOWED else ""  # ``from journeymap import __version__``


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _project_imports(path: Path) -> set[str]:
    """The parts of journeymap a module imports, at any depth of the file,
    absolute or relative."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    return _imports_in(path.read_text(encoding="utf-8"), package)


def _imports_in(source: str, package: str) -> set[str]:
    """The parts of journeymap that ``source``, a module of ``package``, imports."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        targets: list[str] = []
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                module = ".".join([*base, node.module] if node.module else base)
                targets = [module] if node.module else [f"{module}.{a.name}" for a in node.names]
            elif node.module:
                targets = [node.module]
                if node.module == "journeymap":
                    targets = [f"journeymap.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        found.update(_layer_of(t) for t in targets if t.split(".")[0] == "journeymap")
    return found


def _parts() -> list[str]:
    names = {p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__"}
    names |= {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists()}
    return sorted(names)


def test_every_part_of_the_package_has_a_place_in_the_layers():
    assert set(_parts()) == set(ALLOWED)


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_layers_import_only_downward(layer):
    wrong = {}
    root = PACKAGE / layer
    paths = sorted(root.rglob("*.py")) if root.is_dir() else [PACKAGE / f"{layer}.py"]
    for path in paths:
        upward = _project_imports(path) - ALLOWED[layer] - {layer} - BOTTOM
        if upward:
            wrong[str(path.relative_to(PACKAGE))] = sorted(upward)
    assert wrong == {}


def test_relative_imports_are_resolved():
    """The checker sees through ``from ..ui import x``, so no upward import hides."""
    source = "from ..ui import main_window\nfrom . import layout\nfrom .. import palette\n"
    assert _imports_in(source, "journeymap.canvas") == {"ui", "canvas", "palette"}
    assert _imports_in("import journeymap.model.journey\n", "journeymap.ui") == {"model"}


def test_the_editor_starts_without_the_heavy_libraries():
    """The window paints before the analysis (networkx, NumPy, SciPy) and the
    exporters (matplotlib, openpyxl) load: they are imported when first used."""
    loaded = _run_and_print(
        "import sys\n"
        "import journeymap.ui.app, journeymap.ui.main_window\n"
        "heavy = ('networkx', 'numpy', 'scipy', 'matplotlib', 'openpyxl', 'duckdb', 'ibis',"
        " 'pyarrow', 'rapidfuzz', 'pyspark')\n"
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
        "from journeymap.ui.document.editor_document import EditorDocument\n"
        "from journeymap.ui.document.live_analysis import ANALYSIS_IMPORTS, LiveAnalysis\n"
        "app = QApplication([])\n"
        "doc = EditorDocument()\n"
        f"doc.replace(load_journey({str(example)!r}))\n"
        "live = LiveAnalysis(doc, delay_ms=0)\n"
        "seen = []\n"
        "def turn():\n"
        "    seen.append(sum(name in sys.modules for name in ANALYSIS_IMPORTS))\n"
        "    if live.analysis is not None:\n"
        "        print(','.join(map(str, seen)), 'networkx' in sys.modules,\n"
        "              len(ANALYSIS_IMPORTS))\n"
        "        app.quit()\n"
        "    else:\n"
        "        QTimer.singleShot(0, turn)  # after what is queued now, as the imports are\n"
        "QTimer.singleShot(0, turn)\n"
        "live.schedule()\n"
        "app.exec()\n"
    )
    counts, networkx, pieces = turns.split()
    seen = set(map(int, counts.split(",")))
    assert int(pieces) >= 6
    assert set(range(1, int(pieces) + 1)) <= seen  # one more module at a time, each state seen
    assert networkx == "False"


def test_validate_loads_no_heavy_library(tmp_path):
    """``journeymap validate`` is a quick process: its checks (loops and flow
    included) need neither NumPy, SciPy, networkx, pandas, DuckDB nor Qt."""
    from benchmarks.synthetic import synthetic_journey
    from journeymap.analysis.graph import index_journey
    from journeymap.model import save_journey

    journey = synthetic_journey(60, 3)
    assert any(len(c) > 1 for c in index_journey(journey).components())  # loops to solve
    path = tmp_path / "loops.journey.json"
    save_journey(journey, path)
    loaded = _run_and_print(
        "import contextlib, io, sys\n"
        "from journeymap.cli import main\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        f"    code = main(['validate', {str(path)!r}])\n"
        "heavy = ('numpy', 'scipy', 'networkx', 'pandas', 'duckdb', 'PySide6', 'matplotlib',"
        " 'openpyxl')\n"
        "print(code, 'note' in out.getvalue(),"
        " ','.join(sorted(m for m in heavy if m in sys.modules)) or '-')\n"
    )
    assert loaded == "0 True -"
