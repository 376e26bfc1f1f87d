"""The goal card shows a database of the first versions' history in words, not raw values."""

import shutil
from pathlib import Path

import pytest
from textual.widgets import DataTable

from smart_tui.storage import Store
from smart_tui.tui.screens.goal import GoalScreen
from tests.ui.conftest import SIZE, make_app

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_the_goal_card_history_of_an_upgraded_database_reads_as_words(tmp_path, lang):
    path = tmp_path / "smart-tui.db"
    shutil.copyfile(DATA / "schema-v1-history.db", path)
    store = Store.open(path, backups=False)
    app = make_app(store, lang)
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(GoalScreen(1))
        await pilot.pause()
        history = app.screen.query_one("#goal-history", DataTable)
        shown = [str(history.get_row_at(i)[1]) for i in range(history.row_count)]
    store.close()
    assert len(shown) == 10
    for raw in ("=None", "budget_per_month", "keep_course", "2026-"):
        assert not any(raw in line for line in shown), raw
    if lang == "fr":  # English words happen to be the stored values ("draft", "active")
        assert not any("draft" in line or "→ active" in line for line in shown)
        assert shown[1] == "Décision\u00a0: garder le cap"
        assert shown[-1] == "Statut\u00a0: brouillon → actif"
        assert "Cible\u00a0: 600 → 750 commandes" in shown
        assert "Moyens\u00a0: 2\u00a0h/semaine → 3\u00a0h/semaine" in shown
    else:
        assert shown[1] == "Decision: stay the course"
        assert "Resources: 2\u00a0h/week → 3\u00a0h/week" in shown
