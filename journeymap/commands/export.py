"""``journeymap export FILE -o OUT``: a map image, chart, workbook, CSV or Mermaid text.

The format comes from OUT's suffix unless ``--format`` is given. Exit 0 when the
file is written, 1 when the input is wrong (a broken journey, a persona it does
not have, an output that cannot be written), 2 when the command line is: an
unknown suffix, ``--chart`` with a format that cannot hold it, ``--dpi`` out of
range, ``--pages a4`` for anything but a PDF map.
"""

from __future__ import annotations

import argparse
import sys

from journeymap.commands.terminal import safe_text
from journeymap.export.formats import (
    CHARTS,
    EXPORT_FORMATS,
    IMAGE_FORMATS,
    LANGUAGES,
    MAX_DPI,
    MIN_DPI,
    PAGES,
    either,
    format_from_suffix,
)

__all__ = ["HELP", "NAME", "add_arguments", "run"]

NAME = "export"
HELP = "write a map image, chart, workbook, CSV or Mermaid"

USAGE = (
    f"usage: journeymap export FILE -o OUT [--format {{{','.join(EXPORT_FORMATS)}}}] "
    f"[--persona ID] [--dpi N] [--chart {{{','.join(CHARTS)}}}] [--pages {{{','.join(PAGES)}}}]"
    f" [--lang {{{','.join(LANGUAGES)}}}] [--summary]"
)


def _usage_error(message: str) -> int:
    print(USAGE, file=sys.stderr)
    print(f"journeymap export: error: {message}", file=sys.stderr)
    return 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file")
    parser.add_argument("-o", "--output", required=True, metavar="OUT")
    parser.add_argument(
        "--format", choices=EXPORT_FORMATS, help="override the format given by OUT's suffix"
    )
    parser.add_argument("--persona", metavar="ID", help="show one persona (default: all)")
    parser.add_argument("--dpi", type=int, default=150, help="PNG resolution (default 150)")
    parser.add_argument(
        "--chart",
        choices=CHARTS,
        help=f"export a chart instead of the map ({', '.join(IMAGE_FORMATS)})",
    )
    parser.add_argument(
        "--pages",
        choices=PAGES,
        default="poster",
        help="PDF: one page sized to the map, or tiled on A4/A3 landscape pages",
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="language of the words and numbers written (default: the journey's language)",
    )
    parser.add_argument(
        "--summary",
        action="store_true",
        help="a one-page executive summary (A4 landscape) instead of the map (png, svg, pdf)",
    )


def option_problem(
    fmt: str, chart: str | None, dpi: int, pages: str, summary: bool = False
) -> str | None:
    """What is wrong with the options together, or ``None``; a mistake on the
    command line, so it is found before the journey is read.

    >>> option_problem("png", None, 0, "poster")
    '--dpi must be between 10 and 1200, not 0'
    >>> option_problem("png", None, 150, "a4")
    '--pages a4 tiles a PDF map; a png is one picture'
    """
    if chart and fmt not in IMAGE_FORMATS:
        return f"--chart makes an image: use {either(IMAGE_FORMATS)}, not {fmt}"
    if summary and chart:
        return "give either --summary or --chart, not both"
    if summary and fmt not in IMAGE_FORMATS:
        return f"--summary makes a page: use {either(IMAGE_FORMATS)}, not {fmt}"
    if not MIN_DPI <= dpi <= MAX_DPI:
        return f"--dpi must be between {MIN_DPI} and {MAX_DPI}, not {dpi}"
    if pages != "poster" and (fmt != "pdf" or chart or summary):
        what = f"a {chart} chart" if chart else "a summary" if summary else f"a {fmt}"
        return f"--pages {pages} tiles a PDF map; {what} is one picture"
    return None


def run(args: argparse.Namespace) -> int:
    from journeymap.export.api import export_journey
    from journeymap.export.errors import ExportError
    from journeymap.model import JourneyFileError, load_journey

    fmt = args.format or format_from_suffix(args.output, EXPORT_FORMATS)
    if fmt is None:
        suffixes = ", ".join(f".{f}" for f in EXPORT_FORMATS)
        return _usage_error(
            f"cannot tell the format from {args.output!r}; end it in {suffixes} or give --format"
        )
    chart = getattr(args, "chart", None)
    summary = bool(getattr(args, "summary", False))
    mistake = option_problem(
        fmt, chart, getattr(args, "dpi", 150), getattr(args, "pages", "poster"), summary
    )
    if mistake:
        return _usage_error(mistake)
    try:
        journey = load_journey(args.file)
    except JourneyFileError as exc:
        for problem in exc.problems:
            print(safe_text(f"{args.file}: {problem}"), file=sys.stderr)
        return 1
    try:
        notes = export_journey(
            journey,
            args.output,
            fmt,
            persona_id=getattr(args, "persona", None),
            dpi=getattr(args, "dpi", 150),
            chart=chart,
            pages=getattr(args, "pages", "poster"),
            lang=getattr(args, "lang", None),
            summary=summary,
        )
    except ExportError as exc:
        print(f"journeymap export: {exc}", file=sys.stderr)
        return 1
    names = {"mmd": "Mermaid journey", "xlsx": "workbook", "csv": "CSV of steps and ratings"}
    what = f"{chart} chart" if chart else names.get(fmt, f"map ({fmt.upper()})")
    if summary:
        what = "executive summary"
    print(f"{args.output}: wrote the {what} of {args.file}", file=sys.stderr)
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    return 0
