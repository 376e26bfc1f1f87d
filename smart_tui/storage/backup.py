"""Backups with ``VACUUM INTO`` (a plain file copy would miss what is still in the WAL).

Beside the database, in ``backups/``, each name starting with the database's own name:

- ``smart-tui-daily-YYYY-MM-DD.db`` on the first write of each day; the 7 latest are kept,
  plus the newest of each of the 4 latest weeks before them;
- ``smart-tui-pre-migration-vN-….db`` before a schema upgrade, ``smart-tui-manual-….db`` from
  ``smart-tui backup``, ``smart-tui-pre-restore-….db`` before a restore (never pruned).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sqlite3
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path

from smart_tui.safefiles import file_mode, partial_path, publish, remove_quietly

KEEP_DAILY = 7
KEEP_WEEKLY = 4
# What smart-tui names its backups, after the database's own name; ``-2``… when a name is taken.
_KINDS = (r"(?:daily-(?P<day>\d{4}-\d{2}-\d{2})"
          r"|(?:manual|pre-restore|pre-migration-v\d+)-\d{8}-\d{6}(?:-\d+)?)")


def backup_name(db_path: Path) -> re.Pattern[str]:
    """The exact names of this database's backups (``clientA-2025-…`` is not ``clientA``'s)."""
    return re.compile(re.escape(Path(db_path).stem) + "-" + _KINDS + r"\.db")


def backup_dir(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


def daily_path(db_path: Path, day: date) -> Path:
    return backup_dir(db_path) / f"{Path(db_path).stem}-daily-{day.isoformat()}.db"


def stamped_path(db_path: Path, kind: str, now: datetime) -> Path:
    """``backups/smart-tui-manual-20261127-093000.db`` (kind: manual, pre-migration-v2…)."""
    return backup_dir(db_path) / f"{Path(db_path).stem}-{kind}-{now.strftime('%Y%m%d-%H%M%S')}.db"


def _source_mode(conn: sqlite3.Connection) -> int:
    for _, name, filename in conn.execute("PRAGMA database_list"):
        if name == "main" and filename:
            return (file_mode(filename) or 0o600) & 0o666
    return 0o600


def vacuum_into(conn: sqlite3.Connection, target: Path, keep_existing: bool = False) -> Path:
    """A consistent copy of the database behind ``conn``; returns where it went.

    Written to a temporary file beside ``target`` created with the database's own mode (a
    copy is never more readable than its original), then given ``target``'s name — or
    ``target-2``… when that is taken, since a backup never overwrites a file. With
    ``keep_existing`` a taken name means the copy is already there: it is dropped.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = partial_path(target)
    remove_quietly(partial)
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, _source_mode(conn))
    os.close(fd)
    try:
        try:
            name = str(partial).encode("utf-8").decode("utf-8")
        except UnicodeEncodeError:  # SQLite takes UTF-8 names only; this one holds other bytes
            raise OSError(errno.EILSEQ, "file name is not UTF-8", str(partial)) from None
        conn.execute("VACUUM INTO ?", [name])
        if keep_existing and target.exists():
            remove_quietly(partial)
            return target
        return publish(partial, target)
    except BaseException:
        remove_quietly(partial)
        raise


def days_to_keep(days: Iterable[date]) -> set[date]:
    """The 7 latest daily backups, plus the newest of each of the 4 latest weeks before them."""
    ordered = sorted(set(days), reverse=True)
    keep = set(ordered[:KEEP_DAILY])
    weeks: dict[tuple[int, int], date] = {}
    for day in ordered[KEEP_DAILY:]:
        weeks.setdefault(day.isocalendar()[:2], day)  # newest first, so the first one wins
    keep.update(sorted(weeks.values(), reverse=True)[:KEEP_WEEKLY])
    return keep


def prune(db_path: Path) -> list[Path]:
    """Delete the daily backups that :func:`days_to_keep` lets go; return what was deleted."""
    folder = backup_dir(db_path)
    pattern = backup_name(db_path)
    found = {}
    for path in folder.glob(f"{Path(db_path).stem}-daily-*.db"):
        match = pattern.fullmatch(path.name)
        if match and match["day"]:
            try:
                found[date.fromisoformat(match["day"])] = path
            except ValueError:  # daily-2026-02-30: not ours to judge, left alone
                continue
    keep = days_to_keep(found)
    removed = []
    for day, path in found.items():
        if day not in keep:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                removed.append(path)
    return removed


def latest_backup(db_path: Path) -> Path | None:
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return None
    pattern = backup_name(db_path)
    dated = []
    for path in folder.glob(f"{Path(db_path).stem}-*.db"):
        if pattern.fullmatch(path.name):
            with contextlib.suppress(OSError):
                if path.is_file() and path.stat().st_size > 0:
                    dated.append((path.stat().st_mtime, path))
    return max(dated, default=(0.0, None))[1]
