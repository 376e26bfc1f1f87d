"""Add or edit a priority: title, the problem it answers, its category."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Label, Select, Static

from smart_tui.domain.limits import TEXT_LIMITS
from smart_tui.domain.models import Category, Priority

from ..base import FormDialog
from ..widgets.fields import Field, RequiredValidator
from ..widgets.keybar import KeyBar


class PriorityForm(FormDialog[Priority, Priority]):
    """Given the action that saves the edited :class:`Priority` (add or update); returns
    the saved priority, or ``None`` when cancelled."""

    SCREEN_KEY = "priority_form"
    BINDINGS = [
        Binding("ctrl+s", "save", "key.save", id="save-priority"),
        Binding("escape", "cancel", "key.cancel", id="cancel-priority"),
    ]

    def __init__(self, save: Callable[[Priority], Priority],
                 priority: Priority | None = None) -> None:
        super().__init__(save)
        self.priority = priority or Priority(title="")

    def compose(self) -> ComposeResult:
        tr, p = self.tr, self.priority
        with VerticalScroll(classes="dialog", id="priority-dialog"):
            yield Static(tr("priority.edit_title" if p.id else "priority.new_title"),
                         classes="dialog-title")
            yield Static(tr("priority.intro"), classes="intro")
            yield Field(tr("priority.problem"), id="problem", value=p.problem,
                        placeholder=tr("priority.problem_example"),
                        max_length=TEXT_LIMITS["priority.problem"])
            yield Field(tr("priority.title"), id="title", value=p.title,
                        placeholder=tr("priority.title_example"),
                        validators=[RequiredValidator(tr)],
                        max_length=TEXT_LIMITS["priority.title"])
            with Horizontal(classes="select-row"):
                yield Label(tr("priority.category"))
                yield Select(
                    [(tr(f"category.{c.value}"), c) for c in Category],
                    value=p.category, allow_blank=False, id="category",
                )
            yield self.buttons()
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#problem-field", Field).input.focus()

    def read(self) -> Priority | None:
        title = self.query_one("#title-field", Field)
        if title.validate_now():
            title.input.focus()
            return None
        category = self.query_one("#category", Select).value
        return replace(
            self.priority, title=title.value,
            problem=self.query_one("#problem-field", Field).value,
            category=category if isinstance(category, Category) else Category.OTHER,
        )
