"""Floors: the least the same work can cost with the bare libraries.

Each figure is shown beside its floor, measured in the same run, so that the
ratio means the same on any machine:

- load: ``json.loads`` of the same file;
- first paint: a bare ``QGraphicsView`` showing one plain rectangle with text
  per step;
- xlsx: openpyxl writing the same cell values, unstyled, in write-only mode;
- start-up: a bare PySide6 process showing an empty window
  (see :mod:`benchmarks.startup_probe`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

__all__ = ["bare_first_paint", "json_load", "workbook_values", "write_values_unstyled"]

STEP_WIDTH = 180
STEP_HEIGHT = 90
STEP_GAP = 20


def json_load(path: Path) -> Any:
    """Read and decode the file, nothing more."""
    return json.loads(path.read_bytes())


def bare_first_paint(n_steps: int, width: int, height: int, app: Any) -> Any:
    """Build a scene of ``n_steps`` rectangles with a line of text each, show it
    in a plain ``QGraphicsView`` and wait for its first paint. Returns the view."""
    from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

    from benchmarks.qt_frames import PaintCounter

    scene = QGraphicsScene()
    for i in range(n_steps):
        x = i * (STEP_WIDTH + STEP_GAP)
        scene.addRect(x, 0, STEP_WIDTH, STEP_HEIGHT)
        text = scene.addSimpleText(f"Step {i + 1}")
        text.setPos(x + 8, 8)
    view = QGraphicsView(scene)
    view.resize(width, height)
    counter = PaintCounter(view.viewport())
    view.show()
    counter.wait_for_paint(app)
    view._bench_keep = (scene, counter)  # the scene must outlive the view
    return view


def workbook_values(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """The cell values of every sheet of a workbook, row by row."""
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in book.worksheets}
    finally:
        book.close()


def journey_values(journey: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Cell values of a plain dump of every collection, one sheet each; the floor
    used when the workbook export does not exist yet."""
    from journeymap.model.journey import COLLECTIONS

    sheets: dict[str, list[tuple[Any, ...]]] = {}
    for name in COLLECTIONS:
        rows = [item.model_dump(mode="json") for item in journey.collection(name)]
        header = list(rows[0]) if rows else []
        sheets[name] = [tuple(header)] + [
            tuple(_cell(row.get(key)) for key in header) for row in rows
        ]
    return sheets


def _cell(value: Any) -> Any:
    if isinstance(value, list | dict | tuple):
        return json.dumps(value)
    return value


def write_values_unstyled(sheets: dict[str, list[tuple[Any, ...]]], out: Path) -> None:
    """Write the values with openpyxl's streaming writer (its fastest way):
    no styles, tables, widths or charts."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title=title[:31])
        for row in rows:
            sheet.append(row)
    book.save(out)
