"""Log or correct a checkpoint: value, date (any accepted form, echoed), confidence, note."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Footer, Input, Label, Select, Static

from smart_tui.domain.checkpoints import check_checkpoint
from smart_tui.domain.dates import parse_date
from smart_tui.domain.models import Checkpoint, Confidence, DomainError, Goal
from smart_tui.domain.numbers import parse_number
from smart_tui.domain.sentence import format_value, smart_sentence
from smart_tui.domain.trajectory import compute
from smart_tui.present import error_text, trajectory_text
from smart_tui.storage import DatabaseError

from ..base import FormDialog
from ..widgets.fields import Field, clean
from ..widgets.goal_form import date_text, number_text

if TYPE_CHECKING:
    from ..app import SmartApp


DATE_ERRORS = ("error.checkpoint_future", "error.checkpoint_before_start")


def read_checkpoint(
    goal: Goal, value_text: str, date_text_: str, today: date
) -> tuple[Checkpoint | None, dict[str, DomainError]]:
    """Parse and check the form's text; errors by field name (value, date)."""
    errors: dict[str, DomainError] = {}
    value = day = None
    try:
        value = parse_number(value_text)
    except DomainError as exc:
        errors["value"] = exc
    try:
        day = parse_date(date_text_, today, prefer="past") if date_text_ else today
    except DomainError as exc:
        errors["date"] = exc
    if value is not None and day is not None:
        try:
            check_checkpoint(goal, day, value, today)
        except DomainError as exc:
            errors["date" if exc.key in DATE_ERRORS else "value"] = exc
    checkpoint = Checkpoint(day, value) if not errors else None  # type: ignore[arg-type]
    return checkpoint, errors


class CheckpointForm(FormDialog[Checkpoint | None]):
    SCREEN_KEY = "checkpoint_form"
    BINDINGS = [
        Binding("ctrl+s", "save", "key.save", id="save-checkpoint"),
        Binding("escape", "cancel", "key.cancel", id="cancel-checkpoint"),
    ]

    def __init__(self, goal: Goal, checkpoint: Checkpoint | None = None) -> None:
        super().__init__()
        self.goal, self.checkpoint = goal, checkpoint

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
                        placeholder=tr("placeholder.checkpoint_value"))
            yield Field(tr("checkpoint.date"), id="date",
                        value=date_text(tr, cp.date if cp else today),
                        placeholder=tr("placeholder.checkpoint_date"))
            with Horizontal(classes="select-row"):
                yield Label(tr("checkpoint.confidence"))
                yield Select([(tr(f"confidence.{c.value}"), c) for c in Confidence],
                             value=cp.confidence if cp and cp.confidence else Select.NULL,
                             prompt=tr("placeholder.confidence"), id="confidence")
            yield Field(tr("checkpoint.note"), id="note", value=cp.note if cp else "",
                        placeholder=tr("placeholder.checkpoint_note"))
            yield Static(id="checkpoint-expected", classes="echo")
            yield self.buttons()
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.query_one("#value-field", Field).input.focus()
        self._check(show_errors=False)

    def _fields(self) -> tuple[Field, Field]:
        return self.query_one("#value-field", Field), self.query_one("#date-field", Field)

    def _check(self, show_errors: bool = True) -> Checkpoint | None:
        value, day = self._fields()
        checkpoint, errors = read_checkpoint(self.goal, value.value, day.value,
                                                self.smart.today)
        for name, field in (("value", value), ("date", day)):
            if name in errors and (show_errors or field.value):
                field.note(error_text(self.tr, errors[name]), error=True)
            else:
                field.note(None)
        if "date" not in errors and day.value:
            parsed = parse_date(day.value, self.smart.today, prefer="past")
            day.note(f"→ {self.tr.date_long(parsed)}")
        return checkpoint

    @on(Input.Changed)
    def _changed(self) -> None:
        self._check(show_errors=False)

    def action_save(self) -> None:
        checkpoint = self._check()
        if checkpoint is None:
            return
        confidence = self.query_one("#confidence", Select).value
        checkpoint.confidence = None if confidence is Select.NULL else confidence  # type: ignore[assignment]
        checkpoint.note = clean(self.query_one("#note-field", Field).value)
        try:  # saved here, so a failed write keeps what was typed in the form
            if self.checkpoint is None:
                self.store.add_checkpoint(self.goal.id or 0, checkpoint)
            else:
                checkpoint.id, checkpoint.goal_id = self.checkpoint.id, self.checkpoint.goal_id
                self.store.update_checkpoint(checkpoint, self.smart.today)
        except (DomainError, DatabaseError) as exc:
            self.notify(error_text(self.tr, exc), severity="error", timeout=10)
            return
        self.dismiss(checkpoint)


async def log_checkpoint(
    app: SmartApp, goal_id: int, checkpoint: Checkpoint | None = None
) -> Checkpoint | None:
    """Open the form for ``goal_id`` (it saves), then say how the trajectory moved.

    Returns the checkpoint saved, or ``None`` when nothing was."""
    store, tr, today = app.store, app.tr, app.today
    goal = store.goal(goal_id)
    if goal is None:
        return None
    result = await app.push_screen_wait(CheckpointForm(goal, checkpoint))
    if result is None:
        return None
    before = compute(goal, goal.checkpoints, today)
    after = compute(goal, store.checkpoints(goal_id), today)
    old, new = trajectory_text(tr, before), trajectory_text(tr, after)
    message = tr("checkpoint.saved", value=format_value(tr, result.value, goal.unit),
                 date=tr.date_short(result.date))
    if old != new:
        message += "\n" + tr("cli.status_change", before=old, after=new)
    app.notify(message, timeout=8)
    return result
