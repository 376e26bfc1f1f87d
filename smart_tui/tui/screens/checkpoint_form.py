"""Log or correct a checkpoint: value, date (any accepted form, echoed), confidence, note."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Input, Label, Select, Static

from smart_tui.domain.invariants import log_refusal
from smart_tui.domain.limits import TEXT_LIMITS
from smart_tui.domain.models import Checkpoint, Confidence, DomainError, Goal
from smart_tui.present import error_text, logged_text
from smart_tui.sentence import smart_sentence
from smart_tui.services import checkpoints
from smart_tui.services.checkpoints import Logged

from ..base import FormDialog
from ..widgets.fields import DateValidator, Field, NumberValidator
from ..widgets.goal_form import date_text, number_text
from ..widgets.keybar import KeyBar

if TYPE_CHECKING:
    from ..app import SmartApp

DATE_ERRORS = ("error.checkpoint_future", "error.checkpoint_before_start", "error.date_range")


class CheckpointForm(FormDialog[Checkpoint, Logged]):
    """Given the goal (and the checkpoint, to correct one); saves through the service."""

    SCREEN_KEY = "checkpoint_form"
    BINDINGS = [
        Binding("ctrl+s", "save", "key.save", id="save-checkpoint"),
        Binding("escape", "cancel", "key.cancel", id="cancel-checkpoint"),
    ]

    def __init__(self, goal: Goal, checkpoint: Checkpoint | None = None) -> None:
        super().__init__(self._save)
        self.goal, self.checkpoint = goal, checkpoint

    def _save(self, draft: Checkpoint) -> Logged:
        ws, today = self.workspace, self.smart.today
        if self.checkpoint is None:
            return checkpoints.log_checkpoint(ws, self.goal.id or 0, draft, today)
        draft.id, draft.goal_id = self.checkpoint.id, self.checkpoint.goal_id
        return checkpoints.correct_checkpoint(ws, draft, today)

    def compose(self) -> ComposeResult:
        tr, goal, cp = self.tr, self.goal, self.checkpoint
        today = self.smart.today
        with VerticalScroll(classes="dialog", id="checkpoint-dialog"):
            yield Static(tr("checkpoint.correct_title" if cp else "checkpoint.title"),
                         classes="dialog-title")
            yield Static(smart_sentence(goal, tr), classes="sentence", markup=False)
            unit = tr(f"unit.{goal.unit.value}") if goal.unit else ""
            yield Field(tr("checkpoint.value", unit=unit), id="value",
                        value=number_text(cp.value, self.tr.lang) if cp else "",
                        placeholder=tr("placeholder.checkpoint_value"),
                        validators=[NumberValidator(tr, required=True, unit=goal.unit)])
            yield Field(tr("checkpoint.date"), id="date",
                        value=date_text(tr, cp.date if cp else today),
                        placeholder=tr("placeholder.checkpoint_date"),
                        validators=[DateValidator(tr, today, "past")])
            with Horizontal(classes="select-row"):
                yield Label(tr("checkpoint.confidence"))
                yield Select([(tr(f"confidence.{c.value}"), c) for c in Confidence],
                             value=cp.confidence if cp and cp.confidence else Select.NULL,
                             prompt=tr("placeholder.confidence"), id="confidence")
            yield Field(tr("checkpoint.note"), id="note", value=cp.note if cp else "",
                        max_length=TEXT_LIMITS["checkpoint.note"],
                        placeholder=tr("placeholder.checkpoint_note"))
            yield Static(id="checkpoint-expected", classes="echo")
            yield self.buttons()
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#value-field", Field).input.focus()
        self._echo_date()

    def _fields(self) -> tuple[Field, Field]:
        return self.query_one("#value-field", Field), self.query_one("#date-field", Field)

    def _echo_date(self) -> None:
        field = self._fields()[1]
        day = field.parsed
        if isinstance(day, date):
            field.note(f"→ {self.tr.date_long(day)}")

    @on(Input.Changed, "#date")
    def _date_changed(self) -> None:
        self._fields()[1].validate_now(quiet_when_empty=True)
        self._echo_date()

    @on(Input.Changed, "#value")
    def _value_changed(self) -> None:
        self._fields()[0].validate_now(quiet_when_empty=True)

    def read(self) -> Checkpoint | None:
        value, day = self._fields()
        errors = [f for f in (value, day) if f.validate_now()]
        if errors:
            errors[0].input.focus()
            return None
        confidence = self.query_one("#confidence", Select).value
        number = value.number
        if number is None:  # the validator said it is one; nothing else to save
            return None
        return Checkpoint(
            day.day or self.smart.today,
            number,
            confidence if isinstance(confidence, Confidence) else None,
            self.query_one("#note-field", Field).value,
        )

    def field_for(self, error: DomainError) -> Field | None:
        value, day = self._fields()
        return day if error.key in DATE_ERRORS else value

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_save()


async def log_checkpoint(
    app: SmartApp, goal_id: int, checkpoint: Checkpoint | None = None
) -> Checkpoint | None:
    """Open the form for ``goal_id`` (it saves), then say what was saved and how the
    trajectory moved. Returns the checkpoint saved, or ``None`` when nothing was."""
    goal = app.workspace.goal(goal_id)
    if goal is None:
        return None
    refused = log_refusal(goal) if checkpoint is None else None
    if refused is not None:  # its key is left out; reached anyway, say why before any typing
        app.notify(error_text(app.tr, refused), severity="warning", timeout=10)
        return None
    logged = await app.push_screen_wait(CheckpointForm(goal, checkpoint))
    if logged is None:
        return None
    app.notify(logged_text(app.tr, logged, "checkpoint.saved"), timeout=8)
    return logged.checkpoint
