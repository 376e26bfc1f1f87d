"""Issue 10, items 11 and 13: exported text cannot become a formula, markup or a broken calendar."""

import csv
import io
from datetime import date

import icalendar
import ics
import pytest
import vobject
from markdown_it import MarkdownIt

from smart_tui.domain.models import Checkpoint, Profile
from smart_tui.export.csv_export import text_cell
from smart_tui.export.markdown import escape
from smart_tui.i18n import Translator
from smart_tui.services import Workspace
from smart_tui.services.transfer import export
from smart_tui.storage import Store
from tests.conftest import sales_priority, smart_goal

TODAY = date(2026, 3, 10)
FORMULAS = ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx", " =1+1"]


def _store(**goal_changes):
    store = Store.open(":memory:")
    priority = store.add_priority(sales_priority())
    store.add_goal(smart_goal(priority.id, **goal_changes))
    return store


def _rows(data: bytes, lang: str) -> list[list[str]]:
    text = data.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text), delimiter=";" if lang == "fr" else ","))


@pytest.mark.parametrize("formula", FORMULAS)
def test_text_cell_neutralises_a_formula(formula):
    assert text_cell(formula) == "'" + formula
    assert text_cell("Trafic = +30 %") == "Trafic = +30 %"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_checkpoint_notes_and_goal_texts_cannot_run_as_formulas(lang):
    store = _store(statement='=HYPERLINK("http://x","y")', kpi="+sessions", source="@source",
                   intent="-vague")
    store.add_checkpoint(1, Checkpoint(date(2026, 2, 1), -3.5, None, '=cmd|" /C calc"!A0'))
    tr = Translator(lang)
    for table in ("goals", "checkpoints"):
        rows = _rows(export(Workspace(store), "csv", tr, TODAY, table), lang)
        for row in rows[1:]:
            for value in row:
                assert not value.startswith(("=", "+", "@", "\t", "\r")), (table, value)
    checkpoints = _rows(export(Workspace(store), "csv", tr, TODAY, "checkpoints"), lang)
    header, row = checkpoints[0], checkpoints[1]
    assert row[header.index(tr("csv.note"))] == '\'=cmd|" /C calc"!A0'
    value = row[header.index(tr("csv.value"))]
    assert value == ("-3,5" if lang == "fr" else "-3.5")  # a negative number stays a number
    goals = _rows(export(Workspace(store), "csv", tr, TODAY, "goals"), lang)
    assert goals[1][goals[0].index(tr("csv.intent"))] == "'-vague"
    store.close()


HOSTILE_TITLE = "# Pirate <script>alert(1)</script> [lien](http://x) **gras** | `code`"


def _roadmap(store):
    text = export(Workspace(store), "md", Translator("fr"), TODAY).decode()
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    return text, tokens


def _all_children(tokens):
    for token in tokens:
        yield token
        yield from token.children or ()


def _roadmap_store(name, title, problem, statement, intent, rationale):
    store = Store.open(":memory:")
    store.save_profile(Profile(name, None, None))
    priority = store.add_priority(sales_priority(title=title, problem=problem))
    store.add_goal(smart_goal(priority.id, statement=statement, intent=intent,
                              rationale=rationale))
    return store


def test_roadmap_user_text_is_literal_markdown():
    hostile = _roadmap_store("<img src=x onerror=alert(1)> ## Boutique", HOSTILE_TITLE,
                             "ligne\n# Titre injecté\n<b>x</b>", "- liste\n## titre",
                             "1. un", "> citation *x* _y_ ~~z~~")
    plain = _roadmap_store("Boutique", "Ventes", "Les ventes", "Trafic", "Visibilité", "Leads")
    text, tokens = _roadmap(hostile)
    _, plain_tokens = _roadmap(plain)
    hostile.close()
    plain.close()
    # the same document structure, block by block and inline, whatever the text says
    assert [t.type for t in _all_children(tokens)] == \
        [t.type for t in _all_children(plain_tokens)]
    rendered = MarkdownIt("commonmark").enable("table").render(text)
    assert "<script>" not in rendered and "<img" not in rendered and "<b>" not in rendered
    assert "&lt;script&gt;" in rendered  # shown as text, not dropped


def test_roadmap_keeps_the_users_words():
    rendered = MarkdownIt("commonmark").render(escape(HOSTILE_TITLE))
    assert "# Pirate &lt;script&gt;alert(1)&lt;/script&gt; [lien](http://x) **gras** | `code`" \
        in rendered


@pytest.mark.parametrize("start", ["- x", "+ x", "= x", "12. x", "3) x", "> x", "# x"])
def test_a_line_start_never_opens_a_block(start):
    tokens = MarkdownIt("commonmark").parse(escape(start))
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"]


CONTROL_TEXT = "Trafic\x00\x07\x1b[31m\x7f\x85\x9b\u202e\r\n; , \\ \"organique\""


def _calendar(store) -> bytes:
    store.add_checkpoint(1, Checkpoint(date(2026, 2, 1), 2100, None, "x"))
    return export(Workspace(store), "ics", Translator("fr"), TODAY)


def test_ics_with_control_characters_parses_in_three_libraries():
    store = _store(statement=CONTROL_TEXT, kpi=CONTROL_TEXT, source="\x1b]0;x\x07GA")
    data = _calendar(store)
    store.close()
    text = data.decode("utf-8")
    assert not any(ord(c) < 32 and c not in "\r\n" for c in text)
    events = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert events and all("Trafic" in str(e["summary"]) for e in events)
    assert len(ics.Calendar(text).events) == len(events)
    parsed = vobject.readOne(text)
    assert len(parsed.contents["vevent"]) == len(events)


def test_ics_skips_a_goal_whose_deadline_no_door_accepts():
    store = _store()
    store.conn.execute("UPDATE goals SET deadline = '9999-12-31'")
    store.conn.commit()
    data = _calendar(store)
    store.close()
    assert icalendar.Calendar.from_ical(data).walk("VEVENT") == []


@pytest.mark.parametrize(("typed", "written"), [
    ("Bougies Léa & Cie", "Bougies Léa & Cie"),  # an ampersand a person types stays readable
    ("R&D", "R&D"),
    ("&lt;script&gt;", "&amp;lt;script&amp;gt;"),  # a reference is written out, not obeyed
    ("A&B; C", "A&amp;B; C"),
    ("<b>gras</b>", "&lt;b&gt;gras&lt;/b&gt;"),
])
def test_an_ampersand_is_escaped_only_where_it_would_start_a_reference(typed, written):
    from smart_tui.export.markdown import escape

    assert escape(typed) == written
