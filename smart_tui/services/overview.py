"""Every goal with its priority, SMART assessment and trajectory, read in a handful of queries.

The one place that turns stored goals into what the dashboard, ``report`` and the
exports show. It reads and never writes.
"""

from __future__ import annotations

from collections.abc import Callable
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


def dashboard_views(ws: Workspace, today: date, sums: Workspace | None = None) -> list[GoalView]:
    """Every goal, for a screen that shows a page of them: each goal's latest checkpoint date
    is read now (whether it is due); its checkpoints' sums and its changes of target or
    deadline (its trajectory) when its trajectory is first asked, in two indexed queries for
    that goal from ``sums`` (default ``ws``), so a thousand goals cost no scan of their
    checkpoints or their history."""
    goals = ws.goals()
    priorities = {p.id: p for p in ws.priorities()}
    latest = ws.store.latest_dates()
    base, every, reader = ws.capacity(), tuple(priorities.values()), sums or ws
    return [view_goal(g, priorities.get(g.priority_id), _trajectory_reader(reader, g), base,
                      today, every, latest.get(g.id or -1))
            for g in goals]


def _trajectory_reader(ws: Workspace, goal: Goal) -> Callable[[], Series]:
    """What ``goal``'s trajectory needs, read when first asked: its plan's bends (set on the
    goal) and its checkpoints' sums."""
    goal_id = goal.id or -1

    def read() -> Series:
        if not goal.adjustments:
            goal.adjustments = ws.store.plan_changes([goal_id]).get(goal_id, [])
        return ws.store.series([goal_id]).get(goal_id, Series())

    return read


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
