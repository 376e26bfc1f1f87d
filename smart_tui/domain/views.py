"""A goal as the screens, ``report`` and the exports show it: with its priority and trajectory."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from .models import Cadence, Goal, GoalStatus, Priority, PriorityStatus
from .smart import Assessment, Capacity, assess
from .trajectory import Series, Trajectory, compute, effective_cadence, next_checkpoint


@dataclass(frozen=True)
class GoalView:
    """A goal with what it is read with. Its trajectory and SMART assessment are computed
    when first asked: a dashboard of a thousand goals computes them for the rows on screen.

    ``series`` is the checkpoints' sums, or a function that reads them when first needed;
    in the latter case ``latest`` (the latest checkpoint's date) says whether the goal is
    due without them.
    """

    goal: Goal
    priority: Priority | None
    series: Series | Callable[[], Series]
    capacity: Capacity
    today: date
    priorities: tuple[Priority, ...] = ()  # all of them: Relevant names the one a lever serves
    latest: date | None = None

    @cached_property
    def trajectory(self) -> Trajectory:
        series = self.series if isinstance(self.series, Series) else self.series()
        return compute(self.goal, series, self.today)

    @cached_property
    def due(self) -> bool:
        """A checkpoint is expected on or before today (the trajectory's rule, from the
        latest checkpoint alone: the sums are not read for it)."""
        if isinstance(self.series, Series):
            latest = self.series.latest.date if self.series.latest else None
        else:
            latest = self.latest
        return next_checkpoint(self.goal, latest, self.today)[1]

    @cached_property
    def assessment(self) -> Assessment:
        """Computed when first asked: the dashboard only asks for the rows on screen."""
        return assess(self.goal, self.priority, self.today, own_capacity(self.goal, self.capacity),
                      self.priorities)

    @property
    def cadence(self) -> Cadence | None:
        return effective_cadence(self.goal)


def own_capacity(goal: Goal, base: Capacity) -> Capacity:
    """The profile's capacity with what the *other* active goals take of it."""
    if goal.status != GoalStatus.ACTIVE:
        return base
    return Capacity(
        base.hours_per_week,
        base.budget_per_month,
        base.committed_hours - (goal.hours_per_week or 0),
        base.committed_budget - (goal.budget_per_month or 0),
    )


def view_goal(goal: Goal, priority: Priority | None, series: Series | Callable[[], Series],
              base: Capacity, today: date, priorities: tuple[Priority, ...] = (),
              latest: date | None = None) -> GoalView:
    return GoalView(goal, priority, series, base, today, priorities, latest)


def by_priority(
    views: Iterable[GoalView], priorities: Iterable[Priority], statuses: Collection[GoalStatus],
) -> tuple[list[tuple[Priority, list[GoalView]]], list[GoalView]]:
    """The active priorities in their order, each with its goals of ``statuses``; then the
    goals of ``statuses`` that no active priority holds (none, or an archived one)."""
    shown = [v for v in views if v.goal.status in statuses]
    active = [p for p in priorities if p.status == PriorityStatus.ACTIVE]
    groups = [(p, [v for v in shown if v.goal.priority_id == p.id]) for p in active]
    held = {p.id for p in active}
    return groups, [v for v in shown if v.goal.priority_id not in held]
