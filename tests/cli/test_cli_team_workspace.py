"""Team workspaces from the command line: init-server, every command on a postgresql://
address, and copy from a file to a server and back, verified."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consortium_planner.cli import main


def _summary(workspace: str, capsys: pytest.CaptureFixture[str]) -> dict:
    capsys.readouterr()
    assert main(["summary", workspace, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_init_server_then_copy_a_file_there_and_back(
        postgres_database: str, demo_path: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["init-server", postgres_database]) == 0
    assert "schema is ready" in capsys.readouterr().err
    assert main(["copy", str(demo_path), postgres_database]) == 0
    assert "summaries identical" in capsys.readouterr().err
    assert _summary(postgres_database, capsys) == _summary(str(demo_path), capsys)
    back = tmp_path / "train.cpw"
    assert main(["copy", postgres_database, str(back)]) == 0
    assert _summary(str(back), capsys) == _summary(str(demo_path), capsys)
    assert main(["check", postgres_database]) in (0, 1)


def test_copy_refuses_a_target_that_holds_a_workspace(
        postgres_database: str, demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["copy", str(demo_path), postgres_database]) == 0
    capsys.readouterr()
    assert main(["copy", str(demo_path), postgres_database]) == 2
    assert "is not empty" in capsys.readouterr().err
    assert main(["copy", str(demo_path), postgres_database, "--force"]) == 0


def test_a_database_without_a_workspace_is_refused_with_what_to_do(
        postgres_database: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summary", postgres_database]) == 2
    assert "init-server" in capsys.readouterr().err


def test_the_password_never_shows_in_messages(
        postgres_database: str, capsys: pytest.CaptureFixture[str]) -> None:
    with_password = postgres_database.replace("postgres@", "postgres:s3cret@")
    assert main(["summary", with_password]) == 2
    error = capsys.readouterr().err
    assert "s3cret" not in error and "init-server" in error
