"""Base screens: translated bindings, and short access to the translator and the store."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import wraps
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from textual import on
from textual.binding import BindingsMap
from textual.containers import Horizontal
from textual.screen import ModalScreen, Screen
from textual.widgets import Button

from .localize import translated

if TYPE_CHECKING:
    from smart_tui.i18n import Translator
    from smart_tui.storage import Store

    from .app import SmartApp

T = TypeVar("T")
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
    def store(self) -> Store:
        return self.smart.store


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


class FormDialog(SmartModal[T], Generic[T]):
    """A dialog around a form: ``action_save`` on ctrl+s or the save button; cancel closes.

    Subclasses declare their own bindings (ids differ, for the keymap) on the ``save`` and
    ``cancel`` actions, implement :meth:`action_save`, and yield :meth:`buttons`.
    """

    def buttons(self, save_label: str | None = None) -> Horizontal:
        return Horizontal(
            Button(save_label or self.tr("key.save"), id="save", variant="primary"),
            Button(self.tr("key.cancel"), id="cancel"),
            classes="buttons",
        )

    def action_save(self) -> None:
        raise NotImplementedError

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()
