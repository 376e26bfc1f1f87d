"""Every command and error path of the command line, with its exit code."""

import json
import subprocess
import sys
from datetime import date

import pytest

from smart_tui import __version__
from smart_tui.cli import main
from smart_tui.demo import demo_snapshot
from smart_tui.domain.models import GoalStatus
from smart_tui.interchange import build_document, dumps
from smart_tui.storage import SCHEMA_VERSION, Store
from tests.cli.conftest import run
from tests.conftest import sales_priority, smart_goal

TODAY = "2026-11-27"




def test_report_json_contract(capsys, demo_db):
    code, out, _ = run(capsys, "report", "--json", "--today", TODAY, "--db", demo_db)
    assert code == 0
    doc = json.loads(out)
    assert doc["today"] == TODAY
    goal = doc["goals"][0]
    assert set(goal) == {"id", "priority_id", "intent", "statement", "status", "cadence",
                         "sentence", "smart", "trajectory"}
    assert set(goal["smart"]) == {"is_smart", "specific", "measurable", "achievable", "relevant",
                                  "time_bound"}
    assert set(goal["smart"]["specific"]) == {"verdict", "code", "reason", "hint"}
    # the coach speaks in report --json: a hint for every criterion that is not ok
    for g in doc["goals"]:
        for name in ("specific", "measurable", "achievable", "relevant", "time_bound"):
            criterion = g["smart"][name]
            assert (criterion["hint"] is None) == (criterion["verdict"] == "ok"), (g["id"], name)
    draft = next(g for g in doc["goals"] if g["status"] == "draft")
    assert draft["smart"]["specific"]["verdict"] == "fail"
    assert draft["smart"]["specific"]["hint"]
    assert set(goal["trajectory"]) == {"status", "progress", "expected_progress", "latest_value",
                                       "latest_date", "days_ahead", "projected_at_deadline",
                                       "next_checkpoint", "due"}
    statuses = {g["trajectory"]["status"] for g in doc["goals"]}
    assert {"ahead", "behind", "no_data"} <= statuses
    draft = next(g for g in doc["goals"] if g["status"] == "draft")
    assert draft["cadence"] is None and draft["smart"]["is_smart"] is False
    assert isinstance(goal["trajectory"]["progress"], float)
    assert goal["cadence"] in ("weekly", "monthly", "quarterly")


def test_report_text_in_french_and_english(capsys, demo_db):
    code, out, _ = run(capsys, "--lang", "fr", "report", "--today", TODAY, "--db", demo_db)
    assert code == 0 and "Objectifs au 27 novembre 2026" in out and "en avance de" in out
    code, out, _ = run(capsys, "report", "--lang", "en", "--today", TODAY, "--db", demo_db)
    assert code == 0 and "Goals on 27 November 2026" in out and "days\u00a0behind" in out


def test_report_due_exits_like_grep(capsys, demo_db, db_path, tmp_path):
    code, out, _ = run(capsys, "report", "--due", "--json", "--today", TODAY, "--db", demo_db)
    assert code == 0 and all(g["trajectory"]["due"] for g in json.loads(out)["goals"])
    empty = tmp_path / "empty.db"
    code, out, _ = run(capsys, "report", "--due", "--json", "--today", TODAY, "--db", empty)
    assert code == 1 and json.loads(out)["goals"] == []


def test_report_bad_today_is_exit_2(capsys, demo_db):
    code, _, err = run(capsys, "report", "--today", "31/02/2026", "--db", demo_db, "--lang", "en")
    assert code == 2 and "31/02/2026" in err


def test_log_records_a_checkpoint_with_decimal_comma(capsys, db_path, monkeypatch):
    monkeypatch.setenv("SMART_TUI_TODAY", "2026-03-10")
    store = Store.open(db_path)
    store.add_priority(sales_priority())
    goal = store.add_goal(smart_goal(1))
    store.close()
    code, out, _ = run(capsys, "--db", db_path, "--lang", "fr", "log", goal.id, "2100,5",
                       "--date", "01/03/2026", "--note", "après la campagne",
                       "--confidence", "high")
    assert code == 0
    assert "Point d'étape enregistré" in out and "2\u202f100,5" in out
    assert "pas encore de mesure →" in out
    store = Store.open(db_path)
    [checkpoint] = store.checkpoints(goal.id)
    assert (checkpoint.date, checkpoint.value, checkpoint.note, checkpoint.confidence.value) == (
        date(2026, 3, 1), 2100.5, "après la campagne", "high")
    store.close()


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("99", "12"), "99"),
        (("abc", "12"), "abc"),
        (("1", "douze"), "douze"),
        (("1", "12", "--date", "31/02/2026"), "31/02/2026"),
        (("1", "12", "--date", "plus tard"), "Formes acceptées"),
        (("1", "12", "--date", "2027-01-01"), "futur"),
        (("1", "12", "--date", "2025-06-01"), "précède"),
        (("1", "12", "--confidence", "maybe"), "maybe"),
    ],
)
def test_log_bad_input_is_exit_2_and_writes_nothing(capsys, db_path, monkeypatch, args, needle):
    monkeypatch.setenv("SMART_TUI_TODAY", "2026-03-10")
    store = Store.open(db_path)
    store.add_goal(smart_goal(None))
    store.close()
    code, out, err = run(capsys, "--db", db_path, "--lang", "fr", "log", *args)
    assert code == 2
    assert needle in err
    store = Store.open(db_path)
    assert store.db.execute("SELECT COUNT(*) FROM checkpoints").fetchone()[0] == 0
    store.close()


def test_export_and_import_round_trip(capsys, demo_db, tmp_path):
    out_file = tmp_path / "backup.json"
    code, _, err = run(capsys, "export", "--format", "json", "-o", out_file, "--db", demo_db)
    assert code == 0 and str(out_file) in err
    first = json.loads(out_file.read_text(encoding="utf-8"))
    fresh = tmp_path / "fresh.db"
    code, out, _ = run(capsys, "import", out_file, "--db", fresh, "--lang", "en")
    assert code == 0 and "3\u00a0priorities, 7\u00a0goals" in out
    code, out, _ = run(capsys, "export", "--db", fresh)
    second = json.loads(out)
    for doc in (first, second):
        doc.pop("exported_at")
    assert len(second["goals"]) == len(first["goals"])
    assert [g["checkpoints"] for g in first["goals"]] == [g["checkpoints"] for g in second["goals"]]


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("{not json", "line 1"),
        ('{"format": "excel"}', "format"),
        (None, "goals[0].deadline"),
    ],
)
def test_malformed_import_writes_nothing(capsys, db_path, tmp_path, content, needle):
    if content is None:
        doc = build_document(demo_snapshot(date(2026, 11, 27), "en"))
        doc["goals"][0]["deadline"] = "someday"
        content = dumps(doc)
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    code, _, err = run(capsys, "import", bad, "--db", db_path, "--lang", "en")
    assert code == 2 and needle in err and "nothing" in err
    store = Store.open(db_path)
    assert store.priorities() == [] and store.goals() == []
    store.close()


def test_import_past_the_priority_cap_is_refused(capsys, demo_db, tmp_path):
    doc = tmp_path / "doc.json"
    doc.write_text(dumps(build_document(demo_snapshot(date(2026, 11, 27), "fr"))))
    code, _, err = run(capsys, "import", doc, "--db", demo_db, "--lang", "fr")
    assert code == 2 and "2\u00a0ou 3\u00a0axes" in err
    store = Store.open(demo_db)
    assert len(store.priorities()) == 3
    store.close()


def test_import_missing_file_is_exit_2(capsys, db_path, tmp_path):
    code, _, err = run(capsys, "import", tmp_path / "nope.json", "--db", db_path, "--lang", "en")
    assert code == 2 and "nope.json" in err


def test_not_a_database_exits_3_and_is_left_unchanged(capsys, tmp_path):
    path = tmp_path / "photo.db"
    path.write_bytes(b"\x89PNG not a database" * 50)
    before = path.read_bytes()
    for args in (("report",), ("log", "1", "2"), ("export",), ("report", "--json")):
        code, _, err = run(capsys, *args, "--db", path, "--lang", "fr")
        assert code == 3 and str(path) in err and "--db" in err
    assert path.read_bytes() == before


def test_newer_schema_exits_3(capsys, tmp_path):
    import sqlite3

    path = tmp_path / "new.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    before = path.read_bytes()
    code, _, err = run(capsys, "report", "--db", path, "--lang", "en")
    assert code == 3 and "newer" in err
    assert path.read_bytes() == before


def test_usage_errors_exit_2_in_the_users_language(capsys):
    assert main(["--lang", "fr", "frobnicate"]) == 2
    assert "Commande incorrecte" in capsys.readouterr().err


def test_version_and_help(capsys):
    assert main(["--version"]) == 0
    assert __version__ in capsys.readouterr().out
    assert main(["--lang", "fr", "--help"]) == 0
    assert "point d'étape" in capsys.readouterr().out


def test_default_database_lives_in_the_user_data_dir(capsys):
    import os
    from pathlib import Path

    expected = Path(os.environ["XDG_DATA_HOME"]) / "smart-tui" / "smart-tui.db"  # a temp dir
    assert not expected.exists()
    assert run(capsys, "report")[0] == 0
    assert expected.exists()


def test_smart_tui_db_environment_variable(capsys, tmp_path, monkeypatch):
    target = tmp_path / "env.db"
    monkeypatch.setenv("SMART_TUI_DB", str(target))
    assert run(capsys, "report")[0] == 0
    assert target.exists()


def test_log_command_never_imports_textual(demo_db):
    code = (
        "import sys; from smart_tui.cli import main; "
        f"rc = main(['--db', {str(demo_db)!r}, 'log', '1', '2500']); "
        "assert 'textual' not in sys.modules, 'textual imported'; "
        f"rc2 = main(['--db', {str(demo_db)!r}, 'report', '--json']); "
        "assert 'textual' not in sys.modules; sys.exit(rc or rc2)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_console_script_exit_codes(tmp_path):
    exe = [sys.executable, "-m", "smart_tui"]
    bad = tmp_path / "x.db"
    bad.write_text("not sqlite")
    assert subprocess.run([*exe, "--db", str(bad), "report"], capture_output=True).returncode == 3
    assert subprocess.run([*exe, "bogus"], capture_output=True).returncode == 2


@pytest.mark.parametrize(("lang", "needle"), [
    ("fr", "Cet objectif n'est pas encore mesurable : donnez-lui d'abord un indicateur (KPI) "
           "et une cible chiffrée"),
    ("en", "This goal cannot be measured yet: give it a KPI and a numeric target first"),
])
def test_log_on_a_goal_without_kpi_is_refused_with_what_to_fill_in(
        capsys, db_path, monkeypatch, lang, needle):
    monkeypatch.setenv("SMART_TUI_TODAY", "2026-03-10")
    store = Store.open(db_path)
    goal = store.add_goal(smart_goal(None, status=GoalStatus.DRAFT, kpi="", target=None))
    store.close()
    code, _, err = run(capsys, "--db", db_path, "--lang", lang, "log", goal.id, "12")
    assert code == 2
    assert needle in " ".join(err.split())
    store = Store.open(db_path)
    assert store.db.execute("SELECT COUNT(*) FROM checkpoints").fetchone()[0] == 0
    store.close()


def test_logging_the_same_measure_again_writes_nothing(capsys, db_path, monkeypatch):
    monkeypatch.setenv("SMART_TUI_TODAY", "2026-03-10")
    store = Store.open(db_path)
    goal = store.add_goal(smart_goal(None))
    store.close()
    assert run(capsys, "--db", db_path, "--lang", "en", "log", goal.id, "12")[0] == 0
    code, out, _ = run(capsys, "--db", db_path, "--lang", "en", "log", goal.id, "12")
    assert code == 0
    assert "Nothing changed: the checkpoint of 10 March 2026 is already 12" in out
    store = Store.open(db_path)
    assert len(store.goal(goal.id).adjustments) == 0  # no « 12 → 12 » in the history
    store.close()
