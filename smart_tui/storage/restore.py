"""Replace the database with a backup — after checking the backup and keeping the current one."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from .backup import stamped_path, vacuum_into
from .db import DatabaseError, check_file

SIDE_FILES = ("-wal", "-shm")


def _is_smart_tui(path: Path) -> bool:
    uri = path.resolve().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    return {"priorities", "goals", "checkpoints"} <= names


def restore(source: Path, target: Path) -> Path | None:
    """Put a copy of ``source`` in place of ``target``; return where the old database went.

    ``source`` must pass the same checks as at open (a database, intact, a schema this
    version knows) and hold smart-tui's tables, else :class:`DatabaseError` and nothing
    changes. A readable current database is copied to ``backups/…-pre-restore-….db``; one
    that cannot be read is moved there as ``…-damaged-….db`` — never deleted.
    """
    source, target = Path(source), Path(target)
    if not source.is_file():
        raise DatabaseError("error.restore_missing", source)
    check_file(source)
    if not _is_smart_tui(source):
        raise DatabaseError("error.restore_not_smart_tui", source)
    now = datetime.now()
    kept: Path | None = None
    if target.exists():
        try:
            check_file(target)
            conn = sqlite3.connect(str(target))
            try:
                kept = vacuum_into(conn, stamped_path(target, "pre-restore", now))
            finally:
                conn.close()
        except DatabaseError:
            kept = stamped_path(target, "damaged", now)
            kept.parent.mkdir(parents=True, exist_ok=True)
            for suffix in ("", *SIDE_FILES):
                side = target.with_name(target.name + suffix)
                if side.exists():
                    side.replace(kept.with_name(kept.name + suffix))
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".restoring")
    shutil.copyfile(source, partial)
    with open(partial, "rb+") as handle:
        os.fsync(handle.fileno())
    for suffix in SIDE_FILES:  # they belonged to the old file
        with contextlib.suppress(FileNotFoundError):
            target.with_name(target.name + suffix).unlink()
    partial.replace(target)
    return kept
