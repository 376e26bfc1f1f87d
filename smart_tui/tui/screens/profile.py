"""Profile (business name, capacity for marketing) and settings (language, theme)."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Label, Select, Static

from smart_tui.domain.limits import TEXT_LIMITS
from smart_tui.domain.models import DomainError, Profile
from smart_tui.present import error_text
from smart_tui.services import DatabaseError
from smart_tui.services.profile import update_profile

from ..base import SmartScreen, writes
from ..widgets.fields import Field, NumberValidator
from ..widgets.goal_form import number_text
from ..widgets.header import SmartHeader
from ..widgets.keybar import KeyBar

THEMES = ("textual-dark", "textual-light")


class ProfileScreen(SmartScreen):
    SCREEN_KEY = "profile"
    BINDINGS = [
        Binding("ctrl+s", "save", "key.save", id="save-profile"),
        Binding("escape", "leave", "key.back", id="back"),
    ]

    def compose(self) -> ComposeResult:
        tr = self.tr
        profile = self.workspace.profile()
        yield SmartHeader()
        with VerticalScroll(id="profile-form"):
            yield Static(tr("profile.intro"), classes="intro")
            yield Field(tr("profile.name"), id="name", value=profile.name,
                        placeholder=tr("placeholder.name"), max_length=TEXT_LIMITS["profile.name"])
            yield Field(tr("profile.hours"), id="hours",
                        value=number_text(profile.hours_per_week, tr.lang),
                        placeholder=tr("placeholder.hours"), validators=[NumberValidator(tr)])
            yield Field(tr("profile.budget"), id="budget",
                        value=number_text(profile.budget_per_month, tr.lang),
                        placeholder=tr("placeholder.budget"), validators=[NumberValidator(tr)])
            yield Static(tr("profile.settings"), classes="subtitle")
            with Horizontal(classes="select-row"):
                yield Label(tr("profile.language"))
                yield Select([("Français", "fr"), ("English", "en")], value=tr.lang,
                             allow_blank=False, id="language")
            with Horizontal(classes="select-row"):
                yield Label(tr("profile.theme"))
                yield Select([(tr(f"theme.{t}"), t) for t in THEMES],
                             value=self.app.theme if self.app.theme in THEMES else THEMES[0],
                             allow_blank=False, id="theme")
            with Horizontal(classes="buttons"):
                yield Button(tr("key.save"), id="save", variant="primary")
        yield KeyBar()

    def on_mount(self) -> None:
        self.show_heading(self.tr("screen.profile"))
        self._initial = self._signature()
        self.query_one("#name-field", Field).input.focus()

    def _signature(self) -> tuple[object, ...]:
        return tuple(f.input.value for f in self.query(Field)) + tuple(
            s.value for s in self.query(Select))

    def unsaved(self) -> bool:
        return self._signature() != self._initial

    @writes
    def action_save(self) -> None:
        if not self.save_changes():
            return
        language = str(self.query_one("#language", Select).value)
        if language != self.tr.lang:
            self.smart.set_language(language)  # rebuilds the screens in the new language
        else:
            self.notify(self.tr("profile.saved"))
            self.app.pop_screen()

    def save_changes(self) -> bool:
        """Save the profile and the settings (a new language applies on the next redraw)."""
        fields = {name: self.query_one(f"#{name}-field", Field) for name in ("hours", "budget")}
        for field in fields.values():
            if field.validate_now():
                field.input.focus()
                return False
        try:
            profile = Profile(
                self.query_one("#name-field", Field).value,
                fields["hours"].number,
                fields["budget"].number,
            )
            update_profile(self.workspace, profile)
            self.smart.show_business_name(profile.name)
        except (DomainError, DatabaseError) as exc:
            self.notify(error_text(self.tr, exc), severity="error")
            return False
        self._initial = self._signature()
        theme = str(self.query_one("#theme", Select).value)
        self.smart.settings.theme = self.app.theme = theme
        self.smart.settings.language = self.saved_language = str(
            self.query_one("#language", Select).value)
        self.smart.save_settings()
        return True

    @on(Button.Pressed, "#save")
    def _save(self) -> None:
        self.action_save()

    @work(exclusive=True, group="close")
    async def action_leave(self) -> None:
        if not await self.settle_unsaved():
            return
        language = getattr(self, "saved_language", None)
        if language and language != self.tr.lang:  # saved on the way out: switch now
            self.smart.set_language(language)
        else:
            self.app.pop_screen()
