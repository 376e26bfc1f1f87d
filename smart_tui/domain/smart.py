"""The SMART filter: one verdict, reason and hint per criterion.

Verdicts carry message keys (``smart.<criterion>.<code>`` for the reason and
``hint.<criterion>.<code>`` for the hint) and their parameters; the caller renders
them in the user's language with :class:`smart_tui.i18n.Translator`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from .levers import is_usual_lever
from .models import DAYS_PER_MONTH, Choice, Goal, GoalStatus, Priority, PriorityStatus
from .text import fold

PACE_FAIL = 25.0  # % of the baseline per month
PACE_WARN = 10.0
MIN_HORIZON_DAYS = 14
MAX_HORIZON_YEARS = 2

CRITERIA = ("specific", "measurable", "achievable", "relevant", "time_bound")


class Verdict(Choice):
    OK = "ok"
    WARN = "warn"
    FAIL = "fail"


_RANK = {Verdict.OK: 0, Verdict.WARN: 1, Verdict.FAIL: 2}


@dataclass(frozen=True)
class CriterionResult:
    criterion: str
    verdict: Verdict
    code: str
    params: dict[str, object] = field(default_factory=dict)

    @property
    def reason_key(self) -> str:
        return f"smart.{self.criterion}.{self.code}"

    @property
    def hint_key(self) -> str | None:
        return None if self.verdict == Verdict.OK else f"hint.{self.criterion}.{self.code}"


@dataclass(frozen=True)
class Assessment:
    specific: CriterionResult
    measurable: CriterionResult
    achievable: CriterionResult
    relevant: CriterionResult
    time_bound: CriterionResult

    def results(self) -> list[CriterionResult]:
        return [getattr(self, name) for name in CRITERIA]

    @property
    def is_smart(self) -> bool:
        """SMART when no criterion fails (warnings are advice, not blockers)."""
        return all(r.verdict != Verdict.FAIL for r in self.results())


@dataclass(frozen=True)
class Capacity:
    """The business capacity and what the *other* active goals already take of it."""

    hours_per_week: float | None = None
    budget_per_month: float | None = None
    committed_hours: float = 0.0
    committed_budget: float = 0.0


# -- Specific -----------------------------------------------------------------

VAGUE_PHRASES = (
    # français
    "ameliorer", "booster", "developper", "etre present", "etre presente", "etre visible",
    "plus de", "davantage", "optimiser", "renforcer", "augmenter", "accroitre", "gagner en",
    "mieux", "dynamiser", "entretenir", "travailler", "se faire connaitre", "creer de l'engagement",
    "avoir de bons", "faire du", "publier plus",
    # English
    "improve", "boost", "be present", "be visible", "more", "better", "grow", "increase",
    "enhance", "optimize", "optimise", "strengthen", "get known", "raise awareness", "engage",
    "work on", "develop",
)
_VAGUE = re.compile(r"\b(" + "|".join(re.escape(p) for p in VAGUE_PHRASES) + r")\b")


@lru_cache(maxsize=4096)  # statements rarely change; the dashboard asks for every goal
def is_vague(statement: str) -> bool:
    """A wish built on a vague verb or phrase with no figure in it."""
    return bool(_VAGUE.search(fold(statement))) and not re.search(r"\d", statement)


def _specific(goal: Goal) -> CriterionResult:
    statement = goal.statement.strip()
    if not statement:
        return CriterionResult("specific", Verdict.FAIL, "no_statement")
    if is_vague(statement):
        return CriterionResult("specific", Verdict.WARN, "vague")
    if not goal.kpi.strip():
        return CriterionResult("specific", Verdict.WARN, "no_kpi")
    return CriterionResult("specific", Verdict.OK, "ok")


# -- Measurable ---------------------------------------------------------------

def _measurable(goal: Goal) -> CriterionResult:
    if not goal.kpi.strip():
        return CriterionResult("measurable", Verdict.FAIL, "no_kpi")
    if goal.target is None:
        return CriterionResult("measurable", Verdict.FAIL, "no_target")
    if goal.baseline is not None and goal.target == goal.baseline:
        return CriterionResult("measurable", Verdict.FAIL, "target_is_baseline")
    if goal.baseline is None:
        return CriterionResult("measurable", Verdict.WARN, "no_baseline")
    if not goal.source.strip():
        return CriterionResult("measurable", Verdict.WARN, "no_source")
    if goal.unit is None:
        return CriterionResult("measurable", Verdict.WARN, "no_unit")
    return CriterionResult("measurable", Verdict.OK, "ok")


# -- Achievable ---------------------------------------------------------------

def monthly_pace(goal: Goal, start: date) -> float | None:
    """|target − baseline| / |baseline| / months, in percent of the baseline per month."""
    if goal.baseline in (None, 0) or goal.target is None or goal.deadline is None:
        return None
    days = (goal.deadline - start).days
    if days <= 0:
        return None
    months = days / DAYS_PER_MONTH
    return abs(goal.target - goal.baseline) / abs(goal.baseline) / months * 100


def _achievable(goal: Goal, start: date, capacity: Capacity | None) -> CriterionResult:
    checks: list[CriterionResult] = []
    pace = monthly_pace(goal, start)
    if pace is not None:
        params = {"pace": pace, "months": (goal.deadline - start).days / DAYS_PER_MONTH}  # type: ignore[operator]
        if pace > PACE_FAIL:
            checks.append(CriterionResult("achievable", Verdict.FAIL, "pace_too_fast", params))
        elif pace > PACE_WARN:
            checks.append(CriterionResult("achievable", Verdict.WARN, "pace_fast", params))
    elif goal.baseline in (None, 0):
        checks.append(CriterionResult("achievable", Verdict.WARN, "pace_unknown_baseline"))
    else:
        checks.append(CriterionResult("achievable", Verdict.WARN, "pace_unknown_deadline"))
    if not goal.budget_per_month and not goal.hours_per_week:
        checks.append(CriterionResult("achievable", Verdict.WARN, "no_resources"))
    if capacity is not None:
        hours = capacity.committed_hours + (goal.hours_per_week or 0)
        budget = capacity.committed_budget + (goal.budget_per_month or 0)
        if capacity.hours_per_week is not None and hours > capacity.hours_per_week:
            checks.append(CriterionResult(
                "achievable", Verdict.WARN, "over_hours",
                {"total": hours, "capacity": capacity.hours_per_week},
            ))
        elif capacity.budget_per_month is not None and budget > capacity.budget_per_month:
            checks.append(CriterionResult(
                "achievable", Verdict.WARN, "over_budget",
                {"total": budget, "capacity": capacity.budget_per_month},
            ))
    if not checks:
        params = {"pace": pace or 0.0}
        return CriterionResult("achievable", Verdict.OK, "ok", params)
    return max(checks, key=lambda r: _RANK[r.verdict])  # the first of the worst


# -- Relevant -----------------------------------------------------------------

def _relevant(goal: Goal, priority: Priority | None) -> CriterionResult:
    if priority is None:
        return CriterionResult("relevant", Verdict.FAIL, "no_priority")
    if priority.status == PriorityStatus.ARCHIVED:
        return CriterionResult("relevant", Verdict.FAIL, "archived_priority")
    if not goal.rationale.strip():
        return CriterionResult("relevant", Verdict.WARN, "no_rationale")
    if not is_usual_lever(goal.lever, priority.category):
        return CriterionResult(
            "relevant", Verdict.WARN, "unusual_lever",
            {"lever": goal.lever.value, "category": priority.category.value},
        )
    return CriterionResult("relevant", Verdict.OK, "ok")


# -- Time-bound ---------------------------------------------------------------

def _time_bound(goal: Goal, start: date, today: date) -> CriterionResult:
    deadline = goal.deadline
    if deadline is None:
        return CriterionResult("time_bound", Verdict.FAIL, "no_deadline")
    if deadline <= start:
        return CriterionResult("time_bound", Verdict.FAIL, "before_start")
    if goal.status == GoalStatus.ACTIVE and today > deadline:
        return CriterionResult("time_bound", Verdict.WARN, "past", {"deadline": deadline})
    days = (deadline - start).days
    if days < MIN_HORIZON_DAYS:
        return CriterionResult("time_bound", Verdict.WARN, "too_short", {"days": days})
    if deadline > start + relativedelta(years=MAX_HORIZON_YEARS):
        return CriterionResult("time_bound", Verdict.WARN, "too_long", {"days": days})
    return CriterionResult("time_bound", Verdict.OK, "ok", {"deadline": deadline})


def assess(
    goal: Goal, priority: Priority | None, today: date, capacity: Capacity | None = None
) -> Assessment:
    """Pass ``goal`` through the five criteria. ``priority`` is the one it is tied to."""
    start = goal.start or today
    return Assessment(
        specific=_specific(goal),
        measurable=_measurable(goal),
        achievable=_achievable(goal, start, capacity),
        relevant=_relevant(goal, priority),
        time_bound=_time_bound(goal, start, today),
    )
