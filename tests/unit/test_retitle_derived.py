"""Every figure of a statement derived from the target (the target, the gain, the change in
%) and the deadline follow a change, each written as the user wrote it (QA walk-through,
item 1). Exact values, both sides of each rule."""

from datetime import date

import pytest

from smart_tui.domain.retitle import retitled
from smart_tui.domain.statement_dates import dates_in, overlaps

NB, NNB = "\u00a0", "\u202f"
INSTAGRAM = f"Abonnés Instagram : de 320 à 800 (+150{NB}%) d'ici le 30 juin 2027"


@pytest.mark.parametrize(("statement", "old", "new", "baseline", "decimal", "expected"), [
    # the app's own sentence: target and change in %, rounded to one decimal as format_change
    (INSTAGRAM, 800, 700, 320, ",",
     f"Abonnés Instagram : de 320 à 700 (+118,8{NB}%) d'ici le 30 juin 2027"),
    (f"Sessions : de 2{NNB}000 à 2{NNB}600 (+30{NB}%)", 2600, 2700, 2000, ",",
     f"Sessions : de 2{NNB}000 à 2{NNB}700 (+35{NB}%)"),
    ("Sessions: from 2,000 to 2,600 (+30%)", 2600, 2610, 2000, ".",
     "Sessions: from 2,000 to 2,610 (+30.5%)"),
    # the gain alone, unsigned, and the change in % alone (the templates' statements)
    ("Gain 500 followers on the shop's Instagram account", 2000, 2200, 1500, ".",
     "Gain 700 followers on the shop's Instagram account"),
    ("Grow visits from organic search by 30%", 2600, 2800, 2000, ".",
     "Grow visits from organic search by 40%"),
    ("Augmenter de 30 % les visites", 2600, 2800, 2000, ",", "Augmenter de 40 % les visites"),
    ("Gagner +500 abonnés", 2000, 2200, 1500, ",", "Gagner +700 abonnés"),
    # a change in % quoted rounded: to the unit, or to two decimals
    ("Passer de 320 à 800 (+150 %)", 800, 700, 320, ",", "Passer de 320 à 700 (+118,8 %)"),
    ("Croître de 119 %", 700, 800, 320, ",", "Croître de 150 %"),
    ("Croître de 118,75 %", 700, 800, 320, ",", "Croître de 150 %"),
    ("Croître de 118,8 %", 700, 800, 320, ",", "Croître de 150 %"),
    # the decimal mark: the figure's own, else the statement's, else the app's language
    ("Croître de 30 % (note 4.5)", 2600, 2610, 2000, ",", "Croître de 30.5 % (note 4.5)"),
    ("Croître de 30 %", 2600, 2610, 2000, ",", "Croître de 30,5 %"),
    ("Croître de 30 %", 2600, 2610, 2000, ".", "Croître de 30.5 %"),
    # a fall: the size unsigned, or signed with the writer's minus
    ("Réduire les retours de 20 %", 80, 70, 100, ",", "Réduire les retours de 30 %"),
    ("Retours : de 100 à 80 (\u221220 %)", 80, 70, 100, ",",
     "Retours : de 100 à 70 (\u221230 %)"),
    ("Retours : de 100 à 80 (-20 %)", 80, 70, 100, ",", "Retours : de 100 à 70 (-30 %)"),
    ("Retours : -20 retours", 80, 70, 100, ",", "Retours : -30 retours"),
    # a signed change whose sign flips is written with the minus sign
    ("Passer à 90 (+12,5 %)", 90, 70, 80, ",", "Passer à 70 (\u221212,5 %)"),
    ("Passer à 70 (-12,5 %)", 70, 90, 80, ",", "Passer à 90 (+12,5 %)"),
    # the baseline equal to the gain or the change stays the baseline
    ("de 100 à 200 (+100 %)", 200, 300, 100, ",", "de 100 à 300 (+200 %)"),
    ("de 100 à 200, soit +100", 200, 300, 100, ",", "de 100 à 300, soit +200"),
    ("de 50 % à 75 % (+50 %)", 75, 80, 50, ",", "de 50 % à 80 % (+60 %)"),
    # a signed figure is never the target
    ("de 50 à 100 (+100 %)", 100, 150, 50, ",", "de 50 à 150 (+200 %)"),
    # from zero: no change in %, the gain is the target
    ("de 0 à 500 (+500)", 500, 600, 0, ",", "de 0 à 600 (+600)"),
    ("de 0 à 500 (+30 %)", 500, 600, 0, ",", "de 0 à 600 (+30 %)"),
    # a group of a bigger number is not the figure
    ("de 1 500 à 2 000, soit 500 de plus", 2000, 2200, 1500, ",",
     "de 1 500 à 2 200, soit 700 de plus"),
    ("Atteindre 1 500 commandes", 500, 600, 100, ",", None),
    # a figure quoted twice is updated twice; a number in a date is left alone
    ("30 clients, oui 30, d'ici le 30 juin", 30, 40, 10, ",",
     "40 clients, oui 40, d'ici le 30 juin"),
    ("Gagner 20 clients avant le 20/06/2027", 30, 40, 10, ",",
     "Gagner 30 clients avant le 20/06/2027"),
])
def test_every_figure_derived_from_the_target_follows(statement, old, new, baseline, decimal,
                                                      expected):
    assert retitled(statement, old, new, baseline=baseline, decimal=decimal) == expected


@pytest.mark.parametrize(("statement", "old", "new", "baseline"), [
    ("Gagner 499 abonnés", 2000, 2200, 1500),      # not the gain
    ("Croître de 31 %", 2600, 2800, 2000),         # not the change in %
    ("Croître de 30,1 %", 2600, 2800, 2000),
    ("Gagner 500 % d'abonnés", 2000, 2200, 1500),  # a gain is never a percentage
    ("Croître de 30 visites", 2600, 2800, 2000),   # a change in % always is
    ("Croître de -30 %", 2600, 2800, 2000),        # a rise is not quoted as a fall
    ("Réduire de +20 %", 80, 70, 100),             # nor a fall as a rise
    ("Passer de 1 500 abonnés à plus", 2000, 2200, 1500),  # the baseline alone
    ("Gain 500 followers", 2000, 2000, 1500),      # nothing changed
    ("Gain 500 followers", 2000, 2200, None),      # no baseline: no gain to follow
    ("Croître de 150 % (+118,8 % ?)", 700, 700.01, 320),  # rounds to the same text
])
def test_figures_not_derived_from_the_target_are_left_alone(statement, old, new, baseline):
    assert retitled(statement, old, new, baseline=baseline, decimal=",") is None


OLD = date(2027, 6, 30)


@pytest.mark.parametrize(("statement", "new", "expected"), [
    (INSTAGRAM, date(2027, 12, 31),
     f"Abonnés Instagram : de 320 à 800 (+150{NB}%) d'ici le 31 décembre 2027"),
    ("d'ici le 30 juin", date(2027, 7, 1), "d'ici le 1er juillet"),
    ("d'ici le 30 juin", date(2028, 7, 2), "d'ici le 2 juillet 2028"),
    ("d'ici le 30 Juin 2027.", date(2027, 9, 1), "d'ici le 1er Septembre 2027."),
    ("d'ici le 30 JUIN 2027", date(2027, 8, 15), "d'ici le 15 AOÛT 2027"),
    ("d'ici le 30 juin.", date(2027, 1, 9), "d'ici le 9 janvier."),
    ("d'ici le 30 juin 2027", date(2028, 1, 9), "d'ici le 9 janvier 2028"),
    ("by June 30, 2027", date(2027, 9, 1), "by September 1, 2027"),
    ("by June 30th", date(2027, 9, 22), "by September 22nd"),
    ("by June 30th", date(2027, 9, 11), "by September 11th"),
    ("by 30 June 2027", date(2027, 7, 3), "by 3 July 2027"),
    ("by 30 Jun 2027", date(2027, 7, 3), "by 3 Jul 2027"),
    ("avant le 30/06/2027", date(2027, 9, 1), "avant le 01/09/2027"),
    ("avant le 30/6/27", date(2028, 9, 1), "avant le 1/9/28"),
    ("avant le 30.06.2027", date(2027, 10, 12), "avant le 12.10.2027"),
    ("avant le 30/06", date(2027, 9, 1), "avant le 01/09"),
    ("avant le 30/06", date(2028, 9, 1), "avant le 01/09/2028"),
    ("avant le 2027-06-30", date(2027, 9, 1), "avant le 2027-09-01"),
    ("fin juin 2027", date(2027, 9, 30), "fin septembre 2027"),
    ("en juin 2027", date(2027, 9, 15), "en septembre 2027"),
])
def test_a_moved_deadline_is_written_in_the_dates_own_style(statement, new, expected):
    assert retitled(statement, None, None, old_deadline=OLD, new_deadline=new) == expected


@pytest.mark.parametrize("statement", [
    "d'ici le 29 juin 2027", "d'ici le 30 juin 2026", "d'ici le 30 mai", "avant le 30/07/2027",
    "fin juin 2027 si possible, le 30 mai",
    "Note de 4.5 le 3-4",
])
def test_a_date_that_is_not_the_old_deadline_is_left_alone(statement):
    assert retitled(statement, None, None, old_deadline=OLD,
                    new_deadline=date(2027, 9, 15)) is None


def test_an_abbreviated_month_stays_abbreviated():
    assert retitled("avant le 30 juil. 2027", None, None, old_deadline=date(2027, 7, 30),
                    new_deadline=date(2027, 1, 3)) == "avant le 3 janv. 2027"
    assert retitled("avant le 30 juil. 2027", None, None, old_deadline=date(2027, 7, 30),
                    new_deadline=date(2027, 6, 3)) == "avant le 3 juin 2027"


def test_end_of_month_follows_only_an_end_of_month():
    assert retitled("fin juin 2027", None, None, old_deadline=OLD,
                    new_deadline=date(2027, 9, 15)) is None
    assert retitled("fin juin 2027", None, None, old_deadline=date(2027, 6, 15),
                    new_deadline=date(2027, 9, 30)) is None  # « fin juin » is not the 15th


def test_target_and_deadline_together():
    assert retitled(INSTAGRAM, 800, 700, baseline=320, old_deadline=OLD,
                    new_deadline=date(2027, 12, 31), decimal=",") == (
        f"Abonnés Instagram : de 320 à 700 (+118,8{NB}%) d'ici le 31 décembre 2027")


@pytest.mark.parametrize(("statement", "found"), [
    ("le 30 juin 2027 et le 1er juillet", ["30 juin 2027", "1er juillet"]),
    ("June 30, 2027 or 2027-07-01", ["June 30, 2027", "2027-07-01"]),
    ("30/06, 4.5 et 3-4 puis 1.7.2027", ["30/06", "1.7.2027"]),
    ("mars 2027 ou le 31/13/2027", ["mars 2027"]),  # no 13th month
    ("le 32 mai", []),
])
def test_dates_found_in_a_statement(statement, found):
    assert [statement[w.start:w.end] for w in dates_in(statement)] == found


@pytest.mark.parametrize(("statement", "old", "new", "baseline", "decimal", "expected"), [
    # the figure's own decimal mark wins over the statement's first one
    ("Note de 4.5 puis 2,5 visées", 2.5, 3.5, 0.5, ".", "Note de 4.5 puis 3,5 visées"),
    ("Note de 4,5 puis 2.5 visées", 2.5, 3.5, 0.5, ",", "Note de 4,5 puis 3.5 visées"),
    # a fraction after a thousands mark takes the other mark
    ("Atteindre 1.500 visites", 1500, 1500.5, None, ".", "Atteindre 1.500,5 visites"),
    ("Reach 1,500 visits", 1500, 1500.5, None, ",", "Reach 1,500.5 visits"),
    # a change below one, and a change of zero, keep the plus sign
    ("Note : +0,2 point", 4.7, 4.8, 4.5, ",", "Note : +0,3 point"),
    ("Passer à 12 (+2)", 12, 10, 10, ",", "Passer à 10 (+0)"),
    ("Passer à 10 (+0)", 10, 12, 10, ",", "Passer à 12 (+2)"),
    ("Passer à 10 (-0)", 10, 12, 10, ",", "Passer à 12 (+2)"),
    # a change in % quoted with two decimals
    ("Croître de 33,33 %", 4, 5, 3, ",", "Croître de 66,7 %"),
    # a sign that does not fit is skipped, the next figure is still found
    ("Pas -30 %, mais +30 %", 2600, 2800, 2000, ",", "Pas -30 %, mais +40 %"),
    ("Pas +20 %, mais -20 %", 80, 70, 100, ",", "Pas +20 %, mais -30 %"),
    ("Note : -0,2 point, soit +0,2", 4.7, 4.8, 4.5, ",", "Note : -0,2 point, soit +0,3"),
])
def test_the_writers_marks_and_signs(statement, old, new, baseline, decimal, expected):
    assert retitled(statement, old, new, baseline=baseline, decimal=decimal) == expected


@pytest.mark.parametrize(("old_deadline", "new_deadline"), [
    (None, date(2027, 9, 1)), (OLD, None), (OLD, OLD),
])
def test_no_date_is_rewritten_without_both_deadlines_apart(old_deadline, new_deadline):
    assert retitled("Passer à 5 d'ici le 30 juin 2027", 5, 5, old_deadline=old_deadline,
                    new_deadline=new_deadline) is None


@pytest.mark.parametrize(("statement", "old", "new", "expected"), [
    ("d'ici le 05 juin 2027", date(2027, 6, 5), date(2027, 7, 9), "d'ici le 09 juillet 2027"),
    ("d'ici le 5 juin 2027", date(2027, 6, 5), date(2027, 7, 9), "d'ici le 9 juillet 2027"),
    ("d'ici le 05 juin", date(2027, 6, 5), date(2027, 7, 1), "d'ici le 1er juillet"),
    ("by MAY 5", date(2027, 5, 5), date(2027, 6, 9), "by JUNE 9"),
] + [("by June 30th", OLD, date(2027, 7, day), f"by July {day}{suffix}")
     for day, suffix in [(1, "st"), (2, "nd"), (3, "rd"), (4, "th"), (10, "th"), (11, "th"),
                         (12, "th"), (13, "th"), (14, "th"), (20, "th"), (21, "st"),
                         (22, "nd"), (23, "rd"), (31, "st")]])
def test_days_in_the_writers_style(statement, old, new, expected):
    assert retitled(statement, None, None, old_deadline=old, new_deadline=new) == expected


@pytest.mark.parametrize(("statement", "found"), [
    ("31/01/2027 et 1/12/2027", ["31/01/2027", "1/12/2027"]),
    ("00/05/2027, 32/05/2027, 5/0/2027", []),
    ("4.5 puis 30/06", ["30/06"]),
    ("5/13/2027 puis 30/06", ["30/06"]),
    ("32/05/2027 puis 30/06", ["30/06"]),
])
def test_numeric_dates_found(statement, found):
    assert [statement[w.start:w.end] for w in dates_in(statement)] == found


@pytest.mark.parametrize(("a", "b", "expected"), [
    ((0, 2), (2, 4), False), ((2, 4), (0, 2), False), ((0, 3), (2, 4), True),
    ((2, 4), (0, 3), True), ((1, 2), (0, 4), True), ((0, 4), (1, 2), True),
])
def test_spans_overlap_only_when_they_share_a_character(a, b, expected):
    assert overlaps(a, b) is expected
