"""The history's typed values: exact JSON both ways, the strings of the first versions, and
the message of every refusal (its kind first, then what was wrong, cut at 120 characters)."""

from datetime import date

import pytest

from smart_tui.domain.history import (
    ChangeError,
    CheckpointValue,
    Resources,
    decode_change,
    decode_legacy,
    decode_legacy_value,
    encode_change,
    from_json,
    to_json,
)
from smart_tui.domain.models import AdjustmentKind, GoalStatus
from smart_tui.domain.review import Decision

K = AdjustmentKind
LONG = "9" * 200  # a value long enough for its message to be cut
NOT_RESOURCES = "actions: expected an object with budget_per_month, hours_per_week"


def cut(message: str) -> str:
    assert len(message) > 120  # the table's long rows must really be cut
    return message[:120]


# -- to JSON ---------------------------------------------------------------------

@pytest.mark.parametrize(("kind", "value", "data"), [
    (K.TARGET, 2600.0, 2600),
    (K.TARGET, 0.5, 0.5),
    (K.TARGET, 3, 3),
    (K.DEADLINE, date(2027, 12, 31), "2027-12-31"),
    (K.STATUS, GoalStatus.ABANDONED, "abandoned"),
    (K.ACTIONS, Resources(), {"budget_per_month": None, "hours_per_week": None}),
    (K.ACTIONS, Resources(0.0, 0.5), {"budget_per_month": 0, "hours_per_week": 0.5}),
    (K.CHECKPOINT, CheckpointValue(date(2026, 1, 31), 0.0), {"date": "2026-01-31", "value": 0}),
    (K.DECISION, Decision.ABANDON, "abandon"),
    (K.OTHER, "", ""),
])
def test_each_kind_has_its_json_form(kind, value, data):
    result = to_json(kind, value)
    assert result == data
    assert type(result) is type(data)
    if isinstance(data, dict):
        assert [type(v) for v in result.values()] == [type(v) for v in data.values()]
    assert from_json(kind, data) == value


@pytest.mark.parametrize(("kind", "value", "message"), [
    (K.TARGET, "750", "target: unexpected str value"),
    (K.TARGET, Decision.KEEP, "target: unexpected Decision value"),
    (K.DEADLINE, GoalStatus.ACTIVE, "deadline: unexpected GoalStatus value"),
    (K.DEADLINE, "2026-07-01", "deadline: unexpected str value"),
    (K.STATUS, "active", "status: unexpected str value"),
    (K.ACTIONS, "budget_per_month=300, hours_per_week=None", "actions: unexpected str value"),
    (K.CHECKPOINT, 4.5, "checkpoint: unexpected float value"),
    (K.DECISION, "keep_course", "decision: unexpected str value"),
    (K.OTHER, 5.0, "other: unexpected float value"),
    (K.OTHER, date(2026, 7, 1), "other: unexpected date value"),
    (K.OTHER, CheckpointValue(date(2026, 7, 1), 1.0), "other: unexpected CheckpointValue value"),
    (K.OTHER, Resources(1.0, 2.0), "other: unexpected Resources value"),
])
def test_a_value_of_another_kind_is_refused_with_its_type(kind, value, message):
    with pytest.raises(ChangeError) as caught:
        to_json(kind, value)
    assert str(caught.value) == message
    with pytest.raises(ChangeError) as caught:
        encode_change(kind, value)
    assert str(caught.value) == message


@pytest.mark.parametrize(("kind", "value", "text"), [
    (K.OTHER, "Café « été »", '"Café « été »"'),  # kept readable, not \u-escaped
    (K.ACTIONS, Resources(None, 1.0), '{"budget_per_month": null, "hours_per_week": 1}'),
    (K.CHECKPOINT, CheckpointValue(date(2026, 2, 28), -2.25),
     '{"date": "2026-02-28", "value": -2.25}'),
])
def test_the_stored_text_is_exact(kind, value, text):
    assert encode_change(kind, value) == text
    assert decode_change(kind, text) == value


# -- from JSON -------------------------------------------------------------------

@pytest.mark.parametrize(("kind", "text", "value"), [
    (K.ACTIONS, "{}", Resources(None, None)),
    (K.ACTIONS, '{"hours_per_week": 2}', Resources(None, 2.0)),
    (K.ACTIONS, '{"budget_per_month": 150.5, "hours_per_week": null}', Resources(150.5, None)),
    (K.TARGET, "-3", -3.0),
    (K.CHECKPOINT, '{"value": 7, "date": "2024-02-29"}', CheckpointValue(date(2024, 2, 29), 7.0)),
    (K.OTHER, '"12"', "12"),
    (K.DEADLINE, "null", None),
])
def test_stored_json_reads_as_its_typed_value(kind, text, value):
    decoded = decode_change(kind, text)
    assert decoded == value and type(decoded) is type(value)


@pytest.mark.parametrize(("kind", "text", "message"), [
    (K.TARGET, '"750"', "target: expected a number, got '750'"),
    (K.TARGET, "true", "target: expected a number, got True"),
    (K.TARGET, "NaN", "target: expected a number, got nan"),
    (K.TARGET, f'"{LONG}"', cut(f"target: expected a number, got '{LONG}'")),
    (K.TARGET, "not json", "target: not JSON: 'not json'"),
    (K.TARGET, "{" + LONG, cut(f"target: not JSON: '{{{LONG}'")),
    (K.DEADLINE, '"1/7/2026"', "deadline: expected a date YYYY-MM-DD, got '1/7/2026'"),
    (K.DEADLINE, '"20260701"', "deadline: expected a date YYYY-MM-DD, got '20260701'"),
    (K.DEADLINE, "20260701", "deadline: expected a date YYYY-MM-DD, got 20260701"),
    (K.DEADLINE, f'"{LONG}"', cut(f"deadline: expected a date YYYY-MM-DD, got '{LONG}'")),
    (K.DEADLINE, '"2026-02-30"', "deadline: impossible date '2026-02-30'"),
    (K.STATUS, '"paused"', "status: unknown status 'paused'"),
    (K.STATUS, f'"{LONG}"', cut(f"status: unknown status '{LONG}'")),
    (K.ACTIONS, '{"budget": 3}', NOT_RESOURCES),
    (K.ACTIONS, "[300, 2]", NOT_RESOURCES),
    (K.ACTIONS, '{"budget_per_month": "300"}', "actions: expected a number, got '300'"),
    (K.ACTIONS, '{"hours_per_week": true}', "actions: expected a number, got True"),
    (K.CHECKPOINT, '"2026-01-01: 4"', "checkpoint: expected an object with date, value"),
    (K.CHECKPOINT, '{"date": "2026-01-01", "value": 1, "note": "x"}',
     "checkpoint: expected an object with date, value"),
    (K.CHECKPOINT, '{"value": 4}', "checkpoint: expected a date YYYY-MM-DD, got None"),
    (K.CHECKPOINT, '{"date": "2026-01-01"}', "checkpoint: expected a number, got None"),
    (K.CHECKPOINT, '{"date": "2026-04-31", "value": 1}',
     "checkpoint: impossible date '2026-04-31'"),
    (K.DECISION, '"maybe"', "decision: unknown decision 'maybe'"),
    (K.DECISION, f'"{LONG}"', cut(f"decision: unknown decision '{LONG}'")),
    (K.OTHER, "12", "other: expected text"),
])
def test_stored_json_that_does_not_fit_is_refused_with_what_was_wrong(kind, text, message):
    with pytest.raises(ChangeError) as caught:
        decode_change(kind, text)
    assert str(caught.value) == message


# -- the strings of the first versions --------------------------------------------

@pytest.mark.parametrize(("kind", "text", "value"), [
    (K.TARGET, " 2600 \n", 2600.0),
    (K.TARGET, "-0.5", -0.5),
    (K.DECISION, "abandon", Decision.ABANDON),
    (K.STATUS, " achieved", GoalStatus.ACHIEVED),
    (K.DEADLINE, "2027-01-02 ", date(2027, 1, 2)),
    (K.OTHER, "  une note  ", "une note"),
    (K.CHECKPOINT, "2026-11-27: -1", CheckpointValue(date(2026, 11, 27), -1.0)),
    (K.ACTIONS, "budget_per_month=0, hours_per_week=0.5", Resources(0.0, 0.5)),
    (K.TARGET, None, None),
])
def test_a_legacy_string_reads_as_its_typed_value(kind, text, value):
    decoded = decode_legacy_value(kind, text)
    assert decoded == value and type(decoded) is type(value)


@pytest.mark.parametrize(("kind", "text", "message"), [
    (K.TARGET, "beaucoup", "target: not a number: 'beaucoup'"),
    (K.TARGET, "x" * 200, cut("target: not a number: '" + "x" * 200 + "'")),
    (K.TARGET, "None", "target: no number"),
    (K.TARGET, "inf", "target: expected a number, got inf"),
    (K.ACTIONS, "300 €", "actions: not resources: '300 €'"),
    (K.ACTIONS, LONG, cut(f"actions: not resources: '{LONG}'")),
    (K.ACTIONS, "budget_per_month=abc, hours_per_week=1", "actions: not a number: 'abc'"),
    (K.ACTIONS, "budget_per_month=1, hours_per_week=abc", "actions: not a number: 'abc'"),
    (K.ACTIONS, "budget_per_month=nan, hours_per_week=1", "actions: expected a number, got nan"),
    (K.ACTIONS, "budget_per_month=1, hours_per_week=-inf", "actions: expected a number, got -inf"),
    (K.CHECKPOINT, "2026-11-27 4.15", "checkpoint: not a checkpoint: '2026-11-27 4.15'"),
    (K.CHECKPOINT, f"2026-11-27 {LONG}", cut(f"checkpoint: not a checkpoint: '2026-11-27 {LONG}'")),
    (K.CHECKPOINT, "2026-11-27: abc", "checkpoint: not a number: 'abc'"),
    (K.CHECKPOINT, "2026-11-27: inf", "checkpoint: expected a number, got inf"),
    (K.CHECKPOINT, "2026-11-27: None", "checkpoint: no value"),
    (K.CHECKPOINT, "2026-13-27: 4", "checkpoint: impossible date '2026-13-27'"),
    (K.STATUS, "paused", "status: unknown status 'paused'"),
    (K.DECISION, "maybe", "decision: unknown decision 'maybe'"),
    (K.DEADLINE, "demain", "deadline: expected a date YYYY-MM-DD, got 'demain'"),
])
def test_a_legacy_string_that_does_not_fit_is_refused_with_what_was_wrong(kind, text, message):
    with pytest.raises(ChangeError) as caught:
        decode_legacy_value(kind, text)
    assert str(caught.value) == message


@pytest.mark.parametrize(("kind", "old", "new", "entry"), [
    (K.OTHER, None, "aim_higher", (K.DECISION, None, Decision.RAISE)),
    (K.OTHER, "avant", "keep_course", (K.OTHER, "avant", "keep_course")),
    (K.OTHER, None, "garder le cap", (K.OTHER, None, "garder le cap")),
    (K.TARGET, "2600", "3000", (K.TARGET, 2600.0, 3000.0)),
    (K.STATUS, "draft", "active", (K.STATUS, GoalStatus.DRAFT, GoalStatus.ACTIVE)),
    (K.CHECKPOINT, None, "2026-03-01: 12", (K.CHECKPOINT, None,
                                            CheckpointValue(date(2026, 3, 1), 12.0))),
])
def test_a_legacy_entry_reads_whole(kind, old, new, entry):
    assert decode_legacy(kind, old, new) == entry


def test_a_legacy_decision_under_another_kind_is_refused():
    with pytest.raises(ChangeError) as caught:
        decode_legacy(K.TARGET, None, "keep_course")
    assert str(caught.value) == "target: not a number: 'keep_course'"
