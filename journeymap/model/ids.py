"""Stable, readable ids for new items."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container, Iterable

__all__ = ["IdMaker", "new_id", "slug"]


def slug(text: str, limit: int = 24) -> str:
    """A short ASCII id part from a name: ``"Open the chat!"`` -> ``"open-the-chat"``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-zA-Z0-9]+", "-", ascii_text).strip("-").lower()
    return words[:limit].rstrip("-")


def new_id(prefix: str, taken: Container[str], name: str = "") -> str:
    """An id not in ``taken``: ``prefix-slug`` or ``prefix-slug-2``, ``-3``...

    >>> new_id("step", {"step-pay"}, "Pay")
    'step-pay-2'
    >>> new_id("stage", set())
    'stage-1'
    """
    base = f"{prefix}-{slug(name)}" if slug(name) else prefix
    if base != prefix and base not in taken:
        return base
    n = 1 if base == prefix else 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


class IdMaker:
    """Many new ids, each as :func:`new_id` would make it, in linear time.

    :func:`new_id` counts up from 2 on every call, so 20,000 tasks named alike
    would cost 200 million look-ups; an ``IdMaker`` remembers, per base, where
    its count stopped. The ids it makes are added to ``taken`` (a set it keeps
    up to date, so the caller may share it).

    >>> make = IdMaker({"step-pay"})
    >>> [make("step", "Pay") for _ in range(3)]
    ['step-pay-2', 'step-pay-3', 'step-pay-4']
    >>> make("stage"), make("stage")
    ('stage-1', 'stage-2')
    """

    def __init__(self, taken: Iterable[str] = ()) -> None:
        self.taken: set[str] = taken if isinstance(taken, set) else set(taken)
        self._next: dict[str, int] = {}

    def __call__(self, prefix: str, name: str = "") -> str:
        part = slug(name)
        base = f"{prefix}-{part}" if part else prefix
        if base != prefix and base not in self.taken:
            self.taken.add(base)
            return base
        n = self._next.get(base, 1 if base == prefix else 2)
        while f"{base}-{n}" in self.taken:
            n += 1
        self._next[base] = n + 1
        found = f"{base}-{n}"
        self.taken.add(found)
        return found
