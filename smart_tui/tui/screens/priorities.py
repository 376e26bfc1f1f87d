"""Step 1: the strategic priorities. List, add, edit, archive or restore, reorder."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Static

from smart_tui.domain.models import (
    MAX_ACTIVE_PRIORITIES,
    DomainError,
    Priority,
    PriorityStatus,
    check_priority_cap,
)
from smart_tui.present import error_text
from smart_tui.services import DatabaseError
from smart_tui.services import priorities as priority_service

from ..base import SmartScreen, writes
from ..widgets.header import SmartHeader
from ..widgets.keybar import KeyBar
from .confirm import ConfirmScreen
from .priority_form import PriorityForm


class PrioritiesScreen(SmartScreen):
    SCREEN_KEY = "priorities"
    BINDINGS = [
        Binding("a,n", "add", "key.add", id="add-priority", tooltip="tip.add_priority"),
        Binding("e,enter", "edit", "key.edit", id="edit-priority"),
        # one key, two actions: the bar names the one that applies to the highlighted row
        Binding("x", "archive", "key.archive", id="archive-priority",
                tooltip="tip.archive_priority"),
        Binding("x", "restore", "key.restore_priority", id="restore-priority",
                tooltip="tip.restore_priority"),
        Binding("D", "delete", "key.delete_priority", id="delete-priority",
                tooltip="tip.delete_priority"),
        Binding("shift+up,ctrl+up,u", "move(-1)", "key.move_priority", id="move-priority-up",
                key_display="⇧↑↓", tooltip="tip.move_priority"),
        Binding("shift+down,ctrl+down,j", "move(1)", "key.move_down", show=False,
                id="move-priority-down", key_display="⇧↓"),
        Binding("escape", "app.pop_screen", "key.back", id="back"),
    ]

    def compose(self) -> ComposeResult:
        yield SmartHeader()
        yield Static(id="priorities-intro")
        yield DataTable(id="priority-table", cursor_type="row", zebra_stripes=True)
        # the highlighted row's problem, whole (the column is cut on narrow terminals)
        yield Static(id="priority-detail", markup=False)
        yield KeyBar()

    def on_mount(self) -> None:
        tr = self.tr
        self.show_heading(tr("screen.priorities"))
        table = self.query_one(DataTable)
        table.add_columns(tr("priority.col_status"), tr("priority.title"),
                          tr("priority.category"), tr("priority.problem"))

    def on_screen_resume(self) -> None:
        self.refresh_data()  # first display, and every return from a dialog or screen

    def refresh_data(self, select: int | None = None) -> None:
        tr = self.tr
        table = self.query_one(DataTable)
        current = select if select is not None else self.current_id
        self.priorities = self.workspace.priorities()
        active = sum(p.status == PriorityStatus.ACTIVE for p in self.priorities)
        self.query_one("#priorities-intro", Static).update(
            tr("priority.count", count=active, limit=MAX_ACTIVE_PRIORITIES)
        )
        table.clear()
        for p in self.priorities:
            table.add_row(
                tr(f"priority_status.{p.status.value}"), p.title,
                tr(f"category.{p.category.value}"), p.problem or "—", key=str(p.id),
            )
        if current is not None:
            for row, p in enumerate(self.priorities):
                if p.id == current:
                    table.move_cursor(row=row)
        table.focus()
        self.refresh_bindings()  # edit, archive, delete, move: only with a priority

    @on(DataTable.RowHighlighted)
    def _show_detail(self) -> None:
        current = self._current() if getattr(self, "priorities", None) else None
        detail = self.query_one("#priority-detail", Static)
        detail.update(self.tr("priority.detail", problem=current.problem)
                      if current and current.problem else "")
        self.refresh_bindings()  # « x » archives or restores, as the row is

    def can_run(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # what acts on the highlighted priority is left out while there is none
        if action in ("edit", "delete", "move"):
            return self.current_id is not None
        if action in ("archive", "restore"):  # the one that fits the highlighted priority
            current = self._current() if getattr(self, "priorities", None) else None
            archived = current is not None and current.status == PriorityStatus.ARCHIVED
            return current is not None and archived == (action == "restore")
        return True

    @property
    def current_id(self) -> int | None:
        table = self.query_one(DataTable)
        if not getattr(self, "priorities", None) or table.row_count == 0:
            return None
        return self.priorities[min(table.cursor_row, len(self.priorities) - 1)].id

    def _current(self) -> Priority | None:
        return next((p for p in self.priorities if p.id == self.current_id), None)

    def _fail(self, exc: Exception) -> None:
        self.notify(error_text(self.tr, exc), severity="error", timeout=8)

    @writes
    @work
    async def action_add(self) -> None:
        active = sum(p.status == PriorityStatus.ACTIVE for p in self.priorities)
        try:
            check_priority_cap(active)  # refuse before the user types anything
        except DomainError as exc:
            self._fail(exc)
            return
        ws = self.workspace
        saved = await self.app.push_screen_wait(
            PriorityForm(lambda p: priority_service.add_priority(ws, p)))
        if saved is None:
            return
        self.notify(self.tr("priority.saved", title=saved.title))
        self.refresh_data(select=saved.id)

    @writes
    @work
    async def action_edit(self) -> None:
        current = self._current()
        if current is None:
            return
        ws = self.workspace

        def save(priority: Priority) -> Priority:
            priority_service.update_priority(ws, priority)
            return priority

        saved = await self.app.push_screen_wait(PriorityForm(save, current))
        if saved is not None:
            self.refresh_data(select=saved.id)

    @writes
    def action_archive(self) -> None:
        self._set_archived(True)

    @writes
    def action_restore(self) -> None:
        self._set_archived(False)

    @work
    async def _set_archived(self, archive: bool) -> None:
        """Archive (after a question) or restore; ctrl+z puts the status back."""
        current = self._current()
        if current is None or current.id is None:
            return
        archived = current.status == PriorityStatus.ARCHIVED
        if archived != (not archive):
            return  # the row changed under the key: nothing to do
        status = PriorityStatus.ACTIVE if archived else PriorityStatus.ARCHIVED
        if not archived and not await self.app.push_screen_wait(
                ConfirmScreen(self.tr("archive.question", title=current.title))):
            return
        ws, priority_id, was = self.workspace, current.id, current.status
        try:
            priority_service.set_priority_status(ws, priority_id, status)
        except (DomainError, DatabaseError) as exc:
            self._fail(exc)
            return
        key = "priority.restored" if archived else "priority.archived"
        app = self.smart

        def describe() -> str:  # the priority's title as it is when the text is shown
            priority = ws.priority(priority_id)
            return app.tr(key, title=priority.title if priority else current.title)

        app.remember_undo(describe, lambda: (
            priority_service.set_priority_status(ws, priority_id, was)))
        self.refresh_data(select=current.id)

    @writes
    @work
    async def action_delete(self) -> None:
        """Delete the priority with its goals and their checkpoints, after saying what goes."""
        from smart_tui.services import removal

        current = self._current()
        if current is None or current.id is None:
            return
        tr, ws = self.tr, self.workspace
        goals = [ws.goal(g.id or 0) for g in ws.goals() if g.priority_id == current.id]
        checkpoints = sum(len(g.checkpoints) for g in goals if g is not None)
        question = tr("delete.priority_question", title=current.title,
                      goals=tr.plural("count.goals", len(goals)),
                      checkpoints=tr.plural("count.checkpoints", checkpoints))
        if not await self.app.push_screen_wait(ConfirmScreen(question)):
            return
        try:
            removed = removal.delete_priority(ws, current.id)
        except (DomainError, DatabaseError) as exc:
            self._fail(exc)
            return
        app, title = self.smart, current.title
        app.remember_undo(lambda: app.tr("delete.priority_done", title=title),
                          lambda: removal.restore_priority(ws, removed))
        self.refresh_data()

    @writes
    def action_move(self, offset: int) -> None:
        current = self.current_id
        if current is None:
            return
        try:
            priority_service.move_priority(self.workspace, current, offset)
        except (DomainError, DatabaseError) as exc:
            self._fail(exc)
        self.refresh_data(select=current)
