"""Schema step 2 (issue 15): a v1 database gains the table of remembered import choices."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from smart_tui.storage import SCHEMA_VERSION, Store
from smart_tui.storage.migrations import user_version

V1 = Path(__file__).resolve().parents[1] / "data" / "schema-v1.db"


def test_a_v1_file_upgrades_keeping_every_row_and_gains_measure_imports(tmp_path):
    path = tmp_path / "smart-tui.db"
    path.write_bytes(V1.read_bytes())
    store = Store.open(path, backups=False)
    try:
        assert user_version(store.conn) == SCHEMA_VERSION >= 2
        assert store.conn.execute("SELECT COUNT(*) FROM goals").fetchone()[0] == 7
        goal_id = store.conn.execute("SELECT MIN(id) FROM goals").fetchone()[0]
        with store.transaction():
            store.conn.execute(
                "INSERT INTO measure_imports (goal_id, path, value_column, period, updated_at) "
                "VALUES (?, 'ga4.csv', 'Sessions', 'month', 'now')", [goal_id])
        with store.transaction():  # a goal deleted takes its remembered choices with it
            store.conn.execute("DELETE FROM checkpoints WHERE goal_id = ?", [goal_id])
            store.conn.execute("DELETE FROM adjustments WHERE goal_id = ?", [goal_id])
            store.conn.execute("DELETE FROM goals WHERE id = ?", [goal_id])
        assert store.conn.execute("SELECT COUNT(*) FROM measure_imports").fetchone()[0] == 0
    finally:
        store.close()


def test_a_bad_period_is_refused_by_the_schema(store):
    store.conn.execute("INSERT INTO goals (lever, status, direction, created_at, updated_at) "
                       "VALUES ('seo', 'draft', 'increase', 'now', 'now')")
    try:
        store.conn.execute("INSERT INTO measure_imports (goal_id, period, updated_at) "
                           "VALUES (1, 'year', 'now')")
    except sqlite3.IntegrityError:
        return
    raise AssertionError("a period outside day/week/month was stored")
