"""Who may open the served app, the command each tab runs, and the read-only database."""

import os
import shlex
import sqlite3
import sys

import pytest

from smart_tui.cli import main
from smart_tui.storage import DatabaseError, Store
from smart_tui.web.access import access_allowed, cookie_name, is_loopback, new_token, page_url
from tests.helpers import sha256

TOKEN = "k" * 32


@pytest.mark.parametrize("host", ["127.0.0.1", "127.8.9.10", "::1", "[::1]", "localhost"])
def test_loopback_hosts(host):
    assert is_loopback(host)


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20", "shop.lan", ""])
def test_other_hosts_are_not_loopback(host):
    assert not is_loopback(host)


def test_without_token_only_loopback_names_and_our_own_pages_get_in():
    assert access_allowed(None, None, "127.0.0.1:8000", None)
    assert access_allowed(None, None, "localhost:8000", "http://localhost:8000")
    assert access_allowed(None, None, "[::1]:8000", None)
    # DNS rebinding: another name that resolves to 127.0.0.1
    assert not access_allowed(None, None, "evil.example:8000", None)
    # another site's page opening our WebSocket
    assert not access_allowed(None, None, "127.0.0.1:8000", "http://evil.example")
    assert not access_allowed(None, None, "127.0.0.1:8000", "http://127.0.0.1:9000")


def test_with_token_every_request_needs_exactly_it():
    assert access_allowed(TOKEN, TOKEN, "shop.lan:8000", None)
    assert access_allowed(TOKEN, TOKEN, "192.168.1.20:8000", "http://192.168.1.20:8000")
    assert not access_allowed(TOKEN, None, "127.0.0.1:8000", None)
    assert not access_allowed(TOKEN, "", "127.0.0.1:8000", None)
    assert not access_allowed(TOKEN, TOKEN[:-1], "127.0.0.1:8000", None)
    assert not access_allowed(TOKEN, TOKEN + "x", "127.0.0.1:8000", None)
    assert not access_allowed(TOKEN, TOKEN, "shop.lan:8000", "http://evil.example")


def test_tokens_urls_and_cookies():
    first, second = new_token(), new_token()
    assert first != second and len(first) >= 32
    assert page_url("::1", 8000, None) == "http://[::1]:8000/"
    assert page_url("shop.lan", 8080, "abc") == "http://shop.lan:8080/?token=abc"
    assert page_url("shop.lan", 80, "a&b=c d") == "http://shop.lan:80/?token=a%26b%3Dc%20d"
    assert cookie_name(8000) != cookie_name(8001)


def test_each_tab_runs_the_same_app_on_the_same_database(tmp_path):
    from smart_tui.web.serve import app_command

    db = tmp_path / "l'atelier; rm -rf ~" / "shop.db"  # quoted for the shell
    words = shlex.split(app_command(db, "fr", read_only=True))
    assert words == [sys.executable, "-m", "smart_tui", "--db", str(db), "--lang", "fr",
                     "--read-only"]
    assert "--read-only" not in shlex.split(app_command(db, "en", read_only=False))



def test_read_only_store_reads_refuses_writes_and_leaves_the_file_alone(db_path):
    from tests.conftest import sales_priority

    writer = Store.open(db_path, backups=False)
    writer.add_priority(sales_priority())
    writer.close()
    before = sha256(db_path)
    store = Store.open(db_path, read_only=True)
    assert [p.title for p in store.priorities()] == [sales_priority().title]
    with pytest.raises(DatabaseError) as refused:
        store.add_priority(sales_priority(title="Autre"))
    assert refused.value.key == "error.read_only_mode"
    with pytest.raises(sqlite3.OperationalError, match="readonly"):  # SQLite refuses too
        store.conn.execute("DELETE FROM priorities")
    store.close()
    assert sha256(db_path) == before
    assert not (db_path.parent / "backups").exists()


def test_read_only_never_creates_a_database(tmp_path, capsys):
    missing = tmp_path / "none.db"
    with pytest.raises(DatabaseError) as refused:
        Store.open(missing, read_only=True)
    assert refused.value.key == "error.db_read_only_missing"
    assert main(["--read-only", "--db", str(missing), "--lang", "en"]) == 3
    assert "creates no database" in capsys.readouterr().err
    assert not missing.exists()


def test_serve_refuses_bad_input_with_exit_2(tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "s.db")
    assert main(["serve", "--db", db, "--lang", "en", "--token", "short"]) == 2
    assert "at least 16 characters" in capsys.readouterr().err
    assert main(["serve", "--db", db, "--lang", "en", "--port", "70000"]) == 2
    assert "Invalid port: 70000" in capsys.readouterr().err


def test_token_from_the_environment_stays_with_the_server(monkeypatch):
    from argparse import Namespace

    from smart_tui.i18n import Translator
    from smart_tui.web.serve import _token

    tr = Translator("en")
    monkeypatch.setenv("SMART_TUI_TOKEN", TOKEN)
    assert _token(Namespace(token=None), "0.0.0.0", tr) == TOKEN
    assert "SMART_TUI_TOKEN" not in os.environ  # the apps started per tab do not inherit it
    assert _token(Namespace(token=None), "127.0.0.1", tr) is None  # loopback: none needed
    drawn = _token(Namespace(token=None), "192.168.1.20", tr)
    assert drawn and len(drawn) >= 32
