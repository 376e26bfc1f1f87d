"""One core for every door: the same bad value is refused the same way by the checkpoint
form, ``smart-tui log`` and ``smart-tui import`` — the same sentence, exit 2 for the
commands, and nothing written anywhere."""

import hashlib
import json
from datetime import date

import pytest
from textual.widgets import Input

from smart_tui.cli import main
from smart_tui.demo import demo_snapshot
from smart_tui.interchange import build_document
from smart_tui.storage import Store
from tests.ui.conftest import SIZE, make_app, type_text

TODAY = date(2026, 11, 27)
SEO, EMAIL = 1, 6  # the demo's organic sessions (a count) and newsletter open rate (a percent)

# (name, goal, value typed, date typed, what every door says)
CASES = [
    ("percent", EMAIL, "120", "", "n'est pas un pourcentage entre 0 et 100"),
    ("far date", SEO, "2100", "9999-12-31", "est hors des dates possibles"),
    ("huge value", SEO, "10000000000000", "", "est hors des limites"),
    ("negative count", SEO, "-5", "", "cet indicateur ne peut pas être négatif"),
]


def plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


@pytest.fixture
def shop(tmp_path, monkeypatch):
    monkeypatch.setenv("SMART_TUI_TODAY", TODAY.isoformat())
    path = tmp_path / "shop.db"
    store = Store.open(path, backups=False)
    store.import_snapshot(demo_snapshot(TODAY, "fr"))
    store.close()
    return path


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def document_with(goal_id: int, value: str, day: str) -> dict:
    """The demo's goal ``goal_id`` alone, with one checkpoint holding the bad value."""
    snapshot = demo_snapshot(TODAY, "fr")
    goal = next(g for g in snapshot.goals if g.id == goal_id)
    goal.priority_id, goal.checkpoints, goal.adjustments = None, [], []
    document = build_document(type(snapshot)(goals=[goal]))
    document["goals"][0]["checkpoints"] = [
        {"date": day or TODAY.isoformat(), "value": float(value.replace(",", "."))}]
    return document


@pytest.mark.parametrize(("name", "goal_id", "value", "day", "says"), CASES)
def test_log_refuses(shop, capsys, name, goal_id, value, day, says):
    before = digest(shop)
    extra = ["--date", day] if day else []
    code = main(["--db", str(shop), "--lang", "fr", "log", str(goal_id), value, *extra])
    assert code == 2
    assert says in plain(capsys.readouterr().err)
    assert digest(shop) == before


@pytest.mark.parametrize(("name", "goal_id", "value", "day", "says"), CASES)
def test_import_refuses(shop, tmp_path, capsys, name, goal_id, value, day, says):
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(document_with(goal_id, value, day)), encoding="utf-8")
    before = digest(shop)
    code = main(["--db", str(shop), "--lang", "fr", "import", str(source)])
    assert code == 2
    assert says in plain(capsys.readouterr().err)
    assert digest(shop) == before


@pytest.mark.parametrize(("name", "goal_id", "value", "day", "says"), CASES)
async def test_the_form_refuses(shop, name, goal_id, value, day, says):
    store = Store.open(shop, backups=False)
    before = len(store.checkpoints(goal_id))
    app = make_app(store, "fr")
    async with app.run_test(size=SIZE) as pilot:
        from smart_tui.tui.screens.checkpoint_form import log_checkpoint

        app.run_worker(log_checkpoint(app, goal_id))
        await pilot.pause()
        form = app.screen
        await type_text(pilot, value)
        if day:
            form.query_one("#date", Input).value = ""
            form.query_one("#date", Input).focus()
            await type_text(pilot, day)
        await pilot.press("ctrl+s")
        assert app.screen is form  # refused: the form stays open with what was typed
        notes = " ".join(str(n.render()) for n in form.query(".field-note, .form-error"))
        assert says in plain(notes)
        assert form.query_one("#value", Input).value == value
    assert len(store.checkpoints(goal_id)) == before
    store.close()


def test_a_same_date_checkpoint_replaces_the_first_and_says_so(shop, capsys):
    assert main(["--db", str(shop), "--lang", "fr", "log", "1", "2400", "--date",
                 "2026-11-20"]) == 0
    capsys.readouterr()
    assert main(["--db", str(shop), "--lang", "fr", "log", "1", "2450", "--date",
                 "2026-11-20"]) == 0
    out = plain(capsys.readouterr().out)
    assert "remplace la mesure du même jour (2 400 → 2 450)" in out
    store = Store.open(shop, backups=False)
    on_day = [c for c in store.checkpoints(1) if c.date == date(2026, 11, 20)]
    assert [c.value for c in on_day] == [2450]
    history = store.goal(1).adjustments
    store.close()
    assert history[-1].old.value == 2400 and history[-1].new.value == 2450


def test_a_closed_goal_refuses_a_checkpoint_and_says_how_to_reopen(shop, capsys):
    store = Store.open(shop, backups=False)
    from smart_tui.domain.models import GoalStatus
    from smart_tui.services import Workspace, goals

    goals.set_goal_status(Workspace(store), 1, GoalStatus.ABANDONED, TODAY, "fini")
    store.close()
    before = digest(shop)
    assert main(["--db", str(shop), "--lang", "fr", "log", "1", "2400"]) == 2
    assert "Rouvrez-le d'abord" in plain(capsys.readouterr().err)
    assert digest(shop) == before


def test_a_closed_goal_is_never_due(shop, capsys):
    """Abandoned or achieved: no next checkpoint, so neither `report --due` nor the review
    asks for one."""
    from smart_tui.domain.models import GoalStatus
    from smart_tui.services import Workspace, goals
    from smart_tui.services.overview import goal_views

    store = Store.open(shop, backups=False)
    ws = Workspace(store)
    due = {v.goal.id for v in goal_views(ws, TODAY) if v.trajectory.due}
    assert SEO in due
    goals.set_goal_status(ws, SEO, GoalStatus.ABANDONED, TODAY, "plus rentable")
    [view] = [v for v in goal_views(ws, TODAY) if v.goal.id == SEO]
    store.close()
    assert not view.trajectory.due and view.trajectory.next_checkpoint is None


def test_demo_with_a_command_is_refused_rather_than_reporting_other_data(shop, capsys):
    assert main(["--demo", "--lang", "fr", "report"]) == 2
    assert "--demo ouvre l'exemple dans l'application seulement" in plain(capsys.readouterr().err)
