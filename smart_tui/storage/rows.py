"""Rows (dicts, as sqlite-utils gives them) to domain models and back.

Reading checks what it converts: a row holding ``2026-19-24`` as a date, text where a
number belongs or an unknown lever raises :class:`BadRowError` (a DatabaseError naming
the table, the row and the field) instead of a ValueError deep in a screen.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, datetime, timezone
from functools import wraps
from typing import Any, TypeVar

from smart_tui.domain.history import ChangeError, decode_change, encode_change
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

from .db import DatabaseError

Row = dict[str, Any]
T = TypeVar("T")
C = TypeVar("C")


class BadRowError(DatabaseError):
    """A row the app cannot read. The path is filled in by whoever knows it."""

    def __init__(self, table: str, row: object, field: str, path: str = "") -> None:
        super().__init__("error.db_bad_row", path, table=table, row=str(row), field=field)


def checked(table: str) -> Callable[[Callable[[Row], T]], Callable[[Row], T]]:
    """Turn a conversion's ValueError/TypeError/KeyError into a :class:`BadRowError`."""
    def decorate(convert: Callable[[Row], T]) -> Callable[[Row], T]:
        @wraps(convert)
        def run(row: Row) -> T:
            try:
                return convert(row)
            except BadRowError:
                raise
            except (ValueError, TypeError, KeyError, OverflowError) as exc:
                field = exc.args[0] if isinstance(exc, _FieldError) else "?"
                raise BadRowError(table, row.get("id", "?"), field) from exc
        return run
    return decorate


class _FieldError(ValueError):
    """Which field of the row could not be read (the message names it)."""


def read_date(value: object, field: str = "date") -> date:
    """An ISO date from a row; :class:`_FieldError` naming ``field`` otherwise."""
    try:
        return date.fromisoformat(value)  # type: ignore[arg-type]
    except (ValueError, TypeError):
        raise _FieldError(field) from None


def read_number(value: object, field: str) -> float | None:
    """``None`` or a finite number from a row (SQLite may hold text in a REAL column)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _FieldError(field)
    number = float(value)
    if not math.isfinite(number):
        raise _FieldError(field)
    return number


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _date(value: str | None, field: str = "date") -> date | None:
    return read_date(value, field) if value else None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def to_profile(row: Row | None) -> Profile:
    if row is None:
        return Profile()
    return _to_profile(row)


@checked("profile")
def _to_profile(row: Row) -> Profile:
    return Profile(row["name"], read_number(row["hours_per_week"], "hours_per_week"),
                   read_number(row["budget_per_month"], "budget_per_month"))


def profile_row(profile: Profile) -> Row:
    return {
        "id": 1,
        "name": profile.name,
        "hours_per_week": profile.hours_per_week,
        "budget_per_month": profile.budget_per_month,
        "updated_at": utc_now(),
    }


@checked("priorities")
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


# A dict lookup per column: Enum(value) is slow per row, and a dashboard reads them all.
LEVERS = {c.value: c for c in Lever}
GOAL_STATUSES = {c.value: c for c in GoalStatus}
UNITS = {c.value: c for c in Unit}
DIRECTIONS = {c.value: c for c in Direction}
CADENCES = {c.value: c for c in Cadence}


def _choice(choices: dict[str, C], value: object, field: str) -> C:
    """The member of ``choices`` stored as ``value``; :class:`_FieldError` naming ``field``."""
    try:
        return choices[value]  # type: ignore[index]
    except (KeyError, TypeError):
        raise _FieldError(field) from None


@checked("goals")
def to_goal(row: Row) -> Goal:
    return Goal(
        id=row["id"],
        priority_id=row["priority_id"],
        lever=_choice(LEVERS, row["lever"], "lever"),
        status=_choice(GOAL_STATUSES, row["status"], "status"),
        unit=_choice(UNITS, row["unit"], "unit") if row["unit"] else None,
        direction=_choice(DIRECTIONS, row["direction"], "direction"),
        start=_date(row["start"], "start"),
        deadline=_date(row["deadline"], "deadline"),
        cadence=_choice(CADENCES, row["cadence"], "cadence") if row["cadence"] else None,
        audience_present=_flag(row.get("audience_present")),
        **{k: row[k] for k in GOAL_TEXT},
        **{k: read_number(row[k], k) for k in GOAL_NUMBERS},
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


@checked("checkpoints")
def to_checkpoint(row: Row) -> Checkpoint:
    return Checkpoint(
        date=read_date(row["date"]),
        value=read_number(row["value"], "value"),  # type: ignore[arg-type]
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


@checked("adjustments")
def to_adjustment(row: Row) -> Adjustment:
    kind = AdjustmentKind(row["kind"])
    try:
        old, new = decode_change(kind, row["old"]), decode_change(kind, row["new"])
    except ChangeError:  # a hand-edited row: show its words rather than fail the whole goal
        kind, old, new = AdjustmentKind.OTHER, row["old"], row["new"]
    return Adjustment(
        date=read_date(row["date"]),
        kind=kind,
        old=old,
        new=new,
        note=row["note"],
        id=row["id"],
        goal_id=row["goal_id"],
    )


def adjustment_row(goal_id: int, adjustment: Adjustment) -> Row:
    return {
        "goal_id": goal_id,
        "date": adjustment.date.isoformat(),
        "kind": adjustment.kind.value,
        "old": encode_change(adjustment.kind, adjustment.old),
        "new": encode_change(adjustment.kind, adjustment.new),
        "note": adjustment.note,
        "created_at": utc_now(),
    }
