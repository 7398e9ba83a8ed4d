"""Temporary files beside a target, for writes that must land whole or not at all.

`tempfile.mkstemp` creates files readable by their owner only; a report or workbook written
into a shared folder must get the permissions any new file there would get (0666 less the
umask), so the temporary file is given those before it is renamed into place.
"""

from __future__ import annotations

import os
import tempfile
from functools import cache
from pathlib import Path


@cache
def _umask() -> int:
    mask = os.umask(0o022)  # reading the umask means setting it; put it straight back
    os.umask(mask)
    return mask


def new_temp_beside(target: Path) -> Path:
    """An empty file in `target`'s folder (the final rename stays on one file system).

    Raises OSError when the folder cannot be written.
    """
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(handle)
    path = Path(name)
    try:
        os.chmod(path, 0o666 & ~_umask())
    except OSError:
        pass  # a file system without permissions (FAT, some shares): keep what it gave
    return path


def flush_to_disk(path: Path) -> None:
    """fsync one file: its bytes are on the disk before a rename makes them the real file."""
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def flush_folder_to_disk(folder: Path) -> None:
    """fsync a folder so a rename in it survives a power cut (POSIX; Windows has no such call)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some file systems (network shares) refuse fsync on a folder: nothing more to do
    finally:
        os.close(descriptor)


def replace_durably(temp_path: Path, target: Path) -> None:
    """Swap a complete `temp_path` in for `target` in one step (os.replace), after fsync.

    Anyone reading `target` sees the old file or the new one, never a mixture or none.
    """
    flush_to_disk(temp_path)
    os.replace(temp_path, target)
    flush_folder_to_disk(target.parent)
