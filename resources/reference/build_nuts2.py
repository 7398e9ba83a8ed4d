"""Build nuts2.csv from Eurostat's NUTS 2016-2021 correspondence workbook.

Run: .venv/bin/python resources/reference/build_nuts2.py path/to/NUTS2016-NUTS2021.xlsx [out.csv]

Why a script: the shipped CSV must be reproducible from the unmodified Eurostat file, so a reviewer
can re-run it and diff. It reads sheet "Changes detailed NUTS 2016-2021", keeps NUTS level 2 rows
(extra-regio codes ending in ZZ excluded), and derives the 2016<->2021 correspondence of changed
level-2 codes from the level-3 rows (recoded NUTS 3 codes, and "ex-XXXXX" / "now part of XXXXX"
comments), because the level-2 rows only say "new" or "discontinued".
"""

from __future__ import annotations

import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

import openpyxl

SHEET = "Changes detailed NUTS 2016-2021"
COL_CODE_2016, COL_CODE_2021, COL_NAME_2, COL_CHANGE, COL_COMMENT, COL_LEVEL = 0, 1, 4, 6, 7, 8
NUTS3_CODE = re.compile(r"\b([A-Z]{2}[0-9A-Z]{3})\b")


def _clean(value: object) -> str:
    """Eurostat names carry trailing spaces and non-breaking spaces."""
    return " ".join(str(value or "").replace("\xa0", " ").split())


def build(xlsx: Path) -> list[dict[str, str]]:
    wb = openpyxl.load_workbook(xlsx, read_only=True)
    rows = list(wb[SHEET].iter_rows(min_row=2, values_only=True))
    regions: dict[str, dict[str, object]] = {}
    changed_level2: set[str] = set()
    # level-2 links between 2016 and 2021 codes, found from their NUTS 3 children
    links: set[tuple[str, str]] = set()
    for row in rows:
        if len(row) <= COL_LEVEL or row[COL_LEVEL] not in (2, 3):
            continue
        c16, c21 = _clean(row[COL_CODE_2016]), _clean(row[COL_CODE_2021])
        comment = _clean(row[COL_COMMENT])
        if row[COL_LEVEL] == 2:
            for code, year in ((c16, "2016"), (c21, "2021")):
                if not code or code.endswith("ZZ"):
                    continue
                entry = regions.setdefault(code, {"name": _clean(row[COL_NAME_2]), "years": set()})
                entry["years"].add(year)  # type: ignore[union-attr]
            if c16 != c21 or row[COL_CHANGE] not in (None, 1):
                changed_level2.update(c for c in (c16, c21) if c)
            if c16 and c21 and c16 != c21:
                links.add((c16, c21))
            continue
        # level 3
        if c16 and c21:
            links.add((c16[:4], c21[:4]))
        elif c21:  # new NUTS 3: "new; merge of ex-NO033 and NO034"
            for old in NUTS3_CODE.findall(comment.split("ex-", 1)[1] if "ex-" in comment else ""):
                links.add((old[:4], c21[:4]))
        elif c16:  # discontinued NUTS 3: "discontinued; now part of NO082"
            for new in NUTS3_CODE.findall(comment.split("now part of", 1)[1] if "now part of" in comment else ""):
                links.add((c16[:4], new[:4]))

    succ: dict[str, set[str]] = defaultdict(set)
    pred: dict[str, set[str]] = defaultdict(set)
    for old, new in links:
        if old == new or old.endswith("ZZ") or new.endswith("ZZ"):
            continue
        # a NUTS 3 link only matters for a level-2 region whose code changed
        if old in changed_level2 or new in changed_level2:
            succ[old].add(new)
            pred[new].add(old)

    out = []
    for code in sorted(regions):
        entry = regions[code]
        years = entry["years"]
        in16, in21 = "2016" in years, "2021" in years  # type: ignore[operator]
        out.append(
            {
                "code": code,
                "name": str(entry["name"]),
                "country": code[:2],
                "in_2016": "1" if in16 else "0",
                "in_2021": "1" if in21 else "0",
                # where the code is not in both versions: its counterparts in the other version
                "code_2016": " ".join(sorted(pred[code])) if not in16 else "",
                "code_2021": " ".join(sorted(succ[code])) if not in21 else "",
            }
        )
    return out


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    out_path = Path(argv[2]) if len(argv) == 3 else Path(__file__).with_name("nuts2.csv")
    rows = build(Path(argv[1]))
    with out_path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} NUTS 2 regions to {out_path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
