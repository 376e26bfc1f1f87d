"""Numbers typed by people: ``12,5``, ``1 234,5``, ``1,234.5``, ``-3``, ``15 %``, ``1 200 €``.

Accepted forms, French or English whatever the UI language:

* ``12``, ``12,5``, ``12.5`` — a single comma or dot is the decimal mark;
* ``1 234,5``, ``1 234.5`` — spaces (also no-break and narrow no-break ones) group thousands;
* ``1.234.567``, ``1,234,567``, ``1.234,5``, ``1,234.5``, ``1'234.5`` — with two marks, the
  last is the decimal one and the others group thousands;
* a sign in front (``-3``, ``+4``, ``−2``), a ``%`` or ``€`` after.

Anything else is refused rather than guessed: a group that is not of three digits
(``1,2,3``, ``12 5``), the same mark twice with no other (``12.5.6`` is a typo, not 1 256,
unless each group has three digits), exponents, ``nan``, ``inf``; and a value beyond
:data:`~smart_tui.domain.limits.MAX_ABS_NUMBER`.
"""

from __future__ import annotations

import re

from .limits import MAX_ABS_NUMBER
from .models import DomainError, Unit

_MAX_LEN = 40
_GROUP_SPACES = "\u0020\u00a0\u202f\u2009"
_SIGNS = {"%": Unit.PERCENT, "€": Unit.CURRENCY}

_DIGITS = re.compile(r"\d+", re.ASCII)  # ASCII: "٣" is a digit to Python, not to a user
_DECIMAL = re.compile(r"\d+[.,]\d+", re.ASCII)
# thousands grouped by one separator, then an optional decimal part with another mark
_GROUPED = {
    " ": re.compile(r"\d{1,3}(?: \d{3})+(?:[.,]\d+)?"),
    ",": re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"),
    ".": re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?"),
    "'": re.compile(r"\d{1,3}(?:'\d{3})+(?:[.,]\d+)?"),
}
_GROUPED = {mark: re.compile(p.pattern, re.ASCII) for mark, p in _GROUPED.items()}


class NumberError(DomainError):
    """Not a number in one of the accepted forms (the message lists them)."""

    def __init__(self, text: str) -> None:
        super().__init__("error.number", text=text[:_MAX_LEN])


class NumberRangeError(DomainError):
    def __init__(self, text: str) -> None:
        super().__init__("error.number_range", text=text[:_MAX_LEN], limit=MAX_ABS_NUMBER)


class NumberUnitError(DomainError):
    """``12,5 %`` typed for a KPI that counts visits, or ``300 €`` for a rate."""

    def __init__(self, text: str, sign: str, unit: Unit) -> None:
        super().__init__("error.number_unit", text=text[:_MAX_LEN], sign=sign, unit=unit.value)


def _digits_only(body: str) -> str | None:
    """The body as ``[digits][.digits]`` when it has one of the accepted forms, else None."""
    if _DIGITS.fullmatch(body):
        return body
    if _DECIMAL.fullmatch(body):
        return body.replace(",", ".")
    normalised = re.sub(f"[{_GROUP_SPACES}]", " ", body)
    for separator, pattern in _GROUPED.items():
        if pattern.fullmatch(normalised):  # the groups joined, the decimal mark a dot
            return normalised.replace(separator, "").replace(",", ".")
    return None


def parse_number(text: str, expected_unit: Unit | None = None) -> float:
    """Read a decimal number written the French or the English way.

    With ``expected_unit`` (the KPI's unit), a ``%`` is accepted only on a percentage
    and a ``€`` only on an amount in euros; without it, either sign is accepted.
    """
    if not isinstance(text, str) or len(text) > _MAX_LEN:
        raise NumberError(str(text))
    raw = text.strip()
    body = raw.replace("−", "-")  # typographic minus
    sign = body[-1:] if body[-1:] in _SIGNS else ""
    if sign:
        body = body[:-1].strip(_GROUP_SPACES)
        unit = _SIGNS[sign]
        if expected_unit is not None and expected_unit != unit:
            raise NumberUnitError(raw, sign, expected_unit)
    negative = body.startswith("-")
    if body[:1] in "+-" and body:
        body = body[1:]
    digits = _digits_only(body)
    if digits is None:
        raise NumberError(raw)
    value = float(digits)
    if value > MAX_ABS_NUMBER:
        raise NumberRangeError(raw)
    return -value if negative and value else value


def parse_optional_number(text: str | None, expected_unit: Unit | None = None) -> float | None:
    """Like :func:`parse_number`, but an empty field means "not given"."""
    if text is None or not text.strip():
        return None
    return parse_number(text, expected_unit)
