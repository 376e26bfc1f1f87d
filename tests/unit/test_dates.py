from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smart_tui.domain.dates import DateError, parse_date, parse_iso
from smart_tui.domain.schedule import add_months
from smart_tui.i18n import Translator
from smart_tui.present import error_text

TODAY = date(2026, 11, 27)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-07-01", date(2026, 7, 1)),
        ("2026-03-04", date(2026, 3, 4)),  # ISO is never read day-first
        ("01/07/2026", date(2026, 7, 1)),
        ("1/7/26", date(2026, 7, 1)),
        ("01/07", date(2027, 7, 1)),  # no year: next occurrence for a deadline
        ("1.7.2026", date(2026, 7, 1)),
        ("31 décembre 2026", date(2026, 12, 31)),
        ("31 decembre 2026", date(2026, 12, 31)),
        ("1er juillet", date(2027, 7, 1)),
        ("31 December", date(2026, 12, 31)),
        ("December 31, 2026", date(2026, 12, 31)),
        ("3 déc. 2026", date(2026, 12, 3)),
        ("d'ici 3 mois", date(2027, 2, 27)),
        ("d’ici 3 mois", date(2027, 2, 27)),
        ("dans 6 semaines", date(2027, 1, 8)),
        ("in 3 months", date(2027, 2, 27)),
        ("6 weeks", date(2027, 1, 8)),
        ("sous 6 mois", date(2027, 5, 27)),
        ("d'ici un an", date(2027, 11, 27)),
        ("fin Q2", date(2027, 6, 30)),
        ("end of Q2", date(2027, 6, 30)),
        ("Q2 2027", date(2027, 6, 30)),
        ("fin T4", date(2026, 12, 31)),
        ("fin juin", date(2027, 6, 30)),
        ("end of June", date(2027, 6, 30)),
        ("fin février 2028", date(2028, 2, 29)),
        ("fin d'année", date(2026, 12, 31)),
        ("end of year", date(2026, 12, 31)),
        ("fin du mois", date(2026, 11, 30)),
        ("avant le 31 décembre", date(2026, 12, 31)),
        ("aujourd'hui", TODAY),
        ("Aujourd’hui", TODAY),
        ("hier", date(2026, 11, 26)),
        ("today", TODAY),
        ("yesterday", date(2026, 11, 26)),
        ("il y a 3 jours", date(2026, 11, 24)),
        ("2 weeks ago", date(2026, 11, 13)),
    ],
)
def test_accepted_forms(text, expected):
    assert parse_date(text, TODAY) == expected


def test_yearless_dates_prefer_the_past_for_checkpoints():
    assert parse_date("15/11", TODAY, prefer="past") == date(2026, 11, 15)
    assert parse_date("15/12", TODAY, prefer="past") == date(2025, 12, 15)
    assert parse_date("fin juin", TODAY, prefer="past") == date(2026, 6, 30)


@pytest.mark.parametrize("text", ["31/02/2026", "2026-02-30", "32/01", "29/02/2027", "0/5/2026"])
def test_impossible_dates(text):
    with pytest.raises(DateError) as err:
        parse_date(text, TODAY)
    assert err.value.key == "error.date_impossible"


@pytest.mark.parametrize(
    "text",
    ["", "   ", "bientôt", "next tuesday", "2026-07", "le mois prochain peut-être", "x" * 500],
)
def test_unknown_forms_list_the_accepted_ones(text):
    with pytest.raises(DateError) as err:
        parse_date(text, TODAY)
    message = error_text(Translator("fr"), err.value)
    assert "Formes acceptées" in message and "fin Q2" in message
    assert "Accepted forms" in error_text(Translator("en"), err.value)


def test_no_fuzzy_parsing_of_free_text():
    with pytest.raises(DateError):
        parse_date("on verra le 12 mars", TODAY)


def test_29_february_without_year_goes_to_the_next_leap_year():
    assert parse_date("29/02", TODAY) == date(2028, 2, 29)


def test_parse_iso_is_strict():
    assert parse_iso("2026-07-01") == date(2026, 7, 1)
    for bad in ("01/07/2026", "2026-7-1", None, 20260701):
        with pytest.raises(DateError):
            parse_iso(bad)


def test_31_january_plus_one_month_is_end_of_february():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)


@given(st.text(max_size=80))
def test_any_text_gives_a_date_or_a_clear_error(text):
    try:
        result = parse_date(text, TODAY)
    except DateError as err:
        assert err.key in ("error.date", "error.date_impossible")
    else:
        assert isinstance(result, date)
