"""Change a goal's status (achieved, missed, abandoned, active, draft) with an optional note."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from smart_tui.domain.limits import TEXT_LIMITS
from smart_tui.domain.models import Goal, GoalStatus

from ..base import FormDialog
from ..widgets.fields import Field
from ..widgets.keybar import KeyBar


@dataclass(frozen=True)
class StatusChange:
    status: GoalStatus
    note: str = ""


class StatusForm(FormDialog[StatusChange, Goal]):
    """Enter on a status (or ctrl+s on the highlighted one) runs the change it is given;
    a refusal (e.g. activating a goal that fails a criterion) shows inline."""

    SCREEN_KEY = "status_form"
    BINDINGS = [
        Binding("ctrl+s", "save", "key.save", id="save-status"),
        Binding("escape", "cancel", "key.cancel", id="cancel-status"),
    ]

    def __init__(self, change: Callable[[StatusChange], Goal], current: GoalStatus,
                 allowed: tuple[GoalStatus, ...]) -> None:
        super().__init__(change)
        self.current, self.allowed = current, allowed

    def compose(self) -> ComposeResult:
        tr = self.tr
        with VerticalScroll(classes="dialog", id="status-dialog"):
            yield Static(tr("status.title", status=tr(f"goal_status.{self.current.value}")),
                         classes="dialog-title")
            yield Field(tr("field.note"), id="note", placeholder=tr("placeholder.note"),
                        max_length=TEXT_LIMITS["adjustment.note"])
            yield OptionList(*[Option(tr(f"goal_status.{s.value}"), id=s.value)
                               for s in self.allowed], id="statuses")
            yield self.buttons()
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#statuses", OptionList).focus()

    def read(self) -> StatusChange | None:
        options = self.query_one("#statuses", OptionList)
        if options.highlighted is None:
            return None
        status = options.get_option_at_index(options.highlighted).id
        return StatusChange(GoalStatus(status), self.query_one("#note-field", Field).value)

    @on(OptionList.OptionSelected)
    def _chosen(self) -> None:
        self.action_save()
