"""One dialog for the review decisions: each asks for its own fields, returns its own type."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.validation import Validator
from textual.widgets import Input, Static

from smart_tui.domain.decisions import (
    Abandon,
    AdjustActions,
    AimHigher,
    DecisionInput,
    ExtendDeadline,
    KeepCourse,
    MarkAchieved,
)
from smart_tui.domain.limits import TEXT_LIMITS
from smart_tui.domain.models import DomainError
from smart_tui.domain.review import Decision
from smart_tui.present import error_text

from ..base import FormDialog
from ..widgets.fields import DateValidator, Field, NumberValidator, RequiredValidator
from ..widgets.keybar import KeyBar

Kind = Literal["text", "number", "date"]


@dataclass(frozen=True)
class Ask:
    name: str
    kind: Kind = "text"
    required: bool = False


ASKS: dict[Decision, list[Ask]] = {
    Decision.KEEP: [Ask("note")],
    Decision.ADJUST: [Ask("what", required=True), Ask("budget", "number"), Ask("hours", "number")],
    Decision.RAISE: [Ask("target", "number", required=True), Ask("why", required=True)],
    Decision.MOVE: [Ask("deadline", "date", required=True), Ask("why", required=True)],
    Decision.ACHIEVED: [Ask("note")],
    Decision.ABANDON: [Ask("why", required=True)],
}
#: Which field a refusal of each rule concerns (else the first field).
ERROR_FIELD = {"error.raise_not_higher": "target", "error.raise_not_lower": "target",
               "error.extend_not_later": "deadline", "error.deadline_before_start": "deadline",
               "error.date_range": "deadline", "error.text_too_long": "why"}


class DecisionForm(FormDialog[DecisionInput, DecisionInput]):
    """Asks for the fields of ``decision`` and runs ``apply`` with the typed decision; returns
    it once applied, ``None`` when cancelled."""

    SCREEN_KEY = "decision"
    BINDINGS = [
        Binding("ctrl+s", "save", "key.save", id="save-decision"),
        Binding("escape", "cancel", "key.cancel", id="cancel-decision"),
    ]

    def __init__(self, decision: Decision, title: str, intro: str,
                 apply: Callable[[DecisionInput], None],
                 preview: Callable[[float], str | None] | None = None,
                 check: Callable[[str, object], None] | None = None) -> None:
        """``apply`` saves the typed decision (a refusal keeps the dialog open, the message
        inline); ``preview`` gets the first field's number as it is typed and returns a
        verdict to show under it (the re-check of a raised target); ``check`` gets a field's
        name and its read value and raises the DomainError the goal's rule gives it (a target
        not above the current one), so that every field's error shows on the same save."""
        def run(chosen: DecisionInput) -> DecisionInput:
            apply(chosen)
            return chosen

        super().__init__(run)
        self.decision, self.heading, self.intro = decision, title, intro
        self.asks = ASKS[decision]
        self.preview = preview
        self.check = check

    def _validators(self, ask: Ask) -> list[Validator]:
        tr = self.tr
        if ask.kind == "number":
            return [NumberValidator(tr, required=ask.required)]
        if ask.kind == "date":
            return [DateValidator(tr, self.smart.today, "future", optional=not ask.required)]
        return [RequiredValidator(tr)] if ask.required else []

    def compose(self) -> ComposeResult:
        tr = self.tr
        with VerticalScroll(classes="dialog", id="decision-dialog"):
            yield Static(self.heading, classes="dialog-title", markup=False)
            yield Static(self.intro, classes="intro", markup=False)
            for ask in self.asks:
                yield Field(tr(f"decision.{ask.name}"), id=ask.name,
                            max_length=TEXT_LIMITS["adjustment.note"],
                            placeholder=self._placeholder(ask.name),
                            validators=self._validators(ask))
            yield self.buttons()
        yield KeyBar()

    def _placeholder(self, name: str) -> str:
        fitted = f"placeholder.decision_{name}.{self.decision.value}"
        return self.tr(fitted) if fitted in self.tr else self.tr(f"placeholder.decision_{name}")

    def on_mount(self) -> None:
        self.query(Field).first(Field).input.focus()

    def _field(self, name: str) -> Field:
        return self.query_one(f"#{name}-field", Field)

    @on(Input.Changed)
    def _echo(self, event: Input.Changed) -> None:
        ask = next((a for a in self.asks if a.name == event.input.id), None)
        if ask is None:
            return
        field = self._field(ask.name)
        if field.validate_now(quiet_when_empty=True) is not None:
            return
        if isinstance(field.parsed, date):
            field.note(f"→ {self.tr.date_long(field.parsed)}")
        elif self.preview is not None and ask is self.asks[0] and isinstance(field.parsed, float):
            field.note(self.preview(field.parsed))

    def _refused(self, ask: Ask) -> bool:
        """Validate one field: its own format, then the goal's rule; the message shows."""
        field = self._field(ask.name)
        if field.validate_now():
            return True
        if self.check is None or not field.input.value.strip():
            return False
        try:
            self.check(ask.name, field.parsed)
        except DomainError as exc:
            field.note(error_text(self.tr, exc), error=True)
            return True
        return False

    def read(self) -> DecisionInput | None:
        """Every field is checked on each save (all errors shown at once); the focus goes to
        the first field in error."""
        invalid = [a.name for a in self.asks if self._refused(a)]
        if invalid:
            self._field(invalid[0]).input.focus()
            return None
        values = {a.name: self._field(a.name).parsed for a in self.asks}
        text = {name: value if isinstance(value, str) else "" for name, value in values.items()}
        number = {name: value if isinstance(value, float) else None
                  for name, value in values.items()}
        match self.decision:
            case Decision.KEEP:
                return KeepCourse(text["note"])
            case Decision.ADJUST:
                return AdjustActions(text["what"], number["budget"], number["hours"])
            case Decision.RAISE:
                return AimHigher(number["target"] or 0.0, text["why"])
            case Decision.MOVE:
                deadline = values["deadline"]
                assert isinstance(deadline, date)  # validated: required date
                return ExtendDeadline(deadline, text["why"])
            case Decision.ACHIEVED:
                return MarkAchieved(text["note"])
        return Abandon(text["why"])

    def field_for(self, error: DomainError) -> Field | None:
        names = [a.name for a in self.asks]
        name = ERROR_FIELD.get(error.key)
        return self._field(name if name in names else names[0])

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_save()
