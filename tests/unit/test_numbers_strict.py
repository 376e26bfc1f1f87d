"""Issue 10, item 19: the number parser accepts the documented forms and refuses typos."""

import pytest

from smart_tui.domain.limits import MAX_ABS_NUMBER
from smart_tui.domain.models import Unit
from smart_tui.domain.numbers import (
    NumberError,
    NumberRangeError,
    NumberUnitError,
    parse_number,
    parse_optional_number,
)
from smart_tui.i18n import Translator
from smart_tui.present import error_text


@pytest.mark.parametrize(("text", "expected"), [
    ("12,5", 12.5), ("12.5", 12.5), ("1 234,5", 1234.5), ("1,234.5", 1234.5),
    ("2 450,5", 2450.5), ("1.234.567", 1234567), ("1,234,567", 1234567),
    ("1\u00a0234,5", 1234.5), ("1\u202f234,5", 1234.5), ("1.234,5", 1234.5),
    ("12 345 678,25", 12345678.25), ("-3", -3), ("−2,5", -2.5), ("+4", 4), ("0", 0),
])
def test_documented_forms_are_read(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", [
    "12.5.6", "1,2,3", "12 5", "1234 567", "1 234 56", "1.23.456", "1,234.5,6", "12,5,3",
    ",5", "5,", "1e2", "nan", "inf", "--1", "+-1", "-", "", "٣", "1_000", "0x10",
])
def test_ambiguous_typos_are_refused_not_guessed(text):
    with pytest.raises(NumberError):
        parse_number(text)


def test_the_refusal_shows_the_accepted_forms_in_each_language():
    with pytest.raises(NumberError) as caught:
        parse_number("12.5.6")
    french = error_text(Translator("fr"), caught.value)
    assert "12.5.6" in french and "1\u202f234,5" in french and "1.234.567" in french
    english = error_text(Translator("en"), caught.value)
    assert "Accepted forms" in english and "1,234.5" in english


def test_the_bound_is_inclusive_on_both_sides():
    limit = int(MAX_ABS_NUMBER)
    assert parse_number(str(limit)) == MAX_ABS_NUMBER
    assert parse_number(f"-{limit}") == -MAX_ABS_NUMBER
    for text in (str(limit + 1), f"-{limit + 1}", "9" * 30):
        with pytest.raises(NumberRangeError) as caught:
            parse_number(text)
        assert "1\u202f000\u202f000\u202f000\u202f000" in error_text(Translator("fr"), caught.value)


@pytest.mark.parametrize(("text", "unit", "expected"), [
    ("12,5 %", Unit.PERCENT, 12.5), ("12,5%", None, 12.5), ("300 €", Unit.CURRENCY, 300),
    ("300", Unit.CURRENCY, 300), ("12,5", Unit.PERCENT, 12.5), ("1 200 €", None, 1200),
])
def test_a_unit_sign_that_matches_the_kpi_is_accepted(text, unit, expected):
    assert parse_number(text, unit) == expected


@pytest.mark.parametrize(("text", "unit"), [
    ("12,5%", Unit.COUNT), ("12,5 %", Unit.CURRENCY), ("300 €", Unit.PERCENT),
    ("4 €", Unit.RATING), ("5%", Unit.OTHER),
])
def test_a_unit_sign_that_does_not_match_the_kpi_is_refused(text, unit):
    with pytest.raises(NumberUnitError) as caught:
        parse_number(text, unit)
    message = error_text(Translator("fr"), caught.value)
    assert text in message and Translator("fr")(f"unit.{unit.value}") in message


def test_optional_numbers_pass_the_unit_on():
    assert parse_optional_number(" ", Unit.COUNT) is None
    with pytest.raises(NumberUnitError):
        parse_optional_number("5 %", Unit.COUNT)
