"""Update the business profile: its name and its capacity for marketing."""

from __future__ import annotations

from smart_tui.domain.invariants import normalize_profile
from smart_tui.domain.models import Profile

from .workspace import Workspace


def update_profile(ws: Workspace, profile: Profile) -> None:
    normalize_profile(profile)
    ws.store.save_profile(profile)
