"""A file given to the wrong command, or that is not what the command reads: one sentence in
the user's language (no Python or library words), the command that reads it, and the exit
code of the refusal; nothing written."""

import hashlib

import pytest

from smart_tui.storage import Store
from tests.cli.conftest import run
from tests.conftest import sales_priority, smart_goal

RAW = ("codec", "decode", "byte 0x", "BadZipFile", "utf-8'", "Errno")


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def binary(tmp_path):
    path = tmp_path / "binary.db"
    path.write_bytes(b"\x9f\x00\xff\xfeGIF89a" + bytes(range(256)) * 4)
    return path


@pytest.mark.parametrize(("lang", "says"), [
    ("fr", "binary.db n'est pas un fichier texte JSON (UTF-8)\u00a0: rien n'a été importé."),
    ("en", "binary.db is not a JSON text file (UTF-8): nothing was imported."),
])
def test_import_of_a_binary_file_says_it_is_not_json_text(capsys, db_path, binary, lang, says):
    code, _, err = run(capsys, "--db", db_path, "--lang", lang, "import", binary)
    assert code == 2 and says in err and "export --format json" in err
    assert not any(word in err for word in RAW)


@pytest.mark.parametrize(("lang", "says"), [
    ("fr", "est une base SQLite (une sauvegarde\u202f?), pas un export JSON"),
    ("en", "is a SQLite database (a backup?), not a JSON export"),
])
def test_import_of_a_backup_points_to_restore(capsys, tmp_path, db_path, lang, says):
    backup = tmp_path / "backup.db"
    Store.open(backup).close()
    Store.open(db_path).close()
    before = digest(db_path)
    code, _, err = run(capsys, "--db", db_path, "--lang", lang, "import", backup)
    assert code == 2 and says in err
    assert f"smart-tui --db {db_path} restore {backup}" in err
    assert digest(db_path) == before


@pytest.mark.parametrize(("lang", "says"), [
    ("fr", "est un export JSON, pas une sauvegarde de la base\u00a0: rien n'a été restauré."),
    ("en", "is a JSON export, not a backup of the database: nothing was restored."),
])
def test_restore_of_a_json_export_points_to_import(capsys, tmp_path, db_path, lang, says):
    store = Store.open(db_path)
    store.add_priority(sales_priority())
    store.add_goal(smart_goal(1))
    store.close()
    export = tmp_path / "x.json"
    assert run(capsys, "--db", db_path, "export", "--format", "json", "-o", export)[0] == 0
    before = digest(db_path)
    code, _, err = run(capsys, "--db", db_path, "--lang", lang, "restore", export)
    assert code == 3 and says in err
    assert f"smart-tui --db {db_path} import {export}" in err
    assert digest(db_path) == before


def test_restore_of_other_text_is_still_not_a_backup(capsys, tmp_path, db_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("bonjour", encoding="utf-8")
    code, _, err = run(capsys, "--db", db_path, "--lang", "fr", "restore", notes)
    assert code == 3 and "n'est pas une sauvegarde smart-tui utilisable" in err
    assert "import" not in err


@pytest.mark.parametrize("command", ["export", "backup"])
@pytest.mark.parametrize(("lang", "says"), [
    ("fr", "-o a reçu un chemin vide\u00a0: indiquez un nom de fichier. Rien n'a été écrit."),
    ("en", "-o was given an empty path: give a file name. Nothing was written."),
])
def test_an_empty_output_path_is_named_as_such(capsys, tmp_path, monkeypatch, db_path, command,
                                               lang, says):
    monkeypatch.chdir(tmp_path)
    Store.open(db_path).close()
    listing = sorted(p.name for p in tmp_path.rglob("*"))
    code, _, err = run(capsys, "--db", db_path, "--lang", lang, command, "-o", "")
    assert code == 2 and says in err and "dossier" not in err and "folder" not in err
    assert sorted(p.name for p in tmp_path.rglob("*")) == listing


@pytest.mark.parametrize(("lang", "says"), [
    ("fr", "n'est pas un classeur .xlsx lisible (abîmé, protégé par un mot de passe"),
    ("en", "is not a readable .xlsx workbook (damaged, password-protected"),
])
def test_a_damaged_workbook_is_named_in_the_users_words(capsys, tmp_path, db_path, monkeypatch,
                                                        lang, says):
    monkeypatch.setenv("SMART_TUI_TODAY", "2026-04-10")
    store = Store.open(db_path)
    store.add_priority(sales_priority())
    store.add_goal(smart_goal(1))
    store.close()
    book = tmp_path / "ventes.xlsx"
    book.write_bytes(b"PK\x03\x04 not really a workbook")
    code, _, err = run(capsys, "--db", db_path, "--lang", lang, "log", "1", "--from", book)
    assert code == 2 and says in err
    assert not any(word in err for word in RAW)
