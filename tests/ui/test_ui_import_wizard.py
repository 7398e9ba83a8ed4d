"""The import wizard: file, mapping, preview with duplicates and decisions, confirm; work off the
GUI thread; drop a file on it; cancel leaves the workspace as it was."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWizard

from consortium_planner.services.import_mappings import load_mappings
from consortium_planner.services.organisation_import import Decision, undo_import
from consortium_planner.ui.import_wizard import ImportCommand, ImportWizard
from consortium_planner.workspace import Workspace

TIMEOUT = 15_000


@pytest.fixture
def workspace(workspace_path: Path):
    with Workspace.open(workspace_path) as opened:
        yield opened


@pytest.fixture
def known(workspace: Workspace) -> tuple[str, str]:
    """A directory organisation's legal name and country."""
    from consortium_planner.models import Organisation

    with workspace.sessions() as session:
        organisation = session.query(Organisation).order_by(Organisation.id).first()
        return organisation.legal_name, organisation.country


@pytest.fixture
def list_path(tmp_path: Path, known: tuple[str, str]) -> Path:
    name, country = known
    path = tmp_path / "members.csv"
    path.write_text(
        "Firma;Land;Kennung;E-mail\n"
        f"{name};{country};;changed@example.eu\n"
        "Nowa Firma Sp. z o.o.;Polska;;biuro@nowa.pl\n",
        encoding="utf-8")
    return path


def make_wizard(qtbot, workspace: Workspace, project: str | None = None) -> ImportWizard:
    wizard = ImportWizard(workspace, project, interactive=False)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def advance(qtbot, wizard: ImportWizard, page) -> None:
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is page and not wizard.busy, timeout=TIMEOUT)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_whole_import_with_a_decision_and_undo(qtbot, workspace, list_path, known):
    wizard = make_wizard(qtbot, workspace, "CIRCOMP")
    wizard.file_page.path.setText(str(list_path))
    assert wizard.file_page.isComplete()
    advance(qtbot, wizard, wizard.mapping_page)
    mapping = wizard.mapping_page
    assert set(mapping.combos) == {"Firma", "Land", "Kennung", "E-mail"}
    assert mapping.combos["Firma"].currentData() == "legal_name"
    assert "Kennung" in mapping.unmapped.text()
    mapping.combos["Kennung"].setCurrentIndex(mapping.combos["Kennung"].findData("pic"))
    advance(qtbot, wizard, wizard.preview_page)
    preview = wizard.preview
    assert preview is not None and preview.created == 1 and preview.updated == 1
    page = wizard.preview_page
    (record,) = preview.duplicates
    assert record.existing_name == known[0]
    assert [change.field for change in record.changes] == ["email"]
    assert page.changes.rows[0].new == "changed@example.eu"
    assert [page.decision.itemData(i) for i in range(page.decision.count())] == [
        Decision.UPDATE, Decision.KEEP, Decision.SKIP]
    page.decision.setCurrentIndex(1)
    page.decision.activated.emit(1)
    assert preview.decisions[record.index] == Decision.KEEP
    assert page.isComplete()
    advance(qtbot, wizard, wizard.confirm_page)
    assert "1 new organisation" in wizard.confirm_page.text.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=TIMEOUT)
    result = wizard.result
    assert (result.created, result.updated, result.unchanged, result.enrolled) == (1, 0, 1, 1)
    assert any(mapping.get("Kennung") == "pic" for mapping in load_mappings().values())
    undo_import(workspace, result.batch_id)


def test_the_wizard_runs_the_import_use_case(qtbot, workspace, tmp_path, monkeypatch):
    """The wizard builds the request the command would and calls the same two steps."""
    from consortium_planner.services import file_import
    from consortium_planner.ui import import_wizard

    calls: list[tuple[str, object]] = []

    def recorded(name):
        real = getattr(file_import, name)

        def call(workspace, argument, *args, **kwargs):
            calls.append((name, argument))
            return real(workspace, argument, *args, **kwargs)
        return call

    for name in ("prepare_import", "finish_import"):
        monkeypatch.setattr(import_wizard, name, recorded(name))
    path = tmp_path / "bad.csv"
    path.write_text("Name;Country\nGood Ltd;IE\nBad;Narnia\n", encoding="utf-8")
    wizard = make_wizard(qtbot, workspace, "CIRCOMP")
    wizard.file_page.path.setText(str(path))
    advance(qtbot, wizard, wizard.mapping_page)
    advance(qtbot, wizard, wizard.preview_page)
    wizard.preview_page.skip_invalid.setChecked(True)
    advance(qtbot, wizard, wizard.confirm_page)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=TIMEOUT)
    (prepare, request), (finish, prepared) = calls
    assert (prepare, finish) == ("prepare_import", "finish_import")
    assert (request.path, request.project, request.skip_invalid) == (path, "CIRCOMP", False)
    assert prepared.request.skip_invalid and prepared.preview is wizard.preview
    assert (wizard.result.created, wizard.result.skipped, wizard.result.enrolled) == (1, 1, 1)
    undo_import(workspace, wizard.result.batch_id)


def test_a_refused_import_says_why_and_stays(qtbot, workspace, list_path):
    wizard = make_wizard(qtbot, workspace, "NOPE")
    wizard.file_page.path.setText(str(list_path))
    advance(qtbot, wizard, wizard.mapping_page)
    advance(qtbot, wizard, wizard.preview_page)
    advance(qtbot, wizard, wizard.confirm_page)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: not wizard.busy and bool(wizard.last_message), timeout=TIMEOUT)
    assert "no project 'NOPE'" in wizard.last_message
    assert wizard.result is None and wizard.currentPage() is wizard.confirm_page


def test_errors_block_until_skipped(qtbot, workspace, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("Name;Country\nGood Ltd;IE\nBad;Narnia\n", encoding="utf-8")
    wizard = make_wizard(qtbot, workspace)
    wizard.file_page.path.setText(str(path))
    advance(qtbot, wizard, wizard.mapping_page)
    advance(qtbot, wizard, wizard.preview_page)
    page = wizard.preview_page
    assert not page.isComplete()
    assert page.problems.rows[0][0] == "Error" and page.problems.rows[0][1].row == 3
    page.skip_invalid.setChecked(True)
    assert page.isComplete()


def test_unreadable_file_says_why_and_stays(qtbot, workspace, tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 nothing")
    wizard = make_wizard(qtbot, workspace)
    wizard.file_page.path.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.busy and bool(wizard.last_message), timeout=TIMEOUT)
    assert wizard.currentPage() is wizard.file_page
    assert "damaged" in wizard.last_message


def test_a_returned_partner_workbook_is_sent_to_its_own_import(qtbot, workspace, tmp_path):
    from consortium_planner.exporting.partner_template import write_partner_workbook
    from consortium_planner.services.snapshot import load_snapshot

    with workspace.sessions() as session:
        snapshot = load_snapshot(session, 1)
    path = write_partner_workbook(snapshot, 2, tmp_path / "returned.xlsx")
    wizard = make_wizard(qtbot, workspace)
    wizard.file_page.path.setText(str(path))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert not wizard.busy
    assert "Import returned workbooks" in wizard.last_message


def test_dropping_a_file_fills_in_the_path(qtbot, workspace, list_path):
    wizard = make_wizard(qtbot, workspace)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(list_path))])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    wizard.dropEvent(event)
    assert wizard.file_page.path.text() == str(list_path)


def test_the_file_dialog_offers_every_kind_of_list_the_import_reads(qtbot, workspace,
                                                                     monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from consortium_planner.services.file_kinds import ORGANISATION_LIST_SUFFIXES

    wizard = make_wizard(qtbot, workspace)
    offered: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args: (offered.append(args[3]), ("", ""))[1])
    wizard.file_page._browse()
    first_filter = offered[0].split(";;")[0]
    assert all(f"*{suffix}" in first_filter.split("(")[1].rstrip(")").split()
               for suffix in ORGANISATION_LIST_SUFFIXES)


def test_cancel_leaves_the_workspace_unchanged(qtbot, workspace, list_path):
    before = digest(workspace.path)
    wizard = make_wizard(qtbot, workspace)
    wizard.file_page.path.setText(str(list_path))
    advance(qtbot, wizard, wizard.mapping_page)
    advance(qtbot, wizard, wizard.preview_page)
    wizard.reject()
    assert wizard.result is None
    assert digest(workspace.path) == before


def organisation_names(context) -> list[str]:
    from consortium_planner.models import Organisation

    with context.workspace.sessions() as session:
        return sorted(session.scalars(session.query(Organisation.legal_name).statement))


def test_the_applied_import_is_one_undo_step(qtbot, context, tmp_path):
    before = organisation_names(context)
    known = context.organisations()[0]
    list_path = tmp_path / "members.csv"
    list_path.write_text(f"Name;Country;E-mail\n{known.legal_name};{known.country};x@y.eu\n"
                         "Nowa Firma Sp. z o.o.;Polska;biuro@nowa.pl\n", encoding="utf-8")
    wizard = ImportWizard(context.workspace, interactive=False)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(list_path))
    advance(qtbot, wizard, wizard.mapping_page)
    advance(qtbot, wizard, wizard.preview_page)
    advance(qtbot, wizard, wizard.confirm_page)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=TIMEOUT)
    after = organisation_names(context)
    assert "Nowa Firma Sp. z o.o." in after and len(after) == len(before) + 1
    assert context.execute(ImportCommand(context, wizard.result))
    assert "Nowa Firma Sp. z o.o." in [o.legal_name for o in context.organisations()]
    context.undo_stack.undo()
    assert organisation_names(context) == before
    context.undo_stack.redo()
    assert organisation_names(context) == after


def test_file_text_in_tooltips_is_not_rendered_as_html(qapp):
    from consortium_planner.ui.import_wizard import _RowsModel

    model = _RowsModel(["Name"], lambda row: [row])
    model.set_rows(["<b>Bold</b> GmbH & Co"])
    index = model.index(0, 0)
    assert model.data(index) == "<b>Bold</b> GmbH & Co"
    assert "&lt;b&gt;Bold&lt;/b&gt; GmbH &amp; Co" in model.data(index, Qt.ItemDataRole.ToolTipRole)


def test_the_wizard_asks_for_the_header_row_when_the_file_leaves_it_open(qtbot, workspace,
                                                                         tmp_path):
    path = tmp_path / "unclear.csv"
    path.write_text("Acme Systems GmbH;Berlin;\nBeta Labs Oy;Espoo;Finland\n"
                    "Gamma SA;Lyon;France\n", encoding="utf-8")
    wizard = make_wizard(qtbot, workspace)
    wizard.file_page.path.setText(str(path))
    advance(qtbot, wizard, wizard.header_page)
    page = wizard.header_page
    assert "cannot tell which row" in page.question.text()
    assert page.rows.rowCount() == 3 and page.rows.item(1, 2).text() == "Finland"
    assert page.rows.verticalHeaderItem(0).text() == "1"
    choices = [page.choice.itemData(i) for i in range(page.choice.count())]
    assert choices == [1, 2, 3, 0] and page.choice.itemText(0) == "Row 1 (likely)"
    page.choice.setCurrentIndex(choices.index(0))
    advance(qtbot, wizard, wizard.mapping_page)
    plan = wizard.plan
    assert plan.header_row == 0 and plan.rows_read == 3
    mapping = wizard.mapping_page
    assert mapping.combos["column C"].currentData() == "country"
    why = mapping.table.cellWidget(2, 2).text()
    assert why == "2 of 2 values look like country names or codes"
    advance(qtbot, wizard, wizard.preview_page)
    assert wizard.preview.created == 3


def test_a_clear_file_goes_straight_to_the_mapping(qtbot, workspace, list_path):
    wizard = make_wizard(qtbot, workspace)
    wizard.file_page.path.setText(str(list_path))
    advance(qtbot, wizard, wizard.mapping_page)
    assert wizard.unclear is None
    assert wizard.mapping_page.table.cellWidget(0, 2).text() == "title “Firma”"


def test_a_cordis_export_through_the_wizard_is_one_undo_step_with_its_history(
        qtbot, context, tmp_path):
    from cordis_files import first_export, write_json
    from sqlalchemy import func, select

    from consortium_planner.models import EuParticipation

    def history() -> int:
        with context.workspace.sessions() as session:
            return session.scalar(select(func.count()).select_from(EuParticipation))

    before = organisation_names(context)
    wizard = ImportWizard(context.workspace, interactive=False)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(write_json(tmp_path / "organization.json", first_export())))
    advance(qtbot, wizard, wizard.mapping_page)
    assert wizard.mapping_page.combos["projectID"].currentData() == "project_id"
    assert wizard.mapping_page.combos["organisationID"].currentData() == "pic"
    advance(qtbot, wizard, wizard.preview_page)
    assert wizard.preview.created == 9
    advance(qtbot, wizard, wizard.confirm_page)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=TIMEOUT)
    assert history() == 15
    assert context.execute(ImportCommand(context, wizard.result))
    context.undo_stack.undo()
    assert (organisation_names(context), history()) == (before, 0)
    context.undo_stack.redo()
    assert history() == 15 and len(organisation_names(context)) == len(before) + 9
