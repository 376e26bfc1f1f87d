"""The review session's logic: which goals, in which order, and what the session adds up to."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from .models import Choice, Goal, GoalStatus
from .smart import Capacity, CriterionResult, achievable
from .trajectory import Trajectory, TrajectoryStatus

_URGENCY = {TrajectoryStatus.BEHIND: 0, TrajectoryStatus.MISSED: 0, TrajectoryStatus.NO_DATA: 1,
            TrajectoryStatus.ON_TRACK: 2, TrajectoryStatus.AHEAD: 3, TrajectoryStatus.ACHIEVED: 4}


class Decision(Choice):
    KEEP = "keep_course"
    ADJUST = "adjust_actions"
    RAISE = "aim_higher"
    MOVE = "move_deadline"
    ACHIEVED = "mark_achieved"
    ABANDON = "abandon"


def review_queue(items: Sequence[tuple[Goal, Trajectory]], include_all: bool = False) -> list[int]:
    """Active goals to review: the due ones first (oldest checkpoint first, then the ones
    furthest behind), then — with ``include_all`` — the others by their next checkpoint."""
    active = [(g, t) for g, t in items if g.status == GoalStatus.ACTIVE and g.id is not None]

    def key(item: tuple[Goal, Trajectory]) -> tuple[object, ...]:
        goal, t = item
        return (t.next_checkpoint or date.max, _URGENCY[t.status], t.days_ahead or 0, goal.id)

    due = sorted((i for i in active if i[1].due), key=key)
    rest = sorted((i for i in active if not i[1].due), key=key) if include_all else []
    return [g.id for g, _ in due + rest]  # type: ignore[misc]


@dataclass
class ReviewSummary:
    reviewed: int = 0
    statuses: Counter[TrajectoryStatus] = field(default_factory=Counter)
    decisions: Counter[Decision] = field(default_factory=Counter)
    checkpoints: int = 0
    next_review: date | None = None
    closed: Counter[GoalStatus] = field(default_factory=Counter)


def summarize(
    reviewed: Sequence[Trajectory],
    decisions: Sequence[Decision],
    checkpoints: int,
    next_dates: Sequence[date | None],
    closed: Sequence[GoalStatus] = (),
) -> ReviewSummary:
    """Counts for the end of a session. ``reviewed``: the trajectories, after the session, of
    the goals that got a value or a decision; ``next_dates``: every active goal's next
    checkpoint (the next review is the earliest); ``closed``: the statuses of the reviewed goals
    that are no longer active (achieved, missed, abandoned): they count as reviewed, not as
    ahead or behind."""
    upcoming = [d for d in next_dates if d is not None]
    return ReviewSummary(
        reviewed=len(reviewed) + len(closed),
        statuses=Counter(t.status for t in reviewed),
        decisions=Counter(decisions),
        checkpoints=checkpoints,
        next_review=min(upcoming) if upcoming else None,
        closed=Counter(closed),
    )


# The decision that fits each status (the method's step 4: below the trajectory, adjust
# the actions; ahead, nothing stops you aiming higher). The others stay available.
SUGGESTED: dict[TrajectoryStatus, Decision] = {
    TrajectoryStatus.BEHIND: Decision.ADJUST,
    TrajectoryStatus.MISSED: Decision.MOVE,
    TrajectoryStatus.AHEAD: Decision.RAISE,
    TrajectoryStatus.ON_TRACK: Decision.KEEP,
    TrajectoryStatus.ACHIEVED: Decision.ACHIEVED,
}


def suggested_decision(status: TrajectoryStatus) -> Decision | None:
    return SUGGESTED.get(status)


def recheck_target(goal: Goal, target: float, today: date, latest: float | None,
                   capacity: Capacity | None = None) -> CriterionResult:
    """Achievable again, before a raised target is confirmed: the pace from today's value
    (the latest checkpoint, else the baseline) to the new target by the deadline."""
    trial = replace(goal, target=target, start=today,
                    baseline=latest if latest is not None else goal.baseline)
    return achievable(trial, today, capacity)

