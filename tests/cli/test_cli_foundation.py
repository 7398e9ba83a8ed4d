"""The batch commands of issue 2, run as a user runs them (in a subprocess where it matters)."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from consortium_planner import __version__
from consortium_planner.cli import main

ROOT = Path(__file__).resolve().parents[2]
CATEGORIES = ("A", "B", "C1", "C2", "C3", "D", "E")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "consortium_planner", *args],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )


def test_demo_then_summary_json_adds_up_to_the_cent(tmp_path: Path) -> None:
    path = tmp_path / "d.cpw"
    assert run("demo", str(path)).returncode == 0
    result = run("summary", str(path), "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert set(summary) == {"project", "currency", "participants", "work_packages", "totals",
                            "value_chain"}
    assert set(summary["value_chain"]) == {
        "roles", "missing_roles", "company_share_of_eu_contribution",
        "sme_share_of_eu_contribution", "startup_count", "shared_s3_areas"}
    assert set(summary["project"]) == {"acronym", "title", "call", "start_date",
                                       "duration_months", "indirect_rate", "indirect_base"}
    participants = summary["participants"]
    assert 8 <= len(participants) <= 10
    assert len({p["country"] for p in participants}) >= 5
    assert len({p["nuts2"] for p in participants}) >= 6
    for participant in participants:
        costs = {k: Decimal(v) for k, v in participant["costs"].items()}
        assert set(costs) == set(CATEGORIES)
        total = Decimal(participant["total_eligible"])
        assert sum(costs.values()) == total
        assert Decimal(participant["eu_contribution"]) + Decimal(
            participant["own_contribution"]) == total
        for key in ("person_months", "total_eligible", "eu_contribution"):
            assert participant[key].count(".") == 1 and len(participant[key].split(".")[1]) == 2
    totals = {k: Decimal(v) for k, v in summary["totals"].items()}
    for key in (*CATEGORIES, "total_eligible", "eu_contribution", "own_contribution",
                "person_months"):
        source = (lambda p: p["costs"][key]) if key in CATEGORIES else (lambda p: p[key])
        assert totals[key] == sum(Decimal(source(p)) for p in participants), key
    assert sum(totals[c] for c in CATEGORIES) == totals["total_eligible"]
    assert sum(Decimal(wp["person_months"]) for wp in summary["work_packages"]) == totals[
        "person_months"]
    assert Decimal("2000000") <= totals["eu_contribution"] <= Decimal("10000000")


def test_dump_load_dump_through_the_command_line(tmp_path: Path) -> None:
    demo, copy, first, second = (tmp_path / n for n in ("d.cpw", "c.cpw", "1.json", "2.json"))
    assert run("demo", str(demo)).returncode == 0
    assert run("dump", str(demo), "-o", str(first)).returncode == 0
    assert run("new", str(copy)).returncode == 0
    assert run("load", str(copy), str(first)).returncode == 0
    assert run("dump", str(copy), "--project", "circomp", "-o", str(second)).returncode == 0
    assert first.read_bytes() == second.read_bytes()


def test_version_and_help_everywhere(capsys: pytest.CaptureFixture[str]) -> None:
    for args in (["--version"], ["summary", "--version"], ["dump", "--version"]):
        with pytest.raises(SystemExit) as exit_:
            main(args)
        assert exit_.value.code == 0
        assert __version__ in capsys.readouterr().out
    for args in (["--help"], ["load", "--help"], ["demo", "--help"]):
        with pytest.raises(SystemExit) as exit_:
            main(args)
        assert exit_.value.code == 0
        assert "usage:" in capsys.readouterr().out


def test_bad_usage_and_unusable_files_exit_2_without_traceback(tmp_path: Path) -> None:
    text_file = tmp_path / "notes.cpw"
    text_file.write_text("hello")
    broken_json = tmp_path / "broken.json"
    broken_json.write_text("{not json")
    empty = tmp_path / "empty.cpw"
    assert run("new", str(empty)).returncode == 0
    cases = [
        ("summary", str(text_file)),
        ("summary", str(tmp_path / "missing.cpw")),
        ("summary", str(empty)),
        ("summary",),
        ("new", str(empty)),
        ("load", str(empty), str(broken_json)),
        ("load", str(empty), str(tmp_path / "missing.json")),
        ("frobnicate", str(empty)),
        ("dump", str(empty), "-o", str(tmp_path / "no" / "such" / "dir.json")),
    ]
    for args in cases:
        result = run(*args)
        assert result.returncode == 2, (args, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr, (args, result.stderr)
        assert result.stderr.strip(), args


def test_a_reader_that_stops_early_is_not_an_error(tmp_path: Path) -> None:
    demo = tmp_path / "demo.cpw"
    assert run("demo", str(demo)).returncode == 0
    process = subprocess.Popen(
        [sys.executable, "-m", "consortium_planner", "dump", str(demo)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )
    assert process.stdout is not None
    process.stdout.close()  # like `dump ... | head -1` once head has its line
    _, errors = process.communicate(timeout=120)
    assert process.returncode == 141
    assert errors == ""


def test_project_must_be_named_when_there_are_several(tmp_path: Path) -> None:
    path = tmp_path / "d.cpw"
    dump = tmp_path / "d.json"
    assert run("demo", str(path)).returncode == 0
    assert run("dump", str(path), "-o", str(dump)).returncode == 0
    document = json.loads(dump.read_text())
    document["project"]["acronym"] = "WHATIF"
    dump.write_text(json.dumps(document))
    assert run("load", str(path), str(dump)).returncode == 0
    result = run("summary", str(path))
    assert result.returncode == 2 and "name one with --project" in result.stderr
    assert run("summary", str(path), "--project", "WHATIF").returncode == 0
    unknown = run("summary", str(path), "--project", "NOPE")
    assert unknown.returncode == 2 and "CIRCOMP, WHATIF" in unknown.stderr


def test_demo_force_replaces(tmp_path: Path) -> None:
    path = tmp_path / "d.cpw"
    assert run("demo", str(path)).returncode == 0
    assert run("demo", str(path)).returncode == 2
    assert run("demo", str(path), "--force").returncode == 0


def test_an_unexpected_error_is_one_line_and_the_traceback_goes_to_the_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from consortium_planner.services import summary

    def broken(_snapshot):
        raise RuntimeError("a bug")

    path = tmp_path / "d.cpw"
    assert main(["demo", str(path)]) == 0
    monkeypatch.setenv("CONSORTIUM_PLANNER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(summary, "summary_text", broken)
    assert main(["summary", str(path)]) == 2
    error = capsys.readouterr().err
    assert "unexpected error (RuntimeError: a bug)" in error
    assert "Traceback" not in error
    from consortium_planner.logs import log_file_path

    assert "Traceback" in log_file_path().read_text(encoding="utf-8")
