"""A goal as the screens, ``report`` and the exports show it: with its priority and trajectory."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from .models import Cadence, Goal, GoalStatus, Priority, PriorityStatus
from .smart import Assessment, Capacity, assess
from .trajectory import Series, Trajectory, compute, effective_cadence


@dataclass(frozen=True)
class GoalView:
    goal: Goal
    priority: Priority | None
    trajectory: Trajectory
    capacity: Capacity
    today: date
    priorities: tuple[Priority, ...] = ()  # all of them: Relevant names the one a lever serves

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


def view_goal(goal: Goal, priority: Priority | None, series: Series, base: Capacity,
              today: date, priorities: tuple[Priority, ...] = ()) -> GoalView:
    return GoalView(goal, priority, compute(goal, series, today), base, today, priorities)


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
