"""The bounds every door shares: forms, ``log``, ``import`` and ``restore`` accept the same.

One place, so that every export the app can produce re-imports, and a message quotes
the number the rule uses.
"""

from __future__ import annotations

from datetime import date

# -- dates: a goal, a checkpoint or "today" lives between these -----------------
DATE_MIN = MIN_DATE = date(1900, 1, 1)
DATE_MAX = MAX_DATE = date(2100, 12, 31)

# -- numbers: a KPI value, a baseline, a target, a budget, hours ----------------
#: The largest magnitude of any value: a thousand billion is far above any small
#: business's figure and far below float's precision limit.
VALUE_LIMIT = MAX_ABS_NUMBER = 1e12

# -- integers: a goal number typed on the command line, a position in a list -----
MAX_ID = 2**63 - 1  # SQLite's largest integer key
MAX_POSITION = 1_000_000  # a priority's place in the list

# -- text: the longest each field may be (characters, after cleaning) ------------
#: By ``entity.field``. Single-line fields hold a title or a phrase; multi-line ones
#: (:data:`MULTILINE`) hold a paragraph.
TEXT_LIMITS: dict[str, int] = {
    "profile.name": 120,
    "priority.title": 120,
    "priority.problem": 300,
    "goal.intent": 500,
    "goal.statement": 500,
    "goal.kpi": 200,
    "goal.source": 200,
    "goal.resources": 1000,
    "goal.rationale": 1000,
    "checkpoint.note": 1000,
    "adjustment.note": 1000,
}
MULTILINE = frozenset({"priority.problem", "goal.resources", "goal.rationale",
                       "checkpoint.note", "adjustment.note"})

MAX_TITLE = TEXT_LIMITS["priority.title"]
MAX_NAME = TEXT_LIMITS["profile.name"]
MAX_PROBLEM = TEXT_LIMITS["priority.problem"]
MAX_NOTE = TEXT_LIMITS["checkpoint.note"]
MAX_TEXT = max(TEXT_LIMITS.values())  # the longest any field may be

#: The same limits by the field's name alone (the interchange document's keys).
FIELD_LIMITS: dict[str, int] = {name.split(".")[1]: limit for name, limit in TEXT_LIMITS.items()}
MULTILINE_FIELDS = frozenset(name.split(".")[1] for name in MULTILINE)


def text_limit(field: str) -> int:
    return FIELD_LIMITS.get(field, MAX_TEXT)
