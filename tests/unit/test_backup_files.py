"""Backups never overwritten, odd names ignored, temp files cleaned: issue 10, items 4, 8, 9."""

import os
import sqlite3
import subprocess
import sys
from datetime import date, datetime

from smart_tui.cli import main
from smart_tui.safefiles import publish, remove_partials
from smart_tui.storage import Store
from smart_tui.storage.backup import backup_dir, daily_path, prune, stamped_path, vacuum_into
from tests.conftest import sales_priority


def test_a_stray_name_in_backups_does_not_break_the_first_write(tmp_path):
    path = tmp_path / "x.db"
    folder = backup_dir(path)
    folder.mkdir()
    for name in ("x-daily-2026-02-30.db", "x-daily-9999-99-99.db", "x-daily-.db"):
        (folder / name).write_bytes(b"")
    store = Store.open(path)
    store.add_priority(sales_priority())  # first write of the day: backup + rotation
    store.close()
    assert daily_path(path, date.today()).exists()
    assert (folder / "x-daily-2026-02-30.db").exists()  # not ours to judge: left alone
    assert prune(path) == []


def test_publish_never_overwrites_and_numbers_the_taken_name(tmp_path):
    target = tmp_path / "b.db"
    target.write_bytes(b"first")
    for n, expected in ((2, "b-2.db"), (3, "b-3.db")):
        source = tmp_path / f"new{n}"
        source.write_bytes(b"new")
        assert publish(source, target).name == expected
        assert not source.exists()
    assert target.read_bytes() == b"first"


def test_two_backups_in_the_same_second_are_both_kept(tmp_path):
    path = tmp_path / "x.db"
    store = Store.open(path)
    now = datetime(2026, 1, 2, 3, 4, 5)
    target = stamped_path(path, "manual", now)
    first = vacuum_into(store.conn, target)
    store.add_priority(sales_priority())
    second = vacuum_into(store.conn, target)
    store.close()
    assert first != second and second.name == "x-manual-20260102-030405-2.db"
    count = sqlite3.connect(first).execute("SELECT COUNT(*) FROM priorities").fetchone()[0]
    assert count == 0


def test_a_second_damaged_copy_does_not_replace_the_first(tmp_path):
    good = tmp_path / "good.db"
    Store.open(good).close()
    path = tmp_path / "cur.db"
    for garbage in (b"first garbage" * 100, b"second garbage" * 100):
        path.write_bytes(garbage)
        assert main(["--db", str(path), "restore", str(good)]) == 0
    damaged = sorted(p.read_bytes()[:6] for p in backup_dir(path).iterdir() if "damaged" in p.name)
    assert damaged == [b"first ", b"second"]


def test_temp_files_of_a_killed_run_are_removed_at_the_next_start(tmp_path):
    path = tmp_path / "x.db"
    Store.open(path).close()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    folder = backup_dir(path)
    folder.mkdir()
    left = [folder / f"x-manual-20260101-000000.db.smart-tui-{dead}.partial",
            folder / f"x-manual-20260101-000000.db.smart-tui-{dead}.partial-journal",
            tmp_path / f"report.csv.smart-tui-{dead}.partial"]
    alive = folder / f"x-daily-2026-01-01.db.smart-tui-{os.getppid()}.partial"  # in progress
    mine = folder / "notes.partial"  # not a name smart-tui makes
    for file in (*left, alive, mine):
        file.write_bytes(b"x" * 100)
    Store.open(path).close()
    assert [f for f in left if f.exists()] == []
    assert alive.exists() and mine.exists()
    assert remove_partials(folder) == []


def test_a_backup_to_a_folder_leaves_nothing_behind(tmp_path, capsys):
    path = tmp_path / "x.db"
    Store.open(path).close()
    out = tmp_path / "out"
    out.mkdir()
    before = sorted(p.name for p in tmp_path.iterdir())
    assert main(["--db", str(path), "--lang", "en", "backup", "-o", str(out)]) == 2
    assert "is a folder" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_temp_files_left_by_older_versions_are_removed(tmp_path):
    path = tmp_path / "x.db"
    Store.open(path).close()
    folder = backup_dir(path)
    folder.mkdir()
    old = [folder / "x-daily-2026-01-01.db.partial", folder / "x-manual-20260101-000000.db.partial",
           folder / "x-manual-20260101-000000.db.partial-journal", tmp_path / "x.db.restoring"]
    other = folder / "y-daily-2026-01-01.db.partial"  # another database's: not ours to remove
    for file in (*old, other):
        file.write_bytes(b"x")
    Store.open(path).close()
    assert [f for f in old if f.exists()] == [] and other.exists()
