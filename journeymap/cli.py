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


def build_parser(commands: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The whole command line, or with ``commands`` only those (and ``open``): the
    editor's start reads no command module it does not run."""
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
    for name in command_names() if commands is None else commands:
        command = load_command(name)
        command.add_arguments(sub.add_parser(name, help=command.HELP))
    return parser


class UnknownCommand(Exception):
    """The first word is neither a command nor an existing file."""

    def __init__(self, message: str, code: int):
        super().__init__(message)
        self.code = code


def _split_default_command(argv: list[str]) -> list[str]:
    """``journeymap FILE`` and ``journeymap`` mean ``journeymap open [FILE]``.

    A first word that is neither a command nor an existing file is never taken
    as a file to open: a mistyped command (``journeymap valdiate FILE``) raises
    :class:`UnknownCommand` with a suggestion (exit 2), a missing journey file
    (``journeymap gone.journey.json``) says so (exit 1).
    """
    if not argv:
        return ["open"]
    first = argv[0]
    if first in (*command_names(), "open") or first.startswith("-"):
        return argv
    if os.path.lexists(first):
        return ["open", *argv]
    if _looks_like_a_file(first):
        raise UnknownCommand(f"{first}: no such file", 1)
    raise UnknownCommand(_unknown_command_message(first), 2)


def _looks_like_a_file(word: str) -> bool:
    """A word with a journey suffix or a path separator names a file, not a command."""
    return (
        word.lower().endswith((".journey.json", ".journey", ".json"))
        or "/" in word
        or (os.sep in word)
    )


def _unknown_command_message(word: str) -> str:
    import difflib  # only for a mistyped command: not on every start

    names = (*command_names(), "open")
    close = difflib.get_close_matches(word.lower(), names, n=1, cutoff=0.6)
    hint = f"; did you mean {close[0]!r}?" if close else f"; the commands are {', '.join(names)}"
    return f"unknown command {word!r}{hint}"


def display_problem(environ: os._Environ[str] | dict[str, str] | None = None) -> str | None:
    """Why the editor cannot open a window here, or ``None`` when it can.

    Checked before Qt starts: without a display, Qt aborts the whole process
    (exit 134) instead of failing politely. Only Linux and the other X11/Wayland
    systems need one; ``QT_QPA_PLATFORM`` (``offscreen``, say) overrides the check.

    >>> display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    True
    """
    env = os.environ if environ is None else environ
    if sys.platform in ("win32", "darwin") or env.get("QT_QPA_PLATFORM"):
        return None
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return (
        "journeymap: cannot open the editor: no display (neither DISPLAY nor WAYLAND_DISPLAY "
        "is set); the commands validate, analyze, export and import work without one"
    )


def main(argv: Sequence[str] | None = None) -> int:
    # journeymap uses no pydantic plugin: pydantic's documented switch spares
    # the search of every installed package's entry points for one when the
    # first model class is built (10-20 ms of every command and of the editor's
    # start).
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    try:
        args_list = _split_default_command(list(sys.argv[1:] if argv is None else argv))
    except UnknownCommand as exc:
        if exc.code == 2:
            print("usage: journeymap [FILE] | journeymap COMMAND ... (see --help)", file=sys.stderr)
            print(f"journeymap: error: {exc}", file=sys.stderr)
        else:
            print(f"journeymap: {exc}", file=sys.stderr)
        return exc.code
    # Only the command that runs is read (``open``: none), not every command module.
    first = args_list[0]
    chosen = (first,) if first in command_names() else () if first == "open" else None
    args = build_parser(chosen).parse_args(args_list)
    try:
        if args.command == "open":
            problem = display_problem()
            if problem:
                print(problem, file=sys.stderr)
                return 1
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
