"""Checkpoint schedules at their edges (the milestone gap, a deadline on the start, the cap on
dates), the rating scale's bounds, the priority cap's message, the templates in each language
and the levers' priorities."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from smart_tui.domain.levers import (
    priority_served,
    served_categories,
    template_for,
)
from smart_tui.domain.models import (
    Cadence,
    Category,
    Choice,
    Direction,
    DomainError,
    GoalStatus,
    Lever,
    Priority,
    PriorityLimitError,
    PriorityStatus,
    Unit,
    check_priority_cap,
    rating_scale,
)
from smart_tui.domain.schedule import MAX_SCHEDULED, next_scheduled, scheduled_dates
from smart_tui.domain.templates import TEMPLATES, _t
from smart_tui.i18n import Translator

START = date(2026, 1, 1)


def day(n: int) -> date:
    return START + timedelta(days=n)


# -- schedule --------------------------------------------------------------------------------

@pytest.mark.parametrize(("deadline", "first"), [
    # the first weekly date (day 7) needs 4 days before the deadline, else the deadline alone
    (day(10), day(10)),  # 3 days apart: gives way
    (day(11), day(7)),  # 4 days apart: kept
    (day(12), day(7)),
    # monthly: 1 February, 3 or 4 days before the deadline
    (date(2026, 2, 4), date(2026, 2, 4)),
    (date(2026, 2, 5), date(2026, 2, 1)),
])
def test_the_first_checkpoint_at_the_milestone_gap(deadline, first):
    cadence = Cadence.WEEKLY if deadline < day(20) else Cadence.MONTHLY
    assert next_scheduled(START, deadline, cadence, None) == first
    assert scheduled_dates(START, deadline, cadence)[0] == first
    assert scheduled_dates(START, deadline, cadence)[-1] == deadline


@pytest.mark.parametrize(("after", "expected"), [
    (None, day(7)),
    (day(-1), day(7)),  # a checkpoint before the start
    (day(0), day(7)),
    (day(6), day(7)),
    (day(7), day(11)),  # then the deadline, 4 days later
    (day(10), day(11)),
    (day(11), None),  # nothing after the deadline
])
def test_next_checkpoint_after_a_logged_one(after, expected):
    assert next_scheduled(START, day(11), Cadence.WEEKLY, after) == expected


@pytest.mark.parametrize("cadence", list(Cadence))
@pytest.mark.parametrize("deadline", [day(0), day(-1)])
def test_no_schedule_when_the_deadline_is_not_after_the_start(cadence, deadline):
    assert next_scheduled(START, deadline, cadence, None) is None
    assert next_scheduled(START, deadline, cadence, day(-5)) is None
    assert scheduled_dates(START, deadline, cadence) == []


def test_a_one_day_goal_is_reviewed_on_its_deadline():
    assert next_scheduled(START, day(1), Cadence.WEEKLY, None) == day(1)
    assert scheduled_dates(START, day(1), Cadence.WEEKLY) == [day(1)]


@pytest.mark.parametrize(("weeks", "count"), [
    (1000, 1000),  # 999 weekly dates, then the deadline
    (1001, 1001),  # 1000 weekly dates (the cap), then the deadline
    (1100, 1001),  # the cap: 1000 weekly dates, then the deadline
])
def test_the_schedule_is_capped(weeks, count):
    assert MAX_SCHEDULED == 1000
    deadline = START + timedelta(weeks=weeks)
    dates = scheduled_dates(START, deadline, Cadence.WEEKLY)
    assert len(dates) == count
    assert dates[-1] == deadline
    assert dates[-2] == START + timedelta(weeks=count - 1)


# -- models ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("member", "text"), [
    (Lever.SEO, "seo"), (Cadence.WEEKLY, "weekly"), (Unit.RATING, "rating"),
    (GoalStatus.ACTIVE, "active"), (Direction.DECREASE, "decrease"),
    (Category.LOCAL_VISIBILITY, "local_visibility"),
])
def test_a_choice_reads_as_its_interchange_value(member: Choice, text):
    assert str(member) == text
    assert f"{member}" == text
    assert f"[{member!s}]" == f"[{text}]"


@pytest.mark.parametrize(("value", "scale"), [
    (0, 5), (1, 5), (4.5, 5), (5, 5),
    (5.5, 10), (6, 10), (10, 10),
    (10.5, 100), (11, 100), (100, 100),
])
def test_rating_scale_boundaries(value, scale):
    assert rating_scale(value) == scale


@pytest.mark.parametrize(("active", "adding", "refused"), [
    (0, 1, False), (2, 1, False), (3, 1, True), (0, 3, False), (1, 3, True), (3, 0, False),
    (4, 0, True),
])
def test_the_priority_cap(active, adding, refused):
    if not refused:
        assert check_priority_cap(active, adding) is None
        return
    with pytest.raises(PriorityLimitError) as caught:
        check_priority_cap(active, adding)
    error = caught.value
    assert isinstance(error, DomainError)
    assert error.key == "error.priority_limit"
    assert error.params == {"limit": 3}
    assert str(error) == "error.priority_limit"


@pytest.mark.parametrize(("lang", "start"), [
    ("fr", "Vous avez déjà 3\u00a0priorités actives\u00a0: "),  # non-breaking spaces
    ("en", "Already 3\u00a0active priorities: "),
])
def test_the_priority_cap_message_in_each_language(lang, start):
    error = PriorityLimitError()
    text = Translator(lang)(error.key, **error.params)
    assert text.startswith(start)
    assert "{" not in text


# -- templates -------------------------------------------------------------------------------

@pytest.mark.parametrize(("lever", "fr", "en"), [
    (Lever.SEO, "Améliorer la visibilité sur Google", "Improve our visibility on Google"),
    (Lever.SEA, "Générer des leads avec des annonces payantes", "Generate leads with paid ads"),
    (Lever.EMAIL, "Entretenir la relation avec nos clients", "Keep in touch with our customers"),
    (Lever.WEBSITE, "Améliorer notre site", "Improve our website"),
])
def test_a_templates_wish_in_each_language(lever, fr, en):
    template = template_for(lever)
    assert template is not None and template.lever == lever
    assert template.intent == {"fr": fr, "en": en}


@pytest.mark.parametrize(("fr", "en"), [("Bonjour", "Hello"), ("", "")])
def test_a_text_is_keyed_by_language(fr, en):
    # TEMPLATES is built when the module is imported, before mutmut switches a mutant on in
    # its forked run: the tests above notice a wrong key by hand, only this one under mutmut
    assert _t(fr, en) == {"fr": fr, "en": en}


def test_every_template_text_is_given_in_french_and_english():
    for template in TEMPLATES:
        for texts in (template.intent, template.statement, template.kpi, template.source,
                      template.resources, template.rationale):
            assert sorted(texts) == ["en", "fr"], template.lever
            assert all(text.strip() for text in texts.values()), template.lever


def test_one_template_per_lever_and_none_for_other():
    assert template_for(Lever.OTHER) is None
    levers = [t.lever for t in TEMPLATES]
    assert sorted(levers) == sorted(lever for lever in Lever if lever != Lever.OTHER)
    for lever in levers:
        template = template_for(lever)
        assert template is not None and template.lever == lever


# -- levers ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("lever", "categories"), [
    (Lever.SEO, (Category.SALES, Category.LOCAL_VISIBILITY)),
    (Lever.SEA, (Category.SALES,)),
    (Lever.OTHER, ()),
])
def test_served_categories(lever, categories):
    assert served_categories(lever) == categories


def _p(pid, category, position, status=PriorityStatus.ACTIVE):
    return Priority(f"p{pid}", category=category, position=position, status=status, id=pid)


SALES, LOYALTY, OTHER = Category.SALES, Category.LOYALTY, Category.OTHER
ARCHIVED = PriorityStatus.ARCHIVED


@pytest.mark.parametrize(("lever", "priorities", "exclude", "served"), [
    # served: the index in the list of the priority expected, or None
    # an archived priority, even first, is not served
    (Lever.SEA, [_p(1, SALES, 0, ARCHIVED), _p(2, SALES, 1)], None, 1),
    (Lever.SEA, [_p(1, SALES, 0, ARCHIVED)], None, None),
    # "other" is served by no lever in particular
    (Lever.SEA, [_p(1, OTHER, 0), _p(2, SALES, 1)], None, 1),
    (Lever.OTHER, [_p(1, OTHER, 0)], None, None),
    # the excluded priority (the goal's own) is skipped
    (Lever.SEA, [_p(1, SALES, 0), _p(2, SALES, 1)], 1, 1),
    (Lever.SEA, [_p(1, SALES, 0)], 1, None),
    # a category the lever does not serve
    (Lever.SEA, [_p(1, LOYALTY, 0), _p(2, SALES, 1)], None, 1),
    (Lever.EMAIL, [_p(1, LOYALTY, 1), _p(2, SALES, 0)], None, 1),  # by position
    # equal positions: the smaller id, a missing id counting as 0 (the goal's priority, 5,
    # excluded: an unsaved priority is skipped when nothing is excluded, as None == None)
    (Lever.SEA, [_p(2, SALES, 0), _p(1, SALES, 0)], None, 1),
    (Lever.SEA, [_p(1, SALES, 0), _p(None, SALES, 0)], 5, 1),
    (Lever.SEA, [_p(None, SALES, 0), _p(1, SALES, 0)], 5, 0),
])
def test_priority_served(lever, priorities, exclude, served):
    found = priority_served(lever, priorities, exclude=exclude)
    assert found is (None if served is None else priorities[served])
