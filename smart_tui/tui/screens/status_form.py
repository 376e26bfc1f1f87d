"""Change a goal's status (achieved, missed, abandoned, active, draft) with an optional note."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from smart_tui.domain.models import GoalStatus

from ..base import SmartModal
from ..widgets.fields import Field


class StatusForm(SmartModal[tuple[GoalStatus, str] | None]):
    SCREEN_KEY = "status_form"
    BINDINGS = [Binding("escape", "cancel", "key.cancel", id="cancel-status")]

    def __init__(self, current: GoalStatus, allowed: tuple[GoalStatus, ...]) -> None:
        super().__init__()
        self.current, self.allowed = current, allowed

    def compose(self) -> ComposeResult:
        tr = self.tr
        with VerticalScroll(classes="dialog", id="status-dialog"):
            yield Static(tr("status.title", status=tr(f"goal_status.{self.current.value}")),
                         classes="dialog-title")
            yield Field(tr("field.note"), id="note", placeholder=tr("placeholder.note"))
            yield OptionList(*[Option(tr(f"goal_status.{s.value}"), id=s.value)
                               for s in self.allowed], id="statuses")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.query_one("#statuses", OptionList).focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        note = self.query_one("#note-field", Field).value
        self.dismiss((GoalStatus(event.option.id), note))

    def action_cancel(self) -> None:
        self.dismiss(None)
