"""Home: the active priorities with their goals, verdicts, progress and next checkpoint."""

from __future__ import annotations

from collections.abc import Iterable

from textual import on, work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static

from smart_tui.domain.invariants import log_refusal
from smart_tui.domain.models import GoalStatus, Priority, Profile
from smart_tui.domain.views import GoalView, by_priority
from smart_tui.present import error_text
from smart_tui.sentence import smart_sentence
from smart_tui.services import DatabaseError
from smart_tui.services.overview import dashboard_views

from ..base import SmartScreen, writes
from ..widgets.checklist import SmartChecklist
from ..widgets.goal_list import GoalList, Section
from ..widgets.header import SmartHeader
from ..widgets.keybar import KeyBar
from ..widgets.render import smart_legend

OPEN = (GoalStatus.ACTIVE,)
CLOSED = (GoalStatus.ACHIEVED, GoalStatus.MISSED, GoalStatus.ABANDONED)
# What needs the data on screen (or the database checked): refused politely while loading.
LOADED_ONLY = frozenset({"new_goal", "priorities", "open_goal", "log_checkpoint", "review",
                         "export", "settings", "demo", "refresh"})


class DashboardScreen(SmartScreen):
    EXPLAINED = frozenset({"log_checkpoint"})  # « l » on a closed or unmeasurable goal: why
    BINDINGS = [
        Binding("n", "new_goal", "key.new_goal", id="new-goal", tooltip="tip.new_goal"),
        Binding("p", "priorities", "key.priorities", id="priorities", tooltip="tip.priorities"),
        Binding("o", "open_goal", "key.open", show=False, id="open-goal", tooltip="tip.open"),
        Binding("l", "log_checkpoint", "key.log", id="log-checkpoint", tooltip="tip.log"),
        Binding("r", "review", "key.review", id="review", tooltip="tip.review"),
        Binding("e", "export", "key.export", id="export", tooltip="tip.export"),
        Binding("s", "settings", "key.settings", show=False, id="settings",
                tooltip="tip.settings"),
        Binding("d", "demo", "key.demo", id="demo", tooltip="tip.demo"),
        Binding("m", "own_data", "key.own_data", id="own-data", tooltip="tip.own_data"),
        Binding("f5,ctrl+r", "refresh", "key.refresh", show=False, id="refresh",
                tooltip="tip.refresh"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.views: dict[int | None, GoalView] = {}
        self.has_priorities = False
        self.data_loading = True  # until the first read has put the data on screen
        # the first read, done while the worker checks the file; shown once it passed
        self._prepared: tuple[list[GoalView], list[Priority], str] | None = None
        self._away = False  # another screen was shown over this one since it last read

    def compose(self) -> ComposeResult:
        yield SmartHeader()
        yield Static(id="summary")
        yield Static(smart_legend(self.tr), id="legend")
        with Vertical(id="body"):
            yield Static(id="welcome")
            yield GoalList(id="goals")
            with Vertical(id="detail"):
                yield Static(id="sentence")
                yield SmartChecklist(id="checklist")
        yield KeyBar()

    def on_mount(self) -> None:
        if self.workspace.opened:  # checked while the app was starting: shown in the first frame
            self._checked()
            return
        # Paint the frame first, saying it is loading; a worker opens (checks) the database
        # while the screen reads ahead through a read-only look, and the data is shown once
        # the check has passed.
        self.query_one("#summary", Static).update(self.tr("ui.loading"))
        self.query_one("#body").display = False
        self._load()
        self.call_after_refresh(self._prepare)

    def on_screen_suspend(self) -> None:
        self._away = True

    def on_screen_resume(self) -> None:
        # Each return from another screen re-reads: it, or another instance, may have
        # written. The first showing is on_mount's or the loading worker's.
        if self._away and not self.data_loading:
            self.refresh_data()
        self._away = False

    # -- data ----------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="dashboard-load")
    def _load(self) -> None:
        # The worker opens the database: its integrity check runs in SQLite, outside
        # Python's lock, while the frame is painted. Reading and building the views is
        # Python work: done on the app's thread, where it does not compete for that lock.
        try:
            self.workspace.store  # noqa: B018 - opened and checked now, in this thread
        except DatabaseError as exc:  # damaged, foreign, newer: nothing was written
            self.app.call_from_thread(self.smart.refuse_database, exc)
            return
        self.app.call_from_thread(self._checked)

    def _prepare(self) -> None:
        """While the worker checks the file (in SQLite, outside Python's lock), read what the
        screen will show through a read-only look; it is shown only once the check passed."""
        if not self.data_loading or (peek := self.workspace.peek()) is None:
            return
        try:
            views = dashboard_views(peek, self.smart.today, sums=self.workspace)
            self._prepared = views, peek.priorities(), peek.profile().name
        except Exception:  # noqa: BLE001 - a file that fails here is judged by the check
            self._prepared = None
        finally:
            peek.close()

    def _checked(self) -> None:
        data, self._prepared = self._prepared, None
        try:
            data = data or self._read()
        except DatabaseError as exc:
            self.smart.refuse_database(exc)
            return
        self.data_loading = False
        self.query_one("#body").display = True
        self._show(*data)
        self.smart.started()

    def _read(self) -> tuple[list[GoalView], list[Priority], str]:
        """Everything the screen shows, read in one go (once the worker has checked the file)."""
        views = dashboard_views(self.workspace, self.smart.today)
        return views, self.workspace.priorities(), self.workspace.profile().name

    def refresh_data(self) -> None:
        if self.data_loading:
            return  # the data is shown once the loading worker has checked the file
        self._show(*self._read())

    def _show(self, views: list[GoalView], priorities: list[Priority], name: str) -> None:
        tr, today = self.tr, self.smart.today
        self.views = {v.goal.id: v for v in views}
        self.has_priorities = bool(priorities)
        empty = not priorities and not self.views
        self.query_one("#welcome").display = empty
        self.query_one("#legend", Static).display = not empty
        self.query_one("#legend", Static).update(smart_legend(tr))
        self.query_one("#goals").display = not empty
        self.query_one("#detail").display = not empty
        self.smart.show_business_name(name)
        due = sum(1 for v in self.views.values()
                  if v.goal.status == GoalStatus.ACTIVE and v.due)
        self.query_one("#summary", Static).update(
            tr.plural("ui.due_summary", due, date=tr.date_long(today)) if due
            else tr("ui.nothing_due", date=tr.date_long(today))
        )
        if empty:
            self.query_one("#welcome", Static).update(tr("ui.welcome"))
            self.refresh_bindings()
            return
        goals = self.query_one(GoalList)
        goals.show(self._sections(priorities), tr)
        self._show_detail(goals.highlighted_goal)
        if self.focused is goals:
            self.refresh_bindings()  # "open" and "log" depend on the highlighted goal
        else:
            goals.focus()  # which refreshes the key bar too

    def _sections(self, priorities: list[Priority]) -> list[Section]:
        views = list(self.views.values())
        groups, orphans = by_priority(views, priorities, OPEN)
        sections: list[Section] = []
        for number, (priority, goals) in enumerate(groups, start=1):
            title = self.tr("ui.priority_heading", number=number, title=priority.title,
                            category=self.tr(f"category.{priority.category.value}"))
            sections.append((title, goals, self.tr("ui.no_goals_in_priority")))
        if orphans:
            sections.append((self.tr("ui.section_orphans"), orphans, ""))
        drafts = [v for v in views if v.goal.status == GoalStatus.DRAFT]
        sections.append((self.tr("ui.section_drafts"), drafts, self.tr("ui.no_drafts")))
        closed = [v for v in views if v.goal.status in CLOSED]
        if closed:
            sections.append((self.tr("ui.section_closed"), closed, ""))
        return sections

    def _show_detail(self, goal_id: int | None) -> None:
        view: GoalView | None = self.views.get(goal_id) if goal_id is not None else None
        sentence = self.query_one("#sentence", Static)
        checklist = self.query_one(SmartChecklist)
        if view is None:
            sentence.update("")
            checklist.update("")
            return
        sentence.update(smart_sentence(view.goal, self.tr) or self.tr("ui.untitled_goal"))
        checklist.show(self.tr, view.assessment, only_issues=True, goal=view.goal)

    @property
    def current_goal(self) -> int | None:
        goals = self.query_one(GoalList)
        return goals.highlighted_goal if goals.display else None

    @on(GoalList.Highlighted)
    def _highlighted(self, event: GoalList.Highlighted) -> None:
        self._show_detail(event.goal_id)
        self.refresh_bindings()  # « l » and « o » follow the highlighted goal

    @on(GoalList.Opened)
    def _opened(self, event: GoalList.Opened) -> None:
        self._open(event.goal_id)

    # -- actions -------------------------------------------------------------------
    def _ready(self) -> bool:
        """False (and a polite word) while the data is still loading."""
        if self.data_loading:
            self.notify(self.tr("ui.loading_wait"), timeout=3)
        return not self.data_loading

    def can_run(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self.data_loading and action in LOADED_ONLY:
            return True  # pressed now, it says to wait (see _ready)
        if action == "demo":
            return not self.views and not self.has_priorities and not self.smart.demo
        if action == "own_data":  # only in the example opened from the welcome screen
            return self.smart.own_workspace is not None
        if action == "open_goal":
            return self.current_goal is not None
        if action == "log_checkpoint":  # left out for a closed goal or one without measure
            return self._log_refusal() is None and self.current_goal in self.views
        return True

    def _log_refusal(self):  # noqa: ANN202 - DomainError | None
        view = self.views.get(self.current_goal) if self.current_goal is not None else None
        return log_refusal(view.goal) if view is not None else None

    def refusal(self, action: str) -> str | None:
        refused = self._log_refusal() if action == "log_checkpoint" else None
        return error_text(self.tr, refused) if refused is not None else None

    def action_refresh(self) -> None:
        if not self._ready():
            return
        self.refresh_data()

    def action_open_goal(self) -> None:
        if not self._ready():
            return
        if self.current_goal is not None:
            self._open(self.current_goal)

    def _open(self, goal_id: int) -> None:
        from .goal import GoalScreen

        self.app.push_screen(GoalScreen(goal_id))

    @writes
    def action_new_goal(self) -> None:
        if not self._ready():
            return
        from .wizard import WizardScreen

        self.app.push_screen(WizardScreen())

    @work
    async def action_priorities(self) -> None:
        """The welcome's first step asks the business's name first (once, skippable)."""
        if not self._ready():
            return
        from .priorities import PrioritiesScreen

        welcome = self.query_one("#welcome").display
        if welcome and not self.smart.read_only and not self.workspace.profile().name:
            from smart_tui.services.profile import update_profile

            from .business_name import BusinessNameForm

            ws = self.workspace

            def save(profile: Profile) -> Profile:
                update_profile(ws, profile)
                return profile

            saved = await self.app.push_screen_wait(BusinessNameForm(save, ws.profile()))
            if saved is not None:
                self.smart.show_business_name(saved.name)
        self.app.push_screen(PrioritiesScreen())

    @writes
    def action_settings(self) -> None:
        if not self._ready():
            return
        from .profile import ProfileScreen

        self.app.push_screen(ProfileScreen())

    @writes
    def action_demo(self) -> None:
        if not self._ready():
            return
        self.smart.open_demo()
        self.refresh_data()

    def action_own_data(self) -> None:
        while len(self.app.screen_stack) > 1 and self.app.screen is not self:
            self.app.pop_screen()
        if self.smart.back_to_own_data():
            self.notify(self.tr("ui.own_data_back"))
            self.refresh_data()

    @writes
    @work
    async def action_log_checkpoint(self) -> None:
        if not self._ready():
            return
        from .checkpoint_form import log_checkpoint

        goal_id = self.current_goal
        if goal_id is not None and await log_checkpoint(self.smart, goal_id):
            self.refresh_data()

    def action_review(self) -> None:
        if not self._ready():
            return
        from .review import ReviewScreen

        self.app.push_screen(ReviewScreen())

    def action_export(self) -> None:
        if not self._ready():
            return
        from .export_dialog import ExportDialog

        self.app.push_screen(ExportDialog())

    def palette_commands(self) -> Iterable[SystemCommand]:
        tr = self.tr
        for action, key in (
            (self.action_new_goal, "new_goal"), (self.action_priorities, "priorities"),
            (self.action_review, "review"), (self.action_export, "export"),
            (self.action_settings, "settings"),
        ):
            if not (self.smart.read_only and getattr(action, "writes", False)):
                yield SystemCommand(tr(f"cmd.{key}"), tr(f"tip.{key}"), action)
        if self.smart.own_workspace is not None:
            yield SystemCommand(tr("key.own_data"), tr("tip.own_data"), self.action_own_data)
