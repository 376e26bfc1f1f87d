"""One dialog for the review decisions: each asks for its own fields (note, target, date…)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Input, Static

from smart_tui.domain.dates import parse_date
from smart_tui.domain.models import DomainError
from smart_tui.domain.numbers import parse_optional_number
from smart_tui.present import error_text

from ..base import FormDialog
from ..widgets.fields import Field

Kind = Literal["text", "number", "date"]


@dataclass(frozen=True)
class Ask:
    name: str
    kind: Kind = "text"
    required: bool = False
    value: str = ""


class DecisionForm(FormDialog[dict[str, object] | None]):
    """Returns the parsed values by field name, or ``None`` when cancelled."""

    SCREEN_KEY = "decision"
    BINDINGS = [
        Binding("ctrl+s", "save", "key.save", id="save-decision"),
        Binding("escape", "cancel", "key.cancel", id="cancel-decision"),
    ]

    def __init__(self, title: str, intro: str, asks: list[Ask],
                 check: Callable[[dict[str, object]], None] | None = None,
                 preview: Callable[[dict[str, object]], str | None] | None = None) -> None:
        """``check`` gets the parsed values and raises DomainError when the decision is refused;
        the message then shows under the first field and the dialog stays open. ``preview``
        gets them as they are typed and returns a verdict to show under the first field
        (the re-check of a raised target)."""
        super().__init__()
        self.heading, self.intro, self.asks, self.check = title, intro, asks, check
        self.preview = preview

    def compose(self) -> ComposeResult:
        tr = self.tr
        with VerticalScroll(classes="dialog", id="decision-dialog"):
            yield Static(self.heading, classes="dialog-title", markup=False)
            yield Static(self.intro, classes="intro", markup=False)
            for ask in self.asks:
                yield Field(tr(f"decision.{ask.name}"), id=ask.name, value=ask.value,
                            placeholder=tr(f"placeholder.decision_{ask.name}"))
            yield self.buttons()
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.query(Field).first(Field).input.focus()

    def _read(self) -> tuple[dict[str, object], dict[str, str]]:
        values: dict[str, object] = {}
        errors: dict[str, str] = {}
        today = self.smart.today
        for ask in self.asks:
            text = self.query_one(f"#{ask.name}-field", Field).value
            if not text:
                if ask.required:
                    errors[ask.name] = self.tr("error.required")
                values[ask.name] = None if ask.kind != "text" else ""
                continue
            try:
                if ask.kind == "number":
                    values[ask.name] = parse_optional_number(text)
                elif ask.kind == "date":
                    values[ask.name] = parse_date(text, today, prefer="future")
                else:
                    values[ask.name] = text
            except DomainError as exc:
                errors[ask.name] = error_text(self.tr, exc)
        return values, errors

    @on(Input.Changed)
    def _echo(self, event: Input.Changed) -> None:
        ask = next((a for a in self.asks if a.name == event.input.id), None)
        if ask is None:
            return
        field = self.query_one(f"#{ask.name}-field", Field)
        values, errors = self._read()
        if ask.name in errors and field.value:
            field.note(errors[ask.name], error=True)
        elif ask.kind == "date" and values.get(ask.name):
            field.note(f"→ {self.tr.date_long(values[ask.name])}")  # type: ignore[arg-type]
        elif self.preview is not None and ask is self.asks[0] and ask.name not in errors:
            field.note(self.preview(values))
        else:
            field.note(None)

    def action_save(self) -> None:
        values, errors = self._read()
        for name, message in errors.items():
            self.query_one(f"#{name}-field", Field).note(message, error=True)
        if errors:
            self.query_one(f"#{next(iter(errors))}-field", Field).input.focus()
            return
        if self.check is not None:
            try:
                self.check(values)
            except DomainError as exc:
                first = self.query_one(f"#{self.asks[0].name}-field", Field)
                first.note(error_text(self.tr, exc), error=True)
                first.input.focus()
                return
        self.dismiss(values)

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_save()
