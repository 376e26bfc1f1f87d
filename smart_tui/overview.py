"""Every goal with its priority, SMART assessment and trajectory, read in a handful of queries.

The one place that turns stored goals into what the dashboard, ``report`` and the
exports show. It reads through the :class:`Store` API and never writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property

from smart_tui.domain.models import Cadence, Goal, GoalStatus, Priority, Snapshot
from smart_tui.domain.smart import Assessment, Capacity, assess
from smart_tui.domain.trajectory import Series, Trajectory, compute, effective_cadence
from smart_tui.storage.store import Store


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
        return assess(self.goal, self.priority, self.today, _capacity(self.goal, self.capacity),
                      self.priorities)

    @property
    def cadence(self) -> Cadence | None:
        return effective_cadence(self.goal)


def _capacity(goal: Goal, base: Capacity) -> Capacity:
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


def goal_views(store: Store, today: date, goals: list[Goal] | None = None) -> list[GoalView]:
    """Views of ``goals`` (default: all), with checkpoints aggregated by SQL."""
    goals = store.goals() if goals is None else goals
    priorities = {p.id: p for p in store.priorities()}
    ids = [g.id for g in goals if g.id is not None]
    series = store.series(ids if len(ids) < 500 else None)
    changes = store.plan_changes(ids if len(ids) < 500 else None)
    for g in goals:  # the plan bends at each change of target or deadline
        if not g.adjustments and g.id in changes:
            g.adjustments = changes[g.id]
    base = store.capacity()
    return [
        view_goal(g, priorities.get(g.priority_id), series.get(g.id or -1, Series()), base, today,
                  tuple(priorities.values()))
        for g in goals
    ]


def full_views(store: Store, today: date) -> tuple[Snapshot, list[GoalView]]:
    """Every goal with its checkpoints and adjustments loaded (for exports)."""
    snapshot = store.snapshot()
    priorities = {p.id: p for p in snapshot.priorities}
    base = store.capacity()
    series = store.series()  # SQL sums, rather than re-adding every checkpoint in Python
    views = [
        view_goal(g, priorities.get(g.priority_id), series.get(g.id or -1, Series()), base, today,
                  tuple(priorities.values()))
        for g in snapshot.goals
    ]
    return snapshot, views
