"""Content pieces shared by widgets: SMART letters, progress bars, trajectory labels."""

from __future__ import annotations

from textual.content import Content

from smart_tui.domain.smart import Assessment, Verdict
from smart_tui.domain.trajectory import Trajectory, TrajectoryStatus
from smart_tui.i18n import Translator
from smart_tui.present import progress_text, smart_marks, trajectory_text

VERDICT_STYLE = {Verdict.OK: "bold $success", Verdict.WARN: "bold $warning",
                 Verdict.FAIL: "bold $error"}
VERDICT_MARK = {Verdict.OK: "✓", Verdict.WARN: "~", Verdict.FAIL: "✗"}
STATUS_STYLE = {
    TrajectoryStatus.AHEAD: "$success",
    TrajectoryStatus.ON_TRACK: "$success",
    TrajectoryStatus.ACHIEVED: "bold $success",
    TrajectoryStatus.BEHIND: "$warning",
    TrajectoryStatus.MISSED: "$error",
    TrajectoryStatus.NO_DATA: "$text-muted",
}
BAR_WIDTH = 10


def smart_letters(assessment: Assessment) -> Content:
    """The marks of ``report`` and the exports (``S m · R T``), coloured by verdict: the
    colour adds to the letter's case, it never replaces it."""
    parts: list[str | tuple[str, str]] = []
    for mark, verdict in smart_marks(assessment):
        parts += [(mark, VERDICT_STYLE[verdict]), " "]
    return Content.assemble(*parts[:-1])


def progress_bar(progress: float | None, width: int = BAR_WIDTH) -> Content:
    if progress is None:
        return Content.styled("·" * width, "$text-muted")
    filled = round(min(max(progress, 0.0), 1.0) * width)
    return Content.assemble(("█" * filled, "$accent"), ("░" * (width - filled), "$text-muted"))


def trajectory_label(tr: Translator, trajectory: Trajectory) -> Content:
    return Content.styled(trajectory_text(tr, trajectory), STATUS_STYLE[trajectory.status])


def progress_label(tr: Translator, progress: float | None) -> str:
    return progress_text(tr, progress).rjust(5)


def smart_legend(tr: Translator) -> Content:
    """The one SMART legend: « SMART : S validé · s à préciser · · non respecté », each
    example mark in its verdict's colour (the case says it first)."""
    parts: list[str | tuple[str, str]] = [tr("legend.smart")]
    for mark, verdict in (("S", Verdict.OK), ("s", Verdict.WARN), ("·", Verdict.FAIL)):
        if verdict != Verdict.OK:
            parts.append("   ")
        parts += [(mark, VERDICT_STYLE[verdict]), f"\u00a0{tr(f'verdict.{verdict.value}')}"]
    return Content.assemble(*parts)
