"""Shared personas and channels: the library file and the copies journeys keep.

The library file
----------------
``library.json`` at the top of a library folder holds the personas and
channels its journeys share, in the journey file's own item format::

    {"format": "journeymap-library", "version": 1,
     "personas": [{"id": "anna", "name": "Anna", ...}], "channels": [...]}

A journey finds it by looking in its own folder, then in each folder above
(:func:`find_library_file`).

The copies
----------
A journey that uses a shared persona keeps a whole copy of it, so it reads the
same on its own (mailed, opened outside the library, in an old commit). The
copy's ``shared_source`` names where it came from: the library file relative
to the journey's folder and the id in it, ``library.json#anna`` or
``../library.json#anna``. A copy is **stale** when any of its fields (other
than its id and ``shared_source``) differs from the library's item;
:func:`stale_copies` finds them and :func:`update_edit` makes the one edit
(undoable in the editor) that brings every one up to date. Changing a persona
in the library therefore shows in every journey using it the next time each
is opened and the update accepted.

:func:`share_item` writes a journey's persona or channel into the library
file (atomically) and marks the journey's item as its copy;
:func:`use_shared_item` adds a copy of a library item to a journey.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from journeymap.library import LIBRARY_FILE
from journeymap.model.edits import AddItem, CompositeEdit, Edit, UpdateItem
from journeymap.model.entities import Channel, Persona
from journeymap.model.fileformat import encode_json, write_atomically
from journeymap.model.ids import new_id
from journeymap.model.journey import Journey
from journeymap.model.validation import problems_from_validation_error

__all__ = [
    "SHARED_COLLECTIONS",
    "SharedLibrary",
    "SharedLibraryError",
    "SharedStatus",
    "StaleCopy",
    "find_library_file",
    "load_shared",
    "save_shared",
    "share_item",
    "source_text",
    "stale_copies",
    "update_edit",
    "use_shared_item",
]

SHARED_COLLECTIONS = ("personas", "channels")
MAX_LIBRARY_BYTES = 20_000_000
MAX_LEVELS_UP = 32
_OWN_FIELDS = {"id", "shared_source"}


class SharedLibrary(BaseModel):
    """The content of a library file."""

    model_config = ConfigDict(extra="forbid")

    format: Literal["journeymap-library"] = "journeymap-library"
    version: int = Field(default=1, ge=1, le=1)
    personas: list[Persona] = Field(default_factory=list)
    channels: list[Channel] = Field(default_factory=list)

    def find(self, collection: str, item_id: str) -> Persona | Channel | None:
        items: list[Any] = getattr(self, collection)
        return next((i for i in items if i.id == item_id), None)


class SharedLibraryError(Exception):
    """A library file could not be read or written; the message says why."""


def find_library_file(journey_path: str | os.PathLike[str]) -> Path | None:
    """The nearest ``library.json`` in the journey's folder or a folder above it."""
    folder = Path(journey_path).resolve().parent
    for _ in range(MAX_LEVELS_UP):
        candidate = folder / LIBRARY_FILE
        if candidate.is_file():
            return candidate
        if folder.parent == folder:
            return None
        folder = folder.parent
    return None


def load_shared(path: str | os.PathLike[str]) -> SharedLibrary:
    """Read a library file; :class:`SharedLibraryError` names every problem."""
    import json

    path = Path(path)
    try:
        if path.stat().st_size > MAX_LIBRARY_BYTES:
            raise SharedLibraryError(f"{path}: the library file is too large")
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except FileNotFoundError:
        raise SharedLibraryError(f"{path}: no such library file") from None
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise SharedLibraryError(f"{path}: cannot be read: {exc}") from None
    try:
        shared = SharedLibrary.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(str(p) for p in problems_from_validation_error(exc))
        raise SharedLibraryError(f"{path}: {problems}") from None
    for collection in SHARED_COLLECTIONS:
        ids = [i.id for i in getattr(shared, collection)]
        if len(ids) != len(set(ids)):
            raise SharedLibraryError(f"{path}: {collection} with the same id twice")
    return shared


def save_shared(shared: SharedLibrary, path: str | os.PathLike[str]) -> None:
    """Write a library file atomically (the old one stays if writing fails)."""
    data = shared.model_dump(mode="json", exclude_defaults=True)
    data = {"format": shared.format, "version": shared.version, **data}
    try:
        write_atomically(path, encode_json(data, pretty=True) + b"\n")
    except OSError as exc:
        raise SharedLibraryError(f"{path}: could not save: {exc.strerror or exc}") from None


def source_text(journey_path: str | os.PathLike[str], library_path: Path, item_id: str) -> str:
    """``shared_source`` for a copy of ``item_id`` from ``library_path``.

    >>> source_text("/m/sub/a.journey.json", Path("/m/library.json"), "anna")
    '../library.json#anna'
    """
    relative = os.path.relpath(Path(library_path), Path(journey_path).parent)
    return f"{Path(relative).as_posix()}#{item_id}"


def _parse_source(journey_path: str | os.PathLike[str], source: str) -> tuple[Path, str] | None:
    file_part, hash_, item_id = source.rpartition("#")
    if not hash_ or not file_part or not item_id:
        return None
    path = Path(journey_path).resolve().parent / Path(*PurePosixPath(file_part).parts)
    return path.resolve(), item_id


@dataclass(frozen=True)
class StaleCopy:
    """A journey's copy of a shared item that differs from the library's."""

    collection: str
    key: str
    name: str
    changes: dict[str, Any]
    """The library's values of the fields that differ."""


@dataclass(frozen=True)
class SharedStatus:
    """The shared items of one journey: the stale copies and the problems."""

    stale: list[StaleCopy] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    """Copies whose library or item cannot be found, as sentences."""
    current: int = 0
    """Copies that match their library item."""


def stale_copies(journey: Journey, journey_path: str | os.PathLike[str]) -> SharedStatus:
    """Compare every shared copy in ``journey`` with its library item."""
    libraries: dict[Path, SharedLibrary | str] = {}
    status = SharedStatus()
    current = 0
    for collection in SHARED_COLLECTIONS:
        for item in journey.collection(collection):
            if not item.shared_source:
                continue
            parsed = _parse_source(journey_path, item.shared_source)
            if parsed is None:
                status.problems.append(
                    f"{item.name}: the shared source {item.shared_source!r} names no library item"
                )
                continue
            path, item_id = parsed
            if path not in libraries:
                try:
                    libraries[path] = load_shared(path)
                except SharedLibraryError as exc:
                    libraries[path] = str(exc)
            shared = libraries[path]
            if isinstance(shared, str):
                status.problems.append(f"{item.name}: {shared}")
                continue
            original = shared.find(collection, item_id)
            if original is None:
                status.problems.append(f"{item.name}: {item_id!r} is no longer in {path.name}")
                continue
            changes = _differences(item, original)
            if changes:
                status.stale.append(StaleCopy(collection, item.id, item.name, changes))
            else:
                current += 1
    return SharedStatus(status.stale, status.problems, current)


def _differences(copy: Any, original: Any) -> dict[str, Any]:
    names = [n for n in type(copy).model_fields if n not in _OWN_FIELDS]
    return {n: getattr(original, n) for n in names if getattr(copy, n) != getattr(original, n)}


def update_edit(stale: list[StaleCopy], label: str = "Update shared items") -> Edit:
    """One edit bringing every stale copy up to date (undo gives the copies back)."""
    edits = [UpdateItem(s.collection, s.key, s.changes) for s in stale]
    return CompositeEdit(edits, label)


def share_item(
    journey: Journey,
    journey_path: str | os.PathLike[str],
    collection: str,
    key: str,
    library_path: str | os.PathLike[str],
) -> Edit | None:
    """Write the journey's item into the library file at ``library_path`` (made
    when missing; an item of the same id is replaced) and return the edit that
    marks the journey's item as its copy (``None`` when already marked)."""
    item = journey.find(collection, key)
    if collection not in SHARED_COLLECTIONS or item is None:
        raise SharedLibraryError(f"no {collection} {key!r} to share")
    path = Path(library_path)
    shared = load_shared(path) if path.exists() else SharedLibrary()
    clean = item.model_copy(update={"shared_source": ""})
    items: list[Any] = getattr(shared, collection)
    at = next((i for i, x in enumerate(items) if x.id == key), None)
    if at is None:
        items.append(clean)
    else:
        items[at] = clean
    save_shared(shared, path)
    source = source_text(journey_path, path.resolve(), key)
    if item.shared_source == source:
        return None
    return UpdateItem(collection, key, {"shared_source": source})


def use_shared_item(
    journey: Journey,
    journey_path: str | os.PathLike[str],
    library_path: str | os.PathLike[str],
    collection: str,
    item_id: str,
) -> Edit:
    """The edit adding a copy of the library's ``item_id`` to ``journey`` (a new
    id if the journey has another item of that id)."""
    shared = load_shared(library_path)
    original = shared.find(collection, item_id)
    if original is None:
        raise SharedLibraryError(f"{item_id!r} is not in {Path(library_path).name}")
    taken = {i.id for i in journey.collection(collection)}
    new_key = item_id if item_id not in taken else new_id(collection[:-1], taken, original.name)
    source = source_text(journey_path, Path(library_path).resolve(), item_id)
    copy = original.model_copy(update={"id": new_key, "shared_source": source})
    return AddItem(collection, copy)
