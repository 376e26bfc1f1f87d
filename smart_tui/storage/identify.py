"""What a SQLite file is, decided through a read-only look before anything is written.

- ``EMPTY``: no table at all (a 0-byte file is one): smart-tui may initialise it;
- ``SMART_TUI``: every table of its ``user_version``'s schema is there with exactly those
  columns (tables of SQLite's own, ``sqlite_…``, are ignored);
- ``NEWER``: a ``user_version`` beyond what this version knows;
- ``FOREIGN``: anything else — another program's file, never touched.
"""

from __future__ import annotations

import enum
import sqlite3
from functools import cache
from pathlib import Path

from smart_tui.safefiles import header_says_wal

from .migrations import SCHEMA_VERSION, migrate

Schema = dict[str, tuple[str, ...]]


class Kind(enum.Enum):
    EMPTY = "empty"
    SMART_TUI = "smart-tui"
    NEWER = "newer"
    FOREIGN = "foreign"


# The tables and columns of the current schema (SCHEMA_VERSION), written out: every open
# compares the file against them, and building them by running every migration in memory
# cost ~10 ms of each start. tests/unit/test_schema_current.py builds them that way and
# fails, naming what differs, when a migration changes them without this being updated.
CURRENT_SCHEMA: Schema = {
    "adjustments": ("id", "goal_id", "date", "kind", "old", "new", "note", "created_at"),
    "checkpoints": ("id", "goal_id", "date", "value", "confidence", "note", "created_at"),
    "goals": ("id", "priority_id", "lever", "status", "intent", "statement", "kpi", "unit",
              "direction", "baseline", "target", "source", "budget_per_month",
              "hours_per_week", "resources", "rationale", "start", "deadline", "cadence",
              "created_at", "updated_at", "audience_present"),
    "measure_imports": ("goal_id", "path", "value_column", "date_column", "period",
                        "aggregate", "partial", "sheet", "updated_at"),
    "priorities": ("id", "title", "problem", "category", "status", "position", "created_at",
                   "updated_at"),
    "profile": ("id", "name", "hours_per_week", "budget_per_month", "updated_at"),
}
CURRENT_VERSION = 4  # the SCHEMA_VERSION CURRENT_SCHEMA describes


def expected_schema(version: int) -> Schema:
    """The tables and columns that migrations 1..``version`` create."""
    if version == SCHEMA_VERSION == CURRENT_VERSION:
        return CURRENT_SCHEMA
    return built_schema(version)


@cache
def built_schema(version: int) -> Schema:
    """The tables and columns that migrations 1..``version`` create, built in memory (an
    older file's schema, before it is upgraded)."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrate(conn, upto=version)
        return read_schema(conn)
    finally:
        conn.close()


def read_schema(conn: sqlite3.Connection, schema: str = "main") -> Schema:
    names = [r[0] for r in conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")]
    def quoted(name: str) -> str:  # another program's table may have any name
        return '"' + name.replace('"', '""') + '"'

    return {name: tuple(r[1] for r in conn.execute(f"PRAGMA {schema}.table_info({quoted(name)})"))
            for name in names}


def classify(conn: sqlite3.Connection) -> tuple[Kind, int]:
    """The kind of the database behind ``conn`` and its ``user_version`` (reads only)."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    found = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if version == 0 and found == 0:
        return Kind.EMPTY, 0
    if version > SCHEMA_VERSION:
        return Kind.NEWER, version
    if version == 0:
        return Kind.FOREIGN, 0
    have = read_schema(conn)
    for table, columns in expected_schema(version).items():
        if have.get(table) != columns:
            return Kind.FOREIGN, version
    return Kind.SMART_TUI, version


def read_only_uri(path: Path) -> str:
    """A read-only URI that creates no ``-wal``/``-shm`` beside a file that has none.

    A WAL-mode file whose ``-wal`` and ``-shm`` are both there is in use: read it normally
    (read-only). Otherwise its content is all in the main file, and ``immutable=1`` reads
    it without SQLite creating the shared-memory file that a WAL read needs.
    """
    path = Path(path).resolve()
    uri = path.as_uri() + "?mode=ro"
    wal, shm = (path.with_name(path.name + s) for s in ("-wal", "-shm"))
    if header_says_wal(path) and not (wal.exists() and shm.exists()):
        uri += "&immutable=1"
    return uri
