"""The layers import downward only: the model and the analysis never load Qt."""

import subprocess
import sys

import pytest

QT_FREE = [
    "journeymap.model",
    "journeymap.analysis",
    "journeymap.cli",
    "journeymap.commands.validate",
]


@pytest.mark.parametrize("module", QT_FREE)
def test_module_does_not_import_qt(module):
    code = (
        "import importlib, pkgutil, sys\n"
        f"pkg = importlib.import_module({module!r})\n"
        "for info in pkgutil.walk_packages(getattr(pkg, '__path__', []), pkg.__name__ + '.'):\n"
        "    importlib.import_module(info.name)\n"
        "qt = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(','.join(qt))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "", f"{module} imports {out}"
