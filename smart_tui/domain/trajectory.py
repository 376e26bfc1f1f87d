"""Where a goal stands against its planned straight line, and what to do about it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from .models import DAYS_PER_MONTH, DAYS_PER_WEEK, Cadence, Choice, Direction, Goal
from .schedule import default_cadence, next_scheduled

TOLERANCE = 0.05  # progress within ±5 points of the plan is "on track"


class TrajectoryStatus(Choice):
    NO_DATA = "no_data"
    AHEAD = "ahead"
    ON_TRACK = "on_track"
    BEHIND = "behind"
    ACHIEVED = "achieved"
    MISSED = "missed"


@dataclass(frozen=True)
class Point:
    date: date
    value: float


@dataclass(frozen=True)
class Trajectory:
    status: TrajectoryStatus
    progress: float | None = None
    expected_progress: float | None = None
    latest_value: float | None = None
    latest_date: date | None = None
    days_ahead: int | None = None
    projected_at_deadline: float | None = None
    next_checkpoint: date | None = None
    due: bool = False
    required_pace: float | None = None
    pace_period: Cadence | None = None
    recommendation: str | None = None  # a message key


def effective_cadence(goal: Goal) -> Cadence | None:
    if goal.cadence is not None:
        return goal.cadence
    if goal.start is None or goal.deadline is None or goal.deadline <= goal.start:
        return None
    return default_cadence(goal.start, goal.deadline)


def reached(value: float, target: float, direction: Direction) -> bool:
    return value >= target if direction == Direction.INCREASE else value <= target


@dataclass(frozen=True)
class Series:
    """What a trajectory needs of a goal's checkpoints: the latest one and regression sums.

    ``x`` is days from the goal's start, ``y`` the value. Built in Python by
    :meth:`of`, or by SQL aggregates in storage so that a dashboard of a thousand
    goals never loads their checkpoints one by one.
    """

    latest: Point | None = None
    n: int = 0
    sum_x: float = 0.0
    sum_y: float = 0.0
    sum_xy: float = 0.0
    sum_xx: float = 0.0

    @classmethod
    def of(cls, points: Sequence[Point], start: date | None) -> Series:
        if not points:
            return cls()
        latest = max(points, key=lambda p: p.date)  # max keeps the first of equal dates
        for p in points:  # the last one logged on the latest date wins
            if p.date == latest.date:
                latest = p
        if start is None:
            return cls(latest=latest, n=len(points))
        xs = [float((p.date - start).days) for p in points]
        ys = [p.value for p in points]
        return cls(
            latest=latest,
            n=len(points),
            sum_x=sum(xs),
            sum_y=sum(ys),
            sum_xy=sum(x * y for x, y in zip(xs, ys)),
            sum_xx=sum(x * x for x in xs),
        )


def projection(series: Series, baseline: float, horizon_days: int) -> float | None:
    """Least-squares line through (start, baseline) and every checkpoint, read at the deadline."""
    n = series.n + 1  # the start point (0, baseline) belongs to the fit
    sx, sy = series.sum_x, series.sum_y + baseline
    denominator = n * series.sum_xx - sx * sx
    if abs(denominator) < 1e-9:
        return None  # every point on the start date: no slope to extend
    slope = (n * series.sum_xy - sx * sy) / denominator
    intercept = (sy - slope * sx) / n
    return intercept + slope * horizon_days


def compute(goal: Goal, checkpoints: Series | Sequence[Point], today: date) -> Trajectory:
    """The trajectory of ``goal`` on ``today``, from its checkpoints (any order) or their series."""
    start, deadline = goal.start, goal.deadline
    baseline, target = goal.baseline, goal.target
    cadence = effective_cadence(goal)
    series = checkpoints if isinstance(checkpoints, Series) else Series.of(checkpoints, start)
    latest = series.latest
    upcoming = (next_scheduled(start, deadline, cadence, latest.date if latest else None)
                if start and deadline and cadence else None)
    due = upcoming is not None and upcoming <= today
    if latest is None or not goal.has_plan:
        return Trajectory(
            TrajectoryStatus.NO_DATA,
            latest_value=latest.value if latest else None,
            latest_date=latest.date if latest else None,
            next_checkpoint=upcoming,
            due=due,
        )
    assert start and deadline and baseline is not None and target is not None

    total = (deadline - start).days
    elapsed = (latest.date - start).days
    progress = (latest.value - baseline) / (target - baseline)
    expected = min(max(elapsed / total, 0.0), 1.0)
    days_ahead = round(progress * total - elapsed)
    projected = projection(series, baseline, total)
    if reached(latest.value, target, goal.direction):
        status = TrajectoryStatus.ACHIEVED
    elif today > deadline:
        status = TrajectoryStatus.MISSED
    elif progress - expected >= TOLERANCE:
        status = TrajectoryStatus.AHEAD
    elif progress - expected <= -TOLERANCE:
        status = TrajectoryStatus.BEHIND
    else:
        status = TrajectoryStatus.ON_TRACK

    pace, period = _required_pace(latest.value, target, deadline, today, cadence)
    return Trajectory(
        status,
        progress=progress,
        expected_progress=expected,
        days_ahead=days_ahead,
        projected_at_deadline=projected,
        required_pace=pace,
        pace_period=period,
        recommendation=_RECOMMENDATION.get(status),
        latest_value=latest.value,
        latest_date=latest.date,
        next_checkpoint=upcoming,
        due=due,
    )


def _required_pace(
    latest: float, target: float, deadline: date, today: date, cadence: Cadence | None
) -> tuple[float | None, Cadence | None]:
    """Change needed per week (weekly cadence) or per month (otherwise) to reach the target."""
    remaining = (deadline - today).days
    if remaining <= 0:
        return None, None
    period = Cadence.WEEKLY if cadence == Cadence.WEEKLY else Cadence.MONTHLY
    length = DAYS_PER_WEEK if period == Cadence.WEEKLY else DAYS_PER_MONTH
    return (target - latest) / (remaining / length), period


_RECOMMENDATION = {
    TrajectoryStatus.BEHIND: "advice.behind",
    TrajectoryStatus.AHEAD: "advice.ahead",
    TrajectoryStatus.ON_TRACK: "advice.on_track",
    TrajectoryStatus.ACHIEVED: "advice.achieved",
    TrajectoryStatus.MISSED: "advice.missed",
}
