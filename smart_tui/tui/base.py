"""Base screens: translated bindings, short access to the translator and the workspace, and
the one form-dialog pattern."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import wraps
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from textual import on, work
from textual.binding import BindingsMap
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Static

from smart_tui.domain.models import DomainError
from smart_tui.present import error_text
from smart_tui.services import DatabaseError, Workspace

from .localize import translated

if TYPE_CHECKING:
    from smart_tui.i18n import Translator

    from .app import SmartApp
    from .widgets.fields import Field  # forms import it; the dashboard does not need it

T = TypeVar("T")
D = TypeVar("D")
R = TypeVar("R")
F = TypeVar("F", bound=Callable[..., Any])


def writes(method: F) -> F:
    """Mark an action that changes the database: hidden and refused in read-only mode.

    ``SmartScreen.check_action`` hides a marked action from the key bar, the help and the
    keys; reached anyway (a button, the palette), it says why instead of running. Put it
    above ``@work`` so a refused action starts no worker.
    """
    @wraps(method)
    def guarded(self: _Smart, *args: object, **kwargs: object) -> object:
        if self.smart.read_only:
            self.smart.refuse_read_only()
            return None
        return method(self, *args, **kwargs)

    guarded.writes = True  # type: ignore[attr-defined]
    return guarded  # type: ignore[return-value]


def is_write(node: object, action: str) -> bool:
    """Whether ``action_<action>`` on ``node`` is marked with :func:`writes`."""
    return getattr(getattr(node, f"action_{action}", None), "writes", False) is True


def _read_only(bindings: BindingsMap, node: _Smart) -> BindingsMap:
    """In read-only mode a write's keys stay bound, to say why nothing happens.

    The copy runs ``app.refuse_read_only``; it is not shown (``show=False``) and has no id,
    so the key bar, the help screen and a keymap leave it out, as they leave out the write.
    """
    if not node.smart.read_only:
        return bindings
    result = BindingsMap()
    for _key, binding in bindings:
        if is_write(node, binding.action):
            binding = replace(binding, action="app.refuse_read_only", show=False, id=None)
        result._add_binding(binding)
    return result


def _explaining(bindings: BindingsMap, node: _Smart) -> BindingsMap:
    """A key hidden for a reason says the reason when it is pressed anyway.

    Each binding of an action in ``node.EXPLAINED`` gets a hidden copy (no id: the key bar,
    the help and a keymap leave it out) that runs ``explain_hidden``; Textual tries it only
    when the action itself is refused (``can_run`` False), and it runs only then."""
    if not node.EXPLAINED:
        return bindings
    result = BindingsMap()
    for _key, binding in bindings:
        result._add_binding(binding)
        name = binding.action.split("(", 1)[0]  # decide('keep_course') is « decide »
        if name in node.EXPLAINED:
            result._add_binding(replace(binding, action=f"explain_hidden('{name}')",
                                        show=False, id=None, priority=False))
    return result


class _Smart:
    # Actions whose key, left out of the key bar for a reason, says it when pressed anyway.
    EXPLAINED: frozenset[str] = frozenset()

    @property
    def smart(self) -> SmartApp:
        return self.app  # type: ignore[attr-defined, no-any-return]

    @property
    def tr(self) -> Translator:
        return self.smart.tr

    @property
    def workspace(self) -> Workspace:
        return self.smart.workspace


    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Read-only mode hides every :func:`writes` action; then the screen's own rule."""
        if self.smart.read_only and is_write(self, action):
            return False
        if action == "explain_hidden":  # only while the action it stands for is refused
            hidden = str(parameters[0]) if parameters else ""
            return self.can_run(hidden, ()) is False and self.refusal(hidden) is not None
        return self.can_run(action, parameters)

    def can_run(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Screens override this (not ``check_action``): True, False to hide, None to dim."""
        return True

    def in_key_bar(self, action: str) -> bool | None:
        """Whether the key bar shows ``action`` now: None keeps its binding's ``show``."""
        return None

    def refusal(self, action: str) -> str | None:
        """Why an :attr:`EXPLAINED` action is refused now (its key is hidden), or None."""
        return None

    def action_explain_hidden(self, action: str) -> None:
        """A hidden key pressed anyway: say why it does nothing rather than stay silent."""
        reason = self.refusal(action)
        if reason:
            self.notify(reason, severity="warning", timeout=10)

    # -- unsaved changes: one check for Escape and ctrl+q ----------------------------
    UNSAVED_QUESTION = "unsaved.question"

    def unsaved_texts(self) -> tuple[str, str]:
        """The question's key and the key of its third button (« Annuler »)."""
        return self.UNSAVED_QUESTION, "unsaved.cancel"

    def unsaved(self) -> bool:
        """Whether closing now would lose what was typed (forms override this)."""
        return False

    def save_changes(self) -> bool:
        """Save what was typed without closing; True once saved (errors shown otherwise)."""
        return True

    async def settle_unsaved(self) -> bool:
        """Before closing: True when the screen may close — nothing typed, saved now, or
        the user chose not to save. Ask « Enregistrer / Ne pas enregistrer / Annuler »;
        call from a worker."""
        if self.smart.read_only or not self.unsaved():
            return True
        question, cancel = self.unsaved_texts()
        choice = await self.app.push_screen_wait(
            self.smart.unsaved_question(self.tr(question), self.tr(cancel)))
        if choice == "save":
            return self.save_changes()
        return choice == "discard"


class SmartScreen(_Smart, Screen[None]):
    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._bindings = _read_only(_explaining(translated(self._bindings, self.tr), self), self)

    def show_heading(self, context: str) -> None:
        """The header: the business's name (the app's title, the same on every screen), then
        what this screen holds (this sub-title), then the read-only or example badge (the
        app's sub-title); ``SmartHeader`` joins them, fitted to its width."""
        self.sub_title = context

    def retranslate(self) -> None:
        """After a language change: the bindings again from their message keys."""
        merged = type(self)._merged_bindings
        if merged is not None:
            self._bindings = _read_only(_explaining(translated(merged.copy(), self.tr), self),
                                        self)
        self.refresh_bindings()


class SmartModal(_Smart, ModalScreen[T], Generic[T]):
    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._bindings = _read_only(_explaining(translated(self._bindings, self.tr), self), self)


class FormDialog(SmartModal[R], Generic[D, R]):
    """The one way to write a form dialog: it is given the action that saves it.

    A subclass composes its fields (yielding :meth:`buttons` last) and implements
    :meth:`read`, which returns the typed draft or ``None`` after showing each invalid
    field's message under it. On save (ctrl+s, Enter in a field, the button) the dialog
    runs ``action(draft)`` and dismisses with its result only once it succeeded; a refused
    value or a database error shows inline, under the field it concerns (:meth:`field_for`)
    or above the buttons, and everything typed stays. Cancel dismisses with ``None``.
    """

    ASK_BEFORE_CLOSING = True  # a dialog that holds no typed work sets this to False

    def __init__(self, action: Callable[[D], R], **kwargs: object) -> None:
        super().__init__(**kwargs)
        self._action = action
        self._initial: tuple[object, ...] | None = None
        self._result: R | None = None

    def on_mount(self) -> None:
        # after the subclass's own on_mount (Textual calls each class's handler)
        self.call_after_refresh(self._remember)

    def _remember(self) -> None:
        self._initial = self.signature()

    def signature(self) -> tuple[object, ...]:
        """What the fields hold, to tell whether anything was typed since the dialog opened."""
        from textual.widgets import Select

        from .widgets.fields import Field

        return tuple(f.input.value for f in self.query(Field)) + tuple(
            s.value for s in self.query(Select))

    def unsaved(self) -> bool:
        return (self.ASK_BEFORE_CLOSING and self._initial is not None
                and self.signature() != self._initial)

    def read(self) -> D | None:
        raise NotImplementedError

    def field_for(self, error: DomainError) -> Field | None:
        """The field a refusal concerns (its message shows there), or None for the form."""
        return None

    def buttons(self, save_label: str | None = None) -> Vertical:
        return Vertical(
            Static(classes="form-error", markup=False),
            Horizontal(
                Button(save_label or self.tr("key.save"), id="save", variant="primary"),
                Button(self.tr("key.cancel"), id="cancel"),
                classes="buttons",
            ),
            classes="form-end",
        )

    def show_error(self, message: str | None, field: Field | None = None) -> None:
        """A message under ``field``, or above the buttons; ``None`` clears the latter."""
        if field is not None:
            field.note(message, error=True)
            field.input.focus()
            return
        box = self.query_one(".form-error", Static)
        box.update(message or "")
        box.set_class(bool(message), "-shown")

    def save_changes(self) -> bool:
        draft = self.read()
        if draft is None:
            return False
        self.show_error(None)
        try:
            self._result = self._action(draft)
        except (DomainError, DatabaseError) as exc:
            field = self.field_for(exc) if isinstance(exc, DomainError) else None
            self.show_error(error_text(self.tr, exc), field)
            return False
        self._initial = self.signature()
        return True

    def action_save(self) -> None:
        if self.save_changes():
            self.dismiss(self._result)

    @work(exclusive=True, group="close")
    async def action_cancel(self) -> None:
        """Escape: asks first when something was typed (saved, the result is returned)."""
        if await self.settle_unsaved():
            self.dismiss(self._result)

    @on(Button.Pressed, "#save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()
