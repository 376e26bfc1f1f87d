"""Restore: the backup's content goes *into* the database through SQLite's backup API.

Files are never swapped: an app that has the database open keeps the same file and sees
the restored data at its next read, and its later writes land in it. Before anything is
touched the backup is read through SQLite (its ``-wal`` included), its schema compared
column by column, every row read back and validated as ``import`` validates a document.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from smart_tui.safefiles import file_mode, is_sqlite_file, kind_of, publish, starts_like_json

from .backup import stamped_path, vacuum_into
from .db import BUSY_TIMEOUT_MS, DatabaseError, _inspect, open_database, prepare_location
from .identify import Kind, classify, read_only_uri
from .migrations import SCHEMA_VERSION, migrate, user_version

SIDE_FILES = ("-wal", "-shm")
DAMAGED = ("error.db_corrupt", "error.db_not_database")


def _source_uri(source: Path) -> str:
    """Read-only, and through the ``-wal`` when there is one (its commits are part of it)."""
    resolved = source.resolve()
    if resolved.with_name(resolved.name + "-wal").exists():
        return resolved.as_uri() + "?mode=ro"
    return read_only_uri(resolved)


def load_source(source: Path) -> sqlite3.Connection:
    """The backup as an in-memory database at the current schema, fully checked.

    Raises :class:`DatabaseError` for a missing file, a file that is not a smart-tui
    database (tables and columns), a damaged one, or one holding a row ``import`` refuses.
    """
    kind = kind_of(source)
    if kind is None:
        raise DatabaseError("error.restore_missing", source)
    if kind == "file" and starts_like_json(source):  # an export: `import` reads it
        raise DatabaseError("error.restore_is_json", source)
    if kind != "file" or not is_sqlite_file(source):  # a folder, a pipe: never opened
        raise DatabaseError("error.restore_not_database", source)
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        try:
            src = sqlite3.connect(_source_uri(source), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
            try:
                if [r[0] for r in src.execute("PRAGMA quick_check")] != ["ok"]:
                    raise DatabaseError("error.restore_not_database", source)
                found, version = classify(src)
                if found == Kind.NEWER:
                    raise DatabaseError("error.db_newer", source, found=version,
                                        known=SCHEMA_VERSION)
                if found != Kind.SMART_TUI:
                    raise DatabaseError("error.restore_not_smart_tui", source)
                src.backup(memory)
            finally:
                src.close()
            migrate(memory)
        except sqlite3.Error as exc:
            raise DatabaseError("error.restore_not_database", source) from exc
        validate(memory, source)
    except BaseException:
        memory.close()
        raise
    return memory


def validate(conn: sqlite3.Connection, source: Path) -> None:
    """Every row read back as the app reads it, then checked by the importer's rules."""
    from datetime import date

    from smart_tui.domain.invariants import check_snapshot
    from smart_tui.interchange import DocumentError, build_document, parse_document

    from .rows import BadRowError
    from .store import Store

    if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
        raise DatabaseError("error.restore_invalid", source, where="", problem="invalid.reference",
                            problem_params={"ref": "?"})
    try:
        snapshot = Store(conn, backups=False).snapshot()
        check_snapshot(parse_document(build_document(snapshot)), date.today())
    except DocumentError as exc:
        raise DatabaseError("error.restore_invalid", source, where=exc.where,
                            problem=exc.problem, problem_params=exc.problem_params) from exc
    except BadRowError as exc:
        where = f"{exc.params['table']} {exc.params['row']}.{exc.params['field']}"
        raise DatabaseError("error.restore_unreadable", source, detail=where) from exc
    except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as exc:
        raise DatabaseError("error.restore_unreadable", source,
                            detail=str(exc)[:200]) from exc


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def move_aside(target: Path, now: datetime) -> Path:
    """Move an unreadable database (and its side files) to ``backups/…-damaged-….db``."""
    kept = stamped_path(target, "damaged", now)
    kept.parent.mkdir(parents=True, exist_ok=True)
    kept = publish(target, kept)
    for suffix in SIDE_FILES:
        side = target.with_name(target.name + suffix)
        if side.exists():
            publish(side, kept.with_name(kept.name + suffix))
    return kept


def copy_into(memory: sqlite3.Connection, live: sqlite3.Connection) -> None:
    """Replace ``live``'s content with ``memory``'s in one step under SQLite's write lock."""
    size = int(live.execute("PRAGMA page_size").fetchone()[0])
    if memory.execute("PRAGMA page_size").fetchone()[0] != size:
        # A WAL database only takes pages of its own size: rebuild the copy with that size.
        resized = sqlite3.connect(":memory:", isolation_level=None)
        try:
            resized.execute(f"PRAGMA page_size = {size}")
            resized.executescript("\n".join(memory.iterdump()))
            resized.execute(f"PRAGMA user_version = {user_version(memory)}")
            resized.backup(live)
        finally:
            resized.close()
        return
    memory.backup(live)


def restore(source: Path, target: Path) -> Path | None:
    """Put the content of ``source`` into the database ``target``; return the copy kept.

    Nothing is touched until ``source`` passed every check. A readable current database
    is first copied to ``backups/…-pre-restore-….db``; one that cannot be read is moved
    there as ``…-damaged-….db``. Another program's file, a newer schema, a locked or
    read-only database are refused as at open, and left as they are.
    """
    source, target = Path(source), Path(target)
    if target.exists() and _same_file(source, target):
        raise DatabaseError("error.restore_same_file", source)
    memory = load_source(source)
    try:
        prepare_location(target)
        kept: Path | None = None
        mode: int | None = None
        now = datetime.now()
        had_data = target.exists() and target.stat().st_size > 0
        if had_data:
            try:
                _inspect(target, backup_before_migration=False)
            except DatabaseError as exc:
                if exc.key not in DAMAGED:
                    raise
                mode = file_mode(target)
                kept = move_aside(target, now)
        live = open_database(target)
        try:
            if mode is not None:
                os.chmod(target, mode)
            if kept is None and had_data:
                kept = vacuum_into(live, stamped_path(target, "pre-restore", now))
            copy_into(memory, live)
        except (OSError, sqlite3.Error) as exc:  # a full disk, a lock held too long…
            raise DatabaseError("error.db_write", target, detail=str(exc)) from exc
        finally:
            live.close()
    finally:
        memory.close()
    return kept
