"""The committed examples hold the values a user would compute by hand.

``test_exports`` checks that ``examples/`` is what the code makes; that alone would bless a
bug the day someone regenerates them. Here the expectations are computed in the test from
the goal's own inputs (start, deadline, baseline, target, checkpoints), not by the code.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import icalendar

FR = Path(__file__).resolve().parents[2] / "examples" / "fr"
NNBSP, NBSP = "\u202f", "\u00a0"


def _rows(name: str) -> list[dict[str, str]]:
    text = (FR / name).read_text("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text), delimiter=";"))


def _fr(value: float, decimals: int, group: bool = True) -> str:
    """French digits: thousands grouped by a narrow space (not in CSV cells), decimal comma."""
    text = f"{value:,.{decimals}f}" if group else f"{value:.{decimals}f}"
    return text.replace(",", NNBSP).replace(".", ",")


def _seo_goal() -> dict[str, str]:
    return next(r for r in _rows("objectifs.csv") if r["N°"] == "1")


def _linear(row: dict[str, str], day: date) -> float:
    start, deadline = date.fromisoformat(row["Début"]), date.fromisoformat(row["Échéance"])
    baseline, target = float(row["Valeur de départ"]), float(row["Cible"])
    return baseline + (target - baseline) * (day - start).days / (deadline - start).days


def test_goal_row_progress_and_days_ahead():
    row = _seo_goal()
    baseline, target = float(row["Valeur de départ"]), float(row["Cible"])
    last = float(row["Dernière valeur"])
    assert (baseline, target, last) == (2000, 2600, 2290)
    assert row["Progression %"] == _fr((last - baseline) / (target - baseline) * 100, 1,
                                        group=False)
    start, deadline = date.fromisoformat(row["Début"]), date.fromisoformat(row["Échéance"])
    last_day = date.fromisoformat(row["Date dernière valeur"])
    total = (deadline - start).days
    on_plan = (last - baseline) / (target - baseline) * total  # the day the plan expects it
    ahead = next(key for key in row if key.startswith("Jours d'avance"))
    assert row[ahead] == str(round(on_plan - (last_day - start).days))
    assert row["Trajectoire"] == "en avance"
    assert row["Prochain point d'étape"] == "2026-11-24"  # monthly, on the start's day


def test_checkpoint_rows_expect_the_straight_line():
    goal = _seo_goal()
    mine = [r for r in _rows("points-d-etape.csv") if r["N° objectif"] == "1"]
    assert [r["Date"] for r in mine] == ["2026-09-24", "2026-10-24"]
    for row in mine:
        expected = _linear(goal, date.fromisoformat(row["Date"]))
        shown = _fr(expected, 2, group=False).rstrip("0").rstrip(",")
        assert row["Valeur attendue ce jour"] == shown


def test_calendar_events_of_a_monthly_goal():
    cal = icalendar.Calendar.from_ical((FR / "points-d-etape.ics").read_bytes())
    mine = sorted((e for e in cal.walk("VEVENT")
                   if str(e["UID"]).startswith("smart-tui-goal-1-")),
                  key=lambda e: e["DTSTART"].dt)
    # after the last checkpoint (24 Oct): the 24th of each month, then the deadline
    assert [e["DTSTART"].dt for e in mine] == [date(2026, 11, 24), date(2026, 12, 24),
                                               date(2027, 1, 24), date(2027, 2, 23)]
    assert str(mine[-1]["SUMMARY"]).startswith("Échéance")
    assert all(str(e["SUMMARY"]).startswith("Point d'étape") for e in mine[:-1])


def test_roadmap_lines_of_the_seo_goal():
    text = (FR / "feuille-de-route.md").read_text("utf-8")
    goal = _seo_goal()
    for day, logged in ((date(2026, 10, 24), 2290), (date(2026, 9, 24), 2150)):
        expected = round(_linear(goal, day))
        label = {9: "sept.", 10: "oct."}[day.month]
        assert f"| {day.day} {label} {day.year} | {_fr(expected, 0)} | {_fr(logged, 0)} |" \
            in text
    start, deadline = date(2026, 8, 24), date(2027, 2, 23)
    expected_share = round((date(2026, 10, 24) - start).days / (deadline - start).days * 100)
    assert f"progression 48{NBSP}% (attendue{NBSP}: {expected_share}{NBSP}%)" in text
    # 30 % more in six months: 5 % of the baseline a month
    months = (deadline - start).days / 30.44
    pace = round((2600 - 2000) / 2000 / months * 100, 1)
    assert f"Progression demandée : {_fr(pace, 1).rstrip('0').rstrip(',')}{NBSP}% par mois" \
        .replace(" : ", f"{NBSP}: ") in text
