import sqlite3
from datetime import date

import pytest

from smart_tui.domain.models import (
    AdjustmentKind,
    Checkpoint,
    GoalStatus,
    PriorityLimitError,
    PriorityStatus,
    Profile,
)
from smart_tui.services import Workspace
from smart_tui.services.priorities import set_priority_status
from smart_tui.storage import SCHEMA_VERSION, DatabaseError, Store
from smart_tui.storage.migrations import user_version
from tests.conftest import sales_priority, smart_goal


def test_new_database_is_created_with_its_folder_and_pragmas(tmp_path):
    from smart_tui.paths import data_dir

    path = data_dir() / "smart.db"  # the default folder is created (elsewhere: refused)
    assert not path.parent.exists()
    store = Store.open(path)
    assert path.exists()
    assert user_version(store.db) == SCHEMA_VERSION
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] >= 3000
    store.close()


def test_a_fourth_active_priority_is_refused_and_nothing_is_written(store):
    for n in range(3):
        store.add_priority(sales_priority(title=f"P{n}"))
    with pytest.raises(PriorityLimitError):
        store.add_priority(sales_priority(title="P4"))
    assert [p.title for p in store.priorities()] == ["P0", "P1", "P2"]
    # an archived one does not count; reactivating past the cap is refused too
    set_priority_status(Workspace(store), store.priorities()[0].id, PriorityStatus.ARCHIVED)
    fourth = store.add_priority(sales_priority(title="P4"))
    with pytest.raises(PriorityLimitError):
        set_priority_status(Workspace(store), store.priorities(include_archived=True)[-1].id,
                                  PriorityStatus.ACTIVE)
    assert fourth.id is not None
    assert sum(p.status == PriorityStatus.ACTIVE for p in store.priorities()) == 3


def test_move_priority_reorders_within_status(store):
    ids = [store.add_priority(sales_priority(title=t)).id for t in "ABC"]
    store.move_priority(ids[2], -1)
    assert [p.title for p in store.priorities()] == ["A", "C", "B"]
    store.move_priority(ids[0], -1)  # already first: nothing changes
    assert [p.title for p in store.priorities()] == ["A", "C", "B"]


def test_goal_round_trip_and_adjustments_on_change(store):
    priority = store.add_priority(sales_priority())
    goal = store.add_goal(smart_goal(priority.id, status=GoalStatus.DRAFT))
    loaded = store.goal(goal.id)
    assert loaded.deadline == date(2026, 7, 1) and loaded.kpi == goal.kpi
    loaded.target, loaded.status = 2800, GoalStatus.ACTIVE
    logged = store.update_goal(loaded, date(2026, 2, 1), note="ahead of plan")
    assert [(a.kind, a.old, a.new) for a in logged] == [
        (AdjustmentKind.TARGET, 2600, 2800),
        (AdjustmentKind.STATUS, GoalStatus.DRAFT, GoalStatus.ACTIVE)]
    again = store.goal(goal.id)
    assert again.target == 2800 and len(again.adjustments) == 2
    assert again.adjustments[0].note == "ahead of plan"
    assert [(a.old, a.new) for a in again.adjustments] == [
        (2600.0, 2800.0), (GoalStatus.DRAFT, GoalStatus.ACTIVE)]


def test_checkpoint_for_unknown_goal_is_refused(store):
    from smart_tui.domain.models import DomainError

    with pytest.raises(DomainError):
        store.add_checkpoint(42, Checkpoint(date(2026, 1, 1), 3))
    assert store.db.execute("SELECT COUNT(*) FROM checkpoints").fetchone()[0] == 0


def test_series_matches_python_regression(store):
    from smart_tui.domain.trajectory import Point, Series

    goal = store.add_goal(smart_goal(None))
    points = [Point(date(2026, 2, 1), 2100), Point(date(2026, 3, 1), 2150),
              Point(date(2026, 3, 1), 2160)]
    for p in points:
        store.add_checkpoint(goal.id, Checkpoint(p.date, p.value))
    sql = store.series()[goal.id]
    python = Series.of(points, goal.start)
    assert sql.latest == python.latest == Point(date(2026, 3, 1), 2160)
    assert (sql.n, sql.sum_x, sql.sum_y, sql.sum_xy, sql.sum_xx) == pytest.approx(
        (python.n, python.sum_x, python.sum_y, python.sum_xy, python.sum_xx))


def test_capacity_counts_other_active_goals(store):
    store.save_profile(Profile("Shop", 10, 500))
    a = store.add_goal(smart_goal(None, hours_per_week=4, budget_per_month=100))
    store.add_goal(smart_goal(None, hours_per_week=3, budget_per_month=50))
    store.add_goal(smart_goal(None, hours_per_week=9, status=GoalStatus.DRAFT))
    capacity = store.capacity(excluding_goal=a.id)
    assert (capacity.hours_per_week, capacity.committed_hours, capacity.committed_budget) == (
        10, 3, 50)


def test_a_failed_action_writes_nothing(store):
    priority = store.add_priority(sales_priority())
    with pytest.raises(RuntimeError), store.transaction() as db:
        db["goals"].insert({"lever": "seo", "status": "draft", "direction": "increase",
                            "priority_id": priority.id, "created_at": "x", "updated_at": "x"})
        raise RuntimeError("interrupted")
    assert store.goals() == []


def test_not_a_database_is_left_byte_for_byte(tmp_path):
    path = tmp_path / "notes.db"
    content = b"These are my notes, not a database.\n" * 100
    path.write_bytes(content)
    with pytest.raises(DatabaseError) as err:
        Store.open(path)
    assert err.value.key == "error.db_not_database"
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


def test_newer_schema_is_refused_and_not_written(tmp_path):
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE x (a)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as err:
        Store.open(path)
    assert err.value.key == "error.db_newer"
    assert path.read_bytes() == before


def test_damaged_database_fails_the_check_and_is_not_touched(tmp_path):
    path = tmp_path / "damaged.db"
    store = Store.open(path)
    store.add_priority(sales_priority())
    for n in range(200):
        store.add_goal(smart_goal(None, statement="x" * 500 + str(n)))
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 2: page * 4] = b"\xde\xad\xbe\xef" * (page // 2)  # overwrite two pages
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError) as err:
        Store.open(path)
    assert err.value.key in ("error.db_corrupt", "error.db_not_database")
    assert path.read_bytes() == bytes(data)


def test_migrations_run_once_and_record_the_version(tmp_path):
    path = tmp_path / "m.db"
    Store.open(path).close()
    store = Store.open(path)  # reopening applies nothing twice
    assert user_version(store.db) == SCHEMA_VERSION
    store.close()
