"""Imports of many items with one name: the id generation must stay linear.

``python benchmarks/import_ids.py [--sizes 10000 20000] [--rows 10000]`` times a
Mermaid file of N identical tasks (``journey`` / ``section s`` / ``x: 3`` × N)
and a workbook whose Steps sheet has N extra rows without an id and with one
title, and prints seconds per size. Before ids were made by :class:`IdMaker`,
10,000 tasks took 21 s and 20,000 45 s (quadratic), 10,000 id-less rows 18 s.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path


def mermaid_seconds(n: int) -> float:
    from journeymap.export.mermaid_reader import parse_mermaid

    text = "journey\n  section s\n" + "    x: 3\n" * n
    start = time.perf_counter()
    journey = parse_mermaid(text)
    took = time.perf_counter() - start
    assert len({s.id for s in journey.steps}) == n
    return took


def workbook_seconds(rows: int, folder: Path) -> float:
    import openpyxl

    from journeymap.export.api import export_journey, import_journey
    from journeymap.model import Journey, Stage, Step

    path = folder / f"idless-{rows}.xlsx"
    journey = Journey(
        stages=[Stage(id="s", name="S")], steps=[Step(id="a", title="A", stage_id="s")]
    )
    export_journey(journey, path, "xlsx")
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Steps"]
    headers = [c.value for c in sheet[1]]
    title, stage = headers.index("Title") + 1, headers.index("Stage ID") + 1
    for row in range(3, rows + 3):
        sheet.cell(row, title, "Same title")
        sheet.cell(row, stage, "s")
    workbook.save(path)
    start = time.perf_counter()
    imported = import_journey(path)
    took = time.perf_counter() - start
    assert len({s.id for s in imported.steps}) == rows + 1
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 20_000, 200_000])
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000])
    args = parser.parse_args()
    for n in args.sizes:
        print(f"mermaid, {n:>7,} identical tasks: {mermaid_seconds(n):6.2f} s")
    with tempfile.TemporaryDirectory() as folder:
        for rows in args.rows:
            seconds = workbook_seconds(rows, Path(folder))
            print(f"workbook, {rows:>6,} id-less rows:   {seconds:6.2f} s")


if __name__ == "__main__":
    main()
