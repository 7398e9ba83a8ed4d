"""Time reading and planning a 50,000-row x 20-column organisation list (issue 5: <= 2 s in all,
peak memory < 400 MB), beside pandas' openpyxl and calamine engines when pandas is installed.

Run: .venv/bin/python benchmarks/bench_import_read.py [--rows N]
The generated file is cached in the temp dir, so only the first run pays for writing it.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEADER = [
    "Legal name", "Short name", "PIC", "VAT", "Organisation type", "Profit", "Staff", "Turnover",
    "Balance sheet", "Country", "NUTS 2", "Address", "City", "Postcode", "Website",
    "Contact person", "E-mail", "Phone", "Clusters", "Notes",
]
# (country as typed, VAT prefix and digits of a well-formed number, NUTS 2)
COUNTRIES = [("Deutschland", "DE", 9, "DE11"), ("France", "FR", 11, "FR10"),
             ("Polska", "PL", 10, "PL21"), ("Italia", "IT", 11, "ITI4"),
             ("Österreich", "ATU", 8, "AT13"), ("Nederland", "NL", 9, "NL32")]
TYPES = ["SME", "KMU", "PME", "Universität", "Research organisation", "cluster", "Large enterprise"]


def generate(path: Path, rows: int) -> None:
    """Write the benchmark file with openpyxl's streaming writer (a realistic mix of cells)."""
    import openpyxl

    rng = random.Random(5)
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Members")
    sheet.append(["Cluster member list (benchmark)"])
    sheet.append([])
    sheet.append(HEADER)
    for number in range(rows):
        country, prefix, digits, nuts = COUNTRIES[number % len(COUNTRIES)]
        vat = f"{prefix}{rng.randrange(10 ** (digits - 1), 10**digits)}"
        if prefix == "NL":
            vat += "B01"
        org_type = TYPES[number % len(TYPES)]
        sheet.append([
            f"Organisation {number} GmbH", f"ORG{number}", str(900_000_000 + number),
            vat, org_type, "yes" if number % 3 else "no",
            rng.randrange(1, 250 if org_type in ("SME", "KMU", "PME") else 400),
            rng.randrange(10_000, 40_000_000) + rng.randrange(100) / 100,
            f"{rng.randrange(10_000, 40_000_000):,}".replace(",", "."), country, nuts,
            f"Hauptstraße {number % 200}", "Berlin", f"{10000 + number % 80000}",
            f"www.org{number}.eu", f"Contact Person {number}", f"info@org{number}.eu",
            f"+49 30 {number:07d}", "Cluster A; Cluster B", "",
        ])
    workbook.save(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--generate-only", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.generate_only:
        generate(args.generate_only, args.rows)
        return
    path = Path(tempfile.gettempdir()) / f"consortium_planner_bench_{args.rows}x20.xlsx"
    if not path.exists():
        print(f"generating {path} ...", flush=True)
        # In a child process, so this process's peak memory measures the import alone.
        subprocess.run([sys.executable, __file__, "--rows", str(args.rows),
                        "--generate-only", str(path)], check=True)
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from consortium_planner.importing.plan import build_organisation_plan

    started = time.perf_counter()
    plan = build_organisation_plan(path)
    elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"build_organisation_plan: {elapsed:.2f} s, {len(plan.rows)} rows, "
          f"{len(plan.errors)} errors, {len(plan.warnings)} warnings, peak RSS {peak_mb:.0f} MB")
    try:
        import pandas
    except ImportError:
        print("pandas is not installed: pandas.read_excel comparisons skipped")
        return
    for engine in ("openpyxl", "calamine"):
        started = time.perf_counter()
        pandas.read_excel(path, engine=engine, header=2)
        print(f"pandas.read_excel(engine={engine!r}): {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
