"""Numbers typed by people: every accepted form, the refusals next to them, the length and
value limits, and the error's key and parameters a message is rendered from."""

import math

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


@pytest.mark.parametrize(("text", "expected"), [
    # one mark is the decimal one, except before exactly three digits (see test_numbers_lang)
    ("12", 12), ("12,5", 12.5), ("12.5", 12.5), ("0", 0), ("007", 7),
    ("1 234", 1234), ("1 234,5", 1234.5), ("1 234.5", 1234.5), ("1\u00a0234", 1234),
    ("1\u202f234,25", 1234.25), ("1\u2009234", 1234), ("1 234 567,25", 1234567.25),
    ("1,2345", 1.2345), ("1,23", 1.23), ("1,234,567", 1234567), ("1,234.5", 1234.5),
    ("1.2345", 1.2345), ("1.234.567", 1234567), ("1.234,5", 1234.5),
    ("1'234", 1234), ("1'234'567", 1234567), ("1'234.5", 1234.5), ("1'234,5", 1234.5),
    ("-3", -3), ("+4", 4), ("\u22122", -2),
    ("15 %", 15), ("15%", 15), ("15\u00a0%", 15), ("1 200 €", 1200), ("1\u202f200\u202f€", 1200),
    ("-2,5 %", -2.5), ("  12  ", 12),
    ("1000000000000", MAX_ABS_NUMBER), ("-1000000000000", -MAX_ABS_NUMBER),
])
def test_accepted_forms(text, expected):
    assert parse_number(text) == expected


def test_minus_zero_is_zero():
    assert math.copysign(1, parse_number("-0")) == 1
    assert math.copysign(1, parse_number("-0,0 %")) == 1


@pytest.mark.parametrize("text", [
    "", " ", "%", "€", "-", "+", "X12", "x12", "a12", "12a", "1,2,3", "12 5", "12.5.6",
    "1 23", "1.2345.678", "1,234,5678", "1e3", "nan", "inf", "1_000", "٣",
    "12\t%", "12\n%", "12\u3000%", "- 3", "--3", "+-3", "3-", "12 % %", "%12", ".5", "5.",
])
def test_refused_forms_name_the_text(text):
    with pytest.raises(NumberError) as caught:
        parse_number(text)
    assert caught.value.key == "error.number"
    assert caught.value.params == {"text": text.strip()}


@pytest.mark.parametrize(("text", "shown"), [
    (None, "None"),
    (12, "12"),
    ("1" * 41, "1" * 40),
])
def test_what_is_not_a_string_or_too_long_is_refused(text, shown):
    with pytest.raises(NumberError) as caught:
        parse_number(text)
    assert caught.value.params == {"text": shown}


def test_the_length_limit_is_forty_characters():
    assert parse_number(" " * 38 + "12") == 12
    with pytest.raises(NumberError):
        parse_number(" " * 39 + "12")


@pytest.mark.parametrize("text", ["1000000000001", "-1000000000001", "1 000 000 000 000,5"])
def test_beyond_the_limit(text):
    with pytest.raises(NumberRangeError) as caught:
        parse_number(text)
    assert caught.value.key == "error.number_range"
    assert caught.value.params == {"text": text, "limit": MAX_ABS_NUMBER}


@pytest.mark.parametrize(("text", "unit", "expected"), [
    ("15 %", Unit.PERCENT, 15), ("300 €", Unit.CURRENCY, 300), ("15", Unit.PERCENT, 15),
    ("300", Unit.COUNT, 300), ("15 %", None, 15), ("300 €", None, 300),
])
def test_a_sign_that_fits_the_unit(text, unit, expected):
    assert parse_number(text, unit) == expected


@pytest.mark.parametrize(("text", "unit", "sign"), [
    ("12,5 %", Unit.COUNT, "%"), ("300 €", Unit.PERCENT, "€"), (" 4 % ", Unit.RATING, "%"),
])
def test_a_sign_that_does_not_fit_the_unit(text, unit, sign):
    with pytest.raises(NumberUnitError) as caught:
        parse_number(text, unit)
    assert caught.value.key == "error.number_unit"
    assert caught.value.params == {"text": text.strip(), "sign": sign, "unit": unit.value}


@pytest.mark.parametrize(("text", "expected"), [
    (None, None), ("", None), ("   ", None), ("4,5", 4.5), ("15 %", 15),
])
def test_optional_number(text, expected):
    assert parse_optional_number(text, Unit.PERCENT) == expected
