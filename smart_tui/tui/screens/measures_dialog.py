"""« Importer des mesures… »: a file path, the choices of ``log --from``, a preview, an import.

Enter in the path reads the file and fills the column pickers; every change of choice redraws
the preview (date, value, new or replaced, the trajectory after import). Ctrl+S imports in one
transaction; on failure the dialog stays with what was chosen.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Checkbox, DataTable, Input, Label, Select, Static

from smart_tui.domain.models import DomainError, Goal
from smart_tui.measures import Aggregate, Choices, MeasureFileError, Period, Plan, plan_table
from smart_tui.measures.reader import Table, read_table
from smart_tui.present import error_text, trajectory_text
from smart_tui.sentence import format_value, smart_sentence
from smart_tui.services import DatabaseError
from smart_tui.services.measures import (
    MeasureImportResult,
    Remembered,
    import_measures,
    preview_measures,
    remembered,
)

from ..base import FormDialog
from ..widgets.fields import Field
from ..widgets.keybar import KeyBar

if TYPE_CHECKING:
    from ..app import SmartApp


class MeasuresDialog(FormDialog[Plan, MeasureImportResult]):
    SCREEN_KEY = "measures_dialog"
    ASK_BEFORE_CLOSING = False  # a preview of a file: nothing typed to lose
    BINDINGS = [
        Binding("ctrl+s", "save", "key.import_measures", id="import-measures-save"),
        Binding("ctrl+r", "reload", "key.reload_file", id="import-measures-reload"),
        Binding("escape", "cancel", "key.cancel", id="import-measures-cancel"),
    ]

    def __init__(self, goal: Goal, memory: Remembered | None = None) -> None:
        super().__init__(self._import)
        self.goal, self.memory = goal, memory
        self.table: Table | None = None
        self.path: Path | None = None
        self.preview: MeasureImportResult | None = None
        self._filling = False

    def compose(self) -> ComposeResult:
        tr = self.tr
        memory = self.memory.choices if self.memory else Choices()
        with VerticalScroll(classes="dialog", id="measures-dialog"):
            yield Static(tr("measures_ui.title"), classes="dialog-title")
            yield Static(smart_sentence(self.goal, tr), classes="sentence", markup=False)
            yield Field(tr("measures_ui.path"), id="measures-path",
                        value=self.memory.path if self.memory else "",
                        placeholder=tr("measures_ui.path_placeholder"))
            for name, options, value in (
                ("column", [], Select.NULL),
                ("date", [], Select.NULL),
                ("period", [(tr(f"period.{p.value}"), p) for p in Period], memory.period),
                ("aggregate", [(tr(f"aggregate.{a.value}"), a) for a in Aggregate],
                 memory.aggregate or Select.NULL),
                ("sheet", [], Select.NULL),
            ):
                with Horizontal(classes="select-row", id=f"measures-{name}-row"):
                    yield Label(tr(f"measures_ui.{name}"))
                    yield Select(options, value=value, id=f"measures-{name}",
                                 prompt=tr(f"measures_ui.{name}_prompt"))
            yield Checkbox(tr("measures_ui.partial"), memory.partial, id="measures-partial")
            yield Static(tr("measures_ui.load_first"), id="measures-summary", markup=False)
            yield DataTable(id="measures-preview", cursor_type="row", zebra_stripes=True)
            yield self.buttons(tr("measures_ui.import"))
        yield KeyBar()

    def on_mount(self) -> None:
        tr = self.tr
        self.query_one("#measures-preview", DataTable).add_columns(
            tr("measures.col_date"), tr("measures.col_value"), tr("measures.col_status"))
        self.query_one("#measures-sheet-row").display = False
        self.query_one("#measures-path", Input).focus()
        if self.memory and self.memory.path:
            self.action_reload()

    # -- reading ---------------------------------------------------------------------------
    @on(Input.Submitted, "#measures-path")
    def action_reload(self) -> None:
        field = self.query_one("#measures-path-field", Field)
        self.table = self.preview = None
        if not field.value:
            field.note(self.tr("measures_ui.load_first"), error=True)
            return
        path = Path(field.value).expanduser()
        sheet = self._selected("sheet")
        if sheet is None and self.memory and self.memory.choices.sheet:
            sheet = self.memory.choices.sheet
        try:
            table = read_table(path, sheet)
        except MeasureFileError as exc:
            field.note(error_text(self.tr, exc), error=True)
            self._show_error(exc)
            return
        field.note(None)
        self.table, self.path = table, path
        self._fill(table, sheet)
        self._redraw()

    def _fill(self, table: Table, sheet: str | None) -> None:
        from smart_tui.measures import columns_of

        memory = self.memory.choices if self.memory else Choices()
        detected, numeric = columns_of(table)
        headers = [(h, h) for h in table.headers]
        column = memory.column if memory.column in table.headers else None
        if column is None and len(numeric) == 1:
            column = numeric[0]
        date_col = memory.date_column if memory.date_column in table.headers else detected
        self._filling = True
        try:
            for name, value in (("column", column), ("date", date_col)):
                select = self.query_one(f"#measures-{name}", Select)
                select.set_options(headers)
                select.value = value if value is not None else Select.NULL
            sheets = self.query_one("#measures-sheet", Select)
            self.query_one("#measures-sheet-row").display = len(table.sheets) > 1
            if table.sheets:
                sheets.set_options([(s, s) for s in table.sheets])
                sheets.value = sheet if sheet in table.sheets else table.sheets[0]
        finally:
            self._filling = False

    def _selected(self, name: str) -> object | None:
        value = self.query_one(f"#measures-{name}", Select).value
        return None if value is Select.NULL else value

    def _choices(self) -> Choices:
        return Choices(
            column=self._selected("column"),  # type: ignore[arg-type]
            date_column=self._selected("date"),  # type: ignore[arg-type]
            period=self._selected("period") or Period.MONTH,  # type: ignore[arg-type]
            aggregate=self._selected("aggregate"),  # type: ignore[arg-type]
            partial=self.query_one("#measures-partial", Checkbox).value,
            sheet=self._selected("sheet"),  # type: ignore[arg-type]
        )

    @on(Select.Changed)
    @on(Checkbox.Changed)
    def _choice_changed(self, event: Select.Changed | Checkbox.Changed) -> None:
        if self._filling or self.table is None:
            return
        if isinstance(event, Select.Changed) and event.select.id == "measures-sheet":
            self.action_reload()
            return
        self._redraw()

    # -- preview ---------------------------------------------------------------------------
    def _redraw(self) -> None:
        tr, goal = self.tr, self.goal
        table = self.query_one("#measures-preview", DataTable)
        table.clear()
        self.preview = None
        if self.table is None or self.path is None:
            return
        try:
            plan = plan_table(self.table, self.path, self._choices(), goal.unit,
                              self.smart.today)
            self.preview = preview_measures(self.workspace, goal.id or 0, plan, self.smart.today)
        except (DomainError, DatabaseError) as exc:
            self._show_error(exc)
            return
        for item in self.preview.proposed:
            status = tr(f"measures.status_{item.status}",
                        previous=format_value(tr, item.previous, goal.unit))
            if item.partial:
                status += " " + tr("measures.partial")
            table.add_row(tr.date_short(item.day), format_value(tr, item.value, goal.unit),
                          status)
        lines = [tr("measures_ui.summary", count=len(self.preview.proposed),
                    column=plan.choices.column,
                    aggregate=tr(f"aggregate.{(plan.choices.aggregate or Aggregate.SUM).value}"))]
        lines += [tr("measures.left_out", start=tr.date_short(p.start), end=tr.date_short(p.end))
                  for p in plan.left_out]
        lines += [tr("measures.skipped", date=tr.date_short(s.day),
                     reason=error_text(tr, DomainError(s.reason, **s.params)))
                  for s in self.preview.skipped]
        lines.append(tr("measures.after", status=trajectory_text(tr, self.preview.after)))
        self.query_one("#measures-summary", Static).update("\n".join(lines))

    def _show_error(self, exc: Exception) -> None:
        self.query_one("#measures-preview", DataTable).clear()
        self.query_one("#measures-summary", Static).update(error_text(self.tr, exc))

    # -- import ----------------------------------------------------------------------------
    def read(self) -> Plan | None:
        if self.preview is None:
            self.show_error(self.tr("measures_ui.nothing_to_import"))
            return None
        return self.preview.plan

    def _import(self, plan: Plan) -> MeasureImportResult:
        return import_measures(self.workspace, self.goal.id or 0, plan, self.smart.today)


async def import_measures_flow(app: SmartApp, goal_id: int) -> bool:
    """Open the dialog for ``goal_id`` (it imports), then say what was written."""
    goal = app.workspace.goal(goal_id)
    if goal is None:
        return False
    result = await app.push_screen_wait(MeasuresDialog(goal, remembered(app.workspace, goal_id)))
    if result is None:
        return False
    tr = app.tr
    message = tr("measures.done", goal_id=goal_id, new=result.count("new"),
                 replaced=result.count("replaced"), unchanged=result.count("unchanged"))
    message += "\n" + tr("measures.after", status=trajectory_text(tr, result.after))
    app.notify(message, timeout=8)
    return True
