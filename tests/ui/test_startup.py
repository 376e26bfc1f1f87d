"""Paint first: the dashboard says it is loading, then shows the data; the database is checked
by the loading worker before any write; a damaged file is refused in the app, untouched."""

from functools import partialmethod

from textual.app import App
from textual.widgets import Static

from smart_tui.cli import main
from smart_tui.demo import demo_snapshot
from smart_tui.i18n import Translator
from smart_tui.services import Workspace
from smart_tui.settings import Settings
from smart_tui.storage import Store
from smart_tui.tui.app import SmartApp
from smart_tui.tui.screens.dashboard import DashboardScreen
from smart_tui.tui.screens.refused import RefusedScreen
from smart_tui.tui.widgets.goal_list import GoalList
from tests.helpers import sha256
from tests.ui.conftest import RAW_RUN_TEST, SIZE, TODAY, notifications, wait_loaded


def shop(path):
    store = Store.open(path, backups=False)
    store.import_snapshot(demo_snapshot(TODAY, "en"))
    store.close()
    return path


def deferred_app(path) -> tuple[SmartApp, Workspace]:
    """The app on ``path`` opened as ``smart-tui`` opens it: checked by the loading worker."""
    workspace = Workspace.deferred(path)
    return SmartApp(workspace=workspace, tr=Translator("en"), today=TODAY,
                    settings=Settings()), workspace


def summary(app) -> str:
    return str(app.screen.query_one("#summary", Static).render())


class Held:
    """The loading worker's opening (and check) of the database, held until the test lets it go."""

    def __init__(self, monkeypatch):
        import threading

        self.gate = threading.Event()
        original = Store.open.__func__

        def held_open(cls, *args, **kwargs):
            self.gate.wait(10)
            return original(cls, *args, **kwargs)

        monkeypatch.setattr(Store, "open", classmethod(held_open))


async def test_the_first_screen_says_it_is_loading_then_shows_the_goals(tmp_path, monkeypatch):
    path = shop(tmp_path / "shop.db")
    held = Held(monkeypatch)
    app, workspace = deferred_app(path)
    async with RAW_RUN_TEST(app, size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
        assert summary(app) == "Loading your goals…"
        assert not app.screen.query_one("#body").display
        await pilot.pause()
        # read ahead through a read-only look while the check runs, but not shown before it
        assert app.screen._prepared is not None and summary(app) == "Loading your goals…"
        held.gate.set()
        await wait_loaded(pilot)
        assert "Loading" not in summary(app) and "due" in summary(app)
        assert app.screen.query_one("#body").display
        assert app.screen.query_one(GoalList).highlighted_goal is not None
        assert app.title == "Atelier Lumière (hand-made candles, Lyon)"
    workspace.close()


async def test_a_key_pressed_while_loading_is_refused_politely(tmp_path, monkeypatch):
    path = shop(tmp_path / "shop.db")
    held = Held(monkeypatch)
    app, workspace = deferred_app(path)
    async with RAW_RUN_TEST(app, size=SIZE) as pilot:
        await pilot.pause()
        for key in ("n", "l", "r", "e"):
            await pilot.press(key)
            assert isinstance(app.screen, DashboardScreen)  # nothing opened on half a screen
        assert "One moment: your goals are still loading." in notifications(app)
        held.gate.set()
        await wait_loaded(pilot)
        await pilot.press("r")  # once the data is there, the same key works
        assert not isinstance(app.screen, DashboardScreen)
    workspace.close()


def damaged(tmp_path):
    path = shop(tmp_path / "smart-tui.db")
    data = bytearray(path.read_bytes())
    data[4096:4096 * 3] = b"\xff" * (4096 * 2)  # pages overwritten
    path.write_bytes(bytes(data))
    return path



async def test_a_damaged_database_opened_in_the_app_is_refused_and_never_written(tmp_path):
    path = damaged(tmp_path)
    before = sha256(path)
    app, workspace = deferred_app(path)  # as the app opens it: after the first frame
    async with RAW_RUN_TEST(app, size=SIZE) as pilot:
        await wait_loaded(pilot)
        assert isinstance(app.screen, RefusedScreen)
        message = str(app.screen.query_one("#refused-message", Static).render())
        assert str(path) in message and "damaged" in message
        await pilot.press("n", "l", "d")  # no key reaches a write
        assert isinstance(app.screen, RefusedScreen)
        await pilot.press("escape")
    assert app.refused is not None and not workspace.opened
    assert sha256(path) == before
    wal = path.with_name(path.name + "-wal")  # SQLite's read-only look may leave it, empty
    assert not wal.exists() or wal.stat().st_size == 0


async def test_a_row_that_cannot_be_read_is_refused_in_the_app_and_never_written(tmp_path):
    """The file passes its check, but a stored checkpoint date is not a date: the read on the
    app's thread refuses it with the same screen, and nothing is written."""
    import sqlite3

    path = shop(tmp_path / "smart-tui.db")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE checkpoints SET date = 'someday' WHERE id = "
                     "(SELECT MAX(id) FROM checkpoints)")
    conn.close()
    before = sha256(path)
    app, workspace = deferred_app(path)
    async with RAW_RUN_TEST(app, size=SIZE) as pilot:
        await wait_loaded(pilot)
        assert isinstance(app.screen, RefusedScreen)
        message = str(app.screen.query_one("#refused-message", Static).render())
        assert str(path) in message and "checkpoints" in message
        await pilot.press("n", "l")
        assert isinstance(app.screen, RefusedScreen)
    workspace.close()
    assert sha256(path) == before


def test_the_command_shows_the_refusal_and_leaves_its_words_in_the_terminal(
        tmp_path, monkeypatch, capsys):
    path = damaged(tmp_path)
    before = sha256(path)

    async def quit_when_refused(pilot):
        await wait_loaded(pilot)
        assert isinstance(pilot.app.screen, RefusedScreen)
        await pilot.press("enter")

    monkeypatch.setattr(SmartApp, "run", partialmethod(
        App.run, headless=True, size=SIZE, auto_pilot=quit_when_refused))
    assert main(["--db", str(path), "--lang", "en"]) == 3
    assert str(path) in capsys.readouterr().err
    assert sha256(path) == before


async def test_a_file_checked_while_the_app_started_is_shown_in_the_first_frame(
        tmp_path, monkeypatch):
    """``smart-tui`` starts the check before importing Textual: when it has passed by the
    time the dashboard mounts, the first frame has the goals, read once."""
    import smart_tui.tui.screens.dashboard as dashboard

    path = shop(tmp_path / "shop.db")
    workspace = Workspace.deferred(path)
    workspace.open_soon()
    workspace.store  # noqa: B018 - the check has passed
    reads = []
    real = dashboard.dashboard_views
    monkeypatch.setattr(dashboard, "dashboard_views",
                        lambda *a, **k: reads.append(1) or real(*a, **k))
    app = SmartApp(workspace=workspace, tr=Translator("fr"), today=TODAY, settings=Settings())
    async with RAW_RUN_TEST(app, size=SIZE) as pilot:
        await pilot.pause()
        assert summary(app) == "3\u00a0objectifs à revoir — 27 novembre 2026"
        assert app.screen.query_one("#body").display and not app.workers
        assert app.title == "Atelier Lumière (hand-made candles, Lyon)"
        assert len(reads) == 1
    workspace.close()


async def test_coming_back_to_the_dashboard_reads_what_was_written_meanwhile(tmp_path):
    path = shop(tmp_path / "shop.db")
    workspace = Workspace.open(path, backups=False)
    app = SmartApp(workspace=workspace, tr=Translator("en"), today=TODAY, settings=Settings())
    async with RAW_RUN_TEST(app, size=SIZE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("s")  # the settings screen over the dashboard
        await pilot.pause()
        other = Store.open(path, backups=False)  # another instance renames the business
        other.conn.execute("UPDATE profile SET name = 'Renamed elsewhere'")
        other.close()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
        assert app.title == "Renamed elsewhere"
    workspace.close()


def test_the_command_starts_the_check_before_it_builds_the_app(tmp_path, monkeypatch):
    path = shop(tmp_path / "shop.db")
    seen: list[str] = []
    real_open_soon = Workspace.open_soon

    def open_soon(self):
        seen.append("check started")
        real_open_soon(self)

    def build(self, *args, **kwargs):
        seen.append("app built")
        real_init(self, *args, **kwargs)

    async def look(pilot):
        await wait_loaded(pilot)
        seen.append(summary(pilot.app))
        pilot.app.exit()

    real_init = SmartApp.__init__
    monkeypatch.setattr(Workspace, "open_soon", open_soon)
    monkeypatch.setattr(SmartApp, "__init__", build)
    monkeypatch.setattr(SmartApp, "run", partialmethod(
        App.run, headless=True, size=SIZE, auto_pilot=look))
    monkeypatch.setenv("SMART_TUI_TODAY", "2026-11-27")
    assert main(["--db", str(path), "--lang", "en"]) == 0
    assert seen == ["check started", "app built", "3\u00a0goals due for review — 27 November 2026"]
