"""A goal's card: SMART sentence and verdicts, trajectory, back-planning, checkpoints, history."""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Static

from smart_tui.domain.invariants import log_refusal
from smart_tui.domain.models import DomainError, Goal, GoalStatus
from smart_tui.domain.trajectory import effective_cadence, milestones
from smart_tui.domain.views import GoalView
from smart_tui.present import (
    error_text,
    pace_text,
    progress_text,
    resources_text,
    trajectory_text,
    vague_fix,
)
from smart_tui.present_history import change_text
from smart_tui.sentence import format_estimate, format_value, smart_sentence
from smart_tui.services import DatabaseError, checkpoints, goals
from smart_tui.services.overview import goal_view

from ..base import SmartScreen, writes
from ..widgets.chart import TrajectoryChart
from ..widgets.checklist import SmartChecklist, blocking_text
from ..widgets.header import SmartHeader
from ..widgets.keybar import KeyBar
from .confirm import ConfirmScreen

STATUS_CHOICES = (GoalStatus.ACHIEVED, GoalStatus.MISSED, GoalStatus.ABANDONED,
                  GoalStatus.ACTIVE, GoalStatus.DRAFT)


class GoalScreen(SmartScreen):
    SCREEN_KEY = "goal"
    EXPLAINED = frozenset({"log"})  # « l » on a closed or unmeasurable goal says why at once
    BINDINGS = [
        Binding("e", "edit", "key.edit", id="edit-goal", tooltip="tip.edit_goal"),
        Binding("l", "log", "key.log_short", id="log-checkpoint", tooltip="tip.log"),
        Binding("c", "correct", "key.correct", id="correct-checkpoint",
                tooltip="tip.correct_checkpoint"),
        Binding("x,delete", "delete", "key.delete", id="delete-checkpoint",
                tooltip="tip.delete_checkpoint"),
        Binding("t", "status", "key.status", id="goal-status", tooltip="tip.status"),
        Binding("D", "delete_goal", "key.delete_goal", show=False, id="delete-goal",
                tooltip="tip.delete_goal"),  # in the help, not the crowded key bar
        Binding("ctrl+g", "activate", "key.activate", id="goal-activate",
                tooltip="tip.activate"),
        Binding("ctrl+t", "use_sentence", "key.use_sentence", id="goal-use-sentence",
                tooltip="tip.use_sentence"),
        Binding("i", "import_measures", "key.import_measures_long", show=False,
                id="goal-import-measures", tooltip="tip.import_measures"),
        Binding("escape", "app.pop_screen", "key.back", id="back"),
    ]

    def __init__(self, goal_id: int) -> None:
        super().__init__()
        self.goal_id = goal_id

    def compose(self) -> ComposeResult:
        tr = self.tr
        yield SmartHeader()
        with VerticalScroll(id="goal-card"):
            yield Static(id="goal-sentence", classes="sentence", markup=False)
            yield Static(id="goal-meta", markup=False)
            yield SmartChecklist(id="goal-checklist")
            yield Static(tr("goal.trajectory"), classes="subtitle")
            yield TrajectoryChart(id="goal-chart")
            yield Static(id="goal-trajectory", markup=False)
            yield Static(tr("goal.plan"), classes="subtitle")
            yield DataTable(id="goal-plan", cursor_type="row", zebra_stripes=True)
            yield Static(tr("goal.checkpoints"), classes="subtitle")
            yield DataTable(id="goal-checkpoints", cursor_type="row", zebra_stripes=True)
            yield Static(tr("goal.history"), classes="subtitle")
            yield DataTable(id="goal-history", cursor_type="row", zebra_stripes=True)
        yield KeyBar()

    def on_mount(self) -> None:
        tr = self.tr
        self.query_one("#goal-plan", DataTable).add_columns(
            tr("plan.date"), tr("plan.expected"), tr("plan.actual"))
        self.query_one("#goal-checkpoints", DataTable).add_columns(
            tr("plan.date"), tr("checkpoint.value_short"), tr("checkpoint.confidence"),
            tr("checkpoint.note"))
        self.query_one("#goal-history", DataTable).add_columns(
            tr("plan.date"), tr("history.change"), tr("checkpoint.note"))

    def on_screen_resume(self) -> None:
        self.refresh_data()  # first display, and every return from a dialog or screen

    def refresh_data(self) -> None:
        view = goal_view(self.workspace, self.goal_id, self.smart.today)
        if view is None:  # deleted elsewhere
            self.app.pop_screen()
            return
        self.view, self.goal = view, view.goal
        goal = view.goal
        self.show_heading(goal.title or self.tr("ui.untitled_goal"))
        self._card(view)
        self._tables(view)
        self.refresh_bindings()

    def _card(self, view: GoalView) -> None:
        tr, goal, t = self.tr, view.goal, view.trajectory
        self.query_one("#goal-sentence", Static).update(
            smart_sentence(goal, tr) or tr("ui.untitled_goal"))
        priority = view.priority.title if view.priority else "—"
        cadence = view.cadence
        meta = [
            tr("goal.meta_status", status=tr(f"goal_status.{goal.status.value}"),
               lever=tr(f"lever.{goal.lever.value}"),
               cadence=tr(f"cadence.{cadence.value}") if cadence else "—"),
            tr("goal.meta_priority", priority=priority),
            tr("goal.meta_resources", resources=resources_text(tr, goal)),
        ]
        if goal.intent:
            meta.append(tr("goal.meta_intent", intent=goal.intent))
        self.query_one("#goal-meta", Static).update("\n".join(meta))
        self.query_one("#goal-checklist", SmartChecklist).show(tr, view.assessment, all_hints=True,
                                                               goal=view.goal)
        lines = [tr("goal.status_line", status=trajectory_text(tr, t),
                    progress=progress_text(tr, t.progress),
                    expected=progress_text(tr, t.expected_progress))]
        if t.latest_value is not None:
            lines.append(tr("goal.latest", value=format_value(tr, t.latest_value, goal.unit),
                            date=tr.date_long(t.latest_date)))
        if t.projected_at_deadline is not None:
            lines.append(tr("goal.projection",
                            value=format_estimate(tr, t.projected_at_deadline, goal.unit)))
        pace = pace_text(tr, t, goal.unit)
        if pace:
            lines.append(tr("goal.required_pace", pace=pace))
        if t.next_checkpoint:
            key = "goal.next_due" if t.due else "goal.next"
            lines.append(tr(key, date=tr.date_long(t.next_checkpoint)))
        if t.recommendation:
            lines.append(tr(t.recommendation))
        self.query_one("#goal-trajectory", Static).update("\n".join(lines))
        self.query_one(TrajectoryChart).show(tr, goal, goal.checkpoints, t, self.smart.today)

    def _tables(self, view: GoalView) -> None:
        tr, goal = self.tr, view.goal
        plan = self.query_one("#goal-plan", DataTable)
        plan.clear()
        cadence = effective_cadence(goal)
        if (goal.start and goal.deadline and cadence and goal.baseline is not None
                and goal.target is not None):
            actuals = {c.date: c.value for c in goal.checkpoints}
            for m in milestones(goal, cadence, actuals):
                plan.add_row(tr.date_short(m.date),
                             format_estimate(tr, m.expected, goal.unit),
                             format_value(tr, m.actual, goal.unit) if m.actual is not None else "")
        checkpoints = self.query_one("#goal-checkpoints", DataTable)
        checkpoints.clear()
        for c in reversed(goal.checkpoints):  # newest first
            checkpoints.add_row(
                tr.date_short(c.date), format_value(tr, c.value, goal.unit),
                tr(f"confidence.{c.confidence.value}") if c.confidence else "—", c.note,
                key=str(c.id))
        history = self.query_one("#goal-history", DataTable)
        history.clear()
        for a in sorted(goal.adjustments, key=lambda a: (a.date, a.id or 0), reverse=True):
            history.add_row(tr.date_short(a.date), change_text(tr, a, goal.unit, goal.kpi),
                            a.note)

    # -- actions -------------------------------------------------------------------------
    def _selected_checkpoint(self):  # noqa: ANN202 - Checkpoint | None
        table = self.query_one("#goal-checkpoints", DataTable)
        if table.row_count == 0:
            return None
        checkpoints = list(reversed(self.goal.checkpoints))
        return checkpoints[min(table.cursor_row, len(checkpoints) - 1)]

    def can_run(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("correct", "delete"):
            return bool(getattr(self, "goal", None) and self.goal.checkpoints)
        if action == "log":  # left out for a closed goal or one without KPI or target
            goal = getattr(self, "goal", None)
            return goal is not None and log_refusal(goal) is None
        if action == "use_sentence":  # shown only while the statement is a vague wish
            return self._sentence() is not None
        if action == "activate":  # a draft only; it always answers (activated, or why not)
            goal = getattr(self, "goal", None)
            return goal is not None and goal.status == GoalStatus.DRAFT
        return True

    @writes
    def action_activate(self) -> None:
        """ctrl+g: activated, or which criteria block and how to fix them."""
        try:
            goals.set_goal_status(self.workspace, self.goal_id, GoalStatus.ACTIVE,
                                  self.smart.today)
        except DomainError as exc:
            if exc.key == "error.not_smart":
                self.notify(blocking_text(self.tr, self.view.assessment, self.goal),
                            severity="error", timeout=12)
            else:
                self.notify(error_text(self.tr, exc), severity="error")
            return
        except DatabaseError as exc:
            self.notify(error_text(self.tr, exc), severity="error")
            return
        self.notify(self.tr("wizard.activated"))
        self._remember_status(GoalStatus.DRAFT, GoalStatus.ACTIVE)
        self.refresh_data()

    def _remember_status(self, was: GoalStatus, now: GoalStatus) -> None:
        """ctrl+z puts the status back (the history keeps both changes)."""
        app, ws, goal_id, today = self.smart, self.workspace, self.goal_id, self.smart.today

        def describe() -> str:  # the goal's title as it is when the text is shown
            goal = ws.goal(goal_id)
            title = goal.title if goal is not None else ""
            return app.tr("status.done", title=title or app.tr("ui.untitled_goal"),
                          status=app.tr(f"goal_status.{now.value}"))

        app.remember_undo(describe, lambda: goals.set_goal_status(ws, goal_id, was, today))

    @writes
    @work
    async def action_delete_goal(self) -> None:
        """Delete the goal with its checkpoints, after a question that says what goes."""
        from smart_tui.services import removal

        tr, goal = self.tr, self.goal
        title = goal.title or tr("ui.untitled_goal")
        question = tr("delete.goal_question", title=title,
                      checkpoints=tr.plural("count.checkpoints", len(goal.checkpoints)))
        if not await self.app.push_screen_wait(ConfirmScreen(question)):
            return
        ws = self.workspace
        try:
            removed = removal.delete_goal(ws, self.goal_id)
        except (DomainError, DatabaseError) as exc:
            self.notify(error_text(tr, exc), severity="error")
            return
        app = self.smart
        app.remember_undo(lambda: app.tr("delete.goal_done", title=title),
                          lambda: removal.restore_goal(ws, removed))
        self.app.pop_screen()

    def refusal(self, action: str) -> str | None:
        goal = getattr(self, "goal", None)
        refused = log_refusal(goal) if action == "log" and goal is not None else None
        return error_text(self.tr, refused) if refused is not None else None

    def _sentence(self) -> str | None:
        view: GoalView | None = getattr(self, "view", None)
        if view is None or view.assessment.specific.code != "vague":
            return None
        return vague_fix(self.tr, view.goal)

    @writes
    def action_use_sentence(self) -> None:
        """The goal's SMART sentence becomes its statement (the vague wish stays its intent)."""
        sentence = self._sentence()
        if sentence is None:
            return
        if not self.goal.intent.strip():
            self.goal.intent = self.goal.statement
        self.goal.statement = sentence
        try:
            goals.save_goal(self.workspace, self.goal, self.smart.today)
        except (DomainError, DatabaseError) as exc:
            self.notify(error_text(self.tr, exc), severity="error")
        self.refresh_data()
        self.refresh_bindings()

    @writes
    def action_edit(self) -> None:
        from .wizard import WizardScreen

        self.app.push_screen(WizardScreen(self.goal_id))

    @writes
    @work
    async def action_log(self) -> None:
        from .checkpoint_form import log_checkpoint

        if await log_checkpoint(self.smart, self.goal_id):
            self.refresh_data()

    @writes
    @work
    async def action_correct(self) -> None:
        from .checkpoint_form import log_checkpoint

        checkpoint = self._selected_checkpoint()
        if checkpoint and await log_checkpoint(self.smart, self.goal_id, checkpoint):
            self.refresh_data()

    @writes
    @work
    async def action_delete(self) -> None:
        checkpoint = self._selected_checkpoint()
        if checkpoint is None:
            return
        question = self.tr("checkpoint.confirm_delete", date=self.tr.date_long(checkpoint.date),
                           value=format_value(self.tr, checkpoint.value, self.goal.unit))
        if not await self.app.push_screen_wait(ConfirmScreen(question)):
            return
        app, ws, today, unit = self.smart, self.workspace, self.smart.today, self.goal.unit
        try:
            removed = checkpoints.delete_checkpoint(ws, checkpoint.id or 0, today)
        except (DomainError, DatabaseError) as exc:
            self.notify(error_text(self.tr, exc), severity="error")
        else:  # ctrl+z puts the same checkpoint back (and says so in the history)
            app.remember_undo(
                lambda: app.tr("delete.checkpoint_done", date=app.tr.date_long(checkpoint.date),
                               value=format_value(app.tr, checkpoint.value, unit)),
                lambda: checkpoints.restore_checkpoint(ws, removed, today))
        self.refresh_data()

    @writes
    @work
    async def action_import_measures(self) -> None:
        from .measures_dialog import import_measures_flow

        if await import_measures_flow(self.smart, self.goal_id):
            self.refresh_data()

    @writes
    @work
    async def action_status(self) -> None:
        from .status_form import StatusChange, StatusForm

        ws, today, goal_id = self.workspace, self.smart.today, self.goal_id

        def change(answer: StatusChange) -> Goal:
            return goals.set_goal_status(ws, goal_id, answer.status, today, answer.note)

        was = self.goal.status  # the card re-reads the goal when the dialog closes
        allowed = tuple(s for s in STATUS_CHOICES if s != was)
        changed = await self.app.push_screen_wait(StatusForm(change, was, allowed))
        if changed is not None:
            self._remember_status(was, changed.status)
            self.refresh_data()
