"""Create, edit, activate and close a goal, with the same rules from the wizard, the goal
card, the review and ``import``."""

from __future__ import annotations

from datetime import date

from smart_tui.domain.invariants import check_activation, normalize_goal
from smart_tui.domain.models import Adjustment, DomainError, Goal, GoalStatus
from smart_tui.domain.smart import Verdict, assess

from .workspace import Workspace


def failing_criteria(ws: Workspace, goal: Goal, today: date) -> list[str]:
    """The SMART criteria ``goal`` fails, as it would be judged if saved now."""
    priority = ws.priority(goal.priority_id) if goal.priority_id is not None else None
    assessment = assess(goal, priority, today, ws.capacity(excluding_goal=goal.id))
    return [r.criterion for r in assessment.results() if r.verdict == Verdict.FAIL]


def _check(ws: Workspace, goal: Goal, was: GoalStatus | None, today: date) -> None:
    normalize_goal(goal)
    if goal.priority_id is not None and ws.priority(goal.priority_id) is None:
        raise DomainError("error.unknown_priority", priority_id=goal.priority_id)
    if goal.status == GoalStatus.ACTIVE and was != GoalStatus.ACTIVE:
        check_activation(failing_criteria(ws, goal, today))


def create_goal(ws: Workspace, goal: Goal, today: date) -> Goal:
    """Save a new goal (a draft, or active when it passes every criterion)."""
    with ws.transaction():
        _check(ws, goal, None, today)
        return ws.store.add_goal(goal)


def save_goal(ws: Workspace, goal: Goal, today: date, note: str = "") -> list[Adjustment]:
    """Save an edited goal; a change of target, deadline or status goes to its history."""
    with ws.transaction():
        current = ws.goal(goal.id or 0)
        if current is None:
            raise DomainError("error.unknown_goal", goal_id=goal.id)
        _check(ws, goal, current.status, today)
        return ws.store.update_goal(goal, today, note)


def set_goal_status(ws: Workspace, goal_id: int, status: GoalStatus, today: date,
                    note: str = "") -> Goal:
    """Activate, close or reopen a goal. Activation needs every criterion passed."""
    with ws.transaction():
        goal = ws.goal(goal_id)
        if goal is None:
            raise DomainError("error.unknown_goal", goal_id=goal_id)
        was, goal.status = goal.status, status
        _check(ws, goal, was, today)
        ws.store.update_goal(goal, today, note)
    return goal
