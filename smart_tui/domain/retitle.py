"""A statement that quotes the old target, rewritten with the new one (issue 12, item 7).

« Passer à 15 commandes par mois » after a raise to 20 reads « Passer à 20 commandes par
mois ». Every figure derived from the target follows it: the target itself, the gain
(target − baseline) and the change in % (« de 320 à 800 (+150 %) » → « de 320 à 700
(+118,8 %) », rounded to one decimal as the app's own sentence), each written as the user
wrote it; a moved deadline is rewritten in the date's own style (statement_dates.py). Any
other figure is left alone. Pure: the screens offer the result, the user accepts it with
one key.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from .models import DomainError
from .numbers import parse_number
from .statement_dates import dates_in, overlaps

_GROUP = " \u00a0\u202f,."  # thousands separators a person types (space, no-break, comma, dot)
_MINUS = "\\-\u2212"  # in a character class: the hyphen-minus and the minus sign
_SPACES = " \u00a0\u202f"
#: a figure starts a number: not after a digit, a mark or a sign, nor after « 1 » in « 1 500 »
_NOT_AFTER = rf"(?<![\d.,+{_MINUS}])(?<!\d[{_SPACES}])"
PERCENT_DECIMALS = 1  # as format_change writes a change in % (smart_tui/sentence.py)
#: per language, the thousands separator and the decimal mark the app writes (Translator.number)
_STYLES: dict[str | None, tuple[str, str]] = {"fr": ("\u202f", ","), "en": (",", ".")}


def _number(value: float) -> str:
    """The number without its sign as it may be written: 2000, 2 000, 2,000; 4.5 or 4,5;
    15 or 15,0."""
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
    return number


def _pattern(value: float) -> re.Pattern[str]:
    """The target as it may be written. A negative value is quoted with its sign; a positive
    one never follows a sign (« +150 % » is a change, never the target)."""
    sign = f"[{_MINUS}]" if value < 0 else ""
    return re.compile(rf"{_NOT_AFTER}{sign}{_number(value)}(?![\d]|[.,]\d)")


def _change_pattern(value: float, percent: bool) -> re.Pattern[str]:
    """A gain or a change in %, signed (« +500 », « −20 % ») or not (« de 30 % »): its size;
    a change in % is followed by « % », a gain never."""
    tail = rf"(?=[{_SPACES}]?%)" if percent else rf"(?![{_SPACES}]?%)"
    return re.compile(rf"{_NOT_AFTER}(?P<sign>[+{_MINUS}]?)(?P<size>{_number(value)})"
                      rf"(?![\d]|[.,]\d){tail}")


def _decimal_mark(statement: str, default: str) -> str:
    """The decimal mark the writer uses elsewhere in the statement (« 4,5 »), else
    ``default`` (the app's language)."""
    found = re.search(r"(?<![\d.,])\d+([.,])\d{1,2}(?![\d.,])", statement)
    return found.group(1) if found else default


def _formatted(value: float, separator: str, decimal: str, minus: str) -> str:
    """``value`` to a millionth, trailing zeros dropped, with these marks."""
    text = f"{value:,.6f}".rstrip("0")  # "2,500." partitions into "2,500" and ""
    whole, _, fraction = text.partition(".")
    whole = whole.replace(",", separator).replace("-", minus)
    return f"{whole}{decimal}{fraction}" if fraction else whole


def _reads_as(text: str, value: float, lang: str | None) -> bool:
    """Whether a reader of ``lang`` reads ``text`` as ``value`` (numbers.parse_number)."""
    try:
        return parse_number(text, lang=lang) == round(value, 6)
    except DomainError:
        return False


def _written_like(found: str, value: float, default: str, lang: str | None = None) -> str:
    """``value`` in the style of ``found``: its decimal mark and thousands separator
    (``default``: the decimal mark when ``found`` shows none). A figure of fewer than four
    digits shows no choice of separator: ``lang``'s is taken (« 500 » → « 2 500 » in French,
    "2,500" in English). A result that ``lang``'s reader would read otherwise (« 2,500 » in
    French, "2.500" in English) is written in ``lang``'s style."""
    decimal = "," if re.search(r",\d{1,2}$", found) else \
        "." if re.search(r"\.\d{1,2}$", found) else default
    separator = next((c for c in found if c in " \u00a0\u202f"), "")
    if not separator and re.search(r"\d[.,]\d{3}(?!\d)", found):
        separator = found[re.search(r"\d[.,]\d{3}", found).start() + 1]  # type: ignore[union-attr]
    style = _STYLES.get(lang)
    if style and not separator and not re.match(r"\D*\d{4}", found) and abs(value) >= 1000:
        separator = style[0]
    if separator == decimal:  # « 1.500 » written with a fraction: the other mark
        decimal = "," if separator == "." else "."
    minus = "\u2212" if found.startswith("\u2212") else "-"  # the typographic minus, kept
    text = _formatted(value, separator, decimal, minus)
    if style and not _reads_as(text, value, lang):
        text = _formatted(value, *style, minus)
    return text


def _written_change(sign: str, found: str, value: float, decimal: str,
                    lang: str | None) -> str:
    """A change in the style of ``sign`` and ``found`` (its size as written): signed if it
    was (« +500 » → « +700 », the minus it used for a fall), its size alone if not
    (« de 30 % » → « de 40 % »)."""
    size = _written_like(found, abs(value), decimal, lang)
    if not sign:
        return size
    if value < 0:
        return ("\u2212" if sign == "+" else sign) + size
    return "+" + size


class _Edit(NamedTuple):
    start: int
    end: int
    text: str


def _target_edits(statement: str, old: float, new: float, baseline: float | None,
                  decimal: str, lang: str | None) -> list[_Edit]:
    """The target, then the change in % and the gain, each where the statement quotes it;
    a figure the baseline already accounts for (« de 100 » when the gain is 100 too) is the
    baseline, unless it is signed."""
    edits = [_Edit(m.start(), m.end(), _written_like(m.group(), new, decimal, lang))
             for m in _pattern(old).finditer(statement)]
    if baseline is None:
        return edits
    at_baseline = [m.span() for m in _pattern(baseline).finditer(statement)]
    changes = [(old - baseline, new - baseline, False)]  # _number rounds to a millionth
    if baseline != 0:
        old_pct = (old - baseline) / abs(baseline) * 100
        new_pct = round((new - baseline) / abs(baseline) * 100, PERCENT_DECIMALS)
        changes += [(round(old_pct, d), new_pct, True) for d in (PERCENT_DECIMALS, 0, 2)]
    for old_change, new_change, percent in changes:
        for m in _change_pattern(old_change, percent).finditer(statement):
            sign = m.group("sign")
            if sign and (old_change < 0 if sign == "+" else old_change > 0):
                continue  # « −20 % » does not quote a rise of 20 %
            if not sign and any(overlaps(m.span(), span) for span in at_baseline):
                continue
            edits.append(_Edit(m.start(), m.end(),
                               _written_change(sign, m.group("size"), new_change, decimal,
                                               lang)))
    return edits


def retitled(statement: str, old: float | None, new: float | None, *,
             baseline: float | None = None, old_deadline: date | None = None,
             new_deadline: date | None = None, decimal: str | None = None,
             lang: str | None = None) -> str | None:
    """The statement with every figure derived from the old target (the target, the gain
    from ``baseline``, the change in %) and the old deadline written anew, or None when it
    quotes none of them (or nothing changed). ``lang``: the language the statement is
    offered in (the UI's); a figure of fewer than four digits takes its thousands separator,
    and every figure written reads back as itself in it. ``decimal``: the decimal mark to
    write when the statement shows none (default: ``lang``'s, else the dot)."""
    if not statement:
        return None
    decimal = _decimal_mark(statement, decimal or _STYLES.get(lang, ("", "."))[1])
    dates = dates_in(statement)
    edits: list[_Edit] = []
    if old_deadline is not None and new_deadline is not None and old_deadline != new_deadline:
        for written in dates:
            text = written.rewritten(old_deadline, new_deadline) \
                if written.says(old_deadline) else None
            if text is not None:
                edits.append(_Edit(written.start, written.end, text))
    if old is not None and new is not None and old != new:
        edits += [e for e in _target_edits(statement, old, new, baseline, decimal, lang)
                  if not any(overlaps((e.start, e.end), (w.start, w.end)) for w in dates)]
    accepted: list[_Edit] = []
    for edit in edits:  # in order: the deadline, the target, then the gain and the change
        if not any(overlaps((edit.start, edit.end), (a.start, a.end)) for a in accepted):
            accepted.append(edit)
    text = statement
    for edit in sorted(accepted, reverse=True):
        text = text[:edit.start] + edit.text + text[edit.end:]
    return text if text != statement else None
