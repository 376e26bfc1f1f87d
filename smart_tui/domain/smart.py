"""The SMART filter: one verdict, reason and hint per criterion.

Verdicts carry message keys (``smart.<criterion>.<code>`` for the reason and
``hint.<criterion>.<code>`` for the hint) and their parameters; the caller renders
them in the user's language with :class:`smart_tui.i18n.Translator`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from dateutil.relativedelta import relativedelta

from .achievable import (
    PACE_FAIL,
    PACE_WARN,
    RATING_FAIL,
    RATING_WARN,
    monthly_pace,
    pace_check,
    resource_check,
)
from .levers import is_usual_lever, priority_served, served_categories
from .models import (
    DAYS_PER_MONTH,
    Choice,
    Direction,
    DomainError,
    Goal,
    GoalStatus,
    Priority,
    PriorityStatus,
    Unit,
)
from .vague import fold, is_vague

MIN_HORIZON_DAYS = 14
MAX_HORIZON_YEARS = 2
HORIZON_STEP_MONTHS = 12  # a long goal gets a first step this far out

CRITERIA = ("specific", "measurable", "achievable", "relevant", "time_bound")

__all__ = [
    "CRITERIA", "DAYS_PER_MONTH", "HORIZON_STEP_MONTHS", "MAX_HORIZON_YEARS",
    "MIN_HORIZON_DAYS", "PACE_FAIL", "PACE_WARN", "RATING_FAIL", "RATING_WARN", "Assessment",
    "Capacity", "CriterionResult", "Verdict", "achievable", "assess", "fold", "is_vague",
    "monthly_pace",
]


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

def _specific(goal: Goal) -> CriterionResult:
    statement = goal.statement.strip()
    if not statement:
        return CriterionResult("specific", Verdict.FAIL, "no_statement")
    if is_vague(statement):  # a vœu pieux is not an objective
        return CriterionResult("specific", Verdict.FAIL, "vague")
    if not goal.kpi.strip():
        return CriterionResult("specific", Verdict.WARN, "no_kpi")
    return CriterionResult("specific", Verdict.OK, "ok")


# -- Measurable ---------------------------------------------------------------

def _measurable(goal: Goal) -> CriterionResult:
    if not goal.kpi.strip():
        return CriterionResult("measurable", Verdict.FAIL, "no_kpi")
    if goal.target is None:
        return CriterionResult("measurable", Verdict.FAIL, "no_target")
    values: dict[str, object] = {"baseline": goal.baseline, "target": goal.target,
                                 "unit": goal.unit.value if goal.unit else None}
    if goal.baseline is not None and goal.target == goal.baseline:
        return CriterionResult("measurable", Verdict.FAIL, "target_is_baseline")
    if goal.baseline is not None and goal.direction == Direction.DECREASE \
            and goal.target > goal.baseline:
        return CriterionResult("measurable", Verdict.FAIL, "decrease_above_baseline", values)
    if goal.baseline is not None and goal.direction == Direction.INCREASE \
            and goal.target < goal.baseline:
        return CriterionResult("measurable", Verdict.FAIL, "increase_below_baseline", values)
    if goal.baseline is None:
        return CriterionResult("measurable", Verdict.WARN, "no_baseline")
    if not goal.source.strip():
        return CriterionResult("measurable", Verdict.WARN, "no_source")
    if goal.unit is None:
        return CriterionResult("measurable", Verdict.WARN, "no_unit")
    if goal.unit == Unit.PERCENT:  # a rate moves in points: « +2 points (de 1 % à 3 %) »
        return CriterionResult("measurable", Verdict.OK, "ok_points",
                               {**values, "points": goal.target - goal.baseline})
    return CriterionResult("measurable", Verdict.OK, "ok")


# -- Achievable ---------------------------------------------------------------

def achievable(goal: Goal, start: date, capacity: Capacity | None = None) -> CriterionResult:
    """The Achievable verdict alone (the review re-checks a raised target with it)."""
    return _achievable(goal, start, capacity)


def _achievable(goal: Goal, start: date, capacity: Capacity | None) -> CriterionResult:
    checks: list[CriterionResult] = []
    pace = pace_check(goal, start)
    ok: CriterionResult | None = None
    if pace is not None:
        result = CriterionResult("achievable", Verdict(pace.verdict), pace.code, pace.params)
        if result.verdict == Verdict.OK:
            ok = result
        else:
            checks.append(result)
    resources = resource_check(goal, new_channel=pace is not None and pace.code == "new_channel")
    if resources is not None:
        checks.append(CriterionResult("achievable", Verdict(resources.verdict), resources.code,
                                      resources.params))
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
        return ok or CriterionResult("achievable", Verdict.OK, "ok_resources")
    return max(checks, key=lambda r: _RANK[r.verdict])  # the first of the worst


# -- Relevant -----------------------------------------------------------------

def _relevant(goal: Goal, priority: Priority | None,
              priorities: Iterable[Priority] = ()) -> CriterionResult:
    if priority is None:
        return CriterionResult("relevant", Verdict.FAIL, "no_priority")
    if priority.status == PriorityStatus.ARCHIVED:
        return CriterionResult("relevant", Verdict.FAIL, "archived_priority")
    if goal.audience_present is False:  # the method's YouTube example: not coherent
        return CriterionResult("relevant", Verdict.FAIL, "audience_absent",
                               {"lever": goal.lever.value})
    if not is_usual_lever(goal.lever, priority.category):
        params: dict[str, object] = {"lever": goal.lever.value,
                                     "category": priority.category.value}
        better = priority_served(goal.lever, priorities, exclude=priority.id)
        if better is not None:
            return CriterionResult("relevant", Verdict.WARN, "unusual_lever_move",
                                   {**params, "suggest": better.title})
        serves = served_categories(goal.lever)
        return CriterionResult("relevant", Verdict.WARN, "unusual_lever",
                               {**params, "serves": serves[0].value if serves else "other"})
    if not goal.rationale.strip():
        return CriterionResult("relevant", Verdict.WARN, "no_rationale")
    if goal.audience_present is None:
        return CriterionResult("relevant", Verdict.WARN, "audience_unknown",
                               {"lever": goal.lever.value})
    return CriterionResult("relevant", Verdict.OK, "ok")


# -- Time-bound ---------------------------------------------------------------

# a deadline typed but refused by the date parser: the criterion says what the field says
DEADLINE_REFUSALS = ("error.date", "error.date_impossible", "error.date_range")


def _time_bound(goal: Goal, start: date, today: date,
                deadline_error: DomainError | None = None) -> CriterionResult:
    deadline = goal.deadline
    if deadline is None:
        if deadline_error is not None and deadline_error.key in DEADLINE_REFUSALS:
            return CriterionResult("time_bound", Verdict.FAIL,
                                   deadline_error.key.removeprefix("error."),
                                   dict(deadline_error.params))
        return CriterionResult("time_bound", Verdict.FAIL, "no_deadline")
    if deadline <= start:
        return CriterionResult("time_bound", Verdict.FAIL, "before_start")
    if goal.status == GoalStatus.ACTIVE and today > deadline:
        return CriterionResult("time_bound", Verdict.WARN, "past", {"deadline": deadline})
    days = (deadline - start).days
    if days < MIN_HORIZON_DAYS:
        return CriterionResult("time_bound", Verdict.WARN, "too_short",
                               {"days": days, "min_days": MIN_HORIZON_DAYS})
    if deadline > start + relativedelta(years=MAX_HORIZON_YEARS):
        return CriterionResult("time_bound", Verdict.WARN, "too_long", {
            "days": days, "horizon": days, "max_years": MAX_HORIZON_YEARS,
            "step_months": HORIZON_STEP_MONTHS})
    return CriterionResult("time_bound", Verdict.OK, "ok", {"deadline": deadline})


def assess(
    goal: Goal, priority: Priority | None, today: date, capacity: Capacity | None = None,
    priorities: Iterable[Priority] = (), deadline_error: DomainError | None = None,
) -> Assessment:
    """Pass ``goal`` through the five criteria. ``priority`` is the one it is tied to;
    ``priorities`` (all of them, optional) let Relevant name the one a lever serves.
    ``deadline_error``: the refusal of a deadline typed in a form (``31/02/2027``), which
    Time-bound then names instead of "no deadline"."""
    start = goal.start or today
    return Assessment(
        specific=_specific(goal),
        measurable=_measurable(goal),
        achievable=_achievable(goal, start, capacity),
        relevant=_relevant(goal, priority, priorities),
        time_bound=_time_bound(goal, start, today, deadline_error),
    )
