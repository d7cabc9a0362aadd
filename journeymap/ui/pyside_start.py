"""PySide6 without its scan of every module imported after it.

Once ``PySide6.QtCore`` is loaded, PySide6 looks at each module imported
later for ``from __feature__ import snake_case, true_property`` (its opt-in
Python-style names): it reads the module's whole source with
``inspect.getsource`` and searches it for "PySide6", and files the module as
one that uses PySide (feature selection 0) or as one to ignore (-1). For the
editor that is the model, the map, pydantic and the standard library's
modules loaded after the window shell, about a twentieth of the time until
the journey is painted.

journeymap selects no feature anywhere, and while nothing is selected both
answers mean the same (Qt's own names), so :func:`spare_source_scan` answers
"uses PySide" at once. It reaches into PySide6's support package; where that
is not as expected, it changes nothing.
"""

from __future__ import annotations

import sys

import PySide6.QtCore  # noqa: F401 - the support package it loads is what is changed

__all__ = ["spare_source_scan"]

_FEATURE_MODULE = "shibokensupport.feature"


def _uses_pyside(module: object) -> bool:
    return True


def spare_source_scan() -> bool:
    """Answer PySide6's per-import question without reading the source;
    whether it could (PySide6's support package as expected)."""
    feature = sys.modules.get(_FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_pyside  # type: ignore[attr-defined]
    return True


spare_source_scan()
