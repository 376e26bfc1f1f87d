"""--read-only: the team reads and exports; every write is hidden, and refused when reached."""


from smart_tui.demo import demo_snapshot
from smart_tui.i18n import Translator
from smart_tui.services import Workspace
from smart_tui.settings import Settings
from smart_tui.storage import Store
from smart_tui.tui.app import SmartApp
from smart_tui.tui.screens.dashboard import DashboardScreen
from smart_tui.tui.screens.export_dialog import ExportDialog
from smart_tui.tui.screens.goal import GoalScreen
from smart_tui.tui.screens.help import HelpScreen
from smart_tui.tui.screens.priorities import PrioritiesScreen
from tests.helpers import sha256
from tests.ui.conftest import SIZE, TODAY, notifications


def footer_text(app) -> str:
    """What the Footer shows: the screen's active bindings marked ``show``."""
    return " ".join(active.binding.description for active in app.screen.active_bindings.values()
                    if active.binding.show and active.enabled)



async def test_read_only_hides_writes_refuses_them_and_changes_nothing(tmp_path):
    path = tmp_path / "shop.db"
    writer = Store.open(path, backups=False)
    writer.import_snapshot(demo_snapshot(TODAY, "en"))
    writer.close()
    before = sha256(path)
    store = Store.open(path, read_only=True)
    app = SmartApp(workspace=Workspace(store), tr=Translator("en"), today=TODAY,
                   settings=Settings(), read_only=True)
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.screen, DashboardScreen)
        assert app.sub_title == "read-only"
        shown = footer_text(app)
        assert "Review" in shown and "Export" in shown
        for write in ("New goal", "Checkpoint", "Profile", "Example"):
            assert write not in shown
        await pilot.press("l")  # log a value: the key answers, nothing opens
        assert isinstance(app.screen, DashboardScreen)
        assert "Read-only: this action would change the data" in notifications(app)
        commands = [c.title for c in app.get_system_commands(app.screen)]
        assert "Export" in " ".join(commands) and not any("New goal" in c for c in commands)

        await pilot.press("enter")  # a goal card opens and reads as usual
        assert isinstance(app.screen, GoalScreen)
        for key in ("l", "e", "t", "x"):
            await pilot.press(key)
            assert isinstance(app.screen, GoalScreen)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        help_text = str(app.screen.query_one("#help-keys").render())
        assert "Back" in help_text
        for write in ("Log", "Edit", "Status", "Delete", "Correct"):
            assert write not in help_text
        await pilot.press("escape", "escape")

        await pilot.press("p")  # priorities: visible, none added
        assert isinstance(app.screen, PrioritiesScreen)
        await pilot.press("a")
        assert isinstance(app.screen, PrioritiesScreen)
        await pilot.press("escape")

        app.screen.action_new_goal()  # reached anyway (as a button would): refused
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
        await pilot.press("e")  # exporting stays possible
        assert isinstance(app.screen, ExportDialog)
    store.close()
    assert sha256(path) == before
