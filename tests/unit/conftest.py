"""Unit tests start with the domain's caches empty; ``shop`` is the example database in a file.

A cached result computed before a change (a mutation under ``mutmut``, a monkeypatch in a
test) would otherwise answer for the changed code and hide it.
"""

from __future__ import annotations

from datetime import date

import pytest

from smart_tui.demo import demo_snapshot
from smart_tui.domain import vague
from smart_tui.storage import Store


@pytest.fixture(autouse=True)
def _fresh_domain_caches():
    vague.is_vague.cache_clear()
    yield
    vague.is_vague.cache_clear()


@pytest.fixture
def shop(tmp_path):
    """The example database (French, as of 27 Nov 2026) in a file of its own."""
    path = tmp_path / "shop.db"
    store = Store.open(path, backups=False)
    store.import_snapshot(demo_snapshot(date(2026, 11, 27), "fr"))
    store.close()
    return path
