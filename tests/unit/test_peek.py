"""The read-only look the dashboard takes while its worker checks the file: it reads an
up-to-date smart-tui database, refuses everything else, and never writes."""

from __future__ import annotations

import sqlite3

import pytest

from smart_tui.services import Workspace
from smart_tui.storage import open_peek
from tests.helpers import sha256


def test_an_up_to_date_file_is_read_and_never_written(shop):
    before = sha256(shop)
    listing = sorted(p.name for p in shop.parent.iterdir())
    conn = open_peek(shop)
    assert conn is not None
    assert conn.execute("SELECT count(*) FROM goals").fetchone()[0] == 7  # the example's
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("DELETE FROM goals")
    conn.close()
    assert sha256(shop) == before
    assert sorted(p.name for p in shop.parent.iterdir()) == listing  # no -wal, no -shm left


def test_anything_else_gets_no_look(shop, tmp_path):
    foreign = tmp_path / "other.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.close()
    older = tmp_path / "older.db"
    older.write_bytes(shop.read_bytes())
    with sqlite3.connect(older) as conn:
        conn.execute("PRAGMA user_version = 3")
    conn.close()
    text = tmp_path / "notes.txt"
    text.write_text("not a database")
    for path in (tmp_path / "missing.db", foreign, older, text, tmp_path):
        assert open_peek(path) is None


def test_the_workspace_looks_only_while_deferred(shop):
    deferred = Workspace.deferred(shop)
    peek = deferred.peek()
    assert peek is not None and peek.store.read_only
    assert [p.title for p in peek.priorities()] == [p.title for p in deferred.priorities()]
    peek.close()
    assert deferred.peek() is None  # opened (and checked) now: read the store itself
    deferred.close()
