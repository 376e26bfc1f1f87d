"""Review cadence and the back-planning: scheduled checkpoints with their expected values."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from .models import Cadence

WEEKLY_MAX_DAYS = 92
MONTHLY_MAX_DAYS = 366
_MONTHS = {Cadence.MONTHLY: 1, Cadence.QUARTERLY: 3}
# A ten-year goal reviewed weekly is ~520 dates; this bounds a corrupted input.
MAX_SCHEDULED = 1000


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
        if day >= deadline:
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
    if day < deadline:
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
) -> list[Milestone]:
    """The scheduled checkpoints with the value the plan expects on each date.

    ``actuals`` maps a logged checkpoint's date to its value; a milestone shows the
    latest value logged on or before its date since the previous milestone.
    """
    actuals = actuals or {}
    logged = sorted(actuals.items())
    milestones: list[Milestone] = []
    previous = start
    for day in scheduled_dates(start, deadline, cadence):
        in_period = [value for when, value in logged if previous < when <= day]
        milestones.append(
            Milestone(
                date=day,
                expected=planned_value(start, deadline, baseline, target, day),
                actual=in_period[-1] if in_period else None,
            )
        )
        previous = day
    return milestones
