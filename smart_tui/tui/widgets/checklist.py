"""The five SMART verdicts with their reasons; the hint shows for the criterion in focus."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from smart_tui.domain.models import Goal
from smart_tui.domain.smart import CRITERIA, Assessment, Verdict
from smart_tui.i18n import Translator
from smart_tui.present import hint, reason

from .render import VERDICT_MARK, VERDICT_STYLE


def checklist_content(
    tr: Translator,
    assessment: Assessment,
    focus: str | None = None,
    all_hints: bool = False,
    only_issues: bool = False,
    goal: Goal | None = None,
    compact: bool = False,
) -> Content:
    """One line per criterion (``only_issues``: those not yet ok, or one line when all pass).

    ``compact`` (a narrow terminal): the reason only for the criterion in focus, and its hint
    after the five lines, so that no criterion is ever pushed out of sight."""
    lines: list[Content] = []
    tips: list[Content] = []
    if only_issues and all(r.verdict == Verdict.OK for r in assessment.results()):
        return Content.styled("✓ " + tr("ui.all_criteria_ok"), VERDICT_STYLE[Verdict.OK])
    for name, result in zip(CRITERIA, assessment.results()):
        if only_issues and result.verdict == Verdict.OK:
            continue
        style = VERDICT_STYLE[result.verdict]
        label = tr(f"criterion.{name}")
        verdict = tr(f"verdict.{result.verdict.value}")
        pointer = "▸ " if name == focus else "  "
        why = (tr("ui.colon"), reason(tr, result)) if not compact or name == focus else ()
        lines.append(Content.assemble(
            pointer, (f"{VERDICT_MARK[result.verdict]} {label}", style),
            (f"\u00a0— {verdict}", style),  # a no-break space: « Spécifique — validé »
            *why,
        ))
        tip = hint(tr, result, goal)
        if tip and (all_hints or name == focus) and result.verdict != Verdict.OK:
            line = Content.assemble("      ", (f"→ {tip}", "italic $text-muted"))
            (tips if compact else lines).append(line)
    return Content("\n").join(lines + tips)


class SmartChecklist(Static):
    """Shows an :class:`Assessment`; the screen that owns the goal pushes updates down."""

    DEFAULT_CSS = """
    SmartChecklist { height: auto; padding: 0 1; }
    """

    def show(self, tr: Translator, assessment: Assessment, focus: str | None = None,
             all_hints: bool = False, only_issues: bool = False,
             goal: Goal | None = None, compact: bool = False) -> None:
        """``goal``: lets a vague statement's hint offer the goal's own SMART sentence."""
        self.update(checklist_content(tr, assessment, focus, all_hints, only_issues, goal,
                                      compact))


def blocking_text(tr: Translator, assessment: Assessment, goal: Goal | None = None) -> str:
    """Why ctrl+g did not activate: each failing criterion with how to fix it."""
    failing = [r for r in assessment.results() if r.verdict == Verdict.FAIL]
    lines = [tr("wizard.not_smart",
                criteria=", ".join(tr(f"criterion.{r.criterion}") for r in failing))]
    for result in failing:
        fix = hint(tr, result, goal) or reason(tr, result)
        lines.append(f"• {tr(f'criterion.{result.criterion}')}{tr('ui.colon')}{fix}")
    return "\n".join(lines)
