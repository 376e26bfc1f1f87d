"""A goal as the screens show it: the capacity left by the other goals, its assessment and
cadence, and the goals grouped under the active priorities."""

from datetime import date

import pytest

from smart_tui.domain.models import Cadence, GoalStatus, PriorityStatus
from smart_tui.domain.smart import Capacity
from smart_tui.domain.trajectory import Series, TrajectoryStatus
from smart_tui.domain.views import by_priority, own_capacity, view_goal
from tests.conftest import sales_priority, smart_goal

TODAY = date(2026, 3, 2)
BASE = Capacity(hours_per_week=10, budget_per_month=500, committed_hours=5,
                committed_budget=300)


@pytest.mark.parametrize(("changes", "capacity"), [
    # an active goal's own hours and budget are taken out of what is committed
    ({"hours_per_week": 2, "budget_per_month": 100}, Capacity(10, 500, 3, 200)),
    ({"hours_per_week": 0.5, "budget_per_month": 0.5}, Capacity(10, 500, 4.5, 299.5)),
    # no hours, no budget: nothing taken out
    ({"hours_per_week": None, "budget_per_month": None}, BASE),
    ({"hours_per_week": 5, "budget_per_month": None}, Capacity(10, 500, 0, 300)),
    ({"hours_per_week": None, "budget_per_month": 300}, Capacity(10, 500, 5, 0)),
    # a goal that is not active takes nothing yet: the capacity is the profile's
    ({"status": GoalStatus.DRAFT, "hours_per_week": 2, "budget_per_month": 100}, BASE),
    ({"status": GoalStatus.ACHIEVED, "hours_per_week": 2, "budget_per_month": 100}, BASE),
])
def test_the_capacity_left_by_the_other_goals(changes, capacity):
    assert own_capacity(smart_goal(**changes), BASE) == capacity


def test_unknown_capacity_stays_unknown():
    base = Capacity(None, None, 4, 200)
    assert own_capacity(smart_goal(hours_per_week=1, budget_per_month=50), base) == Capacity(
        None, None, 3, 150)


@pytest.mark.parametrize(("committed_hours", "code"), [
    (3, "ok"),  # the 3 hours committed are its own: 3 of 3.5, it fits
    (4, "over_hours"),  # another goal takes 1 hour: 1 + 3 = 4 of 3.5
])
def test_the_assessment_counts_only_the_other_goals(committed_hours, code):
    base = Capacity(hours_per_week=3.5, committed_hours=committed_hours)
    view = view_goal(smart_goal(), sales_priority(id=1), Series(), base, TODAY)
    assert view.assessment.achievable.code == code
    assert view.trajectory.status == TrajectoryStatus.NO_DATA
    assert view.capacity == base


def test_the_cadence_is_the_goals_or_the_one_its_length_gives():
    assert view_goal(smart_goal(cadence=Cadence.WEEKLY), None, Series(), BASE,
                     TODAY).cadence == Cadence.WEEKLY
    assert view_goal(smart_goal(start=None), None, Series(), BASE, TODAY).cadence is None


def test_goals_grouped_by_active_priority_then_the_rest():
    first, second = sales_priority(id=1, position=0), sales_priority(id=2, position=1)
    archived = sales_priority(id=3, status=PriorityStatus.ARCHIVED)
    goals = [smart_goal(1, id=10), smart_goal(2, id=11), smart_goal(3, id=12),
             smart_goal(None, id=13), smart_goal(1, id=14, status=GoalStatus.DRAFT),
             smart_goal(1, id=15, status=GoalStatus.ABANDONED)]
    views = [view_goal(g, None, Series(), BASE, TODAY) for g in goals]
    groups, rest = by_priority(views, [second, archived, first],
                               {GoalStatus.ACTIVE, GoalStatus.DRAFT})
    assert [(p.id, [v.goal.id for v in vs]) for p, vs in groups] == [(2, [11]), (1, [10, 14])]
    assert [v.goal.id for v in rest] == [12, 13]
