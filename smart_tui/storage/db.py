"""Opening a database safely: check first (read-only), refuse what we cannot use, then migrate.

A file that is not a SQLite database, fails ``PRAGMA quick_check`` or carries a
newer schema than this version knows is never modified: it is inspected through a
read-only connection and refused before any write (setting WAL mode is a write).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from .migrations import SCHEMA_VERSION, migrate

BUSY_TIMEOUT_MS = 5000


class DatabaseError(Exception):
    """The database cannot be used. ``key``/``params`` name a translatable message; exit code 3."""

    exit_code = 3

    def __init__(self, key: str, path: Path | str, **params: object) -> None:
        super().__init__(f"{key}: {path}")
        self.key = key
        self.params = {"path": str(path), **params}


def _inspect(path: Path) -> None:
    """Read-only checks of an existing file: a database, intact, of a schema we know."""
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise DatabaseError("error.db_open", path, detail=str(exc)) from exc
    try:
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            rows = conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise DatabaseError("error.db_locked", path) from exc
            if "malformed" in str(exc):
                raise DatabaseError("error.db_corrupt", path, detail=str(exc)) from exc
            raise DatabaseError("error.db_not_database", path) from exc
        if [r[0] for r in rows] != ["ok"]:
            detail = "; ".join(str(r[0]) for r in rows[:3])
            raise DatabaseError("error.db_corrupt", path, detail=detail)
        if version > SCHEMA_VERSION:
            raise DatabaseError("error.db_newer", path, found=version, known=SCHEMA_VERSION)
    finally:
        conn.close()


def connect(path: Path | str) -> Database:
    """A connection in autocommit mode: transactions are explicit (``BEGIN IMMEDIATE``)."""
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    db = Database(conn, execute_plugins=False)
    return db


def open_database(path: Path | str) -> Database:
    """Open (creating it and its folder when missing) and migrate the database at ``path``.

    ``":memory:"`` gives a private in-memory database (tests).
    """
    if str(path) == ":memory:":
        db = connect(":memory:")
        _configure(db, memory=True)
        migrate(db)
        return db
    path = Path(path)
    if path.exists():
        if path.is_dir():
            raise DatabaseError("error.db_open", path, detail="is a directory")
        _inspect(path)
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError("error.db_open", path, detail=exc.strerror or str(exc)) from exc
    try:
        db = connect(path)
        _configure(db)
        migrate(db)
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseError("error.db_locked", path) from exc
        raise DatabaseError("error.db_open", path, detail=str(exc)) from exc
    return db


def _configure(db: Database, memory: bool = False) -> None:
    if not memory:
        db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
