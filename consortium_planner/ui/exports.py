"""File > Export: the PDF report, the Excel workbook and the CSV tables, written off the GUI thread.

The exporters (`consortium_planner.exporting`) are pure functions of a `ProjectSnapshot`, which
is frozen, so the worker thread needs no session. Their progress callback reaches the progress
dialog through a queued signal; Cancel makes the next callback raise, which the exporters treat
as "stop and leave any existing file untouched". `Jobs` is the window's list of running jobs:
it reports each one's outcome and cancels them all when the window closes.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QInputDialog, QProgressDialog, QWidget

from consortium_planner.reference.languages import LANGUAGES
from consortium_planner.services.errors import UserError
from consortium_planner.ui.errors import error_text
from consortium_planner.ui.language import window_language
from consortium_planner.ui.widgets import plain_label

if TYPE_CHECKING:
    from consortium_planner.ui.main_window import MainWindow


@dataclass(frozen=True)
class ExportKind:
    key: str
    label: str  # menu text, in English (context "actions")
    module: str  # under consortium_planner.exporting
    function: str
    file_filter: str  # "" for a folder; in English (context "exports")
    suffix: str
    detailed: bool  # takes findings, workspace_name and progress
    shortcut: str = ""


EXPORT_KINDS = (
    ExportKind("pdf", QT_TRANSLATE_NOOP("actions", "&PDF report…"), "pdf_report", "write_pdf",
               QT_TRANSLATE_NOOP("exports", "PDF files (*.pdf)"), ".pdf", True, "Ctrl+E"),
    ExportKind("xlsx", QT_TRANSLATE_NOOP("actions", "&Excel workbook…"), "xlsx_workbook",
               "write_workbook", QT_TRANSLATE_NOOP("exports", "Excel workbooks (*.xlsx)"),
               ".xlsx", True, "Ctrl+Shift+E"),
    ExportKind("csv", QT_TRANSLATE_NOOP("actions", "&CSV tables…"), "csv_tables",
               "write_csv_tables", "", "", False,
               "Ctrl+Shift+T"),
)

# Characters no file system takes in a name (Windows is the strictest) and path separators.
translate = QCoreApplication.translate

_UNSAFE_FILE_CHARACTERS = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def suggested_file_name(acronym: str, suffix: str) -> str:
    """The Save dialog's proposal: the acronym, made a valid single file name wherever it is
    saved, since an acronym may hold "/" or "<" (which would turn it into a folder path)."""
    stem = _UNSAFE_FILE_CHARACTERS.sub("-", acronym).strip("-. ")
    return f"{stem or 'project'}{suffix}"


def exporter(kind: ExportKind) -> Callable[..., Any]:
    """The export function, imported when first used (reportlab and openpyxl load slowly)."""
    module = importlib.import_module(f"consortium_planner.exporting.{kind.module}")
    function: Callable[..., Any] = getattr(module, kind.function)
    return function


class ExportCancelled(Exception):
    """Raised from the progress callback when the user pressed Cancel."""


class _TaskWorker(QObject):
    finished = Signal(object)  # what the call returned
    failed = Signal(object)
    progressed = Signal(int, int)

    def __init__(self, call: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self._call = call
        self.cancelled = False

    def _progress(self, done: int, total: int) -> None:
        if self.cancelled:
            raise ExportCancelled
        self.progressed.emit(done, total)

    @Slot()
    def run(self) -> None:
        try:
            result = self._call(self._progress)
        except Exception as error:  # reported on the GUI thread, sorted there
            self.failed.emit(error)
        else:
            self.finished.emit(result)


class BackgroundJob(QObject):
    """Any long call off the GUI thread, with a progress dialog and Cancel (raised as
    `ExportCancelled` from the call's next progress report)."""

    done = Signal(object)  # the call's result
    failed = Signal(object)  # Exception

    def __init__(self, call: Callable[[Callable[[int, int], None]], Any], label: str, *,
                 title: str = "", parent: QWidget | None = None,
                 show_progress: bool = True) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self._worker = _TaskWorker(call)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.finished.connect(self._finished)
        self._worker.failed.connect(self._failed)
        self._progress: QProgressDialog | None = None
        if show_progress:
            self._progress = QProgressDialog("", self.tr("Cancel"), 0, 0, parent)
            self._progress.setLabel(plain_label(label))
            self._progress.setWindowTitle(title or self.tr("Working"))
            self._progress.setMinimumDuration(300)
            self._progress.canceled.connect(self.cancel)
            self._worker.progressed.connect(self._show_progress)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._worker.cancelled = True

    def wait(self) -> None:
        self._thread.quit()
        self._thread.wait()

    def _show_progress(self, done: int, total: int) -> None:
        if self._progress is not None and not self._worker.cancelled:
            self._progress.setMaximum(total)
            self._progress.setValue(done)

    def _stop(self) -> None:
        if self._progress is not None:
            self._progress.canceled.disconnect(self.cancel)
            self._progress.reset()
        self.wait()

    def _finished(self, result: Any) -> None:
        self._stop()
        self.done.emit(result)

    def _failed(self, error: Exception) -> None:
        self._stop()
        self.failed.emit(error)


class ExportJob(BackgroundJob):
    """One export: the exporter in a thread; `done` carries the written path."""

    def __init__(self, kind: ExportKind, function: Callable[..., Any], snapshot: Any,
                 target: Path, *, findings: Any = None, workspace_name: str = "",
                 parent: QWidget | None = None, show_progress: bool = True,
                 language: str = "en") -> None:
        def call(progress: Callable[[int, int], None]) -> Path:
            if kind.detailed:
                function(snapshot, target, findings=findings, workspace_name=workspace_name,
                         progress=progress, language=language)
            else:
                function(snapshot, target, language=language)
            return target

        super().__init__(call, translate("exports", "Writing {file}…").format(file=target.name),
                         title=translate("exports", "Export"), parent=parent,
                         show_progress=show_progress)


class Jobs:
    """The window's running background jobs. Each one's result goes to its `done` callback; a
    failure is sorted into the user's problem (a message) or a bug (the crash dialog)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.running: list[BackgroundJob] = []

    def start(self, job: BackgroundJob, done: Callable[[Any], None]) -> BackgroundJob:
        job.done.connect(lambda result: self._finished(job, done, result))
        job.failed.connect(lambda error: self._failed(job, error))
        self.running.append(job)
        job.start()
        return job

    def _finished(self, job: BackgroundJob, done: Callable[[Any], None], result: Any) -> None:
        self.running.remove(job)
        done(result)

    def _failed(self, job: BackgroundJob, error: Exception) -> None:
        from consortium_planner.exporting.files import ExportError

        self.running.remove(job)
        if isinstance(error, ExportCancelled):
            self.window.statusBar().showMessage(
                translate("exports", "Export cancelled; no file was changed."), 8000)
        elif isinstance(error, (ExportError, UserError, OSError)):
            self.window.show_user_error(
                translate("exports", "The export failed: {error}").format(
                    error=error_text(error)))
        else:
            self.window.reporter.excepthook(type(error), error, error.__traceback__)

    def cancel_all(self) -> None:
        for job in list(self.running):
            job.cancel()
            job.wait()


def show_written(window: MainWindow, path: Path | list[Path]) -> None:
    """Offer the written file (or, for one file per partner, their folder) in the status bar."""
    if isinstance(path, list):
        folder = path[0].parent if path else Path()
        window.show_file_notice(folder, translate(
            "exports", "Wrote {count} files into {folder}").format(
            count=len(path), folder=folder))
    else:
        window.show_file_notice(path, translate("exports", "Exported to {file}").format(file=path))


def choose_language(window: MainWindow) -> str | None:
    """The export's language, asked with the window's as the proposal (a coordinator may work
    in Italian and still send the Commission an English PDF); None when the user cancels.
    Unattended runs (no dialogs) take the window's language."""
    current = window_language()
    if window.reporter.no_err_windows:
        return current
    codes = list(LANGUAGES)
    names = [LANGUAGES[code] for code in codes]
    name, accepted = QInputDialog.getItem(
        window, translate("exports", "Export"), translate("exports", "Language of the export:"),
        names,
        codes.index(current), False)
    return codes[names.index(name)] if accepted and name in names else None


def export(window: MainWindow, kind: ExportKind) -> None:
    """File > Export: ask where, then write the current project off the GUI thread."""
    context = window.context
    project_id = window.current_project
    if project_id is None or not context.has_project(project_id):
        return
    snapshot = context.snapshot(project_id)
    name = snapshot.project.acronym
    if kind.file_filter:
        suggestion = str(Path(window.last_folder()) / suggested_file_name(name, kind.suffix))
        target, _ = QFileDialog.getSaveFileName(
            window, translate("exports", "Export {acronym}").format(acronym=name), suggestion,
            QCoreApplication.translate("exports", kind.file_filter))
        if target and not target.endswith(kind.suffix):
            target += kind.suffix
    else:
        target = QFileDialog.getExistingDirectory(
            window, translate("exports", "Export {acronym} as CSV tables").format(acronym=name),
            window.last_folder())
    if not target:
        return
    window.remember_folder(target)
    language = choose_language(window)
    if language is None:
        return
    from consortium_planner.rules.engine import in_language  # the checks: not needed at start

    job = ExportJob(kind, exporter(kind), snapshot, Path(target),
                    findings=in_language(context.findings(project_id), language),
                    workspace_name=context.workspace.name if context.workspace else "",
                    parent=window, show_progress=not window.reporter.no_err_windows,
                    language=language)
    what = f"{kind.label.strip('&…').replace('&', '')} {Path(target).name}"
    workspace = context.workspace
    window.jobs.start(job, lambda path: exported(window, workspace, snapshot, what, path))


def exported(window: MainWindow, workspace: Any, snapshot: Any, what: str,
             path: Path | list[Path]) -> None:
    """Say where the export went, and keep the project as exported as a version of it (when
    the workspace can be written and the project changed since its latest version)."""
    from consortium_planner.services.editing import Changes
    from consortium_planner.services.versions import record_export
    from consortium_planner.workspace import WorkspaceError

    show_written(window, path)
    context = window.context
    if context.workspace is None or context.workspace is not workspace:  # closed meanwhile
        return
    try:
        version = record_export(context.workspace, snapshot, what)
    except WorkspaceError as error:
        context.workspace_error.emit(error)
        return
    if version is not None:
        context.notify(Changes(projects=True, project_id=version.project_id))
