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

from smart_tui.domain.checkpoints import check_checkpoint
from smart_tui.domain.models import Adjustment, AdjustmentKind, Checkpoint, DomainError, Goal
from smart_tui.domain.trajectory import Point, Trajectory, compute
from smart_tui.measures import Aggregate, Choices, Period, Plan
from smart_tui.storage import Store
from smart_tui.storage.rows import adjustment_row, checkpoint_row, to_checkpoint, utc_now
from smart_tui.storage.store import checkpoint_text

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


def remembered(store: Store, goal_id: int) -> Remembered | None:
    """The path and choices of the goal's last import, if any."""
    row = store.conn.execute(
        "SELECT path, value_column, date_column, period, aggregate, partial, sheet "
        "FROM measure_imports WHERE goal_id = ?", [goal_id]).fetchone()
    if row is None:
        return None
    path, column, date_column, period, aggregate, partial, sheet = row
    return Remembered(path, Choices(column, date_column, Period(period),
                                    Aggregate(aggregate) if aggregate else None,
                                    bool(partial), sheet))


def choices_for(store: Store, goal_id: int, *, column: str | None = None,
                date_column: str | None = None, period: Period | None = None,
                aggregate: Aggregate | None = None, partial: bool | None = None,
                sheet: str | None = None) -> Choices:
    """What was given, completed by what the goal remembers, then by the defaults."""
    memory = remembered(store, goal_id)
    last = memory.choices if memory else Choices()
    return Choices(
        column=column or last.column,
        date_column=date_column or last.date_column,
        period=period or last.period,
        aggregate=aggregate or last.aggregate,
        partial=last.partial if partial is None else partial,
        sheet=sheet or last.sheet,
    )


def _goal(store: Store, goal_id: int) -> Goal:
    goal = store.goal(goal_id)
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
        try:
            check_checkpoint(goal, point.day, point.value, today)
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


def preview_measures(store: Store, goal_id: int, plan: Plan, today: date) -> MeasureImportResult:
    """What :func:`import_measures` would do, without writing anything."""
    goal = _goal(store, goal_id)
    proposed, skipped = _classify(goal, plan, goal.checkpoints, today)
    return MeasureImportResult(goal, plan, proposed, skipped,
                               compute(goal, _points(goal.checkpoints), today),
                               _after(goal, goal.checkpoints, proposed, today), False)


def import_measures(store: Store, goal_id: int, plan: Plan, today: date) -> MeasureImportResult:
    """Write the plan's checkpoints for ``goal_id`` in one transaction and remember the choices."""
    with store.transaction() as db:
        goal = _goal(store, goal_id)
        existing = goal.checkpoints
        proposed, skipped = _classify(goal, plan, existing, today)
        note = plan.path.name[:200]
        for item in proposed:
            if item.status == UNCHANGED:
                continue
            new = Checkpoint(item.day, item.value, note=note)
            old = [c for c in existing if c.date == item.day]
            if not old:
                db.table("checkpoints").insert(checkpoint_row(goal_id, new))
                continue
            keep, *extra = sorted(old, key=lambda c: c.id or 0, reverse=True)
            row = checkpoint_row(goal_id, new)
            row.pop("created_at")
            db.table("checkpoints").update(keep.id or 0, row)
            for duplicate in extra:
                db.table("checkpoints").delete(duplicate.id or 0)
            for was in (keep, *extra):
                db.table("adjustments").insert(adjustment_row(goal_id, Adjustment(
                    today, AdjustmentKind.CHECKPOINT, checkpoint_text(was),
                    checkpoint_text(new) if was is keep else None, note)))
        _remember(store, goal_id, plan)
        after = compute(goal, _points(to_checkpoint(r) for r in _rows(store, goal_id)), today)
    return MeasureImportResult(goal, plan, proposed, skipped,
                               compute(goal, _points(existing), today), after, True)


def _points(checkpoints: Iterable[Checkpoint]) -> list[Point]:
    return [Point(c.date, c.value) for c in checkpoints]


def _rows(store: Store, goal_id: int) -> list[dict[str, object]]:
    cursor = store.conn.execute("SELECT * FROM checkpoints WHERE goal_id = ? ORDER BY date, id",
                                [goal_id])
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, values)) for values in cursor]


def _remember(store: Store, goal_id: int, plan: Plan) -> None:
    c = plan.choices
    store.conn.execute(
        "INSERT OR REPLACE INTO measure_imports (goal_id, path, value_column, date_column, "
        "period, aggregate, partial, sheet, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [goal_id, str(Path(plan.path)), c.column, c.date_column, c.period.value,
         c.aggregate.value if c.aggregate else None, int(c.partial), c.sheet, utc_now()])
