"""Every export the app can produce re-imports, identically: each fixture database (the
committed older schemas, upgraded, and the demo in both languages) is exported to JSON,
imported into an empty database, and exported again."""

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from smart_tui.cli import main
from smart_tui.demo import demo_snapshot
from smart_tui.storage import Store

DATA = Path(__file__).resolve().parents[1] / "data"
TODAY = date(2026, 11, 27)


def fixtures() -> list[str]:
    return sorted(p.name for p in DATA.glob("*.db")) + ["demo-fr", "demo-en"]


def export(db: Path, out: Path, capsys) -> dict:
    assert main(["--db", str(db), "export", "--format", "json", "-o", str(out)]) == 0
    capsys.readouterr()
    document = json.loads(out.read_text(encoding="utf-8"))
    document.pop("exported_at")
    return document


@pytest.mark.parametrize("fixture", fixtures())
def test_an_export_re_imports_identically(fixture, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SMART_TUI_TODAY", TODAY.isoformat())
    db = tmp_path / "source.db"
    if fixture.startswith("demo-"):
        store = Store.open(db, backups=False)
        store.import_snapshot(demo_snapshot(TODAY, fixture.split("-")[1]))
        store.close()
    else:
        shutil.copy(DATA / fixture, db)  # upgraded to the current schema when opened
    first = export(db, tmp_path / "first.json", capsys)
    assert first["goals"], "a fixture with nothing in it proves nothing"
    again = tmp_path / "again.db"
    assert main(["--db", str(again), "import", str(tmp_path / "first.json")]) == 0, \
        capsys.readouterr().err
    capsys.readouterr()
    second = export(again, tmp_path / "second.json", capsys)
    assert second == first
