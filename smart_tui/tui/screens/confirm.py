"""A yes/no question. ``o``/``y`` answer yes (oui/yes), ``n`` or Escape no."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from ..base import SmartModal


class ConfirmScreen(SmartModal[bool]):
    BINDINGS = [
        Binding("o,y", "answer(True)", "key.yes", id="confirm-yes"),
        Binding("n,escape", "answer(False)", "key.no", id="confirm-no"),
    ]

    def __init__(self, question: str, yes: str | None = None, no: str | None = None) -> None:
        super().__init__()
        self.question, self.yes, self.no = question, yes, no

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-box", classes="dialog"):
            yield Static(self.question, id="confirm-question", markup=False)
            with Horizontal(classes="buttons"):
                yield Button(self.yes or self.tr("key.yes"), id="yes", variant="primary")
                yield Button(self.no or self.tr("key.no"), id="no")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()  # the safe answer has the focus

    def action_answer(self, value: bool) -> None:
        self.dismiss(value)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")


class UnsavedScreen(SmartModal[str]):
    """Closing with unsaved changes: « Enregistrer / Ne pas enregistrer / Annuler ».

    Returns ``"save"``, ``"discard"`` or ``"cancel"``. The focus starts on Save (nothing is
    lost by Enter); Escape cancels, so a second Escape never throws work away.
    """

    BINDINGS = [
        Binding("ctrl+s", "answer('save')", "unsaved.save", id="unsaved-save"),
        Binding("escape", "answer('cancel')", "unsaved.cancel", id="unsaved-cancel"),
    ]

    def __init__(self, question: str, cancel: str | None = None) -> None:
        super().__init__()
        self.question = question
        self.cancel = cancel  # the third button's label (« Annuler » when None)

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-box", classes="dialog"):
            yield Static(self.question, id="confirm-question", markup=False)
            with Horizontal(classes="buttons"):
                yield Button(self.tr("unsaved.save"), id="save", variant="primary")
                yield Button(self.tr("unsaved.discard"), id="discard", variant="error")
                yield Button(self.cancel or self.tr("unsaved.cancel"), id="cancel")

    def on_mount(self) -> None:
        self.query_one("#save", Button).focus()

    def action_answer(self, choice: str) -> None:
        self.dismiss(choice)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id or "cancel")
