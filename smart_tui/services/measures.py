"""Import measures from an export file as a goal's checkpoints: preview, then one transaction.

A checkpoint on a date that already has one replaces it (the same value: left as it is, so
importing the same file twice changes nothing the second time). Dates after today or before
the goal's start, and values the goal's unit refuses, are skipped and reported. The choices
(columns, period, aggregate, sheet, path) are remembered for the goal.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from smart_tui.domain.invariants import check_new_checkpoint
from smart_tui.domain.models import Checkpoint, DomainError, Goal
from smart_tui.domain.trajectory import Point, Trajectory, compute
from smart_tui.measures import Aggregate, Choices, Period, Plan
from smart_tui.storage import measure_choices

from .checkpoints import log_checkpoint
from .overview import trajectory
from .workspace import Workspace

NEW, REPLACED, UNCHANGED = "new", "replaced", "unchanged"


@dataclass(frozen=True)
class Proposed:
    """A checkpoint the import writes (or would write)."""

    day: date
    value: float
    status: str  # NEW, REPLACED or UNCHANGED
    previous: float | None = None
    partial: bool = False


@dataclass(frozen=True)
class Skipped:
    day: date
    value: float
    reason: str  # a message key: error.checkpoint_future, error.checkpoint_before_start, …
    params: dict[str, object] = field(default_factory=dict)


@dataclass
class MeasureImportResult:
    goal: Goal
    plan: Plan
    proposed: list[Proposed]
    skipped: list[Skipped]
    before: Trajectory
    after: Trajectory
    written: bool  # False for a preview

    def count(self, status: str) -> int:
        return sum(1 for p in self.proposed if p.status == status)


@dataclass(frozen=True)
class Remembered:
    path: str
    choices: Choices


def remembered(ws: Workspace, goal_id: int) -> Remembered | None:
    """The path and choices of the goal's last import, if any."""
    row = measure_choices.load(ws.store.conn, goal_id)
    if row is None:
        return None
    path, column, date_column, period, aggregate, partial, sheet = row
    return Remembered(path, Choices(column, date_column, Period(period),
                                    Aggregate(aggregate) if aggregate else None,
                                    bool(partial), sheet))


def choices_for(ws: Workspace, goal_id: int, *, column: str | None = None,
                date_column: str | None = None, period: Period | None = None,
                aggregate: Aggregate | None = None, partial: bool | None = None,
                sheet: str | None = None) -> Choices:
    """What was given, completed by what the goal remembers, then by the defaults."""
    memory = remembered(ws, goal_id)
    last = memory.choices if memory else Choices()
    return Choices(
        column=column or last.column,
        date_column=date_column or last.date_column,
        period=period or last.period,
        aggregate=aggregate or last.aggregate,
        partial=last.partial if partial is None else partial,
        sheet=sheet or last.sheet,
    )


def _goal(ws: Workspace, goal_id: int) -> Goal:
    goal = ws.goal(goal_id)
    if goal is None:
        raise DomainError("error.unknown_goal", goal_id=goal_id)
    return goal


def _classify(goal: Goal, plan: Plan, existing: list[Checkpoint],
              today: date) -> tuple[list[Proposed], list[Skipped]]:
    by_day: dict[date, list[Checkpoint]] = {}
    for checkpoint in existing:
        by_day.setdefault(checkpoint.date, []).append(checkpoint)
    proposed, skipped = [], []
    for point in plan.points:
        try:  # the rule of every door: not in the future, not on a closed goal, the unit's range
            check_new_checkpoint(goal, Checkpoint(point.day, point.value), today)
        except DomainError as exc:
            skipped.append(Skipped(point.day, point.value, exc.key, dict(exc.params)))
            continue
        there = by_day.get(point.day, [])
        if not there:
            proposed.append(Proposed(point.day, point.value, NEW, None, point.partial))
        elif len(there) == 1 and abs(there[0].value - point.value) < 1e-9:
            proposed.append(Proposed(point.day, point.value, UNCHANGED, there[0].value,
                                     point.partial))
        else:
            proposed.append(Proposed(point.day, point.value, REPLACED, there[-1].value,
                                     point.partial))
    return proposed, skipped


def _after(goal: Goal, existing: list[Checkpoint], proposed: list[Proposed],
           today: date) -> Trajectory:
    days = {p.day for p in proposed}
    points = [Point(c.date, c.value) for c in existing if c.date not in days]
    points += [Point(p.day, p.value) for p in proposed]
    return compute(goal, points, today)


def preview_measures(ws: Workspace, goal_id: int, plan: Plan,
                     today: date) -> MeasureImportResult:
    """What :func:`import_measures` would do, without writing anything."""
    goal = _goal(ws, goal_id)
    proposed, skipped = _classify(goal, plan, goal.checkpoints, today)
    return MeasureImportResult(goal, plan, proposed, skipped,
                               compute(goal, _points(goal.checkpoints), today),
                               _after(goal, goal.checkpoints, proposed, today), False)


def import_measures(ws: Workspace, goal_id: int, plan: Plan,
                    today: date) -> MeasureImportResult:
    """Write the plan's checkpoints for ``goal_id`` in one transaction and remember the choices.

    Each goes through :func:`log_checkpoint`, the rule of every door: a date that already
    has a measure has it replaced, and the replaced value goes to the goal's history."""
    with ws.transaction():
        goal = _goal(ws, goal_id)
        existing = goal.checkpoints
        proposed, skipped = _classify(goal, plan, existing, today)
        note = plan.path.name[:200]
        for item in proposed:
            if item.status != UNCHANGED:
                log_checkpoint(ws, goal_id, Checkpoint(item.day, item.value, note=note), today)
        c = plan.choices
        measure_choices.save(ws.store.conn, goal_id, (
            str(Path(plan.path)), c.column, c.date_column, c.period.value,
            c.aggregate.value if c.aggregate else None, int(c.partial), c.sheet))
        after = trajectory(ws, goal, today)
    return MeasureImportResult(goal, plan, proposed, skipped,
                               compute(goal, _points(existing), today), after, True)


def _points(checkpoints: Iterable[Checkpoint]) -> list[Point]:
    return [Point(c.date, c.value) for c in checkpoints]
