"""Dates and numbers as export files write them (not as people type them: see domain/).

Dates: ``2026-03-01`` (a time after it is ignored), ``20260301``, ``01/03/2026`` (day first,
unless the column proves month first: ``03/15/2026``), ``1 mars 2026``, ``Mar 1, 2026``,
and whole months: ``202603``, ``2026-03``, ``mars 2026``, ``March 2026``.
Numbers: decimal comma or point, thousands with spaces, or with ``,``/``.`` where the
column leaves no doubt, a trailing ``%``, a currency sign or code.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date

from smart_tui.domain.dates import _MONTHS as MONTH_NAMES

MONTH_KINDS = frozenset({"compact_month", "iso_month", "text_month"})
MISSING = frozenset({"", "-", "--", "—", "n/a", "na", "nan", "null", "(not set)"})

_TIME = r"(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:am|pm)?(?:z|[+-]\d{2}:?\d{2})?)?"
_MONTH = r"([a-z]+)\.?"
_PATTERNS = {
    "iso": re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})" + _TIME),
    "compact": re.compile(r"((?:19|20|21)\d{2})(\d{2})(\d{2})"),
    "compact_month": re.compile(r"((?:19|20|21)\d{2})(\d{2})"),
    "iso_month": re.compile(r"(\d{4})-(\d{1,2})"),
    "slash": re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})" + _TIME),
    "text_dm": re.compile(r"(\d{1,2})(?:er|st|nd|rd|th)?\s+" + _MONTH + r",?\s+(\d{4})" + _TIME),
    "text_md": re.compile(_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})" + _TIME),
    "text_month": re.compile(_MONTH + r"\s+(\d{4})"),
}


def fold(text: str) -> str:
    """Lower case, no accents, single spaces: ``Clics  Vers le Site`` → ``clics vers le site``."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().replace("\u00a0", " ").split())


def month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _month(name: str) -> int | None:
    return MONTH_NAMES.get(name)


def _make(year: int, month: int | None, day: int) -> date | None:
    if month is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def date_kinds(cell: object) -> dict[str, tuple[int, int, int]]:
    """Each form ``cell`` is written in, with its raw (a, b, year) numbers or y/m/d."""
    if isinstance(cell, date):
        return {"native": (cell.year, cell.month, cell.day)}
    if not isinstance(cell, str):
        return {}
    text = fold(cell)
    found: dict[str, tuple[int, int, int]] = {}
    for kind, pattern in _PATTERNS.items():
        m = pattern.fullmatch(text)
        if not m:
            continue
        g = m.groups()
        if kind in ("iso", "compact"):
            ymd = (int(g[0]), int(g[1]), int(g[2]))
        elif kind in ("compact_month", "iso_month"):
            ymd = (int(g[0]), int(g[1]), 1)
        elif kind == "slash":
            year = int(g[2]) + (2000 if len(g[2]) == 2 else 0)
            found[kind] = (int(g[0]), int(g[1]), year)  # resolved per column
            continue
        elif kind == "text_dm":
            ymd = (int(g[2]), _month(g[1]) or 0, int(g[0]))
        elif kind == "text_md":
            ymd = (int(g[2]), _month(g[0]) or 0, int(g[1]))
        else:
            ymd = (int(g[1]), _month(g[0]) or 0, 1)
        if _make(*ymd) is not None:
            found[kind] = ymd
    if "slash" in found:
        a, b, year = found["slash"]
        if _make(year, b, a) is None and _make(year, a, b) is None:
            del found["slash"]
    return found


def slash_order(pairs: list[tuple[int, int]]) -> str | None:
    """``day_first`` or ``month_first`` for a column of a/b/yyyy dates; None when both show."""
    day_first = any(a > 12 for a, _ in pairs)
    month_first = any(b > 12 for _, b in pairs)
    if day_first and month_first:
        return None
    return "month_first" if month_first else "day_first"


def to_date(raw: tuple[int, int, int], kind: str, order: str = "day_first") -> date | None:
    if kind == "slash":
        a, b, year = raw
        return _make(year, a, b) if order == "month_first" else _make(year, b, a)
    return _make(*raw)


def has_digit(cell: object) -> bool:
    return not isinstance(cell, str) or any(c.isdigit() for c in cell)


# -- numbers -----------------------------------------------------------------------------
_CURRENCY = re.compile(r"^(?:€|\$|£|eur|usd|gbp|chf)\s*|\s*(?:€|\$|£|eur|usd|gbp|chf)$")
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']+")
_NUMBER = re.compile(r"[+-]?[\d.,]*\d[\d.,]*")
_GROUPED = re.compile(r"\d{1,3}(?:[.,]\d{3})+")


class Shape:
    """A number cell before its decimal mark is known: digits and what the marks could mean."""

    __slots__ = ("text", "percent", "mark")

    def __init__(self, text: str, percent: bool, mark: str | None) -> None:
        self.text, self.percent = text, percent
        self.mark = mark  # "," or "." proven decimal; "?" ambiguous; None no mark


def number_shape(cell: object) -> Shape | None:
    """What a number cell looks like, or None when it is not a number."""
    if isinstance(cell, float):
        return Shape(repr(cell), False, ".")
    if not isinstance(cell, str):
        return None
    text = fold(cell).replace("−", "-")
    percent = text.endswith("%")
    text = _CURRENCY.sub("", text.removesuffix("%").strip())
    text = _SPACES.sub("", text)
    if not _NUMBER.fullmatch(text):
        return None
    body = text.lstrip("+-")
    commas, points = body.count(","), body.count(".")
    if commas and points:
        decimal = "," if body.rfind(",") > body.rfind(".") else "."
        whole = body[: body.rfind(decimal)]
        if not _GROUPED.fullmatch(whole) and not whole.isdigit():
            return None
        return Shape(text, percent, decimal)
    if commas + points == 0:
        return Shape(text, percent, None)
    mark = "," if commas else "."
    if commas + points > 1:  # 1,234,567: grouping only
        return Shape(text, percent, "group" + mark) if _GROUPED.fullmatch(body) else None
    after = len(body) - body.find(mark) - 1
    if after == 3 and body.find(mark) > 0:
        return Shape(text, percent, "?" + mark)
    return Shape(text, percent, mark)


def to_number(shape: Shape, decimal: str) -> float:
    """The value of a cell once the column's decimal mark is known."""
    text, mark = shape.text, shape.mark
    if mark is None:
        return float(text)
    if mark in (",", "."):
        other = "." if mark == "," else ","
        return float(text.replace(other, "").replace(mark, "."))
    grouping = mark[-1]
    if mark.startswith("group") or grouping != decimal:
        return float(text.replace(grouping, ""))
    return float(text.replace(grouping, "."))  # "?," in a decimal-comma column


def column_decimal(shapes: list[Shape], delimiter: str) -> str | None:
    """The column's decimal mark from its unambiguous cells; None when they disagree."""
    proven = {s.mark for s in shapes if s.mark in (",", ".")}
    proven |= {("." if s.mark == "group," else ",") for s in shapes
               if s.mark in ("group,", "group.")}
    if len(proven) > 1:
        return None
    if proven:
        return proven.pop()
    return "," if delimiter == ";" else "."
