"""The directory says why it shows nothing: a workspace without organisations says how to add or
import them; a search or filters that find nothing say so, with a way to clear them."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from consortium_planner.app import AppContext
from consortium_planner.ui import file_imports
from consortium_planner.ui.main_window import MainWindow
from consortium_planner.ui.views.directory import DirectoryPage
from consortium_planner.workspace import Workspace


def empty_directory(qtbot, tmp_path, user_data, reporter, *, read_only=False) -> DirectoryPage:
    path = tmp_path / "empty.cpw"
    Workspace.create(path).close()
    context = AppContext(QSettings(str(user_data / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(context, reporter)
    qtbot.addWidget(window)
    window.show()
    context.open_workspace(path, read_only=read_only)
    page = window.pages["directory"]
    qtbot.waitUntil(lambda: page.empty.isVisible())
    return page


def test_an_empty_directory_says_how_to_add_or_import(qtbot, tmp_path, user_data, reporter,
                                                      monkeypatch):
    page = empty_directory(qtbot, tmp_path, user_data, reporter)
    assert page.empty.label.text() == (
        "The directory holds no organisations yet. Add one with Add organisation (Ins), or "
        "import a list (Excel, CSV, a CORDIS export) with File > Import organisations… "
        "(Ctrl+I); a file dropped onto the window is imported too.")
    assert page.empty.accessibleName() == "Empty directory"
    add, import_ = page.empty.buttons
    assert import_.text() == "Import organisations…"
    asked = []
    monkeypatch.setattr(file_imports, "import_organisations", lambda window: asked.append(window))
    import_.click()
    assert asked == [page.window()]
    add.click()  # an organisation: the table has a row, the panel goes
    assert page.model.rowCount() == 1
    assert page.empty.isHidden()


def test_a_read_only_empty_directory_offers_nothing_to_do(qtbot, tmp_path, user_data, reporter):
    page = empty_directory(qtbot, tmp_path, user_data, reporter, read_only=True)
    assert page.empty.label.text() == "The directory holds no organisations."
    assert page.empty.buttons == []


def test_a_search_finding_nothing_says_so_and_clears(qtbot, context):
    page = DirectoryPage(context)
    qtbot.addWidget(page)
    page.set_project(None)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    assert page.empty.isHidden()
    every = page.model.rowCount()
    page.table.search.setText("zzzqqq")
    page.facets.choose("country", "ES")
    page.searcher.run()
    assert page.model.rowCount() == 0
    assert page.empty.isVisible()
    assert page.empty.label.text() == "No organisation matches the search and filters."
    [clear] = page.empty.buttons
    assert clear.text() == "Clear search and filters"
    clear.click()
    assert page.table.search.text() == "" and page.facets.chosen("country") == set()
    assert page.model.rowCount() == every
    assert page.empty.isHidden()
