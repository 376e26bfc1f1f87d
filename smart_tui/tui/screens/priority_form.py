"""Add or edit a priority: title, the problem it answers, its category."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Footer, Label, Select, Static

from smart_tui.domain.limits import MAX_PROBLEM, MAX_TITLE
from smart_tui.domain.models import Category, Priority

from ..base import FormDialog
from ..widgets.fields import Field, RequiredValidator

TITLE_MAX = MAX_TITLE  # the same limits as import and the services
PROBLEM_MAX = MAX_PROBLEM


class PriorityForm(FormDialog[Priority | None]):
    """Returns the edited :class:`Priority` (not yet saved) or ``None`` when cancelled."""

    SCREEN_KEY = "priority_form"
    BINDINGS = [
        Binding("ctrl+s", "save", "key.save", id="save-priority"),
        Binding("escape", "cancel", "key.cancel", id="cancel-priority"),
    ]

    def __init__(self, priority: Priority | None = None) -> None:
        super().__init__()
        self.priority = priority or Priority(title="")

    def compose(self) -> ComposeResult:
        tr, p = self.tr, self.priority
        with VerticalScroll(classes="dialog", id="priority-dialog"):
            yield Static(tr("priority.edit_title" if p.id else "priority.new_title"),
                         classes="dialog-title")
            yield Static(tr("priority.intro"), classes="intro")
            yield Field(tr("priority.problem"), id="problem", value=p.problem,
                        placeholder=tr("priority.problem_example"), max_length=PROBLEM_MAX)
            yield Field(tr("priority.title"), id="title", value=p.title,
                        placeholder=tr("priority.title_example"),
                        validators=[RequiredValidator(tr)], max_length=TITLE_MAX)
            with Horizontal(classes="select-row"):
                yield Label(tr("priority.category"))
                yield Select(
                    [(tr(f"category.{c.value}"), c) for c in Category],
                    value=p.category, allow_blank=False, id="category",
                )
            yield self.buttons()
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.query_one("#problem-field", Field).input.focus()

    def action_save(self) -> None:
        title = self.query_one("#title-field", Field)
        if title.validate_now():
            title.input.focus()
            return
        category = self.query_one("#category", Select).value
        self.priority.title = title.value
        self.priority.problem = self.query_one("#problem-field", Field).value
        self.priority.category = category if isinstance(category, Category) else Category.OTHER
        self.dismiss(self.priority)
