import os
import stat
from pathlib import Path

from consortium_planner.atomic_files import new_temp_beside


def test_temporary_file_gets_the_permissions_of_a_new_file(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        temp = new_temp_beside(tmp_path / "report.pdf")
    finally:
        os.umask(previous)
    assert temp.parent == tmp_path and temp.name.startswith(".report.pdf.")
    assert stat.S_IMODE(temp.stat().st_mode) == 0o666 & ~previous
