from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smart_tui.domain.models import Cadence, Direction, Goal, GoalStatus
from smart_tui.domain.schedule import (
    back_planning,
    default_cadence,
    next_scheduled,
    scheduled_dates,
)
from smart_tui.domain.trajectory import Point, Series, TrajectoryStatus, compute, projection

START = date(2026, 1, 1)


def goal(**changes) -> Goal:
    g = Goal(kpi="k", baseline=100, target=200, start=START, deadline=date(2026, 12, 31),
             status=GoalStatus.ACTIVE)
    for key, value in changes.items():
        setattr(g, key, value)
    return g


@pytest.mark.parametrize(("days", "cadence"), [
    (30, Cadence.WEEKLY), (92, Cadence.WEEKLY), (93, Cadence.MONTHLY),
    (366, Cadence.MONTHLY), (367, Cadence.QUARTERLY),
])
def test_default_cadence(days, cadence):
    assert default_cadence(START, START + timedelta(days=days)) == cadence


def test_monthly_schedule_from_31_january_clamps_to_month_ends():
    dates = scheduled_dates(date(2026, 1, 31), date(2026, 5, 15), Cadence.MONTHLY)
    assert dates == [date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30), date(2026, 5, 15)]


def test_weekly_and_quarterly_schedules_end_on_the_deadline():
    weekly = scheduled_dates(START, date(2026, 1, 20), Cadence.WEEKLY)
    assert weekly == [date(2026, 1, 8), date(2026, 1, 15), date(2026, 1, 20)]
    quarterly = scheduled_dates(START, date(2027, 1, 1), Cadence.QUARTERLY)
    assert quarterly == [date(2026, 4, 1), date(2026, 7, 1), date(2026, 10, 1), date(2027, 1, 1)]
    assert scheduled_dates(START, START, Cadence.WEEKLY) == []


def test_back_planning_expected_values_and_actuals():
    plan = back_planning(START, date(2026, 5, 1), 100, 200, Cadence.MONTHLY,
                         {date(2026, 1, 20): 110, date(2026, 1, 30): 118})
    assert [m.date for m in plan] == [date(2026, 2, 1), date(2026, 3, 1), date(2026, 4, 1),
                                      date(2026, 5, 1)]
    assert plan[0].expected == pytest.approx(100 + 100 * 31 / 120)
    assert plan[-1].expected == 200
    assert plan[0].actual == 118 and plan[1].actual is None


def test_no_checkpoints_is_no_data_with_the_first_checkpoint_due():
    t = compute(goal(), [], date(2026, 3, 1))
    assert t.status == TrajectoryStatus.NO_DATA
    assert t.next_checkpoint == date(2026, 2, 1) and t.due
    assert t.progress is None and t.projected_at_deadline is None


def test_one_checkpoint_on_track():
    t = compute(goal(), [Point(date(2026, 7, 2), 150)], date(2026, 7, 2))
    assert t.status == TrajectoryStatus.ON_TRACK
    assert t.progress == pytest.approx(0.5)
    assert t.expected_progress == pytest.approx(182 / 364)
    assert t.days_ahead == 0
    assert t.projected_at_deadline == pytest.approx(200, abs=0.5)  # straight through two points
    assert t.next_checkpoint == date(2026, 8, 1) and not t.due


def test_behind_and_ahead_with_days():
    behind = compute(goal(), [Point(date(2026, 7, 2), 130)], date(2026, 7, 10))
    assert behind.status == TrajectoryStatus.BEHIND
    assert behind.days_ahead == round(0.3 * 364 - 182)  # -73
    assert behind.recommendation == "advice.behind"
    ahead = compute(goal(), [Point(date(2026, 4, 1), 160)], date(2026, 4, 2))
    assert ahead.status == TrajectoryStatus.AHEAD and ahead.days_ahead > 0
    assert ahead.recommendation == "advice.ahead"


def test_tolerance_boundary_is_five_points():
    # expected 0.5 at day 182; progress 0.55 -> ahead, 0.54 -> on track
    at = date(2026, 7, 2)
    assert compute(goal(), [Point(at, 155)], at).status == TrajectoryStatus.AHEAD
    assert compute(goal(), [Point(at, 154)], at).status == TrajectoryStatus.ON_TRACK
    assert compute(goal(), [Point(at, 144.9)], at).status == TrajectoryStatus.BEHIND


def test_achieved_and_missed():
    assert compute(goal(), [Point(date(2026, 6, 1), 205)], date(2026, 6, 2)).status == (
        TrajectoryStatus.ACHIEVED)
    missed = compute(goal(), [Point(date(2026, 12, 1), 190)], date(2027, 1, 5))
    assert missed.status == TrajectoryStatus.MISSED
    assert missed.required_pace is None


def test_decrease_goal():
    g = goal(direction=Direction.DECREASE, baseline=50, target=30)
    t = compute(g, [Point(date(2026, 7, 2), 40)], date(2026, 7, 2))
    assert t.progress == pytest.approx(0.5) and t.status == TrajectoryStatus.ON_TRACK
    assert compute(g, [Point(date(2026, 7, 2), 29)], date(2026, 7, 2)).status == (
        TrajectoryStatus.ACHIEVED)
    assert t.required_pace < 0  # the value must keep going down


def test_baseline_zero_still_has_progress():
    t = compute(goal(baseline=0, target=50), [Point(date(2026, 7, 2), 25)], date(2026, 7, 2))
    assert t.progress == pytest.approx(0.5)


def test_incomplete_goal_has_no_trajectory():
    t = compute(goal(target=None), [Point(date(2026, 7, 2), 25)], date(2026, 7, 2))
    assert t.status == TrajectoryStatus.NO_DATA and t.latest_value == 25


def test_latest_is_by_date_not_by_order_and_projection_is_least_squares():
    points = [Point(date(2026, 7, 1), 150), Point(date(2026, 4, 1), 130)]
    t = compute(goal(), points, date(2026, 7, 2))
    assert t.latest_date == date(2026, 7, 1)
    series = Series.of(points, START)
    xs = [0, 90, 181]
    ys = [100, 130, 150]
    mx, my = sum(xs) / 3, sum(ys) / 3
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    assert projection(series, 100, 364) == pytest.approx(my + slope * (364 - mx))


def test_checkpoint_on_start_date_has_no_projection():
    t = compute(goal(), [Point(START, 120)], START)
    assert t.projected_at_deadline is None


def test_required_pace_per_week_or_month():
    weekly = goal(deadline=date(2026, 3, 1))  # 59 days: weekly
    t = compute(weekly, [Point(date(2026, 1, 15), 110)], date(2026, 1, 15))
    assert t.pace_period == Cadence.WEEKLY
    assert t.required_pace == pytest.approx(90 / (45 / 7))
    monthly = compute(goal(), [Point(date(2026, 7, 2), 150)], date(2026, 7, 2))
    assert monthly.pace_period == Cadence.MONTHLY
    assert monthly.required_pace == pytest.approx(50 / (182 / 30.44))


def test_next_checkpoint_after_the_last_one_is_due_when_passed():
    t = compute(goal(), [Point(date(2026, 2, 1), 105)], date(2026, 3, 2))
    assert t.next_checkpoint == date(2026, 3, 1) and t.due


@given(st.dates(date(2020, 1, 1), date(2030, 12, 31)), st.integers(1, 1200),
       st.sampled_from(list(Cadence)), st.one_of(st.none(), st.integers(-30, 1300)))
def test_next_scheduled_is_the_first_scheduled_date_after(start, horizon, cadence, offset):
    deadline = start + timedelta(days=horizon)
    after = None if offset is None else start + timedelta(days=offset)
    dates = scheduled_dates(start, deadline, cadence)
    expected = dates[0] if after is None else next((d for d in dates if d > after), None)
    assert next_scheduled(start, deadline, cadence, after) == expected


@given(st.dates(date(1990, 1, 1), date(2090, 12, 31)), st.integers(-240, 240))
def test_add_months_follows_relativedelta(day, months):
    from dateutil.relativedelta import relativedelta

    from smart_tui.domain.schedule import add_months

    assert add_months(day, months) == day + relativedelta(months=months)
