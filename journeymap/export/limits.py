"""Caps for untrusted workbooks, checked before openpyxl parses anything.

A workbook is a zip of XML files, so a small file can unpack to gigabytes (a zip
bomb) or define XML entities that expand without end (an entity bomb). Before
openpyxl reads a workbook, :func:`check_workbook` inspects the zip directory and
streams through every XML member, refusing:

- files bigger than :data:`MAX_FILE_BYTES`, more than :data:`MAX_MEMBERS` members;
- more than :data:`MAX_UNCOMPRESSED_BYTES` in total once unpacked, or a member
  that unpacks to more than :data:`MAX_RATIO` times its packed size;
- any document type declaration (``<!DOCTYPE``/``<!ENTITY``): Office files never
  need one, and it is how entity bombs start;
- sheets with more than :data:`MAX_ROWS_PER_SHEET` rows.

openpyxl itself then parses with defusedxml (``openpyxl.DEFUSEDXML``), a second
line of defence against entity expansion.
"""

from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path

from journeymap.export.errors import ImportFailed

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_MEMBERS",
    "MAX_RATIO",
    "MAX_ROWS_PER_SHEET",
    "MAX_UNCOMPRESSED_BYTES",
    "check_workbook",
]

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 300 * 1024 * 1024
MAX_MEMBERS = 2_000
MAX_RATIO = 200
MAX_ROWS_PER_SHEET = 200_000
_RATIO_FLOOR = 1024 * 1024  # members smaller than this are never "bombs"
_CHUNK = 1 << 16

_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_ROW = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s/>]")


def _fail(path: Path, message: str) -> ImportFailed:
    return ImportFailed(message, str(path))


def check_workbook(path: str | os.PathLike[str]) -> None:
    """Raise :class:`ImportFailed` unless ``path`` is a zip within the caps above."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise _fail(path, "no such file") from None
    except OSError as exc:
        raise _fail(path, f"cannot be read: {exc.strerror or exc}") from None
    if path.is_dir():
        raise _fail(path, "is a folder, not a workbook")
    if size > MAX_FILE_BYTES:
        raise _fail(
            path,
            f"the workbook is {size / 1e6:.0f} MB; journeymap imports workbooks up to "
            f"{MAX_FILE_BYTES / 1e6:.0f} MB",
        )
    if not zipfile.is_zipfile(path):
        raise _fail(path, "not an Excel workbook (.xlsx): the file is not a zip archive")
    try:
        with zipfile.ZipFile(path) as archive:
            _check_members(path, archive)
    except zipfile.BadZipFile as exc:
        raise _fail(path, f"not a readable Excel workbook: {exc}") from None
    except (OSError, EOFError, RuntimeError, NotImplementedError) as exc:
        raise _fail(path, f"not a readable Excel workbook: {exc}") from None


def _check_members(path: Path, archive: zipfile.ZipFile) -> None:
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise _fail(path, f"the workbook has {len(members)} parts; at most {MAX_MEMBERS} allowed")
    total = sum(info.file_size for info in members)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise _fail(
            path,
            f"the workbook unpacks to {total / 1e6:.0f} MB; at most "
            f"{MAX_UNCOMPRESSED_BYTES / 1e6:.0f} MB allowed (a zip bomb?)",
        )
    for info in members:
        if info.file_size > _RATIO_FLOOR and info.file_size > MAX_RATIO * max(
            info.compress_size, 1
        ):
            raise _fail(
                path,
                f"part {info.filename} is compressed {info.file_size // max(info.compress_size, 1)}"
                f" to 1 (more than {MAX_RATIO} to 1 is refused as a zip bomb)",
            )
    for info in members:
        if info.filename.endswith((".xml", ".rels", ".vml")):
            _scan_xml(path, archive, info)


def _scan_xml(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Stream one XML part: refuse a DTD, count rows of a worksheet."""
    is_sheet = info.filename.startswith("xl/worksheets/")
    rows = 0
    tail = b""
    with archive.open(info) as stream:
        while chunk := stream.read(_CHUNK):
            window = tail + chunk
            if _DTD.search(window):
                raise _fail(
                    path,
                    f"part {info.filename} declares a document type or XML entities, which "
                    "workbooks never need (an entity bomb?); refused",
                )
            if is_sheet:
                rows += len(_ROW.findall(window)) - len(_ROW.findall(tail))
                if rows > MAX_ROWS_PER_SHEET:
                    raise _fail(
                        path,
                        f"sheet part {info.filename} has more than {MAX_ROWS_PER_SHEET:,} rows; "
                        "refused",
                    )
            tail = window[-64:]
