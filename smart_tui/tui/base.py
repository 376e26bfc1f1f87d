"""Base screens: translated bindings, short access to the translator and the workspace, and
the one form-dialog pattern."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import wraps
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from textual import on
from textual.binding import BindingsMap
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Static

from smart_tui.domain.models import DomainError
from smart_tui.present import error_text
from smart_tui.services import DatabaseError, Workspace

from .localize import translated
from .widgets.fields import Field

if TYPE_CHECKING:
    from smart_tui.i18n import Translator

    from .app import SmartApp

T = TypeVar("T")
D = TypeVar("D")
R = TypeVar("R")
F = TypeVar("F", bound=Callable[..., Any])


def writes(method: F) -> F:
    """Mark an action that changes the database: hidden and refused in read-only mode.

    ``SmartScreen.check_action`` hides a marked action from the footer, the help and the
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
    so the Footer, the help screen and a keymap leave it out, as they leave out the write.
    """
    if not node.smart.read_only:
        return bindings
    result = BindingsMap()
    for _key, binding in bindings:
        if is_write(node, binding.action):
            binding = replace(binding, action="app.refuse_read_only", show=False, id=None)
        result._add_binding(binding)
    return result


class _Smart:
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
        return self.can_run(action, parameters)

    def can_run(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Screens override this (not ``check_action``): True, False to hide, None to dim."""
        return True


class SmartScreen(_Smart, Screen[None]):
    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._bindings = _read_only(translated(self._bindings, self.tr), self)

    def retranslate(self) -> None:
        """After a language change: the bindings again from their message keys."""
        merged = type(self)._merged_bindings
        if merged is not None:
            self._bindings = _read_only(translated(merged.copy(), self.tr), self)
        self.refresh_bindings()


class SmartModal(_Smart, ModalScreen[T], Generic[T]):
    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._bindings = _read_only(translated(self._bindings, self.tr), self)


class FormDialog(SmartModal[R], Generic[D, R]):
    """The one way to write a form dialog: it is given the action that saves it.

    A subclass composes its fields (yielding :meth:`buttons` last) and implements
    :meth:`read`, which returns the typed draft or ``None`` after showing each invalid
    field's message under it. On save (ctrl+s, Enter in a field, the button) the dialog
    runs ``action(draft)`` and dismisses with its result only once it succeeded; a refused
    value or a database error shows inline, under the field it concerns (:meth:`field_for`)
    or above the buttons, and everything typed stays. Cancel dismisses with ``None``.
    """

    def __init__(self, action: Callable[[D], R], **kwargs: object) -> None:
        super().__init__(**kwargs)
        self._action = action

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

    def action_save(self) -> None:
        draft = self.read()
        if draft is None:
            return
        self.show_error(None)
        try:
            result = self._action(draft)
        except (DomainError, DatabaseError) as exc:
            field = self.field_for(exc) if isinstance(exc, DomainError) else None
            self.show_error(error_text(self.tr, exc), field)
            return
        self.dismiss(result)

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()
