"""The review session's rules: the queue's order, the session's counts, the decision each
status suggests, a raised target checked again, and the checks each decision must pass (the
key and parameters of every refusal)."""

from datetime import date

import pytest

from smart_tui.domain.decisions import (
    Abandon,
    AdjustActions,
    AimHigher,
    ExtendDeadline,
    KeepCourse,
    MarkAchieved,
    check_decision,
    check_field,
    note_of,
)
from smart_tui.domain.limits import MAX_ABS_NUMBER
from smart_tui.domain.models import Direction, DomainError, Goal, GoalStatus
from smart_tui.domain.review import (
    Decision,
    ReviewSummary,
    recheck_target,
    review_queue,
    suggested_decision,
    summarize,
)
from smart_tui.domain.smart import Capacity, Verdict
from smart_tui.domain.trajectory import Trajectory
from smart_tui.domain.trajectory import TrajectoryStatus as S
from tests.conftest import smart_goal

DAY = date(2026, 11, 20)


def item(goal_id, status=S.ON_TRACK, due=True, next_on=DAY, days=None):
    return (Goal(id=goal_id, status=GoalStatus.ACTIVE),
            Trajectory(status, due=due, next_checkpoint=next_on, days_ahead=days))


# -- the queue -------------------------------------------------------------------

@pytest.mark.parametrize(("items", "queue"), [
    # same date, same status: the furthest behind first, no figure counting as 0 days
    ([item(1, days=1), item(2, days=None)], [2, 1]),
    ([item(1, days=0), item(2, days=-1)], [2, 1]),
    ([item(1, days=None), item(2, days=-1), item(3, days=1)], [2, 1, 3]),
    ([item(2, days=None), item(1, days=0)], [1, 2]),  # 0 and no figure: by id
    # same date: behind and missed, then no data, on track, ahead, achieved
    ([item(1, S.ACHIEVED), item(2, S.AHEAD), item(3, S.ON_TRACK), item(4, S.NO_DATA),
      item(5, S.MISSED), item(6, S.BEHIND)], [5, 6, 4, 3, 2, 1]),
    # the oldest checkpoint first, whatever the status; none at all last
    ([item(1, S.BEHIND, next_on=None), item(2, S.ACHIEVED, next_on=date(2026, 11, 19)),
      item(3, S.AHEAD, next_on=DAY)], [2, 3, 1]),
])
def test_the_queue_order(items, queue):
    assert review_queue(items) == queue
    assert review_queue(items, include_all=True) == queue


def test_the_queue_holds_only_active_goals_with_an_id():
    items = [
        (Goal(id=None, status=GoalStatus.ACTIVE), Trajectory(S.BEHIND, due=True)),
        (Goal(id=7, status=GoalStatus.ACHIEVED), Trajectory(S.ACHIEVED, due=True)),
        (Goal(id=8, status=GoalStatus.DRAFT), Trajectory(S.NO_DATA, due=True)),
        item(9, due=False, days=1), item(10, due=False, days=None), item(11, due=True),
    ]
    assert review_queue(items) == [11]
    assert review_queue(items, include_all=True) == [11, 10, 9]


# -- the session's counts -----------------------------------------------------------

def test_closed_goals_count_as_reviewed_not_as_ahead_or_behind():
    summary = summarize([Trajectory(S.BEHIND)], [Decision.ACHIEVED, Decision.ABANDON], 0,
                        [None, None], [GoalStatus.ACHIEVED, GoalStatus.ABANDONED])
    assert summary == ReviewSummary(
        reviewed=3, statuses={S.BEHIND: 1}, checkpoints=0, next_review=None,
        decisions={Decision.ACHIEVED: 1, Decision.ABANDON: 1},
        closed={GoalStatus.ACHIEVED: 1, GoalStatus.ABANDONED: 1})


def test_an_empty_session():
    assert summarize([], [], 0, []) == ReviewSummary()


# -- the suggested decision -----------------------------------------------------------

@pytest.mark.parametrize(("status", "decision"), [
    (S.BEHIND, Decision.ADJUST), (S.MISSED, Decision.MOVE), (S.AHEAD, Decision.RAISE),
    (S.ON_TRACK, Decision.KEEP), (S.ACHIEVED, Decision.ACHIEVED), (S.NO_DATA, None),
])
def test_each_status_suggests_its_decision(status, decision):
    assert suggested_decision(status) is decision


# -- a raised target, checked again --------------------------------------------------

@pytest.mark.parametrize(("target", "today", "latest", "capacity", "verdict", "code"), [
    # from the baseline 2000: +5 % in 3 months
    (2100, date(2026, 4, 1), None, None, Verdict.OK, "ok"),
    # from the latest value 1000: +110 % in 3 months
    (2100, date(2026, 4, 1), 1000.0, None, Verdict.FAIL, "pace_too_fast"),
    # from the latest value 2100 (above the baseline): +5 % in 3 months
    (2205, date(2026, 4, 1), 2100.0, None, Verdict.OK, "ok"),
    # a latest value of 0 is a value: a new channel
    (2100, date(2026, 4, 1), 0.0, None, Verdict.OK, "new_channel"),
    # from today, one month before the deadline: +30 % in a month
    (2600, date(2026, 6, 1), None, None, Verdict.FAIL, "pace_too_fast"),
    # the goal's 3 hours a week do not fit in 2
    (2100, date(2026, 4, 1), None, Capacity(hours_per_week=2), Verdict.WARN, "over_hours"),
    (2100, date(2026, 4, 1), None, Capacity(hours_per_week=3), Verdict.OK, "ok"),
])
def test_a_raised_target_is_checked_from_today_and_the_latest_value(
        target, today, latest, capacity, verdict, code):
    goal = smart_goal()
    result = recheck_target(goal, target, today, latest, capacity)
    assert (result.criterion, result.verdict, result.code) == ("achievable", verdict, code)
    assert (goal.target, goal.start, goal.baseline) == (2600, date(2026, 1, 1), 2000)


def test_the_capacity_overrun_names_its_figures():
    result = recheck_target(smart_goal(), 2100, date(2026, 4, 1), None,
                            Capacity(hours_per_week=4, committed_hours=2))
    assert (result.code, result.params) == ("over_hours", {"total": 5, "capacity": 4})


# -- the decisions' checks -----------------------------------------------------------

@pytest.mark.parametrize(("decision", "note"), [
    (KeepCourse(), ""), (KeepCourse("stable"), "stable"), (MarkAchieved("enfin"), "enfin"),
    (AdjustActions("deux posts", 50.0), "deux posts"), (AimHigher(3000, "ça marche"), "ça marche"),
    (ExtendDeadline(date(2026, 9, 1), "retard"), "retard"), (Abandon("plus utile"), "plus utile"),
])
def test_each_decision_has_its_note(decision, note):
    assert note_of(decision) == note


@pytest.mark.parametrize(("decision", "kind"), [
    (KeepCourse(), Decision.KEEP), (AdjustActions("x"), Decision.ADJUST),
    (AimHigher(1, "x"), Decision.RAISE), (ExtendDeadline(DAY, "x"), Decision.MOVE),
    (MarkAchieved(), Decision.ACHIEVED), (Abandon("x"), Decision.ABANDON),
])
def test_each_decision_has_its_kind(decision, kind):
    assert decision.kind is kind


@pytest.mark.parametrize("decision", [
    KeepCourse(), MarkAchieved("x" * 1000), Abandon("a" * 1000),
    AdjustActions("plus", None, None), AdjustActions("plus", None, 2.0),
    AdjustActions("plus", 0.0, 0.0), AdjustActions("plus", 0.5, 0.5),
    AdjustActions("plus", MAX_ABS_NUMBER, 1.0),
    AimHigher(2601, "ça marche"), ExtendDeadline(date(2026, 7, 2), "retard"),
])
def test_a_decision_that_fits_passes(decision):
    check_decision(smart_goal(), decision)


@pytest.mark.parametrize(("goal", "decision", "key", "params"), [
    (smart_goal(), AdjustActions("moins", -1.0, None), "error.resource_negative",
     {"value": -1.0}),
    (smart_goal(), AdjustActions("moins", None, -0.5), "error.resource_negative",
     {"value": -0.5}),
    (smart_goal(), AdjustActions("moins", 0.0, -0.5), "error.resource_negative",
     {"value": -0.5}),
    (smart_goal(), AdjustActions("trop", 2e12, None), "error.number_range",
     {"text": "2e+12", "limit": MAX_ABS_NUMBER}),
    (smart_goal(), AdjustActions("trop", None, float("inf")), "error.number_range",
     {"text": "inf", "limit": MAX_ABS_NUMBER}),
    (smart_goal(), KeepCourse("k" * 1001), "error.text_too_long", {"length": 1001, "limit": 1000}),
    (smart_goal(), MarkAchieved("m" * 1001), "error.text_too_long",
     {"length": 1001, "limit": 1000}),
    (smart_goal(), AdjustActions("w" * 1001, 10.0), "error.text_too_long",
     {"length": 1001, "limit": 1000}),
    (smart_goal(), AimHigher(3000, "y" * 1001), "error.text_too_long",
     {"length": 1001, "limit": 1000}),
    (smart_goal(), ExtendDeadline(date(2026, 9, 1), "z" * 1001), "error.text_too_long",
     {"length": 1001, "limit": 1000}),
    (smart_goal(), Abandon("b" * 1001), "error.text_too_long", {"length": 1001, "limit": 1000}),
    (smart_goal(), AimHigher(2600, "pareil"), "error.raise_not_higher",
     {"target": 2600, "current": 2600}),
    (smart_goal(direction=Direction.DECREASE, baseline=3000), AimHigher(2601, "moins"),
     "error.raise_not_lower", {"target": 2601, "current": 2600}),
    (smart_goal(), ExtendDeadline(date(2026, 7, 1), "pareil"), "error.extend_not_later",
     {"deadline": date(2026, 7, 1)}),
])
def test_a_decision_that_does_not_fit_is_refused_with_its_key_and_values(
        goal, decision, key, params):
    with pytest.raises(DomainError) as caught:
        check_decision(goal, decision)
    assert (caught.value.key, caught.value.params) == (key, params)


@pytest.mark.parametrize(("name", "value", "key", "params"), [
    ("target", 2600.0, "error.raise_not_higher", {"target": 2600.0, "current": 2600}),
    ("target", 1900.0, "error.raise_not_higher", {"target": 1900.0, "current": 2600}),
    ("deadline", date(2026, 7, 1), "error.extend_not_later", {"deadline": date(2026, 7, 1)}),
    ("budget", -1.0, "error.resource_negative", {"value": -1.0}),
    ("hours", -0.5, "error.resource_negative", {"value": -0.5}),
])
def test_a_decision_field_is_refused_on_its_own(name, value, key, params):
    """The dialog checks each field against the goal's rule before the others are typed."""
    with pytest.raises(DomainError) as caught:
        check_field(smart_goal(), name, value)
    assert (caught.value.key, caught.value.params) == (key, params)


@pytest.mark.parametrize(("name", "value"), [
    ("target", 2600.5), ("deadline", date(2026, 7, 2)), ("budget", 0.0), ("hours", 0.0),
    ("why", ""), ("what", "moins"), ("note", "x" * 2000),  # texts: their own validators
    ("target", None), ("deadline", None), ("budget", None),  # empty: the required check
    ("target", "2500"), ("deadline", "2026-07-01"),  # not read as a number or a date
    ("what", -1.0),  # only the budget and the hours are resources
])
def test_a_decision_field_that_fits_passes(name, value):
    check_field(smart_goal(), name, value)
