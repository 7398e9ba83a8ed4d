"""Build nace_rev2.csv from Eurostat's NACE Rev. 2 structure (the RAMON CSV export).

Run: .venv/bin/python resources/reference/build_nace_rev2.py path/to/NACE_REV2_....csv [out.csv]

Why a script: the shipped CSV must be reproducible from the unmodified Eurostat file, so a reviewer
can re-run it and diff. It keeps the four levels (section, division, group, class) with their
codes, parents and English titles, and drops the explanatory notes. Section titles, written in
capitals by Eurostat, are put in sentence case ("MANUFACTURING" -> "Manufacturing") so that the
app shows every level alike; every other title is kept as written, spaces normalised.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

LEVELS = {"1": 21, "2": 88, "3": 272, "4": 615}  # the published counts of NACE Rev. 2


def _clean(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").split())


def build(source: Path) -> list[dict[str, str]]:
    # the export ends its lines with CR and CR LF alike: universal newlines read both
    with source.open(encoding="utf-8-sig", newline=None) as handle:
        rows = list(csv.DictReader(handle))
    out = []
    for row in rows:
        level, title = row["Level"].strip(), _clean(row["Description"])
        if level == "1":
            title = title.capitalize()
        out.append({"code": row["Code"].strip(), "level": level,
                    "parent": row["Parent"].strip(), "title": title})
    counts = {level: sum(1 for row in out if row["level"] == level) for level in LEVELS}
    if counts != LEVELS:
        raise SystemExit(f"unexpected numbers of items per level: {counts}, expected {LEVELS}")
    codes = {row["code"] for row in out}
    orphans = [row["code"] for row in out if row["level"] != "1" and row["parent"] not in codes]
    if orphans:
        raise SystemExit(f"items whose parent is missing: {orphans}")
    return out


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3):
        print(__doc__)
        return 2
    out_path = Path(argv[2]) if len(argv) == 3 else Path(__file__).with_name("nace_rev2.csv")
    rows = build(Path(argv[1]))
    with out_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["code", "level", "parent", "title"],
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} items written to {out_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
