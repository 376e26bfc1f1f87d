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
import re
import sqlite3
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path

KEEP_DAILY = 7
KEEP_WEEKLY = 4
_DAILY = re.compile(r".+-daily-(\d{4}-\d{2}-\d{2})\.db")


def backup_dir(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


def daily_path(db_path: Path, day: date) -> Path:
    return backup_dir(db_path) / f"{Path(db_path).stem}-daily-{day.isoformat()}.db"


def stamped_path(db_path: Path, kind: str, now: datetime) -> Path:
    """``backups/smart-tui-manual-20261127-093000.db`` (kind: manual, pre-migration-v2…)."""
    return backup_dir(db_path) / f"{Path(db_path).stem}-{kind}-{now.strftime('%Y%m%d-%H%M%S')}.db"


def vacuum_into(conn: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy of the database behind ``conn``, written to a temp file then renamed."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    try:
        name = str(partial).encode("utf-8").decode("utf-8")
    except UnicodeEncodeError:  # SQLite takes UTF-8 names only; this one holds other bytes
        raise OSError(errno.EILSEQ, "file name is not UTF-8", str(partial)) from None
    conn.execute("VACUUM INTO ?", [name])
    partial.replace(target)
    return target


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
    found = {}
    for path in folder.glob(f"{Path(db_path).stem}-daily-*.db"):
        match = _DAILY.fullmatch(path.name)
        if match:
            found[date.fromisoformat(match[1])] = path
    keep = days_to_keep(found)
    removed = []
    for day, path in found.items():
        if day not in keep:
            path.unlink()
            removed.append(path)
    return removed


def latest_backup(db_path: Path) -> Path | None:
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return None
    candidates = [p for p in folder.glob(f"{Path(db_path).stem}-*.db") if p.is_file()]
    return max(candidates, key=lambda p: p.stat().st_mtime, default=None)
