"""``smart-tui log GOAL --from FILE``: preview, import, re-import, remembered choices, bad files."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from smart_tui.cli import main
from smart_tui.measures import Choices, plan_file
from smart_tui.services import Workspace
from smart_tui.services.measures import import_measures, preview_measures, remembered
from smart_tui.storage import Store
from tests.conftest import sales_priority, smart_goal

EXPORTS = Path(__file__).resolve().parents[1] / "data" / "exports"
GA4 = EXPORTS / "ga4_traffic_acquisition.csv"
TODAY = "2026-04-10"


@pytest.fixture
def goal_db(db_path, monkeypatch):
    """The SEO goal (sessions, a count), started 1 Jan 2026, with one checkpoint on 31 Jan."""
    monkeypatch.setenv("SMART_TUI_TODAY", TODAY)
    store = Store.open(db_path)
    store.add_priority(sales_priority())
    goal = store.add_goal(smart_goal())
    from smart_tui.domain.models import Checkpoint

    store.add_checkpoint(goal.id, Checkpoint(date(2026, 1, 31), 2000))
    store.close()
    return db_path


def run(capsys, *args):
    code = main(["--lang", "fr", *args])
    out, err = capsys.readouterr()
    return code, out, err


def checkpoints(db_path):
    conn = sqlite3.connect(db_path)
    found = conn.execute("SELECT date, value FROM checkpoints ORDER BY date").fetchall()
    conn.close()
    return found


def test_dry_run_prints_the_table_and_writes_nothing(capsys, goal_db):
    before = checkpoints(goal_db)
    code, out, _ = run(capsys, "--db", str(goal_db), "log", "1", "--from", str(GA4),
                       "--column", "Sessions", "--dry-run")
    assert code == 0
    assert "Aperçu, rien n'est enregistré" in out
    assert "31 janv. 2026" in out and "remplace 2\u202f000" in out
    assert "28 févr. 2026" in out and "nouveau" in out
    assert "Période incomplète laissée de côté\u00a0: du 1er mars 2026 au 31 mars 2026" in out
    assert "Trajectoire après import" in out
    assert checkpoints(goal_db) == before


def test_import_replaces_then_a_second_import_changes_nothing(capsys, goal_db):
    code, out, _ = run(capsys, "--db", str(goal_db), "log", "1", "--from", str(GA4),
                       "--column", "Sessions")
    assert code == 0 and "nouveaux\u00a0: 1, remplacés\u00a0: 1, inchangés\u00a0: 0" in out
    first = checkpoints(goal_db)
    assert first == [("2026-01-31", 2154.0), ("2026-02-28", 2044.0)]
    conn = sqlite3.connect(goal_db)
    logged = conn.execute("SELECT old, new FROM adjustments").fetchall()
    conn.close()
    # the correction is on record, as typed values
    assert logged == [('{"date": "2026-01-31", "value": 2000}',
                       '{"date": "2026-01-31", "value": 2154}')]
    # next month: the choices are remembered, the same file changes nothing
    code, out, _ = run(capsys, "--db", str(goal_db), "log", "1", "--from", str(GA4))
    assert code == 0 and "nouveaux\u00a0: 0, remplacés\u00a0: 0, inchangés\u00a0: 2" in out
    assert checkpoints(goal_db) == first


def test_dates_after_today_or_before_the_start_are_skipped_and_reported(tmp_path, store):
    store.add_priority(sales_priority())
    goal = store.add_goal(smart_goal(start=date(2026, 2, 1)))
    path = tmp_path / "e.csv"
    path.write_text("Mois,Sessions\n202601,10\n202602,20\n202603,30\n202604,40\n")
    plan = plan_file(path, Choices(), goal.unit)
    result = import_measures(Workspace(store), goal.id, plan, date(2026, 4, 10))
    assert [(p.day, p.status) for p in result.proposed] == [
        (date(2026, 2, 28), "new"), (date(2026, 3, 31), "new")]
    assert [(s.day, s.reason) for s in result.skipped] == [
        (date(2026, 1, 31), "error.checkpoint_before_start"),
        (date(2026, 4, 30), "error.checkpoint_future")]
    assert [c.date for c in store.checkpoints(goal.id)] == [date(2026, 2, 28), date(2026, 3, 31)]
    memory = remembered(Workspace(store), goal.id)
    assert memory is not None and memory.choices.column == "Sessions"
    assert memory.path == str(path)


def test_preview_and_import_agree_on_the_trajectory(tmp_path, store):
    store.add_priority(sales_priority())
    goal = store.add_goal(smart_goal())
    plan = plan_file(GA4, Choices(column="Sessions"), goal.unit)
    preview = preview_measures(Workspace(store), goal.id, plan, date(2026, 4, 10))
    assert store.checkpoints(goal.id) == []
    done = import_measures(Workspace(store), goal.id, plan, date(2026, 4, 10))
    assert preview.after == done.after and preview.proposed == done.proposed


def test_a_failed_write_leaves_nothing_half_way(tmp_path, store, monkeypatch):
    store.add_priority(sales_priority())
    goal = store.add_goal(smart_goal())
    plan = plan_file(GA4, Choices(column="Sessions"), goal.unit)
    import smart_tui.services.measures as service

    def broken(*args):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(service.measure_choices, "save", broken)
    with pytest.raises(Exception):  # noqa: B017 - the store wraps it as a DatabaseError
        import_measures(Workspace(store), goal.id, plan, date(2026, 4, 10))
    assert store.checkpoints(goal.id) == [] and remembered(Workspace(store), goal.id) is None


BAD = {
    "unreadable": (None, "Impossible de lire"),
    "empty": ("", "aucune ligne de mesures"),
    "no_dates": ("Canal,Sessions\nOrganic,10\nDirect,4\n", "Aucune colonne de dates"),
    "no_numbers": ("Date,Canal\n2026-03-01,Organic\n", "Aucune colonne de nombres"),
    "mixed_dates": ("Date,V\n2026-03-01,1\n02/03/2026,2\n2026-03-03,3\n",
                    "Formats de date mélangés dans la colonne «\u00a0Date\u00a0»"),
    "mixed_numbers": ("Date,V\n2026-03-01,1\n2026-03-02,beaucoup\n2026-03-03,3\n",
                      "«\u00a0beaucoup\u00a0» (ligne 3) n'est pas un nombre"),
    "binary": (b"\x00\x01\x02garbage", "n'est ni un fichier CSV"),
    "no_column": ("Date,V\n2026-03-01,1\n", "Pas de colonne «\u00a0Visites\u00a0»"),
}


@pytest.mark.parametrize("kind", sorted(BAD))
def test_bad_files_exit_2_with_a_clear_message_and_write_nothing(capsys, goal_db, tmp_path,
                                                                 kind):
    content, needle = BAD[kind]
    path = tmp_path / "export.csv"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    extra = ["--column", "Visites"] if kind == "no_column" else []
    before = checkpoints(goal_db)
    code, out, err = run(capsys, "--db", str(goal_db), "log", "1", "--from", str(path), *extra)
    assert code == 2 and needle in err and "Traceback" not in err
    assert out == "" and checkpoints(goal_db) == before


def test_a_file_over_the_size_limit_is_refused_before_reading(capsys, goal_db, tmp_path,
                                                              monkeypatch):
    import smart_tui.measures.reader as reader

    path = tmp_path / "huge.csv"
    path.write_text("Date,V\n2026-03-01,1\n")
    monkeypatch.setattr(reader, "MAX_BYTES", 10)  # a 200 MB file, scaled down
    code, _, err = run(capsys, "--db", str(goal_db), "log", "1", "--from", str(path))
    assert code == 2 and "au-delà de la limite" in err


def test_several_columns_are_listed_with_an_example_command(capsys, goal_db):
    code, _, err = run(capsys, "--db", str(goal_db), "log", "1", "--from", str(GA4))
    assert code == 2
    assert "Sessions, Engaged sessions, Engagement rate" in err
    assert '--column "Sessions"' in err


@pytest.mark.parametrize("args, needle", [
    (["log", "1"], "Indiquez la valeur mesurée"),
    (["log", "1", "12", "--from", "x.csv"], "soit une valeur, soit --from"),
    (["log", "1", "12", "--period", "week"], "--period ne sert qu'avec --from"),
])
def test_usage_errors_of_log(capsys, goal_db, args, needle):
    code, _, err = run(capsys, "--db", str(goal_db), *args)
    assert code == 2 and needle in err
