"""Opening a database safely: check first (read-only), refuse what we cannot use, then migrate.

A file that is not a SQLite database, fails ``PRAGMA quick_check`` or carries a
newer schema than this version knows is never modified: it is inspected through a
read-only connection and refused before any write (setting WAL mode is a write).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from .backup import stamped_path, vacuum_into
from .migrations import SCHEMA_VERSION, migrate

BUSY_TIMEOUT_MS = 5000


class DatabaseError(Exception):
    """The database cannot be used. ``key``/``params`` name a translatable message; exit code 3."""

    exit_code = 3

    def __init__(self, key: str, path: Path | str, **params: object) -> None:
        super().__init__(f"{key}: {path}")
        self.key = key
        self.params = {"path": str(path), **params}


def _inspect(path: Path, backup_before_migration: bool = True) -> int:
    """Read-only checks of an existing file: a database, intact, of a schema we know.

    Returns its schema version; an older one is first copied to ``backups/``.
    """
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
        if backup_before_migration and 0 < version < SCHEMA_VERSION:
            target = stamped_path(path, f"pre-migration-v{version}", datetime.now())
            try:
                vacuum_into(conn, target)
            except (OSError, sqlite3.Error) as exc:  # no upgrade without its backup
                raise DatabaseError("error.backup_failed", path, detail=str(exc)) from exc
        return int(version)
    finally:
        conn.close()


def connect(path: Path | str, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> sqlite3.Connection:
    """A connection in autocommit mode: transactions are explicit (``BEGIN IMMEDIATE``)."""
    return sqlite3.connect(str(path), timeout=busy_timeout_ms / 1000, isolation_level=None)


def check_file(path: Path) -> int:
    """Read-only checks of a file someone wants to use (restore): its schema version."""
    return _inspect(path, backup_before_migration=False)


def open_database(
    path: Path | str, busy_timeout_ms: int = BUSY_TIMEOUT_MS
) -> sqlite3.Connection:
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
        db = connect(path, busy_timeout_ms)
        _configure(db, busy_timeout_ms=busy_timeout_ms)
        migrate(db)
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseError("error.db_locked", path) from exc
        raise DatabaseError("error.db_open", path, detail=str(exc)) from exc
    return db


def open_read_only(
    path: Path | str, busy_timeout_ms: int = BUSY_TIMEOUT_MS
) -> sqlite3.Connection:
    """Open an existing, up-to-date database for reading only (``--read-only``).

    SQLite's ``mode=ro`` plus ``query_only``: the file is never created, migrated, backed
    up or written. A database that needs a migration is refused (that would be a write).
    """
    path = Path(path)
    if str(path) == ":memory:" or not path.is_file():
        raise DatabaseError("error.db_read_only_missing", path)
    version = _inspect(path, backup_before_migration=False)
    if version < SCHEMA_VERSION:
        raise DatabaseError("error.db_read_only_old", path, found=version, known=SCHEMA_VERSION)
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        db = sqlite3.connect(uri, uri=True, timeout=busy_timeout_ms / 1000, isolation_level=None)
        db.execute("PRAGMA query_only=ON")
        db.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
    except sqlite3.Error as exc:
        raise DatabaseError("error.db_open", path, detail=str(exc)) from exc
    return db


def _configure(
    db: sqlite3.Connection, memory: bool = False, busy_timeout_ms: int = BUSY_TIMEOUT_MS
) -> None:
    if not memory:
        db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
