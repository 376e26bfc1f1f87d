"""The roadmap: a Markdown document a team can read, print or paste (step 3 of the method)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from smart_tui.domain.models import GoalStatus, Profile, Snapshot
from smart_tui.domain.smart import CRITERIA
from smart_tui.domain.text import clean_text
from smart_tui.domain.trajectory import effective_cadence, milestones
from smart_tui.domain.views import GoalView, by_priority
from smart_tui.i18n import Translator
from smart_tui.present import (
    coach_lines,
    pace_text,
    progress_text,
    reason,
    resources_text,
    trajectory_text,
)
from smart_tui.present_history import change_text
from smart_tui.sentence import format_estimate, format_value, smart_sentence

_BREAKS = re.compile(r"[ \t\n\r\f\v\x1c-\x1f\x85\u2028\u2029]+")
VERDICT_ICON = {"ok": "✅", "warn": "⚠️", "fail": "❌"}


# Characters that Markdown or HTML would read as markup anywhere in a line. A backslash
# escapes any ASCII punctuation in CommonMark; ``<``, ``>`` and an ``&`` that would start a
# reference become entities, so no tag and no character reference can be written through
# user text.
_MARKUP = re.compile(r"([\\`*_\[\]#|~])")
_REFERENCE = re.compile(r"&(?=#?\w+;)")
# At the start of a line (after "> ", in a heading) these would open a block.
_LINE_START = re.compile(r"^(\s*)([-+=](?=\s|$)|\d+(?=[.)](?:\s|$)))")


def escape(text: object) -> str:
    """User text as literal Markdown: one line, no markup, no HTML, no heading or list."""
    return _escape(str(text))


@lru_cache(maxsize=4096)  # a roadmap repeats its dates, figures and headers thousands of times
def _escape(text: str) -> str:
    # ASCII whitespace only: French no-break spaces (before « : », in « 2 000 ») stay
    line = re.sub(r"[ \n]+", " ", clean_text(text)).strip(" ")
    # « Léa & Cie » stays as typed; only an ``&`` that would begin a character reference
    # (``&lt;``, ``&#60;``) becomes ``&amp;``
    line = _REFERENCE.sub("&amp;", line).replace("<", "&lt;").replace(">", "&gt;")
    line = _MARKUP.sub(r"\\\1", line)
    return _LINE_START.sub(lambda m: m[1] + ("\\" + m[2] if not m[2].isdigit() else m[2] + "\\"),
                           line, count=1)


def cell(text: object) -> str:
    """Text safe inside a Markdown table cell."""
    return escape(text) or " "


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    lines = ["| " + " | ".join(cell(h) for h in headers) + " |",
             "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return lines + [""]


def _goal(view: GoalView, tr: Translator) -> list[str]:
    goal, t, a = view.goal, view.trajectory, view.assessment
    title = goal.title or tr("ui.untitled_goal")
    sentence = smart_sentence(goal, tr) or title
    out = [f"### {escape(title)}", "", f"> {escape(sentence)}", ""]
    if goal.intent and goal.intent != title:
        out += [f"*{tr('md.intent')}* {escape(goal.intent)}", ""]
    rows = [(tr(f"criterion.{name}"),
             f"{VERDICT_ICON[r.verdict.value]} {tr(f'verdict.{r.verdict.value}')}", reason(tr, r))
            for name, r in zip(CRITERIA, a.results())]
    out += table([tr("md.criterion"), tr("md.verdict"), tr("md.reason")], rows)
    coach = coach_lines(tr, a, goal)
    if coach:  # « À préciser »: what the coach asks, criterion by criterion
        out += [f"**{tr('md.coach')}**", ""]
        out += [f"- *{tr(f'criterion.{criterion}')}* — {why}" + (f" → {tip}" if tip else "")
                for criterion, _, why, tip in coach] + [""]
    cadence = effective_cadence(goal)
    resources = resources_text(tr, goal)
    facts = [
        ("md.lever", tr(f"lever.{goal.lever.value}")),
        ("md.status", tr(f"goal_status.{goal.status.value}")),
        ("md.resources", escape(resources)),
        ("md.cadence", tr(f"cadence.{cadence.value}") if cadence else "—"),
        ("md.rationale", escape(goal.rationale) or "—"),
    ]
    out += [f"- **{tr(key)}** {value}" for key, value in facts] + [""]
    if t.latest_value is not None:
        progress = tr("md.progress", status=trajectory_text(tr, t),
                      progress=progress_text(tr, t.progress),
                      expected=progress_text(tr, t.expected_progress))
        out += [f"**{tr('md.where')}** {progress[:1].upper()}{progress[1:]}"]
        extra = []
        if t.projected_at_deadline is not None:
            projected = format_estimate(tr, t.projected_at_deadline, goal.unit)
            extra.append(tr("goal.projection", value=projected))
        pace = pace_text(tr, t, goal.unit)
        if pace:
            extra.append(tr("goal.required_pace", pace=pace))
        out += [" · ".join(e for e in extra if e), ""]
    if goal.start and goal.deadline and cadence and goal.baseline is not None \
            and goal.target is not None:
        actuals = {c.date: c.value for c in goal.checkpoints}
        plan = milestones(goal, cadence, actuals)
        out += [f"**{tr('goal.plan')}**", ""]
        out += table(
            [tr("plan.date"), tr("plan.expected"), tr("plan.actual")],
            [(tr.date_short(m.date), format_estimate(tr, m.expected, goal.unit),
              format_value(tr, m.actual, goal.unit) if m.actual is not None else "")
             for m in plan],
        )
    if goal.adjustments:
        out += [f"**{tr('goal.history')}**", ""]
        out += table(
            [tr("plan.date"), tr("history.change"), tr("checkpoint.note")],
            [(tr.date_short(adj.date), change_text(tr, adj, goal.unit, goal.kpi), adj.note)
             for adj in sorted(goal.adjustments, key=lambda x: (x.date, x.id or 0),
                               reverse=True)],
        )
    return out


def roadmap(snapshot: Snapshot, views: Sequence[GoalView], today: date, tr: Translator) -> str:
    profile: Profile = snapshot.profile
    name = profile.name or "smart-tui"
    out = [f"# {tr('md.title', name=escape(name))}", "",
           f"*{tr('md.date', date=tr.date_long(today))}*", ""]
    shown = {GoalStatus.ACTIVE, GoalStatus.ACHIEVED, GoalStatus.MISSED}
    groups, orphans = by_priority(views, snapshot.priorities, shown)
    for number, (priority, goals) in enumerate(groups, start=1):
        category = tr(f"category.{priority.category.value}")
        heading = tr("ui.priority_heading", number=number, title=escape(priority.title),
                     category=category)
        out += [f"## {heading}", ""]
        if priority.problem:
            out += [f"*{tr('md.problem')}* {escape(priority.problem)}", ""]
        if not goals:
            out += [tr("md.no_goals"), ""]
        for view in goals:
            out += _goal(view, tr)
    if orphans:
        out += [f"## {tr('ui.section_orphans')}", ""]
        for view in orphans:
            out += _goal(view, tr)
    drafts = [v for v in views if v.goal.status == GoalStatus.DRAFT]
    if drafts:
        out += [f"## {tr('ui.section_drafts')}", ""]
        for view in drafts:
            out += _goal(view, tr)
    return "\n".join(out).rstrip() + "\n"
