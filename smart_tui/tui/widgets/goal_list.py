"""The dashboard's list of goals, grouped in sections: one OptionList, virtualised.

Two lines a goal (the statement, then S M A R T, progress, trajectory and the next
checkpoint), so it reads at 80 columns. Section titles are disabled options.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from smart_tui.i18n import Translator
from smart_tui.overview import GoalView

from .render import progress_bar, progress_label, smart_letters, trajectory_label

Section = tuple[str, Sequence[GoalView], str]  # title, goals, text when empty


def goal_prompt(view: GoalView, tr: Translator) -> Content:
    goal, trajectory = view.goal, view.trajectory
    title = goal.statement.strip() or goal.intent.strip() or tr("ui.untitled_goal")
    line = [
        smart_letters(view.assessment), "  ",
        progress_bar(trajectory.progress), " ", progress_label(tr, trajectory.progress), "  ",
        trajectory_label(tr, trajectory),
    ]
    if trajectory.next_checkpoint is not None:
        when = tr.date_short(trajectory.next_checkpoint)
        if trajectory.due:
            line += ["  ", (tr("ui.checkpoint_due", date=when), "bold $warning")]
        else:
            line += ["  ", (tr("ui.next_checkpoint", date=when), "$text-muted")]
    return Content.assemble((title, "bold"), "\n", *line)


class GoalList(OptionList):
    """Posts :class:`GoalList.Opened` when a goal is chosen (Enter)."""

    class Opened(Message):
        def __init__(self, goal_id: int) -> None:
            super().__init__()
            self.goal_id = goal_id

    def show(self, sections: Sequence[Section], tr: Translator) -> None:
        kept = self.highlighted_goal
        options: list[Option] = []
        for title, views, empty_text in sections:
            options.append(Option(Content.styled(title, "bold $primary"), disabled=True))
            if not views:
                options.append(Option(Content.styled("  " + empty_text, "italic $text-muted"),
                                      disabled=True))
            for view in views:
                options.append(Option(goal_prompt(view, tr), id=f"goal-{view.goal.id}"))
        self.set_options(options)
        self.highlight_goal(kept)

    @property
    def highlighted_goal(self) -> int | None:
        if self.highlighted is None:
            return None
        option = self.get_option_at_index(self.highlighted)
        return int(option.id.removeprefix("goal-")) if option.id else None

    def highlight_goal(self, goal_id: int | None) -> None:
        if goal_id is not None:
            try:
                self.highlighted = self.get_option_index(f"goal-{goal_id}")
                return
            except OptionDoesNotExist:  # the goal left the list: highlight the first
                pass
        first = next((i for i, o in enumerate(self.options) if not o.disabled), None)
        self.highlighted = first

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.Opened(int(event.option.id.removeprefix("goal-"))))
