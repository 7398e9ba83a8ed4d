"""Run a fuzz campaign bigger than the test's (issue 10) and print a summary by category.

The same generator and runner as tests/robustness/test_robustness_fuzz.py: hostile variants of
the project's own files go through `import` and `load`; every case must end with exit 0, 1 or
2, no abort, hang or "unexpected error", an unchanged workspace on refusal and a sound one after.

Run: .venv/bin/python benchmarks/fuzz_campaign.py [--cases 2000] [--seed 7] [--keep DIR]
     [--json FILE] [--only ID ...]
--keep writes each failing file to DIR (named ID-kind-mutation.ext) for reproduction, --only
reruns single cases by id (SEED-INDEX), --json writes every result. Exit 1 when any case failed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "robustness"))

from fuzz_runner import as_json, failure_report, run_cases, summary_table  # noqa: E402
from mutations import build_seeds, generate_cases, make_case  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per case")
    parser.add_argument("--keep", type=Path, help="write the failing files here")
    parser.add_argument("--json", type=Path, help="write every result here")
    parser.add_argument("--only", nargs="*", default=[], metavar="ID", help="cases SEED-INDEX")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="fuzz-campaign-") as temp:
        folder = Path(temp)
        import os

        os.environ.setdefault("CONSORTIUM_PLANNER_DATA_DIR", str(folder / "user-data"))
        started = time.perf_counter()
        seeds = build_seeds(folder / "seeds")
        if args.only:
            cases = [make_case(seeds, int(s), int(i)) for s, i in
                     (ident.split("-") for ident in args.only)]
        else:
            cases = generate_cases(seeds, args.cases, args.seed)
        generated = time.perf_counter()
        results = run_cases(cases, folder / "seeds", folder / "work", workers=args.workers,
                            timeout=args.timeout)
        finished = time.perf_counter()
        print(summary_table(results))
        failed = [r for r in results if r.problems()]
        if failed:
            print("\n" + failure_report(results, limit=5))
        print(f"\n{len(cases)} cases: generated in {generated - started:.1f} s, "
              f"run in {finished - generated:.1f} s")
        if args.json:
            args.json.write_text(as_json(results), encoding="utf-8")
        if args.keep and failed:
            args.keep.mkdir(parents=True, exist_ok=True)
            by_ident = {case.ident: case for case in cases}
            for result in failed:
                case = by_ident[result.ident]
                (args.keep / f"{case.ident}-{case.kind}-{case.mutation}{case.suffix}"
                 ).write_bytes(case.data)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
