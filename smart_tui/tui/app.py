"""The App: wiring, global bindings, settings, the command palette in the user's language."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.command import CommandPalette
from textual.screen import Screen

from smart_tui.i18n import Translator
from smart_tui.services import DatabaseError, Workspace
from smart_tui.settings import Settings

from .localize import localize_textual, translated


@dataclass(frozen=True)
class _Undo:
    """How to name and undo the last action, and the workspace's write count right after it."""

    describe: Callable[[], str]
    undo: Callable[[], object]
    workspace: Workspace
    changes: tuple[int, int]


class SmartApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "smart-tui"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    BINDINGS = [
        Binding("ctrl+q", "quit", "key.quit", priority=True, id="quit", tooltip="tip.quit"),
        Binding("f1,question_mark", "help", "key.help", id="help", tooltip="tip.help",
                key_display="?"),
        Binding("ctrl+z", "undo", "key.undo", show=False, id="undo", tooltip="tip.undo"),
        Binding("ctrl+p", "command_palette", "key.palette", show=False, priority=True,
                id="command-palette", tooltip="tip.palette"),
    ]

    def __init__(
        self,
        workspace: Workspace,
        tr: Translator,
        today: date,
        settings: Settings | None = None,
        config_path: Path | None = None,
        demo: bool = False,
        start: str = "dashboard",
        read_only: bool = False,
    ) -> None:
        self.workspace = workspace
        self.tr = tr
        self.today = today
        self.settings = settings or Settings()
        self.config_path = config_path
        self.demo = demo
        # the user's own data while the example opened from the welcome screen is shown
        self.own_workspace: Workspace | None = None
        # the last undoable action, for ctrl+z (see remember_undo)
        self.last_undo: _Undo | None = None
        self.start = start  # "dashboard", "review" or "review-all"
        # One flag for the whole app: screens hide and refuse every @writes action.
        self.read_only = read_only
        # Set when the loading worker found the database unusable (see refuse_database).
        self.refused: DatabaseError | None = None
        super().__init__()
        self._bindings = translated(self._bindings, tr)
        localize_textual(tr)
        from .keynames import keep_no_break_spaces

        keep_no_break_spaces()

    def on_mount(self) -> None:
        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        if self.settings.keymap:
            self.set_keymap(self.settings.keymap)
        self.sub_title = self._badge()
        if self.start.startswith("review"):
            from .screens.review import ReviewScreen

            self.push_screen(ReviewScreen(include_all=self.start == "review-all"))
            self.call_after_refresh(self.started)

    def started(self) -> None:
        """The first screen has its data: the cycle collector, paused by the command line
        while the app was imported and built (see ``cli._run_app``), resumes. What exists by
        then (the screen, its goals) lives as long as the app: it is frozen first, so the
        collections that follow do not walk it (a one-time set, BENCHMARKS.md)."""
        import gc

        gc.freeze()  # what the first screen holds lives on: later collections skip it
        gc.enable()

    def refuse_database(self, error: DatabaseError) -> None:
        """The database failed its check on opening: its message over everything, then quit."""
        from smart_tui.present import error_text

        from .screens.refused import RefusedScreen

        if not error.params.get("path"):  # a row that cannot be read names its database
            error.params["path"] = self.workspace.path
        self.refused = error
        self.push_screen(RefusedScreen(error_text(self.tr, error)))
        self.started()

    def _badge(self) -> str:
        if self.read_only:
            return self.tr("ui.read_only_badge")
        return self.tr("ui.demo_badge") if self.demo else ""

    def show_business_name(self, name: str) -> None:
        """The business's name titles the header of every screen (the app's name until it is
        given); a screen adds what it holds as the sub-title (``SmartScreen.show_heading``)."""
        self.title = name or self.TITLE

    def remember_undo(self, describe: Callable[[], str], undo: Callable[[], object]) -> None:
        """Right after an action ctrl+z can undo: say what was done, naming the key.

        Only the last action is kept, and only while nothing else is written: any later
        write of this session (a checkpoint, a save, a decision, a deletion that is not
        undoable) makes ctrl+z say there is nothing to undo, so an older change is never
        replayed over a newer one. ``describe`` is called each time the action is named, so
        the text quotes the data as it is then (a goal renamed since, the language)."""
        ws = self.workspace
        self.last_undo = _Undo(describe, undo, ws, ws.changes)
        self.notify(self.tr("undo.hint", done=describe()), timeout=10)

    def pending_undo(self) -> _Undo | None:
        """The remembered undo, if it is still the last thing written in this workspace."""
        last = self.last_undo
        if last is not None and (last.workspace is not self.workspace
                                 or last.workspace.changes != last.changes):
            self.last_undo = last = None  # something was written since: too late
        return None if self.read_only else last

    def action_undo(self) -> None:
        """ctrl+z: undo the last action, if nothing was written since."""
        from smart_tui.domain.models import DomainError
        from smart_tui.present import error_text

        last = self.pending_undo()
        if last is None:
            self.notify(self.tr("undo.nothing"))
            return
        done = last.describe()  # named as it is now, before it is undone
        try:
            last.undo()
        except (DomainError, DatabaseError) as exc:
            self.notify(error_text(self.tr, exc), severity="error", timeout=10)
            return
        self.last_undo = None
        self.notify(self.tr("undo.done", done=done))
        self.refresh_screen()

    def refresh_screen(self) -> None:
        """The screen on top reads its data again (after a change made from outside it: an
        undo, a statement updated once its dialog has closed)."""
        from .base import SmartScreen

        screen = self.screen
        if isinstance(screen, SmartScreen) and hasattr(screen, "refresh_data"):
            screen.refresh_data()

    def action_refuse_read_only(self) -> None:
        self.refuse_read_only()

    def refuse_read_only(self) -> None:
        """A write reached in read-only mode (a button, a shortcut): say why nothing happens."""
        self.notify(self.tr("ui.read_only_refused"), title=self.tr("ui.read_only_badge"),
                    severity="warning")

    def get_default_screen(self) -> Screen:
        """The dashboard is the base screen (no blank screen painted first)."""
        from .screens.dashboard import DashboardScreen

        return DashboardScreen()

    # -- actions available everywhere ------------------------------------------------
    @work(exclusive=True, group="quit")
    async def action_quit(self) -> None:
        """ctrl+q: every screen holding unsaved work asks first (Save / Don't save / Cancel)."""
        from .base import _Smart
        from .screens.confirm import UnsavedScreen

        if isinstance(self.screen, UnsavedScreen):
            return  # already asking
        for screen in reversed(self.screen_stack):
            if isinstance(screen, _Smart) and not await screen.settle_unsaved():
                return
        self.exit()

    def action_help(self) -> None:
        from .screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_command_palette(self) -> None:
        if self.use_command_palette and not CommandPalette.is_open(self):
            from .palette import LocalizedCommandPalette

            self.push_screen(LocalizedCommandPalette(
                no_matches=self.tr("ui.palette_no_matches"), id="--command-palette",
                placeholder=self.tr("ui.palette_placeholder"),
            ))

    def action_help_quit(self) -> None:
        """ctrl+c (copy in a field) does not quit: say which key does, in the UI language."""
        self.notify(self.tr("ui.how_to_quit"), title=self.tr("ui.how_to_quit_title"))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """The main actions by name, in the UI language (replacing Textual's English ones)."""
        tr = self.tr
        dashboard = self._dashboard()
        if dashboard is not None:
            yield from dashboard.palette_commands()
        yield SystemCommand(tr("cmd.help"), tr("cmd.help_help"), self.action_help)
        yield SystemCommand(tr("cmd.theme"), tr("cmd.theme_help"), self.action_toggle_theme)
        yield SystemCommand(tr("cmd.quit"), tr("cmd.quit_help"), self.exit)

    def _dashboard(self):  # noqa: ANN202 - DashboardScreen | None, imported lazily
        from .screens.dashboard import DashboardScreen

        for screen in self.screen_stack:
            if isinstance(screen, DashboardScreen):
                return screen
        return None

    def get_key_display(self, binding: Binding) -> str:
        """Key names as the key bar shows them, in the UI language (``Échap``, ``Maj+Tab``)."""
        from .keynames import key_names

        return key_names(super().get_key_display(binding), self.tr)

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.theme == "textual-dark" else "textual-dark"
        self.settings.theme = self.theme
        self.save_settings()

    # -- services for screens -----------------------------------------------------------
    def save_settings(self) -> None:
        if self.config_path is None or self.read_only:  # a viewer's theme is theirs alone
            return
        try:
            self.settings.save(self.config_path)
        except OSError as exc:
            self.notify(self.tr("error.file_write", path=self.config_path, detail=exc.strerror),
                        severity="error")

    def set_language(self, lang: str) -> None:
        """Switch the UI language now: back to the dashboard, which redraws in it."""
        from .base import SmartScreen

        self.tr = Translator(lang)
        merged = type(self)._merged_bindings
        assert merged is not None
        self._bindings = translated(merged.copy(), self.tr)
        localize_textual(self.tr)
        self.sub_title = self._badge()
        while len(self.screen_stack) > 1:
            self.pop_screen()  # the dashboard's resume handler redraws every text
        base = self.screen_stack[0]
        if isinstance(base, SmartScreen):
            base.retranslate()

    def unsaved_question(self, question: str, cancel: str | None = None) -> Screen[str]:
        """« Enregistrer / Ne pas enregistrer / Annuler »: the screens ask through the app, which
        knows the dialogs (a base screen importing one would be an import cycle)."""
        from .screens.confirm import UnsavedScreen

        return UnsavedScreen(question, cancel)

    def open_demo(self) -> None:
        """Swap to the example database; the user's own stays untouched (closed at exit)."""
        from smart_tui.demo import create_demo_database

        if self.own_workspace is None:
            self.own_workspace = self.workspace  # kept open to come back to it
        self.workspace, self.demo = create_demo_database(self.today, self.tr.lang), True
        self.sub_title = self.tr("ui.demo_badge")

    def back_to_own_data(self) -> bool:
        """« Revenir à mes données »: leave the example opened from the welcome screen."""
        if self.own_workspace is None:
            return False
        demo, self.workspace, self.own_workspace = self.workspace, self.own_workspace, None
        self.demo = False
        self.sub_title = self._badge()
        demo.close()
        return True
