"""Reading an untrusted input file: only a regular file, and only so much of it.

Every input (a journey, a Mermaid file, a workbook, an autosave) is opened here
first. A FIFO named as FILE would block the reader for ever, ``/dev/zero`` or
``/dev/urandom`` would be read until memory runs out; both are refused before a
byte is read. The file is opened without blocking and checked on the open
handle, so it cannot be swapped for a pipe between the check and the read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

__all__ = ["ReadRefused", "check_regular_file", "read_capped"]


class ReadRefused(Exception):
    """The file cannot be read as an input; the message says why, without the path."""


def _kind_problem(mode: int, what: str) -> str | None:
    if stat.S_ISDIR(mode):
        return f"is a folder, not {what}"
    if not stat.S_ISREG(mode):
        kind = "a pipe" if stat.S_ISFIFO(mode) else "a device or socket"
        return f"is {kind}, not {what}; refused (only regular files are read)"
    return None


def check_regular_file(path: str | os.PathLike[str], what: str) -> int:
    """The size of the regular file at ``path``; :class:`ReadRefused` for
    anything else (missing, a folder, a pipe, a device). Never opens it."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise ReadRefused("no such file") from None
    except OSError as exc:
        raise ReadRefused(f"cannot be read: {exc.strerror or exc}") from None
    problem = _kind_problem(info.st_mode, what)
    if problem:
        raise ReadRefused(problem)
    return info.st_size


def read_capped(path: str | os.PathLike[str], limit: int, what: str) -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` of them.

    Raises :class:`ReadRefused` when the file is missing, not a regular file,
    or larger than ``limit`` (the message gives both sizes in MB).
    """
    check_regular_file(path, what)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(Path(path), flags)
    except OSError as exc:
        raise ReadRefused(f"cannot be read: {exc.strerror or exc}") from None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        problem = _kind_problem(info.st_mode, what)
        if problem:
            raise ReadRefused(problem)
        if info.st_size > limit:
            raise ReadRefused(too_big(info.st_size, limit, what))
        try:
            data = handle.read(limit + 1)
        except OSError as exc:
            raise ReadRefused(f"cannot be read: {exc.strerror or exc}") from None
    if len(data) > limit:  # it grew while being read
        raise ReadRefused(too_big(len(data), limit, what))
    return data


def too_big(size: int, limit: int, what: str) -> str:
    """``the file is 300 MB; journeymap reads a journey file of up to 250 MB``."""
    shown = f"{size / 1e6:.0f} MB" if size >= 1e6 else f"{size:,} bytes"
    cap = f"{limit / 1e6:.0f} MB" if limit >= 1e6 else f"{limit:,} bytes"
    return f"the file is {shown}; journeymap reads {what} of up to {cap}"
