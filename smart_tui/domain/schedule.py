"""Review cadence and the back-planning: scheduled checkpoints with their expected values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta

from .models import Cadence

WEEKLY_MAX_DAYS = 92
MONTHLY_MAX_DAYS = 366
_STEP = {
    Cadence.WEEKLY: relativedelta(weeks=1),
    Cadence.MONTHLY: relativedelta(months=1),
    Cadence.QUARTERLY: relativedelta(months=3),
}
# A ten-year goal reviewed weekly is ~520 dates; this bounds a corrupted input.
MAX_SCHEDULED = 1000


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
    step = _STEP[cadence]
    dates: list[date] = []
    k = 1
    while len(dates) < MAX_SCHEDULED:
        day = start + step * k
        if day >= deadline:
            break
        dates.append(day)
        k += 1
    dates.append(deadline)
    return dates


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
