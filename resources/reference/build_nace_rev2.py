"""Build nace_rev2.csv from Eurostat's NACE Rev. 2 structure (the RAMON CSV export) and its
titles in French, German, Spanish, Italian and Polish (Eurostat's own, from the EU Vocabularies
RDF as extracted by the xterr/php-nacecodes repository).

Run: .venv/bin/python resources/reference/build_nace_rev2.py path/to/NACE_REV2_....csv \
        path/to/php-nacecodes/Resources [out.csv]

(the translations need PyYAML: `.venv/bin/pip install PyYAML==6.0.3`; the app does not.)

Why a script: the shipped CSV must be reproducible from the unmodified source files, so a
reviewer can re-run it and diff. It keeps the four levels (section, division, group, class) with
their codes, parents and titles, and drops the explanatory notes. Section titles, written in
capitals by Eurostat, are put in sentence case ("MANUFACTURING" -> "Manufacturing") so that the
app shows every level alike; German keeps its nouns' capitals (GERMAN_SECTIONS, checked to differ
from the source only in case); every other title is kept as written, spaces normalised.

The translations are keyed there by the RDF's English title, and the RDF's English differs from
the RAMON export's in 23 titles ("Renting" / "Rental"): each code is looked up through the
repository's own code -> English table, so every code finds its translation.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

LEVELS = {"1": 21, "2": 88, "3": 272, "4": 615}  # the published counts of NACE Rev. 2
TRANSLATED = ("fr", "de", "es", "it", "pl")  # reference/languages.LANGUAGES after English
_TABLES = ("naceSections.json", "naceDivisions.json", "naceGroups.json", "naceCodes.json")

# Eurostat writes section titles in capitals; German nouns keep their capital in sentence case.
GERMAN_SECTIONS = {
    "A": "Land- und Forstwirtschaft, Fischerei",
    "B": "Bergbau und Gewinnung von Steinen und Erden",
    "C": "Verarbeitendes Gewerbe/Herstellung von Waren",
    "D": "Energieversorgung",
    "E": "Wasserversorgung; Abwasser- und Abfallentsorgung und Beseitigung von "
         "Umweltverschmutzungen",
    "F": "Baugewerbe/Bau",
    "G": "Handel; Instandhaltung und Reparatur von Kraftfahrzeugen",
    "H": "Verkehr und Lagerei",
    "I": "Gastgewerbe/Beherbergung und Gastronomie",
    "J": "Information und Kommunikation",
    "K": "Erbringung von Finanz- und Versicherungsdienstleistungen",
    "L": "Grundstücks- und Wohnungswesen",
    "M": "Erbringung von freiberuflichen, wissenschaftlichen und technischen Dienstleistungen",
    "N": "Erbringung von sonstigen wirtschaftlichen Dienstleistungen",
    "O": "Öffentliche Verwaltung, Verteidigung; Sozialversicherung",
    "P": "Erziehung und Unterricht",
    "Q": "Gesundheits- und Sozialwesen",
    "R": "Kunst, Unterhaltung und Erholung",
    "S": "Erbringung von sonstigen Dienstleistungen",
    "T": "Private Haushalte mit Hauspersonal; Herstellung von Waren und Erbringung von "
         "Dienstleistungen durch private Haushalte für den Eigenbedarf ohne ausgeprägten "
         "Schwerpunkt",
    "U": "Exterritoriale Organisationen und Körperschaften",
}


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


def _section_case(language: str, code: str, title: str) -> str:
    if language != "de":
        return title.capitalize()
    cased = GERMAN_SECTIONS[code]
    if cased.upper() != title.upper():
        raise SystemExit(f"German section {code}: {cased!r} is not {title!r} in other case")
    return cased


def add_translations(rows: list[dict[str, str]], resources: Path) -> None:
    """Add a title_<language> column to every row; stop when a code has no title in one."""
    import yaml  # a build-time tool only

    english: dict[str, str] = {}
    for table in _TABLES:
        for entry in json.loads((resources / table).read_text(encoding="utf-8")):
            english[entry["rawCode"]] = entry["name"]
    for language in TRANSLATED:
        path = resources / "translations" / f"messages_{language}.yaml"
        titles = yaml.safe_load(path.read_text(encoding="utf-8"))
        missing = [row["code"] for row in rows if english.get(row["code"]) not in titles]
        if missing:
            raise SystemExit(f"{language}: no title for {missing}")
        for row in rows:
            title = _clean(titles[english[row["code"]]])
            if row["level"] == "1":
                title = _section_case(language, row["code"], title)
            row[f"title_{language}"] = title


def main(argv: list[str]) -> int:
    if len(argv) not in (3, 4):
        print(__doc__)
        return 2
    out_path = Path(argv[3]) if len(argv) == 4 else Path(__file__).with_name("nace_rev2.csv")
    rows = build(Path(argv[1]))
    add_translations(rows, Path(argv[2]))
    with out_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(
            handle, fieldnames=["code", "level", "parent", "title",
                                *(f"title_{language}" for language in TRANSLATED)],
            lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} items written to {out_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
