"""Goal card, export dialog, help, command palette, keymap, language and demo."""

from datetime import date

from textual.command import CommandPalette
from textual.widgets import DataTable, Input

from smart_tui.domain.history import CheckpointValue
from smart_tui.domain.models import AdjustmentKind, Checkpoint, GoalStatus
from smart_tui.settings import Settings
from smart_tui.tui.screens.confirm import ConfirmScreen
from smart_tui.tui.screens.dashboard import DashboardScreen
from smart_tui.tui.screens.export_dialog import ExportDialog
from smart_tui.tui.screens.goal import GoalScreen
from smart_tui.tui.screens.help import HelpScreen
from smart_tui.tui.screens.wizard import WizardScreen
from smart_tui.tui.widgets.goal_list import GoalList
from tests.ui.conftest import SIZE, TODAY, make_app, notifications, type_text


async def test_goal_card_corrections_deletions_and_status_are_logged(demo_store):
    app = make_app(demo_store, "fr")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")  # open the highlighted goal (SEO)
        card = app.screen
        assert isinstance(card, GoalScreen) and card.goal_id == 1
        plan = card.query_one("#goal-plan", DataTable)
        assert plan.row_count == 6  # monthly back-planning to the deadline
        history_rows = card.query_one("#goal-history", DataTable).row_count
        card.query_one("#goal-checkpoints", DataTable).focus()
        await pilot.press("c")  # correct the newest checkpoint
        value = app.screen.query_one("#value", Input)
        value.value = "2300"
        await pilot.press("ctrl+s")
        await pilot.press("x")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("o")  # oui
        assert card.query_one("#goal-history", DataTable).row_count == history_rows + 2
        await pilot.press("t")
        await pilot.press("enter")  # first choice: achieved
        goal = demo_store.goal(1)
        assert goal.status == GoalStatus.ACHIEVED
        kinds = [a.kind for a in goal.adjustments]
        assert kinds == [AdjustmentKind.CHECKPOINT, AdjustmentKind.CHECKPOINT,
                         AdjustmentKind.STATUS]
        assert goal.adjustments[0].old == CheckpointValue(date(2026, 10, 24), 2290)
        assert goal.adjustments[0].new == CheckpointValue(date(2026, 10, 24), 2300)
        assert goal.adjustments[1].new is None
        history = card.query_one("#goal-history", DataTable)
        shown = [str(history.get_row_at(i)[1]) for i in range(history.row_count)]
        assert shown[:3] == [  # newest first, in French with the goal's units and dates
            "Statut\u00a0: actif → atteint",
            "Point d'étape du 24 oct. 2026 supprimé (2\u202f300)",
            "Point d'étape du 24 oct. 2026\u00a0: 2\u202f290 → 2\u202f300",
        ]
        assert len(goal.checkpoints) == 1


async def test_editing_the_target_records_an_adjustment_with_its_note(demo_store):
    app = make_app(demo_store, "en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "e")
        wizard = app.screen
        assert isinstance(wizard, WizardScreen) and wizard.step == "specific"
        wizard.query_one("#target", Input).value = "2700"
        wizard.form.current = "step-review"
        wizard.query_one("#note", Input).focus()
        await type_text(pilot, "ahead")
        await pilot.press("ctrl+s")
        await pilot.pause()
        # the statement quotes the change in % (30 %): 35 % is offered; declined here
        assert isinstance(app.screen, ConfirmScreen)
        assert "→ “Augmenter de 35\u00a0% les visites" in str(
            app.screen.query_one("#confirm-question").render())
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, GoalScreen)
    goal = demo_store.goal(1)
    assert goal.statement.startswith("Augmenter de 30\u00a0% les visites")
    assert goal.target == 2700
    last = goal.adjustments[-1]
    assert (last.kind, last.old, last.new, last.note) == (AdjustmentKind.TARGET, 2600, 2700,
                                                          "ahead")


async def test_export_dialog_writes_the_roadmap(demo_store, tmp_path):
    target = tmp_path / "out" / "feuille.md"
    app = make_app(demo_store, "fr")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        path = dialog.query_one("#path", Input)
        assert path.value.endswith("/feuille-de-route-2026-11-27.md")
        path.value = str(target)
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, DashboardScreen)
        await pilot.press("e")  # the next export proposes the folder of the last one
        again = app.screen.query_one("#path", Input).value
        assert again == str(target.parent / "feuille-de-route-2026-11-27.md")
        await pilot.press("escape")
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Feuille de route") and "Rétroplanning" in text


async def test_help_lists_the_keys_of_the_screen(demo_store):
    app = make_app(demo_store, "fr")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        keys = str(app.screen.query_one("#help-keys").render())
        for text in ("Formuler", "Priorités", "Point d'étape", "Revue", "Exporter", "Quitter",
                     "Profil", "f1"):
            assert text in keys
        for english in ("Scroll", "Focus Next", "Copy selected text"):
            assert english not in keys
        await pilot.press("escape")
        assert isinstance(app.screen, DashboardScreen)


async def test_command_palette_speaks_french(demo_store):
    app = make_app(demo_store, "fr")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        assert app.screen.query_one(Input).placeholder == "Chercher une action…"
        commands = [c.title for c in app.get_system_commands(app.screen_stack[0])]
        assert "Séance de revue" in commands and "Quitter" in commands
        await type_text(pilot, "zzqx")
        await pilot.pause(0.8)
        from textual.command import CommandList

        options = app.screen.query_one(CommandList).options
        assert any("Aucune action ne correspond" in str(o.prompt) for o in options)


async def test_user_keymap_rebinds_by_id(demo_store):
    app = make_app(demo_store, "en")
    app.settings = Settings(keymap={"new-goal": "ctrl+o"})
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+o")
        assert isinstance(app.screen, WizardScreen)


async def test_language_switch_rebuilds_the_screens_and_saves_the_config(demo_store, tmp_path):
    config = tmp_path / "config.ini"
    app = make_app(demo_store, "fr", config=config)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s")
        select = app.screen.query_one("#language")
        select.value = "en"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.tr.lang == "en"
        assert isinstance(app.screen, DashboardScreen)
        assert "due for review" in str(app.screen.query_one("#summary").render())
    assert Settings.load(config).language == "en"


async def test_demo_from_the_welcome_screen_leaves_the_users_database_alone(empty_store):
    app = make_app(empty_store, "fr")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("d")
        assert app.demo and app.workspace.store is not empty_store
        assert len(app.screen.query_one(GoalList).goal_ids) == 7
    assert empty_store.goals() == [] and empty_store.priorities() == []


async def test_dashboard_sees_what_another_instance_wrote(demo_store, tmp_path):
    from smart_tui.storage import Store

    app = make_app(demo_store, "en")
    async with app.run_test(size=SIZE) as pilot:
        other = Store.open(demo_store.path)  # e.g. `smart-tui log` from a script
        other.add_checkpoint(5, Checkpoint(TODAY, 1600))
        other.close()
        await pilot.press("f5")
        view = app.screen.views[5]
        assert view.trajectory.latest_value == 1600


async def test_ctrl_c_says_how_to_quit_in_french(demo_store):
    app = make_app(demo_store, "fr")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+c")
        assert "ctrl+q pour quitter" in notifications(app)
