"""One entry point for every export and import, used by the command line and the editor.

Each format's writer and reader is imported only when it is used, so openpyxl,
matplotlib and Qt load only for the formats that need them. The lists of formats,
charts and page layouts are those of :mod:`journeymap.export.formats`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from journeymap.export.errors import ExportError, ImportFailed
from journeymap.export.formats import (
    CHARTS,
    EXPORT_FORMATS,
    IMAGE_FORMATS,
    IMPORT_FORMATS,
    MAX_DPI,
    MIN_DPI,
    PAGES,
    either,
    format_from_suffix,
)
from journeymap.export.words import LANGUAGES, language_of
from journeymap.model.journey import Journey

if TYPE_CHECKING:
    from journeymap.analysis.report import JourneyAnalysis

__all__ = [
    "CHARTS",
    "EXPORT_FORMATS",
    "IMAGE_FORMATS",
    "IMPORT_FORMATS",
    "PAGES",
    "export_journey",
    "format_from_suffix",
    "import_journey",
]


def _analyse(journey: Journey, persona_id: str | None) -> JourneyAnalysis:
    from journeymap.analysis.report import analyse

    return analyse(journey, persona_id=persona_id)


def export_journey(
    journey: Journey,
    out_path: str | os.PathLike[str],
    fmt: str,
    *,
    persona_id: str | None = None,
    dpi: int = 150,
    chart: str | None = None,
    pages: str = "poster",
    lang: str | None = None,
    summary: bool = False,
) -> list[str]:
    """Write ``journey`` to ``out_path`` as ``fmt``; returns notes for the user
    (what a format leaves out, a map drawn smaller than asked), often none.

    Parameters
    ----------
    journey : Journey
        A valid journey.
    out_path : path-like
        The file to write (replaced if it exists).
    fmt : str
        One of :data:`EXPORT_FORMATS`.
    persona_id : str, optional
        Show one persona (map, charts, pain points); all personas when ``None``.
    dpi : int
        Resolution of PNG output (map and charts).
    chart : str, optional
        ``"emotion"``, ``"funnel"``, ``"heatmap"``, ``"sankey"``, ``"roadmap"`` or
        ``"maturity"`` (the CX maturity radar): a chart instead of the map
        (``fmt`` png, svg or pdf).
    pages : str
        Map PDF: ``"poster"`` (one page) or ``"a4"``/``"a3"`` tiles.
    lang : str, optional
        ``"en"`` or ``"fi"``: the language of every word the export writes and of
        its numbers; the journey's ``language`` when ``None``.
    summary : bool
        The one-page executive summary (A4 landscape) instead of the map
        (``fmt`` png, svg or pdf).

    Raises
    ------
    ExportError
        For an option that does not fit, an unknown persona or an unwritable file.
    """
    if fmt not in EXPORT_FORMATS:
        raise ExportError(f"unknown format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    if persona_id is not None and not journey.has("personas", persona_id):
        known = ", ".join(p.id for p in journey.personas) or "none"
        raise ExportError(f"unknown persona {persona_id!r} (personas: {known})")
    if chart is not None and chart not in CHARTS:
        raise ExportError(f"unknown chart {chart!r}; use one of {', '.join(CHARTS)}")
    if chart is not None and fmt not in IMAGE_FORMATS:
        raise ExportError(f"a chart is written as {either(IMAGE_FORMATS)}, not {fmt}")
    if summary and chart is not None:
        raise ExportError("give either --summary or --chart, not both")
    if summary and fmt not in IMAGE_FORMATS:
        raise ExportError(f"the summary is written as {either(IMAGE_FORMATS)}, not {fmt}")
    if lang is not None and lang not in LANGUAGES:
        raise ExportError(f"unknown language {lang!r}; use {either(LANGUAGES)}")
    if not MIN_DPI <= dpi <= MAX_DPI:
        raise ExportError(f"--dpi must be between {MIN_DPI} and {MAX_DPI}, not {dpi}")
    if pages not in PAGES:
        raise ExportError(f"unknown page layout {pages!r}; use one of {', '.join(PAGES)}")
    out = Path(out_path)
    if out.is_dir():
        raise ExportError(f"{out} is a folder; give a file name")
    if not (out.parent if str(out.parent) else Path(".")).is_dir():
        raise ExportError(f"{out}: the folder {out.parent} does not exist")
    try:
        return _export(
            journey,
            out,
            fmt,
            persona_id=persona_id,
            dpi=dpi,
            chart=chart,
            pages=pages,
            lang=lang or language_of(journey.language),
            summary=summary,
        )
    except OSError as exc:
        raise ExportError(f"{out}: could not write: {exc.strerror or exc}") from None


def _export(
    journey: Journey,
    out: Path,
    fmt: str,
    *,
    persona_id: str | None,
    dpi: int,
    chart: str | None,
    pages: str,
    lang: str,
    summary: bool,
) -> list[str]:
    if summary:
        from journeymap.export.summary_page import save_summary

        analysis = _analyse(journey, persona_id)
        save_summary(journey, analysis, out, fmt, dpi=dpi, persona_id=persona_id, lang=lang)
    elif chart is not None:
        from journeymap.export.charts import save_chart

        analysis = _analyse(journey, persona_id)
        save_chart(journey, analysis, chart, out, fmt, dpi=dpi, persona_id=persona_id, lang=lang)
    elif fmt in IMAGE_FORMATS:
        from journeymap.export.map_image import render_map

        return render_map(
            journey, out, fmt, persona_id=persona_id, dpi=dpi, pages=pages, lang=lang
        ).notes
    elif fmt == "xlsx":
        from journeymap.export.excel_writer import write_workbook

        analysis = _analyse(journey, persona_id)
        write_workbook(journey, out, analysis, persona_id=persona_id, lang=lang)
    elif fmt == "csv":
        from journeymap.analysis.flow import compute_flow
        from journeymap.export.csv_export import write_csv
        from journeymap.model.gcpause import gc_paused

        # The flow only (no conversions), not the whole analysis: the CSV shows no more.
        with gc_paused():
            flow = compute_flow(journey, conversions=False)
        write_csv(journey, out, flow)
    else:
        from journeymap.export.mermaid import EXPORT_NOTE, write_mermaid

        write_mermaid(journey, out, persona_id)
        return [EXPORT_NOTE]
    return []


def import_journey(
    path: str | os.PathLike[str], fmt: str | None = None, warnings: list[str] | None = None
) -> Journey:
    """Read a journey from a workbook (``xlsx``) or Mermaid text (``mmd``).

    ``fmt`` defaults to the format named by the suffix of ``path``. ``warnings``,
    when given, receives what was read but may not be what the file meant (a
    workbook's formula saved without its computed value), each naming its cell.

    Raises
    ------
    ImportFailed
        With every problem found, each naming where it is; nothing is half-imported.
    """
    fmt = fmt or format_from_suffix(path, IMPORT_FORMATS)
    if fmt not in IMPORT_FORMATS:
        raise ImportFailed(
            "cannot tell the format from the file name; give "
            + either([f"--format {name}" for name in IMPORT_FORMATS]),
            str(path),
        )
    if fmt == "xlsx":
        from journeymap.export.excel_reader import read_workbook

        return read_workbook(path, warnings)
    from journeymap.export.mermaid_reader import read_mermaid

    return read_mermaid(path)
