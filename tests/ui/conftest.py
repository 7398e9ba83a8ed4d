"""UI test fixtures: an offscreen Qt, a demo workspace built once per session and copied per test,
and settings and user data kept in the test's temporary folder."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from consortium_planner.app import AppContext  # noqa: E402
from consortium_planner.domain.project import ProjectSnapshot
from consortium_planner.services.snapshot import load_snapshot


@pytest.fixture(scope="session")
def template_workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo workspace, created once (Anki's getEmptyCol idea: copy, never rebuild)."""
    from consortium_planner.demo import create_demo_workspace

    return create_demo_workspace(tmp_path_factory.mktemp("template") / "demo.cpw")


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """English's plural forms of the pages' texts ("%n row(s)" -> "1 row", "2 rows"), as the
    app installs them (views_en.ts holds only those)."""
    from PySide6.QtCore import QCoreApplication

    from tests.ui.qt_translations import QT_TRANSLATIONS, compile_ts, install

    qm = compile_ts(QT_TRANSLATIONS / "views_en.ts", tmp_path_factory.mktemp("qm"))
    translator = install(qm)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.fixture(autouse=True)
def user_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "user-data"
    folder.mkdir()
    monkeypatch.setenv("CONSORTIUM_PLANNER_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def workspace_path(tmp_path: Path, template_workspace: Path) -> Path:
    target = tmp_path / "test.cpw"
    shutil.copy(template_workspace, target)
    return target


@pytest.fixture
def settings(user_data: Path):
    from PySide6.QtCore import QSettings

    return QSettings(str(user_data / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def context(qapp, settings, workspace_path: Path) -> Iterator[AppContext]:
    context = AppContext(settings)
    context.open_workspace(workspace_path)
    yield context
    context.close_workspace()


@pytest.fixture
def project_id(context: AppContext) -> int:
    return context.projects()[0].id


@pytest.fixture
def reporter():
    from consortium_planner.ui.errors import ErrorReporter

    return ErrorReporter(no_err_windows=True)


@pytest.fixture
def window(qtbot, context: AppContext, reporter):
    from consortium_planner.ui.main_window import MainWindow

    main_window = MainWindow(context, reporter)
    qtbot.addWidget(main_window)
    main_window.show()
    return main_window


@pytest.fixture
def stored(context: AppContext):
    """Read the project as the file holds it now (a fresh session, not the context's cache)."""

    def read(project_id: int) -> ProjectSnapshot:
        assert context.workspace is not None
        with context.workspace.sessions() as session:
            return load_snapshot(session, project_id)

    return read
