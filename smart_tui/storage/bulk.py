"""The whole database at once: read for export, write for import (one transaction)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from smart_tui.domain.models import (
    Adjustment,
    Checkpoint,
    PriorityStatus,
    Profile,
    Snapshot,
    check_priority_cap,
)

from . import rows

if TYPE_CHECKING:
    from .store import Store


def read_snapshot(store: Store) -> Snapshot:
    """Everything, for export: priorities by status and position, goals by id."""
    goals = store.goals()
    by_goal_cp: dict[int, list[Checkpoint]] = {}
    found = store.conn.execute(  # tuples, not dicts: there may be a hundred thousand
        "SELECT goal_id, date, value, confidence, note, id FROM checkpoints "
        "ORDER BY goal_id, date, id")
    for goal_id, day, value, confidence, note, checkpoint_id in found:
        try:
            checkpoint = Checkpoint(rows.read_date(day), rows.read_number(value, "value"),  # type: ignore[arg-type]
                                    rows.CONFIDENCE.get(confidence), note, checkpoint_id, goal_id)
        except ValueError as exc:
            raise rows.BadRowError("checkpoints", checkpoint_id, str(exc), store.path) from exc
        by_goal_cp.setdefault(goal_id, []).append(checkpoint)
    by_goal_adj: dict[int, list[Adjustment]] = {}
    for r in store._rows("SELECT * FROM adjustments ORDER BY goal_id, date, id"):
        by_goal_adj.setdefault(r["goal_id"], []).append(rows.to_adjustment(r))
    for goal in goals:
        goal.checkpoints = by_goal_cp.get(goal.id or -1, [])
        goal.adjustments = by_goal_adj.get(goal.id or -1, [])
    return Snapshot(store.profile(), store.priorities(), goals)


def write_snapshot(store: Store, snapshot: Snapshot) -> None:
    """Add a whole document in one transaction; ids in it only link its parts.

    The profile's empty fields are filled from the document; filled ones are kept.
    """
    with store.transaction() as db:
        active = sum(p.status == PriorityStatus.ACTIVE for p in snapshot.priorities)
        check_priority_cap(store.active_priority_count(), active)
        current = store.profile()
        db["profile"].upsert(rows.profile_row(Profile(
            current.name or snapshot.profile.name,
            current.hours_per_week if current.hours_per_week is not None
            else snapshot.profile.hours_per_week,
            current.budget_per_month if current.budget_per_month is not None
            else snapshot.profile.budget_per_month,
        )), pk="id")
        offset = store.conn.execute("SELECT COALESCE(MAX(position) + 1, 0) FROM priorities")
        shift = offset.fetchone()[0]
        new_ids: dict[int | None, int] = {}
        priorities, goals = db["priorities"], db["goals"]  # last_pk lives on the Table
        for priority in snapshot.priorities:
            row = rows.priority_row(priority)
            row.update(position=priority.position + shift, created_at=rows.utc_now())
            priorities.insert(row)
            new_ids[priority.id] = priorities.last_pk
        for goal in snapshot.goals:
            row = rows.goal_row(goal)
            row.update(priority_id=new_ids.get(goal.priority_id), created_at=rows.utc_now())
            goals.insert(row)
            goal_id = goals.last_pk
            db["checkpoints"].insert_all(
                rows.checkpoint_row(goal_id, c) for c in goal.checkpoints
            )
            db["adjustments"].insert_all(
                rows.adjustment_row(goal_id, a) for a in goal.adjustments
            )
