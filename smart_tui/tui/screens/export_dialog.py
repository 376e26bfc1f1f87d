"""Step 3 from the app: pick a format (and a CSV table), a file path, and write it."""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Footer, Input, Label, Select, Static

from smart_tui.export.documents import FORMATS, default_filename, render
from smart_tui.fileio import write_atomic
from smart_tui.paths import documents_dir
from smart_tui.storage import DatabaseError

from ..base import FormDialog
from ..widgets.fields import Field


class ExportDialog(FormDialog[Path | None]):
    """Writes the export itself (so a failed write keeps the dialog open); returns the path."""

    SCREEN_KEY = "export"
    BINDINGS = [
        Binding("ctrl+s", "save", "key.export", id="do-export"),
        Binding("escape", "cancel", "key.cancel", id="cancel-export"),
    ]

    def compose(self) -> ComposeResult:
        tr = self.tr
        with VerticalScroll(classes="dialog", id="export-dialog"):
            yield Static(tr("export.title"), classes="dialog-title")
            yield Static(tr("export.intro"), classes="intro")
            with Horizontal(classes="select-row"):
                yield Label(tr("export.format"))
                yield Select([(tr(f"export.format_{f}"), f) for f in FORMATS], value="md",
                             allow_blank=False, id="format")
            with Horizontal(classes="select-row", id="table-row"):
                yield Label(tr("export.table"))
                yield Select([(tr("export.table_goals"), "goals"),
                              (tr("export.table_checkpoints"), "checkpoints")],
                             value="goals", allow_blank=False, id="table")
            yield Field(tr("export.path"), id="path", value=str(self._default_path("md", "goals")),
                        max_length=4096)
            yield self.buttons(tr("key.export"))
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self._suggested = self.query_one("#path-field", Field).value
        self.query_one("#table-row").display = False
        self.query_one("#format", Select).focus()

    def _default_path(self, fmt: str, table: str) -> Path:
        return documents_dir() / default_filename(fmt, self.smart.today, table)

    def _choice(self, name: str) -> str:
        return str(self.query_one(f"#{name}", Select).value)

    @on(Select.Changed)
    def _changed(self) -> None:
        fmt, table = self._choice("format"), self._choice("table")
        self.query_one("#table-row").display = fmt == "csv"
        field = self.query_one("#path-field", Field)
        if field.value == self._suggested:  # follow the format until the user types a path
            self._suggested = str(self._default_path(fmt, table))
            field.input.value = self._suggested

    def action_save(self) -> None:
        field = self.query_one("#path-field", Field)
        if not field.value:
            field.note(self.tr("error.required"), error=True)
            return
        path = Path(field.value).expanduser()
        tr = self.tr
        try:
            data = render(self.store, self._choice("format"), tr, self.smart.today,
                          self._choice("table"))
            if self.app.is_web:  # smart-tui serve: to the browser, never the server's disk
                self._deliver(data, path.name)
                return
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, data)
        except OSError as exc:
            field.note(tr("error.file_write", path=path, detail=exc.strerror or exc), error=True)
            return
        except DatabaseError as exc:
            from smart_tui.present import error_text

            field.note(error_text(tr, exc), error=True)
            return
        self.notify(tr("cli.exported", path=path), timeout=10)
        self.dismiss(path)

    def _deliver(self, data: bytes, name: str) -> None:
        """In a browser tab the file downloads there: a read-only viewer, or anyone on the
        network, must not be able to write a file (or the database) on the serving machine."""
        import io

        self.app.deliver_binary(io.BytesIO(data), save_filename=name or "smart-tui-export",
                                open_method="download")
        self.notify(self.tr("export.delivered", name=name), timeout=10)
        self.dismiss(None)

    @on(Input.Submitted, "#path")
    def _submitted(self) -> None:
        self.action_save()
