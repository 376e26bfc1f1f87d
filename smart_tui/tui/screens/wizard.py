"""Step 2: the SMART formulation wizard. One step per criterion, the live checklist beside it."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.events import DescendantFocus
from textual.widgets import DataTable, Input, OptionList, Select, Static

from smart_tui.domain.achievable import pace_check
from smart_tui.domain.models import DomainError, Goal, GoalStatus, PriorityStatus
from smart_tui.domain.schedule import default_cadence
from smart_tui.domain.smart import CRITERIA, Assessment, assess
from smart_tui.domain.trajectory import milestones
from smart_tui.present import error_text, render_params, vague_fix
from smart_tui.sentence import format_estimate, smart_sentence
from smart_tui.services import DatabaseError, goals

from ..base import SmartScreen, writes
from ..widgets.checklist import SmartChecklist, blocking_text
from ..widgets.fields import Field
from ..widgets.goal_form import BLANK, FIELD_CRITERION, STEPS, GoalForm
from ..widgets.header import SmartHeader
from ..widgets.keybar import KeyBar

NARROW = 100  # below it the checklist sits under the form (app HORIZONTAL_BREAKPOINTS)


class WizardScreen(SmartScreen):
    SCREEN_KEY = "wizard"
    EXPLAINED = frozenset({"activate"})  # ctrl+g on a goal that is no longer a draft: why
    BINDINGS = [
        Binding("ctrl+n,pagedown", "step(1)", "key.next", id="wizard-next"),
        Binding("ctrl+b,pageup", "step(-1)", "key.previous", id="wizard-previous"),
        Binding("ctrl+s", "save_draft", "key.save_draft", id="wizard-save-draft",
                tooltip="tip.save_draft"),
        Binding("ctrl+s", "save", "key.save", id="wizard-save", tooltip="tip.save_goal"),
        Binding("ctrl+g", "activate", "key.activate", id="wizard-activate",
                tooltip="tip.activate"),
        Binding("ctrl+t", "use_sentence", "key.use_sentence", id="wizard-use-sentence",
                tooltip="tip.use_sentence"),
        Binding("escape", "leave", "key.back", id="back"),
    ]

    def __init__(self, goal_id: int | None = None) -> None:
        super().__init__()
        self.goal_id = goal_id
        self.assessment: Assessment | None = None

    def compose(self) -> ComposeResult:
        goal = self.workspace.goal(self.goal_id) if self.goal_id else None
        self.original = goal or Goal(start=self.smart.today)
        priorities = [p for p in self.workspace.priorities()
                      if p.status == PriorityStatus.ACTIVE or p.id == self.original.priority_id]
        self.priorities = {p.id: p for p in priorities}
        active = [p for p in priorities if p.status == PriorityStatus.ACTIVE]
        if goal is None and len(active) == 1:  # one axis: the Relevant step starts on it
            self.original.priority_id = active[0].id
        yield SmartHeader()
        yield Static(id="step-title")
        with Horizontal(id="wizard-body"):
            yield GoalForm(self.tr, self.smart.today, self.original, priorities)
            with VerticalScroll(id="side"):
                yield SmartChecklist(id="live-checklist")
        yield KeyBar()

    def on_resize(self) -> None:
        if hasattr(self, "form"):
            self.update_live()  # compact below NARROW columns, full beside the form

    def on_mount(self) -> None:
        self.form = self.query_one(GoalForm)
        self.show_heading(self.tr("wizard.edit_title" if self.goal_id else "wizard.new_title"))
        self.focused_criterion = "specific"
        self._initial = self.form.signature()
        self._show_step()
        self.update_live()

    # -- navigation ----------------------------------------------------------------------
    @property
    def step(self) -> str:
        return (self.form.current or "step-start").removeprefix("step-")

    def action_step(self, offset: int) -> None:
        index = min(max(STEPS.index(self.step) + offset, 0), len(STEPS) - 1)
        self.form.current = f"step-{STEPS[index]}"
        self._show_step()
        self.update_live()

    def _show_step(self) -> None:
        index = STEPS.index(self.step)
        name = self.tr(f"wizard.step.{self.step}")
        self.query_one("#step-title", Static).update(
            self.tr("wizard.step_title", number=index + 1, total=len(STEPS), name=name)
        )
        if self.step in CRITERIA:
            self.focused_criterion = self.step
        self.call_after_refresh(self._focus_step)

    def _focus_step(self) -> None:
        step = self.query_one(f"#step-{self.step}")
        if self.focused is not None and step in self.focused.ancestors:
            return  # keys typed while the page opened moved there already: keep them there
        for widget in step.query("OptionList, Input, Select, DataTable"):
            if widget.focusable:
                widget.focus()
                return

    @on(Input.Submitted, "#intent")
    def _wish_entered(self) -> None:
        """Enter in the wish field goes on to the next page with the wish as the first draft
        of the goal (as « Objectif vierge » does; a template already applied is kept)."""
        self.form.apply_template(BLANK)
        self.action_step(1)

    @on(OptionList.OptionSelected, "#templates")
    def _template(self, event: OptionList.OptionSelected) -> None:
        self.form.apply_template(event.option.id or "")
        self.action_step(1)

    # -- live checklist ------------------------------------------------------------------
    @on(Input.Changed)
    @on(Select.Changed)
    def _changed(self) -> None:
        self.update_live()

    @on(DescendantFocus)
    def _focus_moved(self, event: DescendantFocus) -> None:
        name = (event.widget.id or "").removesuffix("-field")
        criterion = FIELD_CRITERION.get(name)
        if criterion and criterion != self.focused_criterion:
            self.focused_criterion = criterion
            self.update_live()

    def update_live(self) -> None:
        goal, errors = self.form.read()
        for field in self.form.query(Field):
            name = field.input.id or ""
            if name in errors:
                field.note(errors[name], error=True)
            elif name in ("start", "deadline"):
                day = getattr(goal, name)
                field.note(f"→ {self.tr.date_long(day)}" if day and field.value else None)
            else:
                limit = field.limit_message()
                field.note(limit, error=bool(limit))
        capacity = self.workspace.capacity(excluding_goal=goal.id)
        today = self.smart.today
        deadline = self.form.query_one("#deadline-field", Field).refusal  # 31/02: not a date
        self.assessment = assess(goal, self.priorities.get(goal.priority_id), today, capacity,
                                 self.priorities.values(), deadline_error=deadline)
        self.query_one("#live-checklist", SmartChecklist).show(
            self.tr, self.assessment, focus=self.focused_criterion, goal=goal,
            compact=self.app.size.width < NARROW)
        self._show_pace(goal)
        self._show_cadence(goal)
        if self.step == "review":
            self._show_review(goal)
        self.refresh_bindings()

    def _show_pace(self, goal: Goal) -> None:
        tr, check = self.tr, pace_check(goal, goal.start or self.smart.today)
        text = tr("wizard.pace_unknown")
        if check is not None and "months" in check.params:
            months = tr.plural("count.months", round(float(check.params["months"]), 1),  # type: ignore[arg-type]
                               decimals=1)
            if "stars" in check.params:
                text = tr("wizard.pace_stars", months=months,
                          stars=render_params(tr, check.params)["stars"])
            elif "pace" in check.params:
                text = tr("wizard.pace", months=months, pace=tr.percent(
                    float(check.params["pace"]), 1, signed=True))  # type: ignore[arg-type]
            else:
                text = tr("wizard.pace_new_channel")
        self.query_one("#pace", Static).update(text)

    def _show_cadence(self, goal: Goal) -> None:
        select = self.query_one("#cadence", Select)
        if goal.start and goal.deadline and goal.deadline > goal.start:
            suggested = default_cadence(goal.start, goal.deadline)
            select.prompt = self.tr("wizard.cadence_auto",
                                    cadence=self.tr(f"cadence.{suggested.value}"))

    def _show_review(self, goal: Goal) -> None:
        tr = self.tr
        self.query_one("#review-sentence", Static).update(
            smart_sentence(goal, tr) or tr("ui.untitled_goal"))
        table = self.query_one("#plan", DataTable)
        table.clear()
        if goal.has_plan and goal.start and goal.deadline:
            cadence = goal.cadence or default_cadence(goal.start, goal.deadline)
            for milestone in milestones(goal, cadence):
                table.add_row(tr.date_short(milestone.date),
                              format_estimate(tr, milestone.expected, goal.unit))

    # -- saving --------------------------------------------------------------------------
    def refusal(self, action: str) -> str | None:
        if action == "activate" and self.original.status != GoalStatus.DRAFT:
            return self.tr("wizard.not_a_draft")
        return None

    def can_run(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        draft = self.original.status == GoalStatus.DRAFT
        if action == "activate":  # always answers: activated, or what blocks it
            return draft
        if action == "use_sentence":  # shown only while the statement is a vague wish
            return self._sentence() is not None
        if action == "save_draft":  # one ctrl+s, labelled for what it will do
            return draft
        if action == "save":
            return not draft
        return True

    def _sentence(self) -> str | None:
        if self.assessment is None or self.assessment.specific.code != "vague":
            return None
        return vague_fix(self.tr, self.form.read()[0])

    def action_use_sentence(self) -> None:
        """The goal's SMART sentence replaces the vague statement (one key, as the hint says)."""
        sentence = self._sentence()
        if sentence is not None:
            self.query_one("#statement-field", Field).input.value = sentence

    @writes
    def action_save_draft(self) -> None:
        self.action_save()

    @property
    def dirty(self) -> bool:
        return self.form.signature() != self._initial

    def unsaved_texts(self) -> tuple[str, str]:
        """A new goal is kept as a draft; an existing one (active or draft) keeps its status
        and saves the changes, so it is asked about its changes, not about a draft."""
        if self.original.id is None:
            return "unsaved.question_wizard", "unsaved.cancel"
        return "unsaved.question_edit", "unsaved.keep_editing"

    def unsaved(self) -> bool:
        return self.dirty

    def save_changes(self) -> bool:
        """Leaving half-way: a new goal or a draft is kept as a draft; an active goal is
        saved only when it still passes every criterion. A draft saved with only its wish
        typed takes the wish as its statement, as Enter in the wish field does: the card,
        the checklist and the dashboard then all call it by the wish (Goal.title)."""
        if self.original.status == GoalStatus.DRAFT:
            self.form.apply_template(BLANK)
        goal = self._valid_goal()
        if goal is None:
            return False
        if goal.status != GoalStatus.DRAFT and not (self.assessment and self.assessment.is_smart):
            self._refuse_not_smart()
            return False
        return self._store(goal, "wizard.saved")

    @writes
    def action_save(self) -> None:
        if self.save_changes():
            self._close()

    def _close(self) -> None:
        """Back to the screen below; then, when the saved target is no longer the one the
        statement quotes, offer the statement with the new figure (every way out: ctrl+s,
        ctrl+g, escape then « Enregistrer »)."""
        self.app.pop_screen()
        self._offer_retitle()

    def _offer_retitle(self) -> None:
        """Offer to update a statement quoting the target (or a figure derived from it) or
        the deadline the goal had when the wizard opened (an app worker, as this screen is
        gone). Nothing is asked when neither changed, the statement quotes neither, or
        nothing was saved."""
        from .retitle import offer_retitle

        if self.original.id is not None:
            self.app.run_worker(offer_retitle(self.smart, self.original.id,
                                              self.original.target, self.original.deadline))

    @writes
    def action_activate(self) -> None:
        goal = self._valid_goal()
        if goal is None:
            return
        if not (self.assessment and self.assessment.is_smart):
            self._refuse_not_smart()
            return
        goal.status = GoalStatus.ACTIVE
        if self._store(goal, "wizard.activated"):
            self._close()

    def _valid_goal(self) -> Goal | None:
        goal, errors = self.form.read()
        if errors:
            name = next(iter(errors))
            step = FIELD_CRITERION.get(name, "start")
            self.form.current = f"step-{step}"
            self._show_step()
            self.notify(self.tr("wizard.fix_errors"), severity="error")
            return None
        return goal

    def _refuse_not_smart(self) -> None:
        assert self.assessment is not None
        self.notify(blocking_text(self.tr, self.assessment, self.form.read()[0]),
                    severity="error", timeout=12)

    def _store(self, goal: Goal, message: str) -> bool:
        try:
            if goal.id is None:
                goal = goals.create_goal(self.workspace, goal, self.smart.today)
            else:
                goals.save_goal(self.workspace, goal, self.smart.today, self.form.note())
        except (DomainError, DatabaseError) as exc:
            self.notify(error_text(self.tr, exc), severity="error", timeout=10)
            return False  # the form keeps everything typed
        self.goal_id = self.original.id = goal.id
        self._initial = self.form.signature()
        self.notify(self.tr(message, status=self.tr(f"goal_status.{goal.status.value}"),
                            title=goal.title or self.tr("ui.untitled_goal")))
        return True

    @work(exclusive=True, group="close")
    async def action_leave(self) -> None:
        if await self.settle_unsaved():
            self._close()
