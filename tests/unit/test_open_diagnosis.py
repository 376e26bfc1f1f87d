"""A healthy database that cannot be opened is never called damaged: issue 10, item 18.

The tests run as any user (root ignores permissions), so the environment's answers —
SQLite's error and what the folder allows — are simulated at the one place they are read.
"""

import sqlite3

import pytest

import smart_tui.storage.db as dbmod
from smart_tui.cli import main
from smart_tui.storage import Store
from tests.conftest import sales_priority


@pytest.fixture
def healthy(tmp_path):
    path = tmp_path / "shop.db"
    store = Store.open(path)
    store.add_priority(sales_priority())
    store.close()
    return path


def refuse_writes(monkeypatch, message):
    def configure(db, **kwargs):
        raise sqlite3.OperationalError(message)

    monkeypatch.setattr(dbmod, "_configure", configure)


def run(path, capsys):
    code = main(["--db", str(path), "--lang", "en", "report"])
    err = capsys.readouterr().err
    assert code == 3 and "Traceback" not in err
    assert "damaged" not in err.replace("not damaged", "") and "restore" not in err.lower()
    return err


def test_a_read_only_folder_says_so(healthy, monkeypatch, capsys):
    refuse_writes(monkeypatch, "attempt to write a readonly database")
    monkeypatch.setattr(dbmod.os, "access", lambda p, mode: str(p) != str(healthy.parent))
    err = run(healthy, capsys)
    assert "read-only" in err and str(healthy.parent) in err and "not damaged" in err


def test_a_read_only_folder_at_the_read_only_check_says_so(healthy, monkeypatch, capsys):
    connect = sqlite3.connect

    def no_shm(target, *args, **kwargs):
        if "mode=ro" in str(target):
            raise sqlite3.OperationalError("unable to open database file")
        return connect(target, *args, **kwargs)

    monkeypatch.setattr(dbmod.sqlite3, "connect", no_shm)
    monkeypatch.setattr(dbmod.os, "access", lambda p, mode: str(p) != str(healthy.parent))
    assert "read-only" in run(healthy, capsys)


@pytest.mark.parametrize("message", ["database or disk is full", "disk I/O error"])
def test_a_full_disk_says_so(healthy, monkeypatch, capsys, message):
    refuse_writes(monkeypatch, message)
    monkeypatch.setattr(dbmod, "_disk_full", lambda folder: True)
    err = run(healthy, capsys)
    assert "is full" in err and "free some space" in err


def test_no_permission_says_so(healthy, monkeypatch, capsys):
    monkeypatch.setattr(dbmod, "is_sqlite_file", lambda p: False)  # its header is unreadable
    monkeypatch.setattr(dbmod.os, "access", lambda p, mode: False)
    assert "permission" in run(healthy, capsys)
