"""The review's decisions as typed values, and the rule each must meet before it is applied."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .invariants import CLOSED, check_extend, check_raise, check_resource, check_text
from .models import DomainError, Goal
from .review import Decision


@dataclass(frozen=True)
class KeepCourse:
    note: str = ""
    kind = Decision.KEEP


@dataclass(frozen=True)
class AdjustActions:
    what: str
    budget_per_month: float | None = None
    hours_per_week: float | None = None
    kind = Decision.ADJUST


@dataclass(frozen=True)
class AimHigher:
    target: float
    why: str
    kind = Decision.RAISE


@dataclass(frozen=True)
class ExtendDeadline:
    deadline: date
    why: str
    kind = Decision.MOVE


@dataclass(frozen=True)
class MarkAchieved:
    note: str = ""
    kind = Decision.ACHIEVED


@dataclass(frozen=True)
class Abandon:
    why: str
    kind = Decision.ABANDON


DecisionInput = KeepCourse | AdjustActions | AimHigher | ExtendDeadline | MarkAchieved | Abandon


def note_of(decision: DecisionInput) -> str:
    """The words that go with the decision into the goal's history."""
    if isinstance(decision, (KeepCourse, MarkAchieved)):
        return decision.note
    if isinstance(decision, AdjustActions):
        return decision.what
    return decision.why


def decision_refusal(goal: Goal) -> DomainError | None:
    """Why the review takes no decision on ``goal`` whatever it is: the goal is closed
    (achieved or abandoned — by a decision of this very session, say). ``None`` otherwise.
    The review asks before opening a dialog, so the refusal comes before any typing."""
    if goal.status in CLOSED:
        return DomainError("error.decision_closed", status=goal.status.value)
    return None


def check_decision(goal: Goal, decision: DecisionInput) -> None:
    """Raise :class:`DomainError` when ``decision`` cannot be applied to ``goal``."""
    refusal = decision_refusal(goal)
    if refusal is not None:
        raise refusal
    check_text("adjustment.note", note_of(decision))
    if isinstance(decision, AimHigher):
        check_raise(goal, decision.target)
    elif isinstance(decision, ExtendDeadline):
        check_extend(goal, decision.deadline)
    elif isinstance(decision, AdjustActions):
        check_resource(decision.budget_per_month)
        check_resource(decision.hours_per_week)


def check_field(goal: Goal, name: str, value: object) -> None:
    """One field of a decision dialog against the goal's rule, as soon as it is read (the
    dialog shows this refusal with the other fields' errors, on the same save)."""
    if name == "target" and isinstance(value, float):
        check_raise(goal, value)
    elif name == "deadline" and isinstance(value, date):
        check_extend(goal, value)
    elif name in ("budget", "hours") and isinstance(value, float):
        check_resource(value)
