"""Bindings declared once with message keys, shown in the user's language.

Textual reads a binding's ``description`` and ``tooltip`` for the key bar, the help
screen and the command palette. Here every ``BINDINGS`` entry names a message key
(``key.new_goal``); the base screens (``tui/base.py``) replace the node's bindings at
construction with translated copies. Ids are kept, so a user keymap (``App.set_keymap``) still
applies by id.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from textual.binding import Binding, BindingsMap

if TYPE_CHECKING:
    from smart_tui.i18n import Translator


def translated(bindings: BindingsMap, tr: Translator) -> BindingsMap:
    result = BindingsMap()
    for _key, binding in bindings:
        result._add_binding(_translate(binding, tr))
    return result


def _translate(binding: Binding, tr: Translator) -> Binding:
    description = binding.description
    tooltip = binding.tooltip
    return replace(
        binding,
        description=tr(description) if description.startswith("key.") else description,
        tooltip=tr(tooltip) if tooltip.startswith("tip.") else tooltip,
    )


_TEXTUAL_ORIGINALS: dict[type, BindingsMap] = {}


def localize_textual(tr: Translator) -> None:
    """Textual's own shown bindings in the user's language: the open Select's « Échap Fermer la
    liste » in the key bar (Textual writes "Dismiss menu"). The class's merged bindings are
    replaced before any instance copies them; the original is kept for a language change."""
    from textual.widgets._select import SelectOverlay

    original = _TEXTUAL_ORIGINALS.setdefault(SelectOverlay, SelectOverlay._merged_bindings
                                             or BindingsMap())
    result = BindingsMap()
    for _key, binding in original:
        if binding.action == "dismiss":
            binding = replace(binding, description=tr("key.close_menu"))
        result._add_binding(binding)
    SelectOverlay._merged_bindings = result
