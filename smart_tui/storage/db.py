"""Opening a database safely: check first (read-only), refuse what we cannot use, then migrate.

A file that is not a SQLite database, fails ``PRAGMA quick_check``, belongs to another
program or carries a newer schema than this version knows is never modified: it is
inspected read-only (no ``-wal``/``-shm`` created) and refused before any write (setting WAL
mode is a write). Only an empty file (0 bytes, or SQLite with no table) is initialised.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from smart_tui.safefiles import is_sqlite_file, kind_of, remove_partials

from .backup import backup_dir, backup_name, latest_backup, stamped_path, vacuum_into
from .identify import Kind, classify, read_only_uri
from .migrations import SCHEMA_VERSION, migrate

BUSY_TIMEOUT_MS = 5000


class DatabaseError(Exception):
    """The database cannot be used. ``key``/``params`` name a translatable message; exit code 3."""

    exit_code = 3

    #: A damaged or unreadable file: the message names the latest backup to restore.
    RESTORABLE = ("error.db_not_database", "error.db_corrupt")

    def __init__(self, key: str, path: Path | str, **params: object) -> None:
        super().__init__(f"{key}: {path}")
        self.key = key
        self.params = {"path": str(path), **params}
        self.backup: Path | None = None
        if key in self.RESTORABLE:
            try:
                self.backup = latest_backup(Path(path))
            except OSError:
                self.backup = None


def diagnose(path: Path, exc: BaseException) -> DatabaseError:
    """What is really wrong when SQLite fails on a file: never "damaged" for a healthy one.

    Only a file that SQLite itself calls malformed or not a database is called damaged (and
    gets the restore hint); a read-only place, a full disk or a permission gets its own words.
    """
    text = str(exc).lower()
    folder = path.parent
    if "locked" in text or "busy" in text:
        return DatabaseError("error.db_locked", path)
    if "malformed" in text:
        return DatabaseError("error.db_corrupt", path, detail=str(exc))
    if "not a database" in text or "encrypted" in text:
        return DatabaseError("error.db_not_database", path)
    errno_ = getattr(exc, "errno", None)
    if "full" in text or errno_ == errno.ENOSPC or _disk_full(folder):
        return DatabaseError("error.db_disk_full", path)
    if path.exists() and not os.access(path, os.R_OK):
        return DatabaseError("error.db_permission", path, detail=str(exc))
    if "readonly" in text or "read-only" in text or errno_ in (errno.EROFS, errno.EACCES) \
            or not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return DatabaseError("error.db_read_only", path, folder=folder)
    return DatabaseError("error.db_open", path, detail=str(exc))


def _disk_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < 64 * 1024
    except OSError:
        return False


def _inspect(path: Path, backup_before_migration: bool = True) -> int:
    """Read-only checks of an existing file before any write: ours, intact, a schema we know.

    Returns its schema version (0: empty, to be initialised); an older one is first copied
    to ``backups/``. Another program's database, a damaged file or a newer schema raise
    :class:`DatabaseError` and the file is left byte for byte as it was.
    """
    try:
        if path.stat().st_size == 0:
            return 0
    except OSError as exc:
        raise diagnose(path, exc) from exc
    if not is_sqlite_file(path):
        if not os.access(path, os.R_OK):
            raise DatabaseError("error.db_permission", path, detail="permission denied")
        raise DatabaseError("error.db_not_database", path)
    conn, kind, version = _classify(path)
    try:
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.Error as exc:
            raise diagnose(path, exc) from exc
        if [r[0] for r in rows] != ["ok"]:
            detail = "; ".join(str(r[0]) for r in rows[:3])
            raise DatabaseError("error.db_corrupt", path, detail=detail)
        if backup_before_migration and 0 < version < SCHEMA_VERSION:
            target = stamped_path(path, f"pre-migration-v{version}", datetime.now())
            try:
                vacuum_into(conn, target)
            except (OSError, sqlite3.Error) as exc:  # no upgrade without its backup
                raise DatabaseError("error.backup_failed", path, detail=str(exc)) from exc
        return version
    finally:
        conn.close()


def _classify(path: Path) -> tuple[sqlite3.Connection, Kind, int]:
    """A read-only connection, and what the file is; another program's file is refused here.

    A WAL-mode file nobody has open is first read with ``immutable=1`` (no ``-shm`` created).
    Once it is known to be smart-tui's, it is read again with SQLite's locks, so that a
    command writing at that very moment cannot make it look damaged.
    """
    uri = read_only_uri(path)
    immutable = "immutable=1" in uri
    plain = path.resolve().as_uri() + "?mode=ro"
    conn: sqlite3.Connection | None = None
    try:
        try:
            conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
            kind, version = classify(conn)
        except sqlite3.Error:
            if not immutable:
                raise
            if conn is not None:
                conn.close()
            conn = None
            immutable = False
            conn = sqlite3.connect(plain, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
            kind, version = classify(conn)
        if kind == Kind.NEWER:
            raise DatabaseError("error.db_newer", path, found=version, known=SCHEMA_VERSION)
        if kind == Kind.FOREIGN:
            raise DatabaseError("error.db_foreign", path)
        if immutable:
            conn.close()
            conn = None
            conn = sqlite3.connect(plain, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        return conn, kind, version
    except sqlite3.Error as exc:
        if conn is not None:
            conn.close()
        raise diagnose(path, exc) from exc
    except BaseException:
        if conn is not None:
            conn.close()
        raise


def connect(path: Path | str, busy_timeout_ms: int = BUSY_TIMEOUT_MS,
            any_thread: bool = True) -> sqlite3.Connection:
    """A connection in autocommit mode: transactions are explicit (``BEGIN IMMEDIATE``).

    ``any_thread``: opened in one thread, used in another (never two at once).
    """
    return sqlite3.connect(str(path), timeout=busy_timeout_ms / 1000, isolation_level=None,
                           check_same_thread=not any_thread)


def _is_default_folder(folder: Path) -> bool:
    from smart_tui.paths import data_dir

    return folder.resolve() == data_dir().resolve()


def prepare_location(path: Path) -> None:
    """Refuse a path that is not a regular file; create a missing folder only for the default.

    A ``--db`` with a typo in its folder must not start an empty database somewhere.
    """
    kind = kind_of(path)
    if kind in ("directory", "special"):
        raise DatabaseError("error.db_not_regular", path)
    if kind is None and not path.parent.is_dir():
        if not _is_default_folder(path.parent):
            raise DatabaseError("error.db_folder_missing", path, folder=path.parent)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise diagnose(path, exc) from exc


def open_database(
    path: Path | str, busy_timeout_ms: int = BUSY_TIMEOUT_MS, any_thread: bool = True
) -> sqlite3.Connection:
    """Open (creating it when missing) and migrate the database at ``path``.

    ``":memory:"`` gives a private in-memory database (tests). Temporary files that a
    killed run left beside it are removed.
    """
    if str(path) == ":memory:":
        db = connect(":memory:")
        _configure(db, memory=True)
        migrate(db)
        return db
    path = Path(path)
    try:
        prepare_location(path)
        exists = path.exists()
    except OSError as exc:  # a name too long, a folder we may not look into
        raise DatabaseError("error.db_open", path, detail=exc.strerror or str(exc)) from exc
    if exists:
        _inspect(path)
    try:
        db = connect(path, busy_timeout_ms, any_thread)
        _configure(db, busy_timeout_ms=busy_timeout_ms)
        migrate(db)
    except sqlite3.Error as exc:
        raise diagnose(path, exc) from exc
    remove_partials(path.parent)
    remove_partials(backup_dir(path))
    _remove_legacy_partials(path)
    return db


def _remove_legacy_partials(path: Path) -> None:
    """What versions before the ``.smart-tui-<pid>.partial`` names left when killed."""
    pattern = backup_name(path)
    for leftover in (path.with_name(path.name + ".restoring"),
                     *backup_dir(path).glob(f"{path.stem}-*.db.partial*")):
        name = leftover.name.split(".db.partial")[0] + ".db"
        if leftover.name.endswith(".restoring") or pattern.fullmatch(name):
            with contextlib.suppress(OSError):
                leftover.unlink()


def open_read_only(
    path: Path | str, busy_timeout_ms: int = BUSY_TIMEOUT_MS, any_thread: bool = True
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
        db = sqlite3.connect(uri, uri=True, timeout=busy_timeout_ms / 1000, isolation_level=None,
                             check_same_thread=not any_thread)
        db.execute("PRAGMA query_only=ON")
        db.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
    except sqlite3.Error as exc:
        raise DatabaseError("error.db_open", path, detail=str(exc)) from exc
    return db


def open_peek(path: Path | str,
              busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> sqlite3.Connection | None:
    """A read-only look at an up-to-date smart-tui file *before* its integrity check, or None.

    For reading what a screen will show while :func:`open_database` checks the file in
    another thread: what is read this way is shown only once that check has passed. It never
    writes (``mode=ro``, ``query_only``, no migration) and is refused (None) for anything but
    smart-tui's current schema; any error is None too: the checked opening decides then.
    """
    path = Path(path)
    conn: sqlite3.Connection | None = None
    try:
        if not path.is_file() or not is_sqlite_file(path):
            return None
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=busy_timeout_ms / 1000,
                               isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA query_only=ON")
        if classify(conn) != (Kind.SMART_TUI, SCHEMA_VERSION):
            conn.close()
            return None
        return conn
    except (OSError, sqlite3.Error):
        if conn is not None:
            conn.close()
        return None


def _configure(
    db: sqlite3.Connection, memory: bool = False, busy_timeout_ms: int = BUSY_TIMEOUT_MS
) -> None:
    if not memory:
        db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
