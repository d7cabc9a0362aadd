"""The analysis's sentences in the editor's language.

The analysis keeps every pain-point reason, check message and hand-off reason
as a :class:`~journeymap.analysis.phrases.Phrase` (an English template and its
values) beside its English text. Here the template is translated (context
``AnalysisText``; the translation tool collects the templates from
:data:`journeymap.analysis.phrases.TEMPLATES`), names take the quotation marks
the translation gives (``"x"`` in English, ``”x”`` in Finnish), and numbers
are written by the rules of :class:`~journeymap.analysis.phrases.Formatter`
with the digit grouping and decimal mark of the editor's locale (``QLocale()``,
set from the chosen language as the inspector's number boxes are): ``1,234``,
``19.6 %`` and ``1.5/5`` in English, ``1 234``, ``19,6 %`` and ``1,5/5`` in
Finnish. The minus sign stays ``−``. A drop-off reads the same everywhere the
editor shows one (:func:`drop_text`).

In English (the en/C locale, no translation) this is exactly the text the
analysis wrote; a result without phrases shows that English text as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from journeymap.analysis.phrases import Formatter, Phrase

if TYPE_CHECKING:
    from collections.abc import Iterable

    from journeymap.analysis.evidence import RatingEstimate
    from journeymap.analysis.results import ChannelSwitch, Check, PainPoint
    from journeymap.canvas.marks import DropMark, PainMark

__all__ = [
    "check_message",
    "count_text",
    "decimal_point",
    "drop_text",
    "evidence_lines",
    "formatter",
    "interval_text",
    "list_separator",
    "mean_text",
    "measure_text",
    "pain_reasons",
    "rate_text",
    "render",
    "source_text",
    "switch_reason",
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("AnalysisText", text)


def decimal_point() -> str:
    """The editor's decimal mark: ``"."``, or ``","`` in Finnish (the default
    locale follows the chosen language, see :func:`journeymap.ui.app.apply_language`)."""
    return QLocale().decimalPoint() or "."


class _Translated(Formatter):
    """Templates through the installed translation; the locale's digit grouping
    and decimal mark for the numbers, which :class:`Formatter` writes by its
    rules (a count, a share, a drop-off, a rating)."""

    def __init__(self) -> None:
        super().__init__(group=QLocale().groupSeparator() or ",", point=decimal_point())
        self.quote = _tr('"{name}"')
        if "{name}" not in self.quote:
            self.quote = '"{name}"'

    def template(self, text: str) -> str:
        return _tr(text)

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


def formatter() -> Formatter:
    """The editor's formatter: the analysis's rules in the editor's language
    (minutes ``"12,5 min"`` and euros ``"2,50 €"`` in Finnish)."""
    return _Translated()


def mean_text(value: float | None) -> str:
    """A mean on a rating scale: ``"3.45"`` / ``"3,45"``."""
    return _Translated().mean(value)


def interval_text(low: float | None, high: float | None) -> str:
    """A 95 % interval: ``"2.9–3.9"`` / ``"2,9–3,9"``, ``"?"`` when unknown."""
    return _Translated().interval(low, high)


def measure_text(measure: str) -> str:
    """A measure's name in the editor's language: ``Goal``, ``Ease``, ``Emotion``."""
    names = {"goal": _tr("Goal"), "ease": _tr("Ease"), "emotion": _tr("Emotion")}
    return names.get(measure, measure)


def source_text(source: str, label: str = "") -> str:
    """A source in the editor's language, with its label: ``survey “November”``."""
    names = {
        "workshop": _tr("workshop"),
        "survey": _tr("survey"),
        "interview": _tr("interview"),
        "analytics": _tr("analytics"),
        "observation": _tr("observation"),
        "estimate": _tr("estimate"),
    }
    name = names.get(source, source)
    return f"{name} \u201c{label}\u201d" if label else name


def evidence_lines(estimates: Iterable[RatingEstimate]) -> list[str]:
    """How sure a rating is, one line per measure and one per source under it:
    ``Goal 3.4 (95 % 2.9–3.9) · n = 93`` then ``  survey "Nov" 3.5 · n = 90``."""
    lines: list[str] = []
    for e in estimates:
        head = _tr("{measure} {mean} · n = {n}").format(
            measure=measure_text(e.measure.value), mean=mean_text(e.mean), n=e.n
        )
        if e.ci_low is not None:
            head += " · " + _tr("95 % {interval}").format(
                interval=interval_text(e.ci_low, e.ci_high)
            )
        else:
            head += " · " + _tr("spread unknown")
        if e.estimated:
            head += " · " + _tr("includes estimates")
        lines.append(head)
        for src in e.sources:
            n = _tr("estimate") if src.n is None else f"n = {src.n}"
            lines.append(f"    {source_text(src.source, src.label)}: {mean_text(src.mean)} · {n}")
        if e.left_out:
            lines.append("    " + _tr("{count} not counted").format(count=e.left_out))
    return lines


def count_text(value: float | None) -> str:
    """A count of customers as the analysis's texts write it: ``"1,234"`` / ``"1 234"``."""
    return _Translated().count(value)


def drop_text(mark: DropMark) -> str:
    """A step's drop-off, ``"−1,234 · 19.6 %"`` (``"−1 234 · 19,6 %"`` in Finnish):
    the same text on the map's card, in the flow view, the insights and the slides."""
    return _Translated().drop(mark.dropped, mark.rate)


def rate_text(value: float | None) -> str:
    """A share as the analysis's texts write it: ``"20 %"``, ``"12.5 %"`` / ``"12,5 %"``."""
    return _Translated().rate(value)


def list_separator() -> str:
    """``", "`` between reasons, or ``"; "`` where the decimal mark is a comma
    (``"tunne −1,5; vaivattomuus 2/5"``)."""
    return "; " if decimal_point() == "," else ", "


def pain_reasons(pain: PainPoint | PainMark) -> list[str]:
    """The reasons of a pain point, or of the map's mark of one, translated; the
    English ``reasons`` when it carries no phrases (or not one per reason)."""
    texts = list(pain.reasons)
    phrases = pain.reason_phrases
    if not phrases or len(phrases) != len(texts):
        return texts
    formatter = _Translated()
    return [render(p, t, formatter) for p, t in zip(phrases, texts, strict=True)]


def check_message(check: Check) -> str:
    """A check's message, translated."""
    return render(check.phrase, check.message)


def switch_reason(switch: ChannelSwitch) -> str:
    """Why a channel switch or hand-off matters, translated."""
    return render(switch.reason_phrase, switch.reason)
