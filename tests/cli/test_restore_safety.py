"""Restore puts a backup into the live database through SQLite: issue 10, items 1-2, 4, 6-7, 15."""

import os
import shlex
import sqlite3
from datetime import date

from smart_tui.cli import main
from smart_tui.demo import demo_snapshot
from smart_tui.domain.models import Checkpoint
from smart_tui.storage import Store
from smart_tui.storage.backup import backup_dir, latest_backup

TODAY = date(2026, 11, 27)


def demo_db(path):
    store = Store.open(path)
    store.import_snapshot(demo_snapshot(TODAY, "fr"))
    store.close()
    return path


def count(path, table="checkpoints"):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def test_an_open_app_sees_the_restore_and_its_later_writes_are_kept(tmp_path):
    path = demo_db(tmp_path / "cur.db")
    old = tmp_path / "old.db"
    assert main(["--db", str(path), "backup", "-o", str(old)]) == 0
    app = Store.open(path)  # the app, open during the restore
    app.add_checkpoint(1, Checkpoint(date(2026, 11, 20), 2400))
    restored = count(old)
    assert main(["--db", str(path), "restore", str(old)]) == 0
    assert len(app.snapshot().goals[0].checkpoints) == len(
        Store.open(old).snapshot().goals[0].checkpoints)  # its next read: the backup's data
    app.add_checkpoint(1, Checkpoint(date(2026, 11, 21), 2410))  # lands in the live file
    app.close()
    assert count(path) == restored + 1


def test_commits_still_in_the_backups_wal_are_restored(tmp_path):
    source = demo_db(tmp_path / "src.db")
    holder = sqlite3.connect(source, isolation_level=None)  # keeps the -wal alive
    holder.execute("PRAGMA wal_autocheckpoint = 0")
    for day in range(1, 6):
        holder.execute("INSERT INTO checkpoints (goal_id, date, value, note, created_at) "
                       "VALUES (1, ?, 2000, '', '2026-11-01T00:00:00')", [f"2026-10-0{day}"])
    assert os.path.getsize(f"{source}-wal") > 0
    expected = holder.execute("SELECT COUNT(*) FROM checkpoints").fetchone()[0]
    path = demo_db(tmp_path / "cur.db")
    assert main(["--db", str(path), "restore", str(source)]) == 0
    holder.close()
    assert count(path) == expected


def test_undo_of_a_restore_in_the_same_second_loses_nothing(tmp_path, capsys):
    path = demo_db(tmp_path / "cur.db")
    store = Store.open(path)
    store.add_checkpoint(1, Checkpoint(date(2026, 11, 20), 2400))
    store.close()
    before = count(path)
    old = tmp_path / "old.db"
    assert main(["--db", str(path), "backup", "-o", str(old)]) == 0
    sqlite3.connect(old).execute("DELETE FROM checkpoints").connection.commit()
    capsys.readouterr()
    for _ in range(3):  # restore, then undo it at once with the copy it printed, three times
        assert main(["--db", str(path), "--lang", "en", "restore", str(old)]) == 0
        kept = capsys.readouterr().out.rsplit("is kept in ", 1)[1].strip().rstrip(".")
        assert main(["--db", str(path), "restore", kept]) == 0
        assert count(path) == before
    assert len([p for p in backup_dir(path).iterdir() if "pre-restore" in p.name]) == 6


def _forged(tmp_path, name, sql):
    (tmp_path / "forged").mkdir(exist_ok=True)  # their own daily backups go there
    bad = demo_db(tmp_path / "forged" / name)
    conn = sqlite3.connect(bad)
    conn.executescript(sql)
    conn.close()
    return bad


def test_a_file_with_the_tables_but_other_columns_is_refused(tmp_path, capsys):
    path = demo_db(tmp_path / "cur.db")
    bad = tmp_path / "lookalike.db"
    conn = sqlite3.connect(bad)
    conn.executescript("CREATE TABLE priorities (x); CREATE TABLE goals (y); "
                       "CREATE TABLE checkpoints (z); PRAGMA user_version = 1;")
    conn.close()
    before, kept = path.read_bytes(), sorted(backup_dir(path).iterdir())
    assert main(["--db", str(path), "--lang", "en", "restore", str(bad)]) == 3
    assert "not a smart-tui one" in capsys.readouterr().err
    assert path.read_bytes() == before and sorted(backup_dir(path).iterdir()) == kept


def test_a_row_the_importer_refuses_is_refused_and_nothing_is_touched(tmp_path, capsys):
    path = demo_db(tmp_path / "cur.db")
    before, kept = path.read_bytes(), sorted(backup_dir(path).iterdir())
    cases = {
        "date.db": "UPDATE checkpoints SET date = '2026-19-24' WHERE id = 1;",
        "goal.db": "UPDATE goals SET deadline = 'soon' WHERE id = 1;",
        "value.db": "UPDATE checkpoints SET value = 'abc' WHERE id = 1;",
    }
    for name, sql in cases.items():
        bad = _forged(tmp_path, name, sql)
        assert main(["--db", str(path), "--lang", "en", "restore", str(bad)]) == 3, name
        err = capsys.readouterr().err
        assert "nothing was" in err and "Traceback" not in err
        assert path.read_bytes() == before and sorted(backup_dir(path).iterdir()) == kept
    assert main(["--db", str(path), "report"]) == 0  # still usable


def test_the_restore_hint_is_a_command_that_works_when_pasted(tmp_path, capsys):
    folder = tmp_path / "my work"
    folder.mkdir()
    path = demo_db(folder / "clientA.db")
    other = demo_db(folder / "clientA-2025.db")  # another database, not a backup of clientA
    assert main(["--db", str(path), "backup"]) == 0
    assert main(["--db", str(other), "backup"]) == 0
    capsys.readouterr()
    path.write_bytes(b"garbage, not a database" * 100)
    assert main(["--db", str(path), "--lang", "en", "report"]) == 3
    err = capsys.readouterr().err
    command = err.split("To restore it: ", 1)[1].strip()
    words = shlex.split(command)
    assert words[:3] == ["smart-tui", "--db", str(path)] and words[3] == "restore"
    assert words[4] == str(latest_backup(path)) and "clientA-manual-" in words[4]
    assert main(words[1:]) == 0  # pasted: it restores this database
    assert count(path, "goals") == 7


def test_a_backup_of_another_database_is_never_offered(tmp_path):
    path = tmp_path / "clientA.db"
    folder = backup_dir(path)
    folder.mkdir()
    (folder / "clientA-2025-manual-20260101-000000.db").write_bytes(b"x")
    assert latest_backup(path) is None
    (folder / "clientA-manual-20260101-000000-2.db").write_bytes(b"x")
    assert latest_backup(path).name == "clientA-manual-20260101-000000-2.db"


def test_restore_keeps_the_database_mode_and_backups_are_no_more_readable(tmp_path):
    path = tmp_path / "cur.db"
    Store.open(path).close()
    os.chmod(path, 0o600)  # a private database, before its first write
    demo_db(path)
    assert main(["--db", str(path), "backup"]) == 0
    [daily, manual] = sorted(backup_dir(path).iterdir(), key=lambda p: "manual" in p.name)
    assert daily.stat().st_mode & 0o777 == manual.stat().st_mode & 0o777 == 0o600
    copy = tmp_path / "copy.db"
    assert main(["--db", str(path), "backup", "-o", str(copy)]) == 0
    assert copy.stat().st_mode & 0o777 == 0o600
    assert main(["--db", str(path), "restore", str(copy)]) == 0
    assert path.stat().st_mode & 0o777 == 0o600
    for kept in backup_dir(path).iterdir():
        assert kept.stat().st_mode & 0o077 == 0, kept.name


def test_a_backup_with_another_page_size_is_restored_into_the_wal_database(tmp_path):
    source = tmp_path / "small-pages.db"
    conn = sqlite3.connect(source)
    conn.execute("PRAGMA page_size = 1024")
    conn.execute("VACUUM")
    conn.close()
    demo_db(source)
    path = tmp_path / "cur.db"
    Store.open(path).close()
    assert main(["--db", str(path), "restore", str(source)]) == 0
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert count(path, "goals") == 7 and count(path) == count(source)
