import re
import subprocess
import sys
from datetime import date

from smart_tui.i18n import Translator, resolve_language
from smart_tui.messages import en, fr


def test_catalogues_have_the_same_keys_and_placeholders():
    assert set(fr.MESSAGES) == set(en.MESSAGES)
    for key in fr.MESSAGES:
        fields = lambda text: sorted(set(re.findall(r"{(\w+)}", text)))  # noqa: E731
        assert fields(fr.MESSAGES[key]) == fields(en.MESSAGES[key]), key


def test_french_formats():
    tr = Translator("fr")
    assert tr.percent(12.5) == "12,5\u00a0%"
    assert tr.money(1234) == "1\u202f234\u00a0€"
    assert tr.number(2000) == "2\u202f000"
    assert tr.date_short(date(2026, 12, 31)) == "31 déc. 2026"
    assert tr.date_long(date(2026, 12, 31)) == "31 décembre 2026"
    assert tr.date_long(date(2026, 7, 1)) == "1er juillet 2026"


def test_english_formats():
    tr = Translator("en")
    assert tr.percent(12.5) == "12.5%"
    assert tr.money(1234) == "€1,234"
    assert tr.date_short(date(2026, 12, 31)) == "31 Dec 2026"
    assert tr.date_long(date(2026, 7, 1)) == "1 July 2026"


def test_language_resolution_order():
    assert resolve_language("en", {"SMART_TUI_LANG": "fr", "LANG": "fr_FR.UTF-8"}) == "en"
    assert resolve_language(None, {"SMART_TUI_LANG": "fr", "LANG": "en_US"}) == "fr"
    assert resolve_language(None, {"LANG": "en_US"}, configured="fr") == "fr"
    assert resolve_language(None, {"LANG": "fr_FR.UTF-8"}) == "fr"
    assert resolve_language(None, {"LC_ALL": "fr_CA.UTF-8", "LANG": "en_US"}) == "fr"
    assert resolve_language(None, {"LANG": "de_DE.UTF-8"}) == "en"
    assert resolve_language(None, {}) == "en"


def _modules_after(code: str) -> set[str]:
    script = code + "\nimport sys; print(' '.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_domain_loads_without_textual_or_sqlite():
    loaded = _modules_after(
        "import smart_tui.domain.models, smart_tui.domain.smart, smart_tui.domain.trajectory,"
        " smart_tui.domain.dates, smart_tui.domain.schedule, smart_tui.domain.levers,"
        " smart_tui.domain.numbers, smart_tui.domain.invariants, smart_tui.domain.decisions,"
        " smart_tui.domain.views, smart_tui.domain.text, smart_tui.domain.limits"
    )
    assert not {"textual", "sqlite_utils", "sqlite3", "_sqlite3", "smart_tui.i18n",
                "smart_tui.messages"} & loaded


def test_storage_and_commands_load_without_textual():
    loaded = _modules_after("import smart_tui.storage, smart_tui.commands, smart_tui.cli")
    assert "textual" not in loaded


def test_reading_the_database_does_not_import_sqlite_utils(tmp_path):
    """Start-up and report only read: they should not pay for sqlite-utils' import."""
    from smart_tui.storage import Store

    path = tmp_path / "r.db"
    Store.open(path).close()
    loaded = _modules_after(
        "from datetime import date; from smart_tui.services import Workspace; "
        "from smart_tui.services.overview import goal_views; "
        f"s = Workspace.open({str(path)!r}); goal_views(s, date(2026, 11, 27)); s.snapshot()"
    )
    assert "sqlite_utils" not in loaded


def test_no_catalogue_repeats_a_key():
    """A repeated key in a dict literal silently replaces the first: refuse it."""
    import ast
    from pathlib import Path

    folder = Path(__file__).resolve().parents[2] / "smart_tui" / "messages"
    for path in folder.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):
                keys = [k.value for k in node.keys if isinstance(k, ast.Constant)]
                repeated = {k for k in keys if keys.count(k) > 1}
                assert not repeated, f"{path.name}: {sorted(repeated)}"
