"""The log file: where unexpected errors are written in full, so the user sees one line and a
path, never a traceback (the GUI's crash dialog and the command line both point here)."""

from __future__ import annotations

import logging
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from consortium_planner.paths import user_data_dir

_handler: logging.Handler | None = None
_handler_path: Path | None = None


def log_file_path() -> Path:
    return user_data_dir() / "logs" / "consortium-planner.log"


def install_file_logging() -> Path | None:
    """Send warnings and errors to the log file; returns its path, or None if it cannot be made."""
    global _handler, _handler_path
    path = log_file_path()
    if _handler is not None:
        if path == _handler_path:
            return path
        logging.getLogger().removeHandler(_handler)  # the data folder moved (tests, portable)
        _handler.close()
        _handler = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    _handler.setLevel(logging.INFO)
    _handler_path = path
    logging.getLogger().addHandler(_handler)
    return path


def record_unexpected(error: BaseException) -> Path | None:
    """Write an unexpected exception in full to the log file (only there: the terminal and the
    crash dialog show one line and this path) and return the file's path."""
    path = install_file_logging()
    if _handler is None:
        return None
    record = logging.getLogger("consortium_planner").makeRecord(
        "consortium_planner", logging.ERROR, __file__, 0,
        "unexpected error\n%s", ("".join(traceback.format_exception(error)),), None,
    )
    _handler.handle(record)
    _handler.flush()
    return path
