"""The wizard fills its number fields as the UI writes numbers (« 2 000 », « 12,5 » in
French; "2,000", "12.5" in English), and a goal saved without touching them keeps exactly
its values; the unsaved-changes question is not asked for untouched fields. The retitle
offered after a target change groups a figure that grows past 1 000 the same way."""

from __future__ import annotations

from dataclasses import replace

import pytest
from textual.widgets import Input

from smart_tui.domain.models import GoalStatus
from smart_tui.tui.screens.confirm import ConfirmScreen
from smart_tui.tui.screens.wizard import WizardScreen

from .conftest import SIZE, TODAY, make_app, notifications

NNB = "\u202f"
FIELDS = ("baseline", "target", "budget", "hours")
SHOWN = {
    # the demo's sessions goal, an hours figure with a decimal
    "active": {"fr": (f"2{NNB}000", f"2{NNB}600", f"1{NNB}234,5", "12,5"),
               "en": ("2,000", "2,600", "1,234.5", "12.5")},
    # a draft with large values and decimals
    "draft": {"fr": (f"1{NNB}234{NNB}567,25", f"1{NNB}300{NNB}000,5", f"2{NNB}500", "0,25"),
              "en": ("1,234,567.25", "1,300,000.5", "2,500", "0.25")},
}
VALUES = {"active": (2000.0, 2600.0, 1234.5, 12.5),
          "draft": (1234567.25, 1300000.5, 2500.0, 0.25)}


def _goal(store, kind: str):
    status = GoalStatus.ACTIVE if kind == "active" else GoalStatus.DRAFT
    goal = store.goal(next(g for g in store.goals() if g.status == status).id)
    baseline, target, budget, hours = VALUES[kind]
    goal = replace(goal, baseline=baseline, target=target, budget_per_month=budget,
                   hours_per_week=hours)
    store.update_goal(goal, goal.start or TODAY, "")
    return store.goal(goal.id)


def _fields(app) -> tuple[str, ...]:
    return tuple(app.screen.query_one(f"#{name}", Input).value for name in FIELDS)


@pytest.mark.parametrize("kind", ["active", "draft"])
@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_untouched_numbers_are_shown_as_the_ui_writes_them_and_saved_unchanged(
        demo_store, lang, kind):
    goal = _goal(demo_store, kind)
    app = make_app(demo_store, lang)
    async with app.run_test(size=SIZE) as pilot:
        await app.push_screen(WizardScreen(goal.id))
        await pilot.pause()
        assert _fields(app) == SHOWN[kind][lang]
        assert not app.screen.dirty
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, WizardScreen), notifications(app)
        await app.push_screen(WizardScreen(goal.id))  # saved, then shown the same again
        await pilot.pause()
        assert _fields(app) == SHOWN[kind][lang]
    saved = demo_store.goal(goal.id)
    assert (saved.baseline, saved.target, saved.budget_per_month,
            saved.hours_per_week) == VALUES[kind]
    assert saved.status == goal.status


RETITLE = {"fr": ("o", f"Gagner 1{NNB}000\u00a0abonnés sur le compte Instagram"),
           "en": ("y", "Gagner 1,000\u00a0abonnés sur le compte Instagram")}


CLOSE = {"fr": "\u00a0»", "en": "”"}


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_a_gain_that_grows_past_1000_is_offered_grouped(demo_store, lang):
    goal = next(g for g in demo_store.goals() if g.statement.startswith("Gagner 500\u00a0abonnés"))
    app = make_app(demo_store, lang)
    yes, after = RETITLE[lang]
    async with app.run_test(size=SIZE) as pilot:
        await app.push_screen(WizardScreen(goal.id))
        app.screen.query_one("#target", Input).value = "2500"
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen), notifications(app)
        question = str(app.screen.query_one("#confirm-question").render())
        assert question.endswith(f"{after} de la boutique{CLOSE[lang]}")
        await pilot.press(yes)
        await pilot.pause()
    assert demo_store.goal(goal.id).statement == f"{after} de la boutique"
