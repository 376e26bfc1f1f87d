"""The welcome's first question: the business's name, saved to the profile (issue 12, item 10).

The roadmap and the dashboard are titled with it; until it is given they read « smart-tui ».
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Input, Static

from smart_tui.domain.limits import TEXT_LIMITS
from smart_tui.domain.models import Profile

from ..base import FormDialog
from ..widgets.fields import Field, RequiredValidator
from ..widgets.keybar import KeyBar


class BusinessNameForm(FormDialog[Profile, Profile]):
    """Given the action that saves the profile; returns it, or ``None`` when skipped."""

    SCREEN_KEY = "business_name"
    BINDINGS = [
        Binding("ctrl+s", "save", "key.save", id="save-business-name"),
        Binding("escape", "cancel", "key.skip", id="skip-business-name"),
    ]

    def __init__(self, save: Callable[[Profile], Profile], profile: Profile) -> None:
        super().__init__(save)
        self.profile = profile

    def compose(self) -> ComposeResult:
        tr = self.tr
        with VerticalScroll(classes="dialog", id="business-name-dialog"):
            yield Static(tr("welcome.name_title"), classes="dialog-title")
            yield Static(tr("welcome.name_intro"), classes="intro")
            yield Field(tr("profile.name"), id="name", value=self.profile.name,
                        placeholder=tr("placeholder.name"), validators=[RequiredValidator(tr)],
                        max_length=TEXT_LIMITS["profile.name"])
            yield self.buttons()
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#name-field", Field).input.focus()

    def read(self) -> Profile | None:
        name = self.query_one("#name-field", Field)
        if name.validate_now():
            name.input.focus()
            return None
        return replace(self.profile, name=name.value)

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_save()
