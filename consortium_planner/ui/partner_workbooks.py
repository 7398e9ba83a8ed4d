"""Project > Partner workbooks: write them for one or all participants, and import returned ones.

Importing is two passes off the GUI thread: a dry run of every chosen file shows what each would
change (field by field, old -> new) with its errors and warnings; the user keeps the files they
accept, which are then applied, each in its own transaction. The application is one undo step:
before applying, each participant's rows (effort, cost lines) and organisation fields are
captured, and undo puts exactly those back (redo puts the imported state back), since the
replaced cost lines get new ids and cannot be found again by id.

A returned workbook reaches this flow from Project > Import returned workbooks… and from a file
dropped on the window (services/file_kinds decides which files are returned workbooks).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from consortium_planner.domain.text import fold
from consortium_planner.importing.errors import SheetProblem, worded
from consortium_planner.ui.commands import EditCommand
from consortium_planner.ui.exports import BackgroundJob, show_written
from consortium_planner.ui.language import window_wording
from consortium_planner.ui.widgets import plain_label

if TYPE_CHECKING:
    from consortium_planner.app import AppContext
    from consortium_planner.domain.project import ProjectSnapshot
    from consortium_planner.services.editing import Changes, RowsState
    from consortium_planner.services.partner_returns import FileResult
    from consortium_planner.ui.main_window import MainWindow
    from consortium_planner.workspace import Workspace

WORKBOOK_FILTER = QT_TRANSLATE_NOOP("exports", "Excel workbooks (*.xlsx);;All files (*)")
translate = QCoreApplication.translate
# The organisation fields a returned workbook may change (its profile, less the participant's
# own monthly cost and roles, plus the SME class derived from the figures).
ORGANISATION_FIELDS = (
    "legal_name", "short_name", "pic", "vat", "org_type", "profit", "country", "nuts2",
    "address", "city", "postcode", "website", "contact_name", "email", "phone",
    "staff_headcount", "turnover", "balance_sheet", "sme_class", "nace_codes",
)


# --- generating ----------------------------------------------------------------------------------


class GenerateDialog(QDialog):
    """Which participant's workbook to write (or every participant's, one file each), and in
    which language: a participant's choice is kept on it (an undoable edit) for next time."""

    def __init__(self, snapshot: ProjectSnapshot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshot = snapshot
        self.setWindowTitle(self.tr("Partner workbooks of {acronym}").format(
            acronym=snapshot.project.acronym))
        self.participant = QComboBox(self)
        self.participant.setAccessibleName(self.tr("Participant"))
        self.participant.addItem(self.tr("All participants (one workbook each, into a folder)"),
                                 None)
        for participant in snapshot.participants:
            self.participant.addItem(
                f"P{participant.number} {participant.short_name}", participant.number)
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language of the workbook"))
        self.participant.currentIndexChanged.connect(lambda _index: self._show_language())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Write…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(plain_label(
            self.tr("Each partner fills in their profile, effort per work package and cost "
                    "lines, and sends the workbook back; Project > Import returned workbooks… "
                    "reads it."), self, wrap=True))
        form.addRow(self.tr("&Participant"), self.participant)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(buttons)
        self._show_language()

    def number(self) -> int | None:
        return self.participant.currentData()

    def _show_language(self) -> None:
        """The chosen participant's language choices, its stored one selected; for all
        participants, each one's own language (nothing to choose)."""
        from consortium_planner.reference.languages import LANGUAGES, language_for_country

        self.language.clear()
        number = self.number()
        participant = self.snapshot.participant(number) if number is not None else None
        if participant is None:
            self.language.addItem("Each participant's own language", None)
            self.language.setEnabled(False)
            return
        self.language.setEnabled(True)
        own = LANGUAGES[language_for_country(participant.organisation.country)]
        self.language.addItem(f"The language of its country ({own})", None)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        stored = participant.workbook_language
        self.language.setCurrentIndex(max(self.language.findData(stored), 0) if stored else 0)

    def chosen_language(self) -> str | None:
        """The language code chosen for the participant (None: its country's language)."""
        return self.language.currentData()

    def language_changed(self) -> bool:
        number = self.number()
        participant = self.snapshot.participant(number) if number is not None else None
        return participant is not None and (
            participant.workbook_language != self.chosen_language())


def workbook_writer(number: int | None) -> Callable[[Any, Path], Any]:
    """The export function for one participant (a file) or all (a folder)."""
    from consortium_planner.exporting.partner_template import (
        write_partner_workbook,
        write_partner_workbooks,
    )

    if number is None:
        return write_partner_workbooks
    return lambda snapshot, path: write_partner_workbook(snapshot, number, path, language=None)


def suggested_name(snapshot: ProjectSnapshot, number: int) -> str:
    from consortium_planner.exporting.partner_template import partner_workbook_name

    participant = snapshot.participant(number)
    assert participant is not None
    return partner_workbook_name(snapshot, participant)


# --- the dry run and its preview -----------------------------------------------------------------


def result_lines(result: FileResult) -> list[str]:
    """A file's outcome as plain lines: status, changes old -> new, errors, warnings, notes."""
    name = Path(result.path).name
    lines: list[str] = []
    if result.status == "rejected":
        lines.append(translate("partner_workbooks", "{file} cannot be imported:").format(
            file=name))
    elif result.diff is not None:
        diff = result.diff
        lines.append(f"{name}: {diff.project} P{diff.participant} {diff.organisation}")
        changes = diff.lines(window_wording())
        lines.extend(f"  {line}" for line in changes)
        if not changes:
            lines.append("  " + translate(
                "partner_workbooks",
                "No changes: the workspace already holds what this workbook says."))
    for problem in result.errors:
        lines.append("  " + translate("partner_workbooks", "Error: {problem}").format(
            problem=_problem_text(problem)))
    for problem in result.warnings:
        lines.append("  " + translate("partner_workbooks", "Warning: {problem}").format(
            problem=_problem_text(problem)))
    said = window_wording()
    lines.extend("  " + translate("partner_workbooks", "Note: {note}").format(
        note=worded(note, said)) for note in result.notes)
    return lines


def _problem_text(problem: SheetProblem) -> str:
    """Where the problem is and what it is, in the window's language."""
    return problem.located(window_wording())


def importable(result: FileResult) -> bool:
    return result.status != "rejected" and result.diff is not None and not result.diff.is_empty


class ReturnsPreviewDialog(QDialog):
    """The dry run's results: a checkable list of files and, for the current one, its diff."""

    def __init__(self, results: list[FileResult], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import returned workbooks"))
        self.resize(900, 560)
        self.results = results
        self.files = QListWidget(self)
        self.files.setAccessibleName(self.tr("Returned workbooks"))
        for result in results:
            item = QListWidgetItem(self._label(result), self.files)
            if importable(result):
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
            else:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Changes of the selected workbook"))
        self.files.currentRowChanged.connect(self._show)
        self.files.itemChanged.connect(lambda _item: self._update_ok())
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.files)
        splitter.addWidget(self.details)
        splitter.setSizes([300, 600])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Import checked files"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(
            self.tr("Nothing has changed yet. Check the files to import; a file with errors "
                    "changes nothing. Edit > Undo takes the whole import back."), self,
            wrap=True))
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.files.setCurrentRow(0)
        self._update_ok()

    @staticmethod
    def _label(result: FileResult) -> str:
        name = Path(result.path).name
        if result.status == "rejected":
            return translate("ReturnsPreviewDialog", "✗ {file} (errors)").format(file=name)
        if result.diff is None or result.diff.is_empty:
            return translate("ReturnsPreviewDialog", "= {file} (no changes)").format(file=name)
        count = len(result.diff.lines())
        return translate("ReturnsPreviewDialog", "{file} (changes: {count})").format(
            file=name, count=count)

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.results):
            self.details.setPlainText("\n".join(result_lines(self.results[row])))

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.accepted_paths()))

    def accepted_paths(self) -> list[Path]:
        paths = []
        for row, result in enumerate(self.results):
            item = self.files.item(row)
            if importable(result) and item.checkState() == Qt.CheckState.Checked:
                paths.append(Path(result.path))
        return paths


# --- applying, as one undo step ------------------------------------------------------------------


@dataclass(frozen=True)
class ParticipantState:
    """A participant's rows and its organisation's fields at one moment."""

    participant_id: int
    organisation_id: int
    rows: RowsState
    organisation: dict[str, Any]


def capture_participant(context: AppContext, participant_id: int,
                        organisation_id: int) -> ParticipantState:
    service = context.editing
    return ParticipantState(
        participant_id, organisation_id, service.capture("participant", [participant_id]),
        service.values("organisation", organisation_id, ORGANISATION_FIELDS),
    )


def put_back(context: AppContext, state: ParticipantState) -> Changes:
    """The participant exactly as captured (same ids), its organisation's fields as they were."""
    service = context.editing
    changes = service.remove("participant", [state.participant_id])
    changes = changes | service.restore(state.rows)
    return changes | service.update_many(
        "organisation", [(state.organisation_id, state.organisation)])


def participants_of(context: AppContext, results: list[FileResult]) -> dict[Path, tuple[int, int]]:
    """(participant id, organisation id) of each dry-run result, from the project it names."""
    found: dict[Path, tuple[int, int]] = {}
    projects = {fold(project.acronym): project.id for project in context.projects()}
    for result in results:
        if result.diff is None or fold(result.diff.project) not in projects:
            continue
        participant = context.snapshot(projects[fold(result.diff.project)]).participant(
            result.diff.participant)
        if participant is not None:
            found[Path(result.path)] = (participant.id, participant.organisation.id)
    return found


class PartnerImportCommand(EditCommand):
    """Returned workbooks already applied (off the GUI thread) as one undo step.

    `before` was captured before the files were applied; the first `apply` captures the imported
    state, which redo puts back. The import records (ImportBatch) go and come back with it, so
    the Returns page agrees with the undo history.
    """

    def __init__(self, context: AppContext, before: list[ParticipantState],
                 results: list[FileResult], text: str) -> None:
        super().__init__(context, text)
        self.before = before
        self.results = results
        self.after: list[ParticipantState] | None = None
        self.batches: list[dict[str, Any]] = []

    def _workspace(self) -> Workspace:
        assert self.context.workspace is not None
        return self.context.workspace

    def apply(self) -> Changes:
        from consortium_planner.services.editing import Changes

        if self.after is None:
            self.after = [capture_participant(self.context, s.participant_id, s.organisation_id)
                          for s in self.before]
            from consortium_planner.services.partner_returns import import_records

            self.batches = import_records(self._workspace(), [r.batch_id for r in self.results
                                                              if r.batch_id is not None])
            return Changes(directory=True, participants=True, effort=True, budget=True)
        from consortium_planner.services.partner_returns import set_import_records

        changes = Changes(directory=True)
        for state in self.after:
            changes = changes | put_back(self.context, state)
        set_import_records(self._workspace(), self.batches, present=True)
        return changes

    def revert(self) -> Changes:
        from consortium_planner.services.editing import Changes
        from consortium_planner.services.partner_returns import set_import_records

        changes = Changes(directory=True)
        for state in self.before:
            changes = changes | put_back(self.context, state)
        set_import_records(self._workspace(), self.batches, present=False)
        return changes


def import_files(workspace: Any, paths: list[Path], progress: Callable[[int, int], None], *,
                 dry_run: bool) -> list[FileResult]:
    """Each file in turn (in the worker thread), reporting progress between files."""
    from consortium_planner.services.partner_returns import import_partner_workbook

    results = []
    for position, path in enumerate(paths):
        progress(position, len(paths))
        results.append(import_partner_workbook(workspace, path, dry_run=dry_run))
    progress(len(paths), len(paths))
    return results


def import_summary(results: list[FileResult]) -> str:
    imported = [r for r in results if r.status == "imported"]
    rejected = [r for r in results if r.status == "rejected"]
    names = ", ".join(Path(r.path).name for r in imported)
    text = (translate("partner_workbooks", "Returned workbooks imported: {count} ({files}).")
            if imported else
            translate("partner_workbooks", "Returned workbooks imported: {count}.")).format(
        count=len(imported), files=names)
    if rejected:
        text += " " + translate("partner_workbooks", "Not imported: {count}:").format(
            count=len(rejected)) + " " + " ".join(
            f"{Path(r.path).name}: {_problem_text(r.errors[0])}" if r.errors
            else Path(r.path).name for r in rejected)
    return text


# --- the workflows of the Project menu ---------------------------------------------------------


def generate_partner_workbooks(window: MainWindow) -> None:
    """Write one participant's workbook (a file) or every participant's (into a folder)."""
    context = window.context
    project_id = window.current_project
    if project_id is None or not context.has_project(project_id):
        return
    snapshot = context.snapshot(project_id)
    if not snapshot.participants:
        window.show_user_error(translate("partner_workbooks",
                                         "{acronym} has no participants yet.").format(
            acronym=snapshot.project.acronym))
        return
    dialog = GenerateDialog(snapshot, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    number = dialog.number()
    if number is not None and dialog.language_changed():
        keep_workbook_language(window, snapshot, number, dialog.chosen_language())
    if number is None:
        target = QFileDialog.getExistingDirectory(
            window, translate("partner_workbooks",
                              "Folder for the partner workbooks of {acronym}").format(
                acronym=snapshot.project.acronym),
            window.last_folder())
    else:
        suggestion = str(Path(window.last_folder()) / suggested_name(snapshot, number))
        target, _ = QFileDialog.getSaveFileName(
            window, translate("partner_workbooks", "Partner workbook"), suggestion,
            translate("exports", "Excel workbooks (*.xlsx)"))
        if target and not target.endswith(".xlsx"):
            target += ".xlsx"
    if target:
        window.remember_folder(target)
        write_partner_workbooks(window, number, Path(target))


def keep_workbook_language(window: MainWindow, snapshot: ProjectSnapshot, number: int,
                           language: str | None) -> bool:
    """Store a participant's workbook language: one undoable edit (Edit > Undo takes it back)."""
    from consortium_planner.ui.commands import UpdateCommand

    participant = snapshot.participant(number)
    if participant is None or window.context.read_only:
        return False
    return bool(window.context.execute(UpdateCommand(
        window.context, "participant", [(participant.id, {"workbook_language": language})],
        f"Set the workbook language of P{number}")))


def write_partner_workbooks(window: MainWindow, number: int | None,
                            target: Path) -> BackgroundJob:
    """Write the workbook(s) off the GUI thread; the status bar offers to open the result."""
    assert window.current_project is not None
    snapshot = window.context.snapshot(window.current_project)
    write = workbook_writer(number)
    job = BackgroundJob(lambda _progress: write(snapshot, target),
                        translate("partner_workbooks", "Writing the partner workbooks…")
                        if number is None else
                        translate("partner_workbooks", "Writing the partner workbook…"),
                        title=translate("partner_workbooks", "Partner workbooks"), parent=window,
                        show_progress=not window.reporter.no_err_windows)
    return window.jobs.start(job, lambda path: show_written(window, path))


def import_returned_workbooks(window: MainWindow,
                              paths: list[Path] | None = None) -> BackgroundJob | None:
    """Dry-run the returned workbooks (chosen now when not given) off the GUI thread, then show
    what they change in the preview."""
    workspace = window.context.workspace
    if workspace is None or window.context.read_only:
        return None
    if paths is None:
        chosen, _ = QFileDialog.getOpenFileNames(window, translate(
            "partner_workbooks", "Import returned partner workbooks"),
                                                 window.last_folder(),
                                                 translate("exports", WORKBOOK_FILTER))
        if not chosen:
            return None
        window.remember_folder(chosen[0])
        paths = [Path(name) for name in chosen]
    files = list(paths)
    job = BackgroundJob(lambda progress: import_files(workspace, files, progress, dry_run=True),
                        translate("partner_workbooks", "Reading workbooks: {count}…").format(
                            count=len(files)),
                        title=translate("ReturnsPreviewDialog", "Import returned workbooks"),
                        parent=window,
                        show_progress=not window.reporter.no_err_windows)
    return window.jobs.start(job, lambda results: _returns_read(window, results))


def choose_returns(window: MainWindow, results: list[FileResult]) -> list[Path]:
    """The files the user accepts after seeing their changes (none when cancelled)."""
    dialog = ReturnsPreviewDialog(results, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return []
    return dialog.accepted_paths()


def _returns_read(window: MainWindow, results: list[FileResult]) -> None:
    context = window.context
    accepted = choose_returns(window, results)
    if not accepted:
        return
    found = participants_of(context, [r for r in results if Path(r.path) in accepted])
    before = [capture_participant(context, *ids)
              for ids in dict.fromkeys(found[path] for path in accepted if path in found)]
    workspace = context.workspace
    job = BackgroundJob(
        lambda progress: import_files(workspace, accepted, progress, dry_run=False),
        translate("partner_workbooks", "Importing workbooks: {count}…").format(
            count=len(accepted)),
        title=translate("ReturnsPreviewDialog", "Import returned workbooks"), parent=window,
        show_progress=not window.reporter.no_err_windows)
    window.jobs.start(job, lambda applied: _returns_applied(window, before, applied))


def _returns_applied(window: MainWindow, before: list[ParticipantState],
                     results: list[FileResult]) -> None:
    imported = [r for r in results if r.status == "imported"]
    summary = import_summary(results)
    if imported:
        text = (translate("partner_workbooks", "Import {file}").format(
            file=Path(imported[0].path).name) if len(imported) == 1
            else translate("partner_workbooks", "Import returned workbooks: {count}").format(
                count=len(imported)))
        window.context.execute(PartnerImportCommand(window.context, before, imported, text))
    if len(imported) < len(results):
        window.show_user_error(summary)
    else:
        window.statusBar().showMessage(summary, 15000)
