"""The choices last used to import a goal's measures from an export file (one row a goal)."""

from __future__ import annotations

import sqlite3

from .rows import utc_now

Row = tuple[str, str | None, str | None, str, str | None, int, str | None]


def load(conn: sqlite3.Connection, goal_id: int) -> Row | None:
    """(path, value column, date column, period, aggregate, partial, sheet) or None."""
    found = conn.execute(
        "SELECT path, value_column, date_column, period, aggregate, partial, sheet "
        "FROM measure_imports WHERE goal_id = ?", [goal_id]).fetchone()
    return tuple(found) if found else None  # type: ignore[return-value]


def save(conn: sqlite3.Connection, goal_id: int, row: Row) -> None:
    """Remember ``row`` for ``goal_id`` (inside the caller's transaction)."""
    conn.execute(
        "INSERT OR REPLACE INTO measure_imports (goal_id, path, value_column, date_column, "
        "period, aggregate, partial, sheet, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [goal_id, *row, utc_now()])
