"""Apply a review decision to a goal: checked by the domain, saved in one transaction."""

from __future__ import annotations

from datetime import date

from smart_tui.domain.decisions import (
    Abandon,
    AdjustActions,
    AimHigher,
    DecisionInput,
    ExtendDeadline,
    KeepCourse,
    MarkAchieved,
    check_decision,
    note_of,
)
from smart_tui.domain.invariants import check_text
from smart_tui.domain.models import DomainError, GoalStatus

from .workspace import Workspace


def apply_decision(ws: Workspace, goal_id: int, decision: DecisionInput, today: date) -> None:
    note = check_text("adjustment.note", note_of(decision))
    with ws.transaction():
        goal = ws.goal(goal_id)
        if goal is None:
            raise DomainError("error.unknown_goal", goal_id=goal_id)
        check_decision(goal, decision)
        if isinstance(decision, KeepCourse):
            ws.store.record_decision(goal_id, today, decision.kind, note)
            return
        if isinstance(decision, AdjustActions):
            ws.store.adjust_actions(goal_id, today, note, decision.budget_per_month,
                                    decision.hours_per_week)
            return
        if isinstance(decision, AimHigher):
            goal.target = decision.target
        elif isinstance(decision, ExtendDeadline):
            goal.deadline = decision.deadline
        elif isinstance(decision, MarkAchieved):
            goal.status = GoalStatus.ACHIEVED
        elif isinstance(decision, Abandon):
            goal.status = GoalStatus.ABANDONED
        ws.store.update_goal(goal, today, note)
