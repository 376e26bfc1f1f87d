"""Dates typed by people, pinned at every edge: today, month and year ends, 29 February,
the length limit, and the error's key and parameters a message is rendered from."""

from datetime import date

import pytest

from smart_tui.domain.dates import (
    DateError,
    DateRangeError,
    check_date_range,
    parse_date,
    parse_iso,
)
from smart_tui.domain.limits import MAX_DATE, MIN_DATE

TODAY = date(2026, 11, 27)  # 2026 and 2027 are common years, 2024 and 2028 leap years


@pytest.mark.parametrize(("text", "today", "future", "past"), [
    # the day itself, the day before and the day after, without a year
    ("27/11", TODAY, date(2026, 11, 27), date(2026, 11, 27)),
    ("26/11", TODAY, date(2027, 11, 26), date(2026, 11, 26)),
    ("28/11", TODAY, date(2026, 11, 28), date(2025, 11, 28)),
    ("27 novembre", TODAY, date(2026, 11, 27), date(2026, 11, 27)),
    ("November 27", TODAY, date(2026, 11, 27), date(2026, 11, 27)),
    ("November 26", TODAY, date(2027, 11, 26), date(2026, 11, 26)),
    ("28 Nov", TODAY, date(2026, 11, 28), date(2025, 11, 28)),
    # across the year's end
    ("31/12", date(2026, 12, 31), date(2026, 12, 31), date(2026, 12, 31)),
    ("31/12", date(2027, 1, 1), date(2027, 12, 31), date(2026, 12, 31)),
    ("31 décembre", date(2027, 1, 1), date(2027, 12, 31), date(2026, 12, 31)),
    ("December 31", date(2027, 1, 1), date(2027, 12, 31), date(2026, 12, 31)),
    ("1/1", date(2026, 12, 31), date(2027, 1, 1), date(2026, 1, 1)),
    ("1er janvier", date(2026, 12, 31), date(2027, 1, 1), date(2026, 1, 1)),
    ("January 1st", date(2027, 1, 1), date(2027, 1, 1), date(2027, 1, 1)),
    # 29 February: the nearest one on the preferred side
    ("29/02", TODAY, date(2028, 2, 29), date(2024, 2, 29)),
    ("29/02", date(2027, 6, 1), date(2028, 2, 29), date(2024, 2, 29)),
    ("29/02", date(2028, 2, 28), date(2028, 2, 29), date(2024, 2, 29)),
    ("29/02", date(2028, 2, 29), date(2028, 2, 29), date(2028, 2, 29)),
    ("29/02", date(2028, 3, 1), date(2032, 2, 29), date(2028, 2, 29)),
    ("29/02", date(2029, 1, 1), date(2032, 2, 29), date(2028, 2, 29)),
    ("29 février", date(2028, 3, 1), date(2032, 2, 29), date(2028, 2, 29)),
    ("February 29", date(2027, 6, 1), date(2028, 2, 29), date(2024, 2, 29)),
    # month ends without a year
    ("fin novembre", TODAY, date(2026, 11, 30), date(2025, 11, 30)),
    ("fin novembre", date(2026, 11, 30), date(2026, 11, 30), date(2026, 11, 30)),
    ("fin novembre", date(2026, 12, 1), date(2027, 11, 30), date(2026, 11, 30)),
    ("end of February", TODAY, date(2027, 2, 28), date(2026, 2, 28)),
    ("fin février", date(2027, 12, 1), date(2028, 2, 29), date(2027, 2, 28)),
    ("fin Q4", date(2026, 12, 31), date(2026, 12, 31), date(2026, 12, 31)),
    ("fin Q4", date(2027, 1, 1), date(2027, 12, 31), date(2026, 12, 31)),
    ("end of Q1", TODAY, date(2027, 3, 31), date(2026, 3, 31)),
])
def test_a_date_without_a_year_on_each_side_of_today(text, today, future, past):
    assert parse_date(text, today) == future
    assert parse_date(text, today, prefer="future") == future
    assert parse_date(text, today, prefer="past") == past


@pytest.mark.parametrize(("text", "today", "expected"), [
    ("31/12/2026", TODAY, date(2026, 12, 31)),
    ("31/12/26", TODAY, date(2026, 12, 31)),
    ("29/02/2028", TODAY, date(2028, 2, 29)),
    ("29 février 2028", TODAY, date(2028, 2, 29)),
    ("February 29, 2028", TODAY, date(2028, 2, 29)),
    ("1/1/2025", TODAY, date(2025, 1, 1)),  # a year in the past is kept as typed
    ("fin 2027", TODAY, date(2027, 12, 31)),
    ("fin d'année 2027", TODAY, date(2027, 12, 31)),
    ("end of year 2027", TODAY, date(2027, 12, 31)),
    ("fin d'année", TODAY, date(2026, 12, 31)),
    ("end of the year", date(2027, 1, 1), date(2027, 12, 31)),
    ("fin du mois", date(2028, 2, 10), date(2028, 2, 29)),
    ("fin du mois", date(2027, 2, 10), date(2027, 2, 28)),
    ("fin février 2028", TODAY, date(2028, 2, 29)),
    ("Q1 2028", TODAY, date(2028, 3, 31)),
    # relative forms, also across month ends
    ("il y a 3 jours", TODAY, date(2026, 11, 24)),
    ("3 days ago", TODAY, date(2026, 11, 24)),
    ("il y a un mois", TODAY, date(2026, 10, 27)),
    ("a week ago", TODAY, date(2026, 11, 20)),
    ("dans 1 mois", date(2026, 1, 31), date(2026, 2, 28)),
    ("in 1 month", date(2028, 1, 31), date(2028, 2, 29)),
    ("d'ici 1 an", date(2028, 2, 29), date(2029, 2, 28)),
    ("+10 jours", date(2026, 12, 25), date(2027, 1, 4)),
    # words, also after a prefix
    ("aujourd'hui", TODAY, TODAY),
    ("Demain", TODAY, date(2026, 11, 28)),
    ("hier", date(2027, 1, 1), date(2026, 12, 31)),
    ("d'ici demain", TODAY, date(2026, 11, 28)),
    ("by tomorrow", date(2026, 12, 31), date(2027, 1, 1)),
    ("until yesterday", TODAY, date(2026, 11, 26)),
    # what people add around a date: a final dot, runs of spaces or tabs, a backquote
    ("demain.", TODAY, date(2026, 11, 28)),
    ("31/12/2026.", TODAY, date(2026, 12, 31)),
    ("avant  le 31 décembre 2026", TODAY, date(2026, 12, 31)),
    ("il  y  a  3 jours", TODAY, date(2026, 11, 24)),
    ("il\ty\ta 3 jours", TODAY, date(2026, 11, 24)),
    ("d`ici 3 mois", TODAY, date(2027, 2, 27)),
])
def test_forms_with_a_year_and_relative_forms(text, today, expected):
    assert parse_date(text, today) == expected


@pytest.mark.parametrize("text", [
    "30/02", "31/04", "32/12", "0/5", "5/0", "1/13", "00/00", "99/99",
    "30 février", "31 avril", "February 30", "April 31", "29 février 2027",
    "February 29, 2027", "29/02/2027", "31 avril 2027", "April 31, 2027", "2026-13-01",
    "2026-02-29",
])
def test_impossible_dates_name_the_text(text):
    with pytest.raises(DateError) as caught:
        parse_date(text, TODAY)
    assert caught.value.key == "error.date_impossible"
    assert caught.value.params == {"text": text}


@pytest.mark.parametrize("text", [
    "01/01/1899", "31 décembre 1899", "December 31, 1899", "January 1, 2101",
    "1er janvier 2101", "dans 200 ans", "il y a 130 ans", "d'ici 9999 ans", "in 9999 years",
])
def test_dates_outside_the_plan_years_name_the_text_and_the_bounds(text):
    with pytest.raises(DateRangeError) as caught:
        parse_date(text, TODAY)
    assert caught.value.key == "error.date_range"
    assert caught.value.params == {"text": text, "first": MIN_DATE, "last": MAX_DATE}


@pytest.mark.parametrize(("text", "shown"), [
    ("", ""),
    ("   ", "   "),
    (None, "None"),
    (20261231, "20261231"),
    (".demain", ".demain"),
    ("demain soir", "demain soir"),
    ("  lundi  ", "lundi"),
    ("x" * 61, "x" * 60),
    (" " * 51 + "31/12/2026", " " * 51 + "31/12/202"),
])
def test_refused_text_is_named_in_the_error(text, shown):
    with pytest.raises(DateError) as caught:
        parse_date(text, TODAY)
    assert caught.value.key == "error.date"
    assert caught.value.params == {"text": shown}


def test_the_length_limit_is_sixty_characters():
    assert parse_date(" " * 50 + "31/12/2026", TODAY) == date(2026, 12, 31)


@pytest.mark.parametrize(("text", "expected"), [
    ("1900-01-01", MIN_DATE),
    ("2100-12-31", MAX_DATE),
    ("2028-02-29", date(2028, 2, 29)),
])
def test_parse_iso_reads_the_bounds(text, expected):
    assert parse_iso(text) == expected


@pytest.mark.parametrize(("text", "key", "params"), [
    ("2026-7-1", "error.date", {"text": "2026-7-1"}),
    ("27/11/2026", "error.date", {"text": "27/11/2026"}),
    (None, "error.date", {"text": "None"}),
    (20261127, "error.date", {"text": "20261127"}),
    ("2026-02-30", "error.date_impossible", {"text": "2026-02-30"}),
    ("2027-02-29", "error.date_impossible", {"text": "2027-02-29"}),
    ("1899-12-31", "error.date_range", {"text": "1899-12-31", "first": MIN_DATE,
                                        "last": MAX_DATE}),
    ("2101-01-01", "error.date_range", {"text": "2101-01-01", "first": MIN_DATE,
                                        "last": MAX_DATE}),
])
def test_parse_iso_errors(text, key, params):
    with pytest.raises(DateError) as caught:
        parse_iso(text)
    assert caught.value.key == key
    assert caught.value.params == params


@pytest.mark.parametrize(("day", "inside"), [
    (date(1899, 12, 31), False),
    (MIN_DATE, True),
    (MAX_DATE, True),
    (date(2101, 1, 1), False),
])
def test_check_date_range(day, inside):
    if inside:
        assert check_date_range(day, "typed") == day
    else:
        with pytest.raises(DateRangeError) as caught:
            check_date_range(day, "typed")
        assert caught.value.params == {"text": "typed", "first": MIN_DATE, "last": MAX_DATE}


@pytest.mark.parametrize(("text", "expected"), [
    ("avant le 31/12/2026", date(2026, 12, 31)),
    ("le 15/01", date(2027, 1, 15)),  # a deadline: the next 15 January
    ("d'ici le 2027-03-31", date(2027, 3, 31)),
    ("by 31/12/2026", date(2026, 12, 31)),
    ("before 2027-01-31", date(2027, 1, 31)),
    ("d'ici demain", date(2026, 11, 28)),
    ("avant le 31 décembre 2026", date(2026, 12, 31)),
])
def test_a_numeric_date_after_a_prefix_is_read_like_a_written_one(text, expected):
    assert parse_date(text, TODAY) == expected
