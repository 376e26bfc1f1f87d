"""The pace a goal needs, as the goal card, the review and the roadmap write it."""

import pytest

from smart_tui.domain.models import Cadence, Unit
from smart_tui.domain.trajectory import Trajectory, TrajectoryStatus
from smart_tui.i18n import Translator
from smart_tui.present import pace_text


@pytest.mark.parametrize(("lang", "pace", "unit", "period", "expected"), [
    # a rating moves by hundredths of a star: never « +0/5 par mois »
    ("fr", 0.0625, Unit.RATING, Cadence.MONTHLY, "+0,06 étoile par mois"),
    ("en", 0.0625, Unit.RATING, Cadence.MONTHLY, "+0.06 star per month"),
    ("fr", -0.5, Unit.RATING, Cadence.WEEKLY, "−0,5 étoile par semaine"),
    ("fr", 0.75, Unit.PERCENT, Cadence.MONTHLY, "+0,8 pt par mois"),
    ("fr", 1234.5, Unit.COUNT, Cadence.MONTHLY, "+1\u202f234 par mois"),
    ("en", 12.75, Unit.CURRENCY, Cadence.WEEKLY, "+€12.8 per week"),
])
def test_the_required_pace_is_written_in_the_kpis_unit(lang, pace, unit, period, expected):
    trajectory = Trajectory(TrajectoryStatus.BEHIND, required_pace=pace, pace_period=period)
    assert pace_text(Translator(lang), trajectory, unit) == expected


def test_no_pace_no_text():
    assert pace_text(Translator("fr"), Trajectory(TrajectoryStatus.NO_DATA), Unit.COUNT) is None
