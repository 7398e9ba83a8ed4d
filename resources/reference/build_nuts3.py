"""Build nuts3.csv, each NUTS 3 code of 2016 or 2021 with the NUTS 2 (2021) region it lies in.

Run: .venv/bin/python resources/reference/build_nuts3.py path/to/NUTS2016-NUTS2021.xlsx [out.csv]

Why: CORDIS and partners give NUTS 3 codes of either version ("UKI31", "HR041"), while the app
keeps one NUTS 2 region per organisation, in the 2021 version where it has one. A 2016 code
recoded in 2021 (HR041 -> HR050) lies in the NUTS 2 region of its 2021 code (HR05), which its
first four characters (HR04, split in 2021) do not say. Read from the same Eurostat sheet as
build_nuts2.py ("Changes detailed NUTS 2016-2021", NUTS level 3 rows; extra-regio ZZZ codes
left out): a recoded code takes its 2021 code's region; a discontinued one the region of the
code it is "now part of", or of the new code whose comment names it as "ex-", else its own
NUTS 2 region where NUTS 2021 still has it; one whose
successors lie in several regions is left out (its NUTS 2 region cannot be told).
"""

from __future__ import annotations

import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

import openpyxl

SHEET = "Changes detailed NUTS 2016-2021"
COL_CODE_2016, COL_CODE_2021, COL_COMMENT, COL_LEVEL = 0, 1, 7, 8
NUTS3_CODE = re.compile(r"\b([A-Z]{2}[0-9A-Z]{3})\b")


def _clean(value: object) -> str:
    return " ".join(str(value or "").replace("\xa0", " ").split())


def build(xlsx: Path) -> list[dict[str, str]]:
    workbook = openpyxl.load_workbook(xlsx, read_only=True)
    every = [row for row in workbook[SHEET].iter_rows(min_row=2, values_only=True)
             if len(row) > COL_LEVEL]
    rows = [row for row in every if row[COL_LEVEL] == 3]
    nuts2_2021 = {_clean(row[COL_CODE_2021]) for row in every if row[COL_LEVEL] == 2}
    regions: dict[str, set[str]] = defaultdict(set)
    in_2016: set[str] = set()
    in_2021: set[str] = set()
    pending: list[tuple[str, str]] = []  # (discontinued 2016 code, its comment)
    for row in rows:
        c16, c21 = _clean(row[COL_CODE_2016]), _clean(row[COL_CODE_2021])
        comment = _clean(row[COL_COMMENT])
        if c21 and not c21.endswith("ZZZ"):
            in_2021.add(c21)
            regions[c21].add(c21[:4])
            # a new code "merge of ex-NO033 and NO034": the old codes lie in its region
            if not c16 and "ex-" in comment:
                for old in NUTS3_CODE.findall(comment.split("ex-", 1)[1]):
                    regions[old].add(c21[:4])
        if c16 and not c16.endswith("ZZZ"):
            in_2016.add(c16)
            if c21:
                regions[c16].add(c21[:4])
            else:
                pending.append((c16, comment))
    for c16, comment in pending:
        if "now part of" in comment:
            for new in NUTS3_CODE.findall(comment.split("now part of", 1)[1]):
                regions[c16].add(new[:4])
    for c16, _ in pending:
        # discontinued with no successor named (ITG29): its NUTS 2 region, where 2021 kept it
        if not regions.get(c16) and c16[:4] in nuts2_2021:
            regions[c16].add(c16[:4])
    out = []
    for code in sorted(in_2016 | in_2021):
        found = regions.get(code, set())
        if len(found) != 1:
            continue
        out.append({"code": code, "nuts2_2021": found.pop(),
                    "in_2016": "1" if code in in_2016 else "0",
                    "in_2021": "1" if code in in_2021 else "0"})
    return out


def main(argv: list[str]) -> None:
    source = Path(argv[1])
    target = Path(argv[2]) if len(argv) > 2 else Path(__file__).with_name("nuts3.csv")
    rows = build(source)
    with open(target, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=["code", "nuts2_2021", "in_2016", "in_2021"],
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} NUTS 3 codes written to {target}")


if __name__ == "__main__":
    main(sys.argv)
