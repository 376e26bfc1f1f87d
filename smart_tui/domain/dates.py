"""Dates typed by people, French or English, in one strict parser.

Accepted forms (whatever the UI language):

* ISO ``2026-07-01`` (never read day-first), ``2026/07/01``
* day first ``01/07/2026``, ``1/7/26``, ``01/07``, ``1.7.2026``
* ``31 décembre 2026``, ``1er juillet``, ``31 December``, ``December 31, 2026``
* relative ``d'ici 3 mois``, ``dans 6 semaines``, ``in 3 months``, ``6 weeks``, ``10 jours``,
  ``il y a 3 jours``, ``3 days ago``
* quarters ``fin Q2``, ``end of Q2``, ``Q2 2027``, ``fin T2``
* month ends ``fin juin``, ``end of June``, ``fin du mois``, ``fin d'année``, ``end of year``
* ``aujourd'hui``, ``hier``, ``demain``, ``today``, ``yesterday``, ``tomorrow``

A form without a year resolves to its next occurrence on or after ``today``
(``prefer="future"``, for deadlines) or its latest on or before it (``prefer="past"``,
for checkpoints). There is no fuzzy matching of free text: anything else is an error
that lists these forms.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Literal

from dateutil.relativedelta import relativedelta

from .limits import MAX_DATE, MIN_DATE
from .models import DomainError
from .text import LazyPattern, fold

Prefer = Literal["future", "past"]
_MAX_LEN = 60


class DateError(DomainError):
    def __init__(self, text: str, impossible: bool = False) -> None:
        key = "error.date_impossible" if impossible else "error.date"
        super().__init__(key, text=text[:_MAX_LEN])


class DateRangeError(DateError):
    """A real date, but outside the years a plan can be about (``d'ici 9999 ans``)."""

    def __init__(self, text: str) -> None:
        DomainError.__init__(self, "error.date_range", text=text[:_MAX_LEN],
                             first=MIN_DATE, last=MAX_DATE)


def check_date_range(day: date, original: str) -> date:
    """``day`` when it lies between MIN_DATE and MAX_DATE, else :class:`DateRangeError`."""
    if not MIN_DATE <= day <= MAX_DATE:
        raise DateRangeError(original)
    return day


_MONTHS = {
    **dict.fromkeys(("janvier", "janv", "jan", "january"), 1),
    **dict.fromkeys(("fevrier", "fevr", "fev", "feb", "february"), 2),
    **dict.fromkeys(("mars", "mar", "march"), 3),
    **dict.fromkeys(("avril", "avr", "apr", "april"), 4),
    **dict.fromkeys(("mai", "may"), 5),
    **dict.fromkeys(("juin", "jun", "june"), 6),
    **dict.fromkeys(("juillet", "juil", "jul", "july"), 7),
    **dict.fromkeys(("aout", "aug", "august"), 8),
    **dict.fromkeys(("septembre", "sept", "sep", "september"), 9),
    **dict.fromkeys(("octobre", "oct", "october"), 10),
    **dict.fromkeys(("novembre", "nov", "november"), 11),
    **dict.fromkeys(("decembre", "dec", "december"), 12),
}
_MONTH = "(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_UNITS = {
    **dict.fromkeys(("jour", "jours", "j", "day", "days"), "days"),
    **dict.fromkeys(("semaine", "semaines", "sem", "week", "weeks"), "weeks"),
    **dict.fromkeys(("mois", "month", "months"), "months"),
    **dict.fromkeys(("an", "ans", "annee", "annees", "year", "years"), "years"),
}
_UNIT = "(" + "|".join(sorted(_UNITS, key=len, reverse=True)) + ")"
_COUNT = r"(\d{1,4}|un|une|a|an|one)"
_WORDS = {
    "aujourd'hui": 0, "auj": 0, "today": 0,
    "hier": -1, "yesterday": -1,
    "demain": 1, "tomorrow": 1,
}
_PREFIXES = (
    "avant le ", "avant la ", "avant ", "d'ici le ", "d'ici au ", "d'ici la ", "d'ici ",
    "jusqu'au ", "dans ", "sous ", "le ", "by ", "before ", "within ", "in ", "on ", "until ",
)

_ISO = LazyPattern(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_DAY_FIRST = LazyPattern(r"(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}|\d{2}))?")
_DAY_MONTH = LazyPattern(r"(\d{1,2})(?:er|st|nd|rd|th)?\s+" + _MONTH + r"(?:\s+(\d{4}))?")
_MONTH_DAY = LazyPattern(_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?")
_RELATIVE = LazyPattern(r"\+?\s*" + _COUNT + r"\s*" + _UNIT)
_AGO_FR = LazyPattern(r"il y a\s+" + _COUNT + r"\s*" + _UNIT)
_AGO_EN = LazyPattern(_COUNT + r"\s*" + _UNIT + r"\s+ago")
_END = r"(?:fin\s+(?:du\s+|de\s+l'|de\s+la\s+|de\s+|d')?|end\s+of\s+(?:the\s+)?)"
_QUARTER = LazyPattern(r"(?:" + _END + r")?(?:q|t)([1-4])(?:\s+(\d{4}))?")
_MONTH_END = LazyPattern(_END + _MONTH + r"(?:\s+(\d{4}))?")
_THIS_MONTH_END = LazyPattern(_END + r"(?:mois|month)")
_YEAR_END = LazyPattern(_END + r"(?:annee|an|year)(?:\s+(\d{4}))?")
_YEAR_ONLY_END = LazyPattern(_END + r"(\d{4})")


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", fold(text)).strip().rstrip(".").strip()


def _make(year: int, month: int, day: int, original: str) -> date:
    if not MIN_DATE.year <= year <= MAX_DATE.year:
        raise DateRangeError(original)
    try:
        return date(year, month, day)
    except ValueError:
        raise DateError(original, impossible=True) from None


def _yearless(month: int, day: int, today: date, prefer: Prefer, original: str) -> date:
    """The occurrence of day/month nearest ``today`` on the preferred side."""
    for year in (today.year, today.year + 1 if prefer == "future" else today.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue  # 29 Feb: try the other year
        if (prefer == "future" and candidate >= today) or (
            prefer == "past" and candidate <= today
        ):
            return candidate
    if month == 2 and day == 29:  # the nearest 29 February on that side
        step = 1 if prefer == "future" else -1
        year = today.year + step  # this year's, when there is one, is on the wrong side
        while not calendar.isleap(year):
            year += step
        return date(year, 2, 29)
    raise DateError(original, impossible=True)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _yearless_end(month: int, today: date, prefer: Prefer) -> date:
    this_year = _month_end(today.year, month)
    if prefer == "future" and this_year < today:
        return _month_end(today.year + 1, month)
    if prefer == "past" and this_year > today:
        return _month_end(today.year - 1, month)
    return this_year


def _count(text: str) -> int:
    return int(text) if text.isdigit() else 1


def _shift(today: date, count: int, unit: str) -> date:
    if unit == "days":
        return today + relativedelta(days=count)
    if unit == "weeks":
        return today + relativedelta(weeks=count)
    if unit == "months":
        return today + relativedelta(months=count)
    return today + relativedelta(years=count)


def _year(text: str) -> int:
    return 2000 + int(text) if len(text) == 2 else int(text)


def parse_date(text: str, today: date, prefer: Prefer = "future") -> date:
    """Read a date typed by a person; raise :class:`DateError` when it is not one.

    The result lies between MIN_DATE and MAX_DATE (:class:`DateRangeError` otherwise).
    """
    if not isinstance(text, str) or not text.strip() or len(text) > _MAX_LEN:
        raise DateError(str(text))
    original = text.strip()
    try:
        day = _parse(original, today, prefer)
    except DateError:
        raise
    except (ValueError, OverflowError):  # a year past 9999 or before 1 on the way
        raise DateRangeError(original) from None
    return check_date_range(day, original)


def _parse(original: str, today: date, prefer: Prefer) -> date:
    folded = _fold(original)
    for prefix in _PREFIXES:  # "avant le 31/12", "d'ici 3 mois", "in 6 weeks", "by Q2"
        if folded.startswith(prefix):
            folded = folded[len(prefix):].strip()
            break

    if folded in _WORDS:
        return today + timedelta(days=_WORDS[folded])
    if m := _ISO.fullmatch(folded):  # ISO first: never day-first
        return _make(int(m[1]), int(m[2]), int(m[3]), original)
    if m := _DAY_FIRST.fullmatch(folded):
        day, month = int(m[1]), int(m[2])
        if m[3]:
            return _make(_year(m[3]), month, day, original)
        return _yearless(month, day, today, prefer, original)
    if m := _AGO_FR.fullmatch(folded) or _AGO_EN.fullmatch(folded):
        return _shift(today, -_count(m[1]), _UNITS[m[2]])
    if m := _RELATIVE.fullmatch(folded):
        return _shift(today, _count(m[1]), _UNITS[m[2]])
    if m := _DAY_MONTH.fullmatch(folded):
        day, month = int(m[1]), _MONTHS[m[2]]
        if m[3]:
            return _make(int(m[3]), month, day, original)
        return _yearless(month, day, today, prefer, original)
    if m := _MONTH_DAY.fullmatch(folded):
        month, day = _MONTHS[m[1]], int(m[2])
        if m[3]:
            return _make(int(m[3]), month, day, original)
        return _yearless(month, day, today, prefer, original)
    if m := _QUARTER.fullmatch(folded):
        month = int(m[1]) * 3
        if m[2]:
            return _month_end(int(m[2]), month)
        return _yearless_end(month, today, prefer)
    if _THIS_MONTH_END.fullmatch(folded):
        return _month_end(today.year, today.month)
    if m := _MONTH_END.fullmatch(folded):
        month = _MONTHS[m[1]]
        if m[2]:
            return _month_end(int(m[2]), month)
        return _yearless_end(month, today, prefer)
    if m := _YEAR_END.fullmatch(folded):
        return date(int(m[1]) if m[1] else today.year, 12, 31)
    if m := _YEAR_ONLY_END.fullmatch(folded):
        return date(int(m[1]), 12, 31)
    raise DateError(original)


def parse_iso(text: object) -> date:
    """Strict ISO ``YYYY-MM-DD`` for files and the command line's ``--today``."""
    if not isinstance(text, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise DateError(str(text))
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise DateError(text, impossible=True) from None
    return check_date_range(day, text)
