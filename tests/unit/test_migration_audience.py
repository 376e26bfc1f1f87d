"""Schema step 2: the website lever and the audience question, on the committed v1 file."""

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from smart_tui.domain.models import Lever
from smart_tui.storage import Store
from smart_tui.storage.migrations import (
    MIGRATIONS,
    _audience_and_website,
    migrate,
    user_version,
)

V1_FILE = Path(__file__).resolve().parents[1] / "data" / "schema-v1.db"
STEP = MIGRATIONS.index(_audience_and_website) + 1  # the step that adds audience_present


def _counts(conn):
    return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("priorities", "goals", "checkpoints", "adjustments")}


def test_the_v1_file_upgrades_keeping_every_row_and_link(tmp_path):
    path = tmp_path / "v1.db"
    path.write_bytes(V1_FILE.read_bytes())
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    before = _counts(conn)
    links = conn.execute("SELECT goal_id, date, value FROM checkpoints ORDER BY id").fetchall()
    migrate(conn, upto=STEP)
    assert user_version(conn) == STEP
    assert _counts(conn) == before
    after = conn.execute("SELECT goal_id, date, value FROM checkpoints ORDER BY id").fetchall()
    assert after == links
    assert conn.execute("SELECT COUNT(*) FROM goals WHERE audience_present IS NULL").fetchone()[0] \
        == before["goals"]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    # the references follow the renamed table, so deleting a goal still cascades
    goal_id = links[0][0]
    conn.execute("DELETE FROM goals WHERE id = ?", (goal_id,))
    assert conn.execute("SELECT COUNT(*) FROM checkpoints WHERE goal_id = ?",
                        (goal_id,)).fetchone()[0] == 0
    # the new lever is accepted, an unknown one still refused
    conn.execute("UPDATE goals SET lever = 'website' WHERE id = (SELECT MIN(id) FROM goals)")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE goals SET lever = 'tv' WHERE id = (SELECT MIN(id) FROM goals)")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE goals SET audience_present = 2")
    conn.close()


def test_a_fresh_database_gets_the_same_schema_as_an_upgraded_one(tmp_path):
    fresh = sqlite3.connect(":memory:", isolation_level=None)
    migrate(fresh)
    path = tmp_path / "v1.db"
    path.write_bytes(V1_FILE.read_bytes())
    upgraded = sqlite3.connect(path, isolation_level=None)
    migrate(upgraded)

    def schema(conn):
        return sorted(" ".join(sql.split()) for (sql,) in conn.execute(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL"))

    assert schema(fresh) == schema(upgraded)
    assert user_version(fresh) == len(MIGRATIONS)


@pytest.mark.parametrize("answer", [True, False, None])
def test_the_answer_round_trips_through_the_store(store, answer):
    from tests.conftest import sales_priority, smart_goal

    priority = store.add_priority(sales_priority())
    goal = smart_goal(priority.id, lever=Lever.WEBSITE, audience_present=answer)
    goal = store.add_goal(goal)
    assert store.goal(goal.id).audience_present is answer
    goal.audience_present = not answer if answer is not None else True
    store.update_goal(goal, date(2026, 2, 1))
    assert store.goal(goal.id).audience_present is goal.audience_present
    assert isinstance(store, Store)


def _doc_with(goal_fields):
    from smart_tui.demo import demo_snapshot
    from smart_tui.interchange import build_document

    doc = build_document(demo_snapshot(date(2026, 11, 27)))
    doc["goals"] = doc["goals"][:1]
    doc["goals"][0].pop("audience_present", None)
    doc["goals"][0].update(goal_fields)
    return doc


@pytest.mark.parametrize(("fields", "expected"), [
    ({}, None),  # an older file, without the key, still imports
    ({"audience_present": None}, None),
    ({"audience_present": True}, True),
    ({"audience_present": False}, False),
    ({"lever": "website"}, None),
])
def test_the_json_interchange_carries_the_answer(fields, expected):
    from smart_tui.interchange import build_document, parse_document

    snapshot = parse_document(_doc_with(fields))
    assert snapshot.goals[0].audience_present is expected
    assert build_document(snapshot)["goals"][0]["audience_present"] is expected
    if "lever" in fields:
        assert snapshot.goals[0].lever == Lever.WEBSITE


@pytest.mark.parametrize("bad", ["yes", 1, 0, "true"])
def test_a_non_boolean_answer_is_refused_with_its_place(bad):
    from smart_tui.i18n import Translator
    from smart_tui.interchange import DocumentError, parse_document
    from smart_tui.present import error_text

    with pytest.raises(DocumentError) as caught:
        parse_document(_doc_with({"audience_present": bad}))
    assert "goals[0].audience_present" in error_text(Translator("fr"), caught.value)
