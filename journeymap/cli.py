"""The ``journeymap`` command: open the editor, or work headless.

Exit codes: 0 done, 1 the input is wrong (a clear message, never a traceback),
2 the command line is wrong.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from journeymap import __version__
from journeymap.export.formats import (
    CHARTS,
    EXPORT_FORMATS,
    IMAGE_FORMATS,
    IMPORT_FORMATS,
    PAGES,
)

__all__ = ["main"]

VERBS = ("validate", "analyze", "export", "import")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # exits 2, as argparse does, with our wording
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="journeymap",
        description=(
            "Customer journey maps: personas, stages, touchpoints and their ratings; "
            "drop-off and pain points. Without a command, opens the editor."
        ),
        epilog="Run 'journeymap COMMAND --help' for a command's options.",
    )
    parser.add_argument("--version", action="version", version=f"journeymap {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    gui = sub.add_parser("open", help="open the editor (the default command)")
    gui.add_argument("file", nargs="?", help="a .journey.json file to open")

    validate = sub.add_parser("validate", help="check a journey file; exit 1 if it is broken")
    validate.add_argument("file")

    analyze = sub.add_parser("analyze", help="report drop-off, pain points and checks")
    analyze.add_argument("file")
    analyze.add_argument("--json", action="store_true", help="print a JSON object")
    analyze.add_argument("--persona", metavar="ID", help="only this persona's pain points")

    export = sub.add_parser("export", help="write a map image, chart, workbook, CSV or Mermaid")
    export.add_argument("file")
    export.add_argument("-o", "--output", required=True, metavar="OUT")
    export.add_argument(
        "--format", choices=EXPORT_FORMATS, help="override the format given by OUT's suffix"
    )
    export.add_argument("--persona", metavar="ID", help="show one persona (default: all)")
    export.add_argument("--dpi", type=int, default=150, help="PNG resolution (default 150)")
    export.add_argument(
        "--chart",
        choices=CHARTS,
        help=f"export a chart instead of the map ({', '.join(IMAGE_FORMATS)})",
    )
    export.add_argument(
        "--pages",
        choices=PAGES,
        default="poster",
        help="PDF: one page sized to the map, or tiled on A4/A3 landscape pages",
    )

    imp = sub.add_parser("import", help="make a journey file from a workbook or Mermaid text")
    imp.add_argument("file", metavar="IN")
    imp.add_argument("-o", "--output", required=True, metavar="OUT.journey.json")
    imp.add_argument("--format", choices=IMPORT_FORMATS, help="override the input's suffix")
    imp.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    return parser


def _split_default_command(argv: list[str]) -> list[str]:
    """``journeymap FILE`` and ``journeymap`` mean ``journeymap open [FILE]``."""
    if not argv:
        return ["open"]
    first = argv[0]
    if first in (*VERBS, "open") or first.startswith("-"):
        return argv
    return ["open", *argv]


def main(argv: Sequence[str] | None = None) -> int:
    args_list = _split_default_command(list(sys.argv[1:] if argv is None else argv))
    args = build_parser().parse_args(args_list)
    try:
        if args.command == "open":
            from journeymap.ui.app import run_gui

            return run_gui(args.file)
        if args.command == "validate":
            from journeymap.commands.validate import run
        elif args.command == "analyze":
            from journeymap.commands.analyze import run
        elif args.command == "export":
            from journeymap.commands.export import run
        else:
            from journeymap.commands.import_ import run
        return run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (``journeymap analyze FILE | head``): stop quietly,
        # and keep Python from complaining when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except Exception as exc:  # the last line of defence: no traceback reaches a user
        if os.environ.get("JOURNEYMAP_DEBUG"):
            raise
        print(
            f"journeymap: unexpected error: {type(exc).__name__}: {exc}\n"
            "(set JOURNEYMAP_DEBUG=1 to see the details)",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
