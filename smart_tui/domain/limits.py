"""The bounds every door shares: forms, ``log``, ``import`` and ``restore`` accept the same.

One place, so that every export the app can produce re-imports, and a message quotes
the number the rule uses.
"""

from __future__ import annotations

from datetime import date

DATE_MIN = date(1900, 1, 1)
DATE_MAX = date(2100, 12, 31)

#: The largest magnitude of any value (KPI, baseline, target, budget, hours): a thousand
#: billion is far above any small business's figure and far below float's precision limit.
VALUE_LIMIT = 1e12

#: Characters per field, after control characters are removed. Single-line fields hold a
#: title or a phrase; multi-line ones (``MULTILINE``) hold a paragraph.
TEXT_LIMITS: dict[str, int] = {
    "profile.name": 120,
    "priority.title": 200,
    "priority.problem": 1000,
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
