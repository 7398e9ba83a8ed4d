"""The package's layers (ARCHITECTURE.md), as import-linter contracts in pyproject.toml."""

from __future__ import annotations

from pathlib import Path

from importlinter.cli import lint_imports

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def test_every_import_respects_the_layers() -> None:
    # 0: every contract kept; the report names each broken import chain otherwise.
    assert lint_imports(config_filename=str(PYPROJECT), no_cache=True) == 0
