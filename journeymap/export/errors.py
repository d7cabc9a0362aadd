"""Errors of exporters and importers, with messages fit to show to a user."""

from __future__ import annotations

__all__ = ["ExportError", "ImportFailed"]


class ExportError(Exception):
    """An export could not be written (bad option, unwritable path...)."""


class ImportFailed(Exception):
    """An input file could not be imported. ``problems`` lists each problem,
    naming where it is (``Steps!C7: expected a number``, ``line 12: ...``);
    nothing is half-imported."""

    def __init__(self, problems: list[str] | str, path: str | None = None):
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        self.path = path
        where = f"{path}: " if path else ""
        super().__init__(where + "; ".join(self.problems[:20]))
