"""The plan's day of a value on plans that turn back, bend or jump; plan_of on logs that
disagree with the goal; the expected progress and days ahead where a bent plan leaves the
straight line's guarantees.

Dates are days from START (1 January 2026); every expected number is worked in a comment
and exactly representable in floating point.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from smart_tui.domain.models import Adjustment, AdjustmentKind, Unit
from smart_tui.domain.trajectory import (
    Plan,
    Point,
    Segment,
    TrajectoryStatus,
    compute,
    plan_of,
)
from tests.conftest import smart_goal

START = date(2026, 1, 1)


def day(n: int) -> date:
    return START + timedelta(days=n)


def seg(a: int, b: int, va: float, vb: float) -> Segment:
    return Segment(day(a), day(b), va, vb)


# -- Plan.day_of ------------------------------------------------------------------------

UP_THEN_BELOW = Plan((seg(0, 10, 0, 50), seg(10, 20, 50, -50)))  # 0 -> 50 -> -50
DOWN_THEN_ABOVE = Plan((seg(0, 10, 50, 0), seg(10, 20, 0, 100)))  # 50 -> 0 -> 100
RETURNING = Plan((seg(0, 10, 0, 50), seg(10, 20, 50, 0)))  # 0 -> 50 -> 0
FALLING = Plan((seg(0, 10, 100, 50), seg(10, 30, 50, 0)))  # -5/day, then -2.5/day
RISING = Plan((seg(0, 10, 0, 50), seg(10, 30, 50, 100)))  # +5/day, then +2.5/day
FLAT_THEN_UP = Plan((seg(0, 10, 10, 10), seg(10, 20, 10, 20)))
JUMP_AT_END = Plan((seg(0, 10, 0, 10), seg(10, 10, 10, 20)))  # +1/day, then a jump to 20


@pytest.mark.parametrize(("plan", "value", "expected"), [
    # the first segment that holds the value answers, at either of its ends
    (UP_THEN_BELOW, 0, 0.0),  # the baseline: day 0, not day 15 on the way down
    (UP_THEN_BELOW, 50, 10.0),
    (UP_THEN_BELOW, 25, 5.0),
    (UP_THEN_BELOW, -50, 20.0),  # only the second segment holds it
    (DOWN_THEN_ABOVE, 50, 0.0),  # the baseline (the falling segment's high end): not day 15
    (DOWN_THEN_ABOVE, 0, 10.0),
    (DOWN_THEN_ABOVE, 100, 20.0),
    # a plan ending where it began: beyond it, above along the first slope, below the last
    (RETURNING, 75, 15.0),  # 75 / 5 per day
    (RETURNING, -25, 25.0),  # 10 + (-75) / (-5 per day)
    # falling: above the start along the first slope, below the end along the last
    (FALLING, 150, -10.0),  # (150 - 100) / -5 per day
    (FALLING, -25, 40.0),  # 10 + (-25 - 50) / -2.5 per day
    (RISING, -50, -10.0),  # -50 / 5 per day
    (RISING, 150, 50.0),  # 10 + (150 - 50) / 2.5 per day
    # a flat segment has no slope to extend: the sloped one answers
    (FLAT_THEN_UP, 0, 0.0),  # 10 + (0 - 10) / 1 per day
    (FLAT_THEN_UP, 30, 30.0),
    (FLAT_THEN_UP, 15, 15.0),
    # a jump (zero days) is read in place, never extended
    (JUMP_AT_END, 15, 10.0),
    (JUMP_AT_END, 30, 30.0),  # along the +1/day slope, not on the jump's day 10
    (JUMP_AT_END, -5, -5.0),
])
def test_day_of_on_turning_bent_and_jumping_plans(plan, value, expected):
    assert plan.day_of(value) == expected


@pytest.mark.parametrize("value", [-10, 10, 30])
def test_day_of_on_a_flat_plan_is_none(value):
    assert Plan((seg(0, 10, 10, 10),)).day_of(value) is None
    assert Plan((seg(0, 10, 10, 10), seg(10, 20, 10, 10))).day_of(value) is None


# -- plan_of on logs ----------------------------------------------------------------------

def _goal(deadline: int, baseline: float, target: float, adjustments):
    return smart_goal(start=START, deadline=day(deadline), baseline=baseline, target=target,
                      unit=Unit.COUNT, adjustments=adjustments)


def test_a_change_logged_on_the_start_day_is_not_part_of_the_plan():
    # a deadline "changed" on the start day from a date before it would otherwise make the
    # log unreadable and drop the later bend: the plan is 0 -> 100 by day 100, bent on
    # day 50 (value 50) towards 200
    goal = _goal(100, 0, 200, [
        Adjustment(day(0), AdjustmentKind.DEADLINE, day(-10), day(100), id=1),
        Adjustment(day(50), AdjustmentKind.TARGET, 100.0, 200.0, id=2),
    ])
    plan = plan_of(goal)
    assert plan is not None
    assert plan.segments == (seg(0, 50, 0, 50), seg(50, 100, 50, 200))
    assert plan.bends == (day(50),)
    assert plan.value(day(75)) == 125  # 50 + 150 * 25/50


def test_an_unreadable_new_deadline_keeps_the_deadline_in_force():
    goal = _goal(100, 0, 100, [
        Adjustment(day(40), AdjustmentKind.DEADLINE, day(100), "pas une date", id=1),
    ])
    plan = plan_of(goal)
    assert plan is not None
    assert plan.segments == (seg(0, 40, 0, 40), seg(40, 100, 40, 100))
    assert [plan.value(day(n)) for n in (0, 40, 70, 100)] == [0, 40, 70, 100]


@pytest.mark.parametrize(("n", "expected"), [
    (0, 0), (20, 20), (40, 30), (60, 40), (120, 110), (180, 180),
])
def test_a_deadline_change_then_a_target_change(n, expected):
    # 0 -> 100 by day 100; day 20 (value 20): deadline day 180, so 80 more in 160 days
    # (0.5/day); day 60 (value 40): target 180, so 140 more in 120 days
    goal = _goal(180, 0, 180, [
        Adjustment(day(20), AdjustmentKind.DEADLINE, day(100), day(180), id=1),
        Adjustment(day(60), AdjustmentKind.TARGET, 100.0, 180.0, id=2),
    ])
    plan = plan_of(goal)
    assert plan is not None
    assert plan.segments == (seg(0, 20, 0, 20), seg(20, 60, 20, 40), seg(60, 180, 40, 180))
    assert plan.value(day(n)) == expected


def test_the_goals_target_wins_over_the_logs_last_target():
    # the log says 100 -> 200 on day 50; the goal now holds 300 (same deadline)
    goal = _goal(100, 0, 300, [Adjustment(day(50), AdjustmentKind.TARGET, 100.0, 200.0, id=1)])
    plan = plan_of(goal)
    assert plan is not None
    assert plan.segments == (seg(0, 50, 0, 50), seg(50, 100, 50, 300))
    assert (plan.target, plan.deadline) == (300, day(100))
    assert plan.value(day(75)) == 175  # 50 + 250 / 2


def test_the_goals_deadline_wins_over_the_logs_last_deadline():
    # the log says day 100 -> day 120 on day 50; the goal now holds day 150 (same target)
    goal = _goal(150, 0, 100, [
        Adjustment(day(50), AdjustmentKind.DEADLINE, day(100), day(120), id=1),
    ])
    plan = plan_of(goal)
    assert plan is not None
    assert plan.segments == (seg(0, 50, 0, 50), seg(50, 150, 50, 100))
    assert (plan.target, plan.deadline) == (100, day(150))
    assert plan.value(day(100)) == 75  # 50 + 50 / 2


# -- compute on bent plans ------------------------------------------------------------------

def test_expected_progress_is_capped_at_the_target_on_a_plan_above_it():
    # 0 -> 200 by day 100, lowered to 100 on day 60 where the plan stood at 120: the plan
    # expects 120 % of today's way on day 60, shown as 100 %
    goal = _goal(100, 0, 100, [Adjustment(day(60), AdjustmentKind.TARGET, 200.0, 100.0, id=1)])
    t = compute(goal, [Point(day(60), 90)], day(60))
    assert t.status == TrajectoryStatus.BEHIND
    assert t.progress == 0.9
    assert t.expected_progress == 1.0
    assert t.days_ahead == -15  # 90 is on the plan on day 45 (90 / 2 per day)


def test_days_ahead_without_a_sloped_plan_come_from_progress_and_time():
    # the plan stayed flat at 0 (first target = baseline) then jumped to 100 on the
    # deadline, day 50: no day of the plan holds -20, so days ahead = -0.2 * 50 - 10
    goal = _goal(50, 0, 100, [
        Adjustment(day(50), AdjustmentKind.TARGET, 0.0, 100.0, id=1),
        Adjustment(day(50), AdjustmentKind.DEADLINE, day(100), day(50), id=2),
    ])
    plan = plan_of(goal)
    assert plan is not None and plan.segments == (seg(0, 50, 0, 0), seg(50, 50, 0, 100))
    t = compute(goal, [Point(day(10), -20)], day(10))
    assert t.status == TrajectoryStatus.BEHIND
    assert t.expected_progress == 0.0
    assert t.days_ahead == -20
