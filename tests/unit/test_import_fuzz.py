"""Property tests: any document gives a clear answer, and a refused import writes nothing."""

import copy
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smart_tui.demo import demo_snapshot
from smart_tui.domain.models import DomainError
from smart_tui.i18n import Translator
from smart_tui.interchange import DocumentError, build_document, parse_document
from smart_tui.present import error_text
from smart_tui.storage import Store

BASE = build_document(demo_snapshot(date(2026, 11, 27), "fr"))
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**18, 10**18)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=12,
)


def paths(document, prefix=()):
    """Every (container, key) place in the document."""
    if isinstance(document, dict):
        for key, value in document.items():
            yield document, key
            yield from paths(value)
    elif isinstance(document, list):
        for index, value in enumerate(document):
            yield document, index
            yield from paths(value)


def mutate(document, choices, value):
    places = list(paths(document))
    container, key = places[choices % len(places)]
    container[key] = value
    return document


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.integers(min_value=0), json_values)
def test_a_mutated_document_gives_a_snapshot_or_a_clear_error(where, value):
    document = mutate(copy.deepcopy(BASE), where, value)
    store = Store.open(":memory:")
    try:
        snapshot = parse_document(document)
    except DocumentError as err:
        message = error_text(Translator("fr"), err)
        assert "rien n'a été écrit" in message and err.where
        return
    try:
        store.import_snapshot(snapshot)
    except DomainError:  # e.g. past the priority cap
        assert store.priorities() == [] and store.goals() == []
    else:
        assert len(store.goals()) == len(snapshot.goals)
    finally:
        store.close()


@settings(max_examples=100, deadline=None)
@given(json_values)
def test_any_json_value_is_refused_cleanly(value):
    with pytest.raises(DocumentError):  # random values are never a smart-tui document
        parse_document(value)
