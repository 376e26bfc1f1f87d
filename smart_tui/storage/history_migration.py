"""Schema step: the adjustment history keeps typed values (JSON) and a ``decision`` kind.

Schema v1 kept old/new as language-neutral strings (``budget_per_month=None,
hours_per_week=1``, ``2026-11-27: 4.15``) and the review's "keep course" as kind
``other``. This step rewrites every row as JSON (see ``domain/history.py``) and widens
the ``kind`` CHECK constraint, which SQLite can only do by rebuilding the table: a copy
with the new constraint gets every row (same ids), the old table is dropped, the copy
renamed, and the indexes and triggers on the table are created again. It runs inside the
migration's ``BEGIN IMMEDIATE``: all of it lands or none of it does.
"""

from __future__ import annotations

import re
import sqlite3

from smart_tui.domain.history import ChangeError, decode_legacy, encode_change
from smart_tui.domain.models import AdjustmentKind

# Frozen like every released step; a later new kind needs a step of its own.
TYPED_ADJUSTMENT_KINDS = (
    "actions", "target", "deadline", "status", "checkpoint", "decision", "other",
)


def _kind_check() -> str:
    listed = ", ".join(f"'{v}'" for v in TYPED_ADJUSTMENT_KINDS)
    return f"kind IN ({listed})"


def _rebuilt_table_sql(sql: str) -> str:
    """The table's own ``CREATE TABLE`` under a temporary name, with the wider CHECK."""
    sql, renamed = re.subn(r'^CREATE TABLE\s+"?adjustments"?', "CREATE TABLE adjustments_typed",
                           sql, count=1)
    sql, checked = re.subn(r"kind IN \([^)]*\)", _kind_check(), sql, count=1)
    if not (renamed and checked):
        raise sqlite3.DatabaseError("adjustments table of an unexpected shape")
    return sql


def convert(kind: str, old: str | None, new: str | None) -> tuple[str, str | None, str | None]:
    """One legacy row's ``(kind, old, new)`` as stored from now on.

    A value that does not fit its kind (hand-edited data) is kept word for word as a
    free note (kind ``other``) rather than lost or blocking the upgrade.
    """
    try:
        typed_kind, old_value, new_value = decode_legacy(AdjustmentKind(kind), old, new)
    except (ChangeError, ValueError):
        other = AdjustmentKind.OTHER
        return other.value, encode_change(other, old), encode_change(other, new)
    return (typed_kind.value, encode_change(typed_kind, old_value),
            encode_change(typed_kind, new_value))


def typed_history(db: sqlite3.Connection) -> None:
    table_sql = db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'adjustments'"
    ).fetchone()[0]
    extras = [sql for (sql,) in db.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = 'adjustments' "
        "AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name")]
    db.execute(_rebuilt_table_sql(table_sql))
    db.execute("INSERT INTO adjustments_typed SELECT * FROM adjustments")
    rows = db.execute("SELECT id, kind, old, new FROM adjustments").fetchall()
    db.executemany(
        "UPDATE adjustments_typed SET kind = ?, old = ?, new = ? WHERE id = ?",
        [(*convert(kind, old, new), row_id) for row_id, kind, old, new in rows],
    )
    db.execute("DROP TABLE adjustments")
    db.execute("ALTER TABLE adjustments_typed RENAME TO adjustments")
    for sql in extras:
        db.execute(sql)
    # No foreign_key_check here: the references are the ones the table had, and a row that
    # already pointed nowhere is the user's data, not a reason to refuse the upgrade.
