"""« Importer des mesures… » from the goal card, keyboard only: preview, then import."""

from __future__ import annotations

from datetime import date, timedelta

from textual.widgets import DataTable, Input, Static

from smart_tui.tui.screens.goal import GoalScreen
from smart_tui.tui.screens.measures_dialog import MeasuresDialog
from tests.ui.conftest import SIZE, make_app, notifications


def write_export(path):
    """A daily export from 1 October to 20 November 2026 (today is 27 November)."""
    lines = ["# Rapport d'acquisition", "Date;Sessions organiques"]
    day = date(2026, 10, 1)
    while day <= date(2026, 11, 20):
        lines.append(f"{day:%d/%m/%Y};10")
        day += timedelta(days=1)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")


async def test_import_from_the_goal_card_with_a_preview(demo_store, tmp_path):
    export = tmp_path / "export.csv"
    write_export(export)
    app = make_app(demo_store, "fr")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")  # the SEO goal's card
        card = app.screen
        assert isinstance(card, GoalScreen)
        before = len(demo_store.checkpoints(card.goal_id))
        await pilot.press("i")
        dialog = app.screen
        assert isinstance(dialog, MeasuresDialog)
        dialog.query_one("#measures-path", Input).value = str(tmp_path / "missing.csv")
        await pilot.press("enter")
        summary = dialog.query_one("#measures-summary", Static)
        assert "Impossible de lire" in str(summary.render())
        await pilot.press("ctrl+s")  # nothing to import: the dialog stays
        assert app.screen is dialog
        assert "Rien à importer" in str(dialog.query_one(".form-error").render())

        dialog.query_one("#measures-path", Input).value = str(export)
        await pilot.press("enter")
        preview = dialog.query_one("#measures-preview", DataTable)
        assert preview.row_count == 1  # October; November is partial and left out of a sum
        row = [str(c) for c in preview.get_row_at(0)]
        assert row == ["31 oct. 2026", "310", "nouveau"]
        text = str(summary.render())
        assert "colonne «\u00a0Sessions organiques\u00a0», somme" in text
        assert "Période incomplète laissée de côté" in text and "Trajectoire après import" in text
        assert len(demo_store.checkpoints(card.goal_id)) == before  # a preview writes nothing

        await pilot.press("ctrl+s")
        assert app.screen is card
        assert "nouveaux\u00a0: 1" in notifications(app)
        saved = {c.date: c.value for c in demo_store.checkpoints(card.goal_id)}
        assert saved[date(2026, 10, 31)] == 310

        await pilot.press("i")  # the path and choices are remembered: the preview is there
        dialog = app.screen
        await pilot.pause()
        row = [str(c) for c in dialog.query_one("#measures-preview", DataTable).get_row_at(0)]
        assert row == ["31 oct. 2026", "310", "inchangé"]
        await pilot.press("escape")
        assert app.screen is card
