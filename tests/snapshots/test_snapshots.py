"""What each screen looks like, in French and English (fixed size, frozen date, no blink).

A failure is a change on screen: read the report it writes (snapshot_report.html) cell by
cell before accepting anything; a snapshot proves only that nothing moved, never that it is right.
"""

from __future__ import annotations

import pytest
from textual.widgets import Input

from smart_tui.demo import demo_snapshot
from smart_tui.storage import Store
from tests.ui.conftest import TODAY, make_app

SIZE = (100, 32)
LANGS = ["fr", "en"]


def _freeze(app) -> None:
    for screen in app.screen_stack:
        for widget in screen.query(Input):
            widget.cursor_blink = False


def shoot(snap_compare, store, lang: str, keys: list[str], size=SIZE, start="dashboard"):
    app = make_app(store, lang, start=start)

    async def run_before(pilot) -> None:
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
        await pilot.pause()
        _freeze(app)
        await pilot.pause()

    return snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.fixture(autouse=True)
def _fixed_documents_dir(monkeypatch):
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", "/home/marie/Documents")


@pytest.fixture
def demo(tmp_path, request):
    lang = request.node.callspec.params.get("lang", "fr")
    store = Store.open(tmp_path / "demo.db")
    store.import_snapshot(demo_snapshot(TODAY, lang))
    yield store
    store.close()


@pytest.fixture
def empty(tmp_path):
    store = Store.open(tmp_path / "empty.db")
    yield store
    store.close()


@pytest.mark.parametrize("lang", LANGS)
def test_welcome(snap_compare, empty, lang):
    assert shoot(snap_compare, empty, lang, [], size=(80, 24))


@pytest.mark.parametrize("lang", LANGS)
def test_dashboard(snap_compare, demo, lang):
    assert shoot(snap_compare, demo, lang, [])


@pytest.mark.parametrize("lang", LANGS)
def test_dashboard_80x24(snap_compare, demo, lang):
    assert shoot(snap_compare, demo, lang, ["down", "down"], size=(80, 24))


@pytest.mark.parametrize("lang", LANGS)
def test_priorities(snap_compare, demo, lang):
    assert shoot(snap_compare, demo, lang, ["p"])


@pytest.mark.parametrize("lang", LANGS)
def test_priority_form(snap_compare, demo, lang):
    assert shoot(snap_compare, demo, lang, ["p", "e"])


@pytest.mark.parametrize("lang", LANGS)
def test_wizard_templates(snap_compare, empty, lang):
    assert shoot(snap_compare, empty, lang, ["n"])


@pytest.mark.parametrize("lang", LANGS)
def test_wizard_measurable(snap_compare, empty, lang):
    assert shoot(snap_compare, empty, lang, ["n", "down", "enter", "ctrl+n"])


@pytest.mark.parametrize("lang", LANGS)
def test_wizard_review(snap_compare, demo, lang):
    assert shoot(snap_compare, demo, lang, ["enter", "e", "pagedown", "pagedown", "pagedown",
                                            "pagedown", "pagedown"])


@pytest.mark.parametrize("lang", LANGS)
def test_goal_card(snap_compare, demo, lang):
    assert shoot(snap_compare, demo, lang, ["down", "enter"])


@pytest.mark.parametrize("lang", LANGS)
def test_checkpoint_form(snap_compare, demo, lang):
    assert shoot(snap_compare, demo, lang, ["l"])


@pytest.mark.parametrize("lang", LANGS)
def test_review_page(snap_compare, demo, lang):
    assert shoot(snap_compare, demo, lang, ["right"], start="review")


@pytest.mark.parametrize("lang", LANGS)
def test_review_summary(snap_compare, demo, lang):
    assert shoot(snap_compare, demo, lang, ["k", "ctrl+s", "escape"], start="review")


@pytest.mark.parametrize("lang", LANGS)
def test_export_dialog(snap_compare, demo, lang):
    assert shoot(snap_compare, demo, lang, ["e"])


@pytest.mark.parametrize("lang", LANGS)
def test_profile(snap_compare, demo, lang):
    assert shoot(snap_compare, demo, lang, ["s"])


@pytest.mark.parametrize("lang", LANGS)
def test_help(snap_compare, demo, lang):
    assert shoot(snap_compare, demo, lang, ["question_mark"])


@pytest.mark.parametrize("lang", LANGS)
def test_confirm_leaving_the_wizard(snap_compare, empty, lang):
    assert shoot(snap_compare, empty, lang, ["n", "down", "enter", "escape"])


@pytest.mark.parametrize("lang", LANGS)
def test_status_dialog(snap_compare, demo, lang):
    assert shoot(snap_compare, demo, lang, ["enter", "t"])


@pytest.mark.parametrize("lang", LANGS)
def test_decision_dialog(snap_compare, demo, lang):
    assert shoot(snap_compare, demo, lang, ["right", "a"], start="review")


# -- the coach (issue 11) ------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_wizard_relevant_step_asks_the_audience_question(snap_compare, demo, lang):
    """The social goal (n° 5): priority, rationale, then « Votre clientèle cible est-elle
    présente sur ce canal ? » with its answer."""
    goal = demo.goal(5)
    goal.audience_present = None  # not answered yet: the prompt shows and Relevant warns
    demo.update_goal(goal, TODAY)
    assert shoot(snap_compare, demo, lang, ["down", "down", "down", "down", "enter", "e",
                                            "pagedown", "pagedown", "pagedown"])


@pytest.fixture
def raised(demo):
    """The SEO goal (n° 1, ahead) had its target raised from 2 600 to 2 800 three weeks ago."""
    from datetime import timedelta

    goal = demo.goal(1)
    goal.target = 2800
    demo.update_goal(goal, TODAY - timedelta(days=21), "Viser plus haut")
    return demo


@pytest.mark.parametrize("lang", LANGS)
def test_review_page_after_a_raised_target_draws_the_bent_plan(snap_compare, raised, lang):
    assert shoot(snap_compare, raised, lang, ["right", "right"], start="review", size=(100, 44))
