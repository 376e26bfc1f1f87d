"""Rows (dicts, as sqlite-utils gives them) to domain models and back."""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

from smart_tui.domain.models import (
    Adjustment,
    AdjustmentKind,
    Cadence,
    Category,
    Checkpoint,
    Confidence,
    Direction,
    Goal,
    GoalStatus,
    Lever,
    Priority,
    PriorityStatus,
    Profile,
    Unit,
)

Row = dict[str, Any]


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def to_profile(row: Row | None) -> Profile:
    if row is None:
        return Profile()
    return Profile(row["name"], row["hours_per_week"], row["budget_per_month"])


def profile_row(profile: Profile) -> Row:
    return {
        "id": 1,
        "name": profile.name,
        "hours_per_week": profile.hours_per_week,
        "budget_per_month": profile.budget_per_month,
        "updated_at": utc_now(),
    }


def to_priority(row: Row) -> Priority:
    return Priority(
        title=row["title"],
        problem=row["problem"],
        category=Category(row["category"]),
        status=PriorityStatus(row["status"]),
        position=row["position"],
        id=row["id"],
    )


def priority_row(priority: Priority) -> Row:
    return {
        "title": priority.title,
        "problem": priority.problem,
        "category": priority.category.value,
        "status": priority.status.value,
        "position": priority.position,
        "updated_at": utc_now(),
    }


GOAL_TEXT = ("intent", "statement", "kpi", "source", "resources", "rationale")
GOAL_NUMBERS = ("baseline", "target", "budget_per_month", "hours_per_week")


def to_goal(row: Row) -> Goal:
    return Goal(
        id=row["id"],
        priority_id=row["priority_id"],
        lever=Lever(row["lever"]),
        status=GoalStatus(row["status"]),
        unit=Unit(row["unit"]) if row["unit"] else None,
        direction=Direction(row["direction"]),
        start=_date(row["start"]),
        deadline=_date(row["deadline"]),
        cadence=Cadence(row["cadence"]) if row["cadence"] else None,
        audience_present=_flag(row.get("audience_present")),
        **{k: row[k] for k in GOAL_TEXT + GOAL_NUMBERS},
    )


def _flag(value: object) -> bool | None:
    """SQLite's 1 / 0 / NULL as yes / no / not sure."""
    return None if value is None else bool(value)


def goal_row(goal: Goal) -> Row:
    return {
        "priority_id": goal.priority_id,
        "lever": goal.lever.value,
        "status": goal.status.value,
        "unit": goal.unit.value if goal.unit else None,
        "direction": goal.direction.value,
        "start": _iso(goal.start),
        "deadline": _iso(goal.deadline),
        "cadence": goal.cadence.value if goal.cadence else None,
        "audience_present": None if goal.audience_present is None else int(goal.audience_present),
        "updated_at": utc_now(),
        **{k: getattr(goal, k) for k in GOAL_TEXT + GOAL_NUMBERS},
    }


CONFIDENCE = {c.value: c for c in Confidence}  # a dict lookup: Enum() is slow per row


def to_checkpoint(row: Row) -> Checkpoint:
    return Checkpoint(
        date=date.fromisoformat(row["date"]),
        value=row["value"],
        confidence=CONFIDENCE.get(row["confidence"]),
        note=row["note"],
        id=row["id"],
        goal_id=row["goal_id"],
    )


def checkpoint_row(goal_id: int, checkpoint: Checkpoint) -> Row:
    return {
        "goal_id": goal_id,
        "date": checkpoint.date.isoformat(),
        "value": checkpoint.value,
        "confidence": checkpoint.confidence.value if checkpoint.confidence else None,
        "note": checkpoint.note,
        "created_at": utc_now(),
    }


def to_adjustment(row: Row) -> Adjustment:
    return Adjustment(
        date=date.fromisoformat(row["date"]),
        kind=AdjustmentKind(row["kind"]),
        old=row["old"],
        new=row["new"],
        note=row["note"],
        id=row["id"],
        goal_id=row["goal_id"],
    )


def adjustment_row(goal_id: int, adjustment: Adjustment) -> Row:
    return {
        "goal_id": goal_id,
        "date": adjustment.date.isoformat(),
        "kind": adjustment.kind.value,
        "old": adjustment.old,
        "new": adjustment.new,
        "note": adjustment.note,
        "created_at": utc_now(),
    }
