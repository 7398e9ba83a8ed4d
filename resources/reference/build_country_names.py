"""Build country_names.csv: every folded country name the app reads, with its EU code.

Run: .venv/bin/python resources/reference/build_country_names.py [out.csv]

Why a file: `consortium_planner.reference.countries._by_name` builds the index from CLDR (babel),
pycountry's ISO names and their translations, and country_aliases.csv, which takes 0.3 s of CPU;
so every process's first country lookup (each command-line import's) reads this file instead.
Run this again, with the Python the app ships with (folding follows its Unicode tables), after
changing country_aliases.csv, countries.normalise_name, or the pinned babel or pycountry:
tests/reference/test_reference_countries.py fails until the file matches.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from consortium_planner.reference.countries import _by_name


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name(
        "country_names.csv")
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["name", "code"])
        writer.writerows(sorted(_by_name().items()))
    print(f"{out}: {len(_by_name())} names")


if __name__ == "__main__":
    main()
