"""Ordered schema steps; ``PRAGMA user_version`` is the schema version.

Why not ``sqlite_utils.Migrations``: it records applied steps by name in a table and
opens a deferred ``BEGIN``. Here the contract is ``user_version`` (so an older app can
refuse a newer file before writing anything) and each step runs under ``BEGIN
IMMEDIATE``, re-reading the version inside the lock so two instances starting at once
never apply a step twice.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable

from smart_tui.domain.models import (
    Cadence,
    Category,
    Confidence,
    Direction,
    GoalStatus,
    PriorityStatus,
    Unit,
)

# The kinds schema v1 allowed, frozen: a step, once released, never changes what it creates.
V1_ADJUSTMENT_KINDS = ("actions", "target", "deadline", "status", "checkpoint", "other")


def _in(column: str, values: tuple[str, ...], nullable: bool = False) -> str:
    listed = ", ".join(f"'{v}'" for v in values)
    check = f"{column} IN ({listed})"
    return f"({column} IS NULL OR {check})" if nullable else check


# The levers schema v1 knew. A step never reads today's enumerations: a fresh database
# goes through every step, and each must build what it built when it was written.
V1_LEVERS = ("seo", "sea", "social", "email", "content", "reputation", "influence",
             "marketplace", "other")


def _v1(db: sqlite3.Connection) -> None:
    db.execute(
        """CREATE TABLE profile (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL DEFAULT '',
            hours_per_week REAL,
            budget_per_month REAL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute(
        f"""CREATE TABLE priorities (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            problem TEXT NOT NULL DEFAULT '',
            category TEXT NOT NULL CHECK ({_in("category", Category.values())}),
            status TEXT NOT NULL CHECK ({_in("status", PriorityStatus.values())}),
            position INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute(
        f"""CREATE TABLE goals (
            id INTEGER PRIMARY KEY,
            priority_id INTEGER REFERENCES priorities(id),
            lever TEXT NOT NULL CHECK ({_in("lever", V1_LEVERS)}),
            status TEXT NOT NULL CHECK ({_in("status", GoalStatus.values())}),
            intent TEXT NOT NULL DEFAULT '',
            statement TEXT NOT NULL DEFAULT '',
            kpi TEXT NOT NULL DEFAULT '',
            unit TEXT CHECK ({_in("unit", Unit.values(), nullable=True)}),
            direction TEXT NOT NULL CHECK ({_in("direction", Direction.values())}),
            baseline REAL,
            target REAL,
            source TEXT NOT NULL DEFAULT '',
            budget_per_month REAL,
            hours_per_week REAL,
            resources TEXT NOT NULL DEFAULT '',
            rationale TEXT NOT NULL DEFAULT '',
            start TEXT,
            deadline TEXT,
            cadence TEXT CHECK ({_in("cadence", Cadence.values(), nullable=True)}),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX goals_priority ON goals(priority_id)")
    db.execute(
        f"""CREATE TABLE checkpoints (
            id INTEGER PRIMARY KEY,
            goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
            date TEXT NOT NULL,
            value REAL NOT NULL,
            confidence TEXT CHECK ({_in("confidence", Confidence.values(), nullable=True)}),
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX checkpoints_goal_date ON checkpoints(goal_id, date)")
    db.execute(
        f"""CREATE TABLE adjustments (
            id INTEGER PRIMARY KEY,
            goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
            date TEXT NOT NULL,
            kind TEXT NOT NULL CHECK ({_in("kind", V1_ADJUSTMENT_KINDS)}),
            old TEXT,
            new TEXT,
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX adjustments_goal ON adjustments(goal_id, date)")


def _goals_v2(name: str) -> str:
    return f"""CREATE TABLE {name} (
            id INTEGER PRIMARY KEY,
            priority_id INTEGER REFERENCES priorities(id),
            lever TEXT NOT NULL CHECK ({_in("lever", V2_LEVERS)}),
            status TEXT NOT NULL CHECK ({_in("status", GoalStatus.values())}),
            intent TEXT NOT NULL DEFAULT '',
            statement TEXT NOT NULL DEFAULT '',
            kpi TEXT NOT NULL DEFAULT '',
            unit TEXT CHECK ({_in("unit", Unit.values(), nullable=True)}),
            direction TEXT NOT NULL CHECK ({_in("direction", Direction.values())}),
            baseline REAL,
            target REAL,
            source TEXT NOT NULL DEFAULT '',
            budget_per_month REAL,
            hours_per_week REAL,
            resources TEXT NOT NULL DEFAULT '',
            rationale TEXT NOT NULL DEFAULT '',
            start TEXT,
            deadline TEXT,
            cadence TEXT CHECK ({_in("cadence", Cadence.values(), nullable=True)}),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            audience_present INTEGER CHECK (audience_present IS NULL OR audience_present IN (0, 1))
        )"""


V2_LEVERS = (*V1_LEVERS, "website")
_GOAL_COLUMNS = (
    "id, priority_id, lever, status, intent, statement, kpi, unit, direction, baseline, target, "
    "source, budget_per_month, hours_per_week, resources, rationale, start, deadline, cadence, "
    "created_at, updated_at"
)


def _audience_and_website(db: sqlite3.Connection) -> None:
    """The website lever and the method's audience question (« Votre clientèle cible est-elle
    présente sur ce canal ? »: 1 yes, 0 no, NULL not sure or not answered).

    A CHECK constraint cannot be altered, so ``goals`` is rebuilt. Dropping it while
    foreign keys are on would cascade to checkpoints and adjustments (``PRAGMA foreign_keys``
    cannot be turned off inside the step's transaction), so those two are rebuilt too:
    new tables point at ``goals_v2``, the old three are dropped children first, and the
    renames carry the references along.
    """
    # indexes and triggers on the three tables (a user's own too) go with the old tables:
    # their definitions are kept and run again on the new ones
    extras = [sql for (sql,) in db.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name IN ('goals', 'checkpoints', "
        "'adjustments') AND type IN ('index', 'trigger') AND sql IS NOT NULL "
        "ORDER BY type, name")]
    db.execute(_goals_v2("goals_v2"))
    db.execute(f"INSERT INTO goals_v2 ({_GOAL_COLUMNS}) SELECT {_GOAL_COLUMNS} FROM goals")
    for table in ("checkpoints", "adjustments"):
        sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                         (table,)).fetchone()[0]
        # a table rebuilt by an earlier step reads ``CREATE TABLE "adjustments"``
        sql = re.sub(rf'^CREATE TABLE\s+"?{table}"?', f"CREATE TABLE {table}_v2", sql, count=1)
        sql = sql.replace("REFERENCES goals(id)", "REFERENCES goals_v2(id)")
        db.execute(sql)
        db.execute(f"INSERT INTO {table}_v2 SELECT * FROM {table}")
    for table in ("checkpoints", "adjustments", "goals"):
        db.execute(f"DROP TABLE {table}")
    for table in ("goals", "checkpoints", "adjustments"):
        db.execute(f"ALTER TABLE {table}_v2 RENAME TO {table}")
    for sql in extras:
        db.execute(sql)


def _measure_imports(db: sqlite3.Connection) -> None:
    """Issue 15: the choices last used to import a goal's measures from an export file."""
    db.execute(
        """CREATE TABLE measure_imports (
            goal_id INTEGER PRIMARY KEY REFERENCES goals(id) ON DELETE CASCADE,
            path TEXT NOT NULL DEFAULT '',
            value_column TEXT,
            date_column TEXT,
            period TEXT NOT NULL CHECK (period IN ('day', 'week', 'month')),
            aggregate TEXT CHECK (aggregate IS NULL OR aggregate IN ('sum', 'mean', 'last')),
            partial INTEGER NOT NULL DEFAULT 0,
            sheet TEXT,
            updated_at TEXT NOT NULL
        )"""
    )



def _typed_history(db: sqlite3.Connection) -> None:
    """Step 2 (history entries as typed JSON), imported only when a database needs it."""
    from .history_migration import typed_history

    typed_history(db)


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _v1, _typed_history, _audience_and_website, _measure_imports,
)
SCHEMA_VERSION = len(MIGRATIONS)


def user_version(db: sqlite3.Connection) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite3.Connection, upto: int | None = None) -> None:
    """Bring the database to ``upto`` (default: the latest), one transaction per step."""
    upto = len(MIGRATIONS) if upto is None else upto
    for version in range(user_version(db) + 1, upto + 1):
        db.execute("BEGIN IMMEDIATE")
        try:
            if user_version(db) < version:  # another instance may have just done it
                MIGRATIONS[version - 1](db)
                db.execute(f"PRAGMA user_version = {version}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
