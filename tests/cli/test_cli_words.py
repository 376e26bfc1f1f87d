"""Issue 12, the command line's rough edges: dates, nothing due, the priority cap on import,
export file names and folders, and argparse speaking the user's language."""

import json
from datetime import date

import pytest

from smart_tui.cli import main
from smart_tui.demo import demo_snapshot
from smart_tui.export.formats import default_filename
from smart_tui.i18n import Translator
from smart_tui.interchange import build_document, dumps
from smart_tui.storage import Store
from tests.cli.conftest import run
from tests.conftest import smart_goal

TODAY = "2026-11-27"




@pytest.mark.parametrize("text, shown", [
    ("fin juin", "Objectifs au 30 juin 2027"),
    ("01/07/2026", "Objectifs au 1er juillet 2026"),
    ("2026-07-01", "Objectifs au 1er juillet 2026"),
    ("31 décembre 2026", "Objectifs au 31 décembre 2026"),
])
def test_report_today_accepts_the_documented_forms(capsys, demo_db, monkeypatch, text, shown):
    monkeypatch.setenv("SMART_TUI_TODAY", TODAY)
    code, out, err = run(capsys, "--lang", "fr", "report", "--today", text, "--db", demo_db)
    assert code == 0, err
    assert shown in out


def test_every_form_the_date_error_lists_is_accepted(capsys, demo_db, monkeypatch):
    monkeypatch.setenv("SMART_TUI_TODAY", TODAY)
    code, _, err = run(capsys, "--lang", "fr", "report", "--today", "n'importe", "--db", demo_db)
    assert code == 2
    listed = err.split("Formes acceptées\u00a0: ")[1].strip().rstrip(".")
    for form in listed.split(", "):
        assert run(capsys, "--lang", "fr", "report", "--today", form, "--db", demo_db)[0] == 0, form


def test_report_due_with_nothing_due_prints_one_sentence(capsys, tmp_path):
    empty = tmp_path / "empty.db"
    code, out, _ = run(capsys, "--lang", "fr", "report", "--due", "--today", TODAY, "--db", empty)
    assert code == 1
    assert out == "Aucun point d'étape à faire au 27 novembre 2026.\n"
    code, out, _ = run(capsys, "--lang", "en", "report", "--due", "--today", TODAY, "--db", empty)
    assert out == "No checkpoint due on 27 November 2026.\n"


def test_import_past_the_cap_says_how_to_proceed(capsys, demo_db, tmp_path):
    doc = tmp_path / "doc.json"
    doc.write_text(dumps(build_document(demo_snapshot(date(2026, 11, 27), "fr"))))
    code, _, err = run(capsys, "import", doc, "--db", demo_db, "--lang", "fr")
    assert code == 2
    assert "archivez d'abord une priorité" in err
    assert f"smart-tui --db nouvelle-base.db import {doc}" in err
    fresh = tmp_path / "nouvelle-base.db"
    code, out, _ = run(capsys, "--db", fresh, "--lang", "fr", "import", doc)
    assert code == 0 and "3\u00a0priorités" in out


def test_import_counts_are_plural_by_count(capsys, db_path, tmp_path):
    from smart_tui.domain.models import Snapshot

    doc = tmp_path / "one.json"
    goal = smart_goal()
    goal.priority_id = None
    doc.write_text(dumps(build_document(Snapshot(goals=[goal]))))
    code, out, err = run(capsys, "--lang", "fr", "import", doc, "--db", db_path)
    assert code == 0, err
    assert out == "Import terminé\u00a0: 0\u00a0priorité, 1\u00a0objectif, 0\u00a0point d'étape.\n"


def test_export_to_a_missing_folder_creates_it(capsys, demo_db, tmp_path):
    target = tmp_path / "new" / "folder" / "roadmap.md"
    code, _, err = run(capsys, "export", "--format", "md", "-o", target, "--db", demo_db)
    assert code == 0, err
    assert target.read_text(encoding="utf-8").startswith("# ")


def test_export_file_names_are_in_the_users_language():
    today = date(2026, 11, 27)
    fr, en = Translator("fr"), Translator("en")
    assert default_filename("csv", today, "goals", fr) == "objectifs-2026-11-27.csv"
    assert default_filename("csv", today, "checkpoints", fr) == "points-d-etape-2026-11-27.csv"
    assert default_filename("md", today, "goals", fr) == "feuille-de-route-2026-11-27.md"
    assert default_filename("csv", today, "goals", en) == "goals-2026-11-27.csv"
    assert default_filename("json", today, "goals", en) == "backup-2026-11-27.json"


def test_confidence_accepts_french_and_english_words(capsys, db_path, monkeypatch):
    monkeypatch.setenv("SMART_TUI_TODAY", TODAY)
    store = Store.open(db_path)
    goal = smart_goal(start=date(2026, 10, 1), deadline=date(2027, 3, 1))
    goal.priority_id = None
    goal_id = store.add_goal(goal).id
    store.close()
    for word, stored in (("élevée", "high"), ("faible", "low"), ("medium", "medium")):
        code, _, err = run(capsys, "--lang", "fr", "log", goal_id, "2100", "--confidence", word,
                           "--db", db_path)
        assert code == 0, err
        store = Store.open(db_path)
        assert store.checkpoints(goal_id)[-1].confidence.value == stored
        store.close()
    code, _, err = run(capsys, "--lang", "fr", "log", goal_id, "2100", "--confidence", "top",
                       "--db", db_path)
    assert code == 2 and "confiance inconnue «\u00a0top\u00a0»" in err


ENGLISH_WORDS = ("usage:", "options:", "positional arguments", "invalid choice", "required",
                 "show this help", "unrecognized", "expected", "argument COMMAND")


def test_argparse_speaks_french(capsys):
    assert main(["--lang", "fr", "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage\u00a0: smart-tui")
    assert "options\u00a0:" in out and "afficher cette aide et quitter" in out
    assert main(["--lang", "fr", "export", "--format", "pdf"]) == 2
    err = capsys.readouterr().err
    assert "choix invalide" in err and "Commande incorrecte" in err
    assert main(["--lang", "fr", "log"]) == 2
    err = capsys.readouterr().err
    assert "arguments obligatoires manquants" in err
    assert main(["--lang", "fr", "report", "--bogus"]) == 2
    err = capsys.readouterr().err
    assert "arguments non reconnus" in err
    for text in (out, err):
        assert not [w for w in ENGLISH_WORDS if w in text]


def test_argparse_is_english_again_after_a_french_run(capsys):
    main(["--lang", "fr", "--help"])
    capsys.readouterr()
    assert main(["--lang", "en", "--help"]) == 0
    assert capsys.readouterr().out.startswith("usage: smart-tui")


def test_json_type_errors_name_the_type_in_french(capsys, db_path, tmp_path):
    doc = tmp_path / "bad.json"
    doc.write_text(json.dumps({"format": "smart-tui", "version": 1, "priorities": {}}))
    code, _, err = run(capsys, "--lang", "fr", "import", doc, "--db", db_path)
    assert code == 2
    assert "type attendu\u00a0: tableau" in err and "array" not in err
