"""How one model value becomes a cell value and back, per :class:`Column` kind.

Writing is total (every valid journey can be written); reading raises
:class:`CellError` with a message that says what was expected, and the reader
adds the sheet, row and column.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable
from operator import attrgetter
from typing import Any

from journeymap.export.excel_layout import Column
from journeymap.export.safety import from_cell_text, to_cell_text

__all__ = [
    "CellError",
    "SpreadsheetError",
    "cell_writer",
    "join_list",
    "read_cell",
    "split_list",
]


class CellError(ValueError):
    """A cell that cannot be read; the message says what was expected."""


class SpreadsheetError(str):
    """The value of a cell showing a spreadsheet error (``#VALUE!``, ``#REF!``...),
    usually a formula a person typed; it is reported, never taken as text."""


def join_list(values: tuple[str, ...] | list[str]) -> str:
    """``("a", "b")`` -> ``"a, b"``; as a JSON list when an entry would not survive
    the comma form (a comma, surrounding spaces, a leading ``[``).

    >>> join_list(("a", "b")), join_list(("x, y",))
    ('a, b', '["x, y"]')
    """
    plain = all(v and v == v.strip() and "," not in v for v in values)
    if plain and not (values and values[0].startswith("[")):
        return ", ".join(values)
    return json.dumps(list(values), ensure_ascii=False)


def split_list(text: str) -> list[str]:
    """The inverse of :func:`join_list`; also accepts ``;`` or new lines between entries."""
    text = text.strip()
    if text.startswith("["):
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):  # not a JSON list: read as a comma list
            data = None
        if isinstance(data, list) and all(isinstance(v, str) for v in data):
            return data
    for sep in (";", "\n"):
        text = text.replace(sep, ",")
    return [part.strip() for part in text.split(",") if part.strip()]


def cell_writer(column: Column) -> Callable[[Any], Any]:
    """A function item (a model item) -> its cell value for ``column``, worked
    out once per column: a sheet asks it for every row."""
    field = column.field
    assert field is not None
    read = attrgetter(field)
    kind = column.kind
    if kind in ("x", "y"):
        axis = attrgetter(kind)
        return lambda item: None if (value := read(item)) is None else axis(value)
    if kind == "enum":
        return lambda item: None if (value := read(item)) is None else _enum_text(value)
    if kind == "list":
        return lambda item: to_cell_text(join_list(value)) if (value := read(item)) else None
    if kind == "counts":
        return lambda item: (
            None if (value := read(item)) is None else ", ".join(str(v) for v in value)
        )
    return lambda item: _plain(read(item))


def _enum_text(value: Any) -> str:
    return value.value if hasattr(value, "value") else str(value)


def _plain(value: Any) -> Any:
    if isinstance(value, str):
        return to_cell_text(value) if value else None
    return value


def _text(raw: Any) -> str:
    if isinstance(raw, str):
        return from_cell_text(raw)
    if isinstance(raw, bool):
        return "TRUE" if raw else "FALSE"
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, dt.datetime | dt.date | dt.time):
        return raw.isoformat()
    return str(raw)


def _number(column: Column, raw: Any) -> float:
    if isinstance(raw, bool):
        raise CellError(f"{_what(column)} must be a number, found {raw}")
    if isinstance(raw, int | float):
        value = float(raw)
    else:
        text = _text(raw).strip().replace("\u2212", "-").replace(" ", "").replace("\u00a0", "")
        percent = text.endswith("%")
        try:
            value = float(text.rstrip("%").replace(",", "."))
        except ValueError:
            raise CellError(f"{_what(column)} must be a number, found {_shown(raw)}") from None
        if percent:
            value /= 100
    if not math.isfinite(value):
        raise CellError(f"{_what(column)} must be a finite number, found {_shown(raw)}")
    return value


def _what(column: Column) -> str:
    return column.scale.name if column.scale else column.header


def _shown(raw: Any) -> str:
    text = repr(raw) if isinstance(raw, str) else str(raw)
    return text if len(text) <= 40 else text[:37] + "..."


def _in_range(column: Column, value: float, raw: Any) -> float:
    bounds = (column.scale.low, column.scale.high) if column.scale else column.bounds
    if bounds and not bounds[0] <= value <= bounds[1]:
        raise CellError(
            f"{_what(column)} must be between {bounds[0]:g} and {bounds[1]:g}, found {_shown(raw)}"
        )
    return value


_TRUE = {"true", "yes", "1", "x", "tosi", "kyllä"}
_FALSE = {"false", "no", "0", "epätosi", "ei"}


def _bool(column: Column, raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    text = _text(raw).strip().casefold()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise CellError(f"{column.header} must be TRUE or FALSE, found {_shown(raw)}")


def _counts(column: Column, raw: Any) -> tuple[int, ...]:
    parts = [p.strip() for p in _text(raw).replace(";", ",").split(",") if p.strip()]
    try:
        values = tuple(int(p) for p in parts)
    except ValueError:
        values = ()
    if not values or any(v < 0 for v in values):
        raise CellError(
            f"{column.header} must be whole numbers separated by commas, one per point of "
            f"the scale (like 1, 4, 10, 22, 8), found {_shown(raw)}"
        )
    return values


def read_cell(column: Column, raw: Any) -> Any:
    """The model value of a cell for ``column``; ``None`` for a blank cell."""
    if isinstance(raw, SpreadsheetError):
        raise CellError(f"the cell shows the spreadsheet error {raw}; enter a value instead")
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    kind = column.kind
    if kind in ("id", "ref"):
        return _text(raw).strip()
    if kind == "text":
        return _text(raw)
    if kind == "list":
        return split_list(_text(raw))
    if kind == "bool":
        return _bool(column, raw)
    if kind == "counts":
        return _counts(column, raw)
    if kind == "enum":
        text = _text(raw).strip().lower().replace(" ", "_").replace("-", "_")
        if text not in column.choices:
            raise CellError(
                f"{column.header} must be one of {', '.join(column.choices)}, found {_shown(raw)}"
            )
        return text
    value = _in_range(column, _number(column, raw), raw)
    if kind == "int":
        if not value.is_integer():
            raise CellError(f"{_what(column)} must be a whole number, found {_shown(raw)}")
        return int(value)
    if isinstance(raw, int) and not isinstance(raw, bool):
        return raw
    return value
