"""Every goal with its priority, SMART assessment and trajectory, read in a handful of queries.

The one place that turns stored goals into what the dashboard, ``report`` and the
exports show. It reads and never writes.
"""

from __future__ import annotations

from datetime import date

from smart_tui.domain.models import Goal, Snapshot
from smart_tui.domain.trajectory import Series, Trajectory, compute
from smart_tui.domain.views import GoalView, view_goal

from .workspace import Workspace


def goal_views(ws: Workspace, today: date, goals: list[Goal] | None = None) -> list[GoalView]:
    """Views of ``goals`` (default: all), with checkpoints aggregated by SQL."""
    goals = ws.goals() if goals is None else goals
    priorities = {p.id: p for p in ws.priorities()}
    ids = [g.id for g in goals if g.id is not None]
    series = ws.store.series(ids if len(ids) < 500 else None)
    changes = ws.store.plan_changes(ids if len(ids) < 500 else None)
    for g in goals:  # the plan bends at each change of target or deadline
        if not g.adjustments and g.id in changes:
            g.adjustments = changes[g.id]
    base = ws.capacity()
    return [
        view_goal(g, priorities.get(g.priority_id), series.get(g.id or -1, Series()), base, today,
                  tuple(priorities.values()))
        for g in goals
    ]


def goal_view(ws: Workspace, goal_id: int, today: date) -> GoalView | None:
    """One goal's view, its checkpoints and adjustments loaded."""
    goal = ws.goal(goal_id)
    if goal is None:
        return None
    return goal_views(ws, today, [goal])[0]


def full_views(ws: Workspace, today: date) -> tuple[Snapshot, list[GoalView]]:
    """Every goal with its checkpoints and adjustments loaded (for exports)."""
    snapshot = ws.snapshot()
    priorities = {p.id: p for p in snapshot.priorities}
    base = ws.capacity()
    series = ws.store.series()  # SQL sums, rather than re-adding every checkpoint in Python
    views = [
        view_goal(g, priorities.get(g.priority_id), series.get(g.id or -1, Series()), base, today,
                  tuple(priorities.values()))
        for g in snapshot.goals
    ]
    return snapshot, views


def trajectory(ws: Workspace, goal: Goal, today: date) -> Trajectory:
    """``goal``'s trajectory from the checkpoints stored now."""
    assert goal.id is not None
    return compute(goal, ws.store.series([goal.id]).get(goal.id, Series()), today)
