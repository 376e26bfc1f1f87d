"""A retitled figure is written with the statement language's thousands separator when the
figure it replaces showed no choice (fewer than four digits: « 500 » → « 2 500 »), the
writer's own when it did (« 1500 », « 1 500 »), and always so that a reader of that language
reads it back as the value (never "2.500" in English nor « 2,500 » in French). Exact values,
both sides of each rule, French and English."""

import pytest

from smart_tui.domain.numbers import parse_number
from smart_tui.domain.retitle import retitled

NB, NNB = "\u00a0", "\u202f"


@pytest.mark.parametrize(("lang", "statement", "old", "new", "baseline", "expected"), [
    # the issue: a gain below 1 000 grows past it (target 2 000 → 2 500, baseline 1 500)
    ("en", "Gain 500 followers", 2000, 2500, 1500, "Gain 1,000 followers"),
    ("fr", "Gagner 500 abonnés", 2000, 2500, 1500, f"Gagner 1{NNB}000 abonnés"),
    # the target itself, three digits then four: the language's separator
    ("en", "Reach 999 visits", 999, 1000, None, "Reach 1,000 visits"),
    ("fr", "Atteindre 999 visites", 999, 1000, None, f"Atteindre 1{NNB}000 visites"),
    ("en", "Reach 999 visits", 999, 1234567.25, None, "Reach 1,234,567.25 visits"),
    ("fr", "Atteindre 999 visites", 999, 1234567.25, None,
     f"Atteindre 1{NNB}234{NNB}567,25 visites"),
    # still below 1 000: nothing to group
    ("en", "Reach 500 visits", 500, 999, None, "Reach 999 visits"),
    ("fr", "Atteindre 500 visites", 500, 999, None, "Atteindre 999 visites"),
    # a figure with a fraction, fewer than four digits before it
    ("en", "Reach 12.5 visits", 12.5, 1234.5, None, "Reach 1,234.5 visits"),
    ("fr", "Atteindre 12,5 visites", 12.5, 1234.5, None, f"Atteindre 1{NNB}234,5 visites"),
    # the writer's other mark, kept where the language reads it back
    ("en", "Reach 12,5 visits", 12.5, 1234.5, None, "Reach 1,234.5 visits"),
    ("fr", "Atteindre 12.5 visites", 12.5, 1234.5, None, f"Atteindre 1{NNB}234.5 visites"),
    ("en", "Reach 12,5 visits", 12.5, 13.5, None, "Reach 13,5 visits"),
    ("fr", "Atteindre 12.5 visites", 12.5, 13.5, None, "Atteindre 13.5 visites"),
    # four digits or more: exactly the writer's choice, with or without a separator
    ("en", "Gain 1500 followers", 2500, 3500, 1000, "Gain 2500 followers"),
    ("fr", "Gagner 1500 abonnés", 2500, 3500, 1000, "Gagner 2500 abonnés"),
    ("en", "Gain 1 500 followers", 2500, 3500, 1000, "Gain 2 500 followers"),
    ("fr", f"Gagner 1{NB}500 abonnés", 2500, 3500, 1000, f"Gagner 2{NB}500 abonnés"),
    ("en", "Gain 1,500 followers", 2500, 3500, 1000, "Gain 2,500 followers"),
    ("fr", "Atteindre 1.500,5 visites", 1500.5, 2500.5, None, "Atteindre 2.500,5 visites"),
    ("en", "Reach 1.500,5 visits", 1500.5, 2500.5, None, "Reach 2.500,5 visits"),
    ("en", "Reach 1.234.567 visits", 1234567, 2345678, None, "Reach 2.345.678 visits"),
    # …unless the language would read it otherwise: its own style then
    ("en", "Gain 1.500 followers", 2500, 3500, 1000, "Gain 2,500 followers"),
    ("fr", "Gagner 1,500 abonnés", 2500, 3500, 1000, f"Gagner 2{NNB}500 abonnés"),
    ("fr", "Gagner 1.500 abonnés", 2500, 3500, 1000, f"Gagner 2{NNB}500 abonnés"),
    ("fr", "Atteindre 12.5 visites", 12.5, 1234.125, None, f"Atteindre 1{NNB}234,125 visites"),
    ("en", "Reach 12,5 visits", 12.5, 1.125, None, "Reach 1.125 visits"),
    # read back in the language, to a millionth: a space group with three decimals is
    # the writer's (no language could read it alone), a seventh decimal changes nothing
    ("en", "Reach 1 500.5 visits", 1500.5, 2500.125, None, "Reach 2 500.125 visits"),
    ("fr", "Atteindre 1 500,5 visites", 1500.5, 2500.125, None, "Atteindre 2 500,125 visites"),
    ("en", "Reach 12,5 visits", 12.5, 13.5000001, None, "Reach 13,5 visits"),
    ("fr", "Atteindre 12.5 visites", 12.5, 13.5000001, None, "Atteindre 13.5 visites"),
    # a change in %, and a fall with the typographic minus
    ("fr", "Croître de 30 %", 2600, 14000, 2000, "Croître de 600 %"),
    ("en", "Grow by 30%", 2600, 24000, 2000, "Grow by 1,100%"),
    ("fr", "Croître de 30 %", 2600, 24000, 2000, f"Croître de 1{NNB}100 %"),
    ("fr", "Passer à −500", -500, -2500, None, f"Passer à −2{NNB}500"),
    ("en", "Reach -500", -500, -2500, None, "Reach -2,500"),
])
def test_a_figure_is_grouped_as_its_language_reads_it(lang, statement, old, new, baseline,
                                                      expected):
    assert retitled(statement, old, new, baseline=baseline, lang=lang) == expected


@pytest.mark.parametrize(("lang", "statement", "expected"), [
    ("en", "Reach 500 visits", "Reach 1,000 visits"),
    ("fr", "Atteindre 500 visites", f"Atteindre 1{NNB}000 visites"),
])
def test_the_written_figure_reads_back_as_the_new_target(lang, statement, expected):
    after = retitled(statement, 500, 1000, lang=lang)
    assert after == expected
    assert parse_number(after.split(" ")[1], lang=lang) == 1000


@pytest.mark.parametrize(("lang", "decimal", "expected"), [
    # the decimal mark when the statement shows none: the language's, unless given
    ("fr", None, "Croître de 30,5 %"),
    ("en", None, "Croître de 30.5 %"),
    (None, None, "Croître de 30.5 %"),
    ("fr", ".", "Croître de 30.5 %"),
])
def test_the_decimal_mark_follows_the_language(lang, decimal, expected):
    assert retitled("Croître de 30 %", 2600, 2610, baseline=2000, lang=lang,
                    decimal=decimal) == expected


def test_without_a_language_the_figure_keeps_its_style():
    """The domain's callers that name no language (the CLI's tables) keep the old rule."""
    assert retitled("Gain 500 followers", 2000, 2500, baseline=1500) == "Gain 1000 followers"
    assert retitled("Gain 1.500 followers", 2500, 3500, baseline=1000) == "Gain 2.500 followers"
