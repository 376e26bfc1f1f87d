"""Dates written in a statement, found and rewritten in the writer's own style (retitle.py).

« d'ici le 30 juin 2027 » after the deadline moved to 31 December 2027 reads « d'ici le
31 décembre 2027 »; « by June 30, 2027 », « avant le 30/06/2027 », « 2027-06-30 » and
« fin juin 2027 » keep their form likewise. Pure: no Textual, no database.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

_FULL = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}
_SHORT = {
    "fr": ("janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct",
           "nov", "déc"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}
_UNACCENTED = str.maketrans("éû", "eu")
#: every month name a person types, lower case → (language, month, short form); an
#: abbreviation that differs from the full name is also known with its dot (« janv. »)
_NAMES: dict[str, tuple[str, int, bool]] = {}
for _lang in ("en", "fr"):  # French last: « mars », « mai », « juin » read as French
    for _short, _table in ((True, _SHORT), (False, _FULL)):
        for _index, _name in enumerate(_table[_lang]):
            for _form in {_name.lower(), _name.lower().translate(_UNACCENTED)}:
                _NAMES[_form] = (_lang, _index + 1, _short)
                if _short and _name != _FULL[_lang][_index]:
                    _NAMES[_form + "."] = (_lang, _index + 1, _short)

_MONTH = "(?P<month>" + "|".join(re.escape(n) for n in sorted(_NAMES, key=len, reverse=True)) \
    + ")"
_NOT_LETTER = r"(?![^\W\d_])"
_SUFFIX = r"(?P<suffix>er|st|nd|rd|th)?"
_YEAR = r"(?P<year>(?P<gap>,?\s+)(?P<y>\d{4}))?(?!\d)"
_FORMS = {
    "day_month": re.compile(rf"(?<![\d\w])(?P<day>\d{{1,2}}){_SUFFIX}(?P<sp>\s+){_MONTH}"
                            rf"{_NOT_LETTER}{_YEAR}", re.IGNORECASE),
    "month_day": re.compile(rf"(?<![^\W\d_]){_MONTH}(?P<sp>\s+)(?P<day>\d{{1,2}}){_SUFFIX}"
                            rf"{_NOT_LETTER}{_YEAR}", re.IGNORECASE),
    "iso": re.compile(r"(?<![\d/.\-])(?P<y>\d{4})(?P<sep>[\-/.])(?P<mm>\d{1,2})(?P=sep)"
                      r"(?P<day>\d{1,2})(?!\d)"),
    "numeric": re.compile(r"(?<![\d/.\-])(?P<day>\d{1,2})(?P<sep>[/.\-])(?P<mm>\d{1,2})"
                          r"(?:(?P=sep)(?P<y>\d{4}|\d{2}))?(?![/.\-]?\d)"),
    "month_year": re.compile(rf"(?P<end>(?:fin|end of)\s+)?(?<![^\W\d_]){_MONTH}{_NOT_LETTER}"
                             r"(?P<sp>\s+)(?P<y>\d{4})(?!\d)", re.IGNORECASE),
}


@dataclass(frozen=True)
class Written:
    """One date found in a statement: where, how it was written, and what it says."""

    start: int
    end: int
    form: str
    match: re.Match[str]

    def says(self, day: date) -> bool:
        """Whether it names ``day`` (a form without a year names it in any year; a month
        with its year names every day of it, its last only after « fin »/« end of »)."""
        m = self.match
        if _month_of(m) != day.month or (m["y"] and _year_of(m["y"]) != day.year):
            return False
        if self.form == "month_year":
            return not m["end"] or day.day == calendar.monthrange(day.year, day.month)[1]
        return int(m["day"]) == day.day

    def rewritten(self, old: date, new: date) -> str | None:
        """The text naming ``new`` in this date's style (None when the style cannot say it:
        « fin juin » for a day that ends no month)."""
        m = self.match
        if self.form == "month_year":
            if m["end"] and new.day != calendar.monthrange(new.year, new.month)[1]:
                return None
            return f"{m['end'] or ''}{_month_name(m, new.month)}{m['sp']}{new.year}"
        day = _day_text(m, new.day)
        if self.form in ("iso", "numeric"):
            sep, month = m["sep"], _padded(_pads(m), new.month)
            if self.form == "iso":
                return f"{new.year}{sep}{month}{sep}{day}"
            year = m["y"] or ("" if new.year == old.year else str(new.year))
            year = f"{new.year % 100:02d}" if len(year) == 2 else year
            return f"{day}{sep}{month}{sep}{year}" if year else f"{day}{sep}{month}"
        if m["year"]:
            year = f"{m['gap']}{new.year}"
        else:
            year = "" if new.year == old.year else f" {new.year}"
        month = _month_name(m, new.month)
        if self.form == "day_month":
            return f"{day}{m['sp']}{month}{year}"
        return f"{month}{m['sp']}{day}{year}"


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two spans of a text share a character (« 12 » ending where « juin » starts
    does not)."""
    return a[0] < b[1] and b[0] < a[1]


def dates_in(statement: str) -> list[Written]:
    """Every date written in ``statement``, left to right, none overlapping (the fuller form
    first: « 30 juin 2027 » is one date, not « juin 2027 » inside another)."""
    found: list[Written] = []
    for form, pattern in _FORMS.items():
        for m in pattern.finditer(statement):
            if form == "numeric" and m["sep"] != "/" and not m["y"]:
                continue  # « 4.5 », « 3-4 »: numbers, not dates
            if not 1 <= _month_of(m) <= 12:
                continue
            if "day" in pattern.groupindex and not 1 <= int(m["day"]) <= 31:
                continue
            if not any(overlaps(m.span(), (w.start, w.end)) for w in found):
                found.append(Written(m.start(), m.end(), form, m))
    return sorted(found, key=lambda w: w.start)


def _month_of(m: re.Match[str]) -> int:
    if "mm" in m.re.groupindex:
        return int(m["mm"])
    return _NAMES[m["month"].lower()][1]


def _year_of(text: str) -> int:
    return 2000 + int(text) if len(text) == 2 else int(text)


def _padded(pad: bool, value: int) -> str:
    return f"{value:02d}" if pad else str(value)


def _pads(m: re.Match[str]) -> bool:
    """Whether the writer pads days and months to two digits (« 05 juin », « 30/06 »)."""
    return m["day"].startswith("0") or ("mm" in m.re.groupindex and m["mm"].startswith("0"))


def _day_text(m: re.Match[str], day: int) -> str:
    """The day as the writer wrote it: « 1er » in French, « 1st » when a suffix was used,
    a leading zero kept."""
    text = _padded(_pads(m), day)
    if "month" not in m.re.groupindex:
        return text
    lang = _NAMES[m["month"].lower()][0]
    if lang == "fr":
        return "1er" if day == 1 else text
    if m["suffix"]:
        ordinal = "th" if day in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return f"{text}{ordinal}"
    return text


def _month_name(m: re.Match[str], month: int) -> str:
    """The month in the writer's language, length and capitals (« Juin » → « Décembre »,
    « janv. » → « déc. »)."""
    written = m["month"]
    lang, _, short = _NAMES[written.lower()]
    name = (_SHORT if short else _FULL)[lang][month - 1]
    if written.endswith(".") and name != _FULL[lang][month - 1]:
        name += "."
    if written.isupper():
        return name.upper()
    return name[0].upper() + name[1:] if written[0].isupper() else name.lower()

