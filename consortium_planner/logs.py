"""The log file: where unexpected errors are written in full, so the user sees one line and a
path, never a traceback (the GUI's crash dialog and the command line both point here)."""

from __future__ import annotations

import logging
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from consortium_planner.paths import user_data_dir

_handler: logging.Handler | None = None


def log_file_path() -> Path:
    return user_data_dir() / "logs" / "consortium-planner.log"


def install_file_logging() -> Path | None:
    """Send warnings and errors to the log file; returns its path, or None if it cannot be made."""
    global _handler
    path = log_file_path()
    if _handler is not None:
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    _handler.setLevel(logging.INFO)
    logging.getLogger().addHandler(_handler)
    return path


def record_unexpected(error: BaseException) -> Path | None:
    """Write an unexpected exception in full to the log file and return the file's path."""
    path = install_file_logging()
    logging.getLogger("consortium_planner").error(
        "unexpected error\n%s", "".join(traceback.format_exception(error))
    )
    return path
