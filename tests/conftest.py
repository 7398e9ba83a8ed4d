"""Shared fixtures: a demo workspace built once per session and copied per test (Anki's
getEmptyCol), an empty workspace, and a private data folder so tests never touch the user's."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True, scope="session")
def _private_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    folder = tmp_path_factory.mktemp("user-data")
    previous = os.environ.get("CONSORTIUM_PLANNER_DATA_DIR")
    os.environ["CONSORTIUM_PLANNER_DATA_DIR"] = str(folder)
    yield
    if previous is None:
        os.environ.pop("CONSORTIUM_PLANNER_DATA_DIR", None)
    else:
        os.environ["CONSORTIUM_PLANNER_DATA_DIR"] = previous


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from consortium_planner.demo import create_demo_workspace

    path = tmp_path_factory.mktemp("template") / "demo.cpw"
    return create_demo_workspace(path)


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo workspace for one test."""
    path = tmp_path / "demo.cpw"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def demo_document() -> dict:
    from consortium_planner.demo import demo_document_path
    from consortium_planner.services.interchange import read_document

    return read_document(demo_document_path())


@pytest.fixture
def empty_path(tmp_path: Path) -> Path:
    from consortium_planner.workspace import Workspace

    path = tmp_path / "empty.cpw"
    Workspace.create(path).close()
    return path


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[object]:
    """A private PostgreSQL server for the whole run (tests/postgres_server.py). Under CI a
    server that cannot start fails the run; elsewhere the PostgreSQL tests are skipped."""
    from tests.postgres_server import ServerUnavailable, running_server

    try:
        context = running_server()
        server = context.__enter__()
    except ServerUnavailable as error:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL test server did not start: {error}", pytrace=False)
        pytest.skip(f"PostgreSQL test server unavailable: {error}")
    try:
        yield server
    finally:
        context.__exit__(None, None, None)


@pytest.fixture
def postgres_database(postgres_server, request: pytest.FixtureRequest) -> str:
    """The URL of a new empty database on the test server, one per test."""
    import re
    import uuid

    name = re.sub(r"[^a-z0-9_]", "_", request.node.name.lower())[:40]
    return postgres_server.create_database(f"t_{name}_{uuid.uuid4().hex[:8]}")


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty workspace on each engine: a new file, or a new server database whose schema
    `Workspace.init_server` made (the same migrations). For tests that must hold on both."""
    from consortium_planner.workspace import Workspace

    if request.param == "sqlite":
        path = tmp_path / "empty.cpw"
        Workspace.create(path).close()
        return str(path)
    import uuid

    server = request.getfixturevalue("postgres_server")
    template = request.getfixturevalue("_postgres_workspace_template")
    name = f"w_{uuid.uuid4().hex[:12]}"
    server.psql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return server.url(name)


@pytest.fixture(scope="session")
def _postgres_workspace_template(postgres_server) -> str:
    """A database holding an empty workspace (init_server), copied for each test that asks
    for one: CREATE DATABASE ... TEMPLATE takes a tenth of the migrations' time."""
    from consortium_planner.workspace import Workspace

    url = postgres_server.create_database("cp_empty_workspace")
    Workspace.init_server(url).close()
    return "cp_empty_workspace"
