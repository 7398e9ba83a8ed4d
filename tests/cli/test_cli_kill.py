"""Every command that writes a workspace, killed with SIGKILL at many moments, leaves the old
workspace or the new one: never a mixture, never an empty or damaged file (issue 10).

Each command is first run to the end (its duration and the new workspace's fingerprint), then
run again from the old file and killed at moments spread over that duration. The next opener
(a read-only one, as `summary` would) must find exactly the old or the new content.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from consortium_planner.cli import main
from consortium_planner.formats.partner_workbook import SHEET_EFFORT
from consortium_planner.workspace import Workspace, register_functions

ROOT = Path(__file__).resolve().parents[2]
# Moments per command in the suite (its time budget); KILLS_PER_COMMAND=30 for a campaign.
KILLS_PER_COMMAND = int(os.environ.get("KILLS_PER_COMMAND", "5"))
# differ from run to run ("at": the edit log's time of an entry)
TIMESTAMPS = {"created_at", "updated_at", "imported_at", "taken_at", "at"}


def fingerprint(path: Path) -> str:
    """The workspace's content as the next opener sees it (timestamps left out)."""
    Workspace.open(path, read_only=True).close()  # a reader copes with what the kill left
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    register_functions(connection)  # the search index reads its text through the app's fold
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        digest = hashlib.sha256()
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name")]
        for table in tables:
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')
                       if row[1] not in TIMESTAMPS]
            listed = ", ".join(f'"{column}"' for column in columns)
            rows = sorted(map(repr, connection.execute(f'SELECT {listed} FROM "{table}"')))
            digest.update(repr((table, columns, rows)).encode())
        return digest.hexdigest()
    finally:
        connection.close()


def start(arguments: list[str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "consortium_planner", *arguments],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )


def other_project(demo_path: Path, folder: Path) -> Path:
    """The demo's project JSON under another acronym: a project the workspace does not hold."""
    assert main(["dump", str(demo_path), "-o", str(folder / "demo.json")]) == 0
    document = json.loads((folder / "demo.json").read_text(encoding="utf-8"))
    document["project"]["acronym"] = "OTHER"
    document["project"]["title"] = "Another project entirely"
    path = folder / "other.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def organisation_list(folder: Path) -> Path:
    path = folder / "organisations.csv"
    rows = "".join(f"Organisation {index} GmbH;Deutschland\n" for index in range(2000))
    path.write_text("Legal name;Country\n" + rows, encoding="utf-8")
    return path


def partner_workbook(demo_path: Path, folder: Path) -> Path:
    """Participant 3's workbook from `template`, returned with new effort in WP1."""
    path = folder / "p3.xlsx"
    assert main(["template", str(demo_path), "--participant", "3", "--language", "en",
                 "-o", str(path)]) == 0
    workbook = openpyxl.load_workbook(path)
    sheet = workbook[SHEET_EFFORT]
    row = next(r for r in range(1, 100) if sheet.cell(r, 1).value == "WP1")
    sheet.cell(row, 6).value = 7.25
    workbook.save(path)
    return path


Scenario = Callable[[Path], list[str]]  # workspace path -> the command's arguments


@pytest.fixture
def scenarios(demo_path: Path, tmp_path: Path, capsys) -> dict[str, tuple[Path, Scenario]]:
    """Per command: the old workspace, and the arguments that change it."""
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    other = other_project(demo_path, inputs)
    holding_other = inputs / "other.cpw"
    assert main(["new", str(holding_other)]) == 0
    assert main(["load", str(holding_other), str(other)]) == 0
    organisations = organisation_list(inputs)
    workbook = partner_workbook(demo_path, inputs)
    capsys.readouterr()
    return {
        "demo --force": (holding_other, lambda w: ["demo", "--force", str(w)]),
        "import list": (demo_path, lambda w: ["import", str(w), str(organisations)]),
        "load": (demo_path, lambda w: ["load", str(w), str(other)]),
        "import partner workbook": (demo_path, lambda w: ["import", str(w), str(workbook)]),
    }


@pytest.mark.slow
@pytest.mark.parametrize(
    "name", ["demo --force", "import list", "load", "import partner workbook"]
)
def test_killed_at_any_moment_leaves_the_old_or_the_new_workspace(
    name: str, scenarios: dict[str, tuple[Path, Scenario]], tmp_path: Path
) -> None:
    original, arguments = scenarios[name]
    old = fingerprint(original)

    finished = tmp_path / "finished" / "w.cpw"
    finished.parent.mkdir()
    shutil.copyfile(original, finished)
    began = time.monotonic()
    process = start(arguments(finished))
    assert process.wait(timeout=120) == 0
    duration = time.monotonic() - began
    new = fingerprint(finished)
    assert new != old

    outcomes: Counter[str] = Counter()
    for index in range(KILLS_PER_COMMAND):
        # from a quarter in (the interpreter is starting before that) to the very end
        delay = duration * (0.25 + 0.8 * index / (KILLS_PER_COMMAND - 1))
        trial = tmp_path / f"kill-{index}" / "w.cpw"
        trial.parent.mkdir()
        shutil.copyfile(original, trial)
        process = start(arguments(trial))
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        code = process.wait(timeout=120)
        state = fingerprint(trial)
        assert state in (old, new), f"killed after {delay:.2f} s (exit {code}): neither"
        outcomes["old" if state == old else "new"] += 1
    print(f"{name}: {duration:.2f} s to finish; after kills {dict(outcomes)}")
