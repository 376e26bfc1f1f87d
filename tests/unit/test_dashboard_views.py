"""The dashboard's views read the checkpoints' sums only for the goals it shows, and agree
with the full read on every goal: same order, same due count, same trajectories."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from smart_tui.demo import demo_snapshot
from smart_tui.domain.models import Adjustment, AdjustmentKind, Goal, GoalStatus
from smart_tui.domain.trajectory import Point, compute, next_checkpoint
from smart_tui.services import Workspace
from smart_tui.services.overview import dashboard_views, goal_views
from smart_tui.storage import Store

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from benchmarks.generate import snapshot as generated  # noqa: E402

TODAY = date(2026, 11, 27)


def raised(goals: int, checkpoints: int):
    """Generated goals, every third one with a raised target and every fifth with a later
    deadline logged halfway: their plans bend, so their trajectories need their history."""
    snap = generated(goals, checkpoints)
    for n, goal in enumerate(snap.goals):
        halfway = goal.start + (goal.deadline - goal.start) / 2
        if n % 3 == 0:
            goal.adjustments.append(Adjustment(halfway, AdjustmentKind.TARGET, goal.target,
                                               goal.target * 1.5, "Viser plus haut"))
            goal.target *= 1.5
        if n % 5 == 0:
            later = goal.deadline + timedelta(days=60)
            goal.adjustments.append(Adjustment(halfway, AdjustmentKind.DEADLINE, goal.deadline,
                                               later, "Repousser"))
            goal.deadline = later
    return snap


@pytest.fixture(params=["demo", "generated", "raised"])
def workspace(request, tmp_path):
    store = Store.open(tmp_path / "views.db")
    store.import_snapshot({"demo": lambda: demo_snapshot(TODAY, "fr"),
                           "generated": lambda: generated(40, 12),
                           "raised": lambda: raised(40, 12)}[request.param]())
    yield Workspace(store)
    store.close()


def test_the_dashboard_views_agree_with_the_full_read(workspace):
    lazy = dashboard_views(workspace, TODAY)
    full = goal_views(workspace, TODAY)
    assert [v.goal.id for v in lazy] == [v.goal.id for v in full]
    assert [v.due for v in lazy] == [v.trajectory.due for v in full]
    assert any(v.due for v in lazy) and not all(v.due for v in lazy)
    assert [v.trajectory for v in lazy] == [v.trajectory for v in full]
    assert [v.assessment for v in lazy] == [v.assessment for v in full]


def test_sums_are_read_for_a_goal_only_when_its_trajectory_is_asked(workspace, monkeypatch):
    asked: list[list[int] | None] = []
    series = workspace.store.series
    monkeypatch.setattr(workspace.store, "series",
                        lambda ids=None: asked.append(ids) or series(ids))
    views = dashboard_views(workspace, TODAY)
    due = sum(1 for v in views if v.goal.status == GoalStatus.ACTIVE and v.due)
    assert asked == []  # the due count needs only each goal's latest checkpoint
    shown = views[1]
    assert shown.trajectory.latest_value is not None or shown.trajectory.latest_date is None
    assert asked == [[shown.goal.id]]
    shown.trajectory  # noqa: B018 - computed once
    assert asked == [[shown.goal.id]]
    assert due == sum(1 for v in goal_views(workspace, TODAY)
                      if v.goal.status == GoalStatus.ACTIVE and v.trajectory.due)


GOAL = Goal(statement="g", kpi="visites", baseline=100, target=200, start=date(2026, 1, 1),
            deadline=date(2026, 12, 31), status=GoalStatus.ACTIVE)


@pytest.mark.parametrize(("status", "latest", "expected"), [
    (GoalStatus.ACTIVE, None, (date(2026, 2, 1), True)),
    (GoalStatus.ACTIVE, date(2026, 1, 15), (date(2026, 2, 1), True)),  # within the 1st month
    (GoalStatus.ACTIVE, date(2026, 11, 1), (date(2026, 12, 1), False)),
    (GoalStatus.ACTIVE, date(2026, 10, 31), (date(2026, 11, 1), True)),
    (GoalStatus.DRAFT, date(2026, 10, 1), (date(2026, 11, 1), True)),
    (GoalStatus.ACHIEVED, None, (None, False)),
    (GoalStatus.MISSED, date(2026, 10, 1), (None, False)),
    (GoalStatus.ABANDONED, None, (None, False)),
])
def test_the_next_checkpoint_rule_is_the_trajectorys(status, latest, expected):
    goal = replace(GOAL, status=status)
    assert next_checkpoint(goal, latest, TODAY) == expected
    points = [Point(latest, 150)] if latest else []
    trajectory = compute(goal, points, TODAY)
    assert (trajectory.next_checkpoint, trajectory.due) == expected


def test_a_goal_without_dates_has_no_next_checkpoint():
    goal = Goal(statement="g", status=GoalStatus.ACTIVE)
    assert next_checkpoint(goal, None, TODAY) == (None, False)


@pytest.mark.parametrize(("logged", "listed_under"), [
    (date(2026, 11, 28), None),  # on the start: the starting point, no milestone's
    (date(2026, 12, 13), None),  # as near the start as the first milestone: the earlier
    (date(2026, 12, 14), date(2026, 12, 28)),
    (date(2027, 1, 20), date(2027, 1, 28)),
])
def test_a_value_is_listed_under_a_milestone_only_when_nearer_it_than_the_start(
        logged, listed_under):
    from smart_tui.domain.models import Cadence
    from smart_tui.domain.schedule import back_planning

    rows = back_planning(date(2026, 11, 28), date(2027, 5, 28), 4.2, 4.6, Cadence.MONTHLY,
                         {logged: 4.25})
    assert [m.date for m in rows if m.actual is not None] == (
        [listed_under] if listed_under else [])


@pytest.mark.parametrize(("cadence", "after", "expected"), [
    ("monthly", date(2026, 1, 15), date(2026, 2, 1)),
    ("monthly", date(2028, 1, 15), date(2028, 2, 1)),  # two years on: no month skipped
    ("monthly", date(2028, 2, 1), date(2028, 3, 1)),
    ("quarterly", date(2028, 1, 15), date(2028, 4, 1)),
    ("weekly", date(2026, 1, 1), date(2026, 1, 8)),
])
def test_the_next_checkpoint_follows_the_latest_one_however_far(cadence, after, expected):
    from smart_tui.domain.models import Cadence
    from smart_tui.domain.schedule import next_scheduled

    assert next_scheduled(date(2026, 1, 1), date(2028, 12, 31), Cadence(cadence),
                          after) == expected
