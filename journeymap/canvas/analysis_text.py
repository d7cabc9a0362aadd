"""The analysis's sentences in the editor's language.

The analysis keeps every pain-point reason, check message and hand-off reason
as a :class:`~journeymap.analysis.phrases.Phrase` (an English template and its
values) beside its English text. Here the template is translated (context
``AnalysisText``; the translation tool collects the templates from
:data:`journeymap.analysis.phrases.TEMPLATES`), names take the quotation marks
the translation gives (``"x"`` in English, ``”x”`` in Finnish), and numbers
follow the editor's locale (``QLocale()``, set from the chosen language as the
inspector's number boxes are): ``1,234`` and ``1.5/5`` in English, ``1 234``
and ``1,5/5`` in Finnish. The minus sign stays ``−``.

In English (the en/C locale, no translation) this is exactly the text the
analysis wrote; a result without phrases (an analysis read back from JSON)
shows that English text as it is.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from journeymap.analysis.phrases import Formatter, Phrase
from journeymap.canvas.marks import DropMark, format_drop
from journeymap.model.scales import Scale

__all__ = [
    "check_message",
    "count_text",
    "decimal_point",
    "drop_text",
    "list_separator",
    "pain_reasons",
    "rate_text",
    "render",
    "switch_reason",
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("AnalysisText", text)


def decimal_point() -> str:
    """The editor's decimal mark: ``"."``, or ``","`` in Finnish (the default
    locale follows the chosen language, see :func:`journeymap.ui.app.apply_language`)."""
    return QLocale().decimalPoint() or "."


class _Translated(Formatter):
    """Templates through the installed translation, numbers as the locale writes them."""

    def __init__(self) -> None:
        self.group = QLocale().groupSeparator() or ","
        self.point = decimal_point()
        self.quote = _tr('"{name}"')
        if "{name}" not in self.quote:
            self.quote = '"{name}"'

    def template(self, text: str) -> str:
        return _tr(text)

    def count(self, value: float | None) -> str:
        return super().count(value).replace(",", self.group)

    def rate(self, value: float | None) -> str:
        return super().rate(value).replace(".", self.point)

    def score(self, scale: Scale, value: float) -> str:
        return super().score(scale, value).replace(".", self.point)

    def quoted(self, text: str) -> str:
        return self.quote.replace("{name}", text)


def render(phrase: Phrase | None, english: str = "", formatter: Formatter | None = None) -> str:
    """``phrase`` in the editor's language; ``english`` when there is no phrase
    (or its translation does not fit its values)."""
    if phrase is None:
        return english
    try:
        return (formatter or _Translated()).render(phrase)
    except (KeyError, IndexError, ValueError):
        return english or phrase.text()


def count_text(value: float | None) -> str:
    """A count of customers as the analysis's texts write it: ``"1,234"`` / ``"1 234"``."""
    return _Translated().count(value)


def drop_text(mark: DropMark) -> str:
    """A step's drop-off mark, ``"−150 · 20 %"``, with the locale's decimal mark."""
    return format_drop(mark, decimal_point())


def rate_text(value: float | None) -> str:
    """A rate as the analysis's texts write it: ``"20 %"``, ``"12.5 %"`` / ``"12,5 %"``."""
    return _Translated().rate(value)


def list_separator() -> str:
    """``", "`` between reasons, or ``"; "`` where the decimal mark is a comma
    (``"tunne −1,5; vaivattomuus 2/5"``)."""
    return "; " if decimal_point() == "," else ", "


def pain_reasons(pain: Any) -> list[str]:
    """The reasons of a pain point (``reason_phrases``) or of a map's pain mark
    (``phrases``), translated; the English ``reasons`` when it has no phrases."""
    texts = list(getattr(pain, "reasons", ()) or ())
    phrases = getattr(pain, "reason_phrases", None) or getattr(pain, "phrases", None) or ()
    if not phrases or len(phrases) != len(texts):
        return texts
    formatter = _Translated()
    return [render(p, t, formatter) for p, t in zip(phrases, texts, strict=True)]


def check_message(check: Any) -> str:
    """A check's message, translated."""
    return render(getattr(check, "phrase", None), check.message)


def switch_reason(switch: Any) -> str:
    """Why a channel switch or hand-off matters, translated."""
    return render(getattr(switch, "reason_phrase", None), switch.reason)
