"""Unit tests start with the domain's caches empty.

A cached result computed before a change (a mutation under ``mutmut``, a monkeypatch in a
test) would otherwise answer for the changed code and hide it.
"""

from __future__ import annotations

import pytest

from smart_tui.domain import vague


@pytest.fixture(autouse=True)
def _fresh_domain_caches():
    vague.is_vague.cache_clear()
    yield
    vague.is_vague.cache_clear()
