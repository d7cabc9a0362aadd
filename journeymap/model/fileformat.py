"""The native file format: ``.journey.json``.

UTF-8 JSON, pretty-printed, keys in a fixed order (the field order of the
models), so that two versions of a journey diff cleanly in git. Fields that hold
their default value are left out. Reading never executes anything: it is
``json.loads`` followed by migrations and validation. Saving is atomic.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import from_json

from journeymap.model.gcpause import gc_paused
from journeymap.model.journey import COLLECTIONS, DERIVED, FORMAT_VERSION, Journey
from journeymap.model.leftovers import remove_dead_writers_files, temp_prefix
from journeymap.model.migrations import MigrationError, migrate
from journeymap.model.reading import ReadRefused, read_capped
from journeymap.model.references import dangling_in_data
from journeymap.model.validation import (
    Problem,
    problems_from_validation_error,
    reference_problems,
)

__all__ = [
    "MAX_FILE_BYTES",
    "SUFFIXES",
    "ItemDumper",
    "JourneyFileError",
    "dumps_journey",
    "encode_json",
    "item_dumper",
    "journey_from_data",
    "journey_to_data",
    "load_journey",
    "loads_journey",
    "replacement_mode",
    "save_journey",
    "write_atomically",
]

MAX_FILE_BYTES = 500_000_000  # a 100,000-step journey with five personas is about 260 MB
SUFFIXES = (".journey.json", ".journey")


class JourneyFileError(Exception):
    """A journey could not be read or written. ``problems`` lists every reason."""

    def __init__(self, problems: list[Problem] | str, path: str | os.PathLike[str] | None = None):
        if isinstance(problems, str):
            problems = [Problem("", problems)]
        self.problems = problems
        self.path = None if path is None else str(path)
        super().__init__(self.summary())

    def summary(self) -> str:
        where = f"{self.path}: " if self.path else ""
        if len(self.problems) == 1:
            return where + str(self.problems[0])
        lines = [f"{where}{len(self.problems)} problems"]
        lines += [f"  {p}" for p in self.problems]
        return "\n".join(lines)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number journeymap accepts")


def _parse_json(text: str) -> Any:
    # pydantic-core's parser (jiter) first: a third faster than ``json.loads``
    # on a large journey, and the same values for every text both read (the
    # same numbers, integers beyond 64 bits included; the last of two equal
    # keys). Anything it refuses (NaN, a lone surrogate, deep nesting, a
    # mistake) is read again by ``json.loads``, which reads or reports it in
    # its own words, exactly as before.
    try:
        return from_json(text, allow_inf_nan=False)
    except (ValueError, TypeError):
        pass
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        raise JourneyFileError(
            f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from None
    except RecursionError:
        raise JourneyFileError("not a journey file: the JSON is nested too deeply") from None
    except ValueError as exc:  # NaN/Infinity, integers with thousands of digits
        reason = str(exc)
        if "integer string conversion" in reason:  # Python's advice to raise its limit
            reason = "a number in it has thousands of digits"
        raise JourneyFileError(f"not a journey file: {reason}") from None


def journey_from_data(data: Any) -> Journey:
    """Migrate and validate decoded JSON data into a :class:`Journey`."""
    if not isinstance(data, dict):
        raise JourneyFileError(
            f"not a journey file: expected a JSON object at the top, found {type(data).__name__}"
        )
    try:
        data = migrate(data)
    except MigrationError as exc:
        raise JourneyFileError([Problem("format_version", str(exc))]) from None
    legacy = data.get("ratings")
    if not isinstance(legacy, list) or not legacy or "measurements" in data:
        legacy = None  # only a version-1 file's ratings are reported as ratings
    try:
        journey = Journey.model_validate(data)
    except ValidationError as exc:
        # Every problem in one run: the unknown ids too, read from the data
        # itself, not only once the type errors are fixed.
        problems = problems_from_validation_error(exc)
        problems += [Problem(path, message) for path, message in dangling_in_data(data)]
        raise JourneyFileError(problems) from None
    problems = reference_problems(journey, legacy)
    if problems:
        raise JourneyFileError(problems)
    return journey


def loads_journey(content: str | bytes) -> Journey:
    """Read a journey from the text (or UTF-8 bytes) of a file."""
    if isinstance(content, bytes):
        if len(content) > MAX_FILE_BYTES:
            raise JourneyFileError(_too_big(len(content)))
        try:
            content = content.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise JourneyFileError(
                f"not a journey file: not UTF-8 text (byte {exc.start} cannot be read)"
            ) from None
    if not content or content.isspace():  # not ``strip()``: that copies the whole text
        raise JourneyFileError("the file is empty")
    with gc_paused():
        return journey_from_data(_parse_json(content))


def replacement_mode(path: Path) -> int:
    """Permissions for a file about to replace ``path``: those of the file it
    replaces, else what the umask gives a new file (a temporary file from
    :mod:`tempfile` is private, 0600, and would keep that after the rename)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        return 0o666 & ~_umask()


def _too_big(size: int) -> str:
    return (
        f"the file is {size / 1e6:.0f} MB; journeymap opens journey files up to "
        f"{MAX_FILE_BYTES / 1e6:.0f} MB"
    )


def load_journey(path: str | os.PathLike[str]) -> Journey:
    """Read a journey file. Raises :class:`JourneyFileError` with every problem found.

    Only a regular file is read (a pipe or a device is refused before reading),
    and only up to :data:`MAX_FILE_BYTES`.
    """
    path = Path(path)
    try:
        content = read_capped(path, MAX_FILE_BYTES, "a journey file")
    except ReadRefused as exc:
        message = str(exc)
        if message.startswith("the file is "):
            message = _too_big(int(path.stat().st_size))
        raise JourneyFileError(message, path) from None
    try:
        return loads_journey(content)
    except JourneyFileError as exc:
        raise JourneyFileError(exc.problems, path) from None


def encode_json(data: Any, *, pretty: bool = False) -> bytes:
    """``data`` as UTF-8 JSON, non-ASCII text as is; ``pretty`` indents by two
    spaces, the same text as ``json.dumps(data, ensure_ascii=False, indent=2)``
    except that numbers below 0.0001 are written ``1e-5`` rather than ``1e-05``.

    Written by orjson, 30 times faster than the standard library's indenting
    encoder (which is pure Python); anything orjson refuses (an integer beyond
    64 bits, say) goes through the standard library instead.
    """
    import orjson  # here, not at the top: reading a journey never needs it (0.01-0.016 s)

    try:
        return orjson.dumps(data, option=orjson.OPT_INDENT_2 if pretty else 0)
    except orjson.JSONEncodeError:
        text = json.dumps(data, ensure_ascii=False, indent=2 if pretty else None)
        return text.encode("utf-8")


def journey_to_data(
    journey: Journey, *, dump_items: Callable[[str, list[Any], ItemDumper], Any] | None = None
) -> dict[str, Any]:
    """The JSON-ready data of a journey, in the file's key order.

    With ``dump_items``, each written collection is not dumped with the rest
    but by ``dump_items(name, items, dumper)``, whose result stands for the
    collection's list (``dumper(some_items)`` dumps some of them as they are
    dumped here): a caller can dump a large collection in slices (the
    editor's background autosave) or put already-encoded JSON in its place.
    """
    data: dict[str, Any] = {"format_version": FORMAT_VERSION}
    if dump_items is None:
        dumped = journey.model_dump(mode="json", exclude_defaults=True)
    else:
        written = [name for name in COLLECTIONS if name not in DERIVED]
        dumped = journey.model_dump(mode="json", exclude_defaults=True, exclude=set(written))
        for name in written:
            dumped[name] = dump_items(name, getattr(journey, name), item_dumper(name))
    dumped.pop("format_version", None)
    for name in Journey.SCALAR_FIELDS:
        if name in dumped:
            data[name] = dumped.pop(name)
    for name in COLLECTIONS:
        if name not in DERIVED:
            data[name] = dumped.pop(name, [])
    data.update(dumped)  # lanes, metadata, and any field added later
    return data


ItemDumper = Callable[[Sequence[Any]], list[Any]]
"""Items of one collection -> their JSON-ready data (see :func:`item_dumper`)."""


@cache
def item_dumper(name: str) -> ItemDumper:
    """A function that dumps items of the collection ``name`` as
    :func:`journey_to_data` writes them within the journey."""
    from pydantic import TypeAdapter  # here: reading a journey never needs it

    items_type: Any = list.__class_getitem__(COLLECTIONS[name])
    adapter: TypeAdapter[list[Any]] = TypeAdapter(items_type)

    def dump(items: Sequence[Any]) -> list[Any]:
        return adapter.dump_python(list(items), mode="json", exclude_defaults=True)

    return dump


def dumps_journey(journey: Journey) -> str:
    return _journey_bytes(journey).decode("utf-8")


def _journey_bytes(journey: Journey) -> bytes:
    return encode_json(journey_to_data(journey), pretty=True) + b"\n"


def save_journey(journey: Journey, path: str | os.PathLike[str]) -> None:
    """Write ``journey`` to ``path`` atomically.

    The text goes to a temporary file in the same folder, is flushed to disk,
    and then replaces the old file in one step; if anything fails on the way,
    the old file is left as it was and :class:`JourneyFileError` says why.
    Temporary files that killed saves of this file left behind are removed
    first (:mod:`journeymap.model.leftovers`).
    """
    try:
        write_atomically(path, _journey_bytes(journey))
    except OSError as exc:
        raise JourneyFileError(f"could not save: {exc.strerror or exc}", path) from None


def write_atomically(path: str | os.PathLike[str], payload: bytes) -> None:
    """Replace ``path`` by ``payload`` in one step (temporary file in the same
    folder, flushed, ``os.replace``); on failure the old file stays as it was
    and the ``OSError`` is raised."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    tmp_name = None
    try:
        remove_dead_writers_files(folder, path.name)
        fd, tmp_name = tempfile.mkstemp(prefix=temp_prefix(path.name), suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, replacement_mode(path))
        os.replace(tmp_name, path)
        tmp_name = None
        _fsync_folder(folder)
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
