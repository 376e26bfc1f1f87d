"""A real SmartApp on a temporary database, with a frozen date and no animation."""

from __future__ import annotations

from contextlib import asynccontextmanager
from datetime import date

import pytest

from smart_tui.demo import demo_snapshot
from smart_tui.i18n import Translator
from smart_tui.services import Workspace
from smart_tui.settings import Settings
from smart_tui.storage import Store
from smart_tui.tui.app import SmartApp

TODAY = date(2026, 11, 27)
SIZE = (100, 36)


def make_app(store: Store, lang: str = "fr", config=None, start: str = "dashboard") -> SmartApp:
    return SmartApp(workspace=Workspace(store), tr=Translator(lang), today=TODAY,
                    settings=Settings(), config_path=config, start=start)


@pytest.fixture
def empty_store(tmp_path):
    store = Store.open(tmp_path / "ui.db")
    yield store
    store.close()


@pytest.fixture
def demo_store(tmp_path):
    store = Store.open(tmp_path / "demo.db")
    store.import_snapshot(demo_snapshot(TODAY, "fr"))
    yield store
    store.close()


async def type_text(pilot, text: str) -> None:
    """Type like a person: one key per character."""
    keys = {" ": "space", "'": "apostrophe", ",": "comma", ".": "full_stop", "/": "slash",
            "-": "minus", "é": "é"}
    await pilot.press(*[keys.get(c, c) for c in text])



def notifications(app) -> str:
    """Every notice the app has shown, as one text."""
    return "\n".join(n.message for n in app._notifications)


# The app counts as started once its data is on screen: the dashboard paints a frame that
# says it is loading, then a worker fills it. Tests start from the filled screen, except
# the ones about the loading itself, which use RAW_RUN_TEST.
RAW_RUN_TEST = SmartApp.run_test


async def wait_loaded(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.fixture(autouse=True)
def _start_when_loaded(monkeypatch):
    @asynccontextmanager
    async def run_test(self, *args, **kwargs):
        async with RAW_RUN_TEST(self, *args, **kwargs) as pilot:
            await wait_loaded(pilot)
            yield pilot

    monkeypatch.setattr(SmartApp, "run_test", run_test)
