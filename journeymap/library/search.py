"""Search across every journey of a library.

A query is words; a place matches when every word is in its text, ignoring
case (``"chat odotus"`` finds "Odotus chatissa"). The places searched, per
journey: its title and description (``title``), each step's title, texts and
tags (``step``), the notes (``note``: a step's evidence and backstage, a
rating's note, an opportunity's title and description), and each persona's
name, role and description (``persona``). Broken files are not searched.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from journeymap.library.catalogue import Library, LibraryEntry
from journeymap.model.journey import Journey

__all__ = ["KINDS", "MAX_HITS", "SearchHit", "search_journey", "search_library"]

KINDS = ("title", "step", "note", "persona")
MAX_HITS = 500
SNIPPET = 80


@dataclass(frozen=True)
class SearchHit:
    """One place where the query was found."""

    relative: str
    """The journey, by its path within the library."""
    journey_title: str
    kind: str
    """One of :data:`KINDS`."""
    collection: str
    """Where the item lives in the journey (``""`` for the journey itself)."""
    key: str
    """The item's id (a rating's step id)."""
    label: str
    """What a reader recognises: a step's title, a persona's name."""
    snippet: str
    """The text around the first word found."""


def _words(query: str) -> list[str]:
    return [w for w in query.casefold().split() if w]


def _places(journey: Journey) -> Iterator[tuple[str, str, str, str, list[str]]]:
    yield "title", "", "", journey.title, [journey.title, journey.description]
    steps = {s.id: s for s in journey.steps}
    for s in journey.steps:
        texts = [s.title, s.description, s.doing, s.thinking, s.feeling, s.goal, *s.tags]
        yield "step", "steps", s.id, s.title, texts
        if s.evidence or s.backstage:
            yield "note", "steps", s.id, s.title, [s.evidence, s.backstage]
    for r in journey.ratings:
        if r.note:
            step = steps.get(r.step_id)
            yield "note", "steps", r.step_id, step.title if step else r.step_id, [r.note]
    for o in journey.opportunities:
        yield "note", "opportunities", o.id, o.title, [o.title, o.description]
    for p in journey.personas:
        texts = [p.name, p.role, p.description, p.goals, p.needs, p.frustrations, p.quote]
        yield "persona", "personas", p.id, p.name, texts


def _snippet(texts: Iterable[str], word: str) -> str:
    for text in texts:
        at = text.casefold().find(word)
        if at < 0:
            continue
        start = max(0, at - SNIPPET // 3)
        piece = " ".join(text[start : start + SNIPPET].split())
        return ("…" if start else "") + piece + ("…" if start + SNIPPET < len(text) else "")
    return ""


def search_journey(entry: LibraryEntry, query: str) -> list[SearchHit]:
    """Every place of ``entry``'s journey matching ``query``.

    >>> from pathlib import Path
    >>> from journeymap.model import Journey, Stage, Step
    >>> j = Journey(title="Broadband", stages=[Stage(id="s", name="S")],
    ...             steps=[Step(id="c", title="Chat", stage_id="s", feeling="Tired of waiting")])
    >>> entry = LibraryEntry(Path("b.journey.json"), "b.journey.json", None, "file", j)
    >>> [(h.kind, h.key, h.snippet) for h in search_journey(entry, "WAIT chat")]
    [('step', 'c', 'Tired of waiting')]
    """
    words = _words(query)
    if entry.journey is None or not words:
        return []
    hits = []
    for kind, collection, key, label, texts in _places(entry.journey):
        folded = " ".join(texts).casefold()
        if all(w in folded for w in words):
            snippet = _snippet(texts, words[0])
            hits.append(
                SearchHit(entry.relative, entry.title, kind, collection, key, label, snippet)
            )
    return hits


def search_library(library: Library, query: str, limit: int = MAX_HITS) -> list[SearchHit]:
    """Every place matching ``query`` in every readable journey of ``library``,
    journey by journey, at most ``limit``."""
    hits: list[SearchHit] = []
    for entry in library.journeys:
        hits.extend(search_journey(entry, query))
        if len(hits) >= limit:
            return hits[:limit]
    return hits
