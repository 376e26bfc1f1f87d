"""Step 4: the review session. One goal per page, due ones first; a value, then a decision.

Every value and decision is saved the moment it is entered: leaving half-way loses nothing.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from smart_tui.domain.decisions import check_field, decision_refusal
from smart_tui.domain.invariants import log_refusal
from smart_tui.domain.models import DomainError, Goal
from smart_tui.domain.review import Decision, recheck_target, review_queue, suggested_decision
from smart_tui.domain.trajectory import expected_on, plan_of
from smart_tui.domain.views import GoalView
from smart_tui.present import (
    coach_lines,
    error_text,
    hint,
    pace_text,
    progress_text,
    reason,
    trajectory_text,
)
from smart_tui.sentence import format_estimate, format_value, smart_sentence
from smart_tui.services.decisions import apply_decision
from smart_tui.services.overview import goal_view, goal_views

from ..base import SmartScreen, writes
from ..widgets.chart import TrajectoryChart
from ..widgets.header import SmartHeader
from ..widgets.keybar import KeyBar
from .decision_form import DecisionForm


class ReviewScreen(SmartScreen):
    SCREEN_KEY = "review"
    # a goal closed (by a decision of this session, say) takes no value and no decision: the
    # keys leave the bar, and pressed anyway they say why
    EXPLAINED = frozenset({"decide", "log_value"})
    BINDINGS = [
        Binding("v", "log_value", "key.value", id="review-value", tooltip="tip.value"),
        Binding("i", "import_measures", "key.import_measures_long", show=False,
                id="review-import-measures", tooltip="tip.import_measures"),
        Binding("k", "decide('keep_course')", "key.keep", id="review-keep", tooltip="tip.keep"),
        Binding("a", "decide('adjust_actions')", "key.adjust", id="review-adjust",
                tooltip="tip.adjust"),
        Binding("h", "decide('aim_higher')", "key.raise", show=False, id="review-raise",
                tooltip="tip.raise"),
        Binding("d", "decide('move_deadline')", "key.move", show=False, id="review-move",
                tooltip="tip.move"),
        Binding("t", "decide('mark_achieved')", "key.achieved", show=False,
                id="review-achieved", tooltip="tip.achieved"),
        Binding("x", "decide('abandon')", "key.abandon", show=False, id="review-abandon",
                tooltip="tip.abandon"),
        Binding("right,pagedown,s", "move(1)", "key.next_goal", id="review-next",
                tooltip="tip.next_goal", key_display="→"),
        Binding("left,pageup", "move(-1)", "key.previous_goal", show=False,
                id="review-previous", key_display="←"),
        Binding("o", "include_all", "key.include_all", show=False, id="review-all",
                tooltip="tip.include_all"),  # in the bar when nothing is due (in_key_bar)
        Binding("escape", "finish", "key.finish", id="review-finish", tooltip="tip.finish"),
    ]

    def __init__(self, include_all: bool = False) -> None:
        super().__init__()
        self.include_all = include_all
        self.index = 0
        self.decisions: list[tuple[int, Decision]] = []
        self.logged: dict[int, date] = {}  # goal id -> date of the value noted
        self.goal: Goal | None = None  # the page's goal, as last read

    def compose(self) -> ComposeResult:
        yield SmartHeader()
        yield Static(id="review-progress")
        with VerticalScroll(id="review-page", can_focus=False):  # ← → are the screen's
            yield Static(id="review-sentence", classes="sentence", markup=False)
            yield TrajectoryChart(id="review-chart")
            yield Static(id="review-facts", markup=False)
            yield Static(id="review-choices", classes="echo", markup=False)
            yield Static(id="review-done", classes="echo", markup=False)
        yield KeyBar()

    def on_mount(self) -> None:
        self.show_heading(self.tr("screen.review"))
        self._build_queue()
        self.show_page()

    def _build_queue(self) -> None:
        views = goal_views(self.workspace, self.smart.today)
        items = [(v.goal, v.trajectory) for v in views]
        self.queue = review_queue(items, self.include_all)
        self.due_ids = set(review_queue(items))
        self.others = len(review_queue(items, include_all=True)) - len(self.queue)

    @property
    def goal_id(self) -> int | None:
        return self.queue[self.index] if self.queue else None

    def _view(self) -> GoalView | None:
        if self.goal_id is None:
            return None
        view = goal_view(self.workspace, self.goal_id, self.smart.today)
        self.goal = view.goal if view is not None else None
        if view is not None:
            self.checkpoints = view.goal.checkpoints
        return view

    def show_page(self) -> None:
        tr = self.tr
        view = self._view()
        progress = self.query_one("#review-progress", Static)
        if view is None:
            progress.update(tr("review.nothing_due"))
            hint = tr.plural("review.include_others", self.others) if self.others else ""
            self.query_one("#review-sentence", Static).update(hint)
            self.query_one("#review-chart").display = False
            for name in ("facts", "choices", "done"):
                self.query_one(f"#review-{name}", Static).update("")
            self.refresh_bindings()
            return
        goal, t = view.goal, view.trajectory
        label = tr("review.due") if goal.id in self.due_ids else tr("review.not_due")
        progress.update(tr("review.progress", number=self.index + 1, total=len(self.queue),
                           label=label))
        sentence = smart_sentence(goal, tr) or tr("ui.untitled_goal")
        if goal.statement.strip() and goal.statement.strip() != sentence:
            # the goal's own words first: two goals on one KPI are told apart
            sentence = f"{tr('review.statement', statement=goal.statement)}\n{sentence}"
        self.query_one("#review-sentence", Static).update(sentence)
        chart = self.query_one(TrajectoryChart)
        chart.display = True
        chart.show(tr, goal, self.checkpoints, t, self.smart.today)
        self.query_one("#review-facts", Static).update("\n".join(self._facts(view)))
        closed = decision_refusal(goal)
        self.query_one("#review-choices", Static).update(
            tr("review.choices") if closed is None
            else tr("review.closed", status=tr(f"goal_status.{goal.status.value}")))
        taken = [tr(f"decision_name.{d.value}") for gid, d in self.decisions if gid == goal.id]
        done = []
        if goal.id in self.logged:
            done.append(tr("review.value_logged", date=tr.date_long(self.logged[goal.id])))
        if taken:
            done.append(tr("review.decided", decisions=", ".join(taken)))
        self.query_one("#review-done", Static).update("\n".join(done))
        self.refresh_bindings()

    def _facts(self, view: GoalView) -> list[str]:
        tr, goal, t = self.tr, view.goal, view.trajectory
        today = self.smart.today
        if t.progress is None:
            facts = [trajectory_text(tr, t)]
        else:
            facts = [tr("goal.status_line", status=trajectory_text(tr, t),
                        progress=progress_text(tr, t.progress),
                        expected=progress_text(tr, t.expected_progress))]
        if goal.has_plan:
            expected = format_estimate(tr, expected_on(goal, today), goal.unit)
            if t.latest_value is None:
                facts.append(tr("review.expected_only", expected=expected))
            else:
                latest = format_value(tr, t.latest_value, goal.unit)
                facts.append(tr("review.latest_vs_expected", latest=latest, expected=expected))
        pace = pace_text(tr, t, goal.unit)
        if pace:
            facts.append(tr("goal.required_pace", pace=pace))
        if t.projected_at_deadline is not None:
            facts.append(tr("goal.projection",
                            value=format_estimate(tr, t.projected_at_deadline, goal.unit)))
        open_ = decision_refusal(goal) is None  # a closed goal is advised nothing to do
        if open_:
            facts.append(tr(t.recommendation) if t.recommendation else tr("review.log_first"))
        suggested = suggested_decision(t.status) if t.latest_value is not None and open_ else None
        if suggested is not None:
            facts.append(tr("review.suggested", decision=tr(f"decision_name.{suggested.value}"),
                            shortcut=self._key_of(suggested)))
        plan = plan_of(goal)
        if plan is not None and plan.bends:  # the plan was re-drawn: say from when
            facts.append(tr("review.plan_bent", dates=", ".join(
                tr.date_long(d) for d in plan.bends)))
        coach = coach_lines(tr, view.assessment, goal)
        if coach:
            facts.append(tr("review.coach"))
            for criterion, verdict, why, tip in coach:
                label = f"{tr(f'criterion.{criterion}')} ({tr(f'verdict.{verdict}')})"
                facts.append(f"  • {label}{tr('ui.colon')}{why}")
                if tip:
                    facts.append(f"    → {tip}")
        return facts

    def _key_of(self, decision: Decision) -> str:
        action = f"decide('{decision.value}')"
        return next((b.key for b in self.BINDINGS
                     if isinstance(b, Binding) and b.action == action), "")

    # -- actions -------------------------------------------------------------------------
    def can_run(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("log_value", "decide"):
            return self.goal_id is not None and self._refused(action) is None
        if action in ("move", "import_measures"):
            return self.goal_id is not None
        if action == "include_all":
            return not self.include_all
        return True

    def _refused(self, action: str) -> DomainError | None:
        goal = self.goal if self.goal is not None and self.goal.id == self.goal_id else None
        if goal is None:
            return None
        return log_refusal(goal) if action == "log_value" else decision_refusal(goal)

    def refusal(self, action: str) -> str | None:
        refused = self._refused(action) if action in ("log_value", "decide") else None
        return error_text(self.tr, refused) if refused is not None else None

    def in_key_bar(self, action: str) -> bool | None:
        """« o » joins the bar when nothing is due and the page says to press it."""
        if action == "include_all":
            return self.goal_id is None and getattr(self, "others", 0) > 0
        return None

    def action_move(self, offset: int) -> None:
        """Next or previous goal; going on from the last one ends the session."""
        if not self.queue:
            return
        if self.index + offset >= len(self.queue):
            self.action_finish()
            return
        self.index = max(self.index + offset, 0)
        self.show_page()

    def action_include_all(self) -> None:
        current = self.goal_id
        self.include_all = True
        self._build_queue()
        self.index = self.queue.index(current) if current in self.queue else 0
        self.show_page()

    @writes
    @work
    async def action_log_value(self) -> None:
        from .checkpoint_form import log_checkpoint

        goal_id = self.goal_id
        if goal_id is None:
            return
        logged = await log_checkpoint(self.smart, goal_id)
        if logged is not None:
            self.logged[goal_id] = logged.date
            self.show_page()

    @writes
    @work
    async def action_import_measures(self) -> None:
        from .measures_dialog import import_measures_flow

        goal_id = self.goal_id
        if goal_id is not None and await import_measures_flow(self.smart, goal_id):
            self.logged.add(goal_id)
            self.show_page()

    @writes
    @work
    async def action_decide(self, name: str) -> None:
        decision = Decision(name)
        view = self._view()
        if view is None or view.goal.id is None:
            return
        tr, goal, ws, today = self.tr, view.goal, self.workspace, self.smart.today
        goal_id = view.goal.id
        intro_key = f"decision_intro.{decision.value}"
        if decision == Decision.RAISE:  # said according to where the goal stands
            intro_key += f".{view.trajectory.status.value}"
        intro = tr(intro_key,
                   target=format_value(tr, goal.target, goal.unit),
                   deadline=tr.date_long(goal.deadline))
        preview = None
        if decision == Decision.RAISE:
            def preview(target: float) -> str | None:
                return self._recheck(view, target)
        form = DecisionForm(decision, tr(f"decision_name.{decision.value}"), intro,
                            lambda chosen: apply_decision(ws, goal_id, chosen, today), preview,
                            partial(check_field, goal))
        if await self.app.push_screen_wait(form) is None:
            return
        self.decisions.append((goal_id, decision))
        self.notify(tr("review.saved", decision=tr(f"decision_name.{decision.value}")))
        if decision in (Decision.RAISE, Decision.MOVE):
            from .retitle import offer_retitle

            await offer_retitle(self.smart, goal_id, goal.target, goal.deadline)
        self.show_page()

    def _recheck(self, view: GoalView, target: float) -> str | None:
        """The Achievable verdict of a raised target, shown before it is confirmed."""
        tr, goal = self.tr, view.goal
        result = recheck_target(goal, target, self.smart.today,
                                view.trajectory.latest_value, view.capacity)
        text = tr("review.recheck", verdict=tr(f"verdict.{result.verdict.value}"),
                  reason=reason(tr, result))
        tip = hint(tr, result, goal)
        return f"{text} {tip}" if tip else text

    def action_finish(self) -> None:
        from .review_summary import ReviewSummaryScreen

        self.app.switch_screen(ReviewSummaryScreen(self.queue, self.logged, self.decisions))
