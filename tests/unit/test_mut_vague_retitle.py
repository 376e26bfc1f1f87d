"""Vague wishes (the Specific criterion's detector) and retitling a statement after a target
change, pinned on the phrases people write."""

import pytest

from smart_tui.domain.retitle import retitled
from smart_tui.domain.vague import has_quantity, is_vague, wish_words


@pytest.mark.parametrize(("statement", "wish", "quantity", "vague"), [
    ("Améliorer notre visibilité en 2026", "ameliorer", False, True),
    ("Être plus visible sur les réseaux sociaux", "etre plus visible", False, True),
    ("Vendre plus avant le 31/12/2026", "vendre", False, True),
    ("Be more visible by June 30", "be more visible", False, True),
    ("Développer la clientèle d'ici 6 mois", "developper", False, True),
    ("Gagner trois nouveaux clients", None, True, False),
    ("Augmenter de trois clients", "augmenter", True, False),
    ("Get twenty reviews", None, True, False),
    ("Increase sales by twenty", "increase", True, False),
    ("Augmenter les ventes de 15 %", "augmenter", True, False),
    ("Publier un article par semaine", None, True, False),
    ("Publier plus : un article par semaine", "publier plus", True, False),
    ("Tenir le stand au salon", None, False, False),
    # a date inside a rate does not hide it
    ("Publier plus de vidéos : une vidéo dès le 1er juin chaque semaine", "publier plus",
     True, False),
    ("Publier une vidéo en 2026 chaque semaine", None, True, False),
    ("Publier plus : une vidéo d'ici 6 mois par semaine", "publier plus", True, False),
])
def test_vague_wishes(statement, wish, quantity, vague):
    assert wish_words(statement) == wish
    assert has_quantity(statement) is quantity
    assert is_vague(statement) is vague


@pytest.mark.parametrize(("statement", "old", "new", "expected"), [
    # the writer's decimal mark and thousands separator are kept, with both marks too
    ("Atteindre 1.234,5 visites", 1234.5, 2000.5, "Atteindre 2.000,5 visites"),
    ("Reach 1,234.5 visits", 1234.5, 2600.75, "Reach 2,600.75 visits"),
    ("Reach 2,000.00 visits", 2000, 2500, "Reach 2,500 visits"),
    ("Atteindre 1.500 visites", 1500, 12000, "Atteindre 12.000 visites"),
    ("Atteindre 1\u00a0500 visites", 1500, 1250000, "Atteindre 1\u00a0250\u00a0000 visites"),
    ("Atteindre 2000 visites", 2000, 2600, "Atteindre 2600 visites"),
    ("Atteindre 2 000 visites", 2000, 2000.5, "Atteindre 2 000.5 visites"),
    ("Note de 4,5 sur 5", 4.5, 5, "Note de 5 sur 5"),
    ("Note de 4,50 sur 5", 4.5, 4.75, "Note de 4,75 sur 5"),
    ("Passer à 15,0 commandes", 15, 20, "Passer à 20 commandes"),
    ("Taux de 2,125 %", 2.125, 2.5, "Taux de 2.5 %"),
    # a stored value with float noise below a millionth is still the number written
    ("Passer à 15 commandes", 15.0000001, 20, "Passer à 20 commandes"),
    ("Passer à 0,3 %", 0.1 + 0.2, 0.5, "Passer à 0,5 %"),
])
def test_retitled_in_the_writers_style(statement, old, new, expected):
    assert retitled(statement, old, new) == expected


@pytest.mark.parametrize(("statement", "old", "new"), [
    ("Passer à 15,5 commandes", 15, 20),
    ("Passer à 2,1250001 %", 2.125, 2.5),
    ("Passer à 115 commandes", 15, 20),
    ("Passer à 15.5.6", 15, 20),
    ("", 15, 20),
    ("Passer à 15", 15, None),
])
def test_nothing_offered_when_the_number_is_another(statement, old, new):
    assert retitled(statement, old, new) is None


@pytest.mark.parametrize(("statement", "old", "new", "expected"), [
    ("Passer de -5 à 0", -5, -2, "Passer de -2 à 0"),
    ("Passer de \u22125 à 0", -5, -2, "Passer de \u22122 à 0"),  # the minus sign kept
    ("Passer de -5 à -1", -1, -3, "Passer de -5 à -3"),
    ("Passer de -5 à 5", 5, 8, "Passer de -5 à 8"),  # 5 is not the 5 of -5
    ("Passer de -5 à 0", 5, 8, None),  # -5 does not quote 5
    ("Passer de 5 à 10", -5, -8, None),  # 5 does not quote -5
    ("Passer à 0 réclamation", 0, 1, "Passer à 1 réclamation"),  # zero takes no sign
])
def test_a_signed_number_is_retitled_with_its_sign(statement, old, new, expected):
    assert retitled(statement, old, new) == expected
