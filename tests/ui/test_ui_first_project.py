"""A new, empty workspace points to creating the first project (Project > New project, with its
shortcut); it said nothing of it."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from consortium_planner.app import AppContext
from consortium_planner.ui import projects
from consortium_planner.ui.main_window import MainWindow
from consortium_planner.workspace import Workspace


def empty_window(qtbot, tmp_path, user_data, reporter, *, read_only=False) -> MainWindow:
    path = tmp_path / "empty.cpw"
    Workspace.create(path).close()
    settings = QSettings(str(user_data / "settings.ini"), QSettings.Format.IniFormat)
    context = AppContext(settings)
    window = MainWindow(context, reporter)
    qtbot.addWidget(window)
    window.show()
    context.open_workspace(path, read_only=read_only)
    qtbot.waitExposed(window)
    return window


def test_an_empty_workspace_says_how_to_create_the_first_project(qtbot, tmp_path, user_data,
                                                                  reporter, monkeypatch):
    window = empty_window(qtbot, tmp_path, user_data, reporter)
    hint = window.first_project
    assert hint.isVisible()
    assert hint.label.text() == ("No project yet. Create the first one with Project > "
                                 "New project… (Ctrl+Shift+N).")
    # right under the navigator's rows, not at the bottom of the window
    def gap() -> int:
        bottom = window.navigator.mapTo(window, window.navigator.rect().bottomLeft()).y()
        return hint.mapTo(window, hint.rect().topLeft()).y() - bottom

    qtbot.waitUntil(lambda: 0 <= gap() < 40)
    asked = []
    monkeypatch.setattr(projects, "new_project", lambda w: asked.append(w))
    hint.button.click()
    assert asked  # the button is Project > New project


def test_the_pointer_goes_with_the_first_project_and_comes_back_on_undo(
        qtbot, tmp_path, user_data, reporter, monkeypatch):
    window = empty_window(qtbot, tmp_path, user_data, reporter)
    dialog = type("Dialog", (), {})()
    dialog.acronym = type("A", (), {"text": lambda _s: "FIRST"})()
    dialog.title_edit = type("T", (), {"text": lambda _s: ""})()
    dialog.profile = type("P", (), {"currentData": lambda _s: "generic"})()
    dialog.duration = type("D", (), {"value": lambda _s: 24})()
    monkeypatch.setattr(projects, "project_dialog", lambda *a, **k: dialog)
    window.first_project.button.click()
    assert [p.acronym for p in window.context.projects()] == ["FIRST"]
    assert window.first_project.isHidden()
    assert window.navigator.maximumHeight() > 10000  # the navigator has its room back
    window.action("undo").trigger()
    assert window.first_project.isVisible()


def test_a_read_only_empty_workspace_shows_no_pointer(qtbot, tmp_path, user_data, reporter):
    window = empty_window(qtbot, tmp_path, user_data, reporter, read_only=True)
    assert window.first_project.isHidden()
