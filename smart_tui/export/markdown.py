"""The roadmap: a Markdown document a team can read, print or paste (step 3 of the method)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from smart_tui.domain.models import GoalStatus, PriorityStatus, Profile, Snapshot
from smart_tui.domain.sentence import format_estimate, format_value, smart_sentence
from smart_tui.domain.smart import CRITERIA
from smart_tui.domain.trajectory import effective_cadence, milestones
from smart_tui.i18n import Translator
from smart_tui.overview import GoalView
from smart_tui.present import (
    coach_lines,
    pace_text,
    progress_text,
    reason,
    resources_text,
    trajectory_text,
)

VERDICT_ICON = {"ok": "✅", "warn": "⚠️", "fail": "❌"}


def cell(text: object) -> str:
    """Text safe inside a Markdown table cell."""
    return " ".join(str(text).split()).replace("|", "\\|") or " "


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    lines = ["| " + " | ".join(cell(h) for h in headers) + " |",
             "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return lines + [""]


def _goal(view: GoalView, tr: Translator) -> list[str]:
    goal, t, a = view.goal, view.trajectory, view.assessment
    title = goal.statement or goal.intent or tr("ui.untitled_goal")
    out = [f"### {cell(title)}", "", f"> {smart_sentence(goal, tr) or title}", ""]
    if goal.intent and goal.intent != title:
        out += [f"*{tr('md.intent')}* {goal.intent}", ""]
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
        ("md.resources", resources),
        ("md.cadence", tr(f"cadence.{cadence.value}") if cadence else "—"),
        ("md.rationale", goal.rationale or "—"),
    ]
    out += [f"- **{tr(key)}** {value}" for key, value in facts] + [""]
    if t.latest_value is not None:
        progress = tr("md.progress", status=trajectory_text(tr, t),
                      progress=progress_text(tr, t.progress),
                      expected=progress_text(tr, t.expected_progress))
        out += [f"**{tr('md.where')}** {progress}"]
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
            [tr("plan.date"), tr("history.kind"), tr("history.change"), tr("checkpoint.note")],
            [(tr.date_short(adj.date), tr(f"adjustment.{adj.kind.value}"),
              f"{adj.old or '—'} → {adj.new or '—'}" if (adj.old or adj.new) else "", adj.note)
             for adj in sorted(goal.adjustments, key=lambda x: x.date, reverse=True)],
        )
    return out


def roadmap(snapshot: Snapshot, views: Sequence[GoalView], today: date, tr: Translator) -> str:
    profile: Profile = snapshot.profile
    name = profile.name or "smart-tui"
    out = [f"# {tr('md.title', name=name)}", "", f"*{tr('md.date', date=tr.date_long(today))}*", ""]
    active = [p for p in snapshot.priorities if p.status == PriorityStatus.ACTIVE]
    shown = {GoalStatus.ACTIVE, GoalStatus.ACHIEVED, GoalStatus.MISSED}
    for number, priority in enumerate(active, start=1):
        category = tr(f"category.{priority.category.value}")
        heading = tr("ui.priority_heading", number=number, title=priority.title, category=category)
        out += [f"## {heading}", ""]
        if priority.problem:
            out += [f"*{tr('md.problem')}* {priority.problem}", ""]
        goals = [v for v in views if v.goal.priority_id == priority.id and v.goal.status in shown]
        if not goals:
            out += [tr("md.no_goals"), ""]
        for view in goals:
            out += _goal(view, tr)
    drafts = [v for v in views if v.goal.status == GoalStatus.DRAFT]
    if drafts:
        out += [f"## {tr('ui.section_drafts')}", ""]
        for view in drafts:
            out += _goal(view, tr)
    return "\n".join(out).rstrip() + "\n"
