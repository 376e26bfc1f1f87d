"""Issue 10, item 17: each cause of a traceback is fixed; the rest gets one line and code 70."""

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from smart_tui.cli import EXIT_CODES, main
from smart_tui.crash import EXIT_CRASH
from smart_tui.domain.dates import DateRangeError, parse_date, parse_iso
from smart_tui.domain.limits import MAX_DATE, MIN_DATE
from smart_tui.storage import Store
from tests.conftest import smart_goal

TODAY = date(2026, 3, 10)


@pytest.fixture
def goal_db(db_path, monkeypatch):
    monkeypatch.setenv("SMART_TUI_TODAY", TODAY.isoformat())
    store = Store.open(db_path)
    store.add_goal(smart_goal(None))
    store.close()
    return db_path


def run(capsys, db, *args):
    code = main(["--db", str(db), "--lang", "fr", *map(str, args)])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


@pytest.mark.parametrize("text", [
    "d'ici 9999 ans", "9999 years ago", "fin 0000", "fin Q2 0000", "31/12/0000",
    "0001-01-01", "fin 2101", "dans 75 ans", "il y a 200 ans", "29 février 0000",
])
def test_out_of_range_years_are_a_domain_error(text):
    with pytest.raises(DateRangeError):
        parse_date(text, TODAY)


def test_the_date_bounds_are_inclusive():
    assert parse_iso(MIN_DATE.isoformat()) == MIN_DATE
    assert parse_iso(MAX_DATE.isoformat()) == MAX_DATE
    assert parse_date("fin 2100", TODAY) == MAX_DATE
    assert parse_date("1er janvier 1900", TODAY) == MIN_DATE
    for text in ("1899-12-31", "2101-01-01"):
        with pytest.raises(DateRangeError):
            parse_iso(text)


@pytest.mark.parametrize(("args", "needle"), [
    (("log", "1" * 30, "5"), "1" * 30),
    (("log", "0", "5"), "numéro d'objectif"),
    (("log", "1", "5", "--date", "d'ici 9999 ans"), "hors des dates possibles"),
    (("log", "1", "5", "--date", "9999 years ago"), "1er janvier 1900"),
    (("log", "1", "5", "--date", "fin Q2 0000"), "31 décembre 2100"),
    (("log", "1", "1" + "0" * 20), "hors des limites"),
    (("report", "--today", "9999-12-31"), "9999-12-31"),
    (("backup", "-o", os.fsdecode(b"bk\xff.db")), "bk\\xff.db"),
])
def test_bad_arguments_exit_2_with_a_sentence(capsys, goal_db, args, needle):
    before = goal_db.read_bytes()
    code, _, err = run(capsys, goal_db, *args)
    assert code == 2
    assert needle in err
    assert goal_db.read_bytes() == before


def _import(capsys, db, tmp_path, text):
    path = tmp_path / "doc.json"
    path.write_text(text, encoding="utf-8")
    return run(capsys, db, "import", path)


def _doc(**priority):
    return {"format": "smart-tui", "version": 1,
            "priorities": [{"id": 1, "title": "Ventes", **priority}], "goals": []}


@pytest.mark.parametrize(("text", "needle"), [
    (json.dumps(_doc())[:-1] + ', "profile": {"hours_per_week": 1' + "0" * 400 + "}}",
     "profile.hours_per_week"),
    (json.dumps(_doc(position=10**20)), "priorities[0].position"),
    ("[" * 200_000 + "]" * 200_000, "imbriqué"),
    ('{"a": ' * 100_000 + "1" + "}" * 100_000, "imbriqué"),
])
def test_hostile_imports_are_refused_and_write_nothing(capsys, goal_db, tmp_path, text, needle):
    before = goal_db.read_bytes()
    code, _, err = _import(capsys, goal_db, tmp_path, text)
    assert code == 2
    assert needle in err
    assert goal_db.read_bytes() == before


def test_a_lone_surrogate_is_imported_as_a_replacement_character(capsys, goal_db, tmp_path):
    code, _, _ = _import(capsys, goal_db, tmp_path, json.dumps(_doc(title="Ventes \ud800")))
    assert code == 0
    store = Store.open(goal_db)
    assert [p.title for p in store.priorities()] == ["Ventes \ufffd"]
    store.close()


@pytest.mark.parametrize(("sql", "needle"), [
    ("UPDATE goals SET deadline = '2026-19-24'", "deadline"),
    ("UPDATE goals SET baseline = 'beaucoup'", "baseline"),
    ("INSERT INTO checkpoints (goal_id, date, value, note, created_at) "
     "VALUES (1, '2026-02-30', 5, '', '')", "checkpoints"),
    ("INSERT INTO checkpoints (goal_id, date, value, note, created_at) "
     "VALUES (1, '2026-02-01', 'abc', '', '')", "checkpoints"),
    # values outside the schema's CHECKs (an older or foreign writer): the field is named
    ("PRAGMA ignore_check_constraints = ON; UPDATE goals SET status = 'paused'", "status"),
    ("PRAGMA ignore_check_constraints = ON; UPDATE goals SET lever = 'tv'", "lever"),
    ("PRAGMA ignore_check_constraints = ON; UPDATE goals SET cadence = 'daily'", "cadence"),
])
@pytest.mark.parametrize("command", [("report",), ("export", "--format", "json"),
                                     ("export", "--format", "csv"), ("log", "1", "5")])
def test_a_bad_row_is_a_clear_database_error(capsys, goal_db, sql, needle, command):
    store = Store.open(goal_db)
    store.conn.executescript(sql)
    store.close()
    code, _, err = run(capsys, goal_db, *command)
    assert code == 3
    assert "valeur illisible" in err and needle in err and str(goal_db) in err


def test_an_ics_export_with_a_far_deadline_works(capsys, goal_db):
    store = Store.open(goal_db)
    store.conn.execute("UPDATE goals SET deadline = '9999-12-31'")
    store.conn.commit()
    store.close()
    code, out, _ = run(capsys, goal_db, "export", "--format", "ics")
    assert code == 0 and out.startswith("BEGIN:VCALENDAR")


def test_an_unexpected_error_is_one_line_a_crash_log_and_code_70(capsys, goal_db, monkeypatch):
    from smart_tui import commands

    def broken(*_):
        raise RuntimeError("boom \x1b[2J")

    monkeypatch.setattr(commands, "cmd_report", broken)
    code, out, err = run(capsys, goal_db, "report")
    assert code == EXIT_CRASH and EXIT_CRASH in EXIT_CODES and EXIT_CRASH not in (0, 1, 2, 3)
    assert out == "" and len(err.strip().splitlines()) == 1
    assert "Erreur inattendue" in err
    log = Path(err.split(" dans ", 1)[1].split(" (", 1)[0])
    assert log.is_relative_to(Path(os.environ["XDG_STATE_HOME"]))
    text = log.read_text()
    assert "Traceback" in text and "RuntimeError: boom \\x1b[2J" in text and "broken" in text
    assert "\x1b" not in err and "\x1b" not in text  # `cat` of the log is safe too


def test_crash_message_in_english_and_without_a_writable_log(capsys, goal_db, monkeypatch,
                                                             tmp_path):
    from smart_tui import commands

    monkeypatch.setattr(commands, "cmd_report", lambda *_: 1 / 0)
    blocker = tmp_path / "state"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocker))
    code = main(["--db", str(goal_db), "--lang", "en", "report"])
    err = capsys.readouterr().err
    assert code == EXIT_CRASH
    assert err.startswith("Unexpected smart-tui error") and "ZeroDivisionError" in err
    assert "Traceback" not in err


def test_the_real_command_line_takes_invalid_utf8_and_prints_no_traceback(goal_db, tmp_path):
    env = {**os.environ, "SMART_TUI_TODAY": TODAY.isoformat(), "LC_ALL": "C.UTF-8"}
    argv = [sys.executable, "-m", "smart_tui", "--db", str(goal_db), "log", "1", "2100",
            "--note", b"caf\xe9 \xff\x1b[31m"]
    done = subprocess.run(argv, capture_output=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert b"Traceback" not in done.stderr
    store = Store.open(goal_db)
    assert store.checkpoints(1)[0].note == "caf\ufffd \ufffd[31m"
    store.close()
    bad = subprocess.run([sys.executable, "-m", "smart_tui", "--db", str(goal_db), "backup",
                          "-o", str(tmp_path).encode() + b"/bk\xff.db"],
                         capture_output=True, env=env, timeout=60)
    assert bad.returncode == 2 and b"Traceback" not in bad.stderr and b"\\xff" in bad.stderr


def test_a_database_name_too_long_for_the_system_is_exit_3(capsys, tmp_path):
    code = main(["--db", str(tmp_path / ("x" * 300)), "report"])
    err = capsys.readouterr().err
    assert code == 3 and "Traceback" not in err and "x" * 50 in err


def test_a_database_whose_name_is_not_utf8_still_logs_and_refuses_a_backup(capsys, tmp_path,
                                                                           monkeypatch):
    monkeypatch.setenv("SMART_TUI_TODAY", TODAY.isoformat())
    db = tmp_path / os.fsdecode(b"caf\xe9.db")
    store = Store.open(db, backups=False)
    store.add_goal(smart_goal(None))
    store.close()
    assert main(["--db", str(db), "log", "1", "2100"]) == 0  # the daily backup is skipped
    code = main(["--db", str(db), "--lang", "en", "backup"])
    err = capsys.readouterr().err
    assert code == 3 and "Traceback" not in err and "caf\\xe9" in err
