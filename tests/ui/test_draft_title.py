"""A draft saved with only its wish typed is called by the wish everywhere: in the notice,
on its card (heading and Specific line) and on the dashboard (QA walk-through, item 5)."""

from __future__ import annotations

import html
import re

import pytest
from textual.widgets import Input

from smart_tui.domain.models import GoalStatus
from smart_tui.tui.screens.dashboard import DashboardScreen

from .conftest import SIZE, make_app, notifications, type_text


def screen_text(app) -> str:
    """What the terminal shows, as text (the screenshot's characters, tags dropped)."""
    svg = app.export_screenshot()
    return html.unescape(re.sub(r"<[^>]+>", "", svg)).replace("\u00a0", " ")


SAVED = {"fr": "Objectif «\u00a0Plus de commandes\u00a0» enregistré (brouillon).",
         "en": "Goal “Plus de commandes” saved (draft)."}
NOT_WRITTEN = {"fr": "L'objectif n'est pas encore formulé", "en": "The goal is not written yet"}


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_ctrl_s_on_page_one_saves_the_wish_as_the_drafts_title(empty_store, lang):
    app = make_app(empty_store, lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        app.screen.query_one("#intent", Input).focus()
        await type_text(pilot, "Plus de commandes")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
        assert SAVED[lang] in notifications(app)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Plus de commandes" in screen_text(app)  # the dashboard's list
        await pilot.press("enter")  # the draft's card
        await pilot.pause()
        card = screen_text(app)
        assert "smart-tui — Plus de commandes" in card
        assert NOT_WRITTEN[lang] not in card
    saved = empty_store.goals()
    assert len(saved) == 1 and saved[0].status == GoalStatus.DRAFT
    assert saved[0].statement == "Plus de commandes" and saved[0].intent == "Plus de commandes"
