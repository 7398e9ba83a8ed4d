"""Time a whole organisation import of a 50,000-row x 20-column list (issue 12: at most 1.2 s and
faster than pandas.read_excel(engine="calamine") + DataFrame.to_sql in the same run; issue 5: peak
memory under 400 MB), beside pandas.read_excel + DataFrame.to_sql with pandas' default engine
(openpyxl) and with engine="calamine", which validate and de-duplicate nothing; then the same
import of a 134,000-row list, a network's whole directory (issue 12: at most 3 s).

"Whole import" is what `consortium-planner import` and the wizard do, through the one use case
(services/file_import.py): read, find the header, map and normalise every cell, check, match
against the directory, de-duplicate, and commit the new organisations and an ImportBatch into a
fresh workspace in one transaction. "Matching again" prepares the same file once more, now that
the directory holds its 50,000 organisations: every row is matched (by PIC) and diffed. "Undo" then
takes the import back (the wizard's undo step: one transaction).

`--into N` times the same import into a workspace that already holds N organisations (a network's
directory, imported first from the N-row list and not timed); the list imported is then numbered
after those N, so that its rows are new organisations, not matches.

`--accented` times the same import of a list written as real member lists are: names, cities,
streets, contacts, clusters and notes in the EU's languages (German umlauts, French and Spanish
accents, Polish, Czech and Hungarian letters, Greek, Bulgarian Cyrillic), countries typed in
their own language. The default list is ASCII in its indexed columns, and text that is not
takes slower paths (folding, name keys, the search index), so both figures matter.

Run: .venv/bin/python benchmarks/bench_import.py [--rows N [--rows N ...]] [--repeat N] [--into N]
[--accented] (default: 50,000 and 134,000 rows); the pandas comparison needs the extra `.[bench]`.
Each measurement runs in its own process (so peak memory is
its own); each runs --repeat times and the best is reported, since other work on the machine only
ever adds time: wall and CPU time are both printed (on a busy machine compare the CPU times).
pandas is compared on the 50,000-row list only. The generated files are cached in the temp dir.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from memory import peak_memory_mb  # benchmarks/ is on sys.path when a script here runs
from vat_numbers import valid_vat

ROOT = Path(__file__).resolve().parents[1]
HEADER = [
    "Legal name", "Short name", "PIC", "VAT", "Organisation type", "Profit", "Staff", "Turnover",
    "Balance sheet", "Country", "NUTS 2", "Address", "City", "Postcode", "Website",
    "Contact person", "E-mail", "Phone", "Clusters", "Notes",
]
# (country as typed, VAT prefix and digits of a well-formed number, NUTS 2)
COUNTRIES = [("Deutschland", "DE", 9, "DE11"), ("France", "FR", 11, "FR10"),
             ("Polska", "PL", 10, "PL21"), ("Italia", "IT", 11, "ITI4"),
             ("Österreich", "ATU", 8, "AT13"), ("Nederland", "NL", 9, "NL32")]
FILE_VERSION = 3  # in the cached file's name: 3 = distinct VAT numbers with valid check digits
ACCENTED_VERSION = 1  # in the --accented file's name, after FILE_VERSION
TYPES = ["SME", "KMU", "PME", "Universität", "Research organisation", "cluster", "Large enterprise"]

# --accented: per country (as typed, VAT prefix and digits, NUTS 2), name patterns ({s} surname,
# {c} city, {f} field, {n} the organisation's number), surnames, first names, cities, streets,
# fields and the top-level domain.
ACCENTED = [
    (("Deutschland", "DE", 9, "DE21"),
     ["{s} Maschinenbau {n} GmbH", "Fraunhofer-Institut für {f} {n}", "{s} & Söhne {n} KG",
      "Technische Universität {c} {n}", "Müller-{s} Präzisionsteile {n} AG"],
     ["Müller", "Schäfer", "Weiß", "Groß", "Köhler", "Bäcker", "Schröder", "Günther", "Jäger"],
     ["Jürgen", "Björn", "Käthe", "Sören", "Jörg", "Anneliese"],
     ["München", "Köln", "Düsseldorf", "Nürnberg", "Würzburg", "Lübeck", "Göttingen"],
     ["Hauptstraße", "Königsallee", "Schloßstraße", "Bahnhofstraße", "Gänsemarkt"],
     ["Produktionstechnik", "Lasertechnik", "Werkstoffmechanik", "Solare Energiesysteme"], "de"),
    (("Polska", "PL", 10, "PL71"),
     ["{s} {n} Sp. z o.o.", "Politechnika {c} {n}", "Instytut {f} im. {s} {n}",
      "Przedsiębiorstwo {s} {n} S.A.", "Uniwersytet {c}ki {n}"],
     ["Łukasiewicz", "Wiśniewski", "Żółkowski", "Kowalczyk", "Dąbrowski", "Szczęsny", "Woźniak"],
     ["Łucja", "Małgorzata", "Grzegorz", "Paweł", "Michał", "Jędrzej"],
     ["Łódź", "Kraków", "Gdańsk", "Wrocław", "Poznań", "Białystok", "Toruń"],
     ["ul. Piotrkowska", "ul. Żwirki i Wigury", "al. Kościuszki", "ul. Świętokrzyska"],
     ["Włókiennictwa", "Chemii Przemysłowej", "Mechaniki Precyzyjnej", "Energetyki"], "pl"),
    (("Ελλάδα", "EL", 9, "EL30"),
     ["Πανεπιστήμιο {c} {n}", "{s} {n} Α.Ε.", "Ερευνητικό Κέντρο {f} {n}", "{s} {n} ΙΚΕ",
      "Εθνικό Ίδρυμα {f} {n}"],
     ["Παπαδόπουλος", "Οικονόμου", "Γεωργίου", "Καραγιάννης", "Αθανασίου", "Νικολάου"],
     ["Γιώργος", "Ελένη", "Δημήτρης", "Κωνσταντίνα", "Σωτήρης"],
     ["Αθήνα", "Θεσσαλονίκη", "Πάτρα", "Ηράκλειο", "Λάρισα", "Βόλος"],
     ["Οδός Ερμού", "Λεωφόρος Κηφισίας", "Οδός Πανεπιστημίου", "Οδός Εγνατίας"],
     ["Ενέργειας", "Τεχνολογίας", "Υλικών", "Πληροφορικής"], "gr"),
    (("България", "BG", 9, "BG41"),
     ["{s} {n} ЕООД", "Технически университет {c} {n}", "{s} {n} АД",
      "Институт по {f} {n}", "{s} и синове {n} ООД"],
     ["Иванов", "Петров", "Георгиев", "Димитров", "Стоянов", "Тодоров"],
     ["Мария", "Георги", "Йордан", "Цветелина", "Христо"],
     ["София", "Пловдив", "Варна", "Бургас", "Русе", "Стара Загора"],
     ["ул. Витоша", "бул. Цар Освободител", "ул. Шипка", "бул. България"],
     ["енергетика", "механика", "химия", "информатика"], "bg"),
    (("España", "ESB", 8, "ES61"),
     ["{s} Ingeniería {n} S.L.", "Universidad de {c} {n}", "Fundación {f} {s} {n}",
      "Clúster de {f} de {c} {n}", "Centro Tecnológico {s} {n}"],
     ["Núñez", "García", "Muñoz", "Peña", "Ibáñez", "Martínez", "Gómez"],
     ["José", "María", "Iñaki", "Begoña", "Martín", "Ángela"],
     ["Córdoba", "Málaga", "Cádiz", "Jaén", "Almería", "Sevilla", "Granada"],
     ["Calle de Cervantes", "Avenida de Andalucía", "Plaza de España", "Calle Larios"],
     ["Automoción", "Energía Solar", "Biotecnología", "Aeronáutica"], "es"),
    (("Česko", "CZ", 8, "CZ06"),
     ["{s} {n} s.r.o.", "Vysoké učení technické v {c} {n}", "Ústav {f} {n}", "{s} {n} a.s."],
     ["Dvořák", "Novotný", "Černý", "Procházka", "Kovář", "Růžička"],
     ["Jiří", "Kateřina", "Tomáš", "Zdeňka", "Přemysl"],
     ["Brno", "Jihlava", "Třebíč", "Znojmo", "Břeclav"],
     ["Náměstí Svobody", "Údolní", "Křenová", "Štefánikova"],
     ["fyziky", "strojírenství", "materiálů", "elektrotechniky"], "cz"),
    (("France", "FR", 11, "FR10"),
     ["{s} Mécanique {n} SAS", "Université de {c} {n}", "Institut {f} {s} {n}",
      "Pôle {f} {c} {n}", "Société d'Études {s} {n}"],
     ["Lefèvre", "Bérubé", "Giraud", "Dupré", "Mercier", "Thévenin", "Leclère"],
     ["Hélène", "François", "Gaëlle", "Jérôme", "Noël", "Cécile"],
     ["Besançon", "Orléans", "Nîmes", "Saint-Étienne", "Évry", "Créteil"],
     ["rue de la Paix", "boulevard Saint-Germain", "avenue des Champs-Élysées", "rue Molière"],
     ["Mécanique", "Énergétique", "Matériaux", "Aéronautique"], "fr"),
    (("Magyarország", "HU", 8, "HU22"),
     ["{s} {n} Kft.", "{c}i Egyetem {n}", "{f} Kutatóintézet {n}", "{s} {n} Zrt."],
     ["Nagy", "Kovács", "Szabó", "Tóth", "Horváth", "Kiss", "Gyöngyösi"],
     ["Zoltán", "Erzsébet", "Gábor", "Katalin", "Ödön"],
     ["Győr", "Sopron", "Szombathely", "Zalaegerszeg", "Pápa"],
     ["Fő utca", "Kossuth Lajos utca", "Széchenyi tér", "Petőfi Sándor utca"],
     ["Anyagtudományi", "Energetikai", "Járműipari"], "hu"),
]
ACCENTED_CLUSTERS = ["Klaster ICT Łódź", "Pôle Véhicule du Futur", "Cluster Automoción Andalucía",
                     "Кластер Мехатроника", "Σύμπλεγμα Ενέργειας", "Automobil-Cluster Nürnberg",
                     "Moravský strojírenský klastr", "Pannon Járműipari Klaszter"]
ACCENTED_NOTES = ["", "", "", "Partner im Projekt „Wärmepumpen für Bürogebäude“",
                  "Współpraca przy projekcie Interreg; kontakt przez p. Łukasiewicz",
                  "Συνεργάτης στο έργο Horizon για την ενέργεια", "Участник в проект за водород",
                  "Socio en el proyecto de economía circular", "Réunion à Besançon prévue"]


def _ascii(text: str) -> str:
    """A web or mail name for `text`: its Latin letters without accents; others dropped."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L"))
    return "".join(ch for ch in plain if ch.isascii() and ch.isalnum()).lower() or "org"


def accented_row(rng: random.Random, number: int, vat: str, country: tuple) -> list[object]:
    """One row of the --accented list: the same columns and kinds of value as `generate`'s,
    written in the country's language and script."""
    (typed, _prefix, _digits, nuts), patterns, surnames, firsts, cities, streets, fields_, tld = \
        country
    surname, city = rng.choice(surnames), rng.choice(cities)
    name = rng.choice(patterns).format(s=surname, c=city, f=rng.choice(fields_), n=number)
    first = rng.choice(firsts)
    site = f"{_ascii(surname)}{number}.{tld}"
    org_type = TYPES[number % len(TYPES)]
    return [
        name, f"{surname[:4].upper()}{number}", str(900_000_000 + number), vat, org_type,
        "yes" if number % 3 else "no",
        rng.randrange(1, 250 if org_type in ("SME", "KMU", "PME") else 400),
        rng.randrange(10_000, 40_000_000) + rng.randrange(100) / 100,
        f"{rng.randrange(10_000, 40_000_000):,}".replace(",", "."), typed, nuts,
        f"{rng.choice(streets)} {number % 200 + 1}", city, f"{10000 + number % 80000}",
        f"www.{site}", f"{first} {surname}", f"{_ascii(first)}.{_ascii(surname)}@{site}",
        f"+{30 + number % 60} {number:09d}",
        "; ".join(rng.sample(ACCENTED_CLUSTERS, rng.choice((0, 1, 1, 2)))),
        rng.choice(ACCENTED_NOTES),
    ]


def generate(path: Path, rows: int, first: int = 0, accented: bool = False) -> None:
    """Write the benchmark file with openpyxl's streaming writer (a realistic mix of cells);
    its organisations are numbered from `first` on (names, PICs, websites); `accented`: in the
    EU's languages and scripts (accented_row)."""
    import openpyxl

    rng = random.Random(5 + first)
    vats: set[str] = set()
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Members")
    sheet.append(["Cluster member list (benchmark)"])
    sheet.append([])
    sheet.append(HEADER)
    for number in range(first, first + rows):
        language = ACCENTED[number % len(ACCENTED)] if accented else None
        country, prefix, digits, nuts = (
            language[0] if language else COUNTRIES[number % len(COUNTRIES)])
        vat = valid_vat(rng, prefix, digits)
        while vat in vats:  # a repeated VAT number would be one organisation, not two
            vat = valid_vat(rng, prefix, digits)
        vats.add(vat)
        if language:
            sheet.append(accented_row(rng, number, vat, language))
            continue
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


def measure_import(path: Path, folder: Path, base: Path | None = None) -> dict[str, object]:
    """The import of `path` into a new workspace, or into one that first gets the list `base`
    (not timed)."""
    # No mapping remembered by the person running the benchmark may change the plan.
    os.environ["CONSORTIUM_PLANNER_DATA_DIR"] = str(folder / "user-data")
    from consortium_planner.services.file_import import (
        ImportRequest,
        finish_import,
        plan_list,
        prepare_import,
    )
    from consortium_planner.services.organisation_import import undo_import
    from consortium_planner.workspace import Workspace

    workspace_path = folder / "bench.cpw"
    workspace_path.unlink(missing_ok=True)
    request = ImportRequest(path)
    with Workspace.create(workspace_path) as workspace:
        if base is not None:
            finish_import(workspace, prepare_import(workspace, ImportRequest(base)))
        started, cpu = time.perf_counter(), time.process_time()
        plan = plan_list(request)
        planned = time.perf_counter()
        prepared = prepare_import(workspace, request, plan=plan)
        previewed, previewed_cpu = time.perf_counter(), time.process_time()
        report = finish_import(workspace, prepared)
        done = time.perf_counter()
        cpu_done, peak = time.process_time(), peak_memory_mb()
        again = prepare_import(workspace, request, plan=plan)
        matched_again = time.perf_counter() - done
        undo_started, undo_cpu = time.perf_counter(), time.process_time()
        undo_import(workspace, report.result.batch_id)  # type: ignore[union-attr]
        undone, undone_cpu = time.perf_counter() - undo_started, time.process_time() - undo_cpu
    return {"seconds": done - started, "cpu": cpu_done - cpu,
            "plan": planned - started, "preview": previewed - planned, "apply": done - previewed,
            "apply_cpu": cpu_done - previewed_cpu,
            "created": report.created, "errors": len(plan.errors),
            "warnings": len(prepared.preview.warnings), "peak_mb": peak,
            "match_again": matched_again, "matched_again": len(again.preview.duplicates),
            "undo": undone, "undo_cpu": undone_cpu}


def measure_pandas(path: Path, folder: Path, engine: str | None) -> dict[str, object]:
    import sqlite3

    import pandas

    database = folder / f"pandas-{engine or 'default'}.sqlite"
    database.unlink(missing_ok=True)
    started, cpu = time.perf_counter(), time.process_time()
    frame = pandas.read_excel(path, header=2, **({"engine": engine} if engine else {}))
    with sqlite3.connect(database) as connection:
        frame.to_sql("organisation", connection, index=False)
    return {"seconds": time.perf_counter() - started, "cpu": time.process_time() - cpu,
            "rows": len(frame), "peak_mb": peak_memory_mb()}


def _child(variant: str, path: Path, base: Path | None = None) -> dict[str, object]:
    """Run one measurement in a fresh interpreter and return what it printed."""
    output = subprocess.run(
        [sys.executable, __file__, "--measure", variant, "--file", str(path),
         *(["--base", str(base)] if base is not None else [])],
        check=True, capture_output=True, text=True, cwd=ROOT,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


# Seconds the whole import may take, by rows (issue 12).
TARGETS = {50_000: 1.2, 134_000: 3.0}
# The size compared with pandas in the same run.
PANDAS_ROWS = 50_000


Figures = dict[str, object]


def _best(variant: str, path: Path, repeat: int, base: Path | None = None
          ) -> tuple[Figures, list[Figures]]:
    runs = [_child(variant, path, base) for _ in range(max(1, repeat))]
    return min(runs, key=lambda run: float(run["seconds"])), runs  # type: ignore[arg-type]


def _cpu(runs: list[Figures]) -> float:
    return min(float(run["cpu"]) for run in runs)  # type: ignore[arg-type]


def bench_file(rows: int, first: int = 0, accented: bool = False) -> Path:
    """The generated list of `rows` organisations numbered from `first` (cached)."""
    numbered = f"_from{first}" if first else ""
    kind = f"_accented_v{ACCENTED_VERSION}" if accented else ""
    path = Path(tempfile.gettempdir()) / (
        f"consortium_planner_bench_{rows}x20{numbered}_v{FILE_VERSION}{kind}.xlsx")
    if not path.exists():
        print(f"generating {path} ...", flush=True)
        generate(path, rows, first, accented)
    return path


def bench_size(rows: int, repeat: int, into: int = 0, accented: bool = False) -> None:
    base = bench_file(into, accented=accented) if into else None
    path = bench_file(rows, into, accented)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs", flush=True)
    best, runs = _best("import", path, repeat, base)
    target = None if into else TARGETS.get(rows)
    print(f"{rows} rows x 20 columns ({path.stat().st_size / 1024 / 1024:.1f} MB"
          + (", accented: the EU's languages and scripts)" if accented else ")")
          + (f" into a directory of {into} organisations" if into else ""))
    print(f"consortium-planner import (read, validate, de-duplicate, commit): "
          f"{best['seconds']:.2f} s (CPU {best['cpu']:.2f} s; plan {best['plan']:.2f}, "
          f"preview {best['preview']:.2f}, apply {best['apply']:.2f} "
          f"(CPU {best['apply_cpu']:.2f})), "
          f"peak {best['peak_mb']:.0f} MB, {best['created']} created, {best['errors']} errors, "
          f"{best['warnings']} warnings; all runs: "
          + ", ".join(f"{run['seconds']:.2f}" for run in runs) + f" s; best CPU {_cpu(runs):.2f} s"
          + (f"; target <= {target:.1f} s" if target else ""))
    print(f"matching again against the {best['created']} organisations now in the directory: "
          f"{best['match_again']:.2f} s ({best['matched_again']} matched); undo of the import: "
          f"{best['undo']:.2f} s (CPU {best['undo_cpu']:.2f} s)")
    if rows != PANDAS_ROWS or into:
        return
    try:
        import pandas  # noqa: F401
    except ImportError:
        print("pandas is not installed: the pandas.read_excel + to_sql comparisons were skipped")
        return
    for variant, label, times in (("pandas-default", "default engine (openpyxl)", 1),
                                  ("pandas-calamine", 'engine="calamine"', repeat)):
        figures, pandas_runs = _best(variant, path, times)
        print(f"pandas.read_excel + DataFrame.to_sql, {label}: {figures['seconds']:.2f} s "
              f"(CPU {figures['cpu']:.2f} s; best CPU {_cpu(pandas_runs):.2f} s), "
              f"peak {figures['peak_mb']:.0f} MB, no validation")
    print(f"target: the import faster than pandas with calamine: "
          f"{best['seconds']:.2f} s against {figures['seconds']:.2f} s "
          f"(CPU {_cpu(runs):.2f} s against {_cpu(pandas_runs):.2f} s); "
          f"load average {os.getloadavg()[0]:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, action="append",
                        help="rows of the list (repeatable; default 50,000 and 134,000)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--into", type=int, default=0, metavar="N",
                        help="import into a workspace already holding N organisations")
    parser.add_argument("--accented", action="store_true",
                        help="a list in the EU's languages and scripts (accents, Polish, Greek, "
                             "Bulgarian), not the ASCII one")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    parser.add_argument("--file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--base", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        sys.path.insert(0, str(ROOT))
        with tempfile.TemporaryDirectory() as folder:
            if args.measure == "import":
                figures = measure_import(args.file, Path(folder), args.base)
            else:
                engine = None if args.measure == "pandas-default" else "calamine"
                figures = measure_pandas(args.file, Path(folder), engine)
        print(json.dumps(figures))
        return
    for rows in args.rows or list(TARGETS):
        bench_size(rows, args.repeat, args.into, args.accented)


if __name__ == "__main__":
    main()
