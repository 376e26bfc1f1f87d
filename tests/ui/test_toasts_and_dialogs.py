"""No notification covers a dialog; the ones still live show again once it closes.

Textual draws the live notifications on whichever screen is on top, a dialog included, at the
bottom right: over the dialog's buttons. The scene of the report: in the wizard, activating a
goal that is not SMART yet (twice) then saving it as a draft leaves three notices, and the
retitle question opens at once. At 80×24 they filled the height, over its buttons.

The notices are found by their CSS type name (``Toast``), the name the app's rule
(``SmartModal Toast`` in app.tcss) relies on: if Textual renames or redraws them, these tests
fail.
"""

from __future__ import annotations

from dataclasses import replace
from importlib import import_module
from pkgutil import iter_modules

import pytest
from textual.geometry import Region
from textual.screen import ModalScreen
from textual.widgets import Button

from smart_tui.domain.models import GoalStatus
from smart_tui.tui.base import SmartModal
from smart_tui.tui.screens.confirm import ConfirmScreen
from smart_tui.tui.screens.priority_form import PriorityForm
from smart_tui.tui.screens.wizard import WizardScreen

from .conftest import make_app, notifications

SIZES = [(80, 24), (120, 36)]
SAVED = {"fr": "Objectif «\u00a0Passer à 2 600 sessions par mois\u00a0» enregistré (brouillon).",
         "en": "Goal “Passer à 2 600 sessions par mois” saved (draft)."}
NOT_SMART = {"fr": "Pas encore SMART", "en": "Not SMART yet"}
QUESTION = {"fr": "Mettre à jour l'énoncé", "en": "Update the statement?"}


def shown_toasts(screen) -> list[tuple[str, Region]]:
    """The notices a user sees on ``screen``: their text and where they are drawn."""
    return [(str(t.render()), t.region) for t in screen.query("Toast")
            if t.visible and t.region.area]


def assert_usable(screen, box: str) -> None:
    """The dialog is whole on screen, and each of its buttons takes the click at its
    centre (nothing drawn over it)."""
    region = screen.query_one(box).region
    assert all(not region.overlaps(where) for _, where in shown_toasts(screen)), (
        region, shown_toasts(screen))
    for button in screen.query(Button):
        assert screen.get_widget_at(*button.region.center)[0] is button, button.id


async def _wizard_leaves_three_notices(app, pilot, store) -> int:
    goal = next(g for g in store.goals() if g.status == GoalStatus.ACTIVE)
    goal = replace(store.goal(goal.id), statement="Passer à 2 600 sessions par mois",
                   status=GoalStatus.DRAFT)
    store.update_goal(goal, goal.start, "")
    await app.push_screen(WizardScreen(goal.id))
    app.screen.query_one("#target").value = "900000"  # far out of reach: not SMART
    await pilot.pause()
    await pilot.press("ctrl+g", "ctrl+g")  # refused twice: « Pas encore SMART… »
    await pilot.press("ctrl+s")  # kept as a draft, then the retitle question
    await pilot.pause()
    await pilot.pause()
    return goal.id


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_the_retitle_question_is_not_covered_and_the_notices_come_back(
        demo_store, lang, size):
    app = make_app(demo_store, lang)
    async with app.run_test(size=size, notifications=True) as pilot:
        goal_id = await _wizard_leaves_three_notices(app, pilot, demo_store)
        dialog = app.screen
        assert isinstance(dialog, ConfirmScreen), notifications(app)
        assert QUESTION[lang] in str(dialog.query_one("#confirm-question").render())
        live = notifications(app)
        assert live.count(NOT_SMART[lang]) == 2 and SAVED[lang] in live  # posted, not lost
        assert_usable(dialog, "#confirm-box")
        await pilot.click("#no")  # the mouse reaches the button
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmScreen)
        # the notices' time has not run out (5 and 12 s): they show again, on the screen below
        texts = " ".join(text for text, _ in shown_toasts(app.screen))
        assert SAVED[lang] in texts and texts.count(NOT_SMART[lang]) == 2, texts
        for _, where in shown_toasts(app.screen):
            assert app.screen.get_widget_at(*where.center)[0].region == where
    assert demo_store.goal(goal_id).statement == "Passer à 2 600 sessions par mois"


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_a_form_dialog_opened_under_notices_keeps_its_buttons(empty_store, lang, size):
    app = make_app(empty_store, lang)
    async with app.run_test(size=size, notifications=True) as pilot:
        await pilot.press("p", "escape")  # the priorities (the business's name can wait)
        for _ in range(3):
            app.action_help_quit()  # ctrl+c's reminder, three times
        await pilot.press("a")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, PriorityForm)
        assert_usable(form, ".dialog")
        app.notify("⁂ " * 40)  # one more, posted while the dialog is open
        await pilot.pause()
        assert_usable(form, ".dialog")
        await pilot.press("escape")  # nothing typed: closes at once
        await pilot.pause()
        texts = [text for text, _ in shown_toasts(app.screen)]
        assert len(texts) == 4 and "⁂ ⁂" in texts[-1], texts


def test_every_dialog_shares_the_rule():
    """The rule names the dialogs' base class: every dialog of the app must be one."""
    import smart_tui.tui.screens as package

    for info in iter_modules(package.__path__):
        module = import_module(f"{package.__name__}.{info.name}")
        for value in vars(module).values():
            if (isinstance(value, type) and issubclass(value, ModalScreen)
                    and value.__module__ == module.__name__):
                assert issubclass(value, SmartModal), value
