"""Writing an export safely: a temporary name beside the target, renamed when complete.

A failed or cancelled export (full disk, a bug, the user pressing Cancel in a progress callback)
never leaves half a file where the old one was; an unwritable place is an `ExportError` whose
message names the path, for the CLI (exit 2) and the GUI (a short message) alike.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from consortium_planner.atomic_files import new_temp_beside


class ExportError(Exception):
    """The export cannot be written where asked; the message names the path and the reason."""


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


def temp_beside(target: Path) -> Path:
    """A new empty file in the target's folder (so the final rename stays on one file system)."""
    if target.is_dir():
        raise ExportError(f"{target}: is a folder, not a file")
    if not target.parent.is_dir():
        raise ExportError(f"{target}: the folder {target.parent} does not exist")
    try:
        return new_temp_beside(target)
    except OSError as error:
        raise ExportError(f"{target}: cannot be written ({_reason(error)})") from error


@contextmanager
def replacing(path: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside `path`; on success it replaces `path`, else it is removed."""
    target = Path(path).expanduser().absolute()
    temp_path = temp_beside(target)
    try:
        yield temp_path
        os.replace(temp_path, target)
    except OSError as error:
        raise ExportError(f"{target}: cannot be written ({_reason(error)})") from error
    finally:
        temp_path.unlink(missing_ok=True)


def prepare_folder(folder: Path | str) -> Path:
    """The output folder, created if its parent exists; an ExportError if it cannot be used."""
    target = Path(folder).expanduser().absolute()
    if target.exists() and not target.is_dir():
        raise ExportError(f"{target}: is a file, not a folder")
    try:
        target.mkdir(exist_ok=True)
    except FileNotFoundError as error:
        raise ExportError(f"{target}: the folder {target.parent} does not exist") from error
    except OSError as error:
        raise ExportError(f"{target}: cannot be created ({_reason(error)})") from error
    return target
