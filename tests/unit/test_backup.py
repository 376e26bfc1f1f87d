from datetime import date, timedelta

from smart_tui.storage.backup import days_to_keep


def test_keeps_seven_daily_and_four_weekly():
    today = date(2026, 11, 27)  # a Friday
    days = [today - timedelta(days=n) for n in range(60)]
    keep = days_to_keep(days)
    assert sorted(keep, reverse=True)[:7] == days[:7]
    weekly = sorted(keep, reverse=True)[7:]
    assert len(weekly) == 4
    assert len({d.isocalendar()[:2] for d in weekly}) == 4  # one per week
    for day in weekly:  # the newest of its week among the older backups
        same_week = [d for d in days[7:] if d.isocalendar()[:2] == day.isocalendar()[:2]]
        assert day == max(same_week)


def test_few_backups_are_all_kept():
    days = [date(2026, 11, 1), date(2026, 10, 1)]
    assert days_to_keep(days) == set(days)
