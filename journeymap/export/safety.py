"""Text that a spreadsheet must never run: formula neutralising, reversibly.

A spreadsheet treats a cell whose text starts with ``=``, ``+``, ``-`` or ``@``
(and, in some programs, a leading tab, carriage return or line feed) as a formula.
A step titled ``=HYPERLINK("http://evil", "click")`` must stay text in every
workbook and CSV file journeymap writes, and come back unchanged on import.

The escaping
------------
Text that starts with one of the trigger characters, or with the escape mark
itself, and text that reads as an error value (``#N/A``, ``#REF!``...) gets one
apostrophe (``'``) in front::

    =SUM(A1)   ->  '=SUM(A1)
    -2 days    ->  '-2 days
    'quoted    ->  ''quoted
    plain      ->  plain

On import exactly one leading apostrophe is removed, so every text comes back as
it was: the mapping is reversible and unambiguous because any written text that
starts with an apostrophe has been given one. Spreadsheets show the apostrophe,
which tells a reader that the cell is deliberately text.

In a workbook, characters XML cannot carry (controls other than tab, CR and LF)
and literal ``_xHHHH_`` sequences are written in the Office Open XML escape
``_xHHHH_`` (with ``_x005F_`` escaping the underscore of a literal sequence), which
Excel and LibreOffice decode when they open the file; the import decodes them too.
"""

from __future__ import annotations

import re

__all__ = [
    "ERROR_VALUES",
    "ESCAPE_MARK",
    "FORMULA_TRIGGERS",
    "from_cell_text",
    "neutralise",
    "restore",
    "to_cell_text",
]

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")
ERROR_VALUES = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"})
"""Texts a spreadsheet would take for an error value rather than text."""
ESCAPE_MARK = "'"

_OOXML_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ESCAPED_STARTS = (*FORMULA_TRIGGERS, ESCAPE_MARK)


def neutralise(text: str) -> str:
    """``text`` made safe from formula evaluation (see the module docstring).

    >>> neutralise("=1+1"), neutralise("'x"), neutralise("ok")
    ("'=1+1", "''x", 'ok')
    """
    if text.startswith(_ESCAPED_STARTS) or text in ERROR_VALUES:
        return ESCAPE_MARK + text
    return text


def restore(text: str) -> str:
    """The original of a :func:`neutralise`-d text.

    >>> restore("'=1+1"), restore("''x"), restore("ok")
    ('=1+1', "'x", 'ok')
    """
    return text[1:] if text.startswith(ESCAPE_MARK) else text


def _escape_ooxml(text: str) -> str:
    if "_x" in text:
        text = _OOXML_ESCAPED.sub(lambda m: "_x005F" + m.group(0), text)
    if _XML_ILLEGAL.search(text) is None:  # nearly every text: no substitution to set up
        return text
    return _XML_ILLEGAL.sub(lambda m: f"_x{ord(m.group(0)):04X}_", text)


def to_cell_text(text: str) -> str:
    """Text as written into a workbook cell: neutralised and XML-safe.

    >>> to_cell_text("=A1"), to_cell_text("bell\\x07"), to_cell_text("_x0041_")
    ("'=A1", 'bell_x0007_', '_x005F_x0041_')
    """
    return _escape_ooxml(neutralise(text))


def from_cell_text(text: str) -> str:
    """The original of a :func:`to_cell_text`-d text read back from a cell.

    >>> from_cell_text("'=A1"), from_cell_text("bell_x0007_"), from_cell_text("_x005F_x0041_")
    ('=A1', 'bell\\x07', '_x0041_')
    """
    if "_x" in text:
        text = _OOXML_ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text)
    return restore(text)
