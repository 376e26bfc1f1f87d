"""A statement that quotes the old target, rewritten with the new one (issue 12, item 7).

« Passer à 15 commandes par mois » after a raise to 20 reads « Passer à 20 commandes par
mois ». Pure: the screens offer the result, the user accepts it with one key.
"""

from __future__ import annotations

import re

_GROUP = " \u00a0\u202f,."  # thousands separators a person types (space, no-break, comma, dot)
_MINUS = "\\-\u2212"  # in a character class: the hyphen-minus and the minus sign


def _pattern(value: float) -> re.Pattern[str]:
    """The number as it may be written: 2000, 2 000, 2,000; 4.5 or 4,5; 15 or 15,0."""
    whole = int(abs(value))
    fraction = round(abs(value) - whole, 6)
    digits = str(whole)
    groups = [digits[max(i - 3, 0):i] for i in range(len(digits), 0, -3)][::-1]
    whole_re = f"[{re.escape(_GROUP)}]?".join(groups)
    if fraction:
        decimals = f"{fraction:.6f}"[2:].rstrip("0")
        number = f"{whole_re}[.,]{decimals}0*"
    else:
        number = f"{whole_re}(?:[.,]0+)?"
    # A negative value is quoted with its sign; a positive one never follows a sign.
    sign = f"[{_MINUS}]" if value < 0 else ""
    return re.compile(rf"(?<![\d.,{_MINUS}]){sign}{number}(?![\d]|[.,]\d)")


def _written_like(found: str, value: float) -> str:
    """``value`` in the style of ``found``: its decimal mark and thousands separator."""
    decimal = "," if re.search(r",\d{1,2}$", found) else "."
    separator = next((c for c in found if c in " \u00a0\u202f"), "")
    if not separator and re.search(r"\d[.,]\d{3}(?!\d)", found):
        separator = found[re.search(r"\d[.,]\d{3}", found).start() + 1]  # type: ignore[union-attr]
    text = f"{value:,.6f}".rstrip("0")  # "2,500." partitions into "2,500" and ""
    whole, _, fraction = text.partition(".")
    whole = whole.replace(",", separator)
    if found.startswith("\u2212"):  # the typographic minus, kept
        whole = whole.replace("-", "\u2212")
    return f"{whole}{decimal}{fraction}" if fraction else whole


def retitled(statement: str, old: float | None, new: float | None) -> str | None:
    """The statement with ``old`` replaced by ``new``, or None when it does not quote
    ``old`` (or nothing changed)."""
    if old is None or new is None or old == new or not statement:
        return None
    match = _pattern(old).search(statement)
    if match is None:
        return None
    return statement[:match.start()] + _written_like(match.group(), new) + \
        statement[match.end():]
