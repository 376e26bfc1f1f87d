"""The Achievable criterion: the pace a goal asks for, by unit, and the lever's resources.

The method's anchors: +50 % of web traffic in one month is out of reach, +10 % in three
months is within reach. So, per month of the horizon:

- counts and money from a baseline above 0: relative pace, warn above ``PACE_WARN`` %,
  fail above ``PACE_FAIL`` %;
- ratings (out of 5, 10 or 100): stars per month, warn above ``RATING_WARN``, fail above
  ``RATING_FAIL`` (4,1 → 4,6 in a month fails, 4,1 → 4,5 in six months passes);
- a baseline of 0 is a new channel: no relative pace exists, the goal is judged on the
  resources its lever needs (the method's A column, :data:`levers.LEVER_RESOURCES`).

When the pace is too fast, the verdict carries the fix: the target that would pass by
this deadline and the deadline that would pass for this target.
"""

from __future__ import annotations

import calendar
import math
from dataclasses import dataclass
from datetime import date, timedelta

from .levers import LEVER_RESOURCES, Resource
from .models import DAYS_PER_MONTH, Goal, Unit

PACE_WARN = 10.0  # % of the baseline per month
PACE_FAIL = 25.0
RATING_WARN = 0.1  # stars per month
RATING_FAIL = 0.25
MAX_FIX_YEARS = 10  # a deadline further than this is no fix: the hint offers the target only


@dataclass(frozen=True)
class Check:
    """One finding: ``verdict`` is ``ok``, ``warn`` or ``fail``; ``code`` names the message."""

    verdict: str
    code: str
    params: dict[str, object]


def months_between(start: date, end: date) -> float:
    return (end - start).days / DAYS_PER_MONTH


def monthly_pace(goal: Goal, start: date) -> float | None:
    """|target − baseline| / |baseline| / months, in percent of the baseline per month."""
    if goal.baseline in (None, 0) or goal.target is None or goal.deadline is None:
        return None
    if goal.deadline <= start:
        return None
    months = months_between(start, goal.deadline)
    return abs(goal.target - goal.baseline) / abs(goal.baseline) / months * 100


def pace_verdict(pace: float, warn: float, fail: float) -> str:
    """``ok`` up to ``warn`` included, ``warn`` up to ``fail`` included, ``fail`` beyond."""
    if pace > fail:
        return "fail"
    if pace > warn:
        return "warn"
    return "ok"


def _nice(value: float, baseline: float, unit: Unit | None) -> float:
    """``value`` rounded toward the baseline to a figure a person would say (2 345 -> 2 300)."""
    if unit in (Unit.RATING, Unit.PERCENT) or abs(value) < 10:
        step = 0.1
    elif abs(value) < 100:
        step = 1.0
    else:
        step = 10.0 ** (math.floor(math.log10(abs(value))) - 1)
    ratio = round(value / step, 9)
    rounded = (math.floor(ratio) if value > baseline else math.ceil(ratio)) * step
    rounded = round(rounded, 1)
    return rounded if rounded != baseline else round(value, 2)


def _month_end(day: date) -> date:
    return date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])


def fixes(goal: Goal, start: date, per_month: float) -> dict[str, object]:
    """The target reachable by the deadline at ``per_month`` (in the goal's pace measure), and
    the deadline (a month's end) at which the target is reachable at that pace."""
    assert goal.baseline is not None and goal.target is not None and goal.deadline is not None
    months = months_between(start, goal.deadline)
    sign = 1 if goal.target > goal.baseline else -1
    if goal.unit == Unit.RATING:
        step = per_month * months
        months_needed = abs(goal.target - goal.baseline) / per_month
    else:
        step = abs(goal.baseline) * per_month / 100 * months
        months_needed = abs(goal.target - goal.baseline) / abs(goal.baseline) * 100 / per_month
    fix_target = _nice(goal.baseline + sign * step, goal.baseline, goal.unit)
    fixes: dict[str, object] = {"fix_target": fix_target}
    if months_needed * DAYS_PER_MONTH <= MAX_FIX_YEARS * 365:
        fixes["fix_deadline"] = _month_end(
            start + timedelta(days=math.ceil(months_needed * DAYS_PER_MONTH)))
    return fixes


def pace_check(goal: Goal, start: date) -> Check | None:
    """The pace finding, or ``None`` when the target is missing (Measurable says so)."""
    if goal.target is None:
        return None
    if goal.deadline is None or goal.deadline <= start:
        return Check("warn", "pace_unknown_deadline", {})
    if goal.baseline is None:
        return Check("warn", "pace_unknown_baseline", {})
    unit = goal.unit.value if goal.unit else None
    months = months_between(start, goal.deadline)
    base: dict[str, object] = {"months": months, "unit": unit, "target": goal.target,
                               "deadline": goal.deadline}
    if goal.baseline == 0:  # nothing yet (no sales there, no review yet): a new channel
        return Check("ok", "new_channel", base)
    if goal.unit == Unit.RATING:
        stars = abs(goal.target - goal.baseline) / months
        verdict = pace_verdict(stars, RATING_WARN, RATING_FAIL)
        params: dict[str, object] = {
            **base, "stars": stars,
            "limit_stars": RATING_FAIL if verdict == "fail" else RATING_WARN}
        if verdict == "ok":
            return Check("ok", "ok_rating", params)
        params.update(fixes(goal, start, RATING_WARN))
        return Check(verdict, "rating_too_fast" if verdict == "fail" else "rating_fast", params)
    pace = monthly_pace(goal, start)
    assert pace is not None
    verdict = pace_verdict(pace, PACE_WARN, PACE_FAIL)
    params = {**base, "pace": pace, "pace_limit": PACE_FAIL if verdict == "fail" else PACE_WARN}

    if goal.unit == Unit.PERCENT:  # say the points too, so nobody reads the pace as points
        params["points"] = (goal.target - goal.baseline) / months
    if verdict == "ok":
        return Check("ok", "ok", params)
    params.update(fixes(goal, start, PACE_WARN))
    return Check(verdict, "pace_too_fast" if verdict == "fail" else "pace_fast", params)


def resource_check(goal: Goal, new_channel: bool) -> Check | None:
    """The lever's resources (A column); on a new channel the message says so."""
    need = LEVER_RESOURCES.get(goal.lever, Resource.EITHER)
    budget, hours = bool(goal.budget_per_month), bool(goal.hours_per_week)
    prefix = "new_channel_" if new_channel else ""
    if need == Resource.BUDGET and not budget:
        return Check("warn", prefix + "needs_budget", {"lever": goal.lever.value})
    if need == Resource.HOURS and not hours:
        return Check("warn", prefix + "needs_hours", {"lever": goal.lever.value})
    if need == Resource.EITHER and not (budget or hours):
        return Check("warn", prefix + "no_resources", {"lever": goal.lever.value})
    return None
