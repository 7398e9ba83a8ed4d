"""paths: resources found from a checkout; user data dir honours the override and is not created."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from consortium_planner import paths


def test_resources_dir_from_checkout() -> None:
    assert paths.resources_dir() == Path(__file__).resolve().parents[2] / "resources"
    assert (paths.resources_dir() / "reference" / "nuts2.csv").is_file()


def test_resources_dir_frozen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "resources"


def test_user_data_dir_override(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    target = tmp_path / "data"
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(target))
    assert paths.user_data_dir() == target
    assert not target.exists()


def test_user_data_dir_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert paths.user_data_dir() == tmp_path / "consortium-planner"


def test_user_data_dir_windows(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("APPDATA", str(tmp_path))
    assert paths.user_data_dir() == tmp_path / "ConsortiumPlanner"
