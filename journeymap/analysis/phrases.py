"""The sentences the analysis writes, kept as a template and its values.

A pain-point reason, a check's message or a hand-off's reason is a
:class:`Phrase`: an English template such as ``"{count} customers lost here
({rate})"`` and the values to put in it, each saying what it is (a count of
customers, a rate, a rating, a step's name…). :meth:`Phrase.text` writes the
English sentence with :class:`Formatter`; that text is what the analysis
reports, in the JSON report and on the command line. The editor writes the same
phrase in its own language by giving a formatter that translates the templates
and writes the numbers its way (see ``journeymap.canvas.analysis_text``), so the
wording has one source: the templates here and in the modules that build
phrases, collected in :data:`TEMPLATES`.

A template chooses its singular or plural form when the phrase is built (one
template for "1 step", another for "2 steps"), so a translation only ever has
one form to give.

>>> p = Phrase("{count} customers lost here ({rate})",
...            (("count", Count(1234.4)), ("rate", Rate(0.2))))
>>> p.text()
'1,234 customers lost here (20 %)'
>>> Phrase("{steps} cannot be reached from any start",
...        (("steps", Names.of(["Call", "Pay", "Wait"], limit=2)),)).text()
'"Call", "Pay" and 1 more cannot be reached from any start'
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Union

from journeymap.model.scales import Scale

__all__ = [
    "TEMPLATES",
    "Count",
    "Euros",
    "Formatter",
    "Minutes",
    "Names",
    "Phrase",
    "Quoted",
    "Rate",
    "Score",
    "Value",
    "format_count",
    "format_drop",
    "format_rate",
    "plural",
    "template",
]

TEMPLATES: dict[str, None] = {}
"""Every template a phrase of the analysis can have, in the order they are
declared (the translation tool reads them from here)."""


def template(text: str) -> str:
    """Declare ``text`` as a template of the analysis and return it."""
    TEMPLATES[text] = None
    return text


def plural(count: float | None, one: str, many: str) -> str:
    """``one`` when ``count`` is written as 1, else ``many``.

    >>> plural(1, "a", "b"), plural(0.6, "a", "b"), plural(2, "a", "b")
    ('a', 'a', 'b')
    """
    return one if count is not None and round(count) == 1 else many


def counted(count: int, one: str, many: str) -> str:
    """``"1 stage"``, ``"1,234 stages"``: a count with its noun.

    >>> counted(1, "stage", "stages"), counted(1234, "stage", "stages")
    ('1 stage', '1,234 stages')
    """
    return f"{count:,} {plural(count, one, many)}"


def format_count(value: float | None) -> str:
    """A count in the analysis's English: ``1234.4`` -> ``"1,234"``; ``None`` ->
    ``"?"`` (see :meth:`Formatter.count`)."""
    return ENGLISH.count(value)


def format_rate(value: float | None) -> str:
    """A share in the analysis's English: ``0.2`` -> ``"20 %"``; ``None`` ->
    ``"?"`` (see :meth:`Formatter.rate`)."""
    return ENGLISH.rate(value)


def format_drop(dropped: float, rate: float | None) -> str:
    """A drop-off in the analysis's English: ``"−1,234 · 19.6 %"`` (see
    :meth:`Formatter.drop`)."""
    return ENGLISH.drop(dropped, rate)


@dataclass(frozen=True, slots=True)
class Count:
    """A number of customers, steps or transitions (written rounded, grouped)."""

    value: float | None


@dataclass(frozen=True, slots=True)
class Rate:
    """A part of the customers, 0..1 (written as a percentage)."""

    value: float | None


@dataclass(frozen=True, slots=True)
class Minutes:
    """A time in minutes (written with at most one decimal)."""

    value: float | None


@dataclass(frozen=True, slots=True)
class Euros:
    """An amount of money in euros (written with cents below 100 €)."""

    value: float | None


@dataclass(frozen=True, slots=True)
class Score:
    """A rating on a scale: ``"1/5"``, ``"−2"``, ``"+1.5"``."""

    scale: Scale
    value: float


@dataclass(frozen=True, slots=True)
class Quoted:
    """A name from the journey, in quotation marks."""

    text: str


MORE = template("{names} and {count} more")


@dataclass(frozen=True, slots=True)
class Names:
    """Names from the journey, quoted: the ones shown, then "and N more" for the
    rest of ``total`` (or, when ``counted`` is false, "…")."""

    names: tuple[str, ...]
    total: int
    counted: bool = True

    @classmethod
    def of(cls, names: Iterable[str], limit: int = 5, counted: bool = True) -> Names:
        """The first ``limit`` of ``names``, and how many there are."""
        names = list(names) if not isinstance(names, (list, tuple)) else names
        return cls(tuple(names[:limit]), len(names), counted)


@dataclass(frozen=True, slots=True)
class Phrase:
    """An English template and its values, by the names the template uses."""

    template: str
    values: tuple[tuple[str, Value], ...] = ()

    @property
    def params(self) -> dict[str, Value]:
        """The values by name."""
        return dict(self.values)

    def text(self) -> str:
        """The phrase in English, as the analysis reports it."""
        return ENGLISH.render(self)

    def __str__(self) -> str:
        return self.text()


Value = Union[str, Count, Rate, Minutes, Euros, Score, Quoted, Names, Phrase]  # noqa: UP007
"""What a template's placeholder can take; plain text is put in as it is."""


class Formatter:
    """Writes phrases, and the numbers the analysis shows, in English.

    This is the one place that writes a count, a share or a drop-off for a
    reader: the analysis's texts (reports, JSON reasons, the command line), the
    exports and, through the editor's subclass in
    ``journeymap.canvas.analysis_text``, the map, the flow view, the insights
    and the slides. A subclass gives the locale's digit grouping (``group``) and
    decimal mark (``point``), translates :meth:`template` and writes quotation
    marks its way; the rules stay the same:

    * a **count** of customers is rounded to whole customers and its digits
      grouped by three: ``1,234``;
    * a **share** is a percentage with at most one decimal, a trailing ``.0``
      dropped, and a space before the sign: ``20 %``, ``19.6 %``, ``1.7 %``;
    * a **drop-off** is the customers lost, with a minus sign, then the share of
      those who arrived: ``−1,234 · 19.6 %`` (``−5`` when the share is unknown);
    * an unknown count or share is ``?``.

    >>> english = Formatter()
    >>> english.count(1234.4), english.rate(0.196), english.rate(0.2), english.rate(0.017)
    ('1,234', '19.6 %', '20 %', '1.7 %')
    >>> english.drop(1234, 0.196), english.drop(5, None), english.count(None)
    ('−1,234 · 19.6 %', '−5', '?')
    >>> finnish = Formatter(group="\u00a0", point=",")
    >>> finnish.drop(1234, 0.196) == "−1\u00a0234 · 19,6 %"
    True
    """

    def __init__(self, group: str = ",", point: str = ".") -> None:
        self.group = group
        """Between groups of three digits: ``","`` in English."""
        self.point = point
        """The decimal mark: ``"."`` in English."""

    def template(self, text: str) -> str:
        return text

    def count(self, value: float | None) -> str:
        """A count: rounded to whole customers, digits grouped by three."""
        if value is None:
            return "?"
        text = f"{round(value):,}"
        return text if self.group == "," else text.replace(",", self.group)

    def rate(self, value: float | None) -> str:
        """A share, 0..1, as a percentage with at most one decimal.

        >>> Formatter().rate(0.12345), Formatter().rate(0.0996), Formatter().rate(-0.0001)
        ('12.3 %', '10 %', '0 %')
        """
        if value is None:
            return "?"
        number = f"{value * 100:.1f}".removesuffix(".0")
        if number == "-0":
            number = "0"
        return f"{number.replace('.', self.point)} %"

    def drop(self, dropped: float, rate: float | None) -> str:
        """Customers lost at a step and their share of those who arrived."""
        text = "\u2212" + self.count(dropped)
        return text if rate is None else f"{text} · {self.rate(rate)}"

    def _grouped(self, value: float, decimals: int) -> str:
        text = f"{value:,.{decimals}f}"
        return text.replace(",", "\x00").replace(".", self.point).replace("\x00", self.group)

    def minutes(self, value: float | None) -> str:
        """A time: minutes with at most one decimal below 100 min, whole above.

        >>> Formatter().minutes(12.25), Formatter().minutes(1500.4), Formatter().minutes(None)
        ('12.2 min', '1,500 min', '? min')
        """
        if value is None:
            return "? min"
        text = self._grouped(value, 0 if abs(value) >= 100 else 1)
        return text.removesuffix(self.point + "0") + " min"

    def euros(self, value: float | None) -> str:
        """Money: whole euros from 100 € up, else with cents.

        >>> Formatter().euros(12.5), Formatter().euros(12345.6), Formatter().euros(None)
        ('12.50 €', '12,346 €', '? €')
        >>> Formatter(group="\u00a0", point=",").euros(2.5)
        '2,50 €'
        """
        if value is None:
            return "? €"
        return self._grouped(value, 0 if abs(value) >= 100 else 2) + " €"

    def score(self, scale: Scale, value: float) -> str:
        return scale.format(value).replace("-", "\u2212").replace(".", self.point)

    def mean(self, value: float | None) -> str:
        """A mean on a rating scale, at most two decimals: ``"3.45"``, ``"−1.5"``.

        >>> Formatter(point=",").mean(-1.5), Formatter().mean(3.456), Formatter().mean(None)
        ('−1,5', '3.46', '?')
        """
        if value is None:
            return "?"
        text = f"{value:.2f}".rstrip("0").rstrip(".")
        if text == "-0":
            text = "0"
        return text.replace("-", "\u2212").replace(".", self.point)

    def interval(self, low: float | None, high: float | None) -> str:
        """A confidence interval, ``"2.9–3.9"``; ``"?"`` when it is not known."""
        if low is None or high is None:
            return "?"
        return f"{self.mean(low)}\u2013{self.mean(high)}"

    def quoted(self, text: str) -> str:
        return f'"{text}"'

    def value(self, value: Value) -> str:
        if isinstance(value, str):
            return value
        if isinstance(value, Phrase):
            return self.render(value)
        if isinstance(value, Count):
            return self.count(value.value)
        if isinstance(value, Rate):
            return self.rate(value.value)
        if isinstance(value, Score):
            return self.score(value.scale, value.value)
        if isinstance(value, Minutes):
            return self.minutes(value.value)
        if isinstance(value, Euros):
            return self.euros(value.value)
        if isinstance(value, Quoted):
            return self.quoted(value.text)
        if isinstance(value, Names):
            shown = ", ".join(self.quoted(n) for n in value.names)
            more = value.total - len(value.names)
            if more <= 0:
                return shown
            if not value.counted:
                return shown + " …"
            return self.render(Phrase(MORE, (("names", shown), ("count", Count(more)))))
        return str(value)

    def render(self, phrase: Phrase) -> str:
        """``phrase`` written out: its template (translated) with its values."""
        values = {}
        for name, v in phrase.values:  # the common kinds first: this runs per pain point
            kind = type(v)
            if kind is str:
                values[name] = v
            elif kind is Count:
                values[name] = self.count(v.value)  # type: ignore[union-attr]
            elif kind is Rate:
                values[name] = self.rate(v.value)  # type: ignore[union-attr]
            else:
                values[name] = self.value(v)
        return self.template(phrase.template).format_map(values)


ENGLISH = Formatter()
"""Writes the analysis's own English texts."""
