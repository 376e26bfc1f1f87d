"""The bounds every door enforces: text lengths, dates and numbers.

One place for them, so the forms, ``log``, ``import`` and the services refuse the same
values, and every message takes its number from the constant the rule uses.
"""

from __future__ import annotations

from datetime import date

# -- text: the longest each field may be (characters, after cleaning) ---------
MAX_TITLE = 120  # a priority's title
MAX_NAME = 120  # the business name on the profile
MAX_PROBLEM = 300  # what a priority answers
MAX_TEXT = 5000  # any other text: intent, statement, KPI, source, rationale...
MAX_NOTE = MAX_TEXT  # a checkpoint's or an adjustment's note

#: Per-field limits by the field's name in the interchange document; others get MAX_TEXT.
FIELD_LIMITS: dict[str, int] = {"title": MAX_TITLE, "name": MAX_NAME, "problem": MAX_PROBLEM}

#: Fields that may hold several lines; every other field is one line.
MULTILINE_FIELDS = frozenset({"note", "problem", "rationale", "resources"})


def text_limit(field: str) -> int:
    return FIELD_LIMITS.get(field, MAX_TEXT)


# -- dates: a goal, a checkpoint or "today" lives between these -----------------
MIN_DATE = date(1900, 1, 1)
MAX_DATE = date(2100, 12, 31)

# -- numbers: a KPI value, a target, a budget -----------------------------------
MAX_ABS_NUMBER = 1e12  # |value| <= one thousand billion; beyond it is a typo

# -- integers: a goal number typed on the command line, a position in a list -----
MAX_ID = 2**63 - 1  # SQLite's largest integer key
MAX_POSITION = 1_000_000  # a priority's place in the list
