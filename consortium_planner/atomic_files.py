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
