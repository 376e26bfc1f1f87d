"""`backup -o` and `export -o` cannot destroy data: issue 10, items 3, 4, 8, 14, 15."""

import hashlib
import os
import sqlite3
import stat
from datetime import date

import pytest

from smart_tui.cli import main
from smart_tui.demo import demo_snapshot
from smart_tui.storage import Store

TODAY = date(2026, 11, 27)


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "cur.db"
    store = Store.open(path)
    store.import_snapshot(demo_snapshot(TODAY, "fr"))
    store.close()
    return path


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder):
    return sorted(p.name for p in folder.rglob("*"))


@pytest.mark.parametrize("command", [["backup"], ["export"], ["export", "--format", "csv"]])
@pytest.mark.parametrize("target", ["db", "wal", "shm", "link", "hardlink"])
def test_the_database_itself_is_refused_as_an_output(db, tmp_path, capsys, command, target):
    holder = sqlite3.connect(db)  # keeps -wal and -shm in place, as a running app does
    holder.execute("SELECT 1 FROM goals").fetchall()
    path = {"db": db, "wal": tmp_path / "cur.db-wal", "shm": tmp_path / "cur.db-shm",
            "link": tmp_path / "link.db", "hardlink": tmp_path / "hard.db"}[target]
    if target == "link":
        path.symlink_to(db)
    elif target == "hardlink":
        os.link(db, path)
    before, files = digest(db), listing(tmp_path)
    code = main(["--db", str(db), "--lang", "en", *command, "-o", str(path)])
    assert code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "nothing was written" in err
    assert digest(db) == before and listing(tmp_path) == files
    holder.close()
    assert main(["--db", str(db), "report"]) == 0


def test_another_sqlite_database_is_never_overwritten(db, tmp_path, capsys):
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    before = digest(other)
    for command in (["backup"], ["export"]):
        assert main(["--db", str(db), "--lang", "en", *command, "-o", str(other)]) == 2
        assert "SQLite database" in capsys.readouterr().err
    assert digest(other) == before


def test_backup_never_overwrites_a_file(db, tmp_path, capsys):
    notes = tmp_path / "notes.txt"
    notes.write_text("mine")
    assert main(["--db", str(db), "--lang", "en", "backup", "-o", str(notes)]) == 2
    assert "already exists" in capsys.readouterr().err and notes.read_text() == "mine"


@pytest.mark.parametrize("command", [["backup"], ["export"]])
def test_a_folder_fifo_or_device_is_refused(db, tmp_path, capsys, command):
    folder = tmp_path / "out"
    folder.mkdir()
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for target in (folder, fifo, "/dev/null"):
        before = listing(tmp_path)
        assert main(["--db", str(db), "--lang", "en", *command, "-o", str(target)]) == 2
        assert "Traceback" not in capsys.readouterr().err
        assert listing(tmp_path) == before  # no out.partial left beside the folder
    assert stat.S_ISFIFO(os.stat(fifo).st_mode) and stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_dash_is_standard_output(db, capsys):
    assert main(["--db", str(db), "export", "--format", "csv", "-o", "-"]) == 0
    assert capsys.readouterr().out.count("\n") > 3


def test_a_symlink_is_followed_and_written_atomically(db, tmp_path):
    target = tmp_path / "shared" / "goals.csv"
    target.parent.mkdir()
    target.write_text("old")
    link = tmp_path / "goals.csv"
    link.symlink_to(target)
    assert main(["--db", str(db), "export", "--format", "csv", "-o", str(link)]) == 0
    assert link.is_symlink() and "old" not in target.read_text()
    assert [p.name for p in target.parent.iterdir()] == ["goals.csv"]  # no temp file left


def test_modes_an_existing_file_keeps_a_new_one_follows_the_umask(db, tmp_path):
    kept = tmp_path / "kept.json"
    kept.write_text("{}")
    os.chmod(kept, 0o640)
    assert main(["--db", str(db), "export", "-o", str(kept)]) == 0
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640
    old = os.umask(0o022)
    try:
        assert main(["--db", str(db), "export", "-o", str(tmp_path / "new.json")]) == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.json").stat().st_mode) == 0o644


def test_a_failed_backup_leaves_no_temp_file(db, tmp_path, monkeypatch, capsys):
    import smart_tui.storage.backup as backup

    def refuse(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "publish", refuse)
    target = tmp_path / "b.db"
    assert main(["--db", str(db), "backup", "-o", str(target)]) == 3
    assert not target.exists() and not [p for p in tmp_path.iterdir() if "partial" in p.name]
