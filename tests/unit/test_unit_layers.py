"""The package's layers (ARCHITECTURE.md), as import-linter contracts in pyproject.toml."""

from __future__ import annotations

import logging
from pathlib import Path

from importlinter.cli import lint_imports

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def test_every_import_respects_the_layers() -> None:
    # import-linter configures logging with dictConfig, which disables every logger that exists
    # (the app's own among them) and would silence later tests' logs: put their state back.
    loggers = [logger for logger in logging.root.manager.loggerDict.values()
               if isinstance(logger, logging.Logger) and not logger.disabled]
    try:
        # 0: every contract kept; the report names each broken import chain otherwise.
        assert lint_imports(config_filename=str(PYPROJECT), no_cache=True) == 0
    finally:
        for logger in loggers:
            logger.disabled = False
