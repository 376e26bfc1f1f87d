"""The key bar names what the page says and what the key does: « o » when the review has
nothing due but other goals, « x Réactiver » on an archived priority (QA, item 4)."""

from __future__ import annotations

from datetime import date

import pytest

from smart_tui.domain.models import PriorityStatus
from smart_tui.tui.screens.confirm import ConfirmScreen
from smart_tui.tui.screens.priorities import PrioritiesScreen
from smart_tui.tui.widgets.keybar import KeyBar
from tests.conftest import sales_priority, smart_goal

from .conftest import SIZE, TODAY, make_app, notifications

INCLUDE = {"fr": "o Inclure tous les objectifs", "en": "o Include every goal"}
ARCHIVE = {"fr": "x Archiver", "en": "x Archive"}
RESTORE = {"fr": "x Réactiver", "en": "x Restore"}
RESTORED = {"fr": "réactivée", "en": "restored"}


def _bar(app) -> str:
    """The key bar as painted (its last rendered line)."""
    line = app.screen.query_one(KeyBar).render_line(0)
    return "".join(segment.text for segment in line).strip()


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_a_review_with_nothing_due_shows_the_key_it_names(empty_store, lang):
    priority = empty_store.add_priority(sales_priority())
    empty_store.add_goal(smart_goal(priority.id, start=TODAY, deadline=date(2027, 6, 1)))
    app = make_app(empty_store, lang, start="review")
    async with app.run_test(size=(80, 24)) as pilot:
        assert INCLUDE[lang] in _bar(app)
        await pilot.press("o")
        await pilot.pause()
        assert len(app.screen.queue) == 1
        assert "o " not in _bar(app)  # every goal is in: the key has done its work


async def test_a_review_page_with_due_goals_keeps_o_out_of_its_crowded_bar(demo_store):
    app = make_app(demo_store, "fr", start="review")
    async with app.run_test(size=(80, 24)):
        assert app.screen.queue and INCLUDE["fr"] not in _bar(app)


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_an_archived_priority_offers_to_restore_it_and_x_does(demo_store, lang):
    priority = demo_store.priorities()[0]
    app = make_app(demo_store, lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        assert isinstance(app.screen, PrioritiesScreen)
        assert ARCHIVE[lang] in _bar(app)
        await pilot.press("x")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("o" if lang == "fr" else "y")
        await pilot.pause()
        assert demo_store.priority(priority.id).status == PriorityStatus.ARCHIVED
        bar = _bar(app)
        assert RESTORE[lang] in bar and ARCHIVE[lang] not in bar
        await pilot.press("x")  # restores at once (no question), as the bar says
        await pilot.pause()
        assert demo_store.priority(priority.id).status == PriorityStatus.ACTIVE
        assert RESTORED[lang] in notifications(app)
        assert ARCHIVE[lang] in _bar(app)
