"""The import wizard by keyboard alone: focus starts in the first field of each page and is
never left on a control the page does not show; Enter takes the default button, Esc cancels."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWizard

from consortium_planner.ui.import_wizard import ImportWizard
from consortium_planner.workspace import Workspace

TIMEOUT = 15_000


@pytest.fixture
def workspace(workspace_path: Path):
    with Workspace.open(workspace_path) as opened:
        yield opened


def members(tmp_path: Path, workspace: Workspace, *, duplicate: bool) -> Path:
    from consortium_planner.models import Organisation

    with workspace.sessions() as session:
        known = session.query(Organisation).order_by(Organisation.id).first()
        rows = f"{known.legal_name};{known.country};changed@example.eu\n" if duplicate else ""
    path = tmp_path / "members.csv"
    path.write_text("Firma;Land;E-mail\n" + rows + "Nowa Firma Sp. z o.o.;Polska;biuro@nowa.pl\n",
                    encoding="utf-8")
    return path


def keyboard_wizard(qtbot, workspace: Workspace) -> ImportWizard:
    wizard = ImportWizard(workspace, interactive=False)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.file_page.path)
    return wizard


def enter(qtbot, wizard: ImportWizard, page) -> None:
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentPage() is page and not wizard.busy, timeout=TIMEOUT)


def focus_is_on(page) -> object:
    """The focused control, which must be one the user sees on this page or a wizard button."""
    focused = QApplication.focusWidget()
    assert focused is not None and focused.isVisible(), focused
    return focused


def test_walking_the_wizard_by_keyboard_keeps_the_focus_on_what_is_shown(qtbot, workspace,
                                                                        tmp_path):
    wizard = keyboard_wizard(qtbot, workspace)
    QTest.keyClicks(wizard.file_page.path, str(members(tmp_path, workspace, duplicate=True)))
    enter(qtbot, wizard, wizard.mapping_page)
    assert focus_is_on(wizard.mapping_page) is wizard.mapping_page.sheet  # the first field
    enter(qtbot, wizard, wizard.preview_page)
    # the first thing to act on: the duplicates, with the first one selected
    assert focus_is_on(wizard.preview_page) is wizard.preview_page.duplicates_view
    enter(qtbot, wizard, wizard.confirm_page)
    assert focus_is_on(wizard.confirm_page) is wizard.button(QWizard.WizardButton.FinishButton)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=TIMEOUT)


def test_a_preview_with_nothing_to_decide_puts_the_focus_on_next(qtbot, workspace, tmp_path):
    wizard = keyboard_wizard(qtbot, workspace)
    QTest.keyClicks(wizard.file_page.path, str(members(tmp_path, workspace, duplicate=False)))
    enter(qtbot, wizard, wizard.mapping_page)
    enter(qtbot, wizard, wizard.preview_page)
    assert focus_is_on(wizard.preview_page) is wizard.button(QWizard.WizardButton.NextButton)


def test_escape_cancels_the_wizard_and_changes_nothing(qtbot, workspace, workspace_path,
                                                       tmp_path):
    before = hashlib.sha256(workspace_path.read_bytes()).hexdigest()
    wizard = keyboard_wizard(qtbot, workspace)
    QTest.keyClicks(wizard.file_page.path, str(members(tmp_path, workspace, duplicate=True)))
    enter(qtbot, wizard, wizard.mapping_page)
    enter(qtbot, wizard, wizard.preview_page)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not wizard.isVisible() and wizard.result is None
    assert hashlib.sha256(workspace_path.read_bytes()).hexdigest() == before
