"""Stable, readable ids for new items."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container

__all__ = ["new_id", "slug"]


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
