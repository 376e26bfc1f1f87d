"""French typography applied once, to every message template, by the :class:`Translator`.

Rules (see GLOSSARY.md, "Formats where French is chosen"):

- a no-break space (U+00A0) before ``:`` and inside « »;
- a narrow no-break space (U+202F) before ``;``, ``?`` and ``!``, and between groups of
  three digits (``1 234``);
- « n° 3 » with a no-break space;
- a number (or a numeric placeholder such as ``{count}``) is tied to the word or unit that
  follows it, so that ``12 %`` or ``3 priorités`` never break across two lines.

Only templates are set: the text people typed (a goal's title, a KPI name) is data and
reaches the screen as written. Pure functions, no Textual.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
NNBSP = "\u202f"
_SPACE = r"[ \t\u00a0\u202f]"

# Placeholders that always receive a number: the word after them belongs to it.
NUMERIC_FIELDS = (
    "count", "days", "limit", "months", "hours", "total", "length", "number", "scale",
    "priorities", "goals", "checkpoints", "reviewed", "ahead", "on_track", "behind",
    "achieved", "abandoned", "found", "known", "capacity", "budget",
)
_NUMERIC = "|".join(NUMERIC_FIELDS)

_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    # « text » : no-break space inside the guillemets, whatever was typed there.
    (re.compile(r"«" + _SPACE + "*"), "«" + NBSP),
    (re.compile(_SPACE + "*»"), NBSP + "»"),
    # high punctuation: a space before, never an ordinary one. ``:`` only when a space
    # or the end follows it, so ``12:30`` and ``https://`` stay as they are.
    (re.compile(_SPACE + r"*:(?=\s|$)"), NBSP + ":"),
    (re.compile(r"(?<=\S)" + _SPACE + r"*([;?!])(?=\s|$|»|\))"), NNBSP + r"\1"),
    # n° 3
    (re.compile(r"\bn°" + _SPACE + "*"), "n°" + NBSP),
    # thousands: 1 234 / 12 500 (digits only, so dates like 01/07 are untouched)
    (re.compile(r"(?<=\d)[ \u00a0](?=\d{3}(?!\d))"), NNBSP),
    # a number and its unit or noun: 25 %, 300 €, 3 h/semaine, {count} priorités
    (re.compile(r"(?<=\d) (?=[%€]|[^\W\d_])"), NBSP),
    (re.compile(r"(\{(?:" + _NUMERIC + r")\}) (?=[%€]|[^\W\d_])"), r"\1" + NBSP),
)

_EN_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?<=\d) (?=[%€]|[^\W\d_])"), NBSP),
    (re.compile(r"(\{(?:" + _NUMERIC + r")\}) (?=[%€]|[^\W\d_])"), r"\1" + NBSP),
)


def french(text: str) -> str:
    """Set ``text`` (a template or a sentence we wrote) in French typography."""
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text


def english(text: str) -> str:
    """English keeps its spaces; only a number stays with its unit."""
    for pattern, replacement in _EN_RULES:
        text = pattern.sub(replacement, text)
    return text


def typeset(lang: str, text: str) -> str:
    return french(text) if lang == "fr" else english(text)


_BREAKING_SPACES = re.compile(r"[^\S\u00a0\u202f]+")


def one_line(text: str) -> str:
    """Runs of spaces and line breaks as one space; no-break spaces are kept (``str.split``
    would turn « 30 % » back into a place where a line may break)."""
    return _BREAKING_SPACES.sub(" ", text).strip()
