"""The invariants every door enforces: a form, a command argument, an imported or restored file.

Each check either passes or raises :class:`DomainError` with a message key, so the
wizard, ``smart-tui log`` and ``smart-tui import`` refuse the same value with the same
sentence. The ``normalize_*`` functions also clean text (control characters out) and
return nothing: they change the object in place.
"""

from __future__ import annotations

import math
from datetime import date

from .limits import DATE_MAX, DATE_MIN, MULTILINE, TEXT_LIMITS, VALUE_LIMIT
from .models import (
    Adjustment,
    Checkpoint,
    Direction,
    DomainError,
    Goal,
    GoalStatus,
    Priority,
    Profile,
    Snapshot,
    Unit,
    rating_scale,
)
from .numbers import NumberRangeError
from .text import clean_text

CLOSED = (GoalStatus.ACHIEVED, GoalStatus.ABANDONED)


def check_text(field: str, text: str) -> str:
    """``text`` cleaned for ``field`` (a key of :data:`TEXT_LIMITS`), or an error if too long."""
    cleaned = clean_text(text, multiline=field in MULTILINE).strip()
    limit = TEXT_LIMITS[field]
    if len(cleaned) > limit:
        raise DomainError("error.text_too_long", length=len(cleaned), limit=limit)
    return cleaned


def check_day(day: date) -> None:
    if not DATE_MIN <= day <= DATE_MAX:
        raise DomainError("error.date_range", text=day.isoformat(), first=DATE_MIN, last=DATE_MAX)


def check_number(value: float) -> None:
    """Finite and within :data:`VALUE_LIMIT` either way (the refusal of the number parser)."""
    if not math.isfinite(value) or abs(value) > VALUE_LIMIT:
        raise NumberRangeError(f"{value:g}")


def check_unit_value(unit: Unit | None, value: float, scale: int | None = None) -> None:
    """The unit's range: a percentage 0–100, a rating 0–its scale, counts and money ≥ 0."""
    check_number(value)
    if unit == Unit.PERCENT and not 0 <= value <= 100:
        raise DomainError("error.checkpoint_percent", value=value)
    if unit == Unit.RATING:
        scale = scale or rating_scale(value)
        if not 0 <= value <= scale:
            raise DomainError("error.checkpoint_rating", value=value, scale=scale)
    if unit in (Unit.COUNT, Unit.CURRENCY) and value < 0:
        raise DomainError("error.checkpoint_negative", value=value)


def goal_scale(goal: Goal) -> int:
    """The scale of a rating goal, from its baseline and target."""
    return rating_scale(max(goal.target or 0, goal.baseline or 0))


def check_resource(value: float | None) -> None:
    """A budget per month or hours per week: a number, never below zero (``None``: not said)."""
    if value is not None:
        check_number(value)
        if value < 0:
            raise DomainError("error.resource_negative", value=value)


def normalize_profile(profile: Profile) -> None:
    profile.name = check_text("profile.name", profile.name)
    check_resource(profile.hours_per_week)
    check_resource(profile.budget_per_month)


def normalize_priority(priority: Priority) -> None:
    priority.title = check_text("priority.title", priority.title)
    priority.problem = check_text("priority.problem", priority.problem)
    if not priority.title:
        raise DomainError("error.required")


def normalize_goal(goal: Goal) -> None:
    """Every field of ``goal`` within bounds (its checkpoints are checked one by one)."""
    for name in ("intent", "statement", "kpi", "source", "resources", "rationale"):
        setattr(goal, name, check_text(f"goal.{name}", getattr(goal, name)))
    scale = goal_scale(goal) if goal.unit == Unit.RATING else None
    for value in (goal.baseline, goal.target):
        if value is not None:
            check_unit_value(goal.unit, value, scale)
    check_resource(goal.budget_per_month)
    check_resource(goal.hours_per_week)
    for day in (goal.start, goal.deadline):
        if day is not None:
            check_day(day)
    if goal.start is not None and goal.deadline is not None and goal.deadline <= goal.start:
        raise DomainError("error.deadline_before_start")


def normalize_checkpoint(goal: Goal, checkpoint: Checkpoint) -> None:
    """The value fits the goal's unit, the date is in range and not before the goal's start."""
    check_day(checkpoint.date)
    if goal.start is not None and checkpoint.date < goal.start:
        raise DomainError("error.checkpoint_before_start", date=checkpoint.date,
                          start=goal.start)
    scale = goal_scale(goal) if goal.unit == Unit.RATING else None
    check_unit_value(goal.unit, checkpoint.value, scale)
    checkpoint.note = check_text("checkpoint.note", checkpoint.note)


def normalize_adjustment(adjustment: Adjustment) -> None:
    check_day(adjustment.date)
    adjustment.note = check_text("adjustment.note", adjustment.note)


def measurable(goal: Goal) -> bool:
    """Whether a measure means something for ``goal``: it names its KPI and its target (the
    two the Measurable criterion fails without). A checkpoint on a goal without them would
    be stored and never shown against anything."""
    return bool(goal.kpi.strip()) and goal.target is not None


def log_refusal(goal: Goal) -> DomainError | None:
    """Why ``goal`` takes no new checkpoint, whatever its value: it is closed (achieved,
    missed, abandoned), or it cannot be measured yet. ``None`` when it takes one. The screens
    ask before opening the form, so the refusal comes before any typing."""
    if goal.status in CLOSED:
        return DomainError("error.goal_closed", status=goal.status.value)
    if not measurable(goal):
        return DomainError("error.not_measurable")
    return None


def check_new_checkpoint(goal: Goal, checkpoint: Checkpoint, today: date) -> None:
    """What a *new* measure must also respect: not in the future, not on a closed goal, on
    a goal that can be measured. A backup's checkpoints are restored without the last two
    rules (``check_snapshot``): an older file may hold them, and nothing is lost."""
    refusal = log_refusal(goal)
    if refusal is not None:
        raise refusal
    if checkpoint.date > today:
        raise DomainError("error.checkpoint_future", date=checkpoint.date)
    normalize_checkpoint(goal, checkpoint)


def check_raise(goal: Goal, target: float) -> None:
    """Aim higher: further in the goal's direction than the current target."""
    check_unit_value(goal.unit, target, goal_scale(goal) if goal.unit == Unit.RATING else None)
    current = goal.target
    if current is None:
        return
    further = target > current if goal.direction == Direction.INCREASE else target < current
    if not further:
        key = "error.raise_not_higher" if goal.direction == Direction.INCREASE \
            else "error.raise_not_lower"
        raise DomainError(key, target=target, current=current)


def check_extend(goal: Goal, deadline: date) -> None:
    """Extend the deadline: a later date than the current one (and after the start)."""
    check_day(deadline)
    if goal.deadline is not None and deadline <= goal.deadline:
        raise DomainError("error.extend_not_later", deadline=goal.deadline)
    if goal.start is not None and deadline <= goal.start:
        raise DomainError("error.deadline_before_start")


def check_activation(failing: list[str]) -> None:
    """Draft → active only when no SMART criterion fails (``failing``: their names)."""
    if failing:
        raise DomainError("error.not_smart", criteria=failing)


class DocumentError(DomainError):
    def __init__(self, where: str, problem: str, **params: object) -> None:
        super().__init__("error.import_invalid", where=where)
        self.where = where
        self.problem = problem
        self.problem_params = params


# -- a whole document (import, restore): every field through the same checks -----

def _at(where: str, exc: DomainError) -> DocumentError:
    return DocumentError(where, exc.key, **exc.params)


def _one_per_date(goal: Goal) -> int:
    """Keep the last checkpoint of each date (the rule of ``log``); return how many went."""
    by_date: dict[date, Checkpoint] = {}
    for checkpoint in goal.checkpoints:
        by_date[checkpoint.date] = checkpoint
    merged = len(goal.checkpoints) - len(by_date)
    goal.checkpoints = sorted(by_date.values(), key=lambda c: c.date)
    return merged


def check_snapshot(snapshot: Snapshot, today: date) -> int:
    """Every field of a document through the invariants of the forms and ``log``.

    Imported goals keep their status (an export must round-trip). Raises
    :class:`DocumentError` naming the first faulty place; returns how many same-date
    checkpoints were merged."""
    try:
        normalize_profile(snapshot.profile)
    except DomainError as exc:
        raise _at("profile", exc) from None
    for i, priority in enumerate(snapshot.priorities):
        try:
            normalize_priority(priority)
        except DomainError as exc:
            raise _at(f"priorities[{i}]", exc) from None
    merged = 0
    for i, goal in enumerate(snapshot.goals):
        try:
            normalize_goal(goal)
        except DomainError as exc:
            raise _at(f"goals[{i}]", exc) from None
        for j, checkpoint in enumerate(goal.checkpoints):
            where = f"goals[{i}].checkpoints[{j}]"
            try:
                if checkpoint.date > today:
                    raise DomainError("error.checkpoint_future", date=checkpoint.date)
                normalize_checkpoint(goal, checkpoint)
            except DomainError as exc:
                raise _at(where, exc) from None
        for j, adjustment in enumerate(goal.adjustments):
            try:
                normalize_adjustment(adjustment)
            except DomainError as exc:
                raise _at(f"goals[{i}].adjustments[{j}]", exc) from None
        merged += _one_per_date(goal)
    return merged
