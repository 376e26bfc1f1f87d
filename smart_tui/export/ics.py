"""The checkpoints in a calendar: one all-day event per scheduled date still to come.

Each event's UID is made of the goal and the date, so importing a newer export into
Google Calendar or Outlook updates the events instead of duplicating them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta, timezone

import icalendar

from smart_tui.domain.limits import MAX_DATE, MIN_DATE
from smart_tui.domain.models import GoalStatus
from smart_tui.domain.text import clean_text
from smart_tui.domain.trajectory import milestones
from smart_tui.domain.views import GoalView
from smart_tui.i18n import Translator
from smart_tui.sentence import format_estimate, smart_sentence

PRODID = "-//smart-tui//SMART goals//FR"


def uid(goal_id: int | None, day: date) -> str:
    return f"smart-tui-goal-{goal_id}-{day.isoformat()}@smart-tui"


def calendar(views: Sequence[GoalView], tr: Translator, now: datetime | None = None) -> bytes:
    stamp = now or datetime.now(timezone.utc)
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", tr("ics.calendar_name"))
    for view in views:
        goal = view.goal
        cadence = view.cadence
        if goal.status != GoalStatus.ACTIVE or cadence is None or not goal.has_plan \
                or goal.start is None or goal.deadline is None:
            continue
        if not MIN_DATE <= goal.start <= goal.deadline <= MAX_DATE:
            continue  # a date no door lets in today (an old database): no calendar for it
        latest = view.trajectory.latest_date
        # RFC 5545 forbids control characters in text; icalendar escapes the rest
        title = clean_text(goal.title or tr("ui.untitled_goal"))
        for milestone in milestones(goal, cadence):
            if latest is not None and milestone.date <= latest:
                continue
            expected = format_estimate(tr, milestone.expected, goal.unit)
            is_deadline = milestone.date == goal.deadline
            event = icalendar.Event()
            event.add("uid", uid(goal.id, milestone.date))
            event.add("dtstamp", stamp)
            event.add("dtstart", milestone.date)
            event.add("dtend", milestone.date + timedelta(days=1))
            event.add("summary", tr("ics.deadline" if is_deadline else "ics.checkpoint",
                                    goal=title))
            event.add("description", "\n".join([
                clean_text(smart_sentence(goal, tr)),
                tr("ics.expected", value=expected),
                tr("ics.command", command=f"smart-tui log {goal.id} {tr('ics.value')} "
                                          f"--date {milestone.date.isoformat()}"),
            ]))
            event.add("transp", "TRANSPARENT")
            cal.add_component(event)
    return cal.to_ical()
