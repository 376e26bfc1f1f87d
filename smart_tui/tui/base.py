"""Base screens: translated bindings, and short access to the translator and the store."""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, TypeVar

from textual.screen import ModalScreen, Screen

from .localize import translated

if TYPE_CHECKING:
    from smart_tui.i18n import Translator
    from smart_tui.storage import Store

    from .app import SmartApp

T = TypeVar("T")


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


class SmartScreen(_Smart, Screen[None]):
    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._bindings = translated(self._bindings, self.tr)

    def retranslate(self) -> None:
        """After a language change: the bindings again from their message keys."""
        merged = type(self)._merged_bindings
        if merged is not None:
            self._bindings = translated(merged.copy(), self.tr)
        self.refresh_bindings()


class SmartModal(_Smart, ModalScreen[T], Generic[T]):
    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._bindings = translated(self._bindings, self.tr)
