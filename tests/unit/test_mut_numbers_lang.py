"""A single mark before exactly three digits (« 1,620 », « 1.620 ») is read the way a reader
of the UI's language reads it, and refused with both readings when that reader could read it
two ways. Every boundary is pinned with exact values on both sides."""

import re

import pytest

from smart_tui.domain.models import Unit
from smart_tui.domain.numbers import (
    NumberAmbiguousError,
    NumberError,
    parse_number,
    parse_optional_number,
)
from smart_tui.i18n import Translator
from smart_tui.present import error_text


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # English: the comma groups thousands, the dot is the decimal mark
    ("1,620", "en", 1620), ("2,000", "en", 2000), ("999,999", "en", 999999),
    ("12,620", "en", 12620), ("1,234,567.5", "en", 1234567.5), ("-1,620", "en", -1620),
    ("1,620 %", "en", 1620), ("\u22121,620 €", "en", -1620), ("+1,620", "en", 1620),
    ("1.620", "en", 1.62), ("0.620", "en", 0.62), ("1234.567", "en", 1234.567),
    ("1 234.567", "en", 1234.567), ("1\u202f234.567", "en", 1234.567),
    # a comma before fewer or more than three digits cannot group: the decimal mark
    ("1,5", "en", 1.5), ("1,62", "en", 1.62), ("1,6200", "en", 1.62), ("1234,56", "en", 1234.56),
    # French: the comma is the decimal mark, spaces (and dots, with two marks) group thousands
    ("1,620", "fr", 1.62), ("2,000", "fr", 2), ("0,620", "fr", 0.62), ("1234,567", "fr", 1234.567),
    ("1 234,567", "fr", 1234.567), ("1\u00a0234,567", "fr", 1234.567), ("-1,620 %", "fr", -1.62),
    ("1 620", "fr", 1620), ("1.234.567", "fr", 1234567), ("1.234,5", "fr", 1234.5),
    ("12.5", "fr", 12.5), ("1.62", "fr", 1.62), ("1.6200", "fr", 1.62), ("1,234.5", "fr", 1234.5),
    # the same forms in both languages
    ("1 620", "en", 1620), ("1.234.567", "en", 1234567), ("1.234,5", "en", 1234.5),
    ("1,234,567", "fr", 1234567), ("1620", "fr", 1620), ("1620", "en", 1620),
])
def test_a_mark_before_three_digits_is_read_as_the_language_reads_it(text, lang, expected):
    assert parse_number(text, lang=lang) == expected


@pytest.mark.parametrize(("text", "lang", "thousands", "decimal"), [
    # French: a dot groups thousands as well as marks decimals
    ("1.620", "fr", 1620, 1.62), ("0.620", "fr", 620, 0.62), ("1234.567", "fr", 1234567, 1234.567),
    ("1 234.567", "fr", 1234567, 1234.567), ("-2.000 €", "fr", -2000, -2),
    # English: a comma before three digits that cannot be a thousands group
    ("0,620", "en", 620, 0.62), ("1234,567", "en", 1234567, 1234.567),
    ("1 234,567", "en", 1234567, 1234.567), ("-0,500", "en", -500, -0.5),
    # no language: both marks
    ("1,620", None, 1620, 1.62), ("1.620", None, 1620, 1.62), ("2,000 %", None, 2000, 2),
])
def test_what_a_reader_could_read_two_ways_is_refused_with_both_readings(
        text, lang, thousands, decimal):
    with pytest.raises(NumberAmbiguousError) as caught:
        parse_number(text, lang=lang)
    assert caught.value.key == "error.number_ambiguous"
    assert caught.value.params == {"text": text, "thousands": thousands, "decimal": decimal}
    assert isinstance(caught.value, NumberError)  # every door already shows a NumberError


@pytest.mark.parametrize("lang", ["fr", "en", None])
@pytest.mark.parametrize("text", ["1,62,0", "1 62,000", "1,620,5", "12,5,000", "1.620.5"])
def test_malformed_groups_stay_plain_refusals(text, lang):
    with pytest.raises(NumberError) as caught:
        parse_number(text, lang=lang)
    assert caught.value.key == "error.number"


def test_a_unit_sign_is_checked_before_the_reading():
    assert parse_number("1,620 %", Unit.PERCENT, "en") == 1620
    assert parse_optional_number("1,620", Unit.COUNT, "en") == 1620
    assert parse_optional_number("1,620", Unit.COUNT, "fr") == 1.62
    assert parse_optional_number(" ", Unit.COUNT, "fr") is None


def test_the_refusal_names_both_readings_in_each_language():
    with pytest.raises(NumberAmbiguousError) as caught:
        parse_number("1.620", lang="fr")
    assert error_text(Translator("fr"), caught.value) == (
        "«\u00a0" "1.620\u00a0» se lit de deux façons\u00a0: 1\u202f620 ou 1,62\u202f; "
        "tapez celle que vous voulez dire.")
    with pytest.raises(NumberAmbiguousError) as caught:
        parse_number("1234,567", lang="en")
    assert error_text(Translator("en"), caught.value) == (
        "“1234,567” can be read two ways: 1,234,567 or 1,234.567; type the one you mean.")


@pytest.mark.parametrize(("key", "values"), [
    ("placeholder.baseline", [1500]), ("placeholder.target", [2000]),
    ("placeholder.decision_target", [2800]), ("placeholder.checkpoint_value", [2150, 12.5]),
])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_placeholder_example_reads_as_its_language_shows_it(key, values, lang):
    """« E.g. 2,000 » in English is two thousand, typed exactly as shown."""
    text = Translator(lang)(key)
    examples = text.split(":", 1)[1] if lang == "fr" else text.removeprefix("E.g.")
    typed = [part.strip() for part in re.split(r"\s(?:ou|or)\s", examples)]
    assert [parse_number(example, lang=lang) for example in typed] == values


@pytest.mark.parametrize("value", [1620, 2000, 1234567.5, 1.62, 0.5, -1620, 12.625, 999999.999])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_number_as_the_app_shows_it_reads_back_as_itself(value, lang):
    shown = Translator(lang).number(value, decimals=3)
    assert parse_number(shown, lang=lang) == value
