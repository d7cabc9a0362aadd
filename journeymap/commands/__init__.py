"""The headless commands of ``journeymap``, one module each.

Each module declares ``NAME``, ``HELP``, ``add_arguments(parser)`` and
``run(args) -> int``. Importing one is cheap (argparse and the format tables
only); what a command needs is imported inside ``run``. Messages go to stderr,
results to stdout. A new command is a new module and one line in
:data:`COMMAND_MODULES`.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from types import ModuleType
from typing import Protocol, cast

__all__ = ["COMMAND_MODULES", "Command", "command_names", "load_command"]

COMMAND_MODULES: dict[str, str] = {
    "validate": "journeymap.commands.validate",
    "analyze": "journeymap.commands.analyze",
    "export": "journeymap.commands.export",
    "import": "journeymap.commands.import_",
    "compare": "journeymap.commands.compare",
    "merge": "journeymap.commands.merge",
    "library": "journeymap.commands.library",
    "evidence": "journeymap.commands.evidence",
}
"""Command name → module, in the order ``journeymap --help`` lists them."""


class Command(Protocol):
    NAME: str
    HELP: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


def command_names() -> tuple[str, ...]:
    return tuple(COMMAND_MODULES)


def load_command(name: str) -> Command:
    module: ModuleType = importlib.import_module(COMMAND_MODULES[name])
    return cast(Command, module)
