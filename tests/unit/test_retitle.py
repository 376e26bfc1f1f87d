"""A statement that quotes the old target is offered the new one (issue 12, item 7)."""

import pytest

from smart_tui.domain.retitle import retitled


@pytest.mark.parametrize(("statement", "old", "new", "expected"), [
    ("Passer à 15 commandes par mois", 15, 20, "Passer à 20 commandes par mois"),
    ("Atteindre 2 000 visites", 2000, 2600, "Atteindre 2 600 visites"),
    ("Atteindre 2\u202f000 visites", 2000, 12600, "Atteindre 12\u202f600 visites"),
    ("Reach 2,000 visits", 2000, 2500, "Reach 2,500 visits"),
    ("Note de 4,5 sur Google", 4.5, 4.7, "Note de 4,7 sur Google"),
    ("Rating 4.5 on Google", 4.5, 4.7, "Rating 4.7 on Google"),
])
def test_the_old_target_is_replaced_in_the_writers_style(statement, old, new, expected):
    assert retitled(statement, old, new) == expected


@pytest.mark.parametrize(("statement", "old", "new"), [
    ("Passer à 150 commandes", 15, 20),      # 15 is not quoted: 150 is another number
    ("Passer à 1,5 commande", 15, 20),
    ("Plus de commandes", 15, 20),
    ("Passer à 15 commandes", 15, 15),      # nothing changed
    ("Passer à 15 commandes", None, 20),
])
def test_nothing_is_offered_when_the_old_target_is_not_quoted(statement, old, new):
    assert retitled(statement, old, new) is None
