import copy
import json
from datetime import date

import pytest

from smart_tui.demo import demo_snapshot
from smart_tui.domain.models import PriorityLimitError
from smart_tui.i18n import Translator
from smart_tui.interchange import DocumentError, build_document, loads, parse_document
from smart_tui.present import error_text
from smart_tui.storage import Store
from tests.conftest import sales_priority

TODAY = date(2026, 11, 27)


def without_ids(document):
    doc = copy.deepcopy(document)
    doc.pop("exported_at")
    id_map = {p["id"]: i for i, p in enumerate(doc["priorities"])}
    for p in doc["priorities"]:
        p.pop("id")
    for g in doc["goals"]:
        g.pop("id")
        g["priority_id"] = id_map.get(g["priority_id"])
    return doc


def test_round_trip_is_lossless():
    source = Store.open(":memory:")
    source.import_snapshot(demo_snapshot(TODAY, "fr"))
    first = build_document(source.snapshot())
    target = Store.open(":memory:")
    target.import_snapshot(parse_document(json.loads(json.dumps(first))))
    second = build_document(target.snapshot())
    assert without_ids(first) == without_ids(second)
    assert first["format"] == "smart-tui" and first["version"] == 1
    goal = first["goals"][0]
    assert isinstance(goal["baseline"], int) and goal["checkpoints"][0]["date"].count("-") == 2


def test_import_adds_to_existing_data_and_counts_the_priority_cap():
    store = Store.open(":memory:")
    store.add_priority(sales_priority())
    document = build_document(demo_snapshot(TODAY, "en"))  # 3 active priorities
    with pytest.raises(PriorityLimitError):
        store.import_snapshot(parse_document(document))
    assert len(store.priorities()) == 1 and store.goals() == []


@pytest.mark.parametrize(
    ("mutate", "where"),
    [
        (lambda d: d.update(format="other"), "format"),
        (lambda d: d.update(version=2), "version"),
        (lambda d: d["goals"][1].update(deadline="31/12/2026"), "goals[1].deadline"),
        (lambda d: d["goals"][0].update(baseline="2000"), "goals[0].baseline"),
        (lambda d: d["goals"][0].update(baseline=True), "goals[0].baseline"),
        (lambda d: d["goals"][0].update(lever="tiktok"), "goals[0].lever"),
        (lambda d: d["goals"][0].update(priority_id=99), "goals[0].priority_id"),
        (lambda d: d["goals"][0]["checkpoints"][0].pop("value"), "goals[0].checkpoints[0].value"),
        (lambda d: d["priorities"][0].update(title=""), "priorities[0].title"),
        (lambda d: d["priorities"][1].update(id=d["priorities"][0]["id"]), "priorities[1].id"),
        (lambda d: d["goals"][2].update(note=None, statement="x" * 6000), "goals[2].statement"),
        (lambda d: d.update(goals={}), "goals"),
        (lambda d: d["priorities"].append(dict(d["priorities"][0], id=77)), "priorities"),
    ],
)
def test_malformed_documents_are_refused_with_the_place(mutate, where):
    document = build_document(demo_snapshot(TODAY, "fr"))
    mutate(document)
    with pytest.raises(DocumentError) as err:
        parse_document(document)
    assert err.value.where == where
    assert where in error_text(Translator("fr"), err.value)
    assert "rien n'a été écrit" in error_text(Translator("fr"), err.value)


def test_nan_is_not_json():
    with pytest.raises(ValueError):
        loads('{"a": NaN}')


def test_drafts_may_leave_fields_null():
    document = {"format": "smart-tui", "version": 1, "priorities": [],
                "goals": [{"id": 1, "intent": "Être visible", "status": "draft", "kpi": None,
                           "baseline": None, "deadline": None}]}
    snapshot = parse_document(document)
    assert snapshot.goals[0].intent == "Être visible" and snapshot.goals[0].deadline is None
