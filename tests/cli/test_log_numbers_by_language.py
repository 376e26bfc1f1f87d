"""``smart-tui log`` reads a value the way the chosen language writes it: « 1,620 » is one
thousand six hundred and twenty in English, 1,62 in French; what a reader of the language could
read two ways is refused (exit 2) with both readings, and nothing is written."""

import pytest

from smart_tui.storage import Store
from tests.cli.conftest import run
from tests.conftest import sales_priority, smart_goal


@pytest.fixture
def goal_db(db_path, monkeypatch):
    monkeypatch.setenv("SMART_TUI_TODAY", "2026-03-10")
    store = Store.open(db_path)
    store.add_priority(sales_priority())
    goal = store.add_goal(smart_goal(1))
    store.close()
    return db_path, goal.id


def _values(db_path):
    store = Store.open(db_path)
    try:
        return [c.value for c in store.checkpoints(1)]
    finally:
        store.close()


@pytest.mark.parametrize(("lang", "typed", "stored", "shown"), [
    ("en", "1,620", 1620, "1,620"), ("en", "1.62", 1.62, "1.62"),
    ("fr", "1,620", 1.62, "1,62"), ("fr", "1 620", 1620, "1\u202f620"),
])
def test_the_value_is_read_as_the_language_writes_it(capsys, goal_db, lang, typed, stored, shown):
    db_path, goal_id = goal_db
    code, out, _ = run(capsys, "--db", db_path, "--lang", lang, "log", goal_id, typed)
    assert code == 0 and shown in out
    assert _values(db_path) == [stored]


@pytest.mark.parametrize(("lang", "typed", "message"), [
    ("fr", "1.620", "«\u00a01.620\u00a0» se lit de deux façons\u00a0: 1\u202f620 ou 1,62"),
    ("en", "1234,567", "“1234,567” can be read two ways: 1,234,567 or 1,234.567"),
])
def test_a_value_read_two_ways_is_refused_and_nothing_written(capsys, goal_db, lang, typed,
                                                             message):
    db_path, goal_id = goal_db
    code, _, err = run(capsys, "--db", db_path, "--lang", lang, "log", goal_id, typed)
    assert code == 2 and message in err
    assert _values(db_path) == []
