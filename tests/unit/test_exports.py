"""Step 3 formats: Markdown roadmap, CSV for spreadsheets, ICS calendar, atomic writes."""

import csv
import io
from datetime import date

import icalendar
import pytest
from markdown_it import MarkdownIt

from smart_tui.cli import main
from smart_tui.demo import demo_snapshot
from smart_tui.domain.models import GoalStatus
from smart_tui.i18n import Translator
from smart_tui.sentence import smart_sentence
from smart_tui.services import Workspace
from smart_tui.services.transfer import export
from smart_tui.storage import Store

TODAY = date(2026, 11, 27)


@pytest.fixture
def demo():
    store = Store.open(":memory:")
    store.import_snapshot(demo_snapshot(TODAY, "fr"))
    yield store
    store.close()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_markdown_roadmap_parses_and_holds_every_active_goal(demo, lang):
    tr = Translator(lang)
    text = export(Workspace(demo), "md", tr, TODAY).decode("utf-8")
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    tables = [t for t in tokens if t.type == "table_open"]
    assert len(tables) >= 10  # criteria, back-planning and history tables are real tables
    inline = " ".join(t.content for t in tokens if t.type == "inline")
    for goal in demo.goals((GoalStatus.ACTIVE,)):
        assert smart_sentence(goal, tr) in inline
    # each active goal's back-planning: its deadline appears as a row
    for goal in demo.goals((GoalStatus.ACTIVE,)):
        assert f"| {tr.date_short(goal.deadline)} |" in text
    drafts_title = tr("ui.section_drafts")
    assert f"## {drafts_title}" in text and text.index(f"## {drafts_title}") > text.index("###")


def test_markdown_escapes_pipes_and_newlines_in_cells(demo):
    from smart_tui.domain.models import Adjustment, AdjustmentKind

    demo.add_adjustment(1, Adjustment(TODAY, AdjustmentKind.ACTIONS, None, None,
                                      "Outil A | outil B\npuis C"))
    text = export(Workspace(demo), "md", Translator("fr"), TODAY).decode()
    assert "| Outil A \\| outil B puis C |" in text
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    cells = [t.content for t in tokens if t.type == "inline"]
    assert "Outil A | outil B puis C" in cells


def test_markdown_says_when_no_resources_are_declared(demo):
    text = export(Workspace(demo), "md", Translator("fr"), TODAY).decode()
    assert "—/mois" not in text and "non précisés" in text


@pytest.mark.parametrize(("lang", "sep", "decimal"), [("fr", ";", ","), ("en", ",", ".")])
def test_csv_reads_back_with_the_right_separator_bom_and_decimal_mark(demo, lang, sep, decimal):
    tr = Translator(lang)
    goal = demo.goal(6)
    goal.rationale = 'Une note avec ; des "guillemets"\net un saut de ligne'
    demo.update_goal(goal, TODAY)
    data = export(Workspace(demo), "csv", tr, TODAY)
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=sep))
    header, body = rows[0], rows[1:]
    assert header[0] == tr("csv.id") and len(body) == 7
    assert all(len(row) == len(header) for row in body)
    email = next(r for r in body if r[0] == "6")
    assert email[header.index(tr("csv.baseline"))] == "22"
    progress = email[header.index(tr("csv.progress"))]
    assert decimal in progress or progress.isdigit()
    checkpoints = export(Workspace(demo), "csv", tr, TODAY, table="checkpoints").decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(checkpoints), delimiter=sep))
    assert rows[0][0] == tr("csv.goal_id")
    values = [r[3] for r in rows[1:] if r[0] == "6"]
    assert values == [f"22{decimal}1", f"22{decimal}3", f"22{decimal}2"]
    assert len(rows) - 1 == sum(len(demo.checkpoints(g.id)) for g in demo.goals())


def test_csv_notes_with_separators_quotes_and_newlines_survive(demo):
    from smart_tui.domain.models import Checkpoint

    note = 'après ; la "campagne"\nd\'été'
    demo.add_checkpoint(2, Checkpoint(TODAY, 43, note=note))
    data = export(Workspace(demo), "csv", Translator("fr"), TODAY, table="checkpoints")
    text = data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[-1][-1] == note or any(r[-1] == note for r in rows)


def _events(data: bytes):
    cal = icalendar.Calendar.from_ical(data)
    return [e for e in cal.walk("VEVENT")]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_ics_has_the_checkpoints_to_come_with_stable_uids(demo, lang):
    tr = Translator(lang)
    first = _events(export(Workspace(demo), "ics", tr, TODAY))
    second = _events(export(Workspace(demo), "ics", tr, TODAY))
    assert [str(e["UID"]) for e in first] == [str(e["UID"]) for e in second]
    assert len({str(e["UID"]) for e in first}) == len(first)
    active = demo.goals((GoalStatus.ACTIVE,))
    for goal in active:
        mine = [e for e in first if str(e["UID"]).startswith(f"smart-tui-goal-{goal.id}-")]
        latest = max((c.date for c in demo.checkpoints(goal.id)), default=None)
        assert mine, goal.id
        assert all(latest is None or e["DTSTART"].dt > latest for e in mine)
        last = max(mine, key=lambda e: e["DTSTART"].dt)
        assert last["DTSTART"].dt == goal.deadline
        assert tr("ics.deadline", goal="").strip() in str(last["SUMMARY"])
        assert f"smart-tui log {goal.id}" in str(last["DESCRIPTION"])
    drafts = {g.id for g in demo.goals((GoalStatus.DRAFT,))}
    assert not any(str(e["UID"]).split("-")[3] in map(str, drafts) for e in first)
    assert all(not hasattr(e["DTSTART"].dt, "hour") for e in first)  # all-day events


def test_export_writes_atomically_and_keeps_the_old_file_on_failure(tmp_path, capsys,
                                                                    monkeypatch):
    db = tmp_path / "x.db"
    Store.open(db).close()
    out = tmp_path / "roadmap.md"
    out.write_text("the good old roadmap")
    import smart_tui.fileio as fileio

    def boom(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fileio.os, "replace", boom)
    assert main(["--db", str(db), "export", "--format", "md", "-o", str(out)]) == 2
    assert out.read_text() == "the good old roadmap"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".roadmap")] == []
    assert "disk full" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["md", "csv", "ics", "json"])
def test_every_format_from_the_command_line(tmp_path, capsys, fmt):
    db = tmp_path / "x.db"
    store = Store.open(db)
    store.import_snapshot(demo_snapshot(TODAY, "en"))
    store.close()
    out = tmp_path / f"out.{fmt}"
    assert main(["--db", str(db), "--lang", "en", "export", "--format", fmt, "-o", str(out)]) == 0
    assert out.stat().st_size > 500
    assert main(["--db", str(db), "export", "--format", fmt]) == 0
    assert len(capsys.readouterr().out) > 500


def test_committed_examples_are_what_the_script_makes(tmp_path):
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("make_examples",
                                                  root / "scripts" / "make_examples.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for path in module.generate(tmp_path):
        committed = root / "examples" / path.relative_to(tmp_path)
        assert committed.read_bytes() == path.read_bytes(), (
            f"{committed} differs from what the code makes now. Read the difference line by "
            "line: each change must be one you meant (the tests in test_examples_read.py "
            "check the values a user reads independently).")


def test_one_registry_of_formats_read_by_the_cli_the_dialog_and_the_readme():
    """A format added to the registry shows up in `export --format`, the dialog's choices and
    the README's examples; there is no second list to forget."""
    from pathlib import Path

    from smart_tui.cli import build_parser
    from smart_tui.export.formats import FORMATS

    parser = build_parser(Translator("en"))
    export_parser = parser._subparsers._group_actions[0].choices["export"]  # noqa: SLF001
    [fmt] = [a for a in export_parser._actions if a.dest == "format"]  # noqa: SLF001
    assert tuple(fmt.choices) == tuple(FORMATS)
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for name in FORMATS:
        assert f"--format {name}" in readme
        assert Translator("fr")(f"export.format_{name}") != f"export.format_{name}"
