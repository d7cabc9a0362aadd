"""Answers tables: CSV or XLSX read into text cells, survey exports recognised.

A survey tool's export is a table with one to three header rows:

========================  ======  ===========  ========================================
export                    format  header rows  recognised by
========================  ======  ===========  ========================================
Qualtrics                 CSV     3            ``{"ImportId": ...}`` cells in row 3
SurveyMonkey              XLSX    2            ``Respondent ID`` and ``Collector ID``
Google Forms              CSV     1            first column ``Timestamp``
Microsoft Forms           XLSX    1            ``ID``, ``Start time``, ``Completion time``
plain table               either  1            anything else
========================  ======  ===========  ========================================

CSV text may be UTF-8 (with or without a byte-order mark), UTF-16 (with a
mark) or Windows-1252 / Latin-1; the separator (``,``, ``;``, tab or ``|``) is
sniffed. Nothing in a cell is ever evaluated: a workbook's formulas are read as
their cached values (or left blank), and text such as ``=1+1`` stays text.
Every cell comes back as a stripped string, with its row number as a
spreadsheet shows it (the first header row is row 1).
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "MAX_ANSWER_BYTES",
    "AnswersTable",
    "TableError",
    "read_answers",
    "sniff_separator",
]

MAX_ANSWER_BYTES = 50 * 1024 * 1024
MAX_ROWS = 200_000
SEPARATORS = ",;\t|"


class TableError(ValueError):
    """The file could not be read as a table; the message names the file and why."""


@dataclass(frozen=True)
class AnswersTable:
    """A survey export read into text.

    ``headers`` holds the header rows (each as long as the widest row);
    ``rows`` the answer rows as ``(row number, cells)``; ``kind`` the export
    recognised (``qualtrics``, ``surveymonkey``, ``google-forms``,
    ``microsoft-forms`` or ``plain``); ``encoding`` and ``separator`` are
    empty for a workbook.
    """

    headers: tuple[tuple[str, ...], ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    kind: str
    encoding: str = ""
    separator: str = ""
    names: tuple[str, ...] = field(init=False)
    """Each column's name: its header texts joined by `` / ``, blanks and
    repeats left out (SurveyMonkey's question over its choice)."""

    def __post_init__(self) -> None:
        # Qualtrics's third row is an internal id, no name a person would use
        named = self.headers[:2] if self.kind == "qualtrics" else self.headers
        object.__setattr__(self, "names", tuple(_column_name(named, i) for i in range(self.width)))

    @property
    def width(self) -> int:
        return max((len(h) for h in self.headers), default=0)

    def column(self, reference: str) -> int | None:
        """The index of the column named ``reference``: its full name, or the
        text of one of its header rows when no other column has that text;
        case and spacing are ignored when nothing matches exactly."""
        for matcher in (_exact, _loose):
            found = {i for i, name in enumerate(self.names) if matcher(name, reference)}
            if len(found) != 1:
                found = {
                    i
                    for header in self.headers
                    for i, text in enumerate(header)
                    if text and matcher(text, reference)
                }
            if len(found) == 1:
                return found.pop()
        return None

    def cell(self, cells: Sequence[str], index: int) -> str:
        return cells[index] if index < len(cells) else ""


def _exact(a: str, b: str) -> bool:
    return a == b.strip()


def _loose(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _column_name(headers: Sequence[Sequence[str]], index: int) -> str:
    parts: list[str] = []
    for header in headers:
        text = header[index] if index < len(header) else ""
        if text and text not in parts:
            parts.append(text)
    return " / ".join(parts) if parts else f"column {index + 1}"


def read_answers(path: str | Path, header_rows: int | None = None) -> AnswersTable:
    """Read ``path`` (``.csv``, ``.txt``, ``.tsv`` or ``.xlsx``).

    ``header_rows`` overrides the number the recognised export has. Raises
    :class:`TableError` for a file that is missing, empty, too big, not a table
    or has fewer rows than its headers.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise TableError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if path.is_dir():
        raise TableError(f"{path}: is a folder, not a table")
    if size == 0:
        raise TableError(f"{path}: the file is empty")
    if size > MAX_ANSWER_BYTES:
        raise TableError(
            f"{path}: {size // (1024 * 1024)} MB is more than a survey export "
            f"can be ({MAX_ANSWER_BYTES // (1024 * 1024)} MB)"
        )
    if path.suffix.lower() in {".xlsx", ".xlsm"} or zipfile.is_zipfile(path):
        grid = _workbook_grid(path)
        encoding = separator = ""
    else:
        data = path.read_bytes()
        text, encoding = _decode(data, path)
        grid, separator = _csv_grid(text, path)
    grid = _trim(grid)
    if not grid:
        raise TableError(f"{path}: the file has no rows")
    kind, recognised_rows = _recognise(grid)
    count = header_rows if header_rows is not None else recognised_rows
    if count < 1 or count > len(grid):
        raise TableError(
            f"{path}: {count} header rows asked for, but the table has {len(grid)} rows"
        )
    width = max(len(r) for r in grid)
    headers = tuple(_carry_merged(tuple(r) + ("",) * (width - len(r)), kind) for r in grid[:count])
    rows = tuple(
        (number, tuple(r)) for number, r in enumerate(grid[count:], start=count + 1) if any(r)
    )
    return AnswersTable(headers, rows, kind, encoding, separator)


def _carry_merged(header: tuple[str, ...], kind: str) -> tuple[str, ...]:
    """SurveyMonkey merges a question's cell over its choices: carry it right."""
    if kind != "surveymonkey":
        return header
    out: list[str] = []
    for text in header:
        out.append(text or (out[-1] if out else ""))
    return tuple(out)


def _decode(data: bytes, path: Path) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise TableError(f"{path}: starts as UTF-16 text but is not") from None
    sample = data[:4096]
    if sample.count(b"\x00") > len(sample) // 4 and len(sample) >= 4:
        # UTF-16 without a mark: every other byte of ASCII text is zero
        encoding = "utf-16-le" if sample[1:2] == b"\x00" else "utf-16-be"
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            pass
    if b"\x00" in sample:
        raise TableError(f"{path}: is not a table (it holds binary data)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _csv_grid(text: str, path: Path) -> tuple[list[list[str]], str]:
    separator = sniff_separator(text[:65536])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    grid: list[list[str]] = []
    try:
        for row in reader:
            grid.append([cell.strip() for cell in row])
            if len(grid) > MAX_ROWS:
                raise TableError(f"{path}: more than {MAX_ROWS:,} rows")
    except csv.Error as exc:
        raise TableError(f"{path}: line {reader.line_num}: not a table ({exc})") from None
    return grid, separator


def sniff_separator(sample: str) -> str:
    """The separator that splits the first lines into the most columns, the
    same number on every line (csv.Sniffer is easily fooled by quoted text)."""
    lines = sample.splitlines(keepends=True)[:50]
    if len(lines) > 1 and not sample.endswith(("\n", "\r")):
        lines = lines[:-1]  # the sample may cut the last line short
    best, best_score = ",", (-1, 0)
    for separator in SEPARATORS:
        try:
            widths = [
                len(r)
                for r in csv.reader(io.StringIO("".join(lines), newline=""), delimiter=separator)
                if r
            ]
        except csv.Error:
            continue
        if not widths:
            continue
        common = max(set(widths), key=widths.count)
        score = (widths.count(common) if common > 1 else 0, common)
        if score > best_score:
            best, best_score = separator, score
    return best


def _workbook_grid(path: Path) -> list[list[str]]:
    import openpyxl  # lazy: only workbooks need it
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise TableError(f"{path}: is not a workbook that can be read ({exc})") from None
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            raise TableError(f"{path}: the workbook has no sheet")
        grid: list[list[str]] = []
        for values in sheet.iter_rows(values_only=True):
            grid.append([_cell_text(v) for v in values])
            if len(grid) > MAX_ROWS:
                raise TableError(f"{path}: more than {MAX_ROWS:,} rows")
        return grid
    finally:
        book.close()


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value).strip()


def _trim(grid: list[list[str]]) -> list[list[str]]:
    """Drop trailing empty cells and rows (workbooks report their used range)."""
    out = []
    for row in grid:
        while row and not row[-1]:
            row = row[:-1]
        out.append(row)
    while out and not out[-1]:
        out.pop()
    return out


def _recognise(grid: list[list[str]]) -> tuple[str, int]:
    first = [c.casefold() for c in grid[0]]
    third = grid[2] if len(grid) > 2 else []
    if any(c.startswith('{"importid"') for c in (x.casefold() for x in third)):
        return "qualtrics", 3
    if "respondent id" in first and "collector id" in first:
        return "surveymonkey", 2
    if first and first[0] in {"timestamp", "aikaleima"}:
        return "google-forms", 1
    if first[:1] == ["id"] and "start time" in first and "completion time" in first:
        return "microsoft-forms", 1
    return "plain", 1
