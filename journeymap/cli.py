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
from journeymap.commands import command_names, load_command

__all__ = ["main"]


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
    for name in command_names():
        command = load_command(name)
        command.add_arguments(sub.add_parser(name, help=command.HELP))
    return parser


def _split_default_command(argv: list[str]) -> list[str]:
    """``journeymap FILE`` and ``journeymap`` mean ``journeymap open [FILE]``."""
    if not argv:
        return ["open"]
    first = argv[0]
    if first in (*command_names(), "open") or first.startswith("-"):
        return argv
    return ["open", *argv]


def main(argv: Sequence[str] | None = None) -> int:
    args_list = _split_default_command(list(sys.argv[1:] if argv is None else argv))
    args = build_parser().parse_args(args_list)
    try:
        if args.command == "open":
            from journeymap.ui.app import run_gui

            return run_gui(args.file)
        return load_command(args.command).run(args)
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
