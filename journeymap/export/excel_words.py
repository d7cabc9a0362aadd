"""The workbook in the journey's language: sheet names and column headers.

The writer names every sheet and column in the export language
(:mod:`journeymap.export.words`); the reader recognises a sheet or a header in
any of the languages, so a Finnish workbook imports back like an English one.
The layout itself (:mod:`journeymap.export.excel_layout`) stays in English:
that is the key a translation is looked up by.

>>> from journeymap.export.excel_layout import STEPS
>>> localised(STEPS, words_for("fi")).name
'Kosketuspisteet'
>>> "kosketuspisteet" in names_of("Steps")
True
"""

from __future__ import annotations

import dataclasses
import functools

from journeymap.export.excel_layout import (
    DATA_SHEETS,
    OVERVIEW_FIELDS,
    OVERVIEW_SHEET,
    Column,
    SheetSpec,
)
from journeymap.export.formats import LANGUAGES
from journeymap.export.words import Words, word, words_for

__all__ = ["localised", "localised_columns", "names_of"]

word(OVERVIEW_SHEET)
for _label in OVERVIEW_FIELDS:
    word(_label)
for _spec in DATA_SHEETS:
    word(_spec.name)
    for _column in _spec.columns:
        word(_column.header)


def localised_columns(columns: tuple[Column, ...] | list[Column], words: Words) -> list[Column]:
    """``columns`` with their headers in ``words``' language."""
    return [dataclasses.replace(c, header=words(c.header)) for c in columns]


def localised(spec: SheetSpec, words: Words) -> SheetSpec:
    """``spec`` with its sheet name and headers in ``words``' language."""
    return dataclasses.replace(
        spec, name=words(spec.name), columns=tuple(localised_columns(spec.columns, words))
    )


@functools.cache
def names_of(text: str) -> frozenset[str]:
    """``text`` (an English sheet name, header or label) in every language, casefolded."""
    return frozenset(words_for(lang)(text).casefold() for lang in LANGUAGES) | {text.casefold()}
