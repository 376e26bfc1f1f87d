"""Issue 10, item 12: text from outside is stripped where it enters and escaped when echoed."""

import json
import os

import pytest

from smart_tui.cli import main
from smart_tui.domain.limits import MAX_NOTE, MAX_TITLE
from smart_tui.domain.text import BIDI_CONTROLS, clean_text, shown
from smart_tui.interchange import DocumentError, loads, parse_document
from smart_tui.storage import Store
from tests.conftest import smart_goal

HOSTILE = "a\x1b[31mb\x1b]0;title\x07c\x9bd\u202eevil\u2066e\x00f\x7fg"


def test_clean_text_keeps_the_words_and_drops_every_control():
    assert clean_text(HOSTILE) == "a[31mb]0;titlecdevilefg"
    assert clean_text("un\ttab") == "un tab"


def test_newlines_stay_only_in_a_multi_line_field():
    assert clean_text("ligne 1\r\nligne 2\rligne 3\n", multiline=True) == \
        "ligne 1\nligne 2\nligne 3\n"
    assert clean_text("ligne 1\r\nligne 2") == "ligne 1 ligne 2"


def test_bidi_controls_and_lone_surrogates_are_removed():
    for char in BIDI_CONTROLS:
        assert clean_text(f"x{char}y") == "xy"
    assert clean_text("note \ud800 \udcff") == "note \ufffd \ufffd"


def test_french_typography_is_untouched():
    text = "Objectif\u00a0: «\u00a0+30\u202f%\u00a0» — l’été"
    assert clean_text(text) == text


def test_shown_makes_the_invisible_visible():
    assert shown("bk\udcff.db") == "bk\\xff.db"  # a byte that was not UTF-8
    assert shown("\x1b]0;x\x07") == "\\x1b]0;x\\x07"
    assert shown("a\u202eb") == "a\\u202eb"
    assert shown("l1\nl2") == "l1\\x0al2"
    assert shown("l1\nl2", keep_newlines=True) == "l1\nl2"
    assert shown("«\u00a0été\u00a0»") == "«\u00a0été\u00a0»"


def _document(**priority):
    return {"format": "smart-tui", "version": 1,
            "priorities": [{"id": 1, "title": "Ventes", **priority}], "goals": []}


def test_import_cleans_text_fields():
    doc = _document(title="Ventes\x1b[2J\u202e", problem="Les ventes\r\nstagnent\x07")
    snapshot = parse_document(doc)
    assert snapshot.priorities[0].title == "Ventes[2J"
    assert snapshot.priorities[0].problem == "Les ventes\nstagnent"


def test_import_checks_each_field_against_its_domain_limit():
    parse_document(_document(title="x" * MAX_TITLE))
    with pytest.raises(DocumentError) as caught:
        parse_document(_document(title="x" * (MAX_TITLE + 1)))
    assert caught.value.where == "priorities[0].title"
    assert caught.value.problem_params == {"length": MAX_TITLE + 1, "limit": MAX_TITLE}


def test_import_of_a_lone_surrogate_keeps_the_rest():
    doc = loads(json.dumps(_document(title="Ventes \ud800")))
    assert parse_document(doc).priorities[0].title == "Ventes \ufffd"


@pytest.fixture
def goal_db(db_path, monkeypatch):
    monkeypatch.setenv("SMART_TUI_TODAY", "2026-03-10")
    store = Store.open(db_path)
    store.add_goal(smart_goal(None))
    store.close()
    return db_path


def test_log_note_is_cleaned_before_it_is_stored(capsys, goal_db):
    bad_utf8 = os.fsdecode(b"caf\xe9 ")  # what Python makes of a Latin-1 argument
    note = bad_utf8 + "\x1b]8;;http://x\x07lien\x1b]8;;\x07\nsuite\u202e"
    assert main(["--db", str(goal_db), "log", "1", "2100", "--note", note]) == 0
    store = Store.open(goal_db)
    stored = store.checkpoints(1)[0].note
    store.close()
    assert stored == "caf\ufffd ]8;;http://xlien]8;;\nsuite"


def test_log_note_over_the_limit_is_refused_and_nothing_written(capsys, goal_db):
    code = main(["--db", str(goal_db), "--lang", "en", "log", "1", "2100",
                 "--note", "x" * (MAX_NOTE + 1)])
    assert code == 2
    assert f"{MAX_NOTE + 1}\u00a0characters" in capsys.readouterr().err
    store = Store.open(goal_db)
    assert store.checkpoints(1) == []
    store.close()


@pytest.mark.parametrize("args", [
    ["log", "1", "\x1b[31m12"],
    ["log", "1\x1b]0;pwn\x07", "12"],
    ["log", "1", "12", "--date", "\x1b[2J"],
    ["log", "1", "12", "--confidence", "\x1b[2J"],
    ["report", "--today", "\x1b[2J"],
    ["import", "/nonexistent/\x1b[2J.json"],
    ["export", "--format", "\x9b2J"],
    ["report", "--bogus\x1b[2J"],
])
def test_echoed_arguments_are_escaped(capsys, goal_db, args):
    code = main(["--db", str(goal_db), *args])
    assert code == 2
    err = capsys.readouterr().err
    assert err.strip()
    assert "\x1b" not in err and "\x9b" not in err and "\x07" not in err
    assert "\\x1b" in err or "\\x9b" in err


def test_report_of_an_old_database_holding_escapes_prints_none(capsys, goal_db):
    store = Store.open(goal_db)
    store.conn.execute("UPDATE goals SET statement = 'Trafic \x1b]0;pwn\x07 organique'")
    store.conn.commit()
    store.close()
    assert main(["--db", str(goal_db), "report"]) == 0
    out = capsys.readouterr().out
    assert "Trafic" in out and "\x1b" not in out and "\x07" not in out

