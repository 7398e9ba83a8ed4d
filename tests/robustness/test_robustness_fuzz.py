"""Issue 10's fuzz test: a few hundred hostile variants of the project's own files (organisation
lists in .xlsx/.ods/.csv, a partner workbook, the demo's project JSON) go through `import` and
`load`. Every one must end with exit 0, 1 or 2 and a message, never an abort, a hang or an
"unexpected error"; a refused file leaves the workspace byte-for-byte as it was; the workspace
passes `PRAGMA integrity_check` afterwards.

FUZZ_CASES (default 300) and FUZZ_SEED (default 1) set the campaign; FUZZ_KEEP=DIR keeps the
failing files there for reproduction. benchmarks/fuzz_campaign.py runs bigger campaigns.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from fuzz_runner import failure_report, run_cases, summary_table
from mutations import build_seeds, generate_cases

CASES = int(os.environ.get("FUZZ_CASES", "300"))
SEED = int(os.environ.get("FUZZ_SEED", "1"))
# a case still running after this long is a hang: files this small are read in a second or two,
# the 100 MB zip bombs in a few (more when the machine is shared)
CASE_TIMEOUT = float(os.environ.get("FUZZ_CASE_TIMEOUT", "30"))


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("fuzz-seeds")
    return folder, build_seeds(folder)


def test_seeds_are_read_cleanly(seeds, tmp_path):
    """The unmutated seeds import and load with exit 0: the mutations start from good files."""
    from mutations import KINDS, Case

    folder, files = seeds
    cases = [Case(f"seed-{kind}-{number}", kind, "none", data, ())
             for kind, named in files.items() for number, (_name, data) in enumerate(named)]
    results = run_cases(cases, folder, tmp_path / "work", workers=1, batch=len(cases))
    assert {r.ident: (r.exit, r.problems()) for r in results} == {
        r.ident: (0, []) for r in results}, [r.stderr for r in results if r.exit != 0]
    assert {kind for kind in KINDS} == set(files)


def test_generation_is_deterministic(seeds):
    _folder, files = seeds
    first = generate_cases(files, 40, SEED)
    again = generate_cases(files, 40, SEED)
    assert [(c.ident, c.mutation, c.data) for c in first] == [
        (c.ident, c.mutation, c.data) for c in again]
    assert len({c.category for c in first}) > 20  # the mix reaches every family


def test_a_case_is_judged_by_every_rule():
    from fuzz_runner import Result

    argv = ["import", "ws.cpw", "f.xlsx", "--json"]
    assert Result("1-1", "c", "m", argv, exit=1).problems() == []
    assert Result("1-1", "c", "m", argv, exit=0, changed=True).problems() == []
    assert Result("1-1", "c", "m", argv, signal="SIGABRT").problems() == [
        "process died (SIGABRT)"]
    assert Result("1-1", "c", "m", argv, exit=3).problems() == ["exit 3"]
    assert Result("1-1", "c", "m", argv, exit=2, stderr="x: unexpected error (E)").problems() == [
        "unexpected error"]
    assert Result("1-1", "c", "m", argv, exit=1, changed=True).problems() == [
        "workspace changed on refusal"]
    assert Result("1-1", "c", "m", [*argv, "--dry-run"], exit=0, changed=True).problems() == [
        "workspace changed by --dry-run"]
    assert Result("1-1", "c", "m", argv, exit=0, leftovers=["ws.cpw-journal"]).problems() == [
        "files left beside the workspace: ws.cpw-journal"]
    assert Result("1-1", "c", "m", argv, exit=0, integrity="row 3 missing").problems() == [
        "integrity_check: row 3 missing"]
    assert Result("1-1", "c", "m", argv, exit=0, misread=True).problems() == [
        "exit 0 but the figures changed: rows moved, no value changed"]


def test_rows_moved_in_a_partner_workbook_are_read_as_meant_or_refused(seeds, tmp_path):
    """Blank rows above and inside the Organisation, Effort and Costs tables of an unedited
    partner workbook: the import reads the same figures (changes nothing) or refuses the file."""
    from mutations import Case, rows_moved

    folder, files = seeds
    workbook = files["partner-xlsx"][0][1]
    cases = [Case(f"rows-sheet{sheet}-{at}", "partner-xlsx", "insert_row",
                  rows_moved(workbook, f"xl/worksheets/sheet{sheet}.xml", at), ())
             for sheet in (2, 3, 4) for at in (4, 5, 6, 9)]
    results = run_cases(cases, folder, tmp_path / "work", workers=2, timeout=CASE_TIMEOUT)
    assert {r.ident: r.problems() for r in results} == {r.ident: [] for r in results}


def test_hostile_files_end_in_a_message_and_leave_the_workspace_whole(seeds, tmp_path):
    folder, files = seeds
    cases = generate_cases(files, CASES, SEED)
    results = run_cases(cases, folder, tmp_path / "work", workers=2, timeout=CASE_TIMEOUT)
    failed = [result for result in results if result.problems()]
    keep = os.environ.get("FUZZ_KEEP")
    if keep and failed:
        target = Path(keep)
        target.mkdir(parents=True, exist_ok=True)
        by_ident = {case.ident: case for case in cases}
        for result in failed:
            case = by_ident[result.ident]
            (target / f"{case.ident}-{case.kind}-{case.mutation}{case.suffix}").write_bytes(
                case.data)
    assert not failed, (f"{len(failed)} of {len(results)} hostile files broke the rules "
                        f"(seed {SEED}):\n{failure_report(results)}\n\n{summary_table(results)}")
