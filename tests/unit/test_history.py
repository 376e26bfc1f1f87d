"""The adjustment history: typed values, their JSON, the strings of older versions, and words."""

from datetime import date

import pytest

from smart_tui.domain.history import (
    ChangeError,
    CheckpointValue,
    Resources,
    decode_change,
    decode_legacy,
    decode_legacy_value,
    encode_change,
)
from smart_tui.domain.models import Adjustment, AdjustmentKind, GoalStatus, Unit
from smart_tui.domain.review import Decision
from smart_tui.i18n import Translator
from smart_tui.present_history import change_text

K = AdjustmentKind
NB, NNB = "\u00a0", "\u202f"
DAY = date(2026, 3, 2)

TYPED = [
    (K.TARGET, 750.0, "750"),
    (K.TARGET, 12.5, "12.5"),
    (K.DEADLINE, date(2026, 7, 1), '"2026-07-01"'),
    (K.STATUS, GoalStatus.ACTIVE, '"active"'),
    (K.ACTIONS, Resources(300.0, None), '{"budget_per_month": 300, "hours_per_week": null}'),
    (K.ACTIONS, Resources(None, 2.5), '{"budget_per_month": null, "hours_per_week": 2.5}'),
    (K.CHECKPOINT, CheckpointValue(date(2026, 11, 27), 4.15),
     '{"date": "2026-11-27", "value": 4.15}'),
    (K.DECISION, Decision.KEEP, '"keep_course"'),
    (K.OTHER, "Relancé l'agence « SEO »", '"Relancé l\'agence « SEO »"'),
]


@pytest.mark.parametrize(("kind", "value", "text"), TYPED)
def test_each_kind_is_kept_as_json_and_reads_back_identical(kind, value, text):
    assert encode_change(kind, value) == text
    decoded = decode_change(kind, text)
    assert decoded == value and type(decoded) is type(value)


def test_no_value_stays_null():
    for kind in K:
        assert encode_change(kind, None) is None
        assert decode_change(kind, None) is None


@pytest.mark.parametrize(("kind", "text"), [
    (K.TARGET, '"750"'), (K.TARGET, "true"), (K.DEADLINE, '"2026-02-30"'),
    (K.DEADLINE, '"1/7/2026"'), (K.STATUS, '"paused"'), (K.DECISION, '"maybe"'),
    (K.ACTIONS, '{"budget": 3}'), (K.CHECKPOINT, '{"date": "2026-01-01"}'),
    (K.OTHER, "12"), (K.TARGET, "not json"),
])
def test_a_value_that_does_not_fit_its_kind_is_refused(kind, text):
    with pytest.raises(ChangeError):
        decode_change(kind, text)


def test_encoding_a_value_of_the_wrong_type_is_refused():
    with pytest.raises(ChangeError):
        encode_change(K.ACTIONS, "budget_per_month=300, hours_per_week=None")


@pytest.mark.parametrize(("kind", "text", "value"), [
    (K.TARGET, "2600", 2600.0),
    (K.TARGET, "12.5", 12.5),
    (K.DEADLINE, "2026-07-01", date(2026, 7, 1)),
    (K.STATUS, "draft", GoalStatus.DRAFT),
    (K.ACTIONS, "budget_per_month=None, hours_per_week=1", Resources(None, 1.0)),
    (K.ACTIONS, "budget_per_month=300, hours_per_week=2.5", Resources(300.0, 2.5)),
    (K.ACTIONS, "budget_per_month=None, hours_per_week=None", Resources(None, None)),
    (K.CHECKPOINT, "2026-11-27: 4.15", CheckpointValue(date(2026, 11, 27), 4.15)),
    (K.CHECKPOINT, "2026-03-01: 2100", CheckpointValue(date(2026, 3, 1), 2100.0)),
    (K.OTHER, "une note", "une note"),
])
def test_every_string_of_the_first_versions_reads_as_its_typed_value(kind, text, value):
    assert decode_legacy_value(kind, text) == value


def test_keep_course_of_the_first_versions_becomes_a_decision():
    assert decode_legacy(K.OTHER, None, "keep_course") == (K.DECISION, None, Decision.KEEP)
    assert decode_legacy(K.OTHER, None, "rappeler l'agence") == (
        K.OTHER, None, "rappeler l'agence")


@pytest.mark.parametrize(("kind", "text"), [
    (K.TARGET, "beaucoup"), (K.ACTIONS, "300 €"), (K.CHECKPOINT, "2026-11-27 4.15"),
    (K.CHECKPOINT, "2026-13-27: 4"), (K.STATUS, "paused"), (K.DEADLINE, "demain"),
])
def test_a_legacy_string_that_means_nothing_is_refused(kind, text):
    with pytest.raises(ChangeError):
        decode_legacy_value(kind, text)


# -- words -----------------------------------------------------------------------

def said(lang, kind, old, new, unit=None, kpi=""):
    return change_text(Translator(lang), Adjustment(DAY, kind, old, new), unit, kpi)


def test_history_reads_as_french_with_units_and_french_formats():
    assert said("fr", K.TARGET, 600.0, 750.0, Unit.COUNT, "commandes") == \
        f"Cible{NB}: 600 → 750 commandes"
    assert said("fr", K.TARGET, 2600.0, 2800.0, Unit.COUNT) == \
        f"Cible{NB}: 2{NNB}600 → 2{NNB}800"
    assert said("fr", K.TARGET, 22.5, 24.0, Unit.PERCENT, "taux d'ouverture") == \
        f"Cible{NB}: 22,5{NB}% → 24{NB}%"
    assert said("fr", K.TARGET, 4.5, 4.6, Unit.RATING) == f"Cible{NB}: 4,5/5 → 4,6/5"
    assert said("fr", K.ACTIONS, Resources(None, 2), Resources(None, 3)) == \
        f"Moyens{NB}: 2{NB}h/semaine → 3{NB}h/semaine"
    assert said("fr", K.ACTIONS, Resources(None, 3), Resources(1500, 3)) == \
        f"Moyens{NB}: 3{NB}h/semaine → 1{NNB}500{NB}€/mois, 3{NB}h/semaine"
    assert said("fr", K.ACTIONS, Resources(None, None), None) == \
        "Actions ajustées, moyens inchangés (non précisés)"
    assert said("fr", K.ACTIONS, None, None) == "Actions ajustées"
    assert said("fr", K.STATUS, GoalStatus.DRAFT, GoalStatus.ACTIVE) == \
        f"Statut{NB}: brouillon → actif"
    assert said("fr", K.DECISION, None, Decision.KEEP) == f"Décision{NB}: garder le cap"
    assert said("fr", K.DEADLINE, date(2026, 11, 27), date(2027, 1, 15)) == \
        f"Échéance{NB}: 27 nov. 2026 → 15 janv. 2027"
    cp = CheckpointValue
    assert said("fr", K.CHECKPOINT, cp(date(2026, 11, 27), 4.15), cp(date(2026, 11, 27), 4.2),
                Unit.PERCENT) == f"Point d'étape du 27 nov. 2026{NB}: 4,15{NB}% → 4,2{NB}%"
    assert said("fr", K.CHECKPOINT, cp(date(2026, 2, 28), 12.5), None) == \
        "Point d'étape du 28 févr. 2026 supprimé (12,5)"
    assert said("fr", K.CHECKPOINT, None, cp(date(2026, 2, 28), 1234)) == \
        f"Point d'étape du 28 févr. 2026 ajouté{NB}: 1{NNB}234"
    assert said("fr", K.CHECKPOINT, cp(date(2026, 2, 28), 10), cp(date(2026, 3, 1), 11)) == \
        f"Point d'étape{NB}: 10 le 28 févr. 2026 → 11 le 1er mars 2026"
    assert said("fr", K.OTHER, None, None) == ""


def test_history_reads_as_english():
    assert said("en", K.TARGET, 2600.0, 2800.0, Unit.COUNT, "orders") == \
        "Target: 2,600 → 2,800 orders"
    assert said("en", K.ACTIONS, Resources(None, 2), Resources(300, 2)) == \
        "Resources: 2\u00a0h/week → €300/month, 2\u00a0h/week"
    assert said("en", K.STATUS, GoalStatus.DRAFT, GoalStatus.ACTIVE) == "Status: draft → active"
    assert said("en", K.DECISION, None, Decision.KEEP) == "Decision: stay the course"
    assert said("en", K.CHECKPOINT, CheckpointValue(date(2026, 11, 27), 4.15),
                CheckpointValue(date(2026, 11, 27), 4.2)) == \
        "Checkpoint of 27 Nov 2026: 4.15 → 4.2"


def test_every_decision_reads_as_the_glossary_says():
    french = [said("fr", K.DECISION, None, d) for d in Decision]
    assert french == [f"Décision{NB}: {words}" for words in (
        "garder le cap", "ajuster les actions", "viser plus haut", "repousser l'échéance",
        "marquer atteint", "abandonner")]
    english = [said("en", K.DECISION, None, d) for d in Decision]
    assert english == [f"Decision: {words}" for words in (
        "stay the course", "adjust actions", "aim higher", "move the deadline",
        "mark achieved", "abandon")]
