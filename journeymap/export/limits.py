"""Caps for untrusted workbooks, checked before openpyxl parses anything.

A workbook is a zip of XML files, so a small file can unpack to gigabytes (a zip
bomb) or define XML entities that expand without end (an entity bomb). Before
openpyxl reads a workbook, :func:`check_workbook` inspects the zip directory and
streams through every XML member, refusing:

- files bigger than :data:`MAX_FILE_BYTES`, more than :data:`MAX_MEMBERS` members;
- more than :data:`MAX_UNCOMPRESSED_BYTES` in total once unpacked, or a member
  that unpacks to more than :data:`MAX_RATIO` times its packed size;
- any document type declaration (``<!DOCTYPE``/``<!ENTITY``): Office files never
  need one, and it is how entity bombs start; looked for in the decoded text, so
  UTF-16 parts are checked too (other encodings are refused);
- a part, wherever it sits in the zip, with more than
  :data:`MAX_ROWS_PER_SHEET` rows or :data:`MAX_CELLS_PER_SHEET` cells.

openpyxl itself then parses with defusedxml (``openpyxl.DEFUSEDXML``), a second
line of defence against entity expansion.
"""

from __future__ import annotations

import codecs
import os
import re
import zipfile
from pathlib import Path

from journeymap.export.errors import ImportFailed
from journeymap.model.reading import ReadRefused, check_regular_file

__all__ = [
    "MAX_CELLS_PER_SHEET",
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
MAX_CELLS_PER_SHEET = 4_000_000
_RATIO_FLOOR = 1024 * 1024  # members smaller than this are never "bombs"
_CHUNK = 1 << 20

_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_ELEMENTS = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(row|c|f)[\s/>]")
"""Rows, cells and formulas, with or without a namespace prefix, in one pass."""
_DECLARED = re.compile(rb"<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16: its mark starts the same way
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
    (b"\x00\x00\x00<", "utf-32"),
)
_ASCII_MARKUP = {
    "utf-8",
    "utf8",
    "utf-8-sig",
    "us-ascii",
    "ascii",
    "iso-8859-1",
    "latin-1",
    "latin1",
}
"""Encodings that write markup in ASCII bytes: scanned without decoding."""
_TEXT_CODECS = {
    *("utf-8", "utf8", "utf-8-sig", "utf-16", "utf16", "utf-16-le", "utf-16-be"),
    *("us-ascii", "ascii", "iso-8859-1", "latin-1", "latin1"),
}


def _fail(path: Path, message: str) -> ImportFailed:
    return ImportFailed(message, str(path))


def check_workbook(path: str | os.PathLike[str]) -> bool:
    """Raise :class:`ImportFailed` unless ``path`` is a zip within the caps above.

    Returns whether any part holds a formula (``<f>``), which the reader then
    looks at more closely: a formula saved without its computed value reads as
    an empty cell.
    """
    path = Path(path)
    try:
        size = check_regular_file(path, "a workbook")
    except ReadRefused as exc:
        raise _fail(path, str(exc)) from None
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
            return _check_members(path, archive)
    except zipfile.BadZipFile as exc:
        raise _fail(path, f"not a readable Excel workbook: {exc}") from None
    except (OSError, EOFError, RuntimeError, NotImplementedError) as exc:
        raise _fail(path, f"not a readable Excel workbook: {exc}") from None


def _check_members(path: Path, archive: zipfile.ZipFile) -> bool:
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
    formulas = False
    for info in members:
        if info.filename.endswith((".xml", ".rels", ".vml")):
            formulas = _scan_xml(path, archive, info) or formulas
    return formulas


def _scan_xml(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Stream one XML part as text: refuse a DTD, count rows and cells; returns
    whether it holds a formula.

    A part in UTF-16 (as its byte-order mark or first bytes say) is decoded
    first, so a ``<!DOCTYPE`` written in UTF-16 is seen as well; UTF-8, ASCII
    and Latin-1 write markup in the same bytes and are scanned as they are. Rows and
    cells are counted in every part, wherever it sits in the zip: the workbook's
    relationships may place a sheet anywhere (``xl/data/sheet4.xml``).
    """
    rows = cells = 0
    formulas = sheet = False
    tail = b""
    with archive.open(info) as stream:
        head = stream.read(_CHUNK)
        codec = _encoding(path, info.filename, head)
        decoder = None if codec in _ASCII_MARKUP else codecs.getincrementaldecoder(codec)("replace")
        chunk = head
        while chunk:
            window = tail + (chunk if decoder is None else decoder.decode(chunk).encode())
            if _DTD.search(window):
                raise _fail(
                    path,
                    f"part {info.filename} declares a document type or XML entities, which "
                    "workbooks never need (an entity bomb?); refused",
                )
            found = _ELEMENTS.findall(window)
            seen = _ELEMENTS.findall(tail)  # counted with the chunk before
            rows += found.count(b"row") - seen.count(b"row")
            cells += found.count(b"c") - seen.count(b"c")
            if rows > MAX_ROWS_PER_SHEET:
                raise _fail(
                    path,
                    f"sheet part {info.filename} has more than {MAX_ROWS_PER_SHEET:,} rows; "
                    "refused",
                )
            if cells > MAX_CELLS_PER_SHEET:
                raise _fail(
                    path,
                    f"sheet part {info.filename} has more than {MAX_CELLS_PER_SHEET:,} cells; "
                    "refused",
                )
            sheet = sheet or b"sheetData" in window  # a worksheet, not a chart's <c:f>
            formulas = formulas or b"f" in found
            tail = window[-64:]
            chunk = stream.read(_CHUNK)
    return formulas and sheet


def _encoding(path: Path, name: str, head: bytes) -> str:
    """The codec of an XML part from its first bytes: a byte-order mark, UTF-16
    without one, or the encoding its declaration names. Other encodings (UTF-32,
    EBCDIC...) are refused: Office never writes them, and a scan that cannot
    read the text cannot vouch for it."""
    codec: str | None = next((c for bom, c in _BOMS if head.startswith(bom)), None)
    if codec is None and head[:2] in (b"<\x00", b"\x00<"):
        codec = "utf-16-le" if head[0] == 0x3C else "utf-16-be"
    if codec is None:
        declared = _DECLARED.match(head)
        codec = declared.group(1).decode("ascii").lower() if declared else "utf-8"
    if codec in _TEXT_CODECS:
        return codec
    raise _fail(path, f"part {name} is not in UTF-8 or UTF-16, which workbooks use; refused")
