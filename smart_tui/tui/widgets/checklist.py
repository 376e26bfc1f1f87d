"""The five SMART verdicts with their reasons; the hint shows for the criterion in focus."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from smart_tui.domain.smart import CRITERIA, Assessment, Verdict
from smart_tui.i18n import Translator
from smart_tui.present import hint, reason

from .render import VERDICT_MARK, VERDICT_STYLE


def checklist_content(
    tr: Translator, assessment: Assessment, focus: str | None = None, all_hints: bool = False
) -> Content:
    lines: list[Content] = []
    for name, result in zip(CRITERIA, assessment.results()):
        style = VERDICT_STYLE[result.verdict]
        label = tr(f"criterion.{name}")
        verdict = tr(f"verdict.{result.verdict.value}")
        pointer = "▸ " if name == focus else "  "
        lines.append(Content.assemble(
            pointer, (f"{VERDICT_MARK[result.verdict]} {label}", style), (f" — {verdict}", style),
            ": ", reason(tr, result),
        ))
        tip = hint(tr, result)
        if tip and (all_hints or name == focus) and result.verdict != Verdict.OK:
            lines.append(Content.assemble("      ", (f"→ {tip}", "italic $text-muted")))
    return Content("\n").join(lines)


class SmartChecklist(Static):
    """Shows an :class:`Assessment`; the screen that owns the goal pushes updates down."""

    DEFAULT_CSS = """
    SmartChecklist { height: auto; padding: 0 1; }
    """

    def show(self, tr: Translator, assessment: Assessment, focus: str | None = None,
             all_hints: bool = False) -> None:
        self.update(checklist_content(tr, assessment, focus, all_hints))
