"""Review cadence and the back-planning: scheduled checkpoints with their expected values."""

from __future__ import annotations

import calendar
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from .models import Cadence

WEEKLY_MAX_DAYS = 92
MONTHLY_MAX_DAYS = 366
_MONTHS = {Cadence.MONTHLY: 1, Cadence.QUARTERLY: 3}
# A ten-year goal reviewed weekly is ~520 dates; this bounds a corrupted input.
MAX_SCHEDULED = 1000
# No two milestones this close: a scheduled date this near the deadline gives way to it
# (« 28 juin » then « 30 juin » read as a mistake).
MIN_MILESTONE_GAP_DAYS = 4


def add_months(day: date, months: int) -> date:
    """``relativedelta(months=n)``'s rule (31 Jan + 1 month = 28/29 Feb), several times faster."""
    year, month = divmod(day.month - 1 + months, 12)
    year += day.year
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _nth(start: date, cadence: Cadence, k: int) -> date:
    """The k-th scheduled date, always counted from ``start``."""
    if cadence == Cadence.WEEKLY:
        return start + timedelta(weeks=k)
    return add_months(start, _MONTHS[cadence] * k)


def default_cadence(start: date, deadline: date) -> Cadence:
    """Weekly up to 92 days, monthly up to 366, quarterly beyond (the method's step 4)."""
    days = (deadline - start).days
    if days <= WEEKLY_MAX_DAYS:
        return Cadence.WEEKLY
    if days <= MONTHLY_MAX_DAYS:
        return Cadence.MONTHLY
    return Cadence.QUARTERLY


def scheduled_dates(start: date, deadline: date, cadence: Cadence) -> list[date]:
    """``start + k`` periods (k = 1, 2, …) while before the deadline, then the deadline.

    Each date is computed from ``start`` (not from the previous date), so a goal
    started on 31 January is reviewed on 28/29 February, then 31 March.
    """
    if deadline <= start:
        return []
    dates: list[date] = []
    k = 1
    while len(dates) < MAX_SCHEDULED:
        day = _nth(start, cadence, k)
        if day >= deadline or (deadline - day).days < MIN_MILESTONE_GAP_DAYS:
            break
        dates.append(day)
        k += 1
    dates.append(deadline)
    return dates


def next_scheduled(
    start: date, deadline: date, cadence: Cadence, after: date | None
) -> date | None:
    """The first date of :func:`scheduled_dates` after ``after`` (the first one when ``None``).

    Computed directly (not by building the whole schedule): the dashboard asks it for every
    goal at each refresh.
    """
    if deadline <= start:
        return None
    if after is None or after < start:
        k = 1
    elif cadence == Cadence.WEEKLY:
        k = (after - start).days // 7 + 1
    else:
        months = _MONTHS[cadence]
        elapsed = (after.year - start.year) * 12 + after.month - start.month
        k = max(elapsed // months, 1)
        while _nth(start, cadence, k) <= after:
            k += 1
    day = _nth(start, cadence, k)
    if day < deadline and (deadline - day).days >= MIN_MILESTONE_GAP_DAYS:
        return day
    return deadline if after is None or deadline > after else None


def planned_value(start: date, deadline: date, baseline: float, target: float, day: date) -> float:
    """The straight line from (start, baseline) to (deadline, target), clamped to its ends."""
    total = (deadline - start).days
    if total <= 0:
        return target
    fraction = min(max((day - start).days / total, 0.0), 1.0)
    return baseline + (target - baseline) * fraction


@dataclass(frozen=True)
class Milestone:
    date: date
    expected: float
    actual: float | None = None


def back_planning(
    start: date,
    deadline: date,
    baseline: float,
    target: float,
    cadence: Cadence,
    actuals: dict[date, float] | None = None,
    value_at: Callable[[date], float] | None = None,
) -> list[Milestone]:
    """The scheduled checkpoints with the value the plan expects on each date.

    ``actuals`` maps a logged checkpoint's date to its value; each is listed under the
    milestone nearest its date (the earlier one on a tie), and a milestone shows the
    latest of its own. One nearer the start than any milestone is under none.
    ``value_at`` is the plan (a bent one, see ``trajectory.plan_of``); by default the
    straight line from (start, baseline) to (deadline, target).
    """
    def straight(day: date) -> float:
        return planned_value(start, deadline, baseline, target, day)

    expected = value_at or straight
    days = scheduled_dates(start, deadline, cadence)
    # The start counts as a date too: a value measured nearer the start than the first
    # milestone is the starting point, not that milestone's (which may be weeks ahead).
    points = [start, *days]  # ascending: the nearest is one of the two around a date
    mine: dict[date, list[tuple[date, float]]] = {}
    for when, value in sorted((actuals or {}).items()):
        at = bisect_left(points, when)  # points[at - 1] < when <= points[at]
        if at == len(points) or (at > 0 and when - points[at - 1] <= points[at] - when):
            nearest = points[at - 1]  # the earlier one on a tie
        else:
            nearest = points[at]
        if nearest != start:
            mine.setdefault(nearest, []).append((when, value))
    return [
        Milestone(date=day, expected=expected(day),
                  actual=mine[day][-1][1] if day in mine else None)
        for day in days
    ]
