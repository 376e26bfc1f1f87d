"""The command line starts opening (checking) the database before it imports Textual: the
same check, on a thread of its own; a write still waits for it, a failure is raised again
where it is shown, and the app never ends with an opening half-way."""

from __future__ import annotations

import threading

import pytest

from smart_tui.demo import demo_snapshot
from smart_tui.services import DatabaseError, Workspace
from smart_tui.storage import Store
from tests.helpers import sha256
from tests.unit.test_dashboard_views import TODAY


@pytest.fixture
def held(monkeypatch):
    """Store.open waits for the test's go; records the thread that opened."""
    gate, opened_by = threading.Event(), []
    original = Store.open.__func__

    def held_open(cls, *args, **kwargs):
        opened_by.append(threading.current_thread().name)
        gate.wait(10)
        return original(cls, *args, **kwargs)

    monkeypatch.setattr(Store, "open", classmethod(held_open))
    return gate, opened_by


def test_the_file_is_opened_and_checked_on_its_own_thread(shop, held):
    gate, opened_by = held
    workspace = Workspace.deferred(shop, backups=False)
    workspace.open_soon()
    assert not workspace.opened  # still checking
    gate.set()
    assert workspace.store.profile().name  # waits for the opening, then reads
    assert opened_by == ["smart-tui-open"]  # opened once, by the opening thread
    workspace.open_soon()  # once is enough: nothing more to start
    assert opened_by == ["smart-tui-open"]
    workspace.close()


def test_a_write_waits_for_the_check(shop, held):
    gate, opened_by = held
    workspace = Workspace.deferred(shop, backups=False)
    workspace.open_soon()
    done = threading.Event()

    def write():
        with workspace.transaction():
            workspace.store.conn.execute("UPDATE profile SET name = 'Nouveau nom'")
        done.set()

    writer = threading.Thread(target=write)
    writer.start()
    assert not done.wait(0.2)  # the write is held while the file is being checked
    gate.set()
    writer.join(10)
    assert done.is_set() and workspace.profile().name == "Nouveau nom"
    assert opened_by == ["smart-tui-open"]  # the write used the checked store, not its own
    workspace.close()


def test_a_damaged_file_is_raised_again_where_it_is_used_and_never_written(tmp_path):
    path = tmp_path / "smart-tui.db"
    store = Store.open(path, backups=False)
    store.import_snapshot(demo_snapshot(TODAY, "fr"))
    store.close()
    data = bytearray(path.read_bytes())
    data[4096:4096 * 3] = b"\xff" * (4096 * 2)
    path.write_bytes(bytes(data))
    before = sha256(path)
    workspace = Workspace.deferred(path)
    workspace.open_soon()
    workspace.close()  # joins the opening, which failed quietly
    assert not workspace.opened
    with pytest.raises(DatabaseError) as raised:
        workspace.store  # noqa: B018 - the failure comes back at the next use
    assert raised.value.key == "error.db_corrupt"
    assert sha256(path) == before


def test_closing_waits_for_an_opening_under_way(shop, held):
    gate, _ = held
    workspace = Workspace.deferred(shop, backups=False)
    workspace.open_soon()
    threading.Timer(0.1, gate.set).start()
    workspace.close()  # returns only once the opening has finished, then closes it
    assert workspace.opened
    with pytest.raises(Exception):  # noqa: B017 - sqlite3.ProgrammingError: closed
        workspace.store.conn.execute("SELECT 1")


def test_an_open_workspace_has_nothing_to_open(shop):
    workspace = Workspace.open(shop, backups=False)
    workspace.open_soon()
    assert workspace._opening is None
    workspace.close()
