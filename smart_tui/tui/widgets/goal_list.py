"""The dashboard's list of goals in sections, virtual: only the rows on screen are built.

Every row has a fixed height (a section title: one line; a goal: its statement, then
S M A R T, progress, trajectory and next checkpoint), so scrolling a thousand goals costs
what the visible ones cost. ``OptionList`` measured every prompt first (0.3 s for 1 000
goals here), which is why this is a small ``ScrollView`` of its own.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from smart_tui.domain.views import GoalView
from smart_tui.i18n import Translator
from smart_tui.typography import one_line

from .render import progress_bar, progress_label, smart_letters, trajectory_label

Section = tuple[str, Sequence[GoalView], str]  # title, goals, text when empty


@dataclass(frozen=True)
class _Row:
    kind: str  # "title", "note" or "goal"
    text: str = ""
    view: GoalView | None = None

    @property
    def height(self) -> int:
        return 2 if self.kind == "goal" else 1


def goal_lines(view: GoalView, tr: Translator) -> tuple[Content, Content]:
    goal, trajectory = view.goal, view.trajectory
    title = goal.title or tr("ui.untitled_goal")
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
    return Content.styled(one_line(title), "bold"), Content.assemble(*line)


class GoalList(ScrollView, can_focus=True):
    """Posts :class:`Highlighted` when the cursor moves and :class:`Opened` on Enter."""

    BINDINGS = [
        Binding("up", "move(-1)", show=False),
        Binding("down", "move(1)", show=False),
        Binding("pageup", "page(-1)", show=False),
        Binding("pagedown", "page(1)", show=False),
        Binding("home", "edge(-1)", show=False),
        Binding("end", "edge(1)", show=False),
        Binding("enter", "open", show=False),
    ]
    COMPONENT_CLASSES = {"goal-list--row", "goal-list--highlighted", "goal-list--title"}
    DEFAULT_CSS = """
    GoalList {
        background: $surface;
        overflow-x: hidden;  /* rows fit the width: no horizontal bar over the last line */
        & > .goal-list--row { padding: 0 1; }
        & > .goal-list--title { padding: 0 1; color: $primary; text-style: bold; }
        & > .goal-list--highlighted {
            padding: 0 1;
            color: $block-cursor-blurred-foreground;
            background: $block-cursor-blurred-background;
        }
        &:focus > .goal-list--highlighted {
            color: $block-cursor-foreground;
            background: $block-cursor-background;
        }
    }
    """

    class Highlighted(Message):
        def __init__(self, goal_id: int | None) -> None:
            super().__init__()
            self.goal_id = goal_id

    class Opened(Message):
        def __init__(self, goal_id: int) -> None:
            super().__init__()
            self.goal_id = goal_id

    cursor: reactive[int | None] = reactive(None, init=False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.tr: Translator | None = None
        self._rows: list[_Row] = []
        self._starts: list[int] = []
        # rows rendered, by (index, width, theme, highlighted, highlighted with the focus):
        # the highlighted row's colours differ with the focus
        self._cache: dict[tuple[int, int, str, bool, bool], tuple[Strip, ...]] = {}

    # -- data down -----------------------------------------------------------------------
    def show(self, sections: Sequence[Section], tr: Translator) -> None:
        kept = self.highlighted_goal
        self.tr = tr
        rows: list[_Row] = []
        for title, views, empty in sections:
            rows.append(_Row("title", title))
            if not views and empty:
                rows.append(_Row("note", empty))
            rows += [_Row("goal", view=view) for view in views]
        self._rows, self._cache = rows, {}
        self._starts, line = [], 0
        for row in rows:
            self._starts.append(line)
            line += row.height
        self.virtual_size = Size(0, line)  # rows fit the width: nothing to scroll across
        self.cursor = None
        self.highlight_goal(kept)
        self.refresh()

    @property
    def goal_ids(self) -> list[int]:
        return [r.view.goal.id for r in self._rows if r.view and r.view.goal.id is not None]

    @property
    def highlighted_goal(self) -> int | None:
        if self.cursor is None or self.cursor >= len(self._rows):
            return None
        view = self._rows[self.cursor].view
        return view.goal.id if view else None

    def highlight_goal(self, goal_id: int | None) -> None:
        goals = [i for i, r in enumerate(self._rows) if r.kind == "goal"]
        match = [i for i in goals if self._rows[i].view.goal.id == goal_id]  # type: ignore[union-attr]
        self.cursor = (match or goals or [None])[0]

    def row_text(self, goal_id: int) -> str:
        """The two lines of a goal, as plain text (for tests and screen readers)."""
        row = next(r for r in self._rows if r.view and r.view.goal.id == goal_id)
        first, second = goal_lines(row.view, self.tr)  # type: ignore[arg-type]
        return f"{first.plain}\n{second.plain}"

    # -- cursor --------------------------------------------------------------------------
    def watch_cursor(self, old: int | None, new: int | None) -> None:
        self._cache = {k: v for k, v in self._cache.items() if k[0] not in (old, new)}
        self._show_cursor()
        self.refresh()
        self.post_message(self.Highlighted(self.highlighted_goal))

    def _show_cursor(self) -> None:
        """Scroll to the highlighted goal, with the section title above it when there is one."""
        new = self.cursor
        if new is None or new >= len(self._rows):
            return
        above = 1 if new > 0 and self._rows[new - 1].kind == "title" else 0
        top = self._starts[new] - above
        self.scroll_to_region(Region(0, top, 1, self._rows[new].height + above),
                              animate=False, force=True)

    def _step(self, start: int, direction: int) -> int | None:
        index = start + direction
        while 0 <= index < len(self._rows):
            if self._rows[index].kind == "goal":
                return index
            index += direction
        return None

    def action_move(self, direction: int) -> None:
        if self.cursor is None:
            self.highlight_goal(None)
            return
        found = self._step(self.cursor, direction)
        if found is not None:
            self.cursor = found
        elif direction < 0:
            self.scroll_home(animate=False)  # show the section title above the first goal

    def action_page(self, direction: int) -> None:
        for _ in range(max(self.size.height // 2, 1)):
            found = self._step(self.cursor if self.cursor is not None else -1, direction)
            if found is None:
                break
            self.cursor = found

    def action_edge(self, direction: int) -> None:
        """Home (-1): the first goal, from the top; End (+1): the last goal, from the bottom."""
        found = self._step(-1, 1) if direction < 0 else self._step(len(self._rows), -1)
        if found is not None:
            self.cursor = found
            if direction < 0:
                self.scroll_home(animate=False)

    def action_open(self) -> None:
        goal_id = self.highlighted_goal
        if goal_id is not None:
            self.post_message(self.Opened(goal_id))

    def on_click(self, event: events.Click) -> None:
        line = event.y + self.scroll_offset.y
        index = bisect_right(self._starts, line) - 1
        if 0 <= index < len(self._rows) and self._rows[index].kind == "goal":
            if index == self.cursor and event.chain >= 2:
                self.action_open()
            self.cursor = index

    # -- rendering -----------------------------------------------------------------------
    def on_resize(self) -> None:
        # Rows are cached per width (in the key): a change of height alone (the body shown
        # once the data is there, a toast) keeps them. Other widths are dropped.
        width = self.scrollable_content_region.width
        self._cache = {key: strips for key, strips in self._cache.items() if key[1] == width}
        # Shorter now (the detail below grew for this goal): the goal stays in view.
        self.call_after_refresh(self._show_cursor)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        line = self.scroll_offset.y + y
        index = bisect_right(self._starts, line) - 1
        if not self._rows or index < 0 or line >= self.virtual_size.height:
            return Strip.blank(width, self.get_visual_style("goal-list--row").rich_style)
        strips = self._render_row(index, width)
        return strips[line - self._starts[index]].crop_extend(
            self.scroll_offset.x, self.scroll_offset.x + width, None)

    def _render_row(self, index: int, width: int) -> tuple[Strip, ...]:
        highlighted = index == self.cursor
        key = (index, width, self.app.theme, highlighted, highlighted and self.has_focus)
        if (cached := self._cache.get(key)) is not None:
            return cached
        row = self._rows[index]
        if row.kind == "title":
            style, lines = self.get_visual_style("goal-list--title"), [Content(row.text)]
        elif row.kind == "note":
            style = self.get_visual_style("goal-list--row")
            lines = [Content.styled("  " + row.text, "italic $text-muted")]
        else:
            component = "goal-list--highlighted" if highlighted else "goal-list--row"
            style = self.get_visual_style(component)
            lines = list(goal_lines(row.view, self.tr))  # type: ignore[arg-type]
        inner = max(width - 2, 1)  # the one-cell padding on each side
        strips = []
        for content in lines:  # already one line each: no wrapping to compute
            fitted = Content(" ") + content.truncate(inner, ellipsis=True, pad=True) + " "
            strip = Strip(fitted.render_segments(style), fitted.cell_length)
            strips.append(strip.extend_cell_length(width, style.rich_style))
        self._cache[key] = tuple(strips)
        return self._cache[key]
