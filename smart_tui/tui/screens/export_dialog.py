"""Step 3 from the app: pick a format (and a CSV table), a file path, and write it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Input, Label, Select, Static

from smart_tui.domain.models import DomainError
from smart_tui.export.formats import FORMATS, TABLES, default_filename
from smart_tui.fileio import check_output, write_atomic
from smart_tui.paths import documents_dir
from smart_tui.services import transfer

from ..base import FormDialog
from ..widgets.fields import Field
from ..widgets.keybar import KeyBar


@dataclass(frozen=True)
class ExportRequest:
    fmt: str
    table: str
    path: Path


class ExportDialog(FormDialog[ExportRequest, Path]):
    """Writes the export (a failed write keeps the dialog open, the error inline); returns
    the path written."""

    SCREEN_KEY = "export"
    ASK_BEFORE_CLOSING = False  # a folder and a format: nothing typed worth asking about
    BINDINGS = [
        Binding("ctrl+s", "save", "key.export", id="do-export"),
        Binding("escape", "cancel", "key.cancel", id="cancel-export"),
    ]

    def __init__(self) -> None:
        super().__init__(self._export)

    def _export(self, request: ExportRequest) -> Path:
        data = transfer.export(self.workspace, request.fmt, self.tr, self.smart.today,
                               request.table)
        if self.app.is_web:  # smart-tui serve: to the browser, never the server's disk
            self._deliver(data, request.path.name)
            return request.path
        try:
            request.path.parent.mkdir(parents=True, exist_ok=True)
            check_output(request.path, Path(self.workspace.path))  # never the database
            write_atomic(request.path, data)
        except OSError as exc:
            raise DomainError("error.file_write", path=request.path,
                              detail=exc) from exc
        self.smart.settings.export_dir = str(request.path.parent)
        self.smart.save_settings()  # the next export proposes the same folder
        self.notify(self.tr("cli.exported", path=request.path), timeout=10)
        return request.path

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
                yield Select([(tr(f"export.table_{t}"), t) for t in TABLES],
                             value="goals", allow_blank=False, id="table")
            yield Field(tr("export.path"), id="path", value=str(self._default_path("md", "goals")),
                        max_length=4096)
            yield self.buttons(tr("key.export"))
        yield KeyBar()

    def on_mount(self) -> None:
        self._suggested = self.query_one("#path-field", Field).value
        self.query_one("#table-row").display = False
        self.query_one("#format", Select).focus()

    def _default_path(self, fmt: str, table: str) -> Path:
        remembered = self.smart.settings.export_dir
        folder = Path(remembered) if remembered else documents_dir()
        return folder / default_filename(fmt, self.smart.today, table, self.tr)

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

    def read(self) -> ExportRequest | None:
        field = self.query_one("#path-field", Field)
        if not field.value:
            field.note(self.tr("error.required"), error=True)
            return None
        return ExportRequest(self._choice("format"), self._choice("table"),
                             Path(field.value).expanduser())

    def field_for(self, error: DomainError) -> Field | None:
        path_error = error.key == "error.file_write" or error.key.startswith("error.output_")
        return self.query_one("#path-field", Field) if path_error else None

    def _deliver(self, data: bytes, name: str) -> None:
        """In a browser tab the file downloads there: a read-only viewer, or anyone on the
        network, must not be able to write a file (or the database) on the serving machine."""
        import io

        self.app.deliver_binary(io.BytesIO(data), save_filename=name or "smart-tui-export",
                                open_method="download")
        self.notify(self.tr("export.delivered", name=name), timeout=10)

    @on(Input.Submitted, "#path")
    def _submitted(self) -> None:
        self.action_save()
