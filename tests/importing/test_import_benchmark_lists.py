"""The benchmarks' generated lists are lists the import accepts as they are: their VAT numbers
pass the check digits (else nearly every row is a warning and the benchmark times those)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from consortium_planner.importing.plan import build_organisation_plan

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.fixture
def benchmarks(monkeypatch):
    """The benchmarks folder on the path, as when one of its scripts runs."""
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    yield
    for name in ("bench_import", "bench_cordis_import", "vat_numbers", "memory"):
        sys.modules.pop(name, None)


def test_the_import_benchmark_list_has_valid_vat_numbers(benchmarks, tmp_path):
    import bench_import

    path = tmp_path / "bench.xlsx"
    bench_import.generate(path, 60)
    plan = build_organisation_plan(path)
    assert len(plan.rows) == 60 and not plan.errors
    assert [problem.message for problem in plan.warnings if problem.column == "VAT"] == []


def test_the_cordis_benchmark_export_has_valid_vat_numbers(benchmarks, tmp_path):
    import bench_cordis_import
    from cordis_files import write_csv

    rows = bench_cordis_import.build_rows(60, 80)
    plan = build_organisation_plan(write_csv(tmp_path / "organization.csv", rows))
    assert [problem.message for problem in plan.warnings if "check digit" in problem.message] == []


def test_the_import_benchmark_list_repeats_no_vat_number(benchmarks, tmp_path, monkeypatch):
    """Random numbers repeat now and then (a few in 50,000): a repeat is drawn again, since two
    rows with one VAT number would be imported as one organisation."""
    import bench_import

    numbers = iter(["DE136695976", "DE136695976", "DE143585902", "DE143585902", "DE811193231"])
    monkeypatch.setattr(bench_import, "valid_vat", lambda *_: next(numbers))
    path = tmp_path / "bench.xlsx"
    bench_import.generate(path, 3)
    plan = build_organisation_plan(path)
    assert [row.values["vat"] for row in plan.rows] == [
        "DE136695976", "DE143585902", "DE811193231"]
