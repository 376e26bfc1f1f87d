"""Where a goal stands against its planned straight line, and what to do about it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from .models import (
    DAYS_PER_MONTH,
    DAYS_PER_WEEK,
    Adjustment,
    AdjustmentKind,
    Cadence,
    Choice,
    Direction,
    Goal,
    GoalStatus,
)
from .schedule import Milestone, back_planning, default_cadence, next_scheduled

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


def next_checkpoint(goal: Goal, latest: date | None, today: date) -> tuple[date | None, bool]:
    """The goal's next checkpoint after the ``latest`` one logged, and whether it is due
    (on or before ``today``). Only a goal being followed (draft or active) has one."""
    cadence = effective_cadence(goal)
    followed = goal.status in (GoalStatus.ACTIVE, GoalStatus.DRAFT)  # a closed goal is not due
    if not (goal.start and goal.deadline and cadence and followed):
        return None, False
    upcoming = next_scheduled(goal.start, goal.deadline, cadence, latest)
    return upcoming, upcoming is not None and upcoming <= today


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


# -- the plan: a straight line, bent at each change of target or deadline ---------------

@dataclass(frozen=True)
class Segment:
    start: date
    end: date
    start_value: float
    end_value: float

    def value(self, day: date) -> float:
        total = (self.end - self.start).days
        if total <= 0:
            return self.end_value
        fraction = min(max((day - self.start).days / total, 0.0), 1.0)
        return self.start_value + (self.end_value - self.start_value) * fraction


@dataclass(frozen=True)
class Plan:
    """The values a goal's plan expects, day by day.

    A new target or deadline never rewrites the past (as Beeminder's road): before the
    decision date the expected values stay what they were; from it, a straight line runs
    from the plan's value on that date to the new target at the (new) deadline.
    """

    segments: tuple[Segment, ...]

    @property
    def start(self) -> date:
        return self.segments[0].start

    @property
    def deadline(self) -> date:
        return self.segments[-1].end

    @property
    def baseline(self) -> float:
        return self.segments[0].start_value

    @property
    def target(self) -> float:
        return self.segments[-1].end_value

    @property
    def bends(self) -> tuple[date, ...]:
        """The decision dates where the line changes course."""
        return tuple(seg.start for seg in self.segments[1:])

    def value(self, day: date) -> float:
        """Expected value on ``day``: the baseline before the start, the target after the end."""
        for seg in reversed(self.segments):
            if day >= seg.start:
                return seg.value(day)
        return self.baseline

    def day_of(self, value: float) -> float | None:
        """Days from the start at which the plan expects ``value`` (extended past its ends
        along the first and last slopes), or ``None`` on a flat plan."""
        for seg in self.segments:
            low, high = sorted((seg.start_value, seg.end_value))
            if low <= value <= high and seg.end_value != seg.start_value:
                return _at(seg, value, self.start)
        sloped = [seg for seg in self.segments if seg.end_value != seg.start_value
                  and seg.end > seg.start]
        if not sloped:
            return None
        first, last = sloped[0], sloped[-1]
        rising = last.end_value > first.start_value
        before = value < first.start_value if rising else value > first.start_value
        return _at(first if before else last, value, self.start)


def _at(seg: Segment, value: float, origin: date) -> float:
    days = (seg.end - seg.start).days
    if days <= 0:
        return float((seg.start - origin).days)
    fraction = (value - seg.start_value) / (seg.end_value - seg.start_value)
    return (seg.start - origin).days + fraction * days


def _parse(kind: AdjustmentKind, value: object) -> float | date | None:
    """A logged target (a number) or deadline (a date); legacy text is read too."""
    if kind == AdjustmentKind.DEADLINE and isinstance(value, date):
        return value
    if kind == AdjustmentKind.TARGET and isinstance(value, (int, float)) \
            and not isinstance(value, bool):
        return float(value)
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return date.fromisoformat(value) if kind == AdjustmentKind.DEADLINE else float(value)
    except ValueError:
        return None


def plan_of(goal: Goal, adjustments: Sequence[Adjustment] | None = None) -> Plan | None:
    """The goal's plan from its start, baseline, current target and deadline, bent at each
    target or deadline change logged after the start (``adjustments`` defaults to the goal's).
    ``None`` while the goal lacks what a plan needs."""
    start, baseline, target, deadline = goal.start, goal.baseline, goal.target, goal.deadline
    if start is None or baseline is None or target is None or deadline is None \
            or deadline <= start:
        return None
    changes = [a for a in (goal.adjustments if adjustments is None else adjustments)
               if a.kind in (AdjustmentKind.TARGET, AdjustmentKind.DEADLINE) and a.date > start]
    changes.sort(key=lambda a: (a.date, a.id or 0))
    # The values in force before the first change are the first change's "old" ones.
    first_target = next((a for a in changes if a.kind == AdjustmentKind.TARGET), None)
    first_deadline = next((a for a in changes if a.kind == AdjustmentKind.DEADLINE), None)
    cur_target = _parse(AdjustmentKind.TARGET, first_target.old) if first_target else target
    cur_deadline = _parse(AdjustmentKind.DEADLINE, first_deadline.old) if first_deadline \
        else deadline
    if not isinstance(cur_target, float | int) or not isinstance(cur_deadline, date) \
            or cur_deadline <= start:
        return Plan((Segment(start, deadline, baseline, target),))
    segments = [Segment(start, cur_deadline, baseline, float(cur_target))]
    for day in sorted({a.date for a in changes}):
        for a in (a for a in changes if a.date == day):
            new = _parse(a.kind, a.new)
            if a.kind == AdjustmentKind.TARGET and isinstance(new, float):
                cur_target = new
            elif a.kind == AdjustmentKind.DEADLINE and isinstance(new, date):
                cur_deadline = new
        segments = _bend(segments, day, float(cur_target), cur_deadline)
    # What the goal holds now is the truth, whatever the log says.
    last = segments[-1]
    if last.end != deadline or last.end_value != target:
        segments[-1] = Segment(last.start, max(deadline, last.start), last.start_value, target)
    return Plan(tuple(segments))


def milestones(goal: Goal, cadence: Cadence, actuals: dict[date, float] | None = None
               ) -> list[Milestone]:
    """The back-planning of ``goal`` with the values of its (possibly bent) plan."""
    plan = plan_of(goal)
    if plan is None or cadence is None:
        return []
    return back_planning(plan.start, plan.deadline, plan.baseline, plan.target, cadence,
                         actuals, value_at=plan.value)


def expected_on(goal: Goal, day: date) -> float | None:
    """What the plan expects on ``day`` (``None`` while the goal has no plan)."""
    plan = plan_of(goal)
    return plan.value(day) if plan is not None else None


def _bend(segments: list[Segment], day: date, target: float, deadline: date) -> list[Segment]:
    """Keep the plan before ``day``; from it, a line to ``target`` at ``deadline``."""
    plan = Plan(tuple(segments))
    value = plan.value(day)
    kept = [Segment(s.start, min(s.end, day), s.start_value, s.value(min(s.end, day)))
            for s in segments if s.start < day]
    return [*kept, Segment(day, max(deadline, day), value, target)]


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
    upcoming, due = next_checkpoint(goal, latest.date if latest else None, today)
    plan = plan_of(goal)
    planned = plan is not None and target != baseline
    if latest is None or not planned:
        return Trajectory(
            TrajectoryStatus.NO_DATA,
            latest_value=latest.value if latest else None,
            latest_date=latest.date if latest else None,
            next_checkpoint=upcoming,
            due=due,
        )
    assert plan is not None and start and deadline and baseline is not None and target is not None

    total = (deadline - start).days
    elapsed = (latest.date - start).days
    progress = (latest.value - baseline) / (target - baseline)
    # On a straight plan, the share of the time elapsed; on a bent one, what the plan
    # expected on that date, as a share of the way to today's target.
    expected = min(max((plan.value(latest.date) - baseline) / (target - baseline), 0.0), 1.0)
    on_plan = plan.day_of(latest.value)
    days_ahead = round((on_plan if on_plan is not None else progress * total) - elapsed)
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
