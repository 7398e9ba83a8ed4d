"""Importing a file: the one use case behind `consortium-planner import` and the import wizard.

The sequence "which importer -> plan -> preview against the directory -> refuse or skip invalid
rows -> apply -> remember the mapping -> report" lives here once (as Anki's
`col.import_csv(request)`); the front ends build an `ImportRequest` and show the report. An
organisation list takes two steps, since the wizard lets the user decide per duplicate between
them: `prepare_import` (read, plan, match; writes nothing) and `finish_import` (the decisions,
then refuse, dry-run or apply in one transaction). `import_file` chains both for the command
line, and sends a returned partner workbook to its own import (`services.partner_returns`), as
`services.file_kinds` decides for every route a file takes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from consortium_planner.importing.errors import HeaderRowUnclear, ImportFileError, SheetProblem
from consortium_planner.importing.plan import (
    OrganisationPlan,
    build_organisation_plan,
    plan_workbook,
)
from consortium_planner.importing.readers import WorkbookData
from consortium_planner.services.file_kinds import FileKind, file_kind
from consortium_planner.services.import_mappings import load_mappings, remember_mapping
from consortium_planner.services.organisation_import import (
    Decision,
    ImportPreview,
    ImportRefused,
    ImportResult,
    apply_import,
    clusters_to_create,
    preview_import,
)
from consortium_planner.workspace import Workspace

if TYPE_CHECKING:
    from consortium_planner.services.partner_returns import FileResult

Status = Literal["imported", "rejected", "dry-run"]
Progress = Callable[[int, int], None]

NOT_IMPORTED_FOR_ERRORS = ("Nothing was imported: fix the rows with errors, or import the valid "
                           "rows only (--skip-invalid).")


@dataclass(frozen=True)
class ImportRequest:
    """What a front end asks for: the file and the user's options."""

    path: Path
    # Header text -> field; "" or "ignore" leaves the column out. Without any, the mapping
    # remembered for the file's layout of columns (if any) is used.
    overrides: Mapping[str, str] = field(default_factory=dict)
    sheet: str | None = None  # the sheet to read (None: the first with a header row)
    project: str | None = None  # enrol the organisations in this project
    skip_invalid: bool = False  # import the valid rows of a file with error rows
    dry_run: bool = False  # check and report, change nothing
    # The spreadsheet row number of the header (0: the list has none); None: find it.
    header_row: int | None = None


@dataclass(frozen=True)
class ListReport:
    """One organisation list's outcome, in the shape of `import --json` (README)."""

    path: str
    status: Status
    rows_read: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    errors: tuple[SheetProblem, ...] = ()
    warnings: tuple[SheetProblem, ...] = ()
    notes: tuple[str, ...] = ()
    # When the header row could not be told: the rows that may be it (0: no header row).
    header_row_candidates: tuple[int, ...] = ()
    # The applied import (for the window's undo step); None unless "imported".
    result: ImportResult | None = field(default=None, compare=False, repr=False)

    def as_json(self) -> dict[str, Any]:
        document = {
            "path": self.path, "status": self.status, "rows_read": self.rows_read,
            "created": self.created, "updated": self.updated, "unchanged": self.unchanged,
            "skipped": self.skipped,
            "errors": [problem.as_json() for problem in self.errors],
            "warnings": [problem.as_json() for problem in self.warnings],
            "notes": list(self.notes),
        }
        if self.header_row_candidates:
            document["header_row_candidates"] = list(self.header_row_candidates)
        return document


@dataclass(frozen=True)
class PreparedImport:
    """An organisation list planned and matched against the directory, not yet written. The
    user's decisions per duplicate go into `preview` (`ImportPreview.decide`) or are passed to
    `finish_import`."""

    request: ImportRequest
    preview: ImportPreview

    @property
    def plan(self) -> OrganisationPlan:
        return self.preview.plan


def plan_list(request: ImportRequest, workbook: WorkbookData | None = None, *,
              progress: Progress | None = None,
              cancel: Callable[[], bool] | None = None) -> OrganisationPlan:
    """Plan the list (reading the file unless `workbook` is the file already read); the user's
    column overrides win, else the mapping remembered for this layout. Raises ImportFileError."""
    overrides = dict(request.overrides) or None
    remembered = None if overrides else load_mappings()
    if workbook is None:
        return build_organisation_plan(request.path, overrides, sheet=request.sheet,
                                       remembered=remembered, progress=progress, cancel=cancel,
                                       header_row=request.header_row)
    return plan_workbook(workbook, request.path, overrides, sheet=request.sheet,
                         remembered=remembered, progress=progress, cancel=cancel,
                         header_row=request.header_row)


def prepare_import(workspace: Workspace, request: ImportRequest, *,
                   plan: OrganisationPlan | None = None, workbook: WorkbookData | None = None,
                   progress: Progress | None = None) -> PreparedImport:
    """Step one: plan the list (or take the `plan` already made for this request) and match it
    against the directory. Reads, never writes; raises ImportFileError for an unusable file."""
    if plan is None:
        plan = plan_list(request, workbook, progress=progress)
    return PreparedImport(request, preview_import(workspace, plan))


def finish_import(workspace: Workspace, prepared: PreparedImport,
                  decisions: Mapping[int, Decision] | None = None, *,
                  progress: Progress | None = None) -> ListReport:
    """Step two: take the decisions (plan row index -> decision), then refuse a file with error
    rows (unless the request skips them), stop at the report for a dry run, or apply everything
    in one transaction and remember the column mapping. Raises WorkspaceError only."""
    request, preview = prepared.request, prepared.preview
    for index, decision in (decisions or {}).items():
        preview.decide(index, decision)
    plan = preview.plan
    report = ListReport(
        path=str(request.path), status="rejected", rows_read=plan.rows_read,
        errors=tuple(SheetProblem("error", p.sheet, p.row, p.column, p.message, p.said)
                     for p in plan.errors),
        warnings=tuple(SheetProblem("warning", p.sheet, p.row, p.column, p.message, p.said)
                       for p in preview.warnings),
        notes=tuple(plan.notes))
    if preview.has_errors and not request.skip_invalid:
        return dataclasses.replace(report, notes=(*report.notes, NOT_IMPORTED_FOR_ERRORS))
    if request.dry_run:
        clusters = clusters_to_create(workspace, preview)
        notes = report.notes if not clusters else (
            *report.notes, f"{len(clusters)} cluster organisation(s) the file names are not in "
                           f"the directory and would be created: {', '.join(clusters)}.")
        return dataclasses.replace(
            report, status="dry-run", created=preview.created, updated=preview.updated,
            unchanged=preview.unchanged, skipped=preview.skipped, notes=notes)
    try:
        result = apply_import(workspace, preview, skip_invalid=request.skip_invalid,
                              project_acronym=request.project, progress=progress)
    except ImportRefused as error:
        return dataclasses.replace(
            report, errors=(*report.errors, SheetProblem("error", "", None, "", str(error))))
    remember_mapping(plan)
    notes = report.notes
    if result.enrolled:
        notes = (*notes, f"{result.enrolled} organisation(s) enrolled in {request.project}.")
    if result.participations_added or result.participations_updated:
        notes = (*notes, f"EU project experience: {result.participations_added} participation(s) "
                 f"recorded, {result.participations_updated} updated from this file.")
    if result.clusters_created:
        notes = (*notes, f"{len(result.clusters_created)} cluster organisation(s) the file "
                         f"names were not in the directory and were created: "
                         f"{', '.join(result.clusters_created)}.")
    return dataclasses.replace(
        report, status="imported", created=result.created, updated=result.updated,
        unchanged=result.unchanged, skipped=result.skipped, notes=notes, result=result)


def import_file(workspace: Workspace, request: ImportRequest) -> ListReport | FileResult:
    """The whole import of one file, by the importer it needs (its own transaction); never
    raises for a problem with the file: the report is "rejected" with the reasons."""
    if file_kind(request.path) is FileKind.PARTNER_WORKBOOK:
        from consortium_planner.services.partner_returns import import_partner_workbook

        return import_partner_workbook(workspace, request.path, dry_run=request.dry_run)
    # Anything else is read as a list: its reader says why a file cannot be read.
    try:
        prepared = prepare_import(workspace, request)
    except HeaderRowUnclear as error:
        return ListReport(path=str(request.path), status="rejected",
                          errors=(SheetProblem("error", error.sheet, None, "", error.message,
                                               error.said),),
                          notes=error.notes, header_row_candidates=error.candidates)
    except ImportFileError as error:  # with what the reader noted before: often the reason
        return ListReport(path=str(request.path), status="rejected",
                          errors=(SheetProblem("error", "", None, "", error.message,
                                               error.said),), notes=error.notes)
    return finish_import(workspace, prepared)
