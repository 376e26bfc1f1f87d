import pytest
from hypothesis import given
from hypothesis import strategies as st

from smart_tui.domain.limits import VALUE_LIMIT
from smart_tui.domain.models import DomainError
from smart_tui.domain.numbers import NumberError, parse_number, parse_optional_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12,5", 12.5), ("12.5", 12.5), ("-3", -3.0), ("+4", 4.0), ("1 234", 1234.0),
        ("1\u202f234,5", 1234.5), ("1\u00a0234", 1234.0), ("1.234,5", 1234.5),
        ("1,234.5", 1234.5), ("15 %", 15.0), ("1 200 €", 1200.0), ("−2", -2.0), (" 7 ", 7.0),
    ],
)
def test_french_and_english_numbers(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    "text", ["", "abc", "1e2", "nan", "inf", "12,5,3.2.1", "--1", "1 2 3 4" * 20]
)
def test_refused(text):
    with pytest.raises(NumberError):
        parse_number(text)


def test_optional_empty_is_none():
    assert parse_optional_number("  ") is None
    assert parse_optional_number("3,5") == 3.5


@given(st.text(max_size=50))
def test_any_text_gives_a_number_or_a_clear_error(text):
    try:
        value = parse_number(text)
    except NumberError as err:  # not a number, or one read two ways ("1,620" without a language)
        assert err.key in ("error.number", "error.number_ambiguous")
    except DomainError as err:  # a number, but beyond the bound every door shares
        assert err.key == "error.number_range"
    else:
        assert value == value  # not NaN
        assert abs(value) <= VALUE_LIMIT
