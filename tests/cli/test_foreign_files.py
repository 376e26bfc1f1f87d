"""Foreign files are refused untouched; --db is checked: issue 10, items 5, 10, 16."""

import hashlib
import os
import sqlite3

import pytest

from smart_tui.cli import main
from smart_tui.paths import data_dir


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def side_files(path):
    return [s for s in ("-wal", "-shm", "-journal") if os.path.exists(f"{path}{s}")]


def make(path, sql, wal=False):
    conn = sqlite3.connect(path)
    if wal:
        conn.execute("PRAGMA journal_mode=WAL")
    conn.executescript(sql)
    conn.close()
    return path


FOREIGN = {
    "plain.db": ("CREATE TABLE t (x); INSERT INTO t VALUES (1);", False),
    "versioned.db": ("CREATE TABLE t (x); PRAGMA user_version = 1;", False),
    "clash.db": ("CREATE TABLE goals (x); PRAGMA user_version = 1;", False),
    "newer-looking.db": ("CREATE TABLE t (x); PRAGMA user_version = 99;", False),
    "wal.db": ("CREATE TABLE t (x); INSERT INTO t VALUES (1);", True),
}


@pytest.mark.parametrize("name", FOREIGN)
@pytest.mark.parametrize("command", [["report"], ["log", "1", "5"], ["backup"],
                                     ["export", "--format", "csv"]])
def test_a_foreign_sqlite_file_stays_byte_identical(tmp_path, capsys, name, command):
    sql, wal = FOREIGN[name]
    path = make(tmp_path / name, sql, wal)
    before = digest(path)
    code = main(["--db", str(path), "--lang", "en", *command])
    assert code == 3
    err = capsys.readouterr().err
    assert "Traceback" not in err and "not changed" in err
    assert "Restore" not in err  # another program's file is not damaged
    assert digest(path) == before and side_files(path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no backups/ either


def test_an_empty_file_or_an_empty_sqlite_file_is_initialised(tmp_path):
    zero = tmp_path / "zero.db"
    zero.write_bytes(b"")
    empty = make(tmp_path / "empty.db", "PRAGMA user_version = 0;")
    for path in (zero, empty):
        assert main(["--db", str(path), "log", "1", "5"]) == 2  # opened fine: no goal 1 yet
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA user_version").fetchone()[0] >= 1
        conn.close()


def test_an_empty_db_option_is_refused(capsys):
    assert main(["--db", "", "--lang", "en", "report"]) == 2
    assert "empty path" in capsys.readouterr().err
    assert not data_dir().exists()  # the default database was not created either


def test_a_missing_folder_is_named_and_not_created(tmp_path, capsys):
    path = tmp_path / "tpyo" / "goals.db"
    assert main(["--db", str(path), "--lang", "en", "report"]) == 3
    err = capsys.readouterr().err
    assert str(tmp_path / "tpyo") in err and "does not exist" in err
    assert not (tmp_path / "tpyo").exists()


def test_the_default_folder_is_created(capsys):
    assert main(["report"]) == 0
    assert (data_dir() / "smart-tui.db").exists()


@pytest.mark.parametrize("kind", ["fifo", "directory", "device"])
def test_a_db_that_is_not_a_regular_file_is_refused_without_hanging(tmp_path, capsys, kind):
    if kind == "fifo":
        path = tmp_path / "pipe"
        os.mkfifo(path)
    elif kind == "directory":
        path = tmp_path / "folder"
        path.mkdir()
    else:
        path = "/dev/zero"
    assert main(["--db", str(path), "--lang", "en", "report"]) == 3
    assert "not a regular file" in capsys.readouterr().err


def test_odd_table_names_in_a_foreign_file_are_read_safely(tmp_path, capsys):
    path = make(tmp_path / "odd.db", 'CREATE TABLE "a""b" (x); PRAGMA user_version = 1;')
    before = digest(path)
    assert main(["--db", str(path), "--lang", "en", "report"]) == 3
    assert "did not make" in capsys.readouterr().err and digest(path) == before


def test_restore_from_a_pipe_or_folder_is_refused_without_hanging(tmp_path, capsys):
    db = tmp_path / "cur.db"
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for source in (fifo, tmp_path):
        assert main(["--db", str(db), "--lang", "en", "restore", str(source)]) == 3
        assert "nothing was restored" in capsys.readouterr().err
