"""Deleting a goal, a priority or a checkpoint with everything that hangs from it, and
putting it back.

A deletion returns a :class:`Removed` snapshot of every row it took (ids included); restoring
re-inserts those rows with their ids, so an undo gives back exactly what went. Run both
inside ``Store.transaction()``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlite_utils import Database


@dataclass
class Removed:
    """The rows a deletion took, per table, in the order they must be put back."""

    rows: dict[str, list[dict[str, object]]] = field(default_factory=dict)

    def count(self, table: str) -> int:
        return len(self.rows.get(table, []))


def _children(db: Database) -> list[str]:
    """Tables that hang from a goal (a ``goal_id`` column): checkpoints, history, choices."""
    return [t.name for t in db.tables if t.name != "goals" and "goal_id" in t.columns_dict]


def _select(db: Database, table: str, column: str, ids: list[int]) -> list[dict[str, object]]:
    marks = ",".join("?" * len(ids))
    return [dict(r) for r in db.query(
        f"SELECT * FROM [{table}] WHERE [{column}] IN ({marks})", ids)] if ids else []


def remove_goals(db: Database, goal_ids: list[int], removed: Removed | None = None) -> Removed:
    """Delete the goals and their rows in every child table; what went is returned."""
    removed = removed or Removed()
    removed.rows.setdefault("goals", []).extend(_select(db, "goals", "id", goal_ids))
    for table in _children(db):
        removed.rows.setdefault(table, []).extend(_select(db, table, "goal_id", goal_ids))
    for table in [*_children(db), "goals"]:
        column = "id" if table == "goals" else "goal_id"
        if goal_ids:
            db.execute(f"DELETE FROM [{table}] WHERE [{column}] IN "
                       f"({','.join('?' * len(goal_ids))})", goal_ids)
    return removed


def remove_priority(db: Database, priority_id: int) -> Removed:
    """Delete a priority with its goals (and theirs checkpoints and history)."""
    removed = Removed({"priorities": _select(db, "priorities", "id", [priority_id])})
    goal_ids = [int(r["id"]) for r in db.query(  # type: ignore[call-overload]
        "SELECT id FROM goals WHERE priority_id = ?", [priority_id])]
    remove_goals(db, goal_ids, removed)
    db.execute("DELETE FROM priorities WHERE id = ?", [priority_id])
    return removed


def checkpoint_rows(db: Database, checkpoint_id: int) -> Removed:
    """The row of one checkpoint as it is now (to put it back after deleting it)."""
    return Removed({"checkpoints": _select(db, "checkpoints", "id", [checkpoint_id])})


def restore_removed(db: Database, removed: Removed) -> None:
    """Put back every row of ``removed`` with its id (priorities, then goals, then the rest)."""
    order = ["priorities", "goals"] + [t for t in removed.rows if t not in ("priorities", "goals")]
    for table in order:
        rows = removed.rows.get(table, [])
        if rows:
            db.table(table).insert_all(rows)
