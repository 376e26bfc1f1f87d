"""Form fields: a label, an input and an inline error, with validators wrapping domain rules.

The validators are thin: the rules live in ``smart_tui.domain`` (numbers, dates) so the
wizard, the command line and imports accept exactly the same input.
"""

from __future__ import annotations

import unicodedata
from datetime import date

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.suggester import SuggestFromList
from textual.validation import ValidationResult, Validator
from textual.widgets import Input, Label, Static

from smart_tui.domain.dates import Prefer, parse_date
from smart_tui.domain.models import DomainError, Unit
from smart_tui.domain.numbers import parse_optional_number
from smart_tui.i18n import Translator
from smart_tui.present import error_text

MAX_TEXT = 500  # one line of a form; longer pastes are cut by the Input itself


def clean(text: str) -> str:
    """Strip control characters (pasted tabs, escape codes) and outer spaces."""
    return "".join(" " if unicodedata.category(c) == "Cc" else c for c in text).strip()


class DomainValidator(Validator):
    """Runs a domain parser or rule; keeps what it parsed, so nothing is parsed twice."""

    def __init__(self, tr: Translator) -> None:
        super().__init__()
        self.tr = tr
        self.text: str | None = None  # the text last validated
        self.parsed: object = None
        self.refusal: DomainError | None = None  # why that text was refused

    def validate(self, value: str) -> ValidationResult:
        self.text, self.parsed, self.refusal = value, None, None
        try:
            self.parsed = self.check(clean(value))
        except DomainError as exc:
            self.refusal = exc
            return self.failure(error_text(self.tr, exc), value)
        return self.success()

    def check(self, value: str) -> object:
        """The parsed value, or :class:`DomainError`."""
        raise NotImplementedError


class NumberValidator(DomainValidator):
    """A French or English decimal; empty means "not given" unless ``required``. With a
    ``unit`` (the KPI's), a ``%`` or ``€`` sign must match it."""

    def __init__(self, tr: Translator, required: bool = False, unit: Unit | None = None) -> None:
        super().__init__(tr)
        self.required, self.unit = required, unit

    def check(self, value: str) -> object:
        if not value and self.required:
            raise DomainError("error.required")
        return parse_optional_number(value, self.unit, self.tr.lang)  # "1,620": 1 620 in English


class RequiredValidator(DomainValidator):
    def check(self, value: str) -> object:
        if not value:
            raise DomainError("error.required")
        return value


class DateValidator(DomainValidator):
    """Any accepted date form; empty means "not given" when ``optional``."""

    def __init__(self, tr: Translator, today: date, prefer: Prefer, optional: bool = True) -> None:
        super().__init__(tr)
        self.today, self.prefer, self.optional = today, prefer, optional

    def check(self, value: str) -> object:
        if value or not self.optional:
            return parse_date(value, self.today, self.prefer)
        return None


class BoundedInput(Input):
    """An Input that keeps what fits of an over-long paste (Textual refuses it whole)."""

    def replace(self, text: str, start: int, end: int) -> None:
        if self.max_length:
            room = self.max_length - (len(self.value) - (end - start))
            text = text[: max(room, 0)]
        super().replace(text, start, end)


class Field(Vertical):
    """``label  [input]`` with the error (or an echo) on the line below."""

    DEFAULT_CSS = """
    Field { height: auto; }
    Field > Horizontal { height: auto; }
    Field Label { width: 24; padding: 1 1 0 0; text-style: bold; }
    Field Input { width: 1fr; }
    Field .field-note { padding: 0 0 0 24; color: $text-muted; display: none; }
    Field .field-note.-shown { display: block; }
    Field .field-note.-error { color: $error; }
    """

    def __init__(
        self,
        label: str,
        *,
        id: str,
        value: str = "",
        placeholder: str = "",
        validators: list[Validator] | None = None,
        suggestions: list[str] | None = None,
        max_length: int = MAX_TEXT,
    ) -> None:
        super().__init__(id=f"{id}-field")
        self._label = label
        suggester = SuggestFromList(suggestions, case_sensitive=False) if suggestions else None
        self.input = BoundedInput(
            value=value, placeholder=placeholder, id=id, validators=validators or [],
            suggester=suggester, max_length=max_length, valid_empty=False,
        )

    def compose(self) -> ComposeResult:
        with Horizontal():
            yield Label(self._label)
            yield self.input
        yield Static(classes="field-note", markup=False)

    @property
    def value(self) -> str:
        return clean(self.input.value)

    def _parser(self) -> DomainValidator | None:
        """The field's parsing validator, up to date with the text."""
        for validator in self.input.validators:
            if isinstance(validator, DomainValidator):
                if validator.text != self.input.value:
                    validator.validate(self.input.value)
                return validator
        return None

    @property
    def parsed(self) -> object:
        """What the field's parsing validator made of the text (None if invalid or empty)."""
        parser = self._parser()
        return self.value if parser is None else parser.parsed

    @property
    def refusal(self) -> DomainError | None:
        """The domain's refusal of what is typed (None when it is accepted)."""
        parser = self._parser()
        return None if parser is None else parser.refusal

    def error(self) -> str | None:
        """The first validator's refusal of what is typed, without showing it."""
        result = self.input.validate(self.input.value)
        if result is not None and not result.is_valid:
            return result.failure_descriptions[0]
        return None

    @property
    def number(self) -> float | None:
        """The parsed number (None: empty or not a number)."""
        value = self.parsed
        return value if isinstance(value, float) else None

    @property
    def day(self) -> date | None:
        """The parsed date (None: empty or not a date)."""
        value = self.parsed
        return value if isinstance(value, date) else None

    def limit_message(self) -> str | None:
        """When a paste was cut at the field's limit, the sentence that says so."""
        limit = self.input.max_length
        tr = getattr(self.app, "tr", None)
        if limit and len(self.input.value) >= limit and tr is not None:
            return str(tr("error.max_length", limit=limit))
        return None

    def on_input_changed(self) -> None:
        message = self.limit_message()
        if message:
            self.note(message, error=True)

    def note(self, text: str | None, error: bool = False) -> None:
        """Show an error (red) or an echo (muted) under the input; ``None`` hides it."""
        note = self.query_one(".field-note", Static)
        note.update(text or "")
        note.set_class(bool(text), "-shown")
        note.set_class(error, "-error")

    def validate_now(self, quiet_when_empty: bool = False) -> str | None:
        """Run the validators; show and return the first error (with ``quiet_when_empty``,
        an empty field's error is returned but not shown: nothing typed yet)."""
        result = self.input.validate(self.input.value)
        message = None
        if result is not None and not result.is_valid:
            message = result.failure_descriptions[0]
        if quiet_when_empty and not self.input.value.strip():
            self.note(None)
        else:
            self.note(message, error=True)
        return message
