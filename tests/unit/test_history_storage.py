"""The typed history in the database, in the JSON interchange and in the roadmap.

``tests/data/schema-v1-history.db`` was written by the app as of commit 9d72677 (schema
v1, history as plain strings) with ``tests/data/make_schema_v1_history.py``.
"""

import json
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from smart_tui import interchange as jsondoc
from smart_tui.domain.history import CheckpointValue, Resources
from smart_tui.domain.models import (
    Adjustment,
    AdjustmentKind,
    Checkpoint,
    Goal,
    GoalStatus,
    Priority,
    Unit,
)
from smart_tui.domain.review import Decision
from smart_tui.i18n import Translator
from smart_tui.services import Workspace
from smart_tui.services.transfer import export
from smart_tui.storage import SCHEMA_VERSION, Store
from smart_tui.storage.history_migration import TYPED_ADJUSTMENT_KINDS
from smart_tui.storage.migrations import user_version

K = AdjustmentKind
DAY = date(2026, 3, 2)
MARCH_1 = date(2026, 3, 1)
DATA = Path(__file__).resolve().parents[1] / "data"
RAW = ("=None", "budget_per_month", "hours_per_week", "keep_course", "2026-02-27:")


@pytest.fixture
def legacy(tmp_path):
    path = tmp_path / "smart-tui.db"
    shutil.copyfile(DATA / "schema-v1-history.db", path)
    return path


def raw_rows(path):
    conn = sqlite3.connect(path)
    found = conn.execute("SELECT id, goal_id, kind, old, new, note FROM adjustments "
                         "ORDER BY id").fetchall()
    conn.close()
    return found


def test_the_fixture_holds_the_strings_of_schema_v1():
    conn = sqlite3.connect((DATA / "schema-v1-history.db").as_uri() + "?mode=ro", uri=True)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    olds = [r[0] for r in conn.execute("SELECT old FROM adjustments")]
    conn.close()
    assert "budget_per_month=None, hours_per_week=2" in olds and "2026-02-27: 4.15" in olds


def test_upgrading_schema_v1_turns_every_history_string_into_a_typed_value(legacy):
    before = raw_rows(legacy)
    store = Store.open(legacy, backups=False)
    assert user_version(store.conn) == SCHEMA_VERSION  # whatever steps come after this one
    goal = store.goal(1)
    typed = [(a.kind, a.old, a.new, a.note) for a in goal.adjustments]
    assert typed == [
        (K.STATUS, GoalStatus.DRAFT, GoalStatus.ACTIVE, "plan validé"),
        (K.TARGET, 600.0, 750.0, "en avance"),
        (K.DEADLINE, date(2026, 11, 27), date(2026, 12, 31), "en avance"),
        (K.ACTIONS, Resources(None, 2.0), Resources(None, 3.0), "une heure de plus"),
        (K.ACTIONS, Resources(None, 3.0), None, "annonces recentrées"),
        (K.ACTIONS, Resources(None, 3.0), Resources(150.5, 3.0), "un budget"),
        (K.CHECKPOINT, CheckpointValue(date(2026, 2, 27), 4.15),
         CheckpointValue(date(2026, 2, 27), 4.2), "faute de frappe"),
        (K.CHECKPOINT, CheckpointValue(date(2026, 2, 28), 12.5), None, "doublon"),
        (K.DECISION, None, Decision.KEEP, "on garde"),
        (K.OTHER, None, None, "note libre"),
    ]
    assert [(a.old, a.new) for a in store.goal(2).adjustments] == [(4.5, 4.6)]
    after = raw_rows(legacy)
    assert [(r[0], r[1], r[5]) for r in after] == [(r[0], r[1], r[5]) for r in before]
    assert after[3][3] == '{"budget_per_month": null, "hours_per_week": 2}'
    store.close()


def test_the_rebuilt_table_keeps_its_index_its_cascade_and_accepts_decisions(legacy):
    store = Store.open(legacy, backups=False)
    conn = store.conn
    indexes = [r[1] for r in conn.execute("PRAGMA index_list(adjustments)")]
    assert "adjustments_goal" in indexes
    [fk] = conn.execute("PRAGMA foreign_key_list(adjustments)").fetchall()
    assert (fk[2], fk[6]) == ("goals", "CASCADE")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    entry = store.record_decision(2, DAY, Decision.KEEP, "on continue")
    assert entry.id == 12  # ids go on from the old table's
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO adjustments (goal_id, date, kind, note, created_at) "
                     "VALUES (1, '2026-03-02', 'whim', '', '')")
    conn.execute("DELETE FROM goals WHERE id = 2")
    assert conn.execute("SELECT COUNT(*) FROM adjustments WHERE goal_id = 2").fetchone()[0] == 0
    store.close()


def test_triggers_and_extra_indexes_on_the_history_survive_the_rebuild(legacy):
    conn = sqlite3.connect(legacy)
    conn.execute("CREATE INDEX adjustments_kind ON adjustments(kind)")
    conn.execute("CREATE TRIGGER adjustments_stamp AFTER INSERT ON adjustments BEGIN "
                 "UPDATE adjustments SET note = note || ' (logged)' WHERE id = NEW.id; END")
    conn.commit()
    conn.close()
    store = Store.open(legacy, backups=False)
    names = {r[0] for r in store.conn.execute(
        "SELECT name FROM sqlite_master WHERE tbl_name = 'adjustments'")}
    assert {"adjustments", "adjustments_goal", "adjustments_kind", "adjustments_stamp"} <= names
    store.record_decision(1, DAY, Decision.KEEP, "on garde")
    assert store.goal(1).adjustments[-1].note == "on garde (logged)"
    store.close()


def test_a_hand_edited_legacy_value_is_kept_as_words_rather_than_blocking_the_upgrade(legacy):
    conn = sqlite3.connect(legacy)
    conn.execute("UPDATE adjustments SET new = 'beaucoup' WHERE id = 2")
    conn.commit()
    conn.close()
    store = Store.open(legacy, backups=False)
    entry = store.goal(1).adjustments[1]
    assert (entry.kind, entry.old, entry.new) == (K.OTHER, "600", "beaucoup")
    store.close()


def test_the_migration_knows_every_kind_of_the_app():
    assert set(TYPED_ADJUSTMENT_KINDS) == set(K.values())


@pytest.fixture
def store():
    store = Store.open(":memory:")
    priority = store.add_priority(Priority("Ventes"))
    store.add_goal(Goal(intent="Plus de commandes", priority_id=priority.id, kpi="commandes",
                        unit=Unit.COUNT, baseline=500, target=600, hours_per_week=2,
                        deadline=date(2026, 11, 27)))
    yield store
    store.close()


def test_each_store_action_records_typed_values(store):
    goal = store.goal(1)
    goal.status, goal.target = GoalStatus.ACTIVE, 750
    store.update_goal(goal, DAY)
    store.adjust_actions(1, DAY, "plus de temps", hours_per_week=3)
    checkpoint = store.add_checkpoint(1, Checkpoint(date(2026, 3, 1), 610))
    checkpoint.value = 620
    store.update_checkpoint(checkpoint, DAY)
    store.delete_checkpoint(checkpoint.id, DAY)
    store.record_decision(1, DAY, Decision.KEEP, "on garde")
    history = [(a.kind, a.old, a.new) for a in store.goal(1).adjustments]
    assert history == [
        (K.TARGET, 600.0, 750.0), (K.STATUS, GoalStatus.DRAFT, GoalStatus.ACTIVE),
        (K.ACTIONS, Resources(None, 2.0), Resources(None, 3.0)),
        (K.CHECKPOINT, CheckpointValue(MARCH_1, 610), CheckpointValue(MARCH_1, 620)),
        (K.CHECKPOINT, CheckpointValue(MARCH_1, 620), None),
        (K.DECISION, None, Decision.KEEP),
    ]


def test_keep_course_is_recorded_as_a_decision(store):
    store.record_decision(1, DAY, Decision.KEEP, "on garde")
    [entry] = store.goal(1).adjustments
    assert (entry.kind, entry.new, entry.note) == (K.DECISION, Decision.KEEP, "on garde")


def test_the_json_export_writes_typed_values_and_reimports_them_identically(legacy):
    store = Store.open(legacy, backups=False)
    snapshot = store.snapshot()
    text = jsondoc.dumps(jsondoc.build_document(snapshot))
    written = json.loads(text)["goals"][0]["adjustments"]
    assert written[3]["old"] == {"budget_per_month": None, "hours_per_week": 2}
    assert written[6]["new"] == {"date": "2026-02-27", "value": 4.2}
    assert (written[1]["old"], written[8]["kind"], written[8]["new"]) == (600, "decision",
                                                                        "keep_course")
    parsed = jsondoc.parse_document(jsondoc.loads(text))
    assert [g.adjustments for g in parsed.goals] == [
        [Adjustment(a.date, a.kind, a.old, a.new, a.note) for a in g.adjustments]
        for g in snapshot.goals]
    other = Store.open(":memory:")
    other.import_snapshot(parsed)
    again = jsondoc.dumps(jsondoc.build_document(other.snapshot()))
    assert json.loads(again)["goals"] == json.loads(text)["goals"]
    store.close()
    other.close()


def test_an_export_of_the_first_versions_imports_with_typed_values():
    adjustments = [
        {"date": "2026-03-02", "kind": "actions", "old": "budget_per_month=None, hours_per_week=1",
         "new": "budget_per_month=300, hours_per_week=1", "note": ""},
        {"date": "2026-03-02", "kind": "checkpoint", "old": "2026-11-27: 4.15", "new": None,
         "note": ""},
        {"date": "2026-03-02", "kind": "target", "old": "2600", "new": "2800.5", "note": ""},
        {"date": "2026-03-02", "kind": "status", "old": "draft", "new": "active", "note": ""},
        {"date": "2026-03-02", "kind": "other", "old": None, "new": "keep_course", "note": "ok"},
    ]
    document = {"format": "smart-tui", "version": 1, "priorities": [],
                "goals": [{"intent": "x", "adjustments": adjustments}]}
    [goal] = jsondoc.parse_document(document).goals
    assert [(a.kind, a.old, a.new) for a in goal.adjustments] == [
        (K.ACTIONS, Resources(None, 1.0), Resources(300.0, 1.0)),
        (K.CHECKPOINT, CheckpointValue(date(2026, 11, 27), 4.15), None),
        (K.TARGET, 2600.0, 2800.5),
        (K.STATUS, GoalStatus.DRAFT, GoalStatus.ACTIVE),
        (K.DECISION, None, Decision.KEEP),
    ]


@pytest.mark.parametrize(("entry", "where"), [
    ({"kind": "target", "old": "lots", "new": 3}, "goals[0].adjustments[0].old"),
    ({"kind": "actions", "old": None, "new": {"budget": 1}}, "goals[0].adjustments[0].new"),
    ({"kind": "status", "old": "paused", "new": "active"}, "goals[0].adjustments[0].old"),
    ({"kind": "checkpoint", "old": None, "new": {"date": "2026-02-30", "value": 1}},
     "goals[0].adjustments[0].new"),
])
def test_a_history_value_that_does_not_fit_is_refused_with_its_place(entry, where):
    document = {"format": "smart-tui", "version": 1, "priorities": [],
                "goals": [{"intent": "x", "adjustments": [{"date": "2026-03-02", **entry}]}]}
    with pytest.raises(jsondoc.DocumentError) as caught:
        jsondoc.parse_document(document)
    assert caught.value.where == where and caught.value.problem == "invalid.history_value"


# -- what people read ------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_roadmap_shows_the_history_in_words(legacy, lang):
    store = Store.open(legacy, backups=False)
    store.conn.execute("UPDATE goals SET status = 'active'")
    text = export(Workspace(store), "md", Translator(lang), date(2026, 3, 10)).decode()
    store.close()
    for raw in RAW:
        assert raw not in text
    if lang == "fr":
        for line in ("Cible\u00a0: 600 → 750 commandes", "Statut\u00a0: brouillon → actif",
                     "Moyens\u00a0: 2\u00a0h/semaine → 3\u00a0h/semaine",
                     "Décision\u00a0: garder le cap",
                     "Point d'étape du 27 févr. 2026\u00a0: 4,15 → 4,2",
                     "Échéance\u00a0: 27 nov. 2026 → 31 déc. 2026", "Cible\u00a0: 4,5/5 → 4,6/5"):
            assert line in text
        assert "| draft" not in text and "→ active" not in text
    else:
        assert "Target: 600 → 750 commandes" in text and "Decision: stay the course" in text
