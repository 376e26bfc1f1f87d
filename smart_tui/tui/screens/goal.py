"""A goal's card: SMART sentence and verdicts, trajectory, back-planning, checkpoints, history."""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Footer, Header, Static

from smart_tui.domain.models import DomainError, GoalStatus
from smart_tui.domain.schedule import back_planning
from smart_tui.domain.sentence import format_estimate, format_value, smart_sentence
from smart_tui.domain.trajectory import effective_cadence
from smart_tui.overview import GoalView, goal_views
from smart_tui.present import (
    error_text,
    pace_text,
    progress_text,
    resources_text,
    trajectory_text,
)
from smart_tui.storage import DatabaseError

from ..base import SmartScreen
from ..widgets.chart import TrajectoryChart
from ..widgets.checklist import SmartChecklist
from .confirm import ConfirmScreen

STATUS_CHOICES = (GoalStatus.ACHIEVED, GoalStatus.MISSED, GoalStatus.ABANDONED,
                  GoalStatus.ACTIVE, GoalStatus.DRAFT)


class GoalScreen(SmartScreen):
    SCREEN_KEY = "goal"
    BINDINGS = [
        Binding("e", "edit", "key.edit", id="edit-goal", tooltip="tip.edit_goal"),
        Binding("l", "log", "key.log_short", id="log-checkpoint", tooltip="tip.log"),
        Binding("c", "correct", "key.correct", id="correct-checkpoint",
                tooltip="tip.correct_checkpoint"),
        Binding("x,delete", "delete", "key.delete", id="delete-checkpoint",
                tooltip="tip.delete_checkpoint"),
        Binding("t", "status", "key.status", id="goal-status", tooltip="tip.status"),
        Binding("i", "import_measures", "key.import_measures_long", show=False,
                id="goal-import-measures", tooltip="tip.import_measures"),
        Binding("escape", "app.pop_screen", "key.back", id="back"),
    ]

    def __init__(self, goal_id: int) -> None:
        super().__init__()
        self.goal_id = goal_id

    def compose(self) -> ComposeResult:
        tr = self.tr
        yield Header()
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
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        tr = self.tr
        self.query_one("#goal-plan", DataTable).add_columns(
            tr("plan.date"), tr("plan.expected"), tr("plan.actual"))
        self.query_one("#goal-checkpoints", DataTable).add_columns(
            tr("plan.date"), tr("checkpoint.value_short"), tr("checkpoint.confidence"),
            tr("checkpoint.note"))
        self.query_one("#goal-history", DataTable).add_columns(
            tr("plan.date"), tr("history.kind"), tr("history.change"), tr("checkpoint.note"))

    def on_screen_resume(self) -> None:
        self.refresh_data()  # first display, and every return from a dialog or screen

    def refresh_data(self) -> None:
        goal = self.store.goal(self.goal_id)
        if goal is None:  # deleted elsewhere
            self.app.pop_screen()
            return
        self.goal = goal
        view = goal_views(self.store, self.smart.today, [goal])[0]
        self.title = goal.statement or goal.intent or self.tr("ui.untitled_goal")
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
        self.query_one("#goal-checklist", SmartChecklist).show(tr, view.assessment, all_hints=True)
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
            for m in back_planning(goal.start, goal.deadline, goal.baseline, goal.target,
                                   cadence, actuals):
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
            change = f"{a.old or '—'} → {a.new or '—'}" if (a.old or a.new) else ""
            history.add_row(tr.date_short(a.date), tr(f"adjustment.{a.kind.value}"), change,
                            a.note)

    # -- actions -------------------------------------------------------------------------
    def _selected_checkpoint(self):  # noqa: ANN202 - Checkpoint | None
        table = self.query_one("#goal-checkpoints", DataTable)
        if table.row_count == 0:
            return None
        checkpoints = list(reversed(self.goal.checkpoints))
        return checkpoints[min(table.cursor_row, len(checkpoints) - 1)]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("correct", "delete"):
            return bool(getattr(self, "goal", None) and self.goal.checkpoints)
        return True

    def action_edit(self) -> None:
        from .wizard import WizardScreen

        self.app.push_screen(WizardScreen(self.goal_id))

    @work
    async def action_log(self) -> None:
        from .checkpoint_form import log_checkpoint

        if await log_checkpoint(self.smart, self.goal_id):
            self.refresh_data()

    @work
    async def action_correct(self) -> None:
        from .checkpoint_form import log_checkpoint

        checkpoint = self._selected_checkpoint()
        if checkpoint and await log_checkpoint(self.smart, self.goal_id, checkpoint):
            self.refresh_data()

    @work
    async def action_delete(self) -> None:
        checkpoint = self._selected_checkpoint()
        if checkpoint is None:
            return
        question = self.tr("checkpoint.confirm_delete", date=self.tr.date_long(checkpoint.date),
                           value=format_value(self.tr, checkpoint.value, self.goal.unit))
        if not await self.app.push_screen_wait(ConfirmScreen(question)):
            return
        try:
            self.store.delete_checkpoint(checkpoint.id, self.smart.today)
        except (DomainError, DatabaseError) as exc:
            self.notify(error_text(self.tr, exc), severity="error")
        self.refresh_data()

    @work
    async def action_import_measures(self) -> None:
        from .measures_dialog import import_measures_flow

        if await import_measures_flow(self.smart, self.goal_id):
            self.refresh_data()

    @work
    async def action_status(self) -> None:
        from .status_form import StatusForm

        allowed = tuple(s for s in STATUS_CHOICES if s != self.goal.status)
        answer = await self.app.push_screen_wait(StatusForm(self.goal.status, allowed))
        if answer is None:
            return
        status, note = answer
        view = goal_views(self.store, self.smart.today, [self.goal])[0]
        if status == GoalStatus.ACTIVE and not view.assessment.is_smart:
            self.notify(self.tr("wizard.not_smart_short"), severity="error")
            return
        self.goal.status = status
        try:
            self.store.update_goal(self.goal, self.smart.today, note)
        except (DomainError, DatabaseError) as exc:
            self.notify(error_text(self.tr, exc), severity="error")
        self.refresh_data()
