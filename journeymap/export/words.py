"""The words the exports write, in the journey's language, without Qt.

Charts and workbooks are written without Qt (no translator is installed on a
machine without a display), yet they must speak the journey's language. Every
text they write is declared here once in English with :func:`word` (collected
in :data:`WORDS`); ``tools/update_translations.py`` files them under the
context ``ExportText`` of ``translations/journeymap_fi.ts``, the same file
that holds the editor's texts, so a translation has one home. :func:`words_for`
reads that file (the ``ExportText`` and ``AnalysisText`` contexts) and gives a
:class:`Words`: ``words("Steps")`` is ``"Vaiheet"`` in Finnish, and
``words.phrase(p)`` writes an analysis sentence with the language's template
and number format (decimal comma, grouping with a no-break space in Finnish).

The map image is painted with Qt and goes through Qt's translator instead
(``journeymap.export.map_image``); it reads the compiled ``.qm`` of the same
``.ts``.

>>> words_for("en")("Customers")
'Customers'
>>> fi = words_for("fi")
>>> fi("Customers")
'Asiakasmäärä'
>>> fi.number(1.5), fi.count(1234) == "1\\u00a0234"
('1,5', True)
"""

from __future__ import annotations

import functools
from pathlib import Path

from journeymap.analysis.phrases import Formatter, Phrase
from journeymap.export.formats import LANGUAGES

__all__ = ["LANGUAGES", "WORDS", "Words", "language_of", "word", "words_for"]

WORDS: dict[str, None] = {}
"""Every text an export writes, in English, in the order declared."""

_TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"


def word(text: str) -> str:
    """Declare ``text`` as a word of the exports and return it."""
    WORDS[text] = None
    return text


def language_of(code: str | None) -> str:
    """The export language for a journey's ``language`` field: ``"fi"`` for
    ``fi``/``fi-FI``/``fi_FI``, else English.

    >>> language_of("fi-FI"), language_of("sv"), language_of(None)
    ('fi', 'en', 'en')
    """
    base = (code or "en").replace("_", "-").split("-")[0].lower()
    return base if base in LANGUAGES else "en"


@functools.cache
def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    """(context, English) → translation, from ``journeymap_<lang>.ts``."""
    if lang == "en":
        return {}
    from defusedxml import ElementTree

    path = _TRANSLATIONS / f"journeymap_{lang}.ts"
    if not path.exists():
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        if name not in ("ExportText", "AnalysisText"):
            continue
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or node.get("type") in ("unfinished", "obsolete"):
                continue
            if node.text:
                found[(name, source)] = node.text
    return found


class _Sentences(Formatter):
    """The analysis's phrases with the language's templates and numbers."""

    def __init__(self, lang: str, catalogue: dict[tuple[str, str], str]) -> None:
        finnish = lang == "fi"
        super().__init__(group="\u00a0" if finnish else ",", point="," if finnish else ".")
        self._catalogue = catalogue
        self._quote = "”{name}”" if finnish else '"{name}"'

    def template(self, text: str) -> str:
        return self._catalogue.get(("AnalysisText", text), text)

    def quoted(self, text: str) -> str:
        return self._quote.replace("{name}", text)


class Words:
    """The exports' texts and numbers in one language."""

    def __init__(self, lang: str) -> None:
        self.lang = language_of(lang)
        self._catalogue = _catalogue(self.lang)
        self.formatter: Formatter = _Sentences(self.lang, self._catalogue)
        """Writes counts, shares, drop-offs and phrases the language's way."""

    def __call__(self, text: str) -> str:
        """``text`` (declared with :func:`word`) in this language; the English
        text when it has no translation."""
        return self._catalogue.get(("ExportText", text), text)

    def phrase(self, phrase: Phrase | None, english: str = "") -> str:
        """An analysis sentence in this language (``english`` without a phrase)."""
        if phrase is None:
            return english
        try:
            return self.formatter.render(phrase)
        except (KeyError, IndexError, ValueError):
            return english or phrase.text()

    def count(self, value: float | None) -> str:
        return self.formatter.count(value)

    def rate(self, value: float | None) -> str:
        return self.formatter.rate(value)

    def drop(self, dropped: float, rate: float | None) -> str:
        return self.formatter.drop(dropped, rate)

    def number(self, value: float, decimals: int = 1) -> str:
        """A plain number with at most ``decimals`` decimals, the sign as ``−``."""
        text = f"{value:.{decimals}f}".rstrip("0").rstrip(".") if decimals else f"{value:.0f}"
        return text.replace("-", "\u2212").replace(".", self.formatter.point)

    @property
    def decimal_point(self) -> str:
        return self.formatter.point


@functools.cache
def words_for(lang: str | None) -> Words:
    """The :class:`Words` of ``lang`` (a journey's ``language`` field or ``--lang``)."""
    return Words(language_of(lang))
