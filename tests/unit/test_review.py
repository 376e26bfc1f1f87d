from datetime import date

from smart_tui.domain.models import Goal, GoalStatus
from smart_tui.domain.review import Decision, review_queue, summarize
from smart_tui.domain.trajectory import Trajectory
from smart_tui.domain.trajectory import TrajectoryStatus as S


def item(goal_id, status=S.ON_TRACK, due=True, next_on=date(2026, 11, 20), days=0,
         goal_status=GoalStatus.ACTIVE):
    return (Goal(id=goal_id, status=goal_status),
            Trajectory(status, due=due, next_checkpoint=next_on, days_ahead=days))


def test_due_goals_first_oldest_then_most_behind():
    items = [
        item(1, S.AHEAD, next_on=date(2026, 11, 20)),
        item(2, S.BEHIND, next_on=date(2026, 11, 20), days=-5),
        item(3, S.BEHIND, next_on=date(2026, 11, 20), days=-30),
        item(4, S.ON_TRACK, next_on=date(2026, 11, 1)),
        item(5, S.ON_TRACK, due=False, next_on=date(2026, 12, 1)),
        item(6, S.BEHIND, due=True, goal_status=GoalStatus.DRAFT),
    ]
    assert review_queue(items) == [4, 3, 2, 1]
    assert review_queue(items, include_all=True) == [4, 3, 2, 1, 5]


def test_nothing_due_gives_an_empty_queue_unless_all_asked():
    items = [item(1, due=False), item(2, due=False, next_on=date(2026, 11, 10))]
    assert review_queue(items) == []
    assert review_queue(items, include_all=True) == [2, 1]


def test_summary_counts():
    reviewed = [Trajectory(S.AHEAD), Trajectory(S.BEHIND), Trajectory(S.BEHIND)]
    summary = summarize(reviewed, [Decision.ADJUST, Decision.RAISE, Decision.ADJUST], 2,
                        [date(2026, 12, 3), None, date(2026, 12, 1)])
    assert summary.reviewed == 3
    assert summary.statuses[S.BEHIND] == 2 and summary.statuses[S.AHEAD] == 1
    assert summary.statuses[S.ON_TRACK] == 0
    assert summary.decisions[Decision.ADJUST] == 2
    assert summary.checkpoints == 2
    assert summary.next_review == date(2026, 12, 1)
    assert summarize([], [], 0, [None]).next_review is None


def test_decision_checks():
    import pytest

    from smart_tui.domain.decisions import AimHigher, ExtendDeadline, check_decision
    from smart_tui.domain.models import Direction, DomainError

    goal = Goal(target=50, start=date(2026, 10, 1), deadline=date(2027, 1, 1))
    for refused in (50, 49):  # aim higher: strictly above the current target
        with pytest.raises(DomainError, match="raise_not_higher"):
            check_decision(goal, AimHigher(refused, "why"))
    check_decision(goal, AimHigher(51, "why"))
    goal.direction = Direction.DECREASE  # a goal to lower: higher means further down
    with pytest.raises(DomainError, match="raise_not_lower"):
        check_decision(goal, AimHigher(51, "why"))
    check_decision(goal, AimHigher(49, "why"))
    for refused in (date(2026, 9, 30), date(2027, 1, 1), date(2026, 12, 31)):
        with pytest.raises(DomainError):
            check_decision(goal, ExtendDeadline(refused, "why"))
    check_decision(goal, ExtendDeadline(date(2027, 1, 2), "why"))
