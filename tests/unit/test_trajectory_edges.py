"""The plan's line, bent by decisions, computed by hand; and the trajectory's quiet corners.

Dates are days from START (1 January 2026); every expected value is worked in a comment.
"""

from __future__ import annotations

from datetime import date, timedelta

from smart_tui.domain.models import Adjustment, AdjustmentKind, Cadence, Unit
from smart_tui.domain.smart import Capacity, achievable
from smart_tui.domain.trajectory import (
    Point,
    Segment,
    Series,
    TrajectoryStatus,
    compute,
    effective_cadence,
    expected_on,
    milestones,
    plan_of,
    projection,
)
from tests.conftest import smart_goal

START = date(2026, 1, 1)


def day(n: int) -> date:
    return START + timedelta(days=n)


def _bent_goal(adjustments):
    # today: target 200 by day 120; the plan began as 0 -> 100 by day 100
    return smart_goal(start=START, deadline=day(120), baseline=0, target=200,
                      unit=Unit.COUNT, adjustments=adjustments)


TWO_BENDS = [
    Adjustment(day(20), AdjustmentKind.TARGET, 100.0, 200.0, id=1),
    Adjustment(day(60), AdjustmentKind.DEADLINE, day(100), day(120), id=2),
]


def test_a_plan_bent_twice():
    plan = plan_of(_bent_goal(TWO_BENDS))
    assert plan.bends == (day(20), day(60))
    assert plan.value(day(10)) == 10          # 0 -> 100 over 100 days
    assert plan.value(day(20)) == 20
    assert plan.value(day(40)) == 65          # from (20, 20) to (100, 200): 2.25 a day
    assert plan.value(day(60)) == 110
    assert plan.value(day(90)) == 155         # from (60, 110) to (120, 200): 1.5 a day
    assert plan.value(day(120)) == 200
    assert plan.day_of(65) == 40 and plan.day_of(155) == 90
    assert plan.day_of(-10) == -10            # before the start: the first slope, extended
    assert plan.day_of(230) == 140            # past the target: the last slope, extended


def test_legacy_text_values_bend_the_plan_the_same():
    legacy = [Adjustment(day(20), AdjustmentKind.TARGET, "100", "200", id=1),
              Adjustment(day(60), AdjustmentKind.DEADLINE, "2026-04-11", "2026-05-01", id=2)]
    assert plan_of(_bent_goal(legacy)) == plan_of(_bent_goal(TWO_BENDS))


def test_same_day_changes_apply_in_the_order_they_were_logged():
    # logged first (no id yet counts as 0): 100 -> 150; then 150 -> 200; a later deadline
    # change keeps the 200 line in the middle segment
    changes = [
        Adjustment(day(20), AdjustmentKind.TARGET, 150.0, 200.0, id=1),
        Adjustment(day(20), AdjustmentKind.TARGET, 100.0, 150.0, id=None),
        Adjustment(day(60), AdjustmentKind.DEADLINE, day(100), day(120), id=3),
    ]
    plan = plan_of(_bent_goal(changes))
    assert plan.value(day(10)) == 10          # the first line still aims at 100
    assert plan.value(day(40)) == 65          # then at 200


def test_unreadable_history_gives_the_straight_line():
    straight = (Segment(START, day(120), 0, 200),)
    unreadable = [Adjustment(day(20), AdjustmentKind.TARGET, "n/a", 200.0, id=1)]
    assert plan_of(_bent_goal(unreadable)).segments == straight
    at_start = [Adjustment(day(20), AdjustmentKind.DEADLINE, START, day(120), id=1)]
    assert plan_of(_bent_goal(at_start)).segments == straight
    assert plan_of(_bent_goal(TWO_BENDS), adjustments=[]).segments == straight
    # a change whose new value cannot be read leaves the line as it was
    lost = [Adjustment(day(20), AdjustmentKind.TARGET, 100.0, None, id=1),
            Adjustment(day(60), AdjustmentKind.DEADLINE, day(100), day(120), id=2)]
    assert plan_of(_bent_goal(lost)).value(day(40)) == 40


def test_no_plan_without_its_four_values_or_with_a_deadline_on_the_start():
    for changes in ({"deadline": START}, {"baseline": None}, {"target": None},
                    {"start": None}, {"deadline": None}):
        goal = smart_goal(**{"start": START, "deadline": day(100), "baseline": 0,
                             "target": 100, **changes})
        assert plan_of(goal) is None, changes
        assert expected_on(goal, day(10)) is None
        assert milestones(goal, Cadence.MONTHLY) == []


def test_expected_value_outside_the_plan():
    goal = smart_goal(start=START, deadline=day(100), baseline=0, target=100)
    assert expected_on(goal, day(-5)) == 0
    assert expected_on(goal, day(110)) == 100
    assert Segment(START, START, 5, 9).value(day(3)) == 9     # no length: its end
    assert Segment(START, day(1), 0, 10).value(START) == 0    # one day long
    assert Segment(START, day(1), 0, 10).value(day(1)) == 10


def test_effective_cadence_needs_a_real_horizon():
    assert effective_cadence(smart_goal(start=START, deadline=START)) is None
    assert effective_cadence(smart_goal(start=START, deadline=None)) is None
    assert effective_cadence(smart_goal(start=None, deadline=day(30))) is None
    assert effective_cadence(smart_goal(start=START, deadline=day(30))) == Cadence.WEEKLY


def test_projection_of_a_single_checkpoint_a_day_in():
    # points (0, 0) and (1, 3): slope 3, read at day 10 -> 30
    series = Series.of([Point(day(1), 3)], START)
    assert projection(series, 0, 10) == 30
    assert projection(Series.of([Point(START, 3)], START), 0, 10) is None


def test_series_without_a_start_keeps_the_latest_and_the_count():
    series = Series.of([Point(day(2), 5), Point(day(9), 7)], None)
    assert (series.latest, series.n) == (Point(day(9), 7), 2)


def test_no_data_trajectory_still_shows_the_latest_value():
    goal = smart_goal(start=START, deadline=day(100), target=None)
    t = compute(goal, [Point(day(5), 42)], day(6))
    assert (t.status, t.latest_value, t.latest_date) == (TrajectoryStatus.NO_DATA, 42, day(5))


def test_no_next_checkpoint_without_a_start_or_a_deadline():
    for changes in ({"start": None}, {"deadline": None}):
        goal = smart_goal(cadence=Cadence.MONTHLY, **{"start": START, "deadline": day(100),
                                                      **changes})
        t = compute(goal, [], day(50))
        assert (t.next_checkpoint, t.due) == (None, False)


def test_needed_pace_on_the_last_day_but_one():
    goal = smart_goal(start=START, deadline=day(100), baseline=0, target=100,
                      cadence=Cadence.WEEKLY)
    t = compute(goal, [Point(day(50), 30)], day(99))
    assert t.required_pace == 70 / (1 / 7)


def test_achievable_alone_weighs_the_capacity():
    goal = smart_goal(hours_per_week=3)
    result = achievable(goal, START, Capacity(hours_per_week=5, committed_hours=4))
    assert (result.code, result.params) == ("over_hours", {"total": 7, "capacity": 5})


def test_no_monthly_pace_without_its_values():
    from smart_tui.domain.achievable import monthly_pace

    for changes in ({"baseline": 0}, {"baseline": None}, {"target": None}, {"deadline": None},
                    {"deadline": START}):
        goal = smart_goal(**{"start": START, "deadline": day(100), **changes})
        assert monthly_pace(goal, START) is None, changes


def test_relevant_names_itself_and_the_lever():
    from smart_tui.domain.smart import assess
    from tests.conftest import sales_priority

    orphan = assess(smart_goal(priority_id=None), None, START).relevant
    assert (orphan.reason_key, orphan.hint_key) == ("smart.relevant.no_priority",
                                                    "hint.relevant.no_priority")
    absent = assess(smart_goal(audience_present=False), sales_priority(id=1), START).relevant
    assert (absent.code, absent.params) == ("audience_absent", {"lever": "seo"})


def test_straight_line_and_day_of_on_short_segments():
    from smart_tui.domain.schedule import planned_value
    from smart_tui.domain.trajectory import _at

    assert planned_value(START, START, 0, 10, START) == 10          # no length: the target
    assert planned_value(START, day(1), 0, 10, START) == 0          # one day long
    assert planned_value(START, day(10), 0, 10, day(20)) == 10      # never past the target
    assert _at(Segment(day(5), day(5), 0, 10), 5, START) == 5.0     # no length: its day
    assert _at(Segment(day(5), day(6), 0, 10), 10, START) == 6.0    # one day: its end
