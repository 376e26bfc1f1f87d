"""The header line as drawn: the screen's name and the example / read-only badge always whole,
the business's name shortened with « … » or left out first — at 80 and 120 columns, after a
resize, in French and English (the demo's business name is 41 to 43 characters long)."""

from __future__ import annotations

import pytest
from textual.widgets._header import HeaderTitle

from smart_tui.demo import demo_snapshot
from smart_tui.i18n import Translator
from smart_tui.services import Workspace
from smart_tui.settings import Settings
from smart_tui.storage import Store
from smart_tui.tui.app import SmartApp

from .conftest import TODAY

SMALL, LARGE = (80, 24), (120, 36)
BADGE = {"fr": "EXEMPLE", "en": "EXAMPLE"}
READ_ONLY = {"fr": "lecture seule", "en": "read-only"}
SCREENS = {"fr": {"p": "Priorités", "s": "Profil et réglages", "n": "Nouvel objectif SMART",
                  "r": "Séance de revue"},
           "en": {"p": "Priorities", "s": "Profile and settings", "n": "New SMART goal",
                  "r": "Review session"}}
EDIT = {"fr": "Modifier l'objectif", "en": "Edit goal"}


@pytest.fixture
def demo(tmp_path, request):
    """The example database as ``smart-tui --demo`` opens it, in the test's language."""
    stores = []

    def open_demo(lang: str) -> Store:
        store = Store.open(tmp_path / f"demo-{lang}.db")
        store.import_snapshot(demo_snapshot(TODAY, lang))
        stores.append(store)
        return store

    yield open_demo
    for store in stores:
        store.close()


def app_on(store: Store, lang: str, read_only: bool = False) -> SmartApp:
    return SmartApp(workspace=Workspace(store), tr=Translator(lang), today=TODAY,
                    settings=Settings(), demo=not read_only, read_only=read_only)


def header_line(app) -> str:
    """The header's title as drawn on screen, margins removed."""
    return app.screen.query_one(HeaderTitle).render_line(0).text.strip()


def name_part(line: str, rest: str) -> str:
    """What the line shows of the business's name: the text before « — rest »."""
    assert line.endswith(rest), (line, rest)  # the screen's name and the badge, whole
    return line[: -len(rest)].removesuffix(" — ")


def assert_name_gives_way(shown: str, name: str) -> None:
    """The business's name whole, or its start and « … » (at least four letters), or nothing."""
    if shown and shown != name:
        assert shown.endswith("…") and len(shown) >= 5, shown
        assert name.startswith(shown[:-1]), (shown, name)


@pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "120x36"])
@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_every_screen_keeps_its_name_and_badge_whole(lang, size, demo):
    store = demo(lang)
    name = store.profile().name
    badge = BADGE[lang]
    app = app_on(store, lang)
    async with app.run_test(size=size) as pilot:
        assert header_line(app) == f"{name} — {badge}"  # the dashboard: fits, unchanged
        for key, screen_name in SCREENS[lang].items():
            await pilot.press(key)
            await pilot.pause()
            line = header_line(app)
            assert_name_gives_way(name_part(line, f"{screen_name} · {badge}"), name)
            if size == LARGE:
                assert line == f"{name} — {screen_name} · {badge}", key
            app.pop_screen()
            await pilot.pause()
        await pilot.press("enter")  # the highlighted goal's card: its statement
        await pilot.pause()
        statement = app.screen.goal.title
        card = name_part(header_line(app), f"{statement} · {badge}")
        assert_name_gives_way(card, name)
        if size == SMALL:
            assert card != name  # the statement is long: the name is the one that gave way
        await pilot.press("e")  # the wizard on this goal
        await pilot.pause()
        assert_name_gives_way(name_part(header_line(app), f"{EDIT[lang]} · {badge}"), name)


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_at_80_columns_the_business_name_is_shortened_not_the_screen(lang, demo):
    store = demo(lang)
    name = store.profile().name
    app = app_on(store, lang)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("s")
        await pilot.pause()
        shown = name_part(header_line(app), f"{SCREENS[lang]['s']} · {BADGE[lang]}")
        assert shown.endswith("…") and shown != name
        assert_name_gives_way(shown, name)


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_the_read_only_badge_stays_whole(lang, demo):
    store = demo(lang)
    app = app_on(store, lang, read_only=True)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("r")
        await pilot.pause()
        line = header_line(app)
        assert_name_gives_way(name_part(line, f"{SCREENS[lang]['r']} · {READ_ONLY[lang]}"),
                              store.profile().name)


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_on_resize_the_name_gives_way_then_comes_back(lang, demo):
    store = demo(lang)
    name = store.profile().name
    rest = f"{SCREENS[lang]['s']} · {BADGE[lang]}"
    app = app_on(store, lang)
    async with app.run_test(size=LARGE) as pilot:
        await pilot.press("s")
        await pilot.pause()
        assert header_line(app) == f"{name} — {rest}"
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        shown = name_part(header_line(app), rest)
        assert shown.endswith("…")
        assert_name_gives_way(shown, name)
        await pilot.resize_terminal(40, 24)  # not even four letters of it fit: left out
        await pilot.pause()
        assert header_line(app) == rest
        await pilot.resize_terminal(120, 36)
        await pilot.pause()
        assert header_line(app) == f"{name} — {rest}"
