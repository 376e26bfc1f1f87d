"""Backups, restore, migrations, damaged files, locks, a full disk and a read-only database."""

import sqlite3
from datetime import date, datetime

import pytest

from smart_tui.cli import main
from smart_tui.demo import demo_snapshot
from smart_tui.domain.models import Checkpoint
from smart_tui.storage import DatabaseError, Store, migrations
from smart_tui.storage.backup import backup_dir, daily_path, latest_backup
from tests.conftest import sales_priority, smart_goal

TODAY = date(2026, 11, 27)


def demo_db(path):
    store = Store.open(path)
    store.import_snapshot(demo_snapshot(TODAY, "fr"))
    store.close()
    return path


def rows(path, table):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def test_first_write_of_the_day_makes_a_daily_backup(tmp_path):
    path = tmp_path / "smart-tui.db"
    store = Store.open(path)
    store.add_priority(sales_priority())  # first write: backup of the (empty) database
    store.add_goal(smart_goal(1))  # same day: no second backup
    backups = sorted(backup_dir(path).iterdir())
    assert [b.name for b in backups] == [daily_path(path, date.today()).name]
    store.close()
    assert rows(backups[0], "priorities") == 0 and rows(path, "priorities") == 1


def test_old_daily_backups_are_pruned_to_seven_plus_four_weekly(tmp_path):
    path = tmp_path / "smart-tui.db"
    folder = backup_dir(path)
    folder.mkdir()
    from datetime import timedelta

    for n in range(1, 60):
        daily_path(path, date.today() - timedelta(days=n)).write_bytes(b"")
    (folder / "smart-tui-manual-20200101-000000.db").write_bytes(b"")
    store = Store.open(path)
    store.add_priority(sales_priority())
    store.close()
    names = sorted(p.name for p in folder.iterdir())
    assert len([n for n in names if "-daily-" in n]) == 11
    assert "smart-tui-manual-20200101-000000.db" in names  # manual ones are never pruned


def test_backup_and_restore_commands(tmp_path, capsys):
    path = demo_db(tmp_path / "smart-tui.db")
    copy = tmp_path / "copy.db"
    assert main(["--db", str(path), "--lang", "en", "backup", "-o", str(copy)]) == 0
    assert rows(copy, "checkpoints") == rows(path, "checkpoints")
    store = Store.open(path)
    store.add_checkpoint(1, Checkpoint(TODAY, 2500))
    store.close()
    assert main(["--db", str(path), "--lang", "en", "restore", str(copy)]) == 0
    out = capsys.readouterr().out
    assert "restored" in out and "previous database is kept" in out
    assert rows(path, "checkpoints") == rows(copy, "checkpoints")
    kept = [p for p in backup_dir(path).iterdir() if "pre-restore" in p.name]
    assert len(kept) == 1 and rows(kept[0], "checkpoints") == rows(copy, "checkpoints") + 1


def test_restore_refuses_a_bad_file_and_changes_nothing(tmp_path, capsys):
    path = demo_db(tmp_path / "smart-tui.db")
    before = path.read_bytes()
    not_db = tmp_path / "notes.txt"
    not_db.write_text("hello")
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    for bad in (not_db, other, tmp_path / "missing.db"):
        assert main(["--db", str(path), "--lang", "en", "restore", str(bad)]) in (2, 3)
        assert path.read_bytes() == before
    assert "not a smart-tui one" in capsys.readouterr().err


def test_restore_over_a_damaged_database_moves_it_aside(tmp_path, capsys):
    good = demo_db(tmp_path / "good.db")
    path = tmp_path / "smart-tui.db"
    path.write_bytes(b"garbage, not a database" * 100)
    assert main(["--db", str(path), "restore", str(good)]) == 0
    damaged = [p for p in backup_dir(path).iterdir() if "damaged" in p.name]
    assert len(damaged) == 1 and damaged[0].read_bytes() == b"garbage, not a database" * 100
    assert rows(path, "goals") == 7


def test_a_damaged_database_points_to_the_latest_backup(tmp_path, capsys):
    path = demo_db(tmp_path / "smart-tui.db")
    store = Store.open(path)
    store.add_checkpoint(1, Checkpoint(TODAY, 2400))  # makes today's daily backup
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = bytearray(path.read_bytes())
    data[4096:4096 * 3] = b"\xff" * (4096 * 2)  # pages overwritten
    path.write_bytes(bytes(data))
    assert main(["--db", str(path), "--lang", "fr", "report"]) == 3
    err = capsys.readouterr().err
    backup = latest_backup(path)
    assert str(path) in err and f"smart-tui restore {backup}" in err
    assert path.read_bytes() == bytes(data)


def test_migration_backs_up_first_and_keeps_every_row(tmp_path, monkeypatch):
    """A committed file made by schema v1 goes through a (test) v2 step."""
    from pathlib import Path

    source = Path(__file__).resolve().parents[1] / "data" / "schema-v1.db"
    path = tmp_path / "smart-tui.db"
    path.write_bytes(source.read_bytes())
    counts = {t: rows(path, t) for t in ("priorities", "goals", "checkpoints", "adjustments")}

    def v2(db):
        db.execute("ALTER TABLE goals ADD COLUMN test_flag INTEGER")

    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, v2))
    import smart_tui.storage.db as dbmod

    latest = len(migrations.MIGRATIONS)  # the real steps, then the test one
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", latest)
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", latest)
    db = dbmod.open_database(path)
    assert migrations.user_version(db) == latest
    for table, count in counts.items():
        assert db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == count
    db.close()
    [backup] = [p for p in backup_dir(path).iterdir() if "pre-migration-v1" in p.name]
    assert rows(backup, "checkpoints") == counts["checkpoints"]


def test_the_committed_v1_file_opens_with_every_row():
    from pathlib import Path

    source = Path(__file__).resolve().parents[1] / "data" / "schema-v1.db"
    uri = source.as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT COUNT(*) FROM goals").fetchone()[0] == 7
    conn.close()


def test_a_full_disk_rolls_back_and_the_cli_exits_3(tmp_path, monkeypatch, capsys):
    path = demo_db(tmp_path / "smart-tui.db")
    import smart_tui.storage.db as dbmod

    original = dbmod._configure

    def full(db, **kwargs):
        original(db, **kwargs)
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {pages}")

    monkeypatch.setattr(dbmod, "_configure", full)
    before = rows(path, "checkpoints")
    note = "x" * 20000  # needs new pages
    code = main(["--db", str(path), "--lang", "en", "log", "1", "2400", "--note", note,
                 "--date", "2026-11-20"])
    assert code == 3 and "Nothing was saved" in capsys.readouterr().err
    assert rows(path, "checkpoints") == before


def test_a_read_only_database_exits_3_and_writes_nothing(tmp_path, monkeypatch, capsys):
    path = demo_db(tmp_path / "smart-tui.db")
    import smart_tui.storage.db as dbmod

    original = dbmod._configure

    def read_only(db, **kwargs):
        original(db, **kwargs)
        db.execute("PRAGMA query_only = 1")

    before = rows(path, "checkpoints")
    monkeypatch.setattr(dbmod, "_configure", read_only)
    assert main(["--db", str(path), "log", "1", "2400", "--date", "2026-11-20"]) == 3
    assert "readonly" in capsys.readouterr().err
    assert rows(path, "checkpoints") == before


def test_a_lock_held_too_long_is_a_clear_error_and_nothing_half_written(tmp_path):
    path = demo_db(tmp_path / "smart-tui.db")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    store = Store.open(path, busy_timeout_ms=200)
    with pytest.raises(DatabaseError) as err:
        store.add_checkpoint(1, Checkpoint(TODAY, 2390))
    assert err.value.key == "error.db_locked"
    holder.execute("ROLLBACK")
    holder.close()
    store.add_checkpoint(1, Checkpoint(TODAY, 2400))  # the lock is gone: the retry works
    store.close()


def test_two_writers_both_land(tmp_path):
    path = demo_db(tmp_path / "smart-tui.db")
    a, b = Store.open(path), Store.open(path)
    a.add_checkpoint(1, Checkpoint(date(2026, 11, 20), 2400))
    b.add_checkpoint(1, Checkpoint(date(2026, 11, 21), 2410))
    assert [c.value for c in a.checkpoints(1)][-2:] == [2400, 2410]
    a.close()
    b.close()


def test_stamped_backup_names_keep_the_database_name(tmp_path):
    from smart_tui.storage.backup import stamped_path

    name = stamped_path(tmp_path / "demo.db", "manual", datetime(2026, 1, 2, 3, 4, 5)).name
    assert name == "demo-manual-20260102-030405.db"
