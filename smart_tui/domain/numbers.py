"""Numbers typed by people: ``12,5``, ``1 234,5``, ``1,234.5``, ``-3``, ``15 %``, ``1 200 €``.

Accepted forms, French or English whatever the UI language:

* ``12``, ``12,5``, ``12.5``, ``1,62``, ``0.5`` — a single comma or dot is the decimal mark
  (except before exactly three digits, below);
* ``1 234,5``, ``1 234.5`` — spaces (also no-break and narrow no-break ones) group thousands;
* ``1.234.567``, ``1,234,567``, ``1.234,5``, ``1,234.5``, ``1'234.5`` — with two marks, the
  last is the decimal one and the others group thousands;
* a sign in front (``-3``, ``+4``, ``−2``), a ``%`` or ``€`` after.

A single mark followed by exactly three digits (``1,620``, ``1.620``) is read the way a
reader of the UI's language reads it, and refused when that reader could read it two ways:

* English (``lang="en"``): the dot is the decimal mark (``1.620`` = 1.62) and the comma
  groups thousands (``1,620`` = 1 620); a comma that cannot group (``1234,567``, ``0,620``,
  ``1 234,567``) is refused;
* French (``lang="fr"``): the comma is the decimal mark (``1,620`` = 1,62); a dot may group
  thousands as well as mark decimals, so ``1.620`` is refused;
* no language: both are refused.

Anything else is refused rather than guessed: a group that is not of three digits
(``1,2,3``, ``12 5``), the same mark twice with no other (``12.5.6`` is a typo, not 1 256,
unless each group has three digits), exponents, ``nan``, ``inf``; and a value beyond
:data:`~smart_tui.domain.limits.MAX_ABS_NUMBER`. A refusal for ambiguity names both readings.
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
# one mark before exactly three digits: thousands or decimals? (spaces already normalised)
_THREE_AFTER = re.compile(r"(?:\d+|\d{1,3}(?: \d{3})+)([.,])\d{3}", re.ASCII)
_ONE_GROUP = re.compile(r"[1-9]\d{0,2}", re.ASCII)  # what may stand before one thousands mark
# per language, the mark that is the decimal one before three digits, and the one that
# groups thousands when it can; a mark in neither is refused before three digits
_READINGS: dict[str | None, tuple[str, str]] = {"en": (".", ","), "fr": (",", "")}


class _TwoReadings(Exception):  # noqa: N818 - internal: parse_number adds the text and sign
    def __init__(self, thousands: float, decimal: float) -> None:
        super().__init__()
        self.thousands, self.decimal = thousands, decimal


class NumberError(DomainError):
    """Not a number in one of the accepted forms (the message lists them)."""

    def __init__(self, text: str) -> None:
        super().__init__("error.number", text=text[:_MAX_LEN])


class NumberAmbiguousError(NumberError):
    """``1,620`` in French or ``1.620`` without a language: 1 620 or 1.62? Both are named."""

    def __init__(self, text: str, thousands: float, decimal: float) -> None:
        DomainError.__init__(self, "error.number_ambiguous", text=text[:_MAX_LEN],
                             thousands=thousands, decimal=decimal)


class NumberRangeError(DomainError):
    def __init__(self, text: str) -> None:
        super().__init__("error.number_range", text=text[:_MAX_LEN], limit=MAX_ABS_NUMBER)


class NumberUnitError(DomainError):
    """``12,5 %`` typed for a KPI that counts visits, or ``300 €`` for a rate."""

    def __init__(self, text: str, sign: str, unit: Unit) -> None:
        super().__init__("error.number_unit", text=text[:_MAX_LEN], sign=sign, unit=unit.value)


def _digits_only(body: str, lang: str | None) -> str | None:
    """The body as ``[digits][.digits]`` when it has one of the accepted forms, else None.

    Raises :class:`_TwoReadings` for a single mark before exactly three digits that
    ``lang`` does not settle.
    """
    if _DIGITS.fullmatch(body):
        return body
    normalised = re.sub(f"[{_GROUP_SPACES}]", " ", body)
    three = _THREE_AFTER.fullmatch(normalised)
    if three:
        mark = three.group(1)
        whole = normalised[:three.start(1)]
        decimal_mark, group_mark = _READINGS.get(lang, ("", ""))
        if mark == decimal_mark:
            return whole.replace(" ", "") + "." + normalised[three.end(1):]
        if mark == group_mark and _ONE_GROUP.fullmatch(whole):
            return normalised.replace(mark, "")
        digits = normalised.replace(" ", "")
        raise _TwoReadings(float(digits.replace(mark, "")), float(digits.replace(mark, ".")))
    if _DECIMAL.fullmatch(body):
        return body.replace(",", ".")
    for separator, pattern in _GROUPED.items():
        if pattern.fullmatch(normalised):  # the groups joined, the decimal mark a dot
            return normalised.replace(separator, "").replace(",", ".")
    return None


def parse_number(text: str, expected_unit: Unit | None = None, lang: str | None = None) -> float:
    """Read a decimal number written the French or the English way.

    With ``expected_unit`` (the KPI's unit), a ``%`` is accepted only on a percentage
    and a ``€`` only on an amount in euros; without it, either sign is accepted.
    ``lang`` (``"fr"``, ``"en"``: the UI's language) settles ``1,620`` and ``1.620`` the way
    its readers do; what they could read two ways is refused, naming both readings.
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
    try:
        digits = _digits_only(body, lang)
    except _TwoReadings as two:
        side = -1 if negative else 1
        raise NumberAmbiguousError(raw, side * two.thousands, side * two.decimal) from None
    if digits is None:
        raise NumberError(raw)
    value = float(digits)
    if value > MAX_ABS_NUMBER:
        raise NumberRangeError(raw)
    return -value if negative and value else value


def parse_optional_number(text: str | None, expected_unit: Unit | None = None,
                          lang: str | None = None) -> float | None:
    """Like :func:`parse_number`, but an empty field means "not given"."""
    if text is None or not text.strip():
        return None
    return parse_number(text, expected_unit, lang)
