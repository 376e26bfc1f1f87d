"""The end of a review session: what was reviewed, where the goals stand, what was decided."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from smart_tui.domain.models import GoalStatus
from smart_tui.domain.review import Decision, ReviewSummary, summarize
from smart_tui.domain.trajectory import TrajectoryStatus
from smart_tui.services.overview import goal_views

from ..base import SmartScreen
from ..widgets.header import SmartHeader
from ..widgets.keybar import KeyBar


class ReviewSummaryScreen(SmartScreen):
    SCREEN_KEY = "review_summary"
    BINDINGS = [Binding("escape,enter,q", "app.pop_screen", "key.close", id="close-summary")]

    def __init__(self, queue: Sequence[int], logged: Iterable[int],
                 decisions: Sequence[tuple[int, Decision]]) -> None:
        super().__init__()
        self.queue, self.logged, self.decisions = list(queue), set(logged), list(decisions)

    def compose(self) -> ComposeResult:
        yield SmartHeader()
        with VerticalScroll(id="summary-page"):
            yield Static(id="summary-text", markup=False)
        yield KeyBar()

    def on_mount(self) -> None:
        self.show_heading(self.tr("review.summary_title"))
        self.query_one("#summary-text", Static).update(self.text(self.compute()))

    def compute(self) -> ReviewSummary:
        views = goal_views(self.workspace, self.smart.today)
        touched = self.logged | {gid for gid, _ in self.decisions}
        reviewed = [v.trajectory for v in views
                    if v.goal.id in touched and v.goal.status == GoalStatus.ACTIVE]
        closed = [v.goal.status for v in views
                  if v.goal.id in touched and v.goal.status != GoalStatus.ACTIVE]
        upcoming = [v.trajectory.next_checkpoint for v in views
                    if v.goal.status == GoalStatus.ACTIVE]
        return summarize(reviewed, [d for _, d in self.decisions], len(self.logged), upcoming,
                         closed)

    def text(self, summary: ReviewSummary) -> str:
        tr = self.tr
        lines = [
            tr("review.summary_reviewed", reviewed=summary.reviewed, total=len(self.queue)),
            tr("review.summary_checkpoints", count=summary.checkpoints),
            "",
            tr("review.summary_statuses",
               ahead=summary.statuses[TrajectoryStatus.AHEAD],
               on_track=summary.statuses[TrajectoryStatus.ON_TRACK],
               behind=summary.statuses[TrajectoryStatus.BEHIND]),
            *self._closed_line(summary),
            "",
            tr("review.summary_decisions"),
        ]
        if summary.decisions:
            lines += [f"  • {tr(f'decision_name.{d.value}')}{tr('ui.colon')}{n}"
                      for d, n in summary.decisions.items()]
        else:
            lines.append("  " + tr("review.summary_no_decision"))
        lines.append("")
        if summary.next_review and summary.next_review <= self.smart.today:
            lines.append(tr("review.summary_overdue", date=tr.date_long(summary.next_review)))
        elif summary.next_review:
            lines.append(tr("review.summary_next", date=tr.date_long(summary.next_review)))
        return "\n".join(lines)

    def _closed_line(self, summary: ReviewSummary) -> list[str]:
        """``Objectifs clos pendant la séance : 1 atteint, 1 abandonné.`` (none: no line)."""
        tr = self.tr
        parts = [tr.plural(f"count.{status.value}", summary.closed[status])
                 for status in (GoalStatus.ACHIEVED, GoalStatus.MISSED, GoalStatus.ABANDONED)
                 if summary.closed[status]]
        return [tr("review.summary_closed", closed=", ".join(parts))] if parts else []
